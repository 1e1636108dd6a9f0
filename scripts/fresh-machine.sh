#!/usr/bin/env bash
# Proves the README's commands on a fresh Debian 12 machine, for real: makes a
# minimal Debian 12 root (debootstrap --variant=minbase bookworm, from the
# mirror this machine's apt uses), puts a clean clone of HEAD in it with
# ../shared beside it read-only, and runs scripts/test.sh there with chroot in
# an environment as bare as a new machine's (no locale, HOME=/root, no
# display). A package, locale, font or tool that only the development machine
# has shows up here. Too slow for CI (everything is installed and built from
# nothing): run it before resolving an issue about the fresh machine.
# docs/fresh-machine.md gives the measured times.
set -euo pipefail

usage() {
    cat <<'EOF'
usage: scripts/fresh-machine.sh [OPTION]...   (as root)

Runs scripts/test.sh (sanitizer and fuzz phases skipped) in a pristine
Debian 12 minbase root holding a clean clone of HEAD.

  --all-phases      run test.sh's sanitizer and fuzz phases too
  --no-tests        do not run test.sh (with --run-sh or --deb: only what they build)
  --run-sh          then run scripts/run.sh there: with no display it must say so
                    in one line and exit 1
  --deb             then build the package (scripts/package.sh), install it with
                    apt-get into a second pristine root and use it there: the
                    CLI on the sample project, the GUI's --help
  --packages FILE   use FILE as scripts/packages.txt in the root
  --keep            keep the roots afterwards (default: removed)
  --new-base        debootstrap the cached pristine base again
  --mirror URL      Debian mirror (default: the one this machine's apt uses)
  --work DIR        cache, roots and logs (default: /var/tmp/claimbench-fresh)
  -h, --help        this text
EOF
}

invocation="$0 $*"
# need_value NAME OPTION [NEXT]: a usage error unless NEXT is OPTION's value.
need_value() {
    if (($# < 3)) || [[ -z $3 || $3 == -* ]]; then
        echo "fresh-machine: $2 needs a $1" >&2 && usage >&2 && exit 1
    fi
}
all_phases=0 run_tests=1 run_sh=0 deb=0 keep=0 new_base=0 packages_file="" mirror="" work=/var/tmp/claimbench-fresh
while (($#)); do
    case $1 in
    --all-phases) all_phases=1 ;;
    --no-tests) run_tests=0 ;;
    --run-sh) run_sh=1 ;;
    --deb) deb=1 ;;
    --keep) keep=1 ;;
    --new-base) new_base=1 ;;
    --packages) need_value FILE "$@" && packages_file=$2 && shift ;;
    --mirror) need_value URL "$@" && mirror=$2 && shift ;;
    --work) need_value DIR "$@" && work=$2 && shift ;;
    -h | --help) usage && exit 0 ;;
    *) echo "fresh-machine: unknown option $1" >&2 && usage >&2 && exit 1 ;;
    esac
    shift
done

if [ "$(id -u)" -ne 0 ]; then
    echo "fresh-machine: must run as root (debootstrap, mount and chroot need it): sudo $invocation" >&2
    exit 1
fi

if [ -n "$packages_file" ]; then
    [ -f "$packages_file" ] || { echo "fresh-machine: --packages $packages_file: no such file" >&2; exit 1; }
    packages_file=$(realpath -e -- "$packages_file")
fi
# Canonical at once: the kernel reports mounts and process roots by their
# physical paths, so every comparison below needs the physical path.
if ! mkdir -p -- "$work" || ! work=$(realpath -e -- "$work") || [ ! -d "$work" ]; then
    echo "fresh-machine: --work $work cannot be resolved to a folder" >&2
    exit 1
fi

repo=$(realpath -e -- "$(dirname "$0")/..")
shared=$(realpath -m -- "$repo/../shared")
head=$(git -C "$repo" rev-parse HEAD)

# Mount targets at or under DIR, decoded (findmnt writes a space as \x20),
# deepest first. Paths are compared as fixed strings, never as patterns.
mounts_under() {
    local target
    findmnt -rn -o TARGET | while IFS= read -r target; do
        printf -v target '%b' "$target"
        if [[ $target == "$1" || $target == "$1"/* ]]; then printf '%s\n' "$target"; fi
    done | sort -r
}

# A run holds its folder's lock while it lives (its processes inherit it),
# so mounts under a folder whose lock is free were left by a killed run.
# The base's lock is held by whoever makes it and, shared, by whoever copies
# it: a --new-base run cannot delete a base another run is making or copying.
run_dir=$(mktemp -d "$work/run-$(date -u +%Y%m%dT%H%M%SZ)-XXXX")
exec 8>"$run_dir/lock"
flock 8
base=$work/minbase-bookworm
exec 9>"$base.lock"
flock 9

# Refuses to start while a killed run's mounts are under the work folder:
# removing its roots would reach this machine's /dev through them.
stale_mounts() {
    local target dir
    mounts_under "$work" | sort | while IFS= read -r target; do
        dir=${target#"$work"/}
        dir=$work/${dir%%/*}
        if [[ $dir == "$work"/run-* ]] && [ -f "$dir/lock" ] && ! flock -n "$dir/lock" true; then continue; fi
        printf '%s\n' "$target"
    done
}
mapfile -t stale < <(stale_mounts)
if ((${#stale[@]})); then
    echo "fresh-machine: mounts left under $work by a killed run; unmount them first:" >&2
    last=""
    for target in "${stale[@]}"; do
        if [ -n "$last" ] && [[ $target == "$last"/* ]]; then continue; fi
        printf '  umount -R %q\n' "$target" >&2
        last=$target
    done
    rm -r -- "$run_dir"
    exit 1
fi
roots=()
mounted=()

# The Debian suites this machine's apt uses, as "SITE SUITE" lines; the root
# gets the same three a Debian installer writes (release, updates, security).
debian_sources() {
    # shellcheck disable=SC2016 # apt's format fields, not the shell's
    apt-get indextargets --format '$(SITE) $(RELEASE)' 2>/dev/null |
        awk '$2 ~ /^bookworm(-updates|-security)?$/' | sort -u
}
if [ -z "$mirror" ]; then
    mirror=$(debian_sources | awk '$2 == "bookworm" { print $1; exit }')
    [ -n "$mirror" ] || { echo "fresh-machine: this machine's apt has no bookworm mirror (apt-get update?); give --mirror URL" >&2; exit 1; }
fi
write_sources() {
    local sources
    sources=$(debian_sources | awk -v m="$mirror" '$2 != "bookworm" { print "deb " $1 " " $2 " main" }')
    printf 'deb %s bookworm main\n%s\n' "$mirror" "$sources" | sed '/^$/d' >"$1/etc/apt/sources.list"
}

summary=()
phase_started=$SECONDS
phase=""
begin_phase() { phase=$1; }
end_phase() { # STATUS [DETAIL]
    summary+=("$(printf '%-44s %6d s  exit %-3s %s' "$phase" $((SECONDS - phase_started)) "$1" "${2:-}")")
    phase=""
    phase_started=$SECONDS
}

# Every process whose root is ROOT (what chroot started there, and theirs).
processes_in() {
    local p
    for p in /proc/[0-9]*; do
        if [ "$(readlink "$p/root" 2>/dev/null)" = "$1" ]; then echo "${p#/proc/}"; fi
    done
}
stop_processes_in() {
    local pids
    mapfile -t pids < <(processes_in "$1")
    ((${#pids[@]})) || return 0
    kill -TERM "${pids[@]}" 2>/dev/null || true
    for _ in {1..10}; do
        mapfile -t pids < <(processes_in "$1")
        ((${#pids[@]})) || return 0
        sleep 0.5
    done
    kill -KILL "${pids[@]}" 2>/dev/null || true
    sleep 0.5
}
# mount_at TARGET MOUNT-ARGUMENTS...: recorded before it is made, so that a
# signal between the two cannot hide it from the cleanup.
mount_at() {
    mounted+=("$1")
    mount "${@:2}" "$1"
}
unmount() {
    mountpoint -q -- "$1" || return 0
    umount -R -- "$1" 2>/dev/null && return 0
    echo "fresh-machine: $1 is busy; detaching it lazily (umount -R -l)" >&2
    umount -R -l -- "$1"
}

signal=""
on_signal() { # NAME STATUS
    trap '' INT TERM HUP
    signal=$1
    exit "$2"
}
cleanup() {
    local status=$? i root left
    # A second Ctrl+C or kill must not cut the unmounting short.
    trap '' INT TERM HUP
    trap - EXIT
    if [ -n "$phase" ]; then
        phase="$phase (${signal:+interrupted by SIG}${signal:-failed})"
        end_phase "$status"
    fi
    if [ -n "$debootstrap_pid" ]; then
        kill -TERM -- "-$debootstrap_pid" 2>/dev/null || true
        wait "$debootstrap_pid" 2>/dev/null || true
        roots+=("$base.tmp")
    fi
    for root in "${roots[@]}"; do stop_processes_in "$root"; done
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do unmount "${mounted[i]}" || true; done
    # debootstrap's own mounts, which this script did not make.
    if [ -n "$debootstrap_pid" ]; then
        mounts_under "$base.tmp" | while IFS= read -r root; do unmount "$root" || true; done
    fi
    left=$( (mounts_under "$run_dir" && mounts_under "$base.tmp") | sort -u)
    if [ -n "$left" ]; then
        echo "fresh-machine: still mounted (roots kept):" >&2
        echo "$left" >&2
        status=1
    elif [ "$keep" = 0 ]; then
        # Checked just above: nothing is mounted under the roots any more, and
        # --one-file-system would stop at a mount appearing meanwhile.
        for root in "${roots[@]}"; do rm -rf --one-file-system -- "$root"; done
    fi
    echo
    echo "fresh-machine: summary (HEAD $(git -C "$repo" rev-parse --short "$head"), mirror $mirror)"
    printf '  %s\n' "${summary[@]}"
    printf '  %-44s %6d s  exit %s\n' total "$SECONDS" "$status"
    echo "  mounts left under $run_dir: $([ -n "$left" ] && echo "$left" | wc -l || echo none)"
    if [ "$keep" = 1 ] || [ -n "$left" ]; then echo "  roots kept: ${roots[*]}"; fi
    echo "  logs: $run_dir"
    exit "$status"
}
debootstrap_pid=""
trap cleanup EXIT
trap 'on_signal INT 130' INT
trap 'on_signal TERM 143' TERM
trap 'on_signal HUP 129' HUP

# The pristine base is made once and never entered: each root is a copy of it.
if [ "$new_base" = 1 ] || [ ! -d "$base" ]; then
    if ! command -v debootstrap >/dev/null; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap
    fi
    begin_phase "debootstrap minbase"
    rm -rf --one-file-system -- "$base" "$base.tmp"
    # In its own process group, in the background and waited for: a signal
    # reaches the trap at once, and the trap stops debootstrap's every child.
    setsid debootstrap --variant=minbase bookworm "$base.tmp" "$mirror" >"$run_dir/debootstrap.log" 2>&1 &
    debootstrap_pid=$!
    wait "$debootstrap_pid" || { echo "fresh-machine: debootstrap failed, see $run_dir/debootstrap.log" >&2; exit 1; }
    debootstrap_pid=""
    mv "$base.tmp" "$base"
    end_phase 0
fi
flock -u 9

# new_root NAME: a copy of the base, with the mirror's suites, DNS, /proc and
# /dev (slaves, so nothing unmounted inside reaches this machine).
new_root() {
    local root=$run_dir/$1
    roots+=("$root")
    flock -s 9
    cp -a "$base" "$root"
    flock -u 9
    write_sources "$root"
    cp -L /etc/resolv.conf "$root/etc/resolv.conf"
    mount_at "$root/proc" --rbind /proc && mount --make-rslave "$root/proc"
    mount_at "$root/dev" --rbind /dev && mount --make-rslave "$root/dev"
}

# in_root ROOT LOG COMMAND: runs COMMAND with bash in ROOT, in a new machine's
# bare environment, its output on the terminal and in LOG. Run in the
# background and waited for, so that a signal reaches the trap at once.
in_root() {
    local root=$1 log=$2 command=$3 extra=()
    [ "$all_phases" = 1 ] || extra=(CLAIMBENCH_SKIP_SANITIZERS=1 CLAIMBENCH_SKIP_FUZZ=1)
    (
        env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
            TERM="${TERM:-dumb}" "${extra[@]}" chroot "$root" /bin/bash -c "$command" 2>&1 | tee -a "$log"
        exit "${PIPESTATUS[0]}"
    ) &
    wait $!
}

begin_phase "root: copy, clone, mounts"
new_root root
root=$run_dir/root
git clone -q --no-hardlinks "$repo" "$root/work/claimbench"
git -C "$root/work/claimbench" checkout -q --detach "$head"
if [ -n "$(git -C "$repo" status --porcelain --untracked-files=no)" ]; then
    echo "fresh-machine: the working tree's uncommitted changes are not in the root (HEAD only)"
fi
[ -z "$packages_file" ] || cp "$packages_file" "$root/work/claimbench/scripts/packages.txt"
if [ -d "$shared" ]; then
    mkdir -p "$root/work/shared"
    mount_at "$root/work/shared" --bind "$shared"
    mount -o remount,bind,ro "$root/work/shared"
    mount --make-rslave "$root/work/shared"
fi
end_phase 0

status=0
if [ "$run_tests" = 1 ]; then
    begin_phase "scripts/test.sh"
    in_root "$root" "$run_dir/test.log" 'cd /work/claimbench && scripts/test.sh' || status=$?
    # ctest's own summary line, or where the run stopped.
    detail=$(grep -E '^[0-9]+% tests passed' "$run_dir/test.log" | tail -1 || true)
    # CMake wraps its reason over lines: the paragraph, joined.
    [ -n "$detail" ] || detail=$(awk '/could not be found|^CMake Error/ { p = 1 } p && /^ *$/ { exit }
        p { sub(/^ +/, ""); printf "%s ", $0 }' "$run_dir/test.log")
    [ -n "$detail" ] || detail=$(grep -m1 -E ': error: |^E: ' "$run_dir/test.log" || true)
    end_phase "$status" "$detail"
    mapfile -t -O "${#summary[@]}" summary < <(sed -n '/^test.sh: wall time per phase/,$ s/^  /    test.sh: /p' "$run_dir/test.log")
    ((status == 0)) || exit "$status"
fi

run_sh_failed=0
if [ "$run_sh" = 1 ]; then
    begin_phase "scripts/run.sh (no display)"
    run_status=0
    in_root "$root" "$run_dir/run.log" 'cd /work/claimbench && scripts/run.sh' || run_status=$?
    end_phase "$run_status" "$(grep -v "^ *$" "$run_dir/run.log" | tail -1)"
    # Without a display run.sh must say so in one line and exit 1; the
    # package is still tried, and the run fails at the end.
    ((run_status == 1)) || run_sh_failed=1
fi

if [ "$deb" = 1 ]; then
    begin_phase "scripts/package.sh"
    package_status=0
    in_root "$root" "$run_dir/package.log" 'cd /work/claimbench && scripts/package.sh' || package_status=$?
    package=$(find "$root/work/claimbench/build" -maxdepth 1 -name 'claimbench_*_amd64.deb' | head -1)
    end_phase "$package_status" "${package##*/}"
    ((package_status == 0)) && [ -n "$package" ] || exit 1

    # An analyst's machine: only the package and what its Depends bring
    # (Recommends left out, so that the Depends alone are proved enough).
    begin_phase "second root: copy, mounts"
    new_root root-deb
    analyst=$run_dir/root-deb
    mkdir -p "$analyst/tmp/sample"
    cp "$package" "$analyst/tmp/"
    cp -r "$root/work/claimbench/resources"/sample* "$analyst/tmp/sample/"
    end_phase 0
    begin_phase "apt-get install ./${package##*/}"
    install_status=0
    in_root "$analyst" "$run_dir/install.log" 'apt-get update -qq &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends /tmp/claimbench_*_amd64.deb' ||
        install_status=$?
    end_phase "$install_status"
    ((install_status == 0)) || exit 1
    begin_phase "installed package: CLI, GUI --help"
    use_status=0
    # The sample project as scripts/run.sh makes it, and a chart of its
    # most claimed metric.
    cat >"$analyst/tmp/use-package.sh" <<'EOF'
set -e -x
cd /tmp
claimbench-cli --version
claimbench-cli import p.claimbench sample/sample
if [ -f sample/sample-tags.jsonl ]; then claimbench-cli edit p.claimbench sample/sample-tags.jsonl >/dev/null; fi
claimbench-cli claims p.claimbench --add sample/sample-claims.csv
claimbench-cli claims p.claimbench --format json >claims.json
metric=$(grep -o '"metric": *"[^"]*"' claims.json | sort | uniq -c | sort -rn | sed -n '1s/.*: *"\(.*\)"/\1/p')
claimbench-cli chart p.claimbench --metric "$metric" --out chart.png
head -c 8 chart.png | grep -q PNG
QT_QPA_PLATFORM=offscreen claimbench --help
EOF
    in_root "$analyst" "$run_dir/use.log" 'bash /tmp/use-package.sh' || use_status=$?
    end_phase "$use_status" "$(grep -m1 -v '^+' "$run_dir/use.log" || true)"
    ((use_status == 0)) || exit 1
fi
((run_sh_failed == 0)) || exit 1
