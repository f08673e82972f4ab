#!/usr/bin/env bash
# Every test: lint, type check, unit and integration tests (jest), the browser test of the pane.
#
# On Debian/Ubuntu as root (CI) or with password-less sudo, missing system packages are installed
# first (scripts/system-deps.sh) and everything runs. Anywhere else (macOS, Windows with Git Bash,
# no sudo) the tests that need a missing package are left out, everything else runs, and the
# last line names what was not run and how to install it. With CI set, a missing package fails
# the run instead: CI skips nothing.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
rm -f test-results/jest.json test-results/browser.txt
bash scripts/system-deps.sh
deps=$?
if [ $deps -eq 1 ]; then echo "could not install system packages"; exit 1; fi
missing_list=${BINH_XET_MISSING_LIST:-test-results/missing-system.txt}
if [ $deps -eq 3 ] && [ -n "${CI:-}" ]; then
  echo "CI: system packages missing and not installable: $(cut -d' ' -f1 "$missing_list" | tr '\n' ' ')"
  exit 1
fi
# LibreOffice outside /usr/bin (macOS, Windows): the tests find it through SOFFICE.
if [ -z "${SOFFICE:-}" ] && command -v soffice >/dev/null 2>&1; then export SOFFICE="$(command -v soffice)"; fi

# The test files that need a missing package (scripts/tests-needing.sh finds them by the word).
ignore=()
skip_browser=""
if [ $deps -eq 3 ]; then
  while read -r pkg marker; do
    if [ "$marker" = "browser" ]; then skip_browser="yes"; continue; fi
    for f in $(bash scripts/tests-needing.sh "$marker"); do
      case " ${ignore[*]-} " in *" $f "*) ;; *) ignore+=("$f") ;; esac
    done
  done <"$missing_list"
fi

status=0
echo "== lint"
npx eslint . || status=1
echo "== type check"
npx tsc --noEmit -p tsconfig.json || status=1
echo "== jest"
jest_args=(--json --outputFile=test-results/jest.json)
for f in "${ignore[@]-}"; do [ -n "$f" ] && jest_args+=(--testPathIgnorePatterns "$f"); done
[ ${#ignore[@]} -gt 0 ] && jest_args+=(--testPathIgnorePatterns /node_modules/ /test/browser/)
npx jest "${jest_args[@]}" || status=1
if [ -z "$skip_browser" ] && [ -f scripts/test-browser.mjs ]; then
  echo "== browser"
  node scripts/test-browser.mjs | tee test-results/browser.txt || status=1
fi
node scripts/test-summary.mjs || status=1
if [ $deps -eq 3 ]; then
  pkgs=$(cut -d' ' -f1 "$missing_list" | sort -u | tr '\n' ' ')
  case "$(uname -s)" in
    Darwin) how="brew install poppler; brew install --cask libreoffice chromium font-liberation font-carlito (then SOFFICE=/Applications/LibreOffice.app/Contents/MacOS/soffice, CHROMIUM=<path to Chromium>)" ;;
    Linux) how="sudo apt-get install --no-install-recommends $pkgs(or your distribution's equivalents)" ;;
    *) how="install LibreOffice, Poppler, Chromium, xmllint, unzip and the Liberation and Carlito fonts, then set SOFFICE and CHROMIUM to their paths" ;;
  esac
  n=${#ignore[@]}
  echo "NOT RUN: $n jest file(s)${skip_browser:+ and the browser test} needing missing system packages ($pkgs) — to run them: $how"
fi
exit $status
