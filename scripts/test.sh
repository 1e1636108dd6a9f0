#!/usr/bin/env bash
# Installs, builds and runs the whole test suite twice: in the normal build,
# then built with AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/);
# then fuzzes every parser briefly (scripts/fuzz.sh, clang + libFuzzer, in
# build-fuzz/; CLAIMBENCH_FUZZ_SECONDS per target, default 30).
# Measures on ../shared when it is there (corpus, saved web pages, peer test
# suites). CLAIMBENCH_SKIP_SANITIZERS=1 skips the second pass and
# CLAIMBENCH_SKIP_FUZZ=1 the fuzzing on a quick local run; CI runs all three.
# After each build, scripts/check-packages.sh proves that scripts/packages.txt
# installs every package the build used.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

shared=$(cd "$root/.." && pwd)/shared
[ -d "$shared/corpus" ] && export CLAIMBENCH_CORPUS="$shared/corpus"
[ -d "$shared/html-pages" ] && export CLAIMBENCH_HTML_PAGES="$shared/html-pages"
[ -d "$shared/peer-tests" ] && export CLAIMBENCH_PEER_TESTS="$shared/peer-tests"
[ -d "$shared/document-pairs" ] && export CLAIMBENCH_DOCUMENT_PAIRS="$shared/document-pairs"
export QT_QPA_PLATFORM=offscreen

# run_suite BUILD_DIR [CTEST_ARGS...]
run_suite() {
    local dir=$1
    shift
    (cd "$dir" && ctest --output-on-failure -j"$(nproc)" --timeout 900 "$@")
}

# CI allows 90 minutes on 2 cores: each phase's wall time is printed at the
# end so the budget is measured on every run, not estimated.
phases=()
phase_started=$SECONDS
end_phase() {
    phases+=("$(printf '%-32s %5d s' "$1" $((SECONDS - phase_started)))")
    phase_started=$SECONDS
}
report_phases() {
    echo "test.sh: wall time per phase"
    printf '  %s\n' "${phases[@]}"
    printf '  %-32s %5d s\n' total "$SECONDS"
}

scripts/setup.sh
end_phase "install and build"
check_packages() {
    scripts/check-packages.sh "$1"
    # The check must be able to fail: without the package the development
    # machines happened to have (and a fresh Debian 12 lacked), it names it,
    # and so it does without a tool the build runs by its recorded path.
    local without package
    without=$(scripts/check-packages.sh "$1" <(grep -v -e '^libqt6opengl6-dev$' -e '^help2man$' scripts/packages.txt) 2>&1 || true)
    for package in libqt6opengl6-dev help2man; do
        grep -q "^  $package (for " <<<"$without" ||
            { echo "test.sh: check-packages.sh did not notice $package missing:"; echo "$without"; exit 1; }
    done
}
check_packages "${CLAIMBENCH_BUILD_DIR:-build}"
end_phase "package list check"
run_suite "${CLAIMBENCH_BUILD_DIR:-build}"
end_phase "test suite"
# The Debian package is built, checked and run extracted (docs/packaging.md).
scripts/package.sh
end_phase "Debian package"

if [ "${CLAIMBENCH_SKIP_SANITIZERS:-0}" != 1 ]; then
    echo "test.sh: the same suite under AddressSanitizer + UndefinedBehaviorSanitizer"
    CLAIMBENCH_BUILD_DIR=build-asan CLAIMBENCH_BUILD_TYPE=Debug scripts/setup.sh -DCLAIMBENCH_SANITIZE=ON
    # The kill harness is left to the normal pass (and crash-harness.sh):
    # under ASan an import of its 2,000 files took 117 s in CI's fresh-clone
    # run of 2026-12-06, so its scenarios ran past ctest's 900 s and the
    # replaced-file scenario's reference import past its 120 s (not yet
    # explained: docs/reliability.md).
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        run_suite build-asan -E '^tst_crashsafety$'
    end_phase "ASan+UBSan build and suite"
fi

if [ "${CLAIMBENCH_SKIP_FUZZ:-0}" != 1 ]; then
    echo "test.sh: a short fuzz run of every parser (docs/reliability.md)"
    scripts/fuzz.sh "${CLAIMBENCH_FUZZ_SECONDS:-30}"
    scripts/check-packages.sh "${CLAIMBENCH_FUZZ_DIR:-build-fuzz}"
    end_phase "fuzz build and run"
fi
report_phases
