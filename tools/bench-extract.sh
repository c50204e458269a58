#!/usr/bin/env bash
# Times `reportminer extract` of the same files with two builds, alternating runs, and prints the median
# wall and CPU (user+sys) seconds of each and their ratio. Usage:
#   tools/bench-extract.sh BASE_CLI NEW_CLI [RUNS] [FILES...]     (default: 7 runs of corpus/fixtures/*.docx)
# Build the base in a worktree of its own: git worktree add --detach /tmp/base main && dotnet build
# /tmp/base/src/ReportMiner.Cli -c Release; remove it afterwards (git worktree remove /tmp/base).
set -euo pipefail
base=$1; new=$2; runs=${3:-7}; shift $(( $# < 3 ? $# : 3 ))
files=("$@"); [ ${#files[@]} -gt 0 ] || files=(corpus/fixtures/*.docx)
out=$(mktemp -d); times=$(mktemp)
trap 'rm -rf "$out" "$times"' EXIT
for _ in $(seq "$runs"); do
  for side in base new; do
    cli=$base; [ $side = new ] && cli=$new
    /usr/bin/time -f "$side %e %U %S" "$cli" extract "${files[@]}" --out "$out/$side" >/dev/null 2>>"$times"
  done
done
awk '{ w[$1] = w[$1] " " $2; c[$1] = c[$1] " " ($3 + $4) }
     function median(s,   a, n, i, j, t) { n = split(s, a, " "); for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
                                          return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
     END { bw = median(w["base"]); nw = median(w["new"]); bc = median(c["base"]); nc = median(c["new"])
           printf "base: wall %.2f s, cpu %.2f s\nnew:  wall %.2f s, cpu %.2f s\nratio new/base: wall %.3f, cpu %.3f\n", bw, bc, nw, nc, nw / bw, nc / bc }' "$times"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) (runs: $runs, files: ${#files[@]})"
