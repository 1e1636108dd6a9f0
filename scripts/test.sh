#!/usr/bin/env bash
# Installs, builds and runs the whole test suite. Measures on ../shared when
# it is there (corpus, saved web pages, peer test suites).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

scripts/setup.sh

shared=$(cd "$root/.." && pwd)/shared
[ -d "$shared/corpus" ] && export CLAIMBENCH_CORPUS="$shared/corpus"
[ -d "$shared/html-pages" ] && export CLAIMBENCH_HTML_PAGES="$shared/html-pages"
[ -d "$shared/peer-tests" ] && export CLAIMBENCH_PEER_TESTS="$shared/peer-tests"

export QT_QPA_PLATFORM=offscreen
cd "${CLAIMBENCH_BUILD_DIR:-build}"
ctest --output-on-failure -j"$(nproc)" --timeout 600
