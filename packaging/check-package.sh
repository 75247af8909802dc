#!/bin/sh
# Builds the Debian package from an existing build folder and checks what it installs:
# both executables, the desktop file, the icon and the AppStream metadata, each valid.
set -eu
build="${1:-build}"
root=$(cd "$(dirname "$0")/.." && pwd)
desktop-file-validate "$root/resources/desktop/org.respan.ReSpan.desktop"
appstreamcli validate --no-net --pedantic "$root/resources/desktop/org.respan.ReSpan.metainfo.xml" >/dev/null
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/respan_*_amd64.deb | head -n 1)
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/respan ./usr/bin/respan-cli ./usr/share/applications/org.respan.ReSpan.desktop \
         ./usr/share/icons/hicolor/scalable/apps/org.respan.ReSpan.svg \
         ./usr/share/metainfo/org.respan.ReSpan.metainfo.xml; do
  echo "$contents" | grep -q " $f\$" || { echo "package lacks $f" >&2; exit 1; }
done
echo "package ok: $deb"
