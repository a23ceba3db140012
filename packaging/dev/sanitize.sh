# Sourced by packaging/dev/setup.sh for `setup.sh sanitize`: builds the whole tree with
# AddressSanitizer + UndefinedBehaviorSanitizer (preset asan, build/asan) and runs the whole
# suite under them, headless, with the same private keychain as `setup.sh test`.
#
# Uses setup.sh's install_packages, build, log and run_with_keychain. The sanitizer options
# come from the asan build and test presets (CMakePresets.json): leaks are errors except the
# system-library ones listed in tests/lsan.supp; the first undefined behaviour stops the test.
# shellcheck shell=bash disable=SC2154 # build_packages, test_packages: set by setup.sh

sanitize_suite() {
    install_packages "${build_packages[@]}" "${test_packages[@]}"
    local started=$SECONDS
    build asan
    log "Built with ASan + UBSan in $((SECONDS - started))s; running the test suite"
    export QT_QPA_PLATFORM=offscreen
    # Instrumented code is slower: give each test more time than the ci preset does.
    run_with_keychain ctest --preset asan --parallel "$(nproc)" "$@"
}
