#!/usr/bin/env bash
# Import throughput with files read in worker processes (the default) against --in-process, side by side:
# alternating runs over the non-scanned fixtures and the generalization DOCX files, into fresh stores.
# Usage: bash tools/bench-isolation.sh [ROUNDS]   (run tools/install.sh first)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
files=(corpus/fixtures/*.docx corpus/fixtures/*.gb18030.txt corpus/fixtures/*_????????????????.pdf corpus/generalization/docs/*.docx)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for i in $(seq "$rounds"); do
  for mode in workers in-process; do
    rm -rf "$work"/s.db*
    extra=(); [ "$mode" = in-process ] && extra=(--in-process)
    start=$(date +%s%N)
    ./reportminer import --db "$work/s.db" --jobs 2 "${extra[@]}" -- "${files[@]}" > /dev/null
    echo "$mode round $i: ${#files[@]} files in $(( ($(date +%s%N) - start) / 1000000 )) ms"
  done
done
