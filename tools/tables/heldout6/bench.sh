#!/usr/bin/env bash
# Seventh held-out table benchmark (tools/tables/heldout6/generate.py, out/tables-heldout6): cell accuracy per layout
# for all tables, then the dev and test halves. Usage: bash tools/tables/heldout6/bench.sh [--regenerate] [--tables]
SET=heldout6 exec bash "$(dirname "$0")/../heldout/bench.sh" "$@"
