#!/usr/bin/env bash
# The crash-safety harness at full strength: SIGKILLs claimbench-cli at seeded
# random moments, 100 times per scenario (an import of 2,000 files; a script
# of claim and tag edits; an import killed, its file deleted and a new
# project created under its name beside the killed one's log; an import whose
# file is replaced or deleted under it, which must stop with an error), checks
# the project after each run, and prints the totals. ctest runs the same test
# with 10 runs per scenario.
#
#   tests/reliability/crash-harness.sh [BUILD_DIR] [KILLS] [SEED]
#
# BUILD_DIR defaults to build/ (made by scripts/setup.sh). A failing run names
# its seed, the run duration its kill delays were spread over and its delay;
# the seed gives the same delay only with the same duration, so repeat it with
#   CLAIMBENCH_CRASH_RUN_MS=<duration> crash-harness.sh build 1 <seed>
# (the child's progress at that moment still depends on the machine's load).
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build}
kills=${2:-100}
seed=${3:-20261126}
cmake --build "$build" --target tst_crashsafety claimbench-cli >/dev/null
start=$(date +%s)
status=0
QTEST_FUNCTION_TIMEOUT=36000000 CLAIMBENCH_CRASH_KILLS=$kills CLAIMBENCH_CRASH_SEED=$seed \
    "$build/tests/tst_crashsafety" >"$build/crash-harness.log" 2>&1 ||
    status=$?
grep -E 'crash-harness|^(PASS|FAIL)|^Totals|seed [0-9]+,' "$build/crash-harness.log" | sed 's/^QINFO *: *[A-Za-z:]*() *//'
echo "crash-harness: $kills kills per scenario, first seed $seed, $(($(date +%s) - start)) s; full log in $build/crash-harness.log"
exit $status
