#!/usr/bin/env bash
# Regenerates the README screenshots of the web workbench (docs/images/web-compare.png, web-document.png).
# They are taken by the browser tests (Playwright driving Debian's chromium over a store imported from the corpus),
# which write every page they check to out/web-tests; this script runs those tests and copies two of the pictures.
set -euo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export REPORTMINER_WEB_ARTIFACTS="$PWD/out/web-tests"
dotnet test tests/ReportMiner.Web.Tests -c Release --filter "FullyQualifiedName~BrowserTests" -nologo
mkdir -p docs/images
cp out/web-tests/compare.png docs/images/web-compare.png
cp out/web-tests/document.png docs/images/web-document.png
dotnet build-server shutdown >/dev/null 2>&1 || true
echo "wrote docs/images/web-compare.png and docs/images/web-document.png"
