#!/usr/bin/env bash
# usage: tools/real/perturb-eval.sh BINDIR even|odd [SEED=7]   (ONLY=name,name… limits the transformations)
# Metamorphic robustness (issue 7): writes the fact-preserving variants of tools/real/perturb.py for every .txt of
# that half of the train split (SPLITS/HALF, the folders tools/real/splits.py writes; SPLITS is required) into a temp dir, extracts each with
# BINDIR/reportminer.dll, and prints one line per transformation: the documents it changed, fact F1 of the
# unperturbed documents on that subset, fact F1 of their variants, and the difference. Aggregates only — no
# per-document output (the odd half is held out). Run from the worktree (REPO defaults to $PWD). base_P/variant_P are
# the precision of the project fields (name, place, year, department, kind, money): the figure a lossy variant
# (perturb.py's starred ones, whose gold keeps what the cut text no longer states) must not lower.
set -euo pipefail
bin=$(cd "$1" && pwd); half=$2; seed=${3:-7}; repo=${REPO:-$PWD}
splits=${SPLITS:?set SPLITS to the folder tools/real/splits.py wrote}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
f1() { dotnet "$bin/reportminer.dll" eval "$1" "$2" --suffix .txt.json 2>/dev/null >"$work/last.eval"; tail -1 "$work/last.eval" | awk '{print $NF}'; }
projp() { awk '/^project\./ {tp += $2; fp += $3} END {printf "%.3f", tp + fp ? tp / (tp + fp) : 1}' "$work/last.eval"; }

mkdir -p "$work/base/docs" "$work/base/out"
for g in "$splits/$half"/*.json; do
  s=$(basename "$g" .json)
  ln -s "$repo/corpus/real/docs/$s.txt" "$work/base/docs/$s.txt"
  python3 "$repo/tools/real/perturb.py" "$repo/corpus/real/docs/$s.txt" "$g" "$work/variants" --seed "$seed" --only "${ONLY:-}"
done
dotnet "$bin/reportminer.dll" extract "$work"/base/docs/*.txt --out "$work/base/out" --in-process >/dev/null 2>&1 || true
printf '%-16s %5s %9s %9s %7s %7s %9s\n' transformation docs base_F1 variant_F1 delta base_P variant_P
u=$(f1 "$splits/$half" "$work/base/out")
printf '%-16s %5s %9s %9s %7s %7s\n' unperturbed "$(ls "$splits/$half" | wc -l)" "$u" "" "" "$(projp)"
for t in $(ls "$work/variants"); do
  d=$work/variants/$t; mkdir -p "$d/out" "$d/basegold"
  for g in "$d"/gold/*.json; do ln -s "$splits/$half/$(basename "$g")" "$d/basegold/"; done
  dotnet "$bin/reportminer.dll" extract "$d"/docs/*.txt --out "$d/out" --in-process >/dev/null 2>&1 || true
  b=$(f1 "$d/basegold" "$work/base/out"); bp=$(projp); v=$(f1 "$d/gold" "$d/out"); vp=$(projp)
  printf '%-16s %5s %9s %9s %+7.3f %7s %9s\n' "$t" "$(ls "$d/docs" | wc -l)" "$b" "$v" "$(echo "$v - $b" | bc -l)" "$bp" "$vp"
done
