#!/usr/bin/env bash
# Import benchmark: docs/s per format on the given cores, peak memory, and memory as the corpus grows.
# usage: tools/bench-store/bench-import.sh [COUNT=2100] [WORKDIR=/tmp/reportminer-bench-import] [JOBS=2]
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-2100}
work=${2:-/tmp/reportminer-bench-import}
jobs=${3:-2}
dotnet build src/ReportMiner.Cli -c Release -nodeReuse:false -v q | grep -E " error " || true
dotnet build tools/bench-store -c Release -nodeReuse:false -v q | grep -E " error " || true
cli="dotnet src/ReportMiner.Cli/bin/Release/net10.0/reportminer.dll"
mkdir -p "$work"
if [ ! -d "$work/corpus" ]; then
  tools/bench-store/bin/Release/net10.0/bench-store corpus --out "$work/corpus" --count "$count"
fi

run() { # name, input dir
  rm -f "$work/$1.db" "$work/$1.db-wal" "$work/$1.db-shm"
  /usr/bin/time -f "%e %M" -o "$work/$1.time" $cli import "$2" --db "$work/$1.db" --jobs "$jobs" > "$work/$1.log" || true
  local n wall rss
  n=$(find -L "$2" -type f | wc -l)
  read -r wall rss < "$work/$1.time"
  summary=$(grep -m1 '^Import run' "$work/$1.log" || echo "no summary")
  printf '%-12s %5d docs  %7.1f s  %7.1f docs/s  peak RSS %6.1f MB   %s\n' "$1" "$n" "$wall" "$(echo "$n / $wall" | bc -l)" "$(echo "$rss / 1024" | bc -l)" "$summary"
}

echo "== per format ($jobs jobs, $(nproc) cores)"
for format in txt docx pdf; do run "$format" "$work/corpus/$format"; done
echo "== memory as the mixed corpus grows"
all=$(find "$work/corpus" -type f | sort)
total=$(echo "$all" | wc -l)
for share in 4 2 1; do
  n=$((total / share))
  subset="$work/subset-$n"
  rm -rf "$subset" && mkdir -p "$subset"
  echo "$all" | awk "NR % $share == 0" | while read -r f; do ln -s "$f" "$subset/$(basename "$(dirname "$f")")-$(basename "$f")"; done
  run "mixed-$n" "$subset"
done
