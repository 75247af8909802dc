#!/bin/sh
# Installs the Debian 12 packages ReSpan needs to build, test, benchmark and fuzz.
# Idempotent: packages already present are skipped; nothing is installed when all are there.
set -eu

PACKAGES="
build-essential cmake ninja-build ccache pkg-config git
qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev qt6-svg-dev libqt6opengl6-dev
qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
libboost-dev liblemon-dev coinor-libcbc-dev coinor-libclp-dev libxlsxwriter-dev nlohmann-json3-dev
libsqlite3-dev sqlite3 libqpdf-dev libproj-dev proj-data libgdal-dev
googletest libgtest-dev libgmock-dev libbenchmark-dev
clang libclang-rt-dev
xvfb xauth poppler-utils imagemagick fonts-dejavu-core file unzip
desktop-file-utils appstream
"

missing=""
for p in $PACKAGES; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done

if [ -z "$missing" ]; then
  echo "install-deps: all build dependencies are present"
  exit 0
fi

echo "install-deps: installing:$missing"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
