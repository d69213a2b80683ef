#!/usr/bin/env bash
# A Python venv of pinned packages, made when missing and remade only when its lock or the
# Python version changes:
#   scripts/venv.sh NAME LOCK [LOCK...]   makes ~/.cache/highlit/NAME from the LOCKs (every
#                               package pinned and hashed, installed with --require-hashes
#                               --no-deps, a lock at a time); prints its path.
# Used by scripts/data.sh (the data builds) and examples/spark/run.sh (PySpark).
set -euo pipefail
name=$1
shift
locks=("$@")
venv=${XDG_CACHE_HOME:-$HOME/.cache}/highlit/$name
stamp="$(cat "${locks[@]}" | sha256sum | cut -d' ' -f1) $(python3 --version)"
if [ "$(cat "$venv/.highlit-stamp" 2>/dev/null)" != "$stamp" ]; then
  printf 'venv: making %s (from %s, %s)\n' "$venv" "${locks[*]}" "$(python3 --version)" >&2
  rm -rf "$venv"
  python3 -m venv "$venv"
  for lock in "${locks[@]}"; do
    "$venv/bin/pip" install --quiet --no-input --require-hashes --no-deps -r "$lock" >&2
  done
  echo "$stamp" >"$venv/.highlit-stamp"
fi
echo "$venv"
