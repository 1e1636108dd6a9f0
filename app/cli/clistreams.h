#pragma once

#include <QIODevice>
#include <QTextStream>

namespace Claimbench {

// SPEC's exit codes; scripts depend on them.
enum ExitCode : int {
    ExitOk = 0,       // success
    ExitUsage = 1,    // the command line itself is wrong
    ExitBadInput = 2, // a file, project or row could not be used
};

// The streams a command reads and writes. main() binds them to stdin, stdout
// and stderr; tests bind them to buffers and strings. Commands never touch
// the process's streams directly. `in` is a byte device (raw input, BOMs and
// all); `out` and `err` write UTF-8. The referenced objects are owned by the
// caller and outlive the command.
struct CliStreams
{
    QIODevice &in;
    QTextStream &out;
    QTextStream &err;
};

} // namespace Claimbench
