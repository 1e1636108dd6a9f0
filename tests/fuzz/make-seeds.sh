#!/usr/bin/env bash
# Writes fuzz seeds into OUT/text and OUT/html from the real data in SHARED
# (corpus/, peer-tests/, html-pages/) and our own tests/data and
# resources/sample. Run by scripts/fuzz.sh into a temporary folder, so that
# the shared data never enters the repository.
#
#   tests/fuzz/make-seeds.sh OUT SHARED
set -euo pipefail
out=$1
shared=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$out/text" "$out/html"

copy_all() { # destination, files...
    local dest=$1 n=0
    shift
    for f in "$@"; do
        [ -f "$f" ] && cp "$f" "$dest/$(basename "$(dirname "$f")")-$((n++))-$(basename "$f")"
    done
    return 0
}

shopt -s nullglob
copy_all "$out/text" "$shared"/corpus/*.txt "$root"/tests/data/import/*.txt "$root"/tests/data/import/*.md \
    "$root"/resources/sample/*.txt "$root"/resources/sample/*.md
copy_all "$out/html" "$shared"/html-pages/*/source.html "$root"/tests/data/import/*.html

# One seed per peer-suite case: the "input" string of each JSON line, its
# escapes left as written (a seed needs to be plausible, not exact).
n=0
for suite in "$shared"/peer-tests/*.jsonl; do
    sed -n 's/^.*"input": "\(\([^"\\]\|\\.\)*\)".*$/\1/p' "$suite" | while IFS= read -r line; do
        printf '%s' "$line" >"$out/text/peer-$(basename "$suite" .jsonl)-$((n++))"
    done
done
echo "make-seeds: $(ls "$out/text" | wc -l) text and $(ls "$out/html" | wc -l) HTML seeds in $out"
