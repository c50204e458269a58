#!/usr/bin/env bash
# Checks that the native worker (reportminer-worker, tools/publish-worker.sh) and the managed one (`reportminer
# worker`, REPORTMINER_WORKER=managed) give byte-identical output: `extract --out` of the same files (records and
# error lines) and `parse --format json` of a few. Exits 1 on any difference.
# Usage: bash tools/worker-identity.sh [CLI_DLL] [FILE...]   (default: the plain build; corpus/fixtures,
# corpus/generalization/docs and every file of corpus/real/docs except the scans, whose OCR would take hours)
set -euo pipefail
cd "$(dirname "$0")/.."
dll=${1:-src/ReportMiner.Cli/bin/Release/net10.0/reportminer.dll}
shift || true
[ -x "$(dirname "$dll")/reportminer-worker" ] || { echo "worker-identity: no reportminer-worker beside $dll (run tools/publish-worker.sh, then build)" >&2; exit 2; }
if [ $# -gt 0 ]; then files=("$@"); else
  mapfile -t files < <(ls corpus/fixtures/* corpus/generalization/docs/* corpus/real/docs/* | grep -v '\.scanned\.pdf$' | grep -v '\.json$')
fi
# The CLI starts the native worker only when it was compiled from the same libraries (its hello line says which).
choice=$(dotnet "$dll" parse --verbose --format json -- "${files[0]}" 2>&1 >/dev/null | grep '^workers: ' || true)
case "$choice" in
  "workers: native"*) ;;
  *) echo "worker-identity: the CLI would not start the native worker: ${choice:-it said nothing}" >&2; exit 2 ;;
esac
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for worker in native managed; do
  choice=(); [ "$worker" = managed ] && choice=(REPORTMINER_WORKER=managed)
  start=$(date +%s.%N)
  env "${choice[@]}" dotnet "$dll" extract --out "$work/$worker" -- "${files[@]}" > /dev/null 2> "$work/$worker.err" || true
  for f in "${files[@]:0:12}"; do
    env "${choice[@]}" dotnet "$dll" parse --format json -- "$f" > "$work/$worker.parse.$(basename "$f").json" 2>&1 || true
  done
  echo "$worker worker: $(ls "$work/$worker" | wc -l) records, $(wc -l < "$work/$worker.err") error lines, $(echo "$(date +%s.%N) - $start" | bc) s"
done
if diff -r "$work/native" "$work/managed" > "$work/diff" && cmp -s "$work/native.err" "$work/managed.err" &&
   for f in "${files[@]:0:12}"; do cmp -s "$work/native.parse.$(basename "$f").json" "$work/managed.parse.$(basename "$f").json" || exit 1; done; then
  echo "worker-identity: ${#files[@]} files: native and managed workers' outputs are byte-identical"
else
  head -40 "$work/diff"; diff "$work/native.err" "$work/managed.err" | head -20
  echo "worker-identity: outputs differ" >&2
  exit 1
fi
