#!/usr/bin/env bash
# Development table set for the layout classes still open after dev8 (tools/tables/dev9/generate.py, out/tables-dev9):
# every table is dev, so the per-table lines (--tables) may be read. Usage: bash tools/tables/dev9/bench.sh [--regenerate] [--tables]
SET=dev9 exec bash "$(dirname "$0")/../heldout/bench.sh" "$@"
