#!/usr/bin/env bash
# Fifth held-out table benchmark (tools/tables/heldout4/generate.py, out/tables-heldout4): cell accuracy per layout
# for all tables, then the dev and test halves. Usage: bash tools/tables/heldout4/bench.sh [--regenerate] [--tables]
SET=heldout4 exec bash "$(dirname "$0")/../heldout/bench.sh" "$@"
