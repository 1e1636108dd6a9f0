#!/bin/bash
# Runs bench_reader and bench_claims of two builds alternately (old, new, old,
# new), so that both see the same machine load: a refactoring must not make
# either slower.
#   bench/compare-builds.sh OLD_BIN_DIR NEW_BIN_DIR CLAIMS_PROJECT [ROUNDS]
# CLAIMS_PROJECT is a bench_claims --keep project (made on first use).
set -euo pipefail
old=$1 new=$2 project=$3 rounds=${4:-2}
for round in $(seq "$rounds"); do
    for build in "$old" "$new"; do
        echo "=== $build, round $round, $(date -u +%T), load $(cut -d' ' -f1 /proc/loadavg)"
        QT_QPA_PLATFORM=offscreen "$build/bench_reader" 2>&1 | grep -E "reader pane|baseline|arrived"
        "$build/bench_claims" --keep "$project" 2>&1 | grep -vE "^ +plan:"
    done
done
