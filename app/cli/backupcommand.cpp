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
        // The message names DEST: the file named first is the one copied.
        return reportBadInput(io, projectPath, copied.error().toString());
    return ExitOk;
}

} // namespace

Command backupCommand()
{
    CommandSpec spec{
        .name = u"backup"_s,
        .summary = u"Save a consistent copy of a project to another file."_s,
        .description =
            u"Copies PROJECT to DEST with SQLite's online backup API (a project on a team\n"
            u"server: row by row, in one snapshot of the server): the copy holds the\n"
            u"project as committed when the copy began, even while Claimbench or another\n"
            u"command goes on editing it. The copy is written beside DEST under a\n"
            u"temporary name (.claimbench-copy-XXXXXX) and renamed to DEST only when\n"
            u"complete, so an existing DEST is either kept as it was or replaced by a\n"
            u"whole project; a failure leaves no file behind, though a run killed by a\n"
            u"signal can leave the temporary file (with its -wal and -shm), which may\n"
            u"be deleted. DEST must be a new name or a regular file, not PROJECT\n"
            u"itself, and not a file with a -wal or -journal beside it (open, or\n"
            u"interrupted mid-write). PROJECT is only read, never upgraded or changed.\n"
            u"Nothing is printed on success."_s,
        .positionals = {{.name = u"PROJECT"_s, .help = u"An existing project file, or a team project's URL."_s},
                        {.name = u"DEST"_s, .help = u"The file to write the copy to (replaced if it exists)."_s}},
    };
    return {std::move(spec), &runBackup};
}

} // namespace Claimbench
