#pragma once

#include "core/error.h"
#include "core/store/articlerepository.h"
#include "core/store/claimantrepository.h"
#include "core/store/claimrepository.h"
#include "core/store/metricrepository.h"
#include "core/store/serveraddress.h"
#include "core/store/tagrepository.h"

#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QSqlDatabase;

namespace Claimbench {

// One open project: a file (SQLite), or a database on a team server
// (PostgreSQL) that several analysts open at once. Everything below holds for
// both unless it names a file.
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
    // ReadOnly: for commands that only read. Never creates, upgrades or
    // writes the project: every write returns an Io error naming the path.
    // A schema older than kOldestReadableSchemaVersion (migrations.h) is
    // refused (Unsupported) rather than read through SQL written for a later
    // one: opening it once for writing upgrades it.
    // A read-only folder or mount is fine (see SqliteDialect::setFile); side
    // files SQLite creates for the reader are removed again on close when
    // no other program uses them.
    enum class OpenMode { OpenExisting, CreateIfMissing, ReadOnly };

    // Opens (and, unless ReadOnly, upgrades to the current schema) or creates a project.
    // Errors, all leaving an existing file byte-for-byte untouched:
    //   NotFound     no file and mode is not CreateIfMissing;
    //   NotAProject  not a Claimbench project (not SQLite, another program's
    //                database, damaged or truncated);
    //   NewerSchema  written by a newer Claimbench;
    //   Unsupported  ReadOnly and older than kOldestReadableSchemaVersion;
    //   Io           the file or its folder is read-only and mode is not
    //                ReadOnly (every edit is saved at once), or the folder of
    //                a new project does not exist or is read-only;
    //   Busy/Database SQLite failed while opening or upgrading (Busy: another
    //                program holds the file, or, when creating, still has a
    //                deleted project of this name open);
    //   Io           also when the disk is full or refuses more data.
    // A new project is built under a temporary name beside `path` and renamed
    // to `path` only when complete and only if `path` still does not exist:
    // another process opening or creating it at the same moment sees no file
    // or a whole project, and a failure removes only the temporary file. When
    // another process created `path` first, that project is opened.
    // A -wal, -shm or -journal beside a missing `path` was left by a program
    // that had a project of that name open; SQLite would replay it into the
    // new one. It is renamed aside (NAME.stale-<UTC time>) and notices() says so.
    // Temporary files of a build that was killed are removed (see createFile).
    //
    // Every commit checks that `path` still names the file this project
    // opened; when it was replaced or deleted meanwhile, the commit is refused
    // (Io, naming the path) and rolled back (Sql::pinConnection). A program
    // KILLED after its file was replaced leaves its log beside the new file,
    // and SQLite cannot tell whose log it is: that case stays unprotected.
    // A `path` that is a server URL (ServerAddress::looksLikeUrl) opens that
    // server's project, as open(ServerAddress) does.
    static Result<std::shared_ptr<Project>> open(const QString &path,
                                                 OpenMode mode = OpenMode::OpenExisting);
    // The project in the database `address` names on a team server. The
    // database itself is the server administrator's to create (claimbench-cli
    // server init); CreateIfMissing builds the project's tables in an empty
    // one, OpenExisting refuses an empty one (NotFound), ReadOnly reads
    // without upgrading or writing. Errors: InvalidInput (a bad URL),
    // Unsupported (no PostgreSQL driver installed, or ReadOnly and too old),
    // NeedsPassword (the server asked for a password that ~/.pgpass does not
    // hold, or refused the one given), Disconnected (no server there, or it
    // refused the connection: its reason in the detail), NotAProject (a
    // database holding another program's tables), NewerSchema, Denied (the
    // role may not create the tables).
    static Result<std::shared_ptr<Project>> open(const ServerAddress &address,
                                                 OpenMode mode = OpenMode::OpenExisting);

    // The storage engine projects are kept in and the version of its library
    // this build uses ("SQLite", "3.40.1"), for the About box: the same for
    // every project, and known with none open.
    static QString engineName();
    static QString engineVersion();

    ~Project();
    Project(const Project &) = delete;
    Project &operator=(const Project &) = delete;

    // The file's absolute path, or the server's URL without its password.
    QString path() const;
    // The server's address when the project is on one (its password, if the
    // user typed one, included), else nullopt: a file.
    std::optional<ServerAddress> server() const;
    // What this user may change in the project: everything; only the status
    // and note of claims (a reviewer on a team server); or nothing (a viewer,
    // or opened ReadOnly). A file is ReadWrite unless opened ReadOnly; a
    // server project's is read from the role's privileges when it opens
    // (claimbench-cli server grant). The GUI disables what the role may not
    // do; the server refuses it anyway (Error::Code::Denied).
    enum class Access { ReadWrite, ReviewOnly, ReadOnly };
    Access access() const { return m_readOnly ? Access::ReadOnly : m_access; }
    // Names this open project among all that write to the same server: every
    // connection carries it, and ChangeFeed leaves out the changes it made.
    QString sessionTag() const;
    // path() and the files SQLite may keep beside it (-wal, -shm, -journal);
    // none for a project on a server.
    // This process must never open and close them other than through SQLite:
    // closing any descriptor of a file drops every POSIX lock the process
    // holds on it, SQLite's among them (see ArticleImporter::readOne).
    QStringList files() const;
    // What open() did on its own that the user should hear of, one sentence each.
    QStringList notices() const;

    // Writes a consistent copy of the project to the file `destination`:
    // the data as committed when the copy began, while this program and
    // others go on editing (a file's pages through SqliteDialect::backup; a
    // server project's rows through ProjectCopy::buildFile, in one snapshot).
    // The copy is built under a temporary name beside `destination` and
    // renamed over it only when complete, so `destination` is either as it
    // was or a whole project, and a failure or cancel leaves no file behind.
    // Runs on connections of its own, opened and closed here: callable from
    // any thread, a worker's among them. `progress` is called on the calling
    // thread with what is copied so far of the whole (a file's pages, a
    // server project's rows); returning false cancels. Errors: InvalidInput
    // (`destination` is this project or one of its files(), or a folder),
    // Io (the folder is missing or unwritable, the disk full), Cancelled,
    // Database, Disconnected (a server lost meanwhile).
    Result<void> backupTo(const QString &destination,
                          const std::function<bool(qint64 copied, qint64 total)> &progress = {}) const;

    ArticleRepository articles() const;
    ClaimRepository claims() const;
    TagRepository tags() const;
    MetricRepository metrics() const;
    ClaimantRepository claimants() const;
    // The name of the calling thread's connection, the one the repositories
    // above use (opened here if needed), for the store's whole-project work
    // that runs statements of its own (ProjectCopy); Sql::connection(name)
    // returns it, or the error of opening it.
    QString threadConnection() const;

    void releaseThreadConnection();

    // Adds a connection called `name` to this project that only reads (the
    // claims table's, a chart's), open, for the calling thread; the caller
    // closes and removes it (QSqlDatabase::removeDatabase).
    Result<void> openReadConnection(const QString &name) const;

private:
    Project(QString path, bool readOnly);
    // Builds a new project file at `path` (see open()) under a temporary
    // name, holding an flock() on it from creation to removal so that others
    // tell a live build from one a kill abandoned.
    static Result<void> createFile(const QString &path);
    // Opens the calling thread's connection and brings the schema up to
    // date; returns the schema version this call upgraded the file from (0:
    // a new file), the current one when it upgraded nothing.
    Result<int> openAndMigrate() const;
    // Opens the calling thread's connection of a read-only project and checks
    // that this build reads its schema (kOldestReadableSchemaVersion).
    Result<void> openForReading() const;
    QString threadConnectionName() const;
    // Opens the calling thread's connection if needed and returns its name.
    QString ensureThreadConnection() const;
    Result<void> openThreadConnection() const;
    // Connects `db` (added with the server's driver, not open) to the
    // server, configured for reading only when `readOnly`.
    Result<void> connectToServer(QSqlDatabase &db, bool readOnly) const;
    // The server project's checks on open(): marked as a project, of a
    // schema this build reads, created or upgraded as `mode` allows.
    Result<void> prepareOnServer(OpenMode mode);

    QString m_path;
    std::optional<ServerAddress> m_server;
    QString m_sessionTag;
    QString m_connectionPrefix;
    bool m_readOnly = false;
    Access m_access = Access::ReadWrite; // a server role's, read on open
    QStringList m_notices;
    QStringList m_createdSideFiles; // by a read-only open, removed on close
    mutable QMutex m_mutex;
    mutable QSet<QString> m_connections; // guarded by m_mutex
    // The file (st_dev, st_ino) open() probed, or for a project being built
    // the one its first connection opened (0 until then): every connection
    // must find it at m_path.
    mutable quint64 m_fileDevice = 0; // guarded by m_mutex
    mutable quint64 m_fileInode = 0;  // guarded by m_mutex
};

} // namespace Claimbench
