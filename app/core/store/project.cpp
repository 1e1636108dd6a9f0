#include "core/store/project.h"

#include "core/store/migrations.h"
#include "core/store/postgresdialect.h"
#include "core/store/projectcopy.h"
#include "core/store/sqlitedialect.h"
#include "core/store/sqlsupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QSqlError>
#include <QUuid>

#include <algorithm>
#include <atomic>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include <cerrno>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// This file's messages, in Project's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::Project)
};

} // namespace

namespace {

// A serial per thread that is never reused, unlike thread ids, so a thread
// that forgot releaseThreadConnection() never inherits a dead thread's connection.
quint64 threadSerial()
{
    static std::atomic<quint64> counter{0};
    thread_local const quint64 serial = ++counter;
    return serial;
}

Result<void> checkProjectSchema(const QSqlDatabase &db, const QString &path)
{
    const auto notAProject = [&](const QString &why) {
        return makeError(Error::Code::NotAProject, Messages::tr("%1 is not a Claimbench project").arg(path), why);
    };
    const SqliteDialect &dialect = SqliteDialect::instance();
    auto marked = dialect.isProject(db);
    if (!marked)
        return notAProject(marked.error().detail);
    auto version = dialect.schemaVersion(db);
    if (!version)
        return notAProject(version.error().detail);
    if (!*marked || *version == 0)
        return notAProject(Messages::tr("an SQLite database of another program"));
    if (*version > currentSchemaVersion())
        return makeError(Error::Code::NewerSchema,
                         Messages::tr("%1 was saved by a newer Claimbench; please update the program").arg(path),
                         Messages::tr("schema version %1, this program reads up to %2").arg(*version).arg(
                             currentSchemaVersion()));
    const QStringList tables = db.tables();
    for (const QString &required : {u"articles"_s, u"claims"_s})
        if (!tables.contains(required))
            return notAProject(Messages::tr("damaged: table %1 is missing").arg(required));
    return {};
}

// True while another connection has the SQLite database `path` open in WAL
// mode: SQLite's unix VFS holds a read lock on byte 128 of the -shm file (its
// "dead man switch") for as long as a connection maps it. Locks of this
// process are invisible to F_GETLK, so callers ask only about side files this
// process has just created and no longer uses.
bool walInUseElsewhere(const QString &path)
{
    const QByteArray shm = QFile::encodeName(path + u"-shm"_s);
    const int fd = ::open(shm.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errno != ENOENT; // unreadable: assume in use, keep it
    struct flock lock = {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = 128;
    lock.l_len = 1;
    const bool inUse = ::fcntl(fd, F_GETLK, &lock) != 0 || lock.l_type != F_UNLCK;
    ::close(fd);
    return inUse;
}

// SQLite creates -wal/-shm files even for a read-only reader of a WAL file.
// Those a reader created are removed again when the file is refused or the
// read-only project closes, so the file is left as it was -- but never while
// another process has the database open: it created them at the same moment
// and is using them, and unlinking a live -wal/-shm splits the two processes
// onto different files, each writing as if alone (commits lost:
// tst_twoprocesses); nor a -wal with data, which a writer killed meanwhile
// committed to. A project opened for writing keeps them; SQLite removes them
// when its last connection closes.
void removeCreatedSideFiles(const QString &path, const QStringList &created)
{
    if (created.isEmpty() || walInUseElsewhere(path))
        return;
    for (const QString &side : created)
        if (!side.endsWith(u"-wal"_s) || QFileInfo(side).size() == 0)
            QFile::remove(side);
}

// A file deleted or replaced while it is probed reads as damaged (SQLite
// reports a disk I/O error); the analyst is told what happened instead.
Result<void> explainVanished(const QString &path, const Sql::FileIdentity &probed, Result<void> verdict)
{
    if (verdict)
        return verdict;
    const std::optional<Sql::FileIdentity> now = Sql::fileIdentity(path);
    if (!now)
        return makeError(Error::Code::NotFound,
                         Messages::tr("There is no project file %1: it was deleted while being opened").arg(path));
    if (*now != probed)
        return makeError(Error::Code::Io,
                         Messages::tr("The project file %1 was replaced or deleted while it was open").arg(path));
    return verdict;
}

// Decides whether `path` is a project we can open without writing a byte to
// it: the header by hand, then the schema through a read-only connection.
// Returns the side files the read-only connection created (see
// removeCreatedSideFiles) in `createdSideFiles`.
Result<void> probeExisting(const QString &path, const Sql::FileIdentity &probed, QStringList &createdSideFiles)
{
    if (auto header = SqliteDialect::checkFileHeader(path); !header)
        return explainVanished(path, probed, std::move(header));
    for (const QString &side : SqliteDialect::sideFiles(path))
        if (!QFileInfo::exists(side))
            createdSideFiles.append(side);

    const QString name = Sql::uniqueConnectionName(u"probe");
    Result<void> verdict;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(SqliteDialect::kDriverName.toString(), name);
        SqliteDialect::setFile(db, path, SqliteDialect::Access::ReadOnly);
        if (db.open())
            verdict = checkProjectSchema(db, path);
        else
            verdict = makeError(Error::Code::NotAProject,
                                Messages::tr("%1 is not a Claimbench project").arg(path), db.lastError().text());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return explainVanished(path, probed, std::move(verdict));
}

Result<void> checkWritable(const QFileInfo &file)
{
    if (!QFileInfo::exists(file.filePath())) // not file.exists(): QFileInfo caches
        return makeError(Error::Code::NotFound,
                         Messages::tr("There is no project file %1: it was deleted while being opened")
                             .arg(file.filePath()));
    // Root may write anything, so the owner's write bit also counts: a file
    // the user marked read-only stays unwritten.
    if (!file.isWritable() || !(file.permissions() & QFileDevice::WriteOwner))
        return makeError(Error::Code::Io, Messages::tr("The project file %1 is read-only").arg(file.filePath()));
    if (!SqliteDialect::canCreateBeside(file.filePath()))
        return makeError(Error::Code::Io,
                         Messages::tr("The folder of %1 is read-only; a project needs to write beside it").arg(
                             file.filePath()));
    return {};
}

void removeFileAndSideFiles(const QString &path)
{
    QFile::remove(path);
    for (const QString &side : SqliteDialect::sideFiles(path))
        QFile::remove(side);
}

// Gives the file `from` the name `to` unless `to` exists; returns 0 or the
// errno (EEXIST: another process made `to` first).
int renameWithoutReplacing(const QByteArray &from, const QByteArray &to)
{
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return errno;
    // A file system without RENAME_NOREPLACE: link() refuses an existing name
    // too, and the caller removes the temporary name.
    return ::link(from.constData(), to.constData()) == 0 ? 0 : errno;
}

// A -wal or -journal beside a missing project was left by a program that had
// a project of that name open and ended without closing it (killed, or the
// file was deleted under it): SQLite would replay it into a new project of
// that name and damage it. The side files are renamed aside, kept because
// they may hold that program's last commits. Returns what was done, for
// Project::notices(), or "" when there was nothing to do.
Result<QString> setAsideStaleSideFiles(const QString &path)
{
    QStringList present;
    for (const QString &side : SqliteDialect::sideFiles(path))
        if (QFileInfo::exists(side))
            present.append(side);
    if (present.isEmpty())
        return QString();
    if (walInUseElsewhere(path)) {
        if (QFileInfo::exists(path))
            return QString(); // another process created the project meanwhile and uses its log
        return makeError(Error::Code::Busy,
                         Messages::tr("Cannot create %1: a program still has a project of this name open (its %2 is in "
                                      "use), though the file was deleted or moved; let it finish first").arg(
                             path, QFileInfo(present.constFirst()).fileName()));
    }
    const QString suffix =
        u".stale-"_s + QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    QStringList movedTo;
    for (const QString &side : present) {
        QString aside = side + suffix;
        for (int n = 2; QFileInfo::exists(aside); ++n)
            aside = side + suffix + u'-' + QString::number(n);
        if (::rename(QFile::encodeName(side).constData(), QFile::encodeName(aside).constData()) != 0
            && errno != ENOENT)
            return makeError(Error::Code::Io,
                             Messages::tr("Cannot create %1: %2, left by a program that did not close it, could not be "
                                          "moved aside").arg(path, side),
                             qt_error_string(errno));
        movedTo.append(QFileInfo(aside).fileName());
    }
    return Messages::tr("%1 did not exist, but a program that had a project of this name open left its log files "
                        "beside it; they were moved aside, not mixed into the new project: %2")
               .arg(path, movedTo.join(u", "_s));
}

// A kill while createFile() builds leaves its hidden temporary file (and its
// side files). A live build holds an flock() on it from creation to removal
// (SQLite's locks are fcntl() locks, which never meet flock() on Linux), so
// one that can be locked was abandoned.
void removeAbandonedBuilds(const QString &path)
{
    const QFileInfo info(path);
    const QDir folder = info.absoluteDir();
    const QString prefix = u"."_s + info.fileName() + u"-new-"_s;
    const qsizetype length = prefix.size() + 6; // mkstemp()'s XXXXXX
    const QStringList names = folder.entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        if (name.size() != length || !name.startsWith(prefix))
            continue;
        const QString building = folder.filePath(name);
        const int fd = ::open(QFile::encodeName(building).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0)
            continue;
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0)
            removeFileAndSideFiles(building);
        ::close(fd);
    }
}

} // namespace

Project::Project(QString path, bool readOnly)
    : m_path(std::move(path))
    , m_sessionTag(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_connectionPrefix(Sql::uniqueConnectionName(u"project"))
    , m_readOnly(readOnly)
{
}

Project::~Project()
{
    if (auto db = Sql::connection(threadConnectionName()))
        Sql::emptyLogIfFileMoved(*db);
    {
        QMutexLocker lock(&m_mutex);
        for (const QString &name : std::as_const(m_connections))
            QSqlDatabase::removeDatabase(name);
    }
    removeCreatedSideFiles(m_path, m_createdSideFiles);
}

Result<std::shared_ptr<Project>> Project::open(const QString &path, OpenMode mode)
{
    if (ServerAddress::looksLikeUrl(path)) {
        auto address = ServerAddress::parse(path);
        if (!address)
            return std::unexpected(address.error());
        return open(*address, mode);
    }
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    const bool readOnly = mode == OpenMode::ReadOnly;
    if (!readOnly && info.absoluteDir().exists() && SqliteDialect::canCreateBeside(absolute))
        removeAbandonedBuilds(absolute);
    QStringList notices;
    if (!info.exists()) {
        if (mode != OpenMode::CreateIfMissing)
            return makeError(Error::Code::NotFound, Messages::tr("There is no project file %1").arg(absolute));
        if (!info.absoluteDir().exists())
            return makeError(Error::Code::Io,
                             Messages::tr("Cannot create %1: its folder does not exist").arg(absolute));
        if (!SqliteDialect::canCreateBeside(absolute))
            return makeError(Error::Code::Io, Messages::tr("Cannot create %1: its folder is read-only").arg(absolute));
        auto setAside = setAsideStaleSideFiles(absolute);
        if (!setAside)
            return std::unexpected(setAside.error());
        if (!setAside->isEmpty())
            notices.append(*setAside);
        if (auto created = createFile(absolute); !created)
            return std::unexpected(created.error());
    }
    const QFileInfo file(absolute);
    if (!file.isFile())
        return makeError(Error::Code::NotAProject, Messages::tr("%1 is not a Claimbench project").arg(absolute),
                         Messages::tr("not a file"));
    // The file probed is the one every connection must open.
    const std::optional<Sql::FileIdentity> probed = Sql::fileIdentity(absolute);
    if (!probed)
        return makeError(Error::Code::NotFound,
                         Messages::tr("There is no project file %1: it was deleted while being opened").arg(absolute));
    QStringList createdSideFiles;
    Result<void> usable = probeExisting(absolute, *probed, createdSideFiles);
    if (usable && !readOnly)
        usable = checkWritable(file);
    if (!usable) {
        removeCreatedSideFiles(absolute, createdSideFiles);
        return std::unexpected(usable.error());
    }

    std::shared_ptr<Project> project(new Project(absolute, readOnly));
    project->m_notices = notices;
    project->m_fileDevice = probed->device;
    project->m_fileInode = probed->inode;
    if (readOnly) {
        project->m_createdSideFiles = createdSideFiles;
        if (auto ready = project->openForReading(); !ready)
            return std::unexpected(ready.error());
    } else if (auto before = project->openAndMigrate(); !before) {
        return std::unexpected(Sql::diagnoseWriteFailure(absolute, before.error()));
    } else if (*before > 0 && *before < currentSchemaVersion()) {
        // Said once, because it cannot be taken back: older builds refuse the file from now on.
        project->m_notices.append(Messages::tr("%1 was upgraded from schema version %2 to %3 for this Claimbench; "
                                               "older builds can no longer open it").arg(absolute)
                                      .arg(*before)
                                      .arg(currentSchemaVersion()));
    }
    return project;
}

Result<void> Project::createFile(const QString &path)
{
    QByteArray temporary =
        QFile::encodeName(QFileInfo(path).absolutePath() + u"/."_s + QFileInfo(path).fileName() + u"-new-XXXXXX"_s);
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0)
        return makeError(Error::Code::Io, Messages::tr("Cannot create %1").arg(path), qt_error_string(errno));
    // Held until the name is gone (removeAbandonedBuilds). Closed only after
    // SQLite's connection: closing a descriptor drops this process's fcntl()
    // locks on the file, SQLite's included.
    ::flock(fd, LOCK_EX | LOCK_NB);
    const QString building = QFile::decodeName(temporary);
    Result<void> built;
    {
        const Project project(building, false);
        const Result<int> migrated = project.openAndMigrate();
        built = migrated ? Result<void>() : std::unexpected(migrated.error());
        if (built) {
            // Everything in the file itself before it is renamed: the -wal
            // keeps the temporary name.
            auto db = Sql::connection(project.threadConnectionName());
            built = db ? SqliteDialect::checkpoint(*db) : std::unexpected(db.error());
        }
    }
    if (built) {
        const int refusal = renameWithoutReplacing(temporary, QFile::encodeName(path));
        // EEXIST: another process created the project meanwhile; open() opens that one.
        if (refusal != 0 && refusal != EEXIST)
            built = makeError(Error::Code::Io, Messages::tr("Cannot create %1").arg(path), qt_error_string(refusal));
    }
    removeFileAndSideFiles(building);
    ::close(fd);
    if (!built)
        return std::unexpected(Sql::diagnoseWriteFailure(
            path, Error{built.error().code, Messages::tr("Could not create the project %1").arg(path),
                        built.error().toString()}));
    return {};
}

Result<int> Project::openAndMigrate() const
{
    if (auto ready = openThreadConnection(); !ready)
        return std::unexpected(ready.error());
    auto db = Sql::connection(threadConnectionName());
    if (!db)
        return std::unexpected(db.error());
    const Result<int> before = Dialect::of(*db).schemaVersion(*db);
    if (!before)
        return before;
    const Result<int> applied = migrate(*db);
    if (!applied)
        return std::unexpected(applied.error());
    // Another process may have upgraded it while this one waited.
    return *applied > 0 ? *before : currentSchemaVersion();
}

Result<void> Project::openForReading() const
{
    if (auto ready = openThreadConnection(); !ready)
        return ready;
    auto db = Sql::connection(threadConnectionName());
    if (!db)
        return std::unexpected(db.error());
    auto version = Dialect::of(*db).schemaVersion(*db);
    if (!version)
        return std::unexpected(version.error());
    if (*version < kOldestReadableSchemaVersion)
        return makeError(Error::Code::Unsupported,
                         Messages::tr("%1 was saved by an older Claimbench and is opened read-only here; open it once "
                                      "for writing (any command that changes it) to upgrade it").arg(m_path),
                         Messages::tr("schema version %1, this program reads %2 to %3 without upgrading")
                             .arg(*version).arg(
                             kOldestReadableSchemaVersion).arg(currentSchemaVersion()));
    return {};
}

QString Project::engineName()
{
    return SqliteDialect::instance().engineName();
}

QString Project::engineVersion()
{
    return SqliteDialect::instance().engineVersion();
}

QString Project::path() const
{
    return m_path;
}

std::optional<ServerAddress> Project::server() const
{
    return m_server;
}

QString Project::sessionTag() const
{
    return m_sessionTag;
}

QStringList Project::files() const
{
    if (m_server)
        return {};
    return QStringList{m_path} + SqliteDialect::sideFiles(m_path);
}

QStringList Project::notices() const
{
    return m_notices;
}

QString Project::threadConnectionName() const
{
    return m_connectionPrefix + u"-thread-"_s + QString::number(threadSerial());
}

Result<void> Project::openThreadConnection() const
{
    const QString name = threadConnectionName();
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (db.isOpen())
        return {};
    if (!db.isValid()) {
        db = QSqlDatabase::addDatabase(
            (m_server ? PostgresDialect::kDriverName : SqliteDialect::kDriverName).toString(), name);
        QMutexLocker lock(&m_mutex);
        m_connections.insert(name);
    }
    if (m_server)
        return connectToServer(db, m_readOnly);
    // A project deleted while it is open is not made again by a new
    // connection (a worker thread's), as SQLite would: its first statement
    // writes a header, which the clean-up below cannot tell from a project.
    // A project being built (no file identity yet) is opened as SQLite does.
    bool opened = false;
    {
        QMutexLocker lock(&m_mutex);
        opened = m_fileInode != 0;
    }
    if (opened && !m_readOnly && !QFileInfo::exists(m_path))
        return makeError(Error::Code::Io,
                         Messages::tr("The project file %1 was replaced or deleted while it was open").arg(m_path));
    SqliteDialect::setFile(db, m_path, m_readOnly ? SqliteDialect::Access::ReadOnly : SqliteDialect::Access::ReadWrite);
    if (!db.open())
        return std::unexpected(Sql::databaseError(db.driver(), Messages::tr("Could not open the project %1").arg(m_path), db.lastError()));
    Result<void> ready = m_readOnly ? SqliteDialect::instance().configureReadConnection(db)
                                    : SqliteDialect::configureConnection(db);
    const std::optional<Sql::FileIdentity> file = Sql::fileIdentity(m_path);
    if (ready) {
        QMutexLocker lock(&m_mutex);
        if (m_fileInode == 0 && file) {
            m_fileDevice = file->device;
            m_fileInode = file->inode;
        }
        if (file && *file == Sql::FileIdentity{m_fileDevice, m_fileInode})
            Sql::pinConnection(db, m_path, *file, m_readOnly);
        else
            ready = makeError(Error::Code::Io,
                              Messages::tr("The project file %1 was replaced or deleted while it was open")
                                  .arg(m_path));
    }
    if (!ready) {
        db.close();
        // A read-write open of a path deleted meanwhile makes an empty file
        // there (SQLite creates what it opens); it is not left behind.
        if (file && !m_readOnly && QFileInfo(m_path).size() == 0 && Sql::fileIdentity(m_path) == file)
            QFile::remove(m_path);
    }
    return ready;
}

QString Project::ensureThreadConnection() const
{
    // A failure here is reported by the repository's first call, which finds
    // the connection closed and returns the driver's error. A server's
    // connection, once made, is connected again by that call instead
    // (connectToServer), which says Disconnected while the server cannot be
    // reached: opening it here as well would wait out a silent server twice.
    const QString name = threadConnectionName();
    if (!m_server || !QSqlDatabase::contains(name))
        (void)openThreadConnection();
    return name;
}

Result<void> Project::backupTo(const QString &destination,
                               const std::function<bool(qint64 copied, qint64 total)> &progress) const
{
    const QFileInfo target(destination);
    const auto refused = [&](const QString &why) {
        return makeError(Error::Code::InvalidInput, Messages::tr("Cannot save a copy to %1: %2").arg(destination, why));
    };
    if (target.isDir())
        return refused(Messages::tr("it is a folder"));
    const std::optional<Sql::FileIdentity> existing = Sql::fileIdentity(target.absoluteFilePath());
    for (const QString &own : files()) {
        if (target.absoluteFilePath() == own || (existing && existing == Sql::fileIdentity(own)))
            return refused(Messages::tr("it is the project being copied"));
    }
    // The rename would put a file where a device, a pipe or a link was (as
    // root, /dev/full became a project).
    struct stat replaced{};
    const bool replacing = ::lstat(QFile::encodeName(target.absoluteFilePath()).constData(), &replaced) == 0;
    if (replacing && !S_ISREG(replaced.st_mode))
        return refused(Messages::tr("it is not a regular file"));
    // SQLite would apply a log left beside DEST to the new copy on its next
    // open and corrupt it; and while one is there, a program may have DEST
    // open, whose edits the rename would lose.
    for (const QString &suffix : {u"-wal"_s, u"-journal"_s}) {
        if (QFileInfo::exists(target.absoluteFilePath() + suffix))
            return refused(Messages::tr("%1 is beside it: another program may have it open, or its last write was "
                                        "interrupted; open it in Claimbench once, or choose another name")
                               .arg(target.fileName() + suffix));
    }
    // A short name, so that any DEST name the file system takes fits.
    QByteArray temporary = QFile::encodeName(target.absolutePath() + u"/.claimbench-copy-XXXXXX"_s);
    const int fd = ::mkstemp(temporary.data());
    if (fd < 0)
        return makeError(Error::Code::Io,
                         Messages::tr("Cannot save a copy to %1").arg(destination), qt_error_string(errno));
    // mkstemp makes it private; the copy gets the mode of the file it
    // replaces, or a new file's.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    const mode_t mode = replacing ? replaced.st_mode & 07777 : 0666 & ~mask;
    ::fchmod(fd, mode);
    ::close(fd);
    const QString building = QFile::decodeName(temporary);
    Result<void> copied;
    if (m_server) {
        // Row by row into a new file (ProjectCopy), in one snapshot of the
        // server; the name mkstemp reserved is given back for it.
        ::unlink(temporary.constData());
        auto built = ProjectCopy::buildFile(*this, building, destination, progress);
        if (built && ::chmod(temporary.constData(), mode) != 0)
            built = makeError(Error::Code::Io, Messages::tr("Cannot save a copy to %1").arg(destination),
                              qt_error_string(errno));
        if (!built)
            copied = std::unexpected(built.error());
    } else {
        const QString name = Sql::uniqueConnectionName(u"backup");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(SqliteDialect::kDriverName.toString(), name);
            SqliteDialect::setFile(db, m_path, SqliteDialect::Access::ReadOnly);
            copied = db.open() ? SqliteDialect::backup(db, building, progress)
                               : std::unexpected(Sql::databaseError(
                                     db.driver(), Messages::tr("Could not open the project %1").arg(m_path),
                                     db.lastError()));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    if (copied && ::rename(temporary.constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0)
        copied = makeError(Error::Code::Io,
                           Messages::tr("Cannot save a copy to %1").arg(destination), qt_error_string(errno));
    if (!copied) {
        removeFileAndSideFiles(building);
        if (copied.error().code == Error::Code::Io)
            return makeError(Error::Code::Io, Messages::tr("Cannot save a copy to %1").arg(destination),
                             copied.error().toString());
    }
    return copied;
}

ArticleRepository Project::articles() const
{
    return ArticleRepository(ensureThreadConnection());
}

ClaimRepository Project::claims() const
{
    return ClaimRepository(ensureThreadConnection());
}

TagRepository Project::tags() const
{
    return TagRepository(ensureThreadConnection());
}

MetricRepository Project::metrics() const
{
    return MetricRepository(ensureThreadConnection());
}

ClaimantRepository Project::claimants() const
{
    return ClaimantRepository(ensureThreadConnection());
}

QString Project::threadConnection() const
{
    return ensureThreadConnection();
}

void Project::releaseThreadConnection()
{
    const QString name = threadConnectionName();
    {
        QMutexLocker lock(&m_mutex);
        if (!m_connections.remove(name))
            return;
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace Claimbench
