#!/usr/bin/env bash
# Search, compare and index-rebuild figures at ROWS indicator rows (with their documents' page text), SQLite and
# PostgreSQL side by side: the SQLite store is generated, copied into a throwaway PostgreSQL cluster
# (tools/with-postgres.sh), and each is reindexed and queried by the same bench.
# usage: tools/bench-store/bench-search.sh [ROWS=1000000] [WORKDIR=/tmp/reportminer-bench-search]
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${1:-1000000}
work=${2:-/tmp/reportminer-bench-search}
dotnet build src/ReportMiner.Cli -c Release -nodeReuse:false -v q | grep -E " error " || true
cli="dotnet $PWD/src/ReportMiner.Cli/bin/Release/net10.0/reportminer.dll"
# The bench precompiled, as ./reportminer runs the store's code (tools/bench-store/publish.sh).
bench=$(tools/bench-store/publish.sh)
mkdir -p "$work"
[ -f "$work/store.db" ] || "$bench" rows --db "$work/store.db" --indicators "$rows"
echo "== SQLite (load average $(cut -d' ' -f1-3 /proc/loadavg))"
/usr/bin/time -f "reindex: %e s wall, %U s user CPU, peak RSS %M KB" $cli reindex --db "$work/store.db"
"$bench" queries --db "$work/store.db" --runs 15
export work cli bench
bash tools/with-postgres.sh bash -c '
  set -euo pipefail
  export REPORTMINER_INDEX="$work/postgres.index"
  rm -rf "$REPORTMINER_INDEX"
  echo "== PostgreSQL (load average $(cut -d" " -f1-3 /proc/loadavg))"
  /usr/bin/time -f "copy (with the first index build): %e s wall, %U s user CPU" $cli copy --from "$work/store.db" --to "$REPORTMINER_TEST_POSTGRES" 2>/dev/null
  /usr/bin/time -f "reindex: %e s wall, %U s user CPU, peak RSS %M KB" $cli reindex --db "$REPORTMINER_TEST_POSTGRES"
  "$bench" queries --db "$REPORTMINER_TEST_POSTGRES" --runs 15'
dotnet build-server shutdown >/dev/null 2>&1 || true
