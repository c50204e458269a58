#!/usr/bin/env bash
# Prints what each README example command prints now, to paste over its block after `<!-- example: ARGS -->`
# (tests/ReportMiner.Cli.Tests/ReadmeExamplesTests checks the blocks still match). Run tools/install.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."
grep -oE '<!-- example: [^>]+ -->' README.md | sed -E 's/<!-- example: (.*) -->/\1/' | while read -r args; do
  echo "<!-- example: $args -->"
  # shellcheck disable=SC2086 # the arguments are words of the README's own example
  ./reportminer $args
  echo
done
