#pragma once

// The claimbench-cli dispatcher.
//
// How a command is added (one self-contained unit, two lines elsewhere):
//   1. app/cli/<name>command.{h,cpp} declare and define
//          Command <name>Command();
//      returning its CommandSpec (name, summary, description, positionals,
//      options: the parser and `--help` are built from it) and its handler
//          int run<Name>(const ParsedArguments &args, CliStreams &io);
//      The dispatcher has already parsed and validated the arguments against
//      the spec and answered `--help`, so the handler only does the work. It
//      writes results to io.out, diagnostics to io.err, returns an ExitCode,
//      and reports failures with reportBadInput()/reportUsageError() below.
//   2. One line in builtinCommands() in commandline.cpp: `<name>Command(),`
//   3. One line in app/cli/CMakeLists.txt (the sources) and one in
//      tests/cli/CMakeLists.txt (its test, linking claimbench_cli_lib).
// Handlers never throw (the core returns Result<T>); main() still catches as a
// last guard.

#include "cli/argumentparser.h"
#include "cli/clistreams.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace Claimbench {

class Project;

struct Command
{
    CommandSpec spec;
    int (*run)(const ParsedArguments &args, CliStreams &io) = nullptr;
};

// The program name every message starts with; fixed so that scripts can match
// messages whatever the binary was called.
inline constexpr QStringView kProgramName = u"claimbench-cli";

// Runs one invocation. `arguments` excludes the program name. Global forms:
// no arguments (usage on err, ExitUsage), --help/-h (stdout, ExitOk),
// --version (stdout, ExitOk), `<command> ...`. An unknown command or option,
// or a bad argument, prints the problem and a hint to err and returns
// ExitUsage.
class CommandLine
{
public:
    CommandLine(); // the built-in commands
    explicit CommandLine(QList<Command> commands);

    int run(const QStringList &arguments, CliStreams &io) const;

    QString helpText() const;
    static QString versionText();

private:
    const Command *find(QStringView name) const;

    QList<Command> m_commands;
};

// "claimbench-cli: <subject>: <reason>" on err; returns ExitBadInput.
// `subject` names the file (or project) the reason is about; a reason that
// names a server URL already ("Could not connect to postgresql://...") is
// printed alone, so that the URL is not printed twice. Any password in a URL is masked
// (ServerAddress::masked) and the reason cut to one line (oneLineReason()).
int reportBadInput(CliStreams &io, const QString &subject, const QString &reason);

// `reason` as one line of the CLI's output (SPEC: one line per problem): the
// first line of a server's several-line explanation, and the CLI's words for
// a connection lost mid-work (the core's sentence speaks of the GUI's next step).
QString oneLineReason(const QString &reason);

// Whether `text` names `location` (a project file, or a server URL as typed
// or as ServerAddress::toString() writes it).
bool namesLocation(const QString &text, const QString &location);

// What opening the project did on its own (Project::notices(): a stale log
// set aside, the schema upgraded), one line each on err.
void reportNotices(CliStreams &io, const QStringList &notices);

// "claimbench-cli <command>: <message>" and a --help hint on err; returns
// ExitUsage. For checks the parser cannot do (a malformed date, ...).
int reportUsageError(CliStreams &io, const CommandSpec &spec, const QString &message);

// The id of the metric named `name` (any case) in `project`, or nullopt after
// reporting on err, as bad input, that there is none or why it could not be
// read; `projectPath` names the project as the user gave it.
std::optional<qint64> metricIdOrReport(CliStreams &io, const Project &project, const QString &projectPath,
                                       const QString &name);

} // namespace Claimbench
