#!/usr/bin/env bash
# PDF parse cost vs a bare `pdftotext -bbox-layout` on the same files (see bench-pdf.cs).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release tools/bench-pdf.cs -- "$@"
