#!/usr/bin/env bash
# Extracts every stem of the given splits once per suffix and scores each split (how the README's real-report table
# is measured; run it with the session-start build and with the new one into two OUT folders and compare):
#   tools/real/eval-splits.sh BIN_DIR SPLITS_DIR OUT [SPLIT ...]     (SUFFIXES=".txt .raw.txt .docx .pdf" by default)
# BIN_DIR holds a Release build's reportminer; SPLITS_DIR is what tools/real/splits.py wrote. Outputs already in OUT
# are kept, so a second run extracts only what is new. OUT/summary.txt gets one OVERALL line per split and suffix.
# Scans: SUFFIXES=.scanned.pdf with tools/real/tesseract-cache first on PATH, so both builds read one OCR result.
set -euo pipefail
bin="$1/reportminer"; splits=$2; out=$3; shift 3
docs="$(cd "$(dirname "$0")/../../corpus/real/docs" && pwd)"
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  # Every batch's train half splits.py wrote (ahtrain, aitrain, …), so a new batch is measured without editing this list.
  names=(testfinal trainread even odd oddclean movedfinal)
  for d in "$splits"/[a-z][a-z]train; do [ -d "$d" ] && names+=("$(basename "$d")"); done
fi
mkdir -p "$out"
for suffix in ${SUFFIXES:-.txt .raw.txt .docx .pdf}; do
  mkdir -p "$out/$suffix"
  todo=()
  for stem in $(for n in "${names[@]}"; do ls "$splits/$n"; done | sed 's/\.json$//' | sort -u); do
    [ -e "$out/$suffix/$stem$suffix.json" ] || todo+=("$docs/$stem$suffix")
  done
  [ ${#todo[@]} -eq 0 ] || printf '%s\n' "${todo[@]}" | xargs -n 60 "$bin" extract --in-process --out "$out/$suffix" >>"$out/extract.log" 2>&1 || true
done
: >"$out/summary.txt"
for n in "${names[@]}"; do
  for suffix in ${SUFFIXES:-.txt .raw.txt .docx .pdf}; do
    echo "$n $suffix $("$bin" eval "$splits/$n" "$out/$suffix" --suffix "$suffix.json" | grep -m1 OVERALL)" >>"$out/summary.txt"
  done
done
cat "$out/summary.txt"
