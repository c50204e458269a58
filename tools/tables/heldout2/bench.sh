#!/usr/bin/env bash
# Second held-out table benchmark (tools/tables/heldout2/generate.py, out/tables-heldout2): cell accuracy per layout
# for all tables, then the dev and test halves. Usage: bash tools/tables/heldout2/bench.sh [--regenerate] [--tables]
SET=heldout2 exec bash "$(dirname "$0")/../heldout/bench.sh" "$@"
