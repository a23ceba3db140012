# Shared helpers for Badge Desk targets.

# Warnings for every first-party target; -Werror only when asked (CI turns it on).
function(badgedesk_set_warnings target)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive-)
        if(BADGEDESK_WERROR)
            target_compile_options(${target} PRIVATE /WX)
        endif()
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
            -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wformat=2)
        if(BADGEDESK_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_STRICT_ITERATORS)
endfunction()

# BADGEDESK_SANITIZE: AddressSanitizer + UndefinedBehaviorSanitizer for every target, so the
# whole suite can run under them (preset asan). BADGEDESK_FUZZ adds libFuzzer's coverage
# instrumentation on top (clang only, preset fuzz); tests/fuzz links the fuzzer runtime itself.
# Set as directory options, so they reach every object file, Qt's generated moc code included.
function(badgedesk_enable_sanitizers)
    if(NOT BADGEDESK_SANITIZE AND NOT BADGEDESK_FUZZ)
        return()
    endif()
    if(MSVC)
        message(FATAL_ERROR "BADGEDESK_SANITIZE and BADGEDESK_FUZZ need gcc or clang.")
    endif()
    if(BADGEDESK_FUZZ AND NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "BADGEDESK_FUZZ needs clang (libFuzzer); use the fuzz preset.")
    endif()
    # float-cast-overflow is part of clang's "undefined" but not of gcc's: named for both, since
    # a double from JSON that does not fit an integer is exactly what untrusted input brings.
    set(sanitizers -fsanitize=address,undefined,float-cast-overflow)
    # Undefined behaviour stops the test instead of printing a line nobody reads.
    add_compile_options(${sanitizers} -fno-sanitize-recover=undefined,float-cast-overflow
        -fno-omit-frame-pointer)
    add_link_options(${sanitizers})
    if(BADGEDESK_FUZZ)
        add_compile_options(-fsanitize=fuzzer-no-link)
    endif()
endfunction()

# A library that lives under app/: registered so the layering check can walk it.
function(badgedesk_add_app_library target)
    add_library(${target} STATIC ${ARGN})
    badgedesk_set_warnings(${target})
    set_property(GLOBAL APPEND PROPERTY BADGEDESK_APP_TARGETS ${target})
endfunction()

# An executable that lives under app/ (sandbox, CLI): held to the same rule.
function(badgedesk_add_app_executable target)
    qt_add_executable(${target} ${ARGN})
    badgedesk_set_warnings(${target})
    set_property(GLOBAL APPEND PROPERTY BADGEDESK_APP_TARGETS ${target})
endfunction()

function(_badgedesk_collect_links target out_var)
    set(seen "${${out_var}}")
    if(NOT TARGET ${target} OR "${target}" IN_LIST seen)
        return()
    endif()
    list(APPEND seen ${target})
    get_target_property(type ${target} TYPE)
    set(links "")
    if(NOT type STREQUAL "INTERFACE_LIBRARY")
        get_target_property(direct ${target} LINK_LIBRARIES)
        if(direct)
            list(APPEND links ${direct})
        endif()
    endif()
    get_target_property(iface ${target} INTERFACE_LINK_LIBRARIES)
    if(iface)
        list(APPEND links ${iface})
    endif()
    foreach(dep IN LISTS links)
        string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" dep "${dep}")
        if(TARGET ${dep})
            get_target_property(aliased ${dep} ALIASED_TARGET)
            if(aliased)
                set(dep ${aliased})
            endif()
            _badgedesk_collect_links(${dep} seen)
        endif()
    endforeach()
    set(${out_var} "${seen}" PARENT_SCOPE)
endfunction()

# qBittorrent-style guard: the core/app layer must build without Qt Widgets.
function(badgedesk_enforce_layering)
    get_property(app_targets GLOBAL PROPERTY BADGEDESK_APP_TARGETS)
    get_target_property(widgets Qt6::Widgets ALIASED_TARGET)
    if(NOT widgets)
        set(widgets Qt6::Widgets)
    endif()
    foreach(target IN LISTS app_targets)
        set(reached "")
        _badgedesk_collect_links(${target} reached)
        if(widgets IN_LIST reached OR "Qt6::Widgets" IN_LIST reached)
            message(FATAL_ERROR "Layering violation: ${target} (under app/) links Qt Widgets. "
                "Widgets belong in ui/ only; see docs/ARCHITECTURE.md.")
        endif()
    endforeach()
endfunction()
