#!/usr/bin/env bash
# The CLI's --jobs: whole-process wall time of `highlit --jsonl --jobs 1` and `--jobs N`
# (default: every core) on the same corpus, run in turn (1 N 1 N ...) so that a change in the
# machine's speed hits both; prints each one's median and their ratio, from this one run.
# Two corpora, built at run time: the 2020 news dev documents (../shared/data/conll2020/
# dev.txt, rebuilt at their offsets; skipped without ../shared), and 2,000 news-like ones.
#   bash benches/jobs.sh [N] [RUNS]      (`make bench` runs it)
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=${1:-$(nproc)}
runs=${2:-9}
work=target/bench/jobs
mkdir -p $work
cargo build --release --quiet --bin highlit
bin=target/release/highlit
corpora=()
dev=../shared/data/conll2020/dev.txt
if [ -f $dev ]; then
  cargo run --release --quiet --example corpus -- conll2020 $dev >$work/dev2020.jsonl
  corpora+=($work/dev2020.jsonl)
fi
cargo run --release --quiet --example corpus -- news 2000 7 >$work/news.jsonl
corpora+=($work/news.jsonl)

seconds() { # the wall time of one run of the CLI with $1 jobs on $2
  local t0 t1
  t0=$(date +%s.%N)
  "$bin" --jsonl --quiet --jobs "$1" "$2" >/dev/null
  t1=$(date +%s.%N)
  awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }'
}
median() { sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }

for corpus in "${corpora[@]}"; do
  one=() many=()
  for _ in $(seq "$runs"); do
    one+=("$(seconds 1 "$corpus")")
    many+=("$(seconds "$jobs" "$corpus")")
  done
  m1=$(printf '%s\n' "${one[@]}" | median)
  mn=$(printf '%s\n' "${many[@]}" | median)
  size=$(wc -c <"$corpus")
  printf '%s (%d bytes, %d documents): --jobs 1 %.3f s, --jobs %d %.3f s (medians of %d): %.2fx\n' \
    "$(basename "$corpus")" "$size" "$(wc -l <"$corpus")" "$m1" "$jobs" "$mn" "$runs" \
    "$(awk -v a="$m1" -v b="$mn" 'BEGIN { print a / b }')"
done
