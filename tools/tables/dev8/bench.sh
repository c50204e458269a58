#!/usr/bin/env bash
# Development table set for the layout classes still open after dev7 (tools/tables/dev8/generate.py, out/tables-dev8):
# every table is dev, so the per-table lines (--tables) may be read. Usage: bash tools/tables/dev8/bench.sh [--regenerate] [--tables]
SET=dev8 exec bash "$(dirname "$0")/../heldout/bench.sh" "$@"
