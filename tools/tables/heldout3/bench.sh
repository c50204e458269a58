#!/usr/bin/env bash
# Fourth held-out table benchmark (tools/tables/heldout3/generate.py, out/tables-heldout3): cell accuracy per layout
# for all tables, then the dev and test halves. Usage: bash tools/tables/heldout3/bench.sh [--regenerate] [--tables]
SET=heldout3 exec bash "$(dirname "$0")/../heldout/bench.sh" "$@"
