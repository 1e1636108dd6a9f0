#!/usr/bin/env bash
# Writes the man page of one of our programs with help2man from the
# program's own --help and --version, so that the page cannot drift from the
# program. When --help lists "Commands:", the page gets a COMMANDS section
# holding each command's own --help.
# Usage: manpage.sh HELP2MAN PROGRAM OUT.1.gz "WHAT THE PROGRAM IS, IN ONE LINE"
# (HELP2MAN: the help2man the build found and recorded in its cache)
# packaging/PROGRAM.h2m, when there is one, adds what --help cannot say
# (FILES, ENVIRONMENT, SEE ALSO) and help2man options.
set -euo pipefail
help2man=$1 program=$2 out=$3 name=$4

# The usage line names the program as it was called: call it by its name.
PATH="$(cd "$(dirname "$program")" && pwd):$PATH"
command=$(basename "$program")
here=$(cd "$(dirname "$0")" && pwd)
# The pages are English whatever the builder's locale, and the GUI prints
# its --help without a display.
export LC_ALL=C.UTF-8 LANGUAGE= QT_QPA_PLATFORM=offscreen
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_RUNTIME_DIR=$work

include=()
commands=$("$command" --help | sed -n '/^Commands:$/,/^$/s/^  \([a-z][a-z-]*\) .*/\1/p')
if [ -n "$commands" ]; then
    {
        echo '[COMMANDS]'
        for c in $commands; do
            echo ".SS $c"
            "$command" "$c" --help | awk -f "$here/command-help.awk"
        done
    } >"$work/commands.h2m"
    include=(--include "$work/commands.h2m")
fi
if [ -f "$here/$command.h2m" ]; then
    include+=(--include "$here/$command.h2m")
fi
# help2man runs the program through help2man-input.sed, by a script of the
# program's name; and the page is named as the command is typed, even when
# --version spells it "Claimbench".
mkdir "$work/bin"
printf '#!/bin/bash\nset -o pipefail\n%q "$@" | sed -e %q -f %q\n' \
    "$(command -v "$command")" "1s/^$command /$command /I" "$here/help2man-input.sed" \
    >"$work/bin/$command"
chmod +x "$work/bin/$command"
PATH="$work/bin:$PATH" "$help2man" --no-info --name "$name" "${include[@]}" \
    --output "$work/page.1" "$command"
# Compressed without a name or time stamp, as Debian policy asks.
gzip -9n -c "$work/page.1" >"$out"
