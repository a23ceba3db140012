# What turns the built programs into a Windows or macOS application: icons rendered from the
# SVG, the Windows version resources, the macOS bundle (Info.plist, .icns, one .lproj folder per
# language), and the Qt runtime deployed into the install tree by Qt's deploy script
# (windeployqt / macdeployqt through qt_deploy_runtime_dependencies). Included from the top-level
# CMakeLists.txt after every target exists. Linux packages use the system's Qt instead.

set(badgedesk_icon_svg ${PROJECT_SOURCE_DIR}/resources/icons/${BADGEDESK_APP_ID}.svg)

if(WIN32)
    set(badgedesk_ico ${CMAKE_BINARY_DIR}/packaging/badgedesk.ico)
    add_custom_command(OUTPUT ${badgedesk_ico}
        COMMAND badgedesk_render_icon ${badgedesk_icon_svg} --ico ${badgedesk_ico}
        DEPENDS badgedesk_render_icon ${badgedesk_icon_svg}
        COMMENT "Rendering badgedesk.ico")

    # One version resource per program, so Explorer's Details tab names and versions each.
    function(badgedesk_add_version_resource target description)
        set(RC_DESCRIPTION "${description}")
        set(RC_INTERNAL_NAME "${target}")
        set(RC_ORIGINAL_FILENAME "${target}.exe")
        file(TO_NATIVE_PATH "${badgedesk_ico}" RC_ICON)
        string(REPLACE "\\" "\\\\" RC_ICON "${RC_ICON}")
        set(rc ${CMAKE_BINARY_DIR}/packaging/${target}.rc)
        configure_file(${PROJECT_SOURCE_DIR}/packaging/windows/badgedesk.rc.in ${rc} @ONLY)
        set_source_files_properties(${rc} PROPERTIES OBJECT_DEPENDS ${badgedesk_ico})
        target_sources(${target} PRIVATE ${rc})
    endfunction()
    badgedesk_add_version_resource(badgedesk "Badge Desk")
    badgedesk_add_version_resource(badgedesk-cli "Badge Desk command line")
    badgedesk_add_version_resource(badgedesk-sandbox "Badge Desk local sandbox server")

    # QtKeychain is not a Qt module, so windeployqt leaves it out.
    find_package(Qt6Keychain CONFIG REQUIRED)
    install(IMPORTED_RUNTIME_ARTIFACTS Qt6Keychain::Qt6Keychain
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

if(APPLE)
    set(badgedesk_icns ${CMAKE_BINARY_DIR}/packaging/BadgeDesk.icns)
    add_custom_command(OUTPUT ${badgedesk_icns}
        COMMAND badgedesk_render_icon ${badgedesk_icon_svg} --icns ${badgedesk_icns}
        DEPENDS badgedesk_render_icon ${badgedesk_icon_svg}
        COMMENT "Rendering BadgeDesk.icns")
    target_sources(badgedesk PRIVATE ${badgedesk_icns})
    set_source_files_properties(${badgedesk_icns} PROPERTIES
        MACOSX_PACKAGE_LOCATION Resources GENERATED TRUE)

    foreach(lang IN ITEMS en de es pt-BR ru tr)
        set(strings ${PROJECT_SOURCE_DIR}/resources/macos/${lang}.lproj/InfoPlist.strings)
        target_sources(badgedesk PRIVATE ${strings})
        set_source_files_properties(${strings} PROPERTIES
            MACOSX_PACKAGE_LOCATION Resources/${lang}.lproj)
    endforeach()

    set_target_properties(badgedesk PROPERTIES
        OUTPUT_NAME "Badge Desk"
        MACOSX_BUNDLE_INFO_PLIST ${PROJECT_SOURCE_DIR}/packaging/macos/Info.plist.in
        MACOSX_BUNDLE_BUNDLE_NAME "Badge Desk"
        MACOSX_BUNDLE_EXECUTABLE_NAME "Badge Desk"
        MACOSX_BUNDLE_GUI_IDENTIFIER ${BADGEDESK_APP_ID}
        MACOSX_BUNDLE_ICON_FILE BadgeDesk.icns
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_COPYRIGHT "MIT License. Copyright © The Badge Desk authors.")

    # macdeployqt does not copy Qt's own catalogues; AppTranslations looks for them here.
    foreach(lang IN LISTS BADGEDESK_LANGUAGES)
        set(qm "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}/qtbase_${lang}.qm")
        if(EXISTS "${qm}")
            install(FILES "${qm}"
                DESTINATION "${BADGEDESK_TOOLS_INSTALL_DIR}/../Resources/translations")
        endif()
    endforeach()
endif()

if(WIN32 OR APPLE)
    # Qt's deploy support, run once over the GUI, the CLI and the sandbox (which needs modules
    # the GUI does not: HTTP server, WebSockets). windeployqt also deploys the TLS backends and
    # Qt's translations and we ask for a qt.conf; macdeployqt writes its own inside the bundle.
    # This is what qt_generate_deploy_app_script() writes for the GUI alone.
    if(WIN32)
        set(deploy_executable "\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:badgedesk>")
        set(deploy_tools
            "\"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:badgedesk-cli>\"
             \"\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:badgedesk-sandbox>\"")
        set(deploy_options GENERATE_QT_CONF)
    else()
        set(deploy_executable "$<TARGET_FILE_NAME:badgedesk>.app")
        set(deploy_tools
            "\"${BADGEDESK_TOOLS_INSTALL_DIR}/badgedesk-cli\"
             \"${BADGEDESK_TOOLS_INSTALL_DIR}/badgedesk-sandbox\"")
        set(deploy_options "")
    endif()
    install(CODE "
        include(\"${QT_DEPLOY_SUPPORT}\")
        qt_deploy_runtime_dependencies(
            EXECUTABLE \"${deploy_executable}\"
            ADDITIONAL_EXECUTABLES ${deploy_tools}
            ${deploy_options})")
endif()
