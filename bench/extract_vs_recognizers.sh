#!/usr/bin/env bash
# Extraction speed beside Microsoft Recognizers-Text (JavaScript), on the same
# text: the corpus repeated to MEGABYTES, one line (paragraph) per call, with
# the number, dimension and date-time models that together cover what
# claimbench's extractor finds. Recognizers-Text is installed from npm into a
# temporary folder that is removed afterwards.
#
# Usage: bench/extract_vs_recognizers.sh [CORPUS_DIR] [MEGABYTES] [BUILD_DIR]
#   defaults: $CLAIMBENCH_CORPUS or ../shared/corpus, 0.2 MB for Recognizers-Text
#   (it reads about 3 KB/s: 1 MB takes six minutes), build. Claimbench's side is
#   bench_extract's own measure: the corpus repeated to 50 MB, five passes.
# Node.js and npm come from Debian (apt-get) when missing.
set -euo pipefail

corpus=${1:-${CLAIMBENCH_CORPUS:-../shared/corpus}}
megabytes=${2:-0.2}
build=${3:-build}
bench="$build/bin/bench_extract"
[[ -x "$bench" ]] || { echo "extract_vs_recognizers: build bench_extract first ($bench)" >&2; exit 1; }
[[ -d "$corpus" ]] || { echo "extract_vs_recognizers: no corpus at $corpus" >&2; exit 1; }
corpus=$(cd "$corpus" && pwd)

if ! command -v npm >/dev/null; then
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends nodejs npm
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund @microsoft/recognizers-text-suite >/dev/null)

cat > "$work/run.js" <<'JS'
const fs = require('fs');
const path = require('path');
const R = require('@microsoft/recognizers-text-suite');
const [corpus, megabytes] = [process.argv[2], Number(process.argv[3])];
const texts = fs.readdirSync(corpus).filter(f => f.endsWith('.txt')).sort()
  .map(f => fs.readFileSync(path.join(corpus, f), 'utf8'));
const perRound = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);
const rounds = Math.ceil(megabytes * 1024 * 1024 / perRound);
const lines = texts.flatMap(t => t.split('\n')).filter(l => l.trim().length > 0);
const culture = R.Culture.English;
let found = 0;
const start = process.hrtime.bigint();
for (let r = 0; r < rounds; ++r)
  for (const line of lines) {
    found += R.recognizeNumber(line, culture).length;
    found += R.recognizeDimension(line, culture).length;
    found += R.recognizeDateTime(line, culture).length;
  }
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const mb = rounds * perRound / (1024 * 1024);
console.log(`recognizers-text (number+dimension+datetime): ${(mb / seconds).toFixed(4)} MB/s (${mb.toFixed(1)} MB in ${seconds.toFixed(1)} s, ${found} results)`);
JS

node_line=$(node "$work/run.js" "$corpus" "$megabytes")
bench_out=$("$bench" "$corpus" 50)
echo "$node_line"
echo "$bench_out"
node_mbs=$(sed -E 's/.*: ([0-9.]+) MB\/s.*/\1/' <<<"$node_line")
# "extract (one thread):   21.3 (25.0) MB/s wall, ...": the median, wall time.
ours=$(grep '^extract' <<<"$bench_out" | sed -E 's/^[^:]*: +([0-9.]+) .*/\1/')
awk -v a="$ours" -v b="$node_mbs" 'BEGIN { if (b > 0) printf "ratio claimbench / recognizers-text (wall, median): %.0fx\n", a / b }'
