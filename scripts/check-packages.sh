#!/usr/bin/env bash
# Proves the package list complete: derives the Debian packages a build
# really used and fails, naming each, when one is neither in the list nor
# pulled in by the list's hard dependencies (Depends/Pre-Depends, followed
# recursively -- what `apt-get install --no-install-recommends` brings).
#
#   scripts/check-packages.sh [BUILD_DIR] [PACKAGE_LIST]
#
# Relative paths are the caller's; the defaults are the repository's build/
# and scripts/packages.txt. Exit 2: no such list, or BUILD_DIR not configured
# or not built.
#
# Used means: the config file of every CMake package recorded in the cache
# (*_DIR), every program the cache recorded (each FILEPATH entry that is an
# executable: the compiler, the packaging tools packaging.cmake finds, ...),
# the compiler CMake resolved, every header a compiled file included (Ninja's
# dependency log), and every library on a link line. Each path goes to
# `dpkg -S`. A green run on the development machine proves nothing by itself
# -- it has packages a fresh one lacks -- which is why this exists: test.sh
# runs it on every run. Alternatives ("a | b") count as pulled in whichever is
# installed.
# Not proven: programs run by name that no build records -- sqlite3, which
# the list installs for looking into a project by hand (no test or script
# runs it; docs/performance.md's backup measurement did), and the host tools
# of fresh-machine.sh (debootstrap, git), which the list is not for -- and
# Qt plugins loaded at run time.
set -euo pipefail
caller=$(pwd)
cd "$(dirname "$0")/.."
root=$(pwd)
from_caller() { case $1 in /*) echo "$1" ;; *) echo "$caller/$1" ;; esac; }
build_arg=$root/build list=$root/scripts/packages.txt
[ $# -lt 1 ] || build_arg=$(from_caller "$1")
[ $# -lt 2 ] || list=$(from_caller "$2")

[ -d "$build_arg" ] || { echo "check-packages: no build folder $build_arg" >&2; exit 2; }
build=$(cd "$build_arg" && pwd)
[ -f "$build/CMakeCache.txt" ] || { echo "check-packages: $build is not a configured build" >&2; exit 2; }
[ -f "$list" ] || [ -p "$list" ] || { echo "check-packages: no package list $list" >&2; exit 2; }
mapfile -t listed < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$/d' "$list")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

outside_tree() { grep -v -e "^$root/" -e "^$build/" || true; }

# The config file of every CMake package that find_package() loaded.
sed -n -E 's/^([A-Za-z0-9_]+)_DIR:PATH=(\/.*)$/\1 \2/p' "$build/CMakeCache.txt" | while read -r name dir; do
    for config in "$dir/${name}Config.cmake" "$dir/${name,,}-config.cmake"; do
        if [ -f "$config" ]; then echo "$config"; fi
    done
done >"$work/paths"
# The programs the cache recorded. Libraries are FILEPATH entries too, but
# not executable (FindOpenGL's EGL and GLU, which no target links, must not
# count). Not used either, though found: CMake's toolchain probes (build-fuzz
# records llvm's nm and lld's linker; the build commands below name the ar
# and ranlib it runs) and CTest's tools for dashboard submissions.
sed -n -E 's/^([A-Za-z0-9_]+):FILEPATH=(\/.*)$/\1 \2/p' "$build/CMakeCache.txt" |
    while read -r name path; do
        case $name in
            CMAKE_CXX_COMPILER | CMAKE_MAKE_PROGRAM) ;;
            CMAKE_* | MEMORYCHECK_COMMAND | COVERAGE_COMMAND) continue ;;
            GITCOMMAND | SVNCOMMAND | CVSCOMMAND | HGCOMMAND | BZRCOMMAND | P4COMMAND) continue ;;
        esac
        if [ -f "$path" ] && [ -x "$path" ]; then echo "$path"; fi
    done >>"$work/paths"
# The compiler as CMake resolved it: a compiler given by name (build-fuzz's
# clang++-16) is not recorded as a FILEPATH.
sed -n -E 's/^set\(CMAKE_CXX_COMPILER "(\/.*)"\)$/\1/p' "$build"/CMakeFiles/*/CMakeCXXCompiler.cmake >>"$work/paths"
# Every header a compiled file included; without a compiled file the check
# would prove nothing about them.
ninja -C "$build" -t deps | sed -n -E 's/^ +(\/.*)$/\1/p' >"$work/headers"
[ -s "$work/headers" ] ||
    { echo "check-packages: BUILD_DIR is configured but not built: build it first" >&2; exit 2; }
cat "$work/headers" >>"$work/paths"
# Every file outside the tree that a build command names: libraries on link
# lines, moc and the other tools. (Libraries the cache found but no target
# links, such as FindOpenGL's optional EGL and GLU, are not used.)
ninja -C "$build" -t commands | grep -o -E '/usr/[^ ;:"'"'"']+' >>"$work/paths" || true
# Folders are owned by many packages at once: files only.
sort -u "$work/paths" | outside_tree | while read -r p; do if [ -f "$p" ]; then echo "$p"; fi; done >"$work/used"

# `dpkg-query -S` lines as "owner, other owner<TAB>path", architectures dropped.
owned_lines() { sed -E -e 's/:[a-z0-9]+(,|: )/\1/g' -e 's/: (\/.*)$/\t\1/'; }
# dpkg knows each file under the name its package installed it as: after
# Debian's merged /usr, /lib/... for some and /usr/lib/... for others, and
# symlinks (libfoo.so -> libfoo.so.6) by their own name.
owner_of() {
    local p=$1 real candidate
    real=$(readlink -f "$p")
    for candidate in "$p" "$real" "${p#/usr}" "${real#/usr}" "/usr$p" "/usr$real"; do
        if dpkg-query -S "$candidate" 2>/dev/null | head -1 | owned_lines | grep -q .; then
            dpkg-query -S "$candidate" | head -1 | owned_lines
            return 0
        fi
    done
    return 1
}
: >"$work/unowned"
# One dpkg-query for the many paths it finds directly, then one by one for the rest.
xargs -a "$work/used" -d '\n' dpkg-query -S 2>"$work/notfound" | owned_lines >"$work/owned" || true
sed -n -E 's/^dpkg-query: no path found matching pattern (.*)$/\1/p' "$work/notfound" | while read -r p; do
    owner_of "$p" >>"$work/owned" || echo "$p" >>"$work/unowned"
done

# The packages the list brings in: itself plus its hard dependencies, through
# virtual packages to the installed package that provides them.
dpkg-query -W -f='${Package}\t${Provides}\t${Pre-Depends}, ${Depends}\n' >"$work/status"
awk -F'\t' '
    function names(field, out,   n, i, parts, name) {
        n = split(field, parts, /[,|]/)
        for (i = 1; i <= n; i++) {
            name = parts[i]; sub(/^ +/, "", name); sub(/[ (:].*$/, "", name)
            if (name != "") out[name] = 1
        }
    }
    FILENAME == "-" { want[$0] = 1; queue[++tail] = $0; next }
    {
        installed[$1] = 1; deps[$1] = $3
        delete provided; names($2, provided)
        for (v in provided) providers[v] = providers[v] " " $1
    }
    END {
        for (head = 1; head <= tail; head++) {
            p = queue[head]
            delete next_; names(deps[p], next_)
            for (d in next_) {
                cand = installed[d] ? d : ""
                if (d in providers) cand = cand providers[d]
                n = split(cand, c, " ")
                for (i = 1; i <= n; i++) if (!(c[i] in want)) { want[c[i]] = 1; queue[++tail] = c[i] }
            }
        }
        for (p in want) print p
    }' "$work/status" - <<<"$(printf '%s\n' "${listed[@]}")" | sort -u >"$work/allowed"

# A file several packages own is covered when any of them is.
awk -F'\t' 'NR == FNR { allowed[$0] = 1; next }
    { n = split($1, owners, /, /); ok = 0
      for (i = 1; i <= n; i++) if (owners[i] in allowed) ok = 1
      if (!ok && !(owners[1] in seen)) { seen[owners[1]] = 1; print "  " owners[1] " (for " $2 ")" } }' \
    "$work/allowed" "$work/owned" >"$work/missing"
echo "check-packages: $(wc -l <"$work/used") files the build used;" \
    "$(wc -l <"$work/allowed") packages come with the ${#listed[@]} listed"
if [ -s "$work/unowned" ]; then
    echo "check-packages: used but installed by no package (made by hand?):" >&2
    sed 's/^/  /' "$work/unowned" >&2
fi
if [ -s "$work/missing" ]; then
    echo "check-packages: the build used packages that $list does not install:" >&2
    cat "$work/missing" >&2
    exit 1
fi
[ -s "$work/unowned" ] && exit 1
echo "check-packages: complete"
