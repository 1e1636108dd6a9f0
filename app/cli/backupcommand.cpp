#include "cli/backupcommand.h"

#include "core/store/project.h"

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

int runBackup(const ParsedArguments &args, CliStreams &io)
{
    const QString projectPath = args.positionals().at(0);
    const QString destination = args.positionals().at(1);
    const Result<std::shared_ptr<Project>> project = Project::open(projectPath, Project::OpenMode::ReadOnly);
    if (!project)
        return reportBadInput(io, projectPath, project.error().toString());
    reportNotices(io, (*project)->notices());
    if (const Result<void> copied = (*project)->backupTo(destination); !copied)
        return reportBadInput(io, destination, copied.error().toString());
    return ExitOk;
}

} // namespace

Command backupCommand()
{
    CommandSpec spec{
        .name = u"backup"_s,
        .summary = u"Save a consistent copy of a project to another file."_s,
        .description =
            u"Copies PROJECT to DEST with SQLite's online backup API: the copy holds the\n"
            u"project as committed when the copy began, even while Claimbench or another\n"
            u"command goes on editing it. The copy is written beside DEST under a\n"
            u"temporary name and renamed to DEST only when complete, so an existing DEST\n"
            u"is either kept as it was or replaced by a whole project; a failure leaves\n"
            u"no file behind. DEST must not be PROJECT itself. PROJECT is only read,\n"
            u"never upgraded or changed. Nothing is printed on success."_s,
        .positionals = {{.name = u"PROJECT"_s, .help = u"An existing project file."_s},
                        {.name = u"DEST"_s, .help = u"The file to write the copy to (replaced if it exists)."_s}},
    };
    return {std::move(spec), &runBackup};
}

} // namespace Claimbench
