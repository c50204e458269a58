#!/usr/bin/env bash
# Issue 9's compare bars alone (`compare --indicator 接通率` over all cities ≤ 100 ms, `--category` ≤ 50 ms at 1M rows), on
# SQLite and PostgreSQL, ROUNDS times each with the load average beside every round: for a re-measure at a quiet moment
# without bench-search.sh's reindex and search runs. The SQLite store is generated once (as bench-search.sh does) and copied
# into a throwaway PostgreSQL cluster (tools/with-postgres.sh); compares read the store only (the copy still builds the index).
# usage: tools/bench-store/bench-compare.sh [ROUNDS=3] [ROWS=1000000] [WORKDIR=/tmp/reportminer-bench-search]
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-3}
rows=${2:-1000000}
work=${3:-/tmp/reportminer-bench-search}
# Without the shared compiler server: shutting it down afterwards would stop every other build on the machine.
dotnet build src/ReportMiner.Cli -c Release -nodeReuse:false -p:UseSharedCompilation=false -v q | grep -E " error " || true
cli="dotnet $PWD/src/ReportMiner.Cli/bin/Release/net10.0/reportminer.dll"
# The bench precompiled, as ./reportminer runs the store's code (tools/bench-store/publish.sh).
bench=$(tools/bench-store/publish.sh)
mkdir -p "$work"
[ -f "$work/store.db" ] || "$bench" rows --db "$work/store.db" --indicators "$rows"
# The bars' two lines and the summary of each round. grep finds nothing in a round that printed no bar line: under
# pipefail that would end the whole run, so such a round says so and the next one runs. Exported for the PostgreSQL half.
bars() { grep -E "^compare (answer_rate|接通率) cities=0 years=0:|^ALL COMPARES" || echo "(no bar line in this round)"; }
export -f bars
for round in $(seq "$rounds"); do
  echo "== SQLite round $round (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  "$bench" queries --db "$work/store.db" --runs 15 --compares-only | bars
done
export work cli bench rounds
bash tools/with-postgres.sh bash -c '
  set -euo pipefail
  export REPORTMINER_INDEX="$work/postgres.index"
  rm -rf "$REPORTMINER_INDEX"
  /usr/bin/time -f "copy: %e s wall, %U s user CPU" $cli copy --from "$work/store.db" --to "$REPORTMINER_TEST_POSTGRES" >/dev/null
  for round in $(seq "$rounds"); do
    echo "== PostgreSQL round $round (load average $(cut -d" " -f1-3 /proc/loadavg))"
    "$bench" queries --db "$REPORTMINER_TEST_POSTGRES" --runs 15 --compares-only | bars
  done'
