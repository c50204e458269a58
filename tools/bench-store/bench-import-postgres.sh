#!/usr/bin/env bash
# Import rate into PostgreSQL from two processes at once, against one process into SQLite, on the same corpus
# (the one tools/bench-store/bench-import.sh generates). Each PostgreSQL importer takes every other file, with half
# the parse workers, so both runs use the same cores. Prints each run's summary (with its index sync share).
# Both runs time the program as ./reportminer runs it: the ReadyToRun copy tools/precompile.sh publishes (the plain build
# where there is none). Until session 46 they ran the plain build, whose JIT work each PostgreSQL importer paid again.
# CLI=path/to/reportminer.dll runs that build instead (to alternate two builds side by side).
# usage: tools/bench-store/bench-import-postgres.sh [CORPUS=/tmp/reportminer-bench-import/corpus] [WORKDIR=/tmp/reportminer-bench-import-pg] [JOBS=2]
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=${1:-/tmp/reportminer-bench-import/corpus}
work=${2:-/tmp/reportminer-bench-import-pg}
jobs=${3:-2}
[ -d "$corpus" ] || { echo "no corpus at $corpus (tools/bench-store/bench-import.sh makes one)" >&2; exit 2; }
if [ -n "${CLI:-}" ]; then
  cli="dotnet $(realpath "$CLI")"
else
  dotnet build src/ReportMiner.Cli -c Release -nodeReuse:false -v q | grep -E " error " || true
  bash tools/precompile.sh
  cli="$PWD/reportminer"
fi
echo "== $cli"
rm -rf "$work" && mkdir -p "$work/a" "$work/b"
find "$corpus" -type f | sort | awk -v a="$work/a" -v b="$work/b" '{ n = split($0, p, "/"); print $0 "\t" (NR % 2 ? a : b) "/" p[n-1] "-" p[n] }' |
  while IFS=$'\t' read -r from to; do ln -s "$from" "$to"; done
total=$(find "$corpus" -type f | wc -l)
half=$(( jobs / 2 > 0 ? jobs / 2 : 1 ))

echo "== SQLite, one process, --jobs $jobs, $total files (load average $(cut -d' ' -f1-3 /proc/loadavg))"
start=$(date +%s.%N)
$cli import "$work/a" "$work/b" --db "$work/sqlite.db" --jobs "$jobs" | grep -E "^Import run|search index" || true
sqlite=$(echo "$total / ($(date +%s.%N) - $start)" | bc -l)
printf 'SQLite: %.1f files/s\n' "$sqlite"

export cli work half total sqlite
bash tools/with-postgres.sh bash -c '
  set -euo pipefail
  export REPORTMINER_INDEX="$work/postgres.index"
  echo "== PostgreSQL, two processes at once, --jobs $half each (load average $(cut -d" " -f1-3 /proc/loadavg))"
  start=$(date +%s.%N)
  $cli import "$work/a" --db "$REPORTMINER_TEST_POSTGRES" --jobs "$half" > "$work/a.log" &
  first=$!
  $cli import "$work/b" --db "$REPORTMINER_TEST_POSTGRES" --jobs "$half" > "$work/b.log" &
  second=$!
  wait $first || true
  wait $second || true
  wall=$(echo "$(date +%s.%N) - $start" | bc -l)
  grep -hE "^Import run|search index" "$work/a.log" "$work/b.log"
  rate=$(echo "$total / $wall" | bc -l)
  printf "PostgreSQL, two processes: %.1f files/s = %.0f%% of the SQLite rate\n" "$rate" "$(echo "100 * $rate / $sqlite" | bc -l)"'
dotnet build-server shutdown >/dev/null 2>&1 || true
