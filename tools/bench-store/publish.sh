#!/usr/bin/env bash
# Publishes tools/bench-store precompiled (ReadyToRun) into tools/bench-store/bin/Release/r2r and prints the path of the
# program to run: the store's code then runs as ./reportminer runs it (tools/precompile.sh's ReadyToRun copy, tiered PGO
# off in both projects), not JIT-compiled while the timed runs go on. Session 45, 1M rows on PostgreSQL, `compare
# --category answer_rate`: the plain build's CPU median per compare 48–66 ms, the ReadyToRun copy's 14–23 ms. Where
# there is no ReadyToRun target, or the publish fails, it prints the plain build's path instead (with a note on stderr).
# usage: bench=$(tools/bench-store/publish.sh)
set -uo pipefail
cd "$(dirname "$0")/../.."
plain="$PWD/tools/bench-store/bin/Release/net10.0/bench-store"
out="$PWD/tools/bench-store/bin/Release/r2r"
if rid=$(bash tools/runtime-id.sh) && dotnet publish tools/bench-store -c Release -r "$rid" --self-contained false \
     -p:PublishReadyToRun=true -p:UseSharedCompilation=false -nodeReuse:false -o "$out" -nologo -v quiet -clp:NoSummary >&2; then
  echo "$out/bench-store"
else
  echo "bench-store: no ReadyToRun copy (above); the plain build runs, with the JIT's work in its timings." >&2
  dotnet build tools/bench-store -c Release -nodeReuse:false -p:UseSharedCompilation=false -v q >&2
  echo "$plain"
fi
