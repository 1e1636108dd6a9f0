#include "cli/servercommand.h"

#include "core/store/serveradmin.h"

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

int printChanges(CliStreams &io, const QStringList &changes, const QString &unchanged)
{
    if (changes.isEmpty())
        io.out << unchanged << u'\n';
    for (const QString &change : changes)
        io.out << change << u'\n';
    return ExitOk;
}

// The server's reason spans lines ("ERROR: ...", "(42501) QPSQL: ..."): one
// line on err, as SPEC promises.
int reportRefusal(CliStreams &io, const QString &url, const Error &error)
{
    return reportBadInput(io, url, error.toString().simplified());
}

int runServer(const ParsedArguments &args, CliStreams &io)
{
    static const CommandSpec spec = serverCommand().spec;
    const QStringList &positionals = args.positionals();
    const QString &action = positionals.at(0);
    const QString &url = positionals.at(1);
    const QStringList rest = positionals.mid(2);
    if (action == u"init") {
        if (!rest.isEmpty())
            return reportUsageError(io, spec, u"init takes no argument after URL: "_s + rest.join(u' '));
        if (!args.isSet(u"admin"_s))
            return reportUsageError(io, spec, u"init needs --admin ROLE: the role that owns the project"_s);
    } else if (action == u"grant") {
        if (rest.size() != 2)
            return reportUsageError(io, spec, u"grant takes URL ROLE analyst|reviewer|viewer"_s);
        if (!ServerAdmin::teamRoleNamed(rest.at(1)))
            return reportUsageError(io, spec, u"the team role must be analyst, reviewer or viewer, not "_s + rest.at(1));
        if (args.isSet(u"admin"_s))
            return reportUsageError(io, spec, u"--admin belongs to init"_s);
    } else {
        return reportUsageError(io, spec, u"unknown action "_s + action + u": init or grant"_s);
    }
    const Result<ServerAddress> address = ServerAddress::parse(url);
    if (!address)
        return reportBadInput(io, url, address.error().toString());
    if (action == u"init") {
        const QString admin = args.value(u"admin"_s);
        const Result<QStringList> changes = ServerAdmin::init(*address, admin);
        if (!changes)
            return reportRefusal(io, url, changes.error());
        return printChanges(io, *changes, u"%1 is already set up for %2; nothing changed"_s.arg(url, admin));
    }
    const TeamRole role = *ServerAdmin::teamRoleNamed(rest.at(1));
    const Result<QStringList> changes = ServerAdmin::grant(*address, rest.at(0), role);
    if (!changes)
        return reportRefusal(io, url, changes.error());
    return printChanges(io, *changes,
                        u"%1 is already %2; nothing changed"_s.arg(rest.at(0), ServerAdmin::withArticle(role)));
}

} // namespace

Command serverCommand()
{
    CommandSpec spec{
        .name = u"server"_s,
        .summary = u"Set up a team project on a PostgreSQL server; grant roles."_s,
        .description =
            u"server init URL --admin ROLE\n"
            u"  Run as a superuser of the server (or a role with CREATEDB and CREATEROLE).\n"
            u"  Creates the database URL names if missing (owned by ROLE, an existing\n"
            u"  role), the group roles claimbench_analyst, claimbench_reviewer and\n"
            u"  claimbench_viewer (NOLOGIN) if missing, the project's tables (owned by\n"
            u"  ROLE, who later opens the project to upgrade it), and each group's rights:\n"
            u"  analyst reads and writes; reviewer reads and changes only the status and\n"
            u"  note of claims; viewer only reads. Other roles may not connect. Running\n"
            u"  it again changes nothing and says so.\n"
            u"server grant URL ROLE analyst|reviewer|viewer\n"
            u"  Makes ROLE, an existing role (create login roles with their passwords\n"
            u"  first: CREATE ROLE name LOGIN PASSWORD '...'), a member of exactly that\n"
            u"  group. The groups are the server's: ROLE has that team role in every\n"
            u"  project server init set up there.\n"
            u"Prints what changed, one line each. Passwords come from ~/.pgpass or\n"
            u"PGPASSFILE, never from the command line."_s,
        .positionals = {{.name = u"ACTION"_s, .help = u"init or grant."_s},
                        {.name = u"URL"_s, .help = u"postgresql://user@host[:port]/database[?sslmode=...]"_s},
                        {.name = u"ARGUMENTS"_s,
                         .help = u"For grant: ROLE and analyst|reviewer|viewer."_s,
                         .optional = true,
                         .repeatable = true}},
        .options = {{.name = u"admin"_s, .valueName = u"ROLE"_s, .help = u"init: the role that owns the project."_s}},
    };
    return {std::move(spec), &runServer};
}

} // namespace Claimbench
