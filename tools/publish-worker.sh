#!/usr/bin/env bash
# Publishes the worker natively (NativeAOT: src/ReportMiner.Worker → src/ReportMiner.Worker/bin/Release/native/
# reportminer-worker). A build of the CLI copies it beside reportminer.dll, where import, extract, parse and the web
# import start it instead of `reportminer worker` while it says it was compiled from the same sources as the CLI
# (src/CodeIdentity.targets; run this again after editing them): no second runtime start and no JIT per worker. Needs clang and
# zlib1g-dev (tools/install-deps.sh). A failure here is not fatal: without it, workers are the managed CLI (slower start).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! rid=$(bash tools/runtime-id.sh); then
  echo "publish-worker: no native target for $(uname -m); workers run the managed CLI." >&2; exit 0
fi
out=src/ReportMiner.Worker/bin/Release/native
rm -f "$out/reportminer-worker"
if ! dotnet publish src/ReportMiner.Worker -c Release -r "$rid" -o "$out" -nologo -v quiet -clp:NoSummary; then
  rm -f "$out/reportminer-worker"
  echo "publish-worker: the native publish failed (above); workers run the managed CLI (slower start)." >&2
fi
