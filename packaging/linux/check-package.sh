#!/usr/bin/env bash
# Builds the .deb, validates the desktop file and AppStream metainfo, installs the package,
# runs the installed programs against the installed sandbox, and removes it again.
# Needs root (or sudo) for dpkg. Run from anywhere: packaging/linux/check-package.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

packaging/dev/setup.sh deps
missing=()
for pkg in desktop-file-utils appstream rpm dpkg-dev file; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

log "Building the release preset"
cmake --preset release >/dev/null
cmake --build --preset release --parallel "$(nproc)"

log "Validating the desktop file and the metainfo"
desktop-file-validate resources/linux/org.badgedesk.BadgeDesk.desktop
appstreamcli validate --no-net --pedantic build/release/resources/org.badgedesk.BadgeDesk.metainfo.xml

log "Packaging"
rm -f build/release/*.deb build/release/*.rpm
(cd build/release && cpack -G "DEB;RPM")
deb="$(ls build/release/*.deb)"
dpkg-deb --info "$deb" | sed -n '/Depends/,/Recommends/p'

log "Installing $deb"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "./$deb"
trap '"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q badgedesk >/dev/null 2>&1 || true' EXIT

for file in /usr/bin/badgedesk /usr/bin/badgedesk-cli /usr/bin/badgedesk-sandbox \
    /usr/share/applications/org.badgedesk.BadgeDesk.desktop \
    /usr/share/metainfo/org.badgedesk.BadgeDesk.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/org.badgedesk.BadgeDesk.svg \
    /usr/share/icons/hicolor/256x256/apps/org.badgedesk.BadgeDesk.png; do
    [ -e "$file" ] || { echo "missing after install: $file" >&2; exit 1; }
done

log "Running the installed programs"
QT_QPA_PLATFORM=offscreen badgedesk --version
url_file="$(mktemp)"
badgedesk-sandbox --demo --port 0 --quiet --api-key pkg-key --token pkg-token >"$url_file" &
sandbox_pid=$!
for _ in $(seq 50); do [ -s "$url_file" ] && break; sleep 0.1; done
base_url="$(head -n1 "$url_file")"
WATCHERS_BASE_URL="$base_url" WATCHERS_API_KEY=pkg-key WATCHERS_TOKEN=pkg-token \
    badgedesk-cli --output json badges list | grep -q '"text"'
kill "$sandbox_pid"
wait "$sandbox_pid" || true

log "Removing the package"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q badgedesk
trap - EXIT
for file in /usr/bin/badgedesk /usr/bin/badgedesk-cli /usr/bin/badgedesk-sandbox; do
    [ ! -e "$file" ] || { echo "left behind after removal: $file" >&2; exit 1; }
done
log "Package check passed"
