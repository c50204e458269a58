#!/usr/bin/env bash
# Regenerates corpus/generalization/docs from the hand-written HTML sources in html/.
# Every document becomes .docx; a few also become text PDFs (ruled, as the genre prints them, and two
# without rules, as some offices export them), one stays .html and one becomes .xlsx, so the held-out
# set exercises several parsers. Gold files are written by hand, never generated.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../corpus/generalization/docs"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
soffice_to() { soffice --headless -env:UserInstallation="file://$work/profile" "$@" >/dev/null 2>&1; }
for src in "$here"/html/*.html; do
  soffice_to --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' --outdir "$out" "$src"
done
for stem in G01_hefei_2022_selfeval G03_wuhan_2024_target G04_foshan_2020_traditional G08_guiyang_2022_scoring G10_xiamen_2023_traditional_table; do
  soffice_to --convert-to pdf:writer_pdf_Export --outdir "$out" "$out/$stem.docx"
done
mkdir -p "$work/unruled"
for stem in G01_hefei_2022_selfeval G03_wuhan_2024_target; do
  sed 's/ border="1"//' "$here/html/$stem.html" > "$work/unruled/$stem.unruled.html"
  soffice_to --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' --outdir "$work/unruled" "$work/unruled/$stem.unruled.html"
  soffice_to --convert-to pdf:writer_pdf_Export --outdir "$out" "$work/unruled/$stem.unruled.docx"
done
cp "$here/html/G02_chengdu_wuhou_2023_yuan.html" "$out/"
soffice_to --infilter="HTML (StarCalc)" --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$work" "$here/html/G06_jinan_2021_12333_monitoring.html"
cp "$work/G06_jinan_2021_12333_monitoring.xlsx" "$out/"
# Scanned copies (200 dpi grey page images, no text layer) of one simplified and one traditional form, for OCR.
for stem in G01_hefei_2022_selfeval G10_xiamen_2023_traditional_table; do
  pdftoppm -r 200 -gray "$out/$stem.pdf" "$work/$stem-page"
  python3 "$here/pgm_to_pdf.py" "$out/$stem.scanned.pdf" 200 "$work/$stem"-page-*.pgm
done
