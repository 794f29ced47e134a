#!/usr/bin/env bash
# Installs Chromium for the review UI's browser tests (review/browser_test.go)
# on a fresh Debian machine. Run as root; running it again changes nothing.
# .ci/run calls it and then sets CLAIMWIRE_REQUIRE_BROWSER=1, so that the
# browser tests fail instead of skipping when Chromium is missing.
set -euo pipefail

if command -v chromium >/dev/null 2>&1; then
  echo "chromium is installed: $(command -v chromium)"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "chromium.sh: run as root to install chromium with apt-get" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# Fonts with Latin, Cyrillic and Greek glyphs, so screenshots show the
# fixtures' text instead of boxes.
apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core fonts-liberation ca-certificates
command -v chromium
