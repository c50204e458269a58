#!/usr/bin/env bash
# Renders corpus/real/docs/STEM.txt into STEM.docx, STEM.pdf and STEM.scanned.pdf.
#   tools/real/render.sh                 every stem that has a STEM.txt
#   tools/real/render.sh STEM [STEM...]  only those stems
# TAB rows become ruled tables (txt_to_html.py), LibreOffice writes .docx from the HTML and .pdf from the .docx,
# and the scan is the PDF's pages as 200 dpi grey images wrapped in an image-only PDF (no text layer).
# One soffice runs at a time on this machine (flock), each call under a timeout.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
docs="$here/../../corpus/real/docs"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
lock="${TMPDIR:-/tmp}/reportminer-real-soffice.lock"
soffice_to() {
  flock "$lock" timeout 180 soffice --headless -env:UserInstallation="file://$work/profile" "$@" >/dev/null 2>&1
}
if [ "$#" -eq 0 ]; then
  set --
  for f in "$docs"/*.txt; do
    case "$f" in *.raw.txt) continue ;; esac
    set -- "$@" "$(basename "$f" .txt)"
  done
fi
status=0
for stem in "$@"; do
  src="$docs/$stem.txt"
  if [ ! -f "$src" ]; then echo "render: no $src" >&2; status=1; continue; fi
  python3 "$here/txt_to_html.py" "$src" "$work/$stem.html" "$stem"
  if ! soffice_to --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' --outdir "$work" "$work/$stem.html" \
     || [ ! -s "$work/$stem.docx" ]; then
    echo "render: $stem: LibreOffice failed to write .docx" >&2; status=1; continue
  fi
  if ! soffice_to --convert-to pdf:writer_pdf_Export --outdir "$work" "$work/$stem.docx" || [ ! -s "$work/$stem.pdf" ]; then
    echo "render: $stem: LibreOffice failed to write .pdf" >&2; status=1; continue
  fi
  rm -f "$work/$stem"-page-*.pgm
  timeout 180 pdftoppm -r 200 -gray "$work/$stem.pdf" "$work/$stem-page"
  python3 "$here/../generalization/pgm_to_pdf.py" "$work/$stem.scanned.pdf" 200 "$work/$stem"-page-*.pgm
  mv "$work/$stem.docx" "$work/$stem.pdf" "$work/$stem.scanned.pdf" "$docs/"
  echo "rendered $stem"
done
exit "$status"
