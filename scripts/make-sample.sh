#!/usr/bin/env bash
# Makes the sample project the one way run.sh, package.sh and
# fresh-machine.sh --deb all use:
#
#   scripts/make-sample.sh CLAIMBENCH_CLI OUT.claimbench [RESOURCES_DIR]
#
# the articles of RESOURCES_DIR/sample (default: this repository's
# resources/), the tag tree of sample-tags.jsonl, then the claims of
# sample-claims.csv, which name those tags and so come after them. A step
# that fails (a claim that no longer anchors in an edited article, say) has
# said why on stderr; OUT is then removed, so that the next run makes it
# again instead of opening half a sample.
set -euo pipefail
[ $# -ge 2 ] && [ $# -le 3 ] || { echo "usage: make-sample.sh CLAIMBENCH_CLI OUT.claimbench [RESOURCES_DIR]" >&2; exit 1; }
cli=$1
out=$2
resources=${3:-$(cd "$(dirname "$0")/.." && pwd)/resources}
# Adding the claims to an existing project would add them twice.
[ ! -e "$out" ] || { echo "make-sample.sh: $out exists; remove it to make the sample again" >&2; exit 1; }

trap 'rm -f "$out"' ERR
"$cli" import "$out" "$resources/sample"
"$cli" edit "$out" "$resources/sample-tags.jsonl" >/dev/null
"$cli" claims "$out" --add "$resources/sample-claims.csv" >/dev/null
