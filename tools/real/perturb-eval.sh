#!/usr/bin/env bash
# usage: tools/real/perturb-eval.sh BINDIR even|odd [SEED=7]   (ONLY=name,name… limits the transformations)
# Metamorphic robustness (issue 7): writes the fact-preserving variants of tools/real/perturb.py for every .txt of
# that half of the train split (/work/coord/splits/train-HALF) into a temp dir, extracts each with
# BINDIR/reportminer.dll, and prints one line per transformation: the documents it changed, fact F1 of the
# unperturbed documents on that subset, fact F1 of their variants, and the difference. Aggregates only — no
# per-document output (the odd half is held out). Run from the worktree (REPO defaults to $PWD).
set -euo pipefail
bin=$(cd "$1" && pwd); half=$2; seed=${3:-7}; repo=${REPO:-$PWD}
splits=${SPLITS:-/work/coord/splits}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
f1() { dotnet "$bin/reportminer.dll" eval "$1" "$2" --suffix .txt.json 2>/dev/null | tail -1 | awk '{print $NF}'; }

mkdir -p "$work/base/docs" "$work/base/out"
for g in "$splits/train-$half"/*.json; do
  s=$(basename "$g" .json)
  ln -s "$repo/corpus/real/docs/$s.txt" "$work/base/docs/$s.txt"
  python3 "$repo/tools/real/perturb.py" "$repo/corpus/real/docs/$s.txt" "$g" "$work/variants" --seed "$seed" --only "${ONLY:-}"
done
dotnet "$bin/reportminer.dll" extract "$work"/base/docs/*.txt --out "$work/base/out" --in-process >/dev/null 2>&1 || true
printf '%-16s %5s %9s %9s %7s\n' transformation docs base_F1 variant_F1 delta
printf '%-16s %5s %9s\n' unperturbed "$(ls "$splits/train-$half" | wc -l)" "$(f1 "$splits/train-$half" "$work/base/out")"
for t in $(ls "$work/variants"); do
  d=$work/variants/$t; mkdir -p "$d/out" "$d/basegold"
  for g in "$d"/gold/*.json; do ln -s "$splits/train-$half/$(basename "$g")" "$d/basegold/"; done
  dotnet "$bin/reportminer.dll" extract "$d"/docs/*.txt --out "$d/out" --in-process >/dev/null 2>&1 || true
  b=$(f1 "$d/basegold" "$work/base/out"); v=$(f1 "$d/gold" "$d/out")
  printf '%-16s %5s %9s %9s %+7.3f\n' "$t" "$(ls "$d/docs" | wc -l)" "$b" "$v" "$(echo "$v - $b" | bc -l)"
done
