#!/usr/bin/env bash
# PDF speed, side by side in one run, on the same files and machine (medians of several interleaved repetitions):
#  1. whole commands: `./reportminer extract BATCH --out DIR` vs a loop of bare `pdftotext -bbox-layout` over the
#     same BATCH (the text PDFs of corpus/fixtures and corpus/generalization/docs, listed COPIES times, so .NET
#     start-up is spread over a batch the size of a small archive); wall and CPU (process tree) times;
#  2. the first document: `./reportminer extract ONE.pdf` in a fresh process (start-up, JIT, worker start);
#  3. in process, warmed up: parse + extract + JSON per pass vs pdftotext (tools/bench-pdf.cs).
# ./reportminer runs the ReadyToRun copy that tools/precompile.sh (part of tools/install.sh) publishes;
# REPORTMINER_BENCH_PLAIN=1 measures the plain build instead.
# Usage: bash tools/bench-pdf.sh [repetitions=5] [copies=10] [in-process iterations=10]
set -euo pipefail
cd "$(dirname "$0")/.."
reps=${1:-5}; copies=${2:-10}; iterations=${3:-10}
dotnet build src/ReportMiner.Cli -c Release -v quiet -nologo -clp:NoSummary >/dev/null
if [ "${REPORTMINER_BENCH_PLAIN:-}" = 1 ]; then
  cli=(dotnet src/ReportMiner.Cli/bin/Release/net10.0/reportminer.dll); build=plain
else
  bash tools/precompile.sh >/dev/null
  cli=(./reportminer); build=ReadyToRun
  [ -f src/ReportMiner.Cli/bin/Release/r2r/.complete ] || { echo "bench-pdf: precompile failed" >&2; exit 1; }
fi
mapfile -t files < <(ls corpus/fixtures/*.pdf corpus/generalization/docs/*.pdf | grep -v '\.scanned\.pdf$')
batch=()
for ((c = 0; c < copies; c++)); do batch+=("${files[@]}"); done
out="$(mktemp -d)"; times="$out/times"
trap 'rm -rf "$out"' EXIT
pdftotext_loop() { for f in "$@"; do pdftotext -bbox-layout -enc UTF-8 "$f" - >/dev/null; done; }
export -f pdftotext_loop
# Prints "wall cpu" (seconds; cpu = user + sys of the command and the children it waited for).
timed() { /usr/bin/time -f "%e %U %S" -o "$times" "$@" >/dev/null 2>"$out/stderr" || { cat "$out/stderr" >&2; return 1; }
          awk '{printf "%.3f %.3f\n", $1, $2 + $3}' "$times"; }
declare -A runs
for ((r = 0; r < reps; r++)); do
  runs[bare]+="$(timed bash -c 'pdftotext_loop "$@"' _ "${batch[@]}")"$'\n'
  runs[extract]+="$(timed "${cli[@]}" extract "${batch[@]}" --out "$out/json")"$'\n'
  runs[first]+="$(timed "${cli[@]}" extract "${files[0]}" --out "$out/json")"$'\n'
  runs[bare1]+="$(timed pdftotext -bbox-layout -enc UTF-8 "${files[0]}" -)"$'\n'
done
median() { printf '%s' "${runs[$1]}" | awk -v k="$2" 'NF {print $k}' | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
bw=$(median bare 1); bc=$(median bare 2); ew=$(median extract 1); ec=$(median extract 2)
echo "build: $build; load average at start: $(cut -d' ' -f1-3 /proc/loadavg); $reps repetitions, medians"
echo "batch: ${#batch[@]} text PDFs (${#files[@]} files x $copies)"
echo "  bare pdftotext -bbox-layout loop: wall ${bw} s, cpu ${bc} s"
echo "  reportminer extract:              wall ${ew} s, cpu ${ec} s"
awk -v a="$ew" -v b="$bw" -v c="$ec" -v d="$bc" 'BEGIN {printf "  ratio extract / pdftotext: wall %.2fx, cpu %.2fx (target <= 1.0x)\n", a / b, c / d}'
echo "first document (fresh process: start-up, worker start, $(basename "${files[0]}")): wall $(median first 1) s, cpu $(median first 2) s (bare pdftotext on it: wall $(median bare1 1) s)"
echo "in process, warmed up (parse + extract + JSON, no start-up):"
dotnet run -c Release tools/bench-pdf.cs -- "$iterations" 5 | sed 's/^/  /'
