#include "cli/copycommand.h"

#include "core/store/projectcopy.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

int runCopy(const ParsedArguments &args, CliStreams &io)
{
    const QString source = args.positionals().at(0);
    const QString destination = args.positionals().at(1);
    QElapsedTimer timer;
    timer.start();
    const Result<ProjectCopy::Outcome> copied = ProjectCopy::copy(source, destination);
    if (!copied) {
        // Named after the one it is about: DEST when the message names DEST
        // (not empty, cannot be written), else SOURCE.
        const QString reason = copied.error().toString();
        return reportBadInput(io, namesLocation(reason, destination) ? destination : source, reason);
    }
    const double seconds = std::max<qint64>(1, timer.elapsed()) / 1000.0;
    io.out << u"copied %1 rows of %2 tables to %3 in %4 s (%5 rows/s)\n"_s.arg(copied->rows)
                  .arg(copied->tables)
                  .arg(destination)
                  .arg(seconds, 0, 'f', 2)
                  .arg(qint64(copied->rows / seconds));
    return ExitOk;
}

} // namespace

Command copyCommand()
{
    CommandSpec spec{
        .name = u"copy"_s,
        .summary = u"Copy a whole project to a new file or an empty server database."_s,
        .description =
            u"Copies every row of SOURCE into DEST, between any two backends: a project\n"
            u"file or a postgresql:// URL each (file to server, server to file, file to\n"
            u"file, server to server). Ids, timestamps, who created and changed each row,\n"
            u"row versions, tags, aliases, orphaned claims, page maps and documents go\n"
            u"across as stored; the full-text index is rebuilt by DEST's engine. SOURCE\n"
            u"is read as committed when the copy began, while others go on editing it;\n"
            u"an older SOURCE is upgraded first when it can be written. DEST must be a\n"
            u"new file (built beside it as .claimbench-copy-* and renamed when whole) or\n"
            u"a server database with no tables or an empty project; its rows are written\n"
            u"in one transaction, so a failure writes no row (a database that had no\n"
            u"tables keeps the empty project's tables, which a second copy accepts).\n"
            u"Prints the rows copied and the rate at the end."_s,
        .positionals = {{.name = u"SOURCE"_s, .help = u"The project to copy: a file or a server URL."_s},
                        {.name = u"DEST"_s, .help = u"A new file, or the URL of an empty server database."_s}},
    };
    return {std::move(spec), &runCopy};
}

} // namespace Claimbench
