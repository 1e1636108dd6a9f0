#include "cli/commandline.h"

#include "cli/articlescommand.h"
#include "cli/backupcommand.h"
#include "cli/chartcommand.h"
#include "cli/comparecommand.h"
#include "cli/claimscommand.h"
#include "cli/copycommand.h"
#include "cli/editcommand.h"
#include "cli/extractcommand.h"
#include "cli/importcommand.h"
#include "cli/servercommand.h"
#include "core/store/project.h"
#include "core/store/serveraddress.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

QList<Command> builtinCommands()
{
    return {
        importCommand(),
        articlesCommand(),
        claimsCommand(),
        extractCommand(),
        editCommand(),
        chartCommand(),
        compareCommand(),
        backupCommand(),
        copyCommand(),
        serverCommand(),
    };
}

QString hint(QStringView what)
{
    return u"Try '" + kProgramName + what + u" --help' for more information.\n";
}

} // namespace

CommandLine::CommandLine()
    : CommandLine(builtinCommands())
{
}

CommandLine::CommandLine(QList<Command> commands)
    : m_commands(std::move(commands))
{
}

const Command *CommandLine::find(QStringView name) const
{
    const auto it = std::find_if(m_commands.cbegin(), m_commands.cend(),
                                 [&](const Command &c) { return c.spec.name == name; });
    return it == m_commands.cend() ? nullptr : &*it;
}

QString CommandLine::helpText() const
{
    QList<std::pair<QString, QString>> commands;
    for (const Command &c : m_commands)
        commands.append({c.spec.name, c.spec.summary});
    QString text = u"Usage: " + kProgramName + u" COMMAND [options] [arguments]\n"
                   u"       " + kProgramName + u" --help | --version\n\n"
                   u"Claimbench's headless tool: import articles into a project and read it back.\n\n"
                   u"Commands:\n";
    text += helpTable(commands);
    text += u"\nRun '" + kProgramName + u" COMMAND --help' for a command's arguments and options.\n"
            u"Exit status: 0 success, 1 usage error, 2 bad input (a file or project that\n"
            u"cannot be used; one line on stderr names it and the reason).\n";
    return text;
}

QString CommandLine::versionText()
{
    return kProgramName + u' ' + QStringLiteral(CLAIMBENCH_VERSION) + u'\n';
}

int CommandLine::run(const QStringList &arguments, CliStreams &io) const
{
    if (arguments.isEmpty()) {
        io.err << QString(kProgramName + u": missing COMMAND\n" + hint(u""));
        return ExitUsage;
    }
    const QString &first = arguments.constFirst();
    if (first == u"--help" || first == u"-h") {
        io.out << helpText();
        return ExitOk;
    }
    if (first == u"--version") {
        io.out << versionText();
        return ExitOk;
    }
    const Command *command = first.startsWith(u'-') ? nullptr : find(first);
    if (!command) {
        const QStringView problem = first.startsWith(u'-') ? u": unknown option " : u": unknown command ";
        io.err << QString(kProgramName + problem + first + u'\n' + hint(u""));
        return ExitUsage;
    }

    const ArgumentParser parser(command->spec);
    const Result<ParsedArguments> parsed = parser.parse(arguments.mid(1));
    if (!parsed)
        return reportUsageError(io, command->spec, parsed.error().message);
    if (parsed->helpRequested()) {
        io.out << parser.helpText(kProgramName.toString());
        return ExitOk;
    }
    return command->run(*parsed, io);
}

int reportBadInput(CliStreams &io, const QString &subject, const QString &reason)
{
    const QString why = ServerAddress::masked(oneLineReason(reason));
    // A file keeps SPEC's "FILE: reason", which scripts split on; a server's
    // URL is long enough that twice on one line hides the reason.
    const bool namedInReason = ServerAddress::looksLikeUrl(subject) && namesLocation(reason, subject);
    const QString named = namedInReason ? QString() : ServerAddress::masked(subject) + u": ";
    io.err << QString(kProgramName + u": " + named + why + u'\n');
    io.err.flush();
    return ExitBadInput;
}

QString oneLineReason(const QString &reason)
{
    // Core's Disconnected sentence (sqlsupport.cpp), written for the window,
    // which reconnects; the CLI's command has ended.
    static const QString kWindowsLostConnection =
        u"The connection to the team server was lost; Claimbench reconnects for the next step. Check that this "
        "change was saved"_s;
    QString text = reason;
    text.replace(kWindowsLostConnection, u"The server connection was lost"_s);
    const qsizetype lineBreak = text.indexOf(u'\n');
    if (lineBreak < 0)
        return text;
    text = text.first(lineBreak).trimmed();
    // "message (detail": the detail's first line, closed again (each of
    // them, when the detail is itself "message (detail)").
    text += QString(std::max<qsizetype>(0, text.count(u'(') - text.count(u')')), u')');
    return text;
}

bool namesLocation(const QString &text, const QString &location)
{
    if (location.isEmpty())
        return false;
    if (text.contains(location) || text.contains(ServerAddress::masked(location)))
        return true;
    const Result<ServerAddress> address = ServerAddress::parse(location);
    return address && text.contains(address->toString());
}

void reportNotices(CliStreams &io, const QStringList &notices)
{
    for (const QString &notice : notices)
        io.err << QString(notice + u'\n');
}

int reportUsageError(CliStreams &io, const CommandSpec &spec, const QString &message)
{
    io.err << QString(kProgramName + u' ' + spec.name + u": " + message + u'\n' + u"Usage: "
                      + ArgumentParser(spec).usageLine(kProgramName.toString()) + u'\n'
                      + hint(QString(u' ' + spec.name)));
    return ExitUsage;
}

std::optional<qint64> metricIdOrReport(CliStreams &io, const Project &project, const QString &projectPath,
                                       const QString &name)
{
    const Result<qint64> id = project.metrics().idByName(name);
    if (id)
        return *id;
    reportBadInput(io, projectPath,
                   id.error().code == Error::Code::NotFound ? u"there is no metric named \""_s + name + u'"'
                                                            : id.error().toString());
    return std::nullopt;
}

} // namespace Claimbench
