#!/usr/bin/env bash
# The main job: import the bundled corpus (every seed in every format, and the held-out generalization reports) into a fresh store and compare the
# hotlines across cities. Installs what the parsers need first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install.sh
rm_() { rm -f "$1" "$1-wal" "$1-shm"; rm -rf "$1.index"; }
# The store every command uses by default from this folder (reportminer.db), so `./reportminer search 回访` works after.
db=${REPORTMINER_DB:-reportminer.db}
mkdir -p "$(dirname "$db")"
rm_ "$db"
rm=(./reportminer)
echo "demo: importing the bundled corpus into $db (OCR of the scanned PDFs takes most of the time)…"
status=0
"${rm[@]}" import corpus/fixtures corpus/seeds corpus/generalization/docs --db "$db" --jobs "$(nproc)" || status=$?
echo
echo "== Answer rates (接通率) across cities"
"${rm[@]}" compare --category answer_rate --db "$db"
echo "== Satisfaction (满意度) across cities"
"${rm[@]}" compare --category satisfaction --db "$db"
echo "== Budgets of every project (万元)"
"${rm[@]}" compare --budgets --db "$db"
echo "== Search: 回访"
"${rm[@]}" search 回访 --db "$db" --limit 5
# Build servers would otherwise linger for minutes after the script ends.
dotnet build-server shutdown >/dev/null 2>&1 || true
exit "$status"
