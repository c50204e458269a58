#!/usr/bin/env bash
# Times `reportminer extract --in-process` of each hostile text (tools/hostile-text/generate.py) at SCALE and 2×SCALE
# with two builds side by side, and prints per case the CPU seconds (user+sys) of each, the new ÷ base ratio and each
# build's growth when the input doubles (≈2 is linear; ≈4 is quadratic). Usage:
#   tools/bench-hostile.sh BASE_CLI NEW_CLI [SCALE] [CASE...]     (default SCALE 8000, every case)
# A file that passes TIMEOUT seconds (default 300) is reported as >TIMEOUT. The tests count work; this script alone times it.
set -euo pipefail
base=$1; new=$2; scale=${3:-8000}; shift $(( $# < 3 ? $# : 3 ))
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
python3 "$here/hostile-text/generate.py" "$work/x1" "$scale" "$@" > "$work/cases"
python3 "$here/hostile-text/generate.py" "$work/x2" $((2 * scale)) "$@" > /dev/null
cpu() { # CLI FILE -> CPU seconds, or >TIMEOUT
  if /usr/bin/time -o "$work/time" -f "%U %S" timeout "${TIMEOUT:-300}" "$1" extract --in-process --out "$work/out" "$2" >/dev/null 2>&1
  then awk '{ printf "%.2f", $1 + $2 }' "$work/time"; else echo ">${TIMEOUT:-300}"; fi
}
printf "%-24s %9s %9s %9s %9s %8s %8s %8s\n" case base-1x base-2x new-1x new-2x "new/base" base-grow new-grow
while read -r c; do
  b1=$(cpu "$base" "$work/x1/$c.txt"); n1=$(cpu "$new" "$work/x1/$c.txt")
  b2=$(cpu "$base" "$work/x2/$c.txt"); n2=$(cpu "$new" "$work/x2/$c.txt")
  awk -v c="$c" -v b1="$b1" -v b2="$b2" -v n1="$n1" -v n2="$n2" 'function r(x, y) { return (x ~ />/ || y ~ />/ || y == 0) ? "-" : sprintf("%.2f", x / y) }
    BEGIN { printf "%-24s %9s %9s %9s %9s %8s %8s %8s\n", c, b1, b2, n1, n2, r(n2, b2), r(b2, b1), r(n2, n1) }'
done < "$work/cases"
echo "CPU seconds include the runtime's start (~0.6 s); load average: $(cut -d' ' -f1-3 /proc/loadavg) (scale: $scale)"
