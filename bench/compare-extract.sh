#!/bin/bash
# Runs bench_extract of two builds alternately (old, new, old, new) on the
# same texts, so that both see the same machine load (issue 14: throughput
# stays at or above 20 MB/s while the extractor learns new genres).
#   bench/compare-extract.sh OLD_BIN_DIR NEW_BIN_DIR CORPUS_DIR [MEGABYTES] [ROUNDS]
# CORPUS_DIR: ../shared/corpus, or tests/data/corpus (many genres).
# The last lines list each build's extraction medians in MB/s of CPU time,
# round by round: on a shared machine compare them within a round.
set -euo pipefail
old=$1 new=$2 corpus=$3 megabytes=${4:-50} rounds=${5:-2}
declare -A cpu=([$old]="" [$new]="")
for round in $(seq "$rounds"); do
    for build in "$old" "$new"; do
        echo "=== $build, round $round, $(date -u +%T), load $(cut -d' ' -f1 /proc/loadavg)"
        report=$("$build/bench_extract" "$corpus" "$megabytes" 3 | grep -E "corpus:|extract \(one thread\)|baseline")
        echo "$report"
        cpu[$build]+=" $(echo "$report" | sed -nE 's/^extract \(one thread\):.* ([0-9.]+) \([0-9.]+\) MB\/s CPU.*/\1/p')"
    done
done
echo "old (MB/s CPU by round):${cpu[$old]}"
echo "new (MB/s CPU by round):${cpu[$new]}"
