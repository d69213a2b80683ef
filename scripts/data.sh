#!/usr/bin/env bash
# The generated data (data/gazetteers/, data/clusters/) in a pinned Python environment, and the
# table of Chinese New Year and Umm al-Qura months (src/numbers/dates/holidays/lunar_table.rs)
# that the workspace crate data/build_calendars writes from ICU4X (pinned by Cargo.lock).
#   scripts/data.sh check   (`make check-data`, part of `make test`): runs data/build_*.py and the
#                           calendar build into a scratch directory and fails, showing the diff,
#                           if what they write differs in any way from the committed files.
#   scripts/data.sh build   (`make data`): runs them in place, to regenerate after changing a build.
# The environment is a venv made from data/requirements.txt and data/requirements-nodeps.txt
# (every package pinned and hashed, installed with --require-hashes --no-deps), cached in
# ~/.cache/highlit/data-venv and remade only when a lock or the Python version changes
# (scripts/venv.sh); and the npm packages of data/npm-sources/ (installed with `npm ci` from
# its lockfile), cached in ~/.cache/highlit/data-npm, remade when its lock or Node changes.
# The gazetteer build also reads ../shared/data/gazetteer-sources/ beside the repo
# (HIGHLIT_GAZETTEER_SOURCES overrides).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-check}
npm_dir=${XDG_CACHE_HOME:-$HOME/.cache}/highlit/data-npm
builds=(data/build_gazetteers.py data/build_clusters.py)
packages=(data/gazetteers_build)  # what the builds import from beside them
outputs=(gazetteers clusters)  # what the builds write, under data/
calendar_table=src/numbers/dates/holidays/lunar_table.rs  # what data/build_calendars writes
build_calendars() { cargo run --quiet --locked -p highlit-calendars -- "$1"; }
say() { printf 'data: %s\n' "$*"; }

venv=$(bash scripts/venv.sh data-venv data/requirements.txt data/requirements-nodeps.txt)

npm_stamp="$(cat data/npm-sources/package.json data/npm-sources/package-lock.json | sha256sum | cut -d' ' -f1) $(node --version)"
if [ "$(cat "$npm_dir/.highlit-stamp" 2>/dev/null)" != "$npm_stamp" ]; then
  say "installing the pinned npm sources in $npm_dir (npm ci from data/npm-sources/)"
  rm -rf "$npm_dir"
  mkdir -p "$npm_dir"
  cp data/npm-sources/package.json data/npm-sources/package-lock.json "$npm_dir/"
  (cd "$npm_dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
  echo "$npm_stamp" >"$npm_dir/.highlit-stamp"
fi
export HIGHLIT_DATA_NODE_MODULES=$npm_dir/node_modules
export PYTHONDONTWRITEBYTECODE=1  # no __pycache__ left in data/
sources=${HIGHLIT_GAZETTEER_SOURCES:-../shared/data/gazetteer-sources}
if [ ! -d "$sources" ]; then
  say "FAILED: no gazetteer sources at $sources (../shared beside the repo, or set HIGHLIT_GAZETTEER_SOURCES)" >&2
  exit 1
fi
export HIGHLIT_GAZETTEER_SOURCES
HIGHLIT_GAZETTEER_SOURCES=$(cd "$sources" && pwd)

case $mode in
  build)
    for b in "${builds[@]}"; do "$venv/bin/python" "$b"; done
    build_calendars "$calendar_table"
    ;;
  check)
    # Each build writes next to itself, so copies of the builds write into the scratch directory.
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    mkdir "$scratch/data"
    cp "${builds[@]}" "$scratch/data/"
    cp -r "${packages[@]}" "$scratch/data/"
    find "$scratch/data" -name __pycache__ -prune -exec rm -rf {} +
    for b in "${builds[@]}"; do "$venv/bin/python" "$scratch/$b"; done
    status=0
    for o in "${outputs[@]}"; do
      diff -ru "data/$o" "$scratch/data/$o" >"$scratch/$o.diff" || status=$?
    done
    build_calendars "$scratch/lunar_table.rs"
    diff -u "$calendar_table" "$scratch/lunar_table.rs" >"$scratch/lunar_table.diff" || status=$?
    if [ "$status" != 0 ]; then
      say "FAILED: data/ or $calendar_table differs from what ${builds[*]} and data/build_calendars write" >&2
      say "(--- data/ as it is, +++ as built; first 60 lines, each cut at 1000 characters;" >&2
      say " \`make data\` rewrites data/ with what the builds write):" >&2
      cat "$scratch"/*.diff | sed "s|$scratch/|built: |" | head -n 60 | cut -c -1000 >&2 || true
      exit 1
    fi
    say "data/gazetteers/, data/clusters/ and $calendar_table are what the builds write"
    ;;
  *)
    echo "usage: scripts/data.sh [check|build]" >&2
    exit 2
    ;;
esac
