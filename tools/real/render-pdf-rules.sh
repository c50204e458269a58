#!/usr/bin/env bash
# Renders corpus/real/docs/STEM.txt to OUTDIR/STEM.pdf with tables drawn as RULES says (none | header | all; see
# txt_to_html.py), to measure PDF tables without full ruling lines:
#   tools/real/render-pdf-rules.sh OUTDIR RULES STEM [STEM...]
#   ./reportminer eval GOLD --corpus OUTDIR --suffix .pdf
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
docs="$here/../../corpus/real/docs"
out=$1; rules=$2; shift 2
case "$rules" in none|header|all) ;; *) echo "render-pdf-rules: RULES is none, header or all" >&2; exit 2 ;; esac
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
lock="${TMPDIR:-/tmp}/reportminer-real-soffice.lock"
soffice_to() {
  flock "$lock" timeout 180 soffice --headless -env:UserInstallation="file://$work/profile" "$@" >/dev/null 2>&1
}
status=0
for stem in "$@"; do
  src="$docs/$stem.txt"
  if [ ! -f "$src" ]; then echo "render-pdf-rules: no $src" >&2; status=1; continue; fi
  RULES="$rules" python3 "$here/txt_to_html.py" "$src" "$work/$stem.html" "$stem"
  if ! soffice_to --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' --outdir "$work" "$work/$stem.html" \
     || ! soffice_to --convert-to pdf:writer_pdf_Export --outdir "$work" "$work/$stem.docx" || [ ! -s "$work/$stem.pdf" ]; then
    echo "render-pdf-rules: $stem: LibreOffice failed" >&2; status=1; continue
  fi
  mv "$work/$stem.pdf" "$out/"
done
exit "$status"
