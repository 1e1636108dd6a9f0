#pragma once

#include "core/store/project.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Claimbench {

// What happened to one file of an import.
struct ImportOutcome
{
    // Updated: a corrected version of a stored article (same non-empty URL,
    // or without URL the same source path, but other text) replaced it and
    // its claims were re-anchored.
    enum class Status { Imported, Duplicate, Skipped, Failed, Updated };
    QString path;                   // as collected (see ArticleImporter::collectFiles): bytes that are
                                    // not UTF-8 held as FilePath does, for FilePath::readable or quoting
    Status status = Status::Failed;
    QString reason;                 // for Skipped and Failed: one sentence for the user
    qint64 articleId = 0;           // Imported: the new article; Duplicate, Updated: the stored one (0 if
                                    // it duplicates a file of the same batch)
    QString duplicateOf = {};       // Duplicate of a file earlier in the same import (articleId 0):
                                    // that file's path, as collected
    int reanchored = 0;             // Updated: claims placed in the new text
    int orphaned = 0;               // Updated: claims that could not be placed (kept, flagged)
    bool projectFailed = false;     // Failed because the project could not be read or written
                                    // (disk full, locked): later files would fail alike. A file
                                    // the disk refuses while others of its batch fit is not one
    bool needsPassword = false;     // Failed because the file is encrypted and the password
                                    // (ArticleImporter::setPassword) is missing or wrong: ask
                                    // for one and import this file again
    QString skipKind = QStringLiteral("format"); // Skipped: why, in the CLI's words ("format",
                                    // "not a regular file (a named pipe)")

    // "imported" | "updated: N claims re-anchored, M orphaned" | "duplicate" |
    // "skipped: format" | "skipped: not a regular file (a named pipe)" |
    // "skipped: the project itself" |
    // "failed: <reason>" — the CLI's line.
    QString describe() const;
};

// Imports article files into a project: reads each with ReaderRegistry, drops
// duplicates (same ArticleRepository::contentHashOf, already stored or
// earlier in the batch), replaces the stored articles that a file corrects
// (ArticleRepository::replace, with their claims re-anchored by
// ClaimAnchorer::reanchor in its transaction) and writes the rest in batched
// transactions.
//
// Thread affinity: importAll uses the project's repositories of the calling
// thread, so it may run on a worker thread (which then releases its
// connection). One importer is not for concurrent use.
class ArticleImporter
{
public:
    // Reports one outcome on the calling thread; `done` counts from 1 to
    // `total`. Returning false cancels the import.
    using Progress = std::function<bool(const ImportOutcome &outcome, int done, int total)>;

    static constexpr qint64 kDefaultMaxFileSize = 50LL * 1024 * 1024;
    // A transaction closes after this many articles or bytes held (body
    // text, a paged document's bytes and its page map), or when earlier
    // outcomes have waited this long to be reported.
    static constexpr int kBatchArticles = 200;
    static constexpr qint64 kBatchBytes = 8LL * 1024 * 1024;
    static constexpr int kBatchMilliseconds = 250;

    explicit ArticleImporter(std::shared_ptr<Project> project);

    // Files larger than `bytes` fail without being read. Default 50 MB.
    void setMaxFileSize(qint64 bytes);
    // The password of encrypted documents (PDF), passed to every reader
    // (ReadOptions); empty, as by default, for none. A file it does not open
    // fails with ImportOutcome::needsPassword.
    void setPassword(QByteArray password);

    // The files named by `paths`, folders walked recursively, in a stable
    // order (each folder's entries by name, depth first; hidden entries
    // skipped). Each folder is entered once by canonical path, so symlink
    // loops end; `loops`, when given, receives each symbolic link that leads
    // back to a folder holding it. A path that does not exist is kept: it
    // fails on import; so is a folder that cannot be listed (EACCES, EIO),
    // failing with the reason; FIFOs, sockets and devices are kept too,
    // skipped on import without being opened. Names that are not UTF-8 are
    // listed too, held as FilePath holds them (paths given may be so as well).
    static QStringList collectFiles(const QStringList &paths, QStringList *loops = nullptr);

    // Imports every file of collectFiles(paths); returns one outcome per file
    // handled, in order. Each outcome is passed to `progress` only after the
    // transaction holding its article has committed, so nothing is reported
    // imported that is not stored. When `progress` returns false the import
    // stops: outcomes already committed are still returned, but not reported;
    // files not yet read get no outcome. A file that fails (unreadable,
    // vanished, too large, binary, empty, undecodable) writes nothing and the
    // batch goes on; a failed transaction fails the files it held, except
    // that a batch the disk refuses (Error::Code::Io: full, or over a file
    // size limit) is written again one file at a time: the files that fit
    // are stored, and the ones that do not fail alone. When none fits, all
    // of them fail as projectFailed.
    QList<ImportOutcome> importAll(const QStringList &paths, const Progress &progress = {});

private:
    struct Pending;
    // Reads and checks one file; fills `article` when it is to be stored,
    // unless the batch or the store holds it already (importAll checks).
    ImportOutcome readOne(const QString &path, std::optional<Article> &article) const;

    std::shared_ptr<Project> m_project;
    qint64 m_maxFileSize = kDefaultMaxFileSize;
    QByteArray m_password;
    // Device and inode of each of the project's own files, as importAll
    // began (Project::files()).
    QList<std::pair<quint64, quint64>> m_projectFiles;
};

} // namespace Claimbench
