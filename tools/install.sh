#!/usr/bin/env bash
# The one install command: the Debian packages ReportMiner calls, a Release build, and ./reportminer (a wrapper
# at the repository root) to run it. Safe to run again; it says what it is doing at each step.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
echo "install: compiling the worker natively (NativeAOT; a few minutes), so each worker starts without a second runtime…"
bash tools/publish-worker.sh
echo "install: building ReportMiner (Release; a minute or two the first time, while NuGet packages download)…"
if ! dotnet build src/ReportMiner.Cli -c Release -nologo -v quiet -clp:NoSummary; then
  echo "install: the build failed (errors above)." >&2
  exit 1
fi
echo "install: precompiling it (ReadyToRun) so each run starts faster…"
bash tools/precompile.sh
chmod +x reportminer
echo "install: done. Try: ./reportminer --help"
