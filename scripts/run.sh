#!/usr/bin/env bash
# Installs, builds, makes the sample project from resources/sample (with the
# tag tree of resources/sample-tags.jsonl and the claims of
# resources/sample-claims.csv) and opens the GUI on it.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
build_dir=${CLAIMBENCH_BUILD_DIR:-build}
sample="$build_dir/sample.claimbench"
# A sample older than its sources (a pull changed them) is made again.
for source in resources/sample-tags.jsonl resources/sample-claims.csv; do
    [ "$source" -nt "$sample" ] && rm -f "$sample"
done
if [ ! -f "$sample" ]; then
    "$build_dir/bin/claimbench-cli" import "$sample" resources/sample
    # The claims name their tags, which must exist before they are added.
    "$build_dir/bin/claimbench-cli" edit "$sample" resources/sample-tags.jsonl >/dev/null \
        || { rm -f "$sample"; exit 2; }
    # A claim that no longer anchors (an edited article) is reported on
    # stderr; the project is then made again on the next run.
    "$build_dir/bin/claimbench-cli" claims "$sample" --add resources/sample-claims.csv >/dev/null \
        || { rm -f "$sample"; exit 2; }
fi
# Without a display the GUI says so in one line and exits 1; the build and
# the sample are made first, ready for a desktop session or ssh -X.
exec "$build_dir/bin/claimbench" "$sample"
