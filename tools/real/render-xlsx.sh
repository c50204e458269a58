#!/usr/bin/env bash
# usage: render-xlsx.sh OUTDIR STEM… — renders corpus/real/docs/STEM.txt as OUTDIR/STEM.xlsx (and, with XLS=1, STEM.xls):
# txt_to_html.py (TAB lines become ruled tables, other lines paragraphs) → LibreOffice Calc "HTML (StarCalc)".
# One soffice call converts a whole batch (starting soffice per document was about 40 times slower); a batch that stops
# early is called again for the files it left, until one call adds none. One soffice at a time across users (flock).
# Not part of check.py; never render test stems.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
out=$(mkdir -p "$1" && cd "$1" && pwd); shift
work="$out/.render"; mkdir -p "$work/html"
for stem in "$@"; do
  python3 "$repo/tools/real/txt_to_html.py" "$repo/corpus/real/docs/$stem.txt" "$work/html/$stem.html" "$stem"
  rm -f "$out/$stem.xlsx" "$out/$stem.xls"
done

# convert INFILTER FILTER EXT SOURCE_EXT SOURCE_DIR STEM…: converts the sources whose OUTDIR/STEM.EXT is missing, batch
# by batch (INFILTER empty: soffice picks the import filter).
convert() {
  local infilter=() filter=$2 ext=$3 source_ext=$4 source_dir=$5
  [ -z "$1" ] || infilter=(--infilter="$1")
  shift 5
  local missing=("$@") before
  while :; do
    local left=()
    for stem in "${missing[@]}"; do [ -f "$out/$stem.$ext" ] || left+=("$source_dir/$stem.$source_ext"); done
    [ ${#left[@]} -gt 0 ] || return 0
    before=${#left[@]}
    flock /tmp/reportminer-real-soffice.lock timeout $((120 + 5 * before)) soffice --headless \
      -env:UserInstallation="file://$work/profile" "${infilter[@]}" --convert-to "$ext:$filter" \
      --outdir "$out" "${left[@]}" >/dev/null 2>&1 || true
    local after=0
    for stem in "${missing[@]}"; do [ -f "$out/$stem.$ext" ] || after=$((after + 1)); done
    if [ "$after" -ge "$before" ]; then
      for stem in "${missing[@]}"; do [ -f "$out/$stem.$ext" ] || echo "fail $stem.$ext" >&2; done
      return 0
    fi
  done
}

convert "HTML (StarCalc)" "Calc MS Excel 2007 XML" xlsx html "$work/html" "$@"
if [ "${XLS:-0}" = 1 ]; then
  convert "" "MS Excel 97" xls xlsx "$out" "$@"
fi
