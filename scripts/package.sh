#!/usr/bin/env bash
# Builds the Debian package and proves that it works, not only that it
# builds (docs/packaging.md):
#  1. scripts/setup.sh installs scripts/packages.txt -- the package's
#     build-depends -- and builds into build/ (or $CLAIMBENCH_BUILD_DIR);
#  2. cpack -G DEB packs build/claimbench_<version>_<arch>.deb;
#  3. desktop-file-validate, appstreamcli and lintian check it (any
#     finding fails; docs/packaging.md says how the package meets them);
#  4. the package is extracted into a temporary root, whose programs must
#     find every library in /usr (no RPATH into the build tree), and its
#     claimbench-cli imports the corpus and the sample, adds the sample's
#     claims and charts them; its claimbench answers --help and --version.
# Any failing step stops the script with one line naming it. The last line
# is the package's path and size.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build_dir=${CLAIMBENCH_BUILD_DIR:-build}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() {
    echo "package.sh: $*" >&2
    exit 1
}
# step WHAT COMMAND...: runs COMMAND; its output is shown only when it fails.
step() {
    local what=$1
    shift
    if ! "$@" >"$work/step.log" 2>&1; then
        cat "$work/step.log" >&2
        fail "$what failed"
    fi
}

scripts/setup.sh || fail "scripts/setup.sh (install the build-depends and build) failed"

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build_dir/CMakeCache.txt")
# recorded_tool NAME: the program packaging.cmake found, as the cache records
# it, so that check-packages.sh proves the list installs what runs here.
recorded_tool() {
    local path
    path=$(sed -n "s/^$1:FILEPATH=//p" "$build_dir/CMakeCache.txt")
    [ -x "$path" ] || fail "$build_dir/CMakeCache.txt records no program $1"
    echo "$path"
}
dpkg_deb=$(recorded_tool DPKG_DEB)
dpkg_parsechangelog=$(recorded_tool DPKG_PARSECHANGELOG)
file_command=$(recorded_tool FILE_COMMAND)
desktop_file_validate=$(recorded_tool DESKTOP_FILE_VALIDATE)
appstreamcli=$(recorded_tool APPSTREAMCLI)
lintian=$(recorded_tool LINTIAN)
deb="$build_dir/claimbench_${version}_$(dpkg --print-architecture).deb"
rm -f "$build_dir"/claimbench_*.deb
step "cpack -G DEB" bash -c 'cd "$1" && cpack -G DEB' cpack "$build_dir"
[ -f "$deb" ] || fail "cpack made no $deb"

# The checks read the files as installed.
dest="$work/root"
step "dpkg-deb -x $deb" "$dpkg_deb" -x "$deb" "$dest"
app_id=org.claimbench.claimbench
desktop="$dest/usr/share/applications/$app_id.desktop"
metainfo="$dest/usr/share/metainfo/$app_id.metainfo.xml"
# desktop-file-validate exits 0 on hints and warnings: any output fails.
[ -z "$("$desktop_file_validate" "$desktop" 2>&1)" ] ||
    fail "desktop-file-validate: $("$desktop_file_validate" "$desktop" 2>&1 | head -1)"
# appstreamcli exits 0 on pedantic and informational issues: any issue fails.
step "appstreamcli validate --pedantic $app_id.metainfo.xml" \
    "$appstreamcli" validate --no-net --pedantic "$metainfo"
! grep -qE '^[EWIP]: ' "$work/step.log" || fail "appstreamcli validate: $(grep -E '^[EWIP]: ' "$work/step.log" | head -1)"
newest_release=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$metainfo" | head -1)
[ "$newest_release" = "$version" ] ||
    fail "the metainfo's newest release is $newest_release, the package's version $version"

changelog_version=$("$dpkg_parsechangelog" -l packaging/changelog -S Version)
[ "$changelog_version" = "$version" ] ||
    fail "packaging/changelog's newest entry is $changelog_version, the package's version $version"

step "lintian (errors and warnings)" "$lintian" --fail-on error,warning "$deb"

cli="$dest/usr/bin/claimbench-cli"
gui="$dest/usr/bin/claimbench"
unset LD_LIBRARY_PATH
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work"
for program in "$cli" "$gui"; do
    ! readelf -d "$program" | grep -qE 'RPATH|RUNPATH' ||
        fail "$(basename "$program") has an RPATH: $(readelf -d "$program" | grep -E 'RPATH|RUNPATH')"
    libraries=$(ldd "$program")
    ! grep -q 'not found' <<<"$libraries" ||
        fail "$(basename "$program") lacks a library: $(grep 'not found' <<<"$libraries" | head -1)"
    ! grep -qF "$root/" <<<"$libraries" ||
        fail "$(basename "$program") loads a library from the source tree: $(grep -F "$root/" <<<"$libraries" | head -1)"
done

corpus=${CLAIMBENCH_CORPUS:-$root/../shared/corpus}
[ -d "$corpus" ] || corpus=resources/sample
step "extracted claimbench-cli import $corpus" "$cli" import "$work/corpus.claimbench" "$corpus"
step "extracted claimbench-cli articles" "$cli" articles "$work/corpus.claimbench" --format json
grep -q '"title"' "$work/step.log" || fail "extracted claimbench-cli articles listed no article of $corpus"

# The sample as scripts/run.sh makes it: articles, tag tree, claims.
sample="$work/sample.claimbench"
step "scripts/make-sample.sh with the extracted claimbench-cli" scripts/make-sample.sh "$cli" "$sample"
step "extracted claimbench-cli claims" "$cli" claims "$sample" --format json
metric=$(grep -o '"metric": *"[^"]*"' "$work/step.log" | sort | uniq -c | sort -rn |
    sed -n '1s/.*"metric": *"\(.*\)"/\1/p')
[ -n "$metric" ] || fail "extracted claimbench-cli claims listed no claim with a metric"
step "extracted claimbench-cli chart --metric \"$metric\"" \
    "$cli" chart "$sample" --metric "$metric" --out "$work/chart.png"
[ "$("$file_command" -b --mime-type "$work/chart.png")" = image/png ] ||
    fail "extracted claimbench-cli chart wrote no PNG: $("$file_command" -b "$work/chart.png")"

export QT_QPA_PLATFORM=offscreen
step "extracted claimbench --help" "$gui" --help
grep -q '^Usage: ' "$work/step.log" || fail "extracted claimbench --help printed no usage"
step "extracted claimbench --version" "$gui" --version
grep -q "^Claimbench $version" "$work/step.log" ||
    fail "extracted claimbench --version did not print Claimbench $version"

echo "package.sh: $deb, $(stat -c %s "$deb") bytes ($(du -h "$deb" | cut -f1))"
