#!/usr/bin/env bash
# Sixth held-out table benchmark (tools/tables/heldout5/generate.py, out/tables-heldout5): cell accuracy per layout
# for all tables, then the dev and test halves. Usage: bash tools/tables/heldout5/bench.sh [--regenerate] [--tables]
SET=heldout5 exec bash "$(dirname "$0")/../heldout/bench.sh" "$@"
