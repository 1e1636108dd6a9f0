# Turns one command's --help (claimbench-cli COMMAND --help) into man(7)
# text for the page's COMMANDS section. The help is wrapped for a terminal;
# the page instead fills its paragraphs to the reader's width and makes each
# row under "Arguments:" and "Options:" a tagged paragraph, so no line runs
# past the window. Indented lines of a description (a list of columns, one
# operation a line) are laid out by hand: they keep their own lines, set off
# by blank lines instead of the indent, which would push the longest past 80
# columns.

# roff: a backslash is \e, a minus is \-, and a line may not start with . or '.
function roff(text) {
    gsub(/\\/, "\\e", text)
    gsub(/-/, "\\-", text)
    if (text ~ /^[.']/)
        text = "\\&" text
    return text
}

function endVerbatim() {
    if (verbatim) {
        print ".fi"
        print ".sp"
    }
    verbatim = 0
}

NR == 1 {
    print ".nf"
    print roff($0)
    print ".fi"
    next
}

/^$/ {
    endVerbatim()
    rows = 0
    print ".PP"
    next
}

/^(Arguments|Options):$/ {
    rows = 1
    print roff($0)
    next
}

# A row: two spaces, the argument or option, two or more spaces, its help.
rows && match($0, /^  [^ ]+( [^ ]+)*  +/) {
    row = substr($0, 3, RLENGTH - 2)
    sub(/ +$/, "", row)
    print ".TP"
    print "\\fB" roff(row) "\\fR"
    print roff(substr($0, RLENGTH + 1))
    next
}

/^ / {
    if (!verbatim) {
        print ".sp"
        print ".nf"
    }
    verbatim = 1
    print roff(substr($0, 3))
    next
}

{
    endVerbatim()
    print roff($0)
}

END { endVerbatim() }
