#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang-16, AddressSanitizer
# and UndefinedBehaviorSanitizer (in build-fuzz/, or $CLAIMBENCH_FUZZ_DIR) and
# runs each for SECONDS (default 60), one after the other, or
# CLAIMBENCH_FUZZ_JOBS at a time (a long campaign on a machine with cores to
# spare; each target is still one libFuzzer process, so its figures stay
# comparable with a sequential run).
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]     e.g. scripts/fuzz.sh 1800 html-reader
#   CLAIMBENCH_FUZZ_JOBS=7 nice scripts/fuzz.sh 1800
#
# Seeds are made at run time in a temporary folder from ../shared/corpus,
# ../shared/peer-tests, ../shared/html-pages, tests/data and resources/sample
# (the shared data is never copied into the repository), plus the claims files
# and edit scripts that tests/fuzz/make-seeds.sh writes for the claims-add-csv,
# claims-add-json and edit-script targets. Inputs libFuzzer
# finds interesting accumulate in <build>/corpus/<target>/ across runs. A
# crash leaves its input in <build>/artifacts/<target>/ and fails the script;
# once fixed, the input goes to tests/fuzz/regressions/<target>/, where
# tst_fuzzregressions replays it in every build.
#
# Prints one line per target: executions, seconds, result.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
seconds=${1:-60}
shift || true
all_targets=(html-reader text-reader markdown-reader pdf-reader docx-reader odt-reader epub-reader rtf-reader
    encoding-detector number-parser date-resolver extractor
    claims-add-csv claims-add-json edit-script)
targets=("$@")
((${#targets[@]})) || targets=("${all_targets[@]}")
build=${CLAIMBENCH_FUZZ_DIR:-build-fuzz}
shared=$(cd "$root/.." && pwd)/shared

# clang 16 implements what libstdc++ 12's <expected> needs (P0848) but still
# reports __cpp_concepts as 201907; stating the value lets <expected> compile.
flags="-std=c++2b -D__cpp_concepts=202002L -Wno-builtin-macro-redefined -g -O1 -fno-omit-frame-pointer"
flags+=" -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined"
# The first configure of a fresh folder uses the cache of another tree's ccache when there is one.
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
# Binutils' ar (g++ brings it): CMake would otherwise take whichever llvm-ar
# the machine happens to have, from a package scripts/packages.txt does not
# install (check-packages.sh caught /usr/bin/llvm-ar of "llvm").
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-16 \
    -DCMAKE_AR=/usr/bin/ar -DCMAKE_RANLIB=/usr/bin/ranlib -DCMAKE_CXX_COMPILER_AR=/usr/bin/ar \
    -DCMAKE_CXX_COMPILER_RANLIB=/usr/bin/ranlib \
    -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DCLAIMBENCH_WERROR=OFF -DCLAIMBENCH_FUZZ=ON "${launcher[@]}" >/dev/null
cmake --build "$build" -j"$(nproc)" --target "${targets[@]/#/fuzz-}"

seeds=$(mktemp -d)
trap 'rm -rf "$seeds"' EXIT
tests/fuzz/make-seeds.sh "$seeds" "$shared"

# Runs one target and prints its result line; fails when the target crashed.
fuzz_target() {
    local target=$1 corpus="$build/corpus/$1" artifacts="$build/artifacts/$1" seed_dirs max_len
    mkdir -p "$corpus" "$artifacts"
    case $target in
        html-reader) seed_dirs=("$seeds/html"); max_len=65536 ;;
        pdf-reader) seed_dirs=("$seeds/pdf"); max_len=1048576 ;;
        docx-reader | odt-reader | epub-reader) seed_dirs=("$seeds/${target%-reader}"); max_len=1048576 ;;
        rtf-reader) seed_dirs=("$seeds/rtf" "$seeds/text"); max_len=65536 ;;
        encoding-detector) seed_dirs=("$seeds/html" "$seeds/text"); max_len=65536 ;;
        claims-add-csv) seed_dirs=("$seeds/claims-csv"); max_len=16384 ;;
        claims-add-json) seed_dirs=("$seeds/claims-json"); max_len=16384 ;;
        edit-script) seed_dirs=("$seeds/edit"); max_len=16384 ;;
        *) seed_dirs=("$seeds/text"); max_len=16384 ;;
    esac
    local log="$build/artifacts/$target.log" start result=ok runs
    start=$(date +%s)
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "$build/fuzz/fuzz-$target" -max_total_time="$seconds" -max_len="$max_len" -timeout=25 \
        -rss_limit_mb=2560 -print_final_stats=1 -artifact_prefix="$artifacts/" \
        "$corpus" "${seed_dirs[@]}" >"$log" 2>&1 || result="CRASH (see $log)"
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    printf '%-18s %12s %8s  %s\n' "$target" "${runs:-?}" "$(($(date +%s) - start))" "$result"
    [ "$result" = ok ] || echo "$target" >>"$seeds/crashed"
}

printf '%-18s %12s %8s  %s\n' target executions seconds result
jobs_at_once=${CLAIMBENCH_FUZZ_JOBS:-1}
for target in "${targets[@]}"; do
    while (($(jobs -rp | wc -l) >= jobs_at_once)); do
        wait -n || true
    done
    fuzz_target "$target" &
done
wait
[ ! -e "$seeds/crashed" ]
