#!/usr/bin/env bash
# Installs the Debian packages the tests need when they are missing (a fresh machine or CI):
# chromium (browser test of the pane), libxml2-utils (xmllint: manifest schema check),
# libreoffice-calc-nogui and poppler-utils (rendering the printed lists to PDF and reading them),
# libreoffice-writer-nogui (the Word papers to PDF), and the metric twins of the fonts the
# papers and sheets use: fonts-liberation2 (Liberation Serif for Times New Roman, covering
# Vietnamese) and fonts-crosextra-carlito (Carlito for Calibri, a workbook's default font, which
# sets the width of a column). Without them LibreOffice falls back to wider fonts, lines break
# elsewhere and the page checks mean nothing; they are Recommends of LibreOffice, which
# --no-install-recommends leaves out. unzip: an independent check of the packages written,
# ZIP64 included.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
[ -e /usr/lib/libreoffice/program/libswlo.so ] || need+=(libreoffice-writer-nogui)
fc-list 2>/dev/null | grep -q "Liberation Serif" || need+=(fonts-liberation2)
fc-list 2>/dev/null | grep -q "Carlito" || need+=(fonts-crosextra-carlito)
command -v unzip >/dev/null 2>&1 || need+=(unzip)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
echo "Installing system packages: ${need[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
