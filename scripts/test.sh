#!/usr/bin/env bash
# The whole test suite, on a fresh machine: browser prerequisites, parse + build, unit and browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

# Browser tests drive Debian's chromium with CJK fonts (never a downloaded browser).
if ! command -v chromium >/dev/null 2>&1 || ! dpkg -s fonts-noto-cjk >/dev/null 2>&1; then
  echo "test: installing chromium and fonts-noto-cjk from Debian"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
fi

npm run --silent parse
npm run --silent check
npm run --silent build
npx vitest run "$@"
