#!/usr/bin/env bash
# Web workbench numbers: search and compare page time at N indicator rows, and first paint in headless chromium.
#   tools/bench-web.sh [INDICATORS=1000000] [WORKDIR=/tmp/bench-web]
# Generates the store with tools/bench-store once (kept in WORKDIR), then runs tools/bench-web on it.
set -euo pipefail
cd "$(dirname "$0")/.."
indicators="${1:-1000000}"
work="${2:-/tmp/bench-web}"
mkdir -p "$work"
db="$work/bench-$indicators.db"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
dotnet build tools/bench-store -c Release -v q -nologo >/dev/null
dotnet build tools/bench-web -c Release -v q -nologo >/dev/null
if [ ! -f "$db" ]; then
  dotnet tools/bench-store/bin/Release/net10.0/bench-store.dll rows --db "$db" --indicators "$indicators"
fi
dotnet tools/bench-web/bin/Release/net10.0/bench-web.dll --db "$db" --runs 15 --paints 5
dotnet build-server shutdown >/dev/null 2>&1 || true
