#!/usr/bin/env bash
# Runs clang-tidy 14 with the top-level .clang-tidy over every C++ source under app/, ui/ and
# tests/ (headers through HeaderFilterRegex). Any finding fails it.
#
#   tests/tidy.sh [FILE_REGEX]
#
# Configures build/tidy with clang (BADGEDESK_TIDY_BUILD_DIR overrides) for an exact
# compile_commands.json, runs moc there (tests include their .moc files), then clang-tidy on
# every core in parallel (TIDY_JOBS overrides). FILE_REGEX picks files by their path from the
# source directory, e.g. 'app/core/' or 'ui/(MainWindow|AppController)\.cpp'. TIDY_CHECKS
# adds to .clang-tidy's checks for one run, e.g. TIDY_CHECKS='clang-analyzer-*'.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
build="${BADGEDESK_TIDY_BUILD_DIR:-$root/build/tidy}"
filter="${1:-}"

find_tool() {
    for name in "$@"; do
        command -v "$name" >/dev/null && { command -v "$name"; return 0; }
    done
    echo "None of $* found; install clang-tidy (14)." >&2
    exit 2
}
tidy="$(find_tool clang-tidy-14 clang-tidy)"
runner="$(find_tool run-clang-tidy-14 run-clang-tidy)"
compiler="$(find_tool clang++-14 clang++)"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

cd "$root"
log "Configuring $build"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER="$compiler" \
    -DCMAKE_EXPORT_COMPILE_COMMANDS=ON -DCMAKE_GLOBAL_AUTOGEN_TARGET=ON \
    -DCMAKE_AUTOGEN_ORIGIN_DEPENDS=OFF >/dev/null
log "Generating moc files"
cmake --build "$build" --target autogen >/dev/null

# Our sources only: moc and rcc output lives in the build directory and does not match.
regex="^$root/(${filter:-(app|ui|tests)/})"
count=$(grep -Ec "\"file\": \"${regex#^}" "$build/compile_commands.json" || true)
[ "$count" -gt 0 ] || { echo "No sources match '$filter'." >&2; exit 2; }
log "clang-tidy on $count files"
output="$build/tidy.log"
status=0
checks=()
[ -n "${TIDY_CHECKS:-}" ] && checks=(-checks="$TIDY_CHECKS")
"$runner" -clang-tidy-binary "$tidy" -p "$build" -quiet -j "${TIDY_JOBS:-$(nproc)}" "${checks[@]}" "$regex" \
    >"$output" 2>&1 || status=$?
# The findings, without clang-tidy's per-file chatter.
sed 's/\x1b\[[0-9;]*m//g' "$output" | grep -Ev '^([0-9]+ warnings? (and [0-9]+ errors? )?generated\.|Suppressed [0-9]+ warnings|Use -header-filter|/[^ ]*clang-tidy[^ ]* |Enabled checks:)' || true
if [ "$status" -ne 0 ]; then
    log "clang-tidy found problems (above; full log in $output)"
    exit 1
fi
log "clang-tidy: no findings in $count files"
