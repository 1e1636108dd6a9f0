#!/usr/bin/env bash
# Writes fuzz seeds into OUT/text and OUT/html from the real data in SHARED
# (corpus/, peer-tests/, html-pages/) and our own tests/data and
# resources/sample, and into OUT/claims-csv, OUT/claims-json and OUT/edit the
# claims files and edit scripts written below. Run by scripts/fuzz.sh into a
# temporary folder, so that the shared data never enters the repository.
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
copy_all "$out/text" "$shared"/corpus/*.txt "$root"/tests/data/corpus/*.txt "$root"/tests/data/import/*.txt \
    "$root"/tests/data/import/*.md \
    "$root"/resources/sample/*.txt "$root"/resources/sample/*.md
copy_all "$out/html" "$shared"/html-pages/*/source.html "$root"/tests/data/import/*.html
for format in pdf docx odt epub rtf; do
    mkdir -p "$out/$format"
    copy_all "$out/$format" "$root"/tests/data/import/*."$format"
done

# One seed per peer-suite case: the "input" string of each JSON line, its
# escapes left as written (a seed needs to be plausible, not exact).
n=0
for suite in "$shared"/peer-tests/*.jsonl; do
    sed -n 's/^.*"input": "\(\([^"\\]\|\\.\)*\)".*$/\1/p' "$suite" | while IFS= read -r line; do
        printf '%s' "$line" >"$out/text/peer-$(basename "$suite" .jsonl)-$((n++))"
    done
done

# Seeds for the targets that run `claims --add` and `edit` against the fuzz
# entries' scratch project: its one article "Night of drones"
# (https://example.org/drones, body "On Thursday night the Air Force said 63
# drones were launched ...", "63 drones" at code points 37-46) and tag 1,
# "Air war". Good rows and bad ones, in the shapes `claims` writes.
mkdir -p "$out/claims-csv" "$out/claims-json" "$out/edit"
cat >"$out/claims-csv/listing.csv" <<'EOF'
id,article_title,article_url,outlet,published,quote,start,end,value,low,high,unit,qualifier,metric,claimant,as_of,status,tag,note
1,Night of drones,https://example.org/drones,,2025-06-12,63 drones,37,46,63,,,drones,,Drones launched,Ukrainian Air Force,2025-06-12,unverified,Air war,"night, ""decoys"" included"
2,Night of drones,,,,28,,,28,20,30,,at least,Drones shot down,,2025,disputed,,"two
lines"
3,Night of drones,,,,'-5 degrees,,,-5,,,degrees,,Temperature,'+cmd|' /C calc'!A0,2025-06,false,,"'=HYPERLINK(""http://x"")"
EOF
printf 'quote,article_title,value,start\n63 drones,Night of drones,sixty,1e300\n28,Tanks,[1],-1\n' \
    >"$out/claims-csv/bad-rows.csv"
cat >"$out/claims-json/listing.json" <<'EOF'
[
  {"id":1,"article_title":"Night of drones","article_url":"https://example.org/drones","outlet":null,"published":"2025-06-12","quote":"63 drones","start":37,"end":46,"value":63,"low":null,"high":null,"unit":"drones","qualifier":null,"metric":"Drones launched","claimant":"Ukrainian Air Force","as_of":"2025-06-12","status":"unverified","tag":"Air war","note":"night"},
  {"article_title":"Night of drones","quote":"28","value":28,"low":20,"high":30,"qualifier":"at least","metric":"Drones shot down","as_of":"2025","status":"disputed"},
  {"article_url":"https://example.org/drones","quote":"-5 degrees","value":-5,"claimant":"+cmd|' /C calc'!A0","note":"=HYPERLINK(\"http://x\")"}
]
EOF
cat >"$out/claims-json/bad-rows.json" <<'EOF'
[{"article_title":"Night of drones","quote":"63 drones","value":[1],"low":{"a":1},"high":"30","start":1e300},
 {"article_title":7,"quote":null},"not an object",
 {"article_title":"Night of drones","quote":"28","tag":"Sea war","as_of":"12 June","status":"maybe"}]
EOF
cat >"$out/edit/script.jsonl" <<'EOF'
{"op":"create-claim","article":1,"start":37,"end":46,"value":63,"unit":"drones","metric":"Drones launched","claimant":"Ukrainian Air Force","as_of":"2025-06-12","tag":1,"note":"n"}
{"op":"update-claim","claim":"@1","value":null,"low":20,"high":30,"qualifier":"at least","status":"disputed"}
{"op":"create-tag","name":"Sea war","color":"#3366cc","parent":1}
{"op":"undo"}
{"op":"redo"}
{"op":"delete-tag","tag":"@3","claims_to":1}
{"op":"create-claim","article":1,"start":0,"end":2,"metric":"Drones launched","claimant":"New claimant"}
{"op":"delete-claim","claim":"@1"}
{"op":"undo"}
EOF
# Each operation alone too, and the wrong types and ids an edit must refuse.
n=0
while IFS= read -r line; do
    printf '%s\n' "$line" >"$out/edit/op-$((n++))"
done <"$out/edit/script.jsonl"
printf '%s\n' '{"op":"update-claim","claim":1e300}' '{"op":"create-tag","name":"x","parent":1e20}' \
    '{"op":"create-claim","article":1,"start":-1,"end":99999}' '[1]' '{"op":7}' >"$out/edit/bad-ops.jsonl"
echo "make-seeds: $(ls "$out/text" | wc -l) text, $(ls "$out/html" | wc -l) HTML, $(find "$out/claims-csv" "$out/claims-json" -type f | wc -l) claims and $(ls "$out/edit" | wc -l) edit seeds in $out"
