#!/usr/bin/env bash
# Issue 9's index-sync bar (the index adds ≤ 15 % to import time): imports FILES with and without the index, for one or
# more builds, in alternated rounds (each round reverses the order of the builds and of with/without), and prints per round
# the wall and CPU (importer and workers, /usr/bin/time) of both runs, the importer's CPU in its catch-ups (the profile
# lines' process-cpu) and that CPU as a share of the run without the index; then the medians per build.
# usage: tools/bench-store/bench-index-share.sh ROUNDS FILES WORKDIR NAME=path/to/reportminer.dll [NAME=…]
#   e.g. … 5 /tmp/b/subset-2100 /tmp/b plain=src/ReportMiner.Cli/bin/Release/net10.0/reportminer.dll \
#                                      r2r=src/ReportMiner.Cli/bin/Release/r2r/reportminer.dll
# The environment reaches every run (REPORTMINER_WORKER=managed compares builds without the native worker).
set -euo pipefail
if [ $# -lt 4 ]; then sed -n 2,8p "$0" >&2; exit 2; fi
rounds=$1; files=$2; work=$3; shift 3
names=(); dlls=()
for spec in "$@"; do names+=("${spec%%=*}"); dlls+=("$(realpath "${spec#*=}")"); done
mkdir -p "$work"
results="$work/index-share.txt"
: > "$results"
for round in $(seq "$rounds"); do
  order=$(seq 0 $(( ${#names[@]} - 1 ))); modes="index noindex"
  if (( round % 2 == 0 )); then order=$(echo "$order" | tac); modes="noindex index"; fi
  for i in $order; do
    for mode in $modes; do
      db="$work/r$round-${names[$i]}-$mode.db"
      rm -rf "$db" "$db-wal" "$db-shm" "$db.index" "$db.index.lock"
      flag=(); [ "$mode" = noindex ] && flag=(--no-index)
      load=$(cut -d' ' -f1 /proc/loadavg)
      REPORTMINER_PROFILE=1 /usr/bin/time -f "%e %U %S" -o "$db.time" \
        dotnet "${dlls[$i]}" import "$files" --db "$db" --jobs 2 "${flag[@]}" > "$db.log" 2>&1 || true
      read -r wall user sys < "$db.time"
      sync=$(awk '/^profile index-sync/ { for (i = 1; i <= NF; i++) if ($i ~ /^process-cpu=/) { sub(/process-cpu=/, "", $i); s += $i } } END { print s + 0 }' "$db.log")
      line="round=$round build=${names[$i]} mode=$mode wall=$wall cpu=$(echo "$user + $sys" | bc) catchup_cpu_ms=$sync load=$load"
      echo "$line" | tee -a "$results"
      rm -rf "$db" "$db-wal" "$db-shm" "$db.index" "$db.index.lock"
    done
  done
done
python3 - "$results" <<'EOF'
import re, statistics, sys
runs = {}
for line in open(sys.argv[1]):
    f = dict(kv.split('=', 1) for kv in line.split())
    runs[(int(f['round']), f['build'], f['mode'])] = (float(f['wall']), float(f['cpu']), int(f['catchup_cpu_ms']))
for build in dict.fromkeys(k[1] for k in runs):
    wall, cpu, share, sync = [], [], [], []
    for r in sorted({k[0] for k in runs}):
        if (r, build, 'index') not in runs or (r, build, 'noindex') not in runs: continue
        a, b = runs[(r, build, 'index')], runs[(r, build, 'noindex')]
        wall.append(a[0] / b[0] - 1); cpu.append(a[1] / b[1] - 1); share.append(a[2] / 1000 / b[1]); sync.append(a[2])
        print(f"{build} round {r}: wall {a[0]:.1f}/{b[0]:.1f} s {100 * wall[-1]:+.1f} %, CPU {a[1]:.1f}/{b[1]:.1f} s {100 * cpu[-1]:+.1f} %, "
              f"catch-ups {a[2]} ms CPU = {100 * share[-1]:.1f} % of the run without the index")
    if wall:
        print(f"{build}: median wall {100 * statistics.median(wall):+.1f} % (≤ 15 % in {sum(w <= 0.15 for w in wall)} of {len(wall)}), "
              f"CPU {100 * statistics.median(cpu):+.1f} %, catch-up CPU {statistics.median(sync):.0f} ms = {100 * statistics.median(share):.1f} %")
EOF
