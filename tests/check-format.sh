#!/usr/bin/env sh
# Fails when a C++ source is not formatted as .clang-format says (clang-format 14).
#   check-format.sh SOURCE_DIR [CLANG_FORMAT]
set -eu
root="$1"
clang_format="${2:-clang-format}"
cd "$root"
find app ui tests resources -name '*.cpp' -o -name '*.h' | sort \
    | xargs "$clang_format" --dry-run --Werror
