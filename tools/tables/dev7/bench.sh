#!/usr/bin/env bash
# Development table set for the held-out sets' open layout classes (tools/tables/dev7/generate.py, out/tables-dev7):
# every table is dev, so the per-table lines (--tables) may be read. Usage: bash tools/tables/dev7/bench.sh [--regenerate] [--tables]
SET=dev7 exec bash "$(dirname "$0")/../heldout/bench.sh" "$@"
