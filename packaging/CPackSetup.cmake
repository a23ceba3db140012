# Installers: .deb and .rpm on Linux, NSIS on Windows, a DMG on macOS.
set(CPACK_PACKAGE_NAME "badgedesk")
set(CPACK_PACKAGE_VENDOR "The Badge Desk authors")
set(CPACK_PACKAGE_CONTACT "Badge Desk <dev@badgedesk.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Badge Desk is a native admin panel for the Watchers chat platform's back-to-back API: "
    "design chat badges, give them to thousands of users, ban and unban users and grant the "
    "moderator role. Bearer tokens stay in the system keychain. Includes badgedesk-cli and the "
    "badgedesk-sandbox local stand-in server.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Badge Desk")
set(CPACK_PACKAGE_EXECUTABLES "badgedesk" "Badge Desk")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build.*/" "/\\\\.git/")

# Debian: library dependencies come from dpkg-shlibdeps; a keychain provider is recommended
# because without one tokens can only be kept for a session.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "gnome-keyring | kwalletmanager, fonts-noto-color-emoji, qt6-translations-l10n")
# Plugins are loaded at run time, so dpkg-shlibdeps cannot see them: the platform plugins and
# the SVG icon engine (the window icon).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6")

# RPM: automatic library requirements; the same recommendation as a weak dependency.
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "MIT")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_PACKAGE_SUGGESTS "gnome-keyring")
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor)

# Windows (NSIS): the registry key that identifies the installation never changes, so a new
# version finds and uninstalls the old one first (the NSIS counterpart of WiX's upgrade code,
# which is set too for anyone building with -G WIX). Start-menu shortcut from
# CPACK_PACKAGE_EXECUTABLES; the uninstaller removes it, the program files and the registry keys.
# Settings, drafts and journals in the user's profile are the user's data and stay.
set(BADGEDESK_UPGRADE_GUID "6F0B5C2E-7D4A-4E8B-9B1F-3C2D8A7E5B41")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "BadgeDesk-{${BADGEDESK_UPGRADE_GUID}}")
set(CPACK_WIX_UPGRADE_GUID "${BADGEDESK_UPGRADE_GUID}")
set(CPACK_NSIS_DISPLAY_NAME "Badge Desk")
set(CPACK_NSIS_PACKAGE_NAME "Badge Desk")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\badgedesk.exe")
set(CPACK_NSIS_MUI_ICON "${CMAKE_BINARY_DIR}/packaging/badgedesk.ico")
set(CPACK_NSIS_MUI_UNIICON "${CMAKE_BINARY_DIR}/packaging/badgedesk.ico")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)

set(CPACK_DMG_VOLUME_NAME "Badge Desk")

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB;RPM")
endif()

include(CPack)
