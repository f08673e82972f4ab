#!/usr/bin/env bash
# Installs the Debian packages the tests need when they are missing (a fresh machine or CI):
# chromium (browser test of the pane), libxml2-utils (xmllint: manifest schema check),
# libreoffice-calc-nogui and poppler-utils (rendering the printed lists to PDF and reading them),
# libreoffice-writer-nogui (the Word papers to PDF) and fonts-liberation2 (Liberation Serif, metric-
# compatible with Times New Roman and covering Vietnamese: without it LibreOffice falls back to
# another font, lines break elsewhere and the page checks of the papers mean nothing; a Recommends of
# LibreOffice, so --no-install-recommends leaves it out).
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
[ -e /usr/lib/libreoffice/program/libswlo.so ] || need+=(libreoffice-writer-nogui)
fc-list 2>/dev/null | grep -q "Liberation Serif" || need+=(fonts-liberation2)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
echo "Installing system packages: ${need[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
