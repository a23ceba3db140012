#!/usr/bin/env bash
# Signs the app inside a DMG and notarises it. Every secret comes from CI variables:
# MACOS_CERTIFICATE (base64 .p12), MACOS_CERTIFICATE_PASSWORD, MACOS_SIGNING_IDENTITY,
# APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD (an app-specific password).
set -euo pipefail
dmg="$1"
: "${MACOS_CERTIFICATE:?}" "${MACOS_CERTIFICATE_PASSWORD:?}" "${MACOS_SIGNING_IDENTITY:?}"
: "${APPLE_ID:?}" "${APPLE_TEAM_ID:?}" "${APPLE_APP_PASSWORD:?}"

work="$(mktemp -d)"
trap 'security delete-keychain "$work/signing.keychain-db" 2>/dev/null || true; rm -rf "$work"' EXIT
keychain_password="$(uuidgen)"
printf %s "$MACOS_CERTIFICATE" | base64 --decode > "$work/cert.p12"
security create-keychain -p "$keychain_password" "$work/signing.keychain-db"
security unlock-keychain -p "$keychain_password" "$work/signing.keychain-db"
security import "$work/cert.p12" -k "$work/signing.keychain-db" -P "$MACOS_CERTIFICATE_PASSWORD" \
    -T /usr/bin/codesign
security set-key-partition-list -S apple-tool:,apple: -s -k "$keychain_password" \
    "$work/signing.keychain-db" >/dev/null
security list-keychains -d user -s "$work/signing.keychain-db"

# Sign the bundle inside a writable copy of the image, then rebuild the image.
hdiutil convert "$dmg" -format UDRW -o "$work/rw.dmg" >/dev/null
mount="$(hdiutil attach "$work/rw.dmg" -nobrowse | awk -F'\t' '/Volumes/ {print $NF}')"
codesign --force --deep --options runtime --timestamp --sign "$MACOS_SIGNING_IDENTITY" \
    "$mount/Badge Desk.app"
hdiutil detach "$mount" >/dev/null
hdiutil convert "$work/rw.dmg" -format UDZO -o "$work/signed.dmg" >/dev/null
mv -f "$work/signed.dmg" "$dmg"
codesign --force --timestamp --sign "$MACOS_SIGNING_IDENTITY" "$dmg"

xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait
xcrun stapler staple "$dmg"
