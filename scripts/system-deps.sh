#!/usr/bin/env bash
# The system packages the tests need beyond Node, and what to do when one is missing.
#
#   chromium                  the browser test of the pane (scripts/test-browser.mjs)
#   libxml2-utils             xmllint: the manifests against Microsoft's schemas, the Word tables' XML
#   libreoffice-calc-nogui    soffice: the printed lists to PDF, LibreOffice's own .xlsx/.xls/.ods
#   libreoffice-writer-nogui  the Word papers to PDF
#   poppler-utils             pdftotext/pdfinfo: reading the PDFs back
#   fonts-liberation2         Liberation Serif, the metric twin of Times New Roman (Vietnamese included)
#   fonts-crosextra-carlito   Carlito, the metric twin of Calibri (a workbook's default font)
#   unzip                     an independent check of the packages written, ZIP64 included
# Without the two fonts LibreOffice falls back to wider ones, lines break elsewhere and the page
# checks mean nothing; they are Recommends of LibreOffice, which --no-install-recommends leaves out.
#
# On Debian/Ubuntu as root (CI) or with password-less sudo, what is missing is installed. Anywhere
# else (macOS, Windows with Git Bash, another Linux, no sudo) nothing is installed: the missing
# packages are written to test-results/missing-system.txt (or $BINH_XET_MISSING_LIST), one a line as
#   <Debian package> <marker>
# where <marker> is the word a test file uses when it needs the package ("soffice", "xmllint",
# "pdftotext", "unzip"; "browser" for the browser test), and the script exits with 3 so that
# scripts/test-all.sh runs everything else and names what it left out.
#
# Exit: 0 nothing missing, 3 missing and not installable here, 1 the installation failed.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
list=${BINH_XET_MISSING_LIST:-test-results/missing-system.txt}

font_present() { # a font family, by fc-list when there is one, else by file name in the usual folders
  if command -v fc-list >/dev/null 2>&1; then fc-list 2>/dev/null | grep -q "$1"; return; fi
  local f
  for f in /usr/share/fonts /Library/Fonts "$HOME/Library/Fonts" "${WINDIR:-/c/Windows}/Fonts"; do
    [ -d "$f" ] && find "$f" -iname "$2" 2>/dev/null | grep -q . && return 0
  done
  return 1
}
soffice_present() { [ -n "${SOFFICE:-}" ] && [ -x "$SOFFICE" ] || command -v soffice >/dev/null 2>&1; }

missing() { # prints "<package> <marker>" for each missing package
  [ -x "${CHROMIUM:-/usr/bin/chromium}" ] || echo "chromium browser"
  command -v xmllint >/dev/null 2>&1 || echo "libxml2-utils xmllint"
  soffice_present || echo "libreoffice-calc-nogui soffice"
  # Writer is a separate Debian package; elsewhere LibreOffice comes whole.
  if command -v dpkg >/dev/null 2>&1 && soffice_present; then
    [ -e /usr/lib/libreoffice/program/libswlo.so ] || echo "libreoffice-writer-nogui soffice"
  fi
  command -v pdftotext >/dev/null 2>&1 || echo "poppler-utils pdftotext"
  font_present "Liberation Serif" "LiberationSerif*" || echo "fonts-liberation2 soffice"
  font_present "Carlito" "Carlito*" || echo "fonts-crosextra-carlito soffice"
  command -v unzip >/dev/null 2>&1 || echo "unzip unzip"
}

missing >"$list"
if [ ! -s "$list" ]; then rm -f "$list"; exit 0; fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo"; else SUDO="none"; fi
fi
if ! command -v apt-get >/dev/null 2>&1 || [ "$SUDO" = "none" ]; then
  exit 3
fi

need=$(cut -d' ' -f1 "$list" | sort -u | tr '\n' ' ')
echo "Installing system packages: $need"
$SUDO apt-get update -qq || exit 1
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $need >/dev/null || exit 1
missing >"$list"
if [ -s "$list" ]; then echo "still missing after apt-get: $(cut -d' ' -f1 "$list" | tr '\n' ' ')"; exit 1; fi
rm -f "$list"
exit 0
