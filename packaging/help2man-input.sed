# help2man reads a program's --help through this script (see manpage.sh), as
# its man page should say it, without changing what a terminal shows.
# A second usage line aligned under the first is one more synopsis, which
# help2man knows as an "or:" line.
2s/^       \([^ ]\)/   or: \1/
# The exit status gets a section of its own, EXIT STATUS.
s/^Exit status: /\n*Exit status*\n/
