#!/usr/bin/env bash
# PDF speed, side by side in one run:
#  1. in process: the full parse vs a bare `pdftotext -bbox-layout` on the same files (bench-pdf.cs), warmed up;
#  2. whole commands: `reportminer extract` over the text PDFs vs a shell loop of bare `pdftotext -bbox-layout`
#     (this includes .NET start-up and the first-document cost).
# Usage: bash tools/bench-pdf.sh [iterations] [warmup]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release tools/bench-pdf.cs -- "${1:-10}" "${2:-5}"
dotnet build src/ReportMiner.Cli -c Release -v quiet -nologo >/dev/null
mapfile -t files < <(ls corpus/fixtures/*.pdf corpus/generalization/docs/*.pdf | grep -v '\.scanned\.pdf$')
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
t0=$(date +%s.%N)
for f in "${files[@]}"; do pdftotext -bbox-layout -enc UTF-8 "$f" - >/dev/null; done
t1=$(date +%s.%N)
src/ReportMiner.Cli/bin/Release/net10.0/reportminer extract "${files[@]}" --out "$out" >/dev/null
t2=$(date +%s.%N)
echo "commands over ${#files[@]} text PDFs: pdftotext loop $(echo "$t1 - $t0" | bc) s, reportminer extract $(echo "$t2 - $t1" | bc) s"
