#!/usr/bin/env bash
# Import throughput with files read in worker processes (the default) against --in-process, side by side:
# alternating runs over the non-scanned fixtures and the generalization DOCX files, into fresh stores. Prints
# wall and CPU (user + system, the worker processes included) per run and the median ratios.
# Usage: [COPIES=n] bash tools/bench-isolation.sh [ROUNDS] [CLI...]   (CLI defaults to ./reportminer; run tools/install.sh
# first). COPIES=n imports n distinct copies of each file (bytes that do not change the text: a PDF comment after the
# end, a blank line, Word parts re-zipped with another date), to see how the overhead shrinks as a batch grows.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
shift || true
cli=("${@:-./reportminer}")
[ ${#cli[@]} -eq 0 ] && cli=(./reportminer)
files=(corpus/fixtures/*.docx corpus/fixtures/*.gb18030.txt corpus/fixtures/*_????????????????.pdf corpus/generalization/docs/*.docx)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
copies=${COPIES:-1}
if [ "$copies" -gt 1 ]; then
  mkdir "$work/in"
  python3 - "$work/in" "$copies" "${files[@]}" <<'PY'
import os, sys, zipfile
out, copies, files = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
for k in range(copies):
    for f in files:
        name = f"{k:03d}_{os.path.basename(f)}"
        target = os.path.join(out, name)
        if f.endswith(".docx"):
            with zipfile.ZipFile(f) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
                for info in src.infolist():
                    copy = zipfile.ZipInfo(info.filename, date_time=(1990 + k % 100, 1, 1, 0, 0, 0))
                    copy.compress_type = zipfile.ZIP_DEFLATED
                    dst.writestr(copy, src.read(info))
        else:
            with open(f, "rb") as src: data = src.read()
            suffix = b"\n%% copy %d\n" % k if f.endswith(".pdf") else b"\n" * (k + 1)
            with open(target, "wb") as dst: dst.write(data + suffix)
PY
  files=("$work"/in/*)
fi
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
