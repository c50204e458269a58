#!/usr/bin/env bash
# Installs the Debian packages ReportMiner calls as external programs. Safe to run repeatedly.
set -euo pipefail
packages=(poppler-utils poppler-data tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-chi-tra
          libreoffice-writer-nogui libreoffice-calc-nogui fonts-noto-cjk)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all Debian packages present"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps: missing ${missing[*]}; run as root or: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
