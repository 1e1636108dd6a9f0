#include "cli/importcommand.h"

#include "core/import/articleimporter.h"
#include "core/import/articlereader.h"
#include "core/import/filepath.h"
#include "core/import/readerregistry.h"
#include "core/store/project.h"

#include <QFile>

#include <optional>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// The password of --password-file FILE: the file's first line without its
// line break (LF or CRLF), so that it never shows on a command line or in
// the process list. nullopt, with the reason, when FILE cannot be read.
std::optional<QByteArray> readPasswordFile(const QString &path, QString &reason)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        reason = u"--password-file %1 cannot be read: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    QByteArray line = file.readLine();
    if (file.error() != QFileDevice::NoError) {
        reason = u"--password-file %1 cannot be read: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

int runImport(const ParsedArguments &args, CliStreams &io)
{
    // Checked first: a usage error leaves no project behind.
    QByteArray password;
    if (args.isSet(u"password-file"_s)) {
        QString reason;
        const std::optional<QByteArray> read = readPasswordFile(args.value(u"password-file"_s), reason);
        if (!read)
            return reportUsageError(io, importCommand().spec, reason);
        password = *read;
    }
    const QString projectPath = args.positionals().constFirst();
    const QStringList inputs = args.positionals().mid(1);
    QStringList loops;
    const QStringList files = ArticleImporter::collectFiles(inputs, &loops);
    // Checked before the project is opened, so that nothing is created for nothing.
    if (files.isEmpty()) {
        QStringList named;
        for (const QString &input : inputs)
            named.append(FilePath::quotedForReport(input));
        return reportBadInput(io, named.join(u", "),
                              loops.isEmpty() ? u"There are no files to import"_s
                                              : u"There are no files to import, only a symbolic link back to a "
                                                "folder that holds it (a loop, not followed)"_s);
    }
    const Result<std::shared_ptr<Project>> project =
        Project::open(projectPath, Project::OpenMode::CreateIfMissing);
    if (!project)
        return reportBadInput(io, projectPath, project.error().toString());
    // Said once, before any file: a file already stored would otherwise
    // read as a "duplicate", as if the role could have imported it.
    if ((*project)->access() != Project::Access::ReadWrite)
        return reportBadInput(io, projectPath,
                              u"Your role on the team server (%1) may not import articles"_s.arg(
                                  (*project)->access() == Project::Access::ReviewOnly ? u"reviewer"_s : u"viewer"_s));
    reportNotices(io, (*project)->notices());

    // A project that cannot be written (a full disk, another program's lock)
    // would fail every later file the same way: the import stops at the
    // first such failure, with one message naming the project. The files
    // reported before it are committed and stay.
    ArticleImporter importer(*project);
    importer.setPassword(password);
    QString projectFailure;
    qsizetype reported = 0;
    int total = 0;
    const QList<ImportOutcome> outcomes = importer.importAll(
        files, [&](const ImportOutcome &outcome, int done, int count) {
            const QString path = FilePath::quotedForReport(outcome.path);
            // One line per file, though a server explains a lost connection over several.
            io.out << QString(path + u": " + oneLineReason(outcome.describe()) + u'\n');
            io.out.flush();
            reported = done;
            total = count;
            if (outcome.projectFailed) {
                projectFailure = outcome.reason;
                return false;
            }
            // stdout is the per-file report; stderr also names every failure,
            // as SPEC asks of all bad input.
            if (outcome.status == ImportOutcome::Status::Failed)
                reportBadInput(io, path, outcome.reason);
            return true;
        });
    // Reported once each, after the files: the folders they lead to were
    // imported through their real paths.
    for (const QString &loop : std::as_const(loops))
        reportBadInput(io, FilePath::quotedForReport(loop), u"A symbolic link back to a folder that holds it (a loop): not followed"_s);
    if (!projectFailure.isEmpty()) {
        const qsizetype leftOut = total - reported;
        reportBadInput(io, FilePath::quotedForReport((*project)->path()),
                       leftOut == 0 ? projectFailure
                                    : u"%1; the import stopped, %2 more files not imported"_s.arg(projectFailure)
                                          .arg(leftOut));
    }

    int imported = 0;
    int updated = 0;
    int duplicate = 0;
    int skipped = 0;
    int failed = 0;
    for (const ImportOutcome &outcome : outcomes.first(reported)) {
        switch (outcome.status) {
        case ImportOutcome::Status::Imported:
            ++imported;
            break;
        case ImportOutcome::Status::Updated:
            ++updated;
            break;
        case ImportOutcome::Status::Duplicate:
            ++duplicate;
            break;
        case ImportOutcome::Status::Skipped:
            ++skipped;
            break;
        case ImportOutcome::Status::Failed:
            ++failed;
            break;
        }
    }
    // "updated" only when a file corrected a stored article, so the usual
    // summary keeps the shape scripts already read.
    const QString updates = updated > 0 ? u", %1 updated"_s.arg(updated) : QString();
    io.err << u"%1 imported%2, %3 duplicate, %4 skipped, %5 failed\n"_s.arg(imported)
                  .arg(updates)
                  .arg(duplicate)
                  .arg(skipped)
                  .arg(failed);
    io.err.flush();
    return failed > 0 || !loops.isEmpty() ? ExitBadInput : ExitOk;
}

// The help's width: lines of the description break before this column.
constexpr qsizetype kHelpWidth = 76;

// "Formats: text (.txt, .text), Markdown (.md, ...), ...", in lines of at
// most kHelpWidth: read from the registry, so that a reader added there is
// named here with no other edit.
QString formatsParagraph()
{
    QStringList formats;
    for (const ArticleReader *reader : ReaderRegistry::builtIn().readers()) {
        QStringList suffixes;
        for (const QString &suffix : reader->suffixes())
            suffixes.append(u'.' + suffix);
        formats.append(reader->name() + u" (" + suffixes.join(u", ") + u')');
    }
    QString text;
    QString line;
    for (const QString &word : QString(u"Formats: " + formats.join(u", ") + u'.').split(u' ')) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > kHelpWidth) {
            text += line + u'\n';
            line.clear();
        }
        line += (line.isEmpty() ? QString() : u" "_s) + word;
    }
    return text + line + u'\n';
}

} // namespace

Command importCommand()
{
    CommandSpec spec{
        .name = u"import"_s,
        .summary = u"Import article files into a project, creating it if needed."_s,
        .description =
            formatsParagraph() + u"Prints one line per file, in input order:\n"
            u"  <path>: imported | updated: N claims re-anchored, M orphaned | duplicate\n"
            u"          | skipped: format | skipped: not a regular file (<what>)\n"
            u"          | failed: <reason>\n"
            u"and a summary on stderr. A duplicate (same normalized text as an article\n"
            u"already in the project) is not imported again. A corrected version (same\n"
            u"URL, or without one the same file, but other text) replaces the stored\n"
            u"article; its claims are re-anchored, and those that cannot be placed are\n"
            u"kept as orphans. Named pipes, sockets and devices are skipped without\n"
            u"being opened. File names that are not UTF-8 are imported.\n"
            u"A <path> is written as given, unless it holds a control character\n"
            u"(U+0000-U+001F, U+007F-U+009F), U+2028, U+2029, a double quote or a\n"
            u"byte that is not UTF-8: then it is written in double quotes with C\n"
            u"escapes: \\\" \\\\ \\n \\r \\t, \\xhh for other control characters below\n"
            u"U+0080 and for bytes that are not UTF-8, \\uhhhh for the rest.\n"
            u"Exits 2 when the project cannot be opened or any file failed, after\n"
            u"importing all the others. When the disk refuses a batch of files, they\n"
            u"are written one by one: a file that does not fit fails alone and the\n"
            u"others are imported; when none fits, the import stops at the first\n"
            u"(as for a locked project), keeping the files reported before. A\n"
            u"symbolic link back to a folder that holds it is reported, not followed\n"
            u"(exit 2); when there is no file to import at all, nothing is done (exit 2).\n"
            u"An encrypted PDF is opened with the password of --password-file; without\n"
            u"it, or with a wrong one, that file fails and the others are imported.\n"
            u"A --password-file that cannot be read is a usage error (exit 1),\n"
            u"reported before anything is imported."_s,
        .positionals = {{.name = u"PROJECT"_s, .help = u"A project file (made when missing) or a team project's URL."_s},
                        {.name = u"FILE_OR_DIR"_s,
                         .help = u"Files to import; folders are searched recursively."_s,
                         .repeatable = true}},
        .options = {{.name = u"password-file"_s,
                     .valueName = u"FILE"_s,
                     .help = u"Encrypted documents' password: FILE's first line."_s}},
    };
    return {std::move(spec), &runImport};
}

} // namespace Claimbench
