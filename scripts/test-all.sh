#!/usr/bin/env bash
# Every test: type check, unit and integration tests (jest), the browser test of the pane.
# Installs missing system packages first, so it passes on a fresh machine as in CI.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-deps.sh || { echo "could not install system packages"; exit 1; }
mkdir -p test-results
status=0
echo "== type check"
npx tsc --noEmit -p tsconfig.json || status=1
echo "== jest"
npx jest --json --outputFile=test-results/jest.json || status=1
echo "== browser"
if [ -f scripts/test-browser.mjs ]; then
  node scripts/test-browser.mjs | tee test-results/browser.txt || status=1
fi
node scripts/test-summary.mjs || status=1
exit $status
