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
  # The native worker arrives with its publish time, older than the assemblies precompiled here; it is as current as
  # it is in the plain build (Cli/Commands/NativeWorker.cs compares the times).
  plain=src/ReportMiner.Cli/bin/Release/net10.0
  if [ -f "$out/reportminer-worker" ]; then
    if [ -f "$plain/reportminer-worker" ] && [ -z "$(find "$plain" -maxdepth 1 -name 'ReportMiner.*.dll' -newer "$plain/reportminer-worker" -print -quit)" ]
    then touch "$out/reportminer-worker"; else rm -f "$out/reportminer-worker"; fi
  fi
  touch "$out/.complete"
else
  echo "precompile: the ReadyToRun publish failed (above); ./reportminer runs the plain build (slower start)." >&2
fi
