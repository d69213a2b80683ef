#!/usr/bin/env bash
# The generated data (data/gazetteers/, data/clusters/) in a pinned Python environment.
#   scripts/data.sh check   (`make check-data`, part of `make test`): runs data/build_*.py into a
#                           scratch directory and fails, showing the diff, if what they write
#                           differs in any way from the files in data/.
#   scripts/data.sh build   (`make data`): runs them in place, to regenerate after changing a build.
# The environment is a venv made from data/requirements.txt (every package pinned and hashed,
# installed with --require-hashes), cached in ~/.cache/highlit/data-venv and remade only when
# the lock or the Python version changes (scripts/venv.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-check}
builds=(data/build_gazetteers.py data/build_clusters.py)
outputs=(gazetteers clusters)  # what the builds write, under data/
say() { printf 'data: %s\n' "$*"; }

venv=$(bash scripts/venv.sh data-venv data/requirements.txt)

case $mode in
  build)
    for b in "${builds[@]}"; do "$venv/bin/python" "$b"; done
    ;;
  check)
    # Each build writes next to itself, so copies of the builds write into the scratch directory.
    scratch=$(mktemp -d)
    trap 'rm -rf "$scratch"' EXIT
    mkdir "$scratch/data"
    cp "${builds[@]}" "$scratch/data/"
    for b in "${builds[@]}"; do "$venv/bin/python" "$scratch/$b"; done
    status=0
    for o in "${outputs[@]}"; do
      diff -ru "data/$o" "$scratch/data/$o" >"$scratch/$o.diff" || status=$?
    done
    if [ "$status" != 0 ]; then
      say "FAILED: data/ differs from what ${builds[*]} write" >&2
      say "(--- data/ as it is, +++ as built; first 60 lines, each cut at 1000 characters;" >&2
      say " \`make data\` rewrites data/ with what the builds write):" >&2
      cat "$scratch"/*.diff | sed "s|$scratch/|built: |" | head -n 60 | cut -c -1000 >&2 || true
      exit 1
    fi
    say "data/gazetteers/ and data/clusters/ are what the builds write"
    ;;
  *)
    echo "usage: scripts/data.sh [check|build]" >&2
    exit 2
    ;;
esac
