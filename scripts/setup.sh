#!/usr/bin/env bash
# Installs what Claimbench needs on Debian 12, configures and builds into
# build/ (or $CLAIMBENCH_BUILD_DIR). Called by run.sh and test.sh; extra
# arguments go to cmake's configure step.
set -euo pipefail
cd "$(dirname "$0")/.."

# One list for setup, the package check (check-packages.sh) and the README.
mapfile -t packages < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$/d' scripts/packages.txt)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "setup: installing ${missing[*]}"
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

build_dir=${CLAIMBENCH_BUILD_DIR:-build}
# Warnings are errors in every build made here (Debian 12's g++ is the one
# compiler we support), so run.sh and test.sh share one configuration and
# never rebuild each other's objects.
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${CLAIMBENCH_BUILD_TYPE:-RelWithDebInfo}" \
    -DCLAIMBENCH_WERROR=ON "$@"
cmake --build "$build_dir" -j"$(nproc)"
