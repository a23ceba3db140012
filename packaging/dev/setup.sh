#!/usr/bin/env bash
# One-command set-up for Debian 12 / Ubuntu 22.04+ developer machines and CI.
#
#   packaging/dev/setup.sh run    install what is missing, build, open Badge Desk on a private
#                                 local sandbox with demo data
#   packaging/dev/setup.sh test   install what is missing, build (warnings are errors), run the
#                                 whole test suite headless, with a real Secret Service
#   packaging/dev/setup.sh sanitize  the same with AddressSanitizer + UndefinedBehaviorSanitizer
#                                 (preset asan): any leak, overflow or undefined behaviour fails
#   packaging/dev/setup.sh deps   only install the packages
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

build_packages=(cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
    qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev libgl1-mesa-dev)
run_packages=(qt6-qpa-plugins qt6-wayland qt6-translations-l10n fonts-noto-color-emoji gnome-keyring)
test_packages=(xvfb xauth dbus gnome-keyring libsecret-tools
    fonts-noto-color-emoji curl ca-certificates openssl clang-format)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

install_packages() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' \
            || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    log "Installing ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    local preset="$1"
    log "Configuring ($preset)"
    cmake --preset "$preset" >/dev/null
    log "Building ($preset)"
    cmake --build --preset "$preset" --parallel "$(nproc)"
}

# A private session bus with an unlocked gnome-keyring, in a throw-away HOME, so keychain tests
# talk to a real Secret Service and nothing touches the developer's own keyring.
run_with_keychain() {
    local home status=0
    home="$(mktemp -d)"
    mkdir -p "$home/.local/share/keyrings" "$home/.cache"
    HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" \
        XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home" \
        dbus-run-session -- sh -c \
        'printf %s throwaway-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' \
        sh "$@" || status=$?
    # Not a RETURN trap: that would stay set and fire again when the caller returns.
    rm -rf "$home"
    return "$status"
}

case "${1:-}" in
deps)
    install_packages "${build_packages[@]}" "${run_packages[@]}" "${test_packages[@]}"
    ;;
run)
    install_packages "${build_packages[@]}" "${run_packages[@]}"
    build dev
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        log "No graphical session found (DISPLAY/WAYLAND_DISPLAY unset); run this from a desktop."
        exit 1
    fi
    log "Opening Badge Desk on a private local sandbox"
    exec "$root/build/dev/bin/badgedesk" --sandbox
    ;;
test)
    install_packages "${build_packages[@]}" "${test_packages[@]}"
    build ci
    log "Running the test suite"
    export QT_QPA_PLATFORM=offscreen
    run_with_keychain ctest --preset ci --parallel "$(nproc)"
    ;;
sanitize)
    shift
    # shellcheck source=packaging/dev/sanitize.sh
    source "$here/sanitize.sh"
    sanitize_suite "$@"
    ;;
*)
    sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
