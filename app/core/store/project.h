#pragma once

#include "core/error.h"
#include "core/store/articlerepository.h"
#include "core/store/claimantrepository.h"
#include "core/store/claimrepository.h"
#include "core/store/metricrepository.h"
#include "core/store/tagrepository.h"

#include <QMutex>
#include <QSet>
#include <QString>

#include <memory>

namespace Claimbench {

// One open project file (SQLite, schema version in PRAGMA user_version).
//
// Threads: a Project may be shared between threads (std::shared_ptr). Each
// thread gets its own named connection, opened on its first repository call;
// the repositories returned are bound to the CALLING thread's connection and
// must not be handed to another thread (they then return an error). A worker
// thread calls releaseThreadConnection() before it ends; connections still
// open are closed when the Project is destroyed.
class Project
{
public:
    enum class OpenMode { OpenExisting, CreateIfMissing };

    // Opens (and upgrades to the current schema) or creates a project.
    // Errors, all leaving an existing file byte-for-byte untouched:
    //   NotFound     no file and mode is OpenExisting;
    //   NotAProject  not a Claimbench project (not SQLite, another program's
    //                database, damaged or truncated);
    //   NewerSchema  written by a newer Claimbench;
    //   Io           the file or its folder is read-only (a project is always
    //                opened for writing: every edit is saved at once), or the
    //                folder of a new project does not exist;
    //   Busy/Database SQLite failed while opening or upgrading (Busy: another
    //                program holds the file);
    //   Io           also when the disk is full or refuses more data.
    // A new project is built under a temporary name beside `path` and renamed
    // to `path` only when complete and only if `path` still does not exist:
    // another process opening or creating it at the same moment sees no file
    // or a whole project, and a failure removes only the temporary file. When
    // another process created `path` first, that project is opened.
    static Result<std::shared_ptr<Project>> open(const QString &path,
                                                 OpenMode mode = OpenMode::OpenExisting);

    ~Project();
    Project(const Project &) = delete;
    Project &operator=(const Project &) = delete;

    QString path() const; // absolute

    ArticleRepository articles() const;
    ClaimRepository claims() const;
    TagRepository tags() const;
    MetricRepository metrics() const;
    ClaimantRepository claimants() const;

    void releaseThreadConnection();

private:
    explicit Project(QString path);
    // Builds a new project file at `path` (see open()).
    static Result<void> createFile(const QString &path);
    // Opens the calling thread's connection and brings the schema up to date.
    Result<void> openAndMigrate() const;
    QString threadConnectionName() const;
    // Opens the calling thread's connection if needed and returns its name.
    QString ensureThreadConnection() const;
    Result<void> openThreadConnection() const;

    QString m_path;
    QString m_connectionPrefix;
    mutable QMutex m_mutex;
    mutable QSet<QString> m_connections; // guarded by m_mutex
};

} // namespace Claimbench
