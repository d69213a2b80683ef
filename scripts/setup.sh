#!/usr/bin/env bash
# Installs what building and testing need, idempotently: each step is skipped when what it
# installs is already there. `setup.sh build` for building and serving; `setup.sh test` adds
# what the tests need (Chromium and chromedriver from Debian; Python's venv for check-data);
# `setup.sh spark` what the Spark example needs from Debian (a Java 17 runtime, Python's venv).
set -euo pipefail
cd "$(dirname "$0")/.."
need=${1:-build}
say() { printf 'setup: %s\n' "$*"; }
debian_install() {
  local sudo_=""; [ "$(id -u)" = 0 ] || sudo_=sudo
  $sudo_ apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq --no-install-recommends "$@"
}
# Python's venv with pip, for the pinned venvs of scripts/venv.sh.
python_venv() {
  if ! python3 -c 'import ensurepip, venv' 2>/dev/null; then
    say "installing Python's venv from Debian"
    debian_install python3 python3-venv
  fi
}

# The Spark example (examples/spark/run.sh, which makes its PySpark venv itself): PySpark 4
# runs on Java 17 or later.
if [ "$need" = spark ]; then
  java_major=$({ java -version 2>&1 || true; } | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
  if [ "${java_major:-0}" -lt 17 ]; then
    say "installing a headless Java 17 runtime from Debian (had: ${java_major:-none})"
    debian_install openjdk-17-jre-headless
  fi
  python_venv
  exit 0
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
want=$(cargo pkgid --quiet wasm-bindgen 2>/dev/null | sed 's/.*[@#]//')
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  say "installing wasm-bindgen-cli $want (had: ${have:-none}; takes a few minutes)"
  cargo install wasm-bindgen-cli --version "$want" --no-default-features --force
fi

# npm packages (binaryen's wasm-opt; playwright-core for the browser tests), from the lockfile.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi

if [ "$need" = test ]; then
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    say "installing Chromium and chromedriver from Debian"
    debian_install chromium chromium-driver
  fi
  # scripts/data.sh makes a venv (with pip) for the data builds.
  python_venv
fi
