#!/usr/bin/env bash
# usage: render-xlsx.sh OUTDIR STEM… — renders corpus/real/docs/STEM.txt as OUTDIR/STEM.xlsx (and, with XLS=1, STEM.xls):
# txt_to_html.py (TAB lines become ruled tables, other lines paragraphs) → LibreOffice Calc "HTML (StarCalc)".
# One soffice at a time across users (flock). Not part of check.py; never render test stems.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
out=$(mkdir -p "$1" && cd "$1" && pwd); shift
work="$out/.render"; mkdir -p "$work/html"
for stem in "$@"; do
  python3 "$repo/tools/real/txt_to_html.py" "$repo/corpus/real/docs/$stem.txt" "$work/html/$stem.html" "$stem"
  flock /tmp/reportminer-real-soffice.lock timeout 180 soffice --headless -env:UserInstallation="file://$work/profile" \
    --infilter="HTML (StarCalc)" --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$out" "$work/html/$stem.html" >/dev/null 2>&1 \
    || echo "fail $stem" >&2
  if [ "${XLS:-0}" = 1 ] && [ -f "$out/$stem.xlsx" ]; then
    flock /tmp/reportminer-real-soffice.lock timeout 180 soffice --headless -env:UserInstallation="file://$work/profile" \
      --convert-to xls:"MS Excel 97" --outdir "$out" "$out/$stem.xlsx" >/dev/null 2>&1 || echo "fail $stem.xls" >&2
  fi
done
