#!/usr/bin/env bash
# The test command. On a fresh machine: browser prerequisites, then, two jobs at a time on the two cores, `npm run build`
# (parse, build:site) and `npm run check` in its parts (check:types, lint, format:check), beside the unit and browser
# tests, then the integration tests (vitest projects, see vitest.config.ts). Extra arguments go to vitest.
#   npm test                  everything (see README for run times)
#   npm run test:unit         parse if the seeds or parsers changed, then the pure unit tests (seconds)
#   npm run test:a11y:all     build if needed, then axe on every page, light and dark (long)
set -euo pipefail
cd "$(dirname "$0")/.."

mode=all
case "${1:-}" in --unit) mode=unit; shift ;; --a11y-all) mode=a11y-all; shift ;; esac

# content/ is generated: parse when it is missing or older than the seeds or any parser code.
parse_if_needed() {
  if [ ! -f content/report.json ] || [ -n "$(find seeds scripts core -type f -newer content/report.json -print -quit)" ]; then
    npm run --silent parse -- --quiet
  fi
}

# Browser tests drive Debian's chromium (CHROMIUM_PATH elsewhere) with CJK fonts, never a downloaded browser.
browser_prerequisites() {
  if [ -n "${CHROMIUM_PATH:-}" ]; then return; fi
  if ! command -v chromium >/dev/null 2>&1 || ! dpkg -s fonts-noto-cjk >/dev/null 2>&1; then
    echo "test: installing chromium and fonts-noto-cjk from Debian"
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  fi
}

case "$mode" in
  unit)
    parse_if_needed
    npx vitest run --project unit "$@"
    ;;
  a11y-all)
    browser_prerequisites
    [ -f dist/pagefind/pagefind.js ] || npm run --silent build
    npx vitest run --project a11y-all "$@"
    ;;
  all)
    browser_prerequisites
    npm run --silent parse -- --quiet
    # Beside the site's build (about one core): the unit tests, which read content/ and never dist/, and the
    # format check, which reads the sources. Their output is shown when they end.
    side_log=$(mktemp)
    { npx vitest run --project unit --passWithNoTests "$@" && npm run --silent format:check; } >"$side_log" 2>&1 &
    side_pid=$!
    build_rc=0
    npm run --silent build:site || build_rc=$?
    side_rc=0
    wait "$side_pid" || side_rc=$?
    cat "$side_log"
    rm -f "$side_log"
    echo "test: unit tests and format check $([ "$side_rc" -eq 0 ] && echo passed || echo FAILED)"
    [ "$build_rc" -eq 0 ] || exit "$build_rc"
    # Types and lint read the sources, not dist/: they run beside the browser tests (each is mostly one core),
    # and end before the integration tests, whose builds write the same .astro/ types. The build has just
    # generated those types, so `astro check` skips its own sync (--noSync: 2-3 CPU-s).
    check_log=$(mktemp)
    { npm run --silent check:types -- --noSync && npm run --silent lint; } >"$check_log" 2>&1 &
    check_pid=$!
    rc=$side_rc
    npx vitest run --project e2e --passWithNoTests "$@" || rc=$?
    check_rc=0
    wait "$check_pid" || check_rc=$?
    echo "test: types and lint (astro check, eslint) $([ "$check_rc" -eq 0 ] && echo passed || echo FAILED)"
    [ "$check_rc" -eq 0 ] || { cat "$check_log"; rc=1; }
    rm -f "$check_log"
    npx vitest run --project integration --passWithNoTests "$@" || rc=$?
    exit "$rc"
    ;;
esac
