#!/usr/bin/env bash
# Table benchmark: builds the table PDFs (LibreOffice and directly drawn) once into out/tables, parses each with
# reportminer and prints cell accuracy per layout and tables reported on pages without one.
# Usage: bash tools/tables/bench.sh [--regenerate]
set -euo pipefail
cd "$(dirname "$0")/../.."
out=out/tables
if [[ "${1:-}" == "--regenerate" || ! -f "$out/truth.json" ]]; then python3 tools/tables/generate.py "$out"; fi
dotnet build src/ReportMiner.Cli -c Release -v quiet -nologo >/dev/null
rm -rf "$out/parsed" && mkdir -p "$out/parsed"
for pdf in "$out"/*.pdf; do
  src/ReportMiner.Cli/bin/Release/net10.0/reportminer parse "$pdf" --format json > "$out/parsed/$(basename "$pdf").json"
done
python3 tools/tables/score.py "$out" "$out/parsed"
