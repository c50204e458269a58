#!/usr/bin/env bash
# Runs every test: installs what the parsers need, builds the solution, runs all test projects against a
# throwaway PostgreSQL cluster that tools/with-postgres.sh starts and removes around the run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
# The natively compiled worker, copied beside the CLI by the solution's build; the tests then read through it, and
# NativeWorkerTests fail if it did not arrive there or if the CLI would not start it (its hello names other code than
# the CLI was compiled from, src/CodeIdentity.targets). Publishing before the build is fine: the identity is a hash of
# the sources, not of the compiled bytes or their times.
echo "tests: compiling the worker natively (tools/publish-worker.sh)…"
bash tools/publish-worker.sh
if [ -x src/ReportMiner.Worker/bin/Release/native/reportminer-worker ]; then export REPORTMINER_NATIVE_WORKER_EXPECTED=1; fi
log=$(mktemp)
set +e
bash tools/with-postgres.sh dotnet test ReportMiner.sln -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# The real corpus's integrity (layout, splits by hash, sources) and the metamorphic tool's own invariants.
echo "tests: the real corpus (tools/real/check.py) and the metamorphic variants (tools/real/test_perturb.py)…"
python3 tools/real/check.py || status=1
python3 -m unittest -q tools/real/test_perturb.py || status=1
set -e
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -Eo 'Skipped: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "tests: $passed passed, $failed failed, $skipped skipped"
# Build servers would otherwise linger for minutes after the script ends.
dotnet build-server shutdown >/dev/null 2>&1 || true
exit "$status"
