#!/usr/bin/env bash
# Legacy Office throughput: makes .doc, .wps and .xls inputs by script (LibreOffice converts the corpus's DOCX
# files to .doc in one batch; every fifth is renamed .wps, as WPS Office writes Word-compatible files; .xls come
# from generated CSV tables), then imports them with --jobs $JOBS (default 2) into a fresh store and prints files/s. Inputs are
# made before the clock starts.
# Usage: [JOBS=2] bash tools/bench-legacy-office.sh [MAX_DOCX] [CLI...]   (needs libreoffice-writer/calc; run tools/install.sh first)
set -euo pipefail
cd "$(dirname "$0")/.."
max=${1:-15}
shift || true
cli=("${@:-./reportminer}")
jobs=${JOBS:-2}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in" "$work/csv"
docx=($(ls corpus/fixtures/*.docx corpus/generalization/docs/*.docx | head -n "$max"))
profile="file://$work/profile"
soffice -env:UserInstallation="$profile" --headless --norestore --convert-to doc --outdir "$work/in" "${docx[@]}" > /dev/null 2>&1
n=0
for doc in "$work"/in/*.doc; do
  n=$((n + 1))
  [ $((n % 5)) -eq 0 ] && mv "$doc" "${doc%.doc}.wps"
done
for i in 1 2 3; do
  {
    echo "一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分"
    echo "产出指标,数量指标,话务接通率${i},≥9${i}%,9${i}.5%,20,20"
    echo "效益指标,满意度指标,群众满意度${i},≥8${i}%,8${i}.2%,10,9"
  } > "$work/csv/table$i.csv"
done
soffice -env:UserInstallation="$profile" --headless --norestore --infilter=CSV:44,34,76 --convert-to xls --outdir "$work/in" "$work"/csv/*.csv > /dev/null 2>&1
count=$(ls "$work/in" | wc -l)
echo "load $(cut -d' ' -f1-3 /proc/loadavg); inputs: $(ls "$work/in" | sed 's/.*\.//' | sort | uniq -c | tr -s ' ' | tr '\n' ' ')"
start=$(date +%s%N)
"${cli[@]}" import --db "$work/s.db" --jobs "$jobs" -- "$work/in" | tail -n 6
ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "legacy office: $count files in $ms ms = $(echo "scale=2; $count * 1000 / $ms" | bc) files/s"
