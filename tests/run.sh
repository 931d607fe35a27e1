#!/usr/bin/env bash
# The README's test command, after `pip install -r requirements.txt`:
#   bash tests/run.sh [pytest options]
# Installs the Debian packages the tests need when they are missing — Chromium for the
# browser tests and the PDFs, a CJK font for the Chinese pages, poppler-utils to read the
# PDFs back, bubblewrap and libseccomp for the grader's sandbox — then runs pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=""
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
command -v bwrap >/dev/null 2>&1 || missing="$missing bubblewrap"
ldconfig -p 2>/dev/null | grep -q 'libseccomp\.so\.2' || missing="$missing libseccomp2"
fc-list :lang=zh 2>/dev/null | grep -q . || missing="$missing fonts-noto-cjk"   # the Chinese pages
command -v pdftoppm >/dev/null 2>&1 || missing="$missing poppler-utils"           # the PDFs' checks
if [ -n "$missing" ]; then
  echo "installing Debian packages the tests need:$missing" >&2
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
fi
exec python -m pytest "$@"
