#!/usr/bin/env bash
# Installs the Debian packages ReportMiner calls as external programs, plus what the .NET SDK itself needs
# on a bare Debian machine. Safe to run repeatedly.
set -euo pipefail
# python3: the scripts under tools/ that generate test fixtures (PDF producers, tables) run during the tests.
# ca-certificates: without it the SDK cannot reach the NuGet registry over HTTPS (restore fails, UntrustedRoot).
# clang, zlib1g-dev: the native (NativeAOT) link of the worker, tools/publish-worker.sh.
packages=(ca-certificates clang zlib1g-dev poppler-utils poppler-data tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-chi-tra
          libreoffice-writer-nogui libreoffice-calc-nogui fonts-noto-cjk
          postgresql chromium python3)
missing=()
for p in "${packages[@]}"; do
  # grep without -q reads all its input: with pipefail, -q's early exit can fail the writer with SIGPIPE.
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep "install ok installed" >/dev/null || missing+=("$p")
done
# .NET needs ICU (globalization is not invariant); the package name carries the release's ICU version.
if ! ldconfig -p 2>/dev/null | grep 'libicuuc\.so' >/dev/null; then
  missing+=("icu")
fi
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all Debian packages present"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing ${missing[*]/#icu/libicuNN}; run as root or: sudo apt-get install ${missing[*]/#icu/libicuNN}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
# Wait for another apt or dpkg run (unattended upgrades on a fresh machine, a second install beside this one) instead
# of failing at once on its lock.
lock=(-o DPkg::Lock::Timeout=600)
echo "install-deps: missing ${missing[*]/#icu/libicuNN}; updating the package lists…"
apt-get "${lock[@]}" update -qq
for i in "${!missing[@]}"; do
  if [ "${missing[$i]}" = icu ]; then
    icu=$(apt-cache pkgnames libicu | grep -E '^libicu[0-9]+$' | sort -V | tail -n 1)
    [ -n "$icu" ] || { echo "install-deps: no libicuNN package found in the apt sources" >&2; exit 1; }
    missing[$i]=$icu
  fi
done
echo "install-deps: installing ${missing[*]} (several minutes on a fresh machine; one line per package set up)…"
apt-get "${lock[@]}" install -y -q --no-install-recommends -o Dpkg::Use-Pty=0 "${missing[@]}" | { grep -E '^Setting up ' || true; }
echo "install-deps: done"
