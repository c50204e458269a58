#!/usr/bin/env bash
# Import throughput with files read in worker processes (the default) against --in-process, side by side:
# alternating runs over the non-scanned fixtures and the generalization DOCX files, into fresh stores. Prints
# wall and CPU (user + system, the worker processes included) per run and the median ratios.
# Usage: bash tools/bench-isolation.sh [ROUNDS] [CLI...]   (CLI defaults to ./reportminer; run tools/install.sh first)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
shift || true
cli=("${@:-./reportminer}")
[ ${#cli[@]} -eq 0 ] && cli=(./reportminer)
files=(corpus/fixtures/*.docx corpus/fixtures/*.gb18030.txt corpus/fixtures/*_????????????????.pdf corpus/generalization/docs/*.docx)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "load $(cut -d' ' -f1-3 /proc/loadavg); ${#files[@]} files; ${cli[*]}"
for i in $(seq "$rounds"); do
  for mode in workers in-process; do
    rm -rf "$work"/s.db*
    extra=(); [ "$mode" = in-process ] && extra=(--in-process)
    /usr/bin/time -f "%e %U %S" -o "$work/t" "${cli[@]}" import --db "$work/s.db" --jobs 2 "${extra[@]}" -- "${files[@]}" > /dev/null
    read -r wall user sys < "$work/t"
    cpu=$(echo "$user + $sys" | bc)
    echo "$mode round $i: ${#files[@]} files in ${wall} s wall, ${cpu} s CPU"
    echo "$mode $wall $cpu" >> "$work/all"
  done
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
for col in 2 3; do
  w=$(awk -v c=$col '$1 == "workers" {print $c}' "$work/all" | median)
  p=$(awk -v c=$col '$1 == "in-process" {print $c}' "$work/all" | median)
  name=$([ $col = 2 ] && echo wall || echo CPU)
  echo "median $name: workers $w s, in-process $p s, workers / in-process = $(echo "scale=3; $w / $p" | bc)"
done
