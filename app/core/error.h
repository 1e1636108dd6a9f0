#pragma once

#include <QString>

#include <expected>

namespace Claimbench {

// The one error value every fallible core call returns inside std::expected.
// The core never decides how an error is shown: ui/ and app/cli/ do.
struct Error
{
    enum class Code {
        Io,              // a file could not be read or written
        NotFound,        // a file, row or article that was asked for is not there
        InvalidInput,    // bytes or arguments that cannot be understood (binary, bad UTF-8, ...)
        TooLarge,        // input over a configured limit
        Unsupported,     // a format or feature the program does not handle
        NotAProject,     // a file that is not a Claimbench project (or is damaged)
        NewerSchema,     // a project written by a newer Claimbench
        Busy,            // the project is locked by another process
        Conflict,        // another program changed the rows an edit, undo or redo was made against
        Database,        // SQLite reported an error
        Cancelled,       // the user stopped the operation
        NeedsPassword,   // an encrypted document: no password was given, or the one given does not open it
        Disconnected,    // the connection to a team server broke (it stopped, restarted, or the network failed)
        Denied,          // the team server's role of this user may not do this
    };

    Code code = Code::InvalidInput;
    QString message; // one sentence for the user: what went wrong
    QString detail;  // optional technical detail (driver text, byte offset, ...)

    // "message (detail)" or just "message": what the CLI prints after the file name.
    QString toString() const;
};

template<typename T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> makeError(Error::Code code, QString message, QString detail = {})
{
    return std::unexpected<Error>(Error{code, std::move(message), std::move(detail)});
}

} // namespace Claimbench
