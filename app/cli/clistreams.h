#pragma once

#include <QFileDevice>
#include <QIODevice>
#include <QTextStream>

#include <sys/stat.h>

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

// Why `in` could not be read, or empty when it could: a read that failed
// (stdin a folder, or closed) is an error to report, never the end of input.
// A folder is asked of the file system: reading one line of it fails without
// setting the device's error.
inline QString readFailure(const QIODevice &in)
{
    if (!in.isOpen())
        return QStringLiteral("it is closed");
    const auto *file = qobject_cast<const QFileDevice *>(&in);
    if (!file)
        return {};
    if (file->error() != QFileDevice::NoError)
        return file->errorString();
    struct stat status;
    if (file->handle() >= 0 && fstat(file->handle(), &status) == 0 && S_ISDIR(status.st_mode))
        return QStringLiteral("it is a folder");
    return {};
}

} // namespace Claimbench
