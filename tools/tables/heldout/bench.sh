#!/usr/bin/env bash
# Held-out table benchmark: builds the held-out table PDFs (tools/tables/heldout/generate.py) once into
# out/tables-heldout, parses each with reportminer and prints cell accuracy per layout for all tables, then the
# dev and test halves. Usage: bash tools/tables/heldout/bench.sh [--regenerate] [--tables]
# SET=heldout2 runs the second held-out set (tools/tables/heldout2, out/tables-heldout2) the same way.
set -euo pipefail
cd "$(dirname "$0")/../../.."
set_name=${SET:-heldout}
out=out/tables-$set_name
regenerate=0; detail=()
for a in "$@"; do case "$a" in --regenerate) regenerate=1 ;; --tables) detail=(--tables) ;; esac; done
if [[ $regenerate == 1 || ! -f "$out/truth.json" ]]; then python3 "tools/tables/$set_name/generate.py" "$out"; fi
dotnet build src/ReportMiner.Cli -c Release -v quiet -nologo >/dev/null
rm -rf "$out/parsed" && mkdir -p "$out/parsed"
for pdf in "$out"/*.pdf; do
  src/ReportMiner.Cli/bin/Release/net10.0/reportminer parse "$pdf" --format json > "$out/parsed/$(basename "$pdf").json"
done
for split in "" dev test; do
  echo "== ${split:-all}"
  # per-table lines only for the dev half: failures are studied there, the test half is only scored
  python3 tools/tables/score.py "$out" "$out/parsed" ${split:+--split "$split"} $([[ $split == dev ]] && echo "${detail[@]}")
done
