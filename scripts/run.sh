#!/usr/bin/env bash
# Installs, builds, makes the sample project (scripts/make-sample.sh: the
# articles of resources/sample, their tag tree and claims) and opens the GUI
# on it.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
build_dir=${CLAIMBENCH_BUILD_DIR:-build}
sample="$build_dir/sample.claimbench"
# A sample older than its sources (a pull changed them) is made again.
for source in resources/sample-tags.jsonl resources/sample-claims.csv; do
    [ "$source" -nt "$sample" ] && rm -f "$sample"
done
[ -f "$sample" ] || scripts/make-sample.sh "$build_dir/bin/claimbench-cli" "$sample" || exit 2
# Without a display the GUI says so in one line and exits 1; the build and
# the sample are made first, ready for a desktop session or ssh -X.
exec "$build_dir/bin/claimbench" "$sample"
