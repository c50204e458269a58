#!/usr/bin/env bash
# Publishes the CLI precompiled (ReadyToRun) beside the plain build, so a run starts without JIT-compiling
# PdfPig, the parsers and the extractor first. ./reportminer uses this copy while it is at least as new as the
# plain build; after a plain `dotnet build` changes anything it falls back to the plain build until this runs again.
# A failure here is not fatal: the plain build still works, it only starts slower.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! rid=$(bash tools/runtime-id.sh); then
  echo "precompile: no ReadyToRun target for $(uname -m); the plain build is used." >&2; exit 0
fi
out=src/ReportMiner.Cli/bin/Release/r2r
rm -f "$out/.complete"
if dotnet publish src/ReportMiner.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true \
     -o "$out" -nologo -v quiet -clp:NoSummary; then
  # The native worker, if published, arrives beside this copy too; this copy starts it only when it was compiled from the
  # same libraries (Cli/Commands/NativeWorker.cs asks it), whatever the files' times.
  touch "$out/.complete"
else
  echo "precompile: the ReadyToRun publish failed (above); ./reportminer runs the plain build (slower start)." >&2
fi
