#!/usr/bin/env bash
# Builds the libFuzzer targets (preset fuzz: clang, ASan + UBSan) and fuzzes each for a while.
#
#   tests/fuzz/run.sh [SECONDS] [TARGET...]
#
# SECONDS per target (default 30, the CI run); every target unless some are named. New inputs
# go to build/fuzz/corpus/<target>/ (the seeds in tests/fuzz/corpus/ are only read), crashes to
# build/fuzz/artifacts/<target>/. Extra libFuzzer flags: FUZZ_FLAGS="-jobs=4 -workers=4".
# BADGEDESK_FUZZ_BUILD_DIR overrides the build directory. Exits non-zero when a target failed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${1:-30}"
shift $(($# > 0 ? 1 : 0))
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(fuzz_json_parse fuzz_badge fuzz_badge_exchange fuzz_sent_message fuzz_moderation_log
        fuzz_user_id_list fuzz_retry_after fuzz_jwt fuzz_error_mapper)
fi
build="${BADGEDESK_FUZZ_BUILD_DIR:-$root/build/fuzz}"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

cd "$root"
configure=(cmake --preset fuzz -B "$build")
command -v ccache >/dev/null && configure+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
log "Configuring the fuzz targets in $build"
"${configure[@]}" >/dev/null
log "Building ${targets[*]}"
cmake --build "$build" --target "${targets[@]}"

# Only leaks in our code matter; the same suppressions as the sanitizer suite.
export LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

dictionary() {
    case "$1" in
    fuzz_retry_after | fuzz_error_mapper) echo "$here/http.dict" ;;
    fuzz_user_id_list) ;;
    *) echo "$here/json.dict" ;;
    esac
}

# With -jobs, libFuzzer writes fuzz-<n>.log into the working directory: keep them out of the tree.
cd "$build"
failed=()
for target in "${targets[@]}"; do
    corpus="$build/corpus/$target"
    artifacts="$build/artifacts/$target"
    mkdir -p "$corpus" "$artifacts"
    flags=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
        -artifact_prefix="$artifacts/")
    dict="$(dictionary "$target")"
    [ -n "$dict" ] && flags+=(-dict="$dict")
    # shellcheck disable=SC2206 # FUZZ_FLAGS is a list of flags on purpose
    flags+=(${FUZZ_FLAGS:-})
    log "Fuzzing $target for ${seconds}s"
    if ! "$build/tests/fuzz/$target" "${flags[@]}" "$corpus" "$here/corpus/$target" \
        >"$build/$target.log" 2>&1; then
        tail -n 60 "$build/$target.log" >&2
        failed+=("$target")
        continue
    fi
    grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb)' "$build/$target.log" >&2 || true
done

if [ ${#failed[@]} -gt 0 ]; then
    log "Failed: ${failed[*]} (inputs in $build/artifacts/; logs in $build/*.log)"
    exit 1
fi
log "All ${#targets[@]} targets ran ${seconds}s each without a finding"
