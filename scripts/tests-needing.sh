#!/usr/bin/env bash
# The jest files that need a system package, by the marker word scripts/system-deps.sh writes
# ("soffice", "xmllint", "pdftotext", "unzip"): those naming it, or importing a test helper that
# does. Found by the word, so a new test that runs soffice is left out with the others on a
# machine without LibreOffice, without anyone keeping a list. One path a line.
#   bash scripts/tests-needing.sh soffice
set -uo pipefail
cd "$(dirname "$0")/.."
marker="$1"
case "$marker" in
  unzip) pattern="['\"]unzip['\"]" ;; # spawnSync('unzip', …), not the word in prose
  soffice) pattern="soffice|bằng LibreOffice|with LibreOffice" ;; # runs it, or expects the CLI to have converted with it
  *) pattern="$marker" ;;
esac
{
  grep -rlE "$pattern" test --include='*.test.ts' --include='*.test.tsx' || true
  # A helper is named in an import by its folder and file ("fixtures/layouts/build" as "…/layouts/build"),
  # and only a path that stays under test/ (never "…/src/…") is the helper.
  for h in $(grep -rlE "$pattern" test --include='*.ts' --include='*.tsx' | grep -vE '\.test\.tsx?$' | sed -E 's#\.tsx?$##'); do
    tail=$(basename "$(dirname "$h")")/$(basename "$h")
    grep -rlE "from '[^']*/$tail'" test --include='*.test.ts' --include='*.test.tsx' | while read -r f; do
      grep -qE "from '[^']*/$tail'" <(grep -E "from '" "$f" | grep -v "/src/") && echo "$f"
    done
  done
} | sort -u
