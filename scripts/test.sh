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
# Both passes run the store, command, model and CLI suites twice: on SQLite
# files, and (their NAME_server registrations, ctest label "server") on a
# throwaway PostgreSQL 15 cluster this script starts in a temporary folder
# and stops whatever happens (scripts/pg-cluster.sh).
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

# The team server the "server" tests use (tests/common/testbackend.h): one
# cluster for both passes, each test's projects in databases of their own.
# Stopped on every way out: success, a failed step (set -e), Ctrl-C, kill.
pg_dir=
stop_cluster() {
    [ -z "$pg_dir" ] || scripts/pg-cluster.sh stop "$pg_dir" || true
}
trap stop_cluster EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
start_cluster() {
    pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/claimbench-test-pg.XXXXXX")
    CLAIMBENCH_TEST_SERVER=$(scripts/pg-cluster.sh start "$pg_dir")
    export CLAIMBENCH_TEST_SERVER
    echo "test.sh: PostgreSQL test server at $CLAIMBENCH_TEST_SERVER"
}

# run_backends BUILD_DIR PHASE [CTEST_ARGS...]: the suite on files, then the
# server tests, each with its own ctest summary; fails after both if either did.
run_backends() {
    local dir=$1 phase=$2 status=0
    shift 2
    echo "test.sh: $phase on SQLite files"
    run_suite "$dir" -LE '^server$' "$@" || status=$?
    end_phase "$phase, files"
    echo "test.sh: $phase on the PostgreSQL server (label server)"
    run_suite "$dir" -L '^server$' "$@" || status=$?
    end_phase "$phase, server"
    return "$status"
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
start_cluster
end_phase "PostgreSQL test cluster"
run_backends "${CLAIMBENCH_BUILD_DIR:-build}" "test suite"
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
    # explained: docs/reliability.md). Its server run likewise: the same
    # 2,000-file imports took it 754 s of the 900 in a local ASan run of
    # 2026-12-07.
    end_phase "ASan+UBSan build"
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        run_backends build-asan "ASan+UBSan suite" -E '^tst_crashsafety(_server)?$'
fi

if [ "${CLAIMBENCH_SKIP_FUZZ:-0}" != 1 ]; then
    echo "test.sh: a short fuzz run of every parser (docs/reliability.md)"
    scripts/fuzz.sh "${CLAIMBENCH_FUZZ_SECONDS:-30}"
    scripts/check-packages.sh "${CLAIMBENCH_FUZZ_DIR:-build-fuzz}"
    end_phase "fuzz build and run"
fi
report_phases
