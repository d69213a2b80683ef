#!/usr/bin/env bash
# Fuzzes `annotate` (fuzz/fuzz_targets/annotate.rs) for a given time: `scripts/fuzz.sh [SECONDS]`
# (default 300; `make fuzz FUZZ_SECONDS=600`). Starts from the committed seeds in
# fuzz/seeds/annotate/ (news-like text written for this); the corpus the fuzzer grows lives in
# target/fuzz/corpus/annotate/, outside git, and is reused by the next run. A crash stops the run
# and leaves its input in fuzz/artifacts/annotate/: that input is a test case (see the end).
#
# Installs what it needs, idempotently:
# - cargo-fuzz, at the version pinned below (`cargo install`, from crates.io).
# - A toolchain that takes cargo-fuzz's -Z flags (the address sanitizer): the `nightly`
#   toolchain if rustup has it or can install it (`--profile minimal`); otherwise stable with
#   RUSTC_BOOTSTRAP=1, which lets a stable rustc take -Z flags. Which one ran is printed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-300}
cargo_fuzz_version=0.13.2
corpus=target/fuzz/corpus/annotate
seeds=fuzz/seeds/annotate
say() { printf 'fuzz: %s\n' "$*"; }

if [ "$(cargo fuzz --version 2>/dev/null)" != "cargo-fuzz $cargo_fuzz_version" ]; then
  say "installing cargo-fuzz $cargo_fuzz_version (takes a minute or two)"
  cargo install cargo-fuzz --version "$cargo_fuzz_version" --locked --force
fi

if ! rustup run nightly rustc --version >/dev/null 2>&1; then
  say "installing the nightly toolchain"
  timeout 600 rustup toolchain install nightly --profile minimal || say "could not install nightly"
fi
if rustup run nightly rustc --version >/dev/null 2>&1; then
  toolchain=nightly
else
  say "no nightly toolchain: using stable with RUSTC_BOOTSTRAP=1"
  export RUSTC_BOOTSTRAP=1
  toolchain=stable
fi
fuzz="cargo +$toolchain fuzz"
say "toolchain: $(rustc "+$toolchain" --version)${RUSTC_BOOTSTRAP:+ with RUSTC_BOOTSTRAP=1}"

mkdir -p "$corpus"
say "fuzzing for $seconds s (prints only a failure and the final stats)"
# -max_len: longer than any seed, so runs of tokens can grow; -timeout: an input that takes
# this long (seconds) is a failure too, since annotating should be linear in the text.
status=0
$fuzz run annotate "$corpus" "$seeds" -- \
  -max_total_time="$seconds" -max_len=4096 -timeout=10 -print_final_stats=1 -verbosity=0 || status=$?
if [ "$status" != 0 ]; then
  prefix="${RUSTC_BOOTSTRAP:+RUSTC_BOOTSTRAP=1 }$fuzz"
  say "FAILED. A crash is a test case: minimise the input named above with" >&2
  say "  $prefix tmin annotate fuzz/artifacts/annotate/<file>" >&2
  say "then add it under tests/ as a regression case, and fix the code." >&2
fi
exit "$status"
