#!/usr/bin/env bash
# Installs, builds, makes the sample project from resources/sample and opens
# the GUI on it.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
build_dir=${CLAIMBENCH_BUILD_DIR:-build}
sample="$build_dir/sample.claimbench"
if [ ! -f "$sample" ]; then
    "$build_dir/bin/claimbench-cli" import "$sample" resources/sample
fi
exec "$build_dir/bin/claimbench" "$sample"
