#include "core/store/projectcopy.h"

#include "core/store/dialect.h"
#include "core/store/project.h"
#include "core/store/projectcopy_p.h"
#include "core/store/serveraddress.h"
#include "core/store/sqlsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <cerrno>
#include <climits>
#include <numeric>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// This file's messages, in ProjectCopy's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::ProjectCopy)
};

// The source, opened for writing when it can be so that an older project is
// upgraded first (its tables then match a new destination's); read-only when
// it cannot (a read-only file or folder, a viewer's role on a server).
Result<std::shared_ptr<Project>> openSource(const QString &source)
{
    auto project = Project::open(source, Project::OpenMode::OpenExisting);
    if (!project && (project.error().code == Error::Code::Io || project.error().code == Error::Code::Denied))
        return Project::open(source, Project::OpenMode::ReadOnly);
    return project;
}

Error notEmpty(const QString &destination, qint64 rows)
{
    return Error{Error::Code::InvalidInput,
                 Messages::tr("%1 is not empty (%n rows): a project is copied only into a new file or an empty "
                              "database", nullptr, int(std::min<qint64>(rows, INT_MAX)))
                     .arg(destination),
                 {}};
}

// `cause`, an error about the copy's destination, as one that names it as
// the user gave it (not the temporary name a new file is built under), so
// that it is not taken for one about the source. Kept as it is when it names
// the destination already, or is the user's cancel.
Error aboutDestination(const QString &destination, const Error &cause)
{
    if (cause.code == Error::Code::Cancelled || cause.message.contains(destination)
        || cause.message.contains(ServerAddress::masked(destination)))
        return cause;
    return Error{cause.code, Messages::tr("Cannot copy to %1").arg(destination), cause.toString()};
}

// A server database that holds no tables or an empty project, opened (its
// tables built when it had none).
Result<std::shared_ptr<Project>> openServerDestination(const QString &destination)
{
    {
        auto existing = Project::open(destination, Project::OpenMode::ReadOnly);
        if (!existing && existing.error().code != Error::Code::NotFound)
            return std::unexpected(aboutDestination(destination, existing.error()));
        if (existing) {
            auto db = Sql::connection((*existing)->threadConnection());
            if (!db)
                return std::unexpected(db.error());
            auto counts = CopyRows::rowCounts(*db, CopyRows::projectTables(*db));
            if (!counts)
                return std::unexpected(counts.error());
            const qint64 rows = std::accumulate(counts->begin(), counts->end(), qint64(0));
            if (rows > 0)
                return std::unexpected(notEmpty(destination, rows));
        }
    }
    auto created = Project::open(destination, Project::OpenMode::CreateIfMissing);
    if (!created)
        return std::unexpected(aboutDestination(destination, created.error()));
    return created;
}

// A name in the folder of the new file `destination` to build it under, or
// why there is none: `destination` exists, or its folder does not.
Result<QString> buildingNameFor(const QString &destination)
{
    const QFileInfo target(destination);
    struct stat existing{};
    if (::lstat(QFile::encodeName(target.absoluteFilePath()).constData(), &existing) == 0)
        return makeError(Error::Code::InvalidInput,
                         Messages::tr("%1 already exists: a project is copied only into a new file (or an empty "
                                      "database on a server)").arg(destination));
    if (!QFileInfo(target.absolutePath()).isDir())
        return makeError(Error::Code::Io, Messages::tr("Cannot copy to %1: its folder does not exist").arg(destination));
    return target.absolutePath() + u"/.claimbench-copy-"_s
        + QString::number(QRandomGenerator::global()->generate64(), 36) + u".claimbench"_s;
}

// Gives the finished file `building` its name `destination`, only if no file
// took that name meanwhile (another program's copy or project).
Result<void> publish(const QString &building, const QString &destination)
{
    const QByteArray from = QFile::encodeName(building);
    const QByteArray to = QFile::encodeName(QFileInfo(destination).absoluteFilePath());
    int done = ::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE);
    if (done != 0 && errno == EINVAL) {
        // A file system without RENAME_NOREPLACE: a hard link fails as well
        // when the name is taken.
        done = ::link(from.constData(), to.constData());
        if (done == 0)
            ::unlink(from.constData());
    }
    if (done == 0)
        return {};
    if (errno == EEXIST)
        return makeError(Error::Code::InvalidInput,
                         Messages::tr("%1 appeared while the copy was made; the copy was not kept").arg(destination));
    return makeError(Error::Code::Io, Messages::tr("Cannot copy to %1").arg(destination), qt_error_string(errno));
}

// The source's connection that reads the whole copy in one snapshot: rolled
// back, closed and removed when this ends.
class SnapshotConnection
{
public:
    explicit SnapshotConnection(QString name)
        : m_name(std::move(name))
    {
    }
    SnapshotConnection(const SnapshotConnection &) = delete;
    SnapshotConnection &operator=(const SnapshotConnection &) = delete;
    ~SnapshotConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen()) {
                QSqlQuery(db).exec(u"ROLLBACK"_s);
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(m_name);
    }

private:
    QString m_name;
};

// Every row of `from` into `to` in one transaction of `to`, read in one
// snapshot of `from`. `destination` names `to` in errors about it.
Result<ProjectCopy::Outcome> copyEveryRow(const Project &from, const Project &to, const QString &destination,
                                          const ProjectCopy::Progress &progress)
{
    const QString sourceName = Sql::uniqueConnectionName(u"copy-source");
    const SnapshotConnection snapshot(sourceName);
    if (auto opened = from.openReadConnection(sourceName); !opened)
        return std::unexpected(opened.error());
    const QSqlDatabase source = QSqlDatabase::database(sourceName, false);
    auto written = Sql::connection(to.threadConnection());
    if (!written)
        return std::unexpected(aboutDestination(destination, written.error()));
    if (auto begun = Sql::run(source, Dialect::of(source).beginSnapshotRead()); !begun)
        return std::unexpected(begun.error());
    auto tables = CopyRows::tablesToCopy(source, *written);
    if (!tables)
        return std::unexpected(tables.error());
    // The first read of the snapshot: the counts and the rows are of one state.
    auto counts = CopyRows::rowCounts(source, *tables);
    if (!counts)
        return std::unexpected(counts.error());
    auto emptyYet = CopyRows::rowCounts(*written, *tables);
    if (!emptyYet)
        return std::unexpected(aboutDestination(destination, emptyYet.error()));
    if (const qint64 rows = std::accumulate(emptyYet->begin(), emptyYet->end(), qint64(0)); rows > 0)
        return std::unexpected(notEmpty(destination, rows));
    const qint64 total = std::accumulate(counts->begin(), counts->end(), qint64(0));
    ProjectCopy::Outcome outcome;
    const auto cancelled = [] {
        return makeError(Error::Code::Cancelled, Messages::tr("The copy was cancelled; nothing was written"));
    };
    if (progress && !progress(0, total))
        return cancelled();
    const auto failed = [&](const Error &error) {
        // A source server's loss is about the source: copyRows() says so.
        if (error.code == Error::Code::Disconnected && from.server() && !to.server())
            return std::unexpected(error);
        return std::unexpected(aboutDestination(
            destination, error.code == Error::Code::Io ? Sql::diagnoseWriteFailure(*written, error) : error));
    };
    auto transaction = Sql::Transaction::begin(*written);
    if (!transaction)
        return failed(transaction.error());
    // The articles' search index once, after all of them (a server's,
    // which the program writes), rather than a trigger's per row.
    const Dialect &writing = Dialect::of(*written);
    if (auto deferred = writing.beginArticleWrite(*written); !deferred)
        return failed(deferred.error());
    for (qsizetype i = 0; i < tables->size(); ++i) {
        auto copied = CopyRows::copyTable(source, *written, tables->at(i), counts->at(i), [&](qint64 rows) {
            outcome.rows += rows;
            return !progress || progress(outcome.rows, total);
        });
        if (!copied)
            return failed(copied.error());
        ++outcome.tables;
    }
    if (auto indexed = writing.reindexArticles(*written); !indexed)
        return failed(indexed.error());
    if (auto committed = transaction->commit(); !committed)
        return failed(committed.error());
    return outcome;
}

// copyEveryRow(), a lost source server named. The store's message for a
// lost connection is an edit's ("check that this change was saved"): right
// for a server being written, whose COMMIT may have been applied before the
// loss, but not for a file being built from a server, which is removed.
Result<ProjectCopy::Outcome> copyRows(const Project &from, const Project &to, const QString &destination,
                                      const ProjectCopy::Progress &progress)
{
    Result<ProjectCopy::Outcome> copied = copyEveryRow(from, to, destination, progress);
    if (copied || copied.error().code != Error::Code::Disconnected || !from.server() || to.server())
        return copied;
    return makeError(Error::Code::Disconnected,
                     Messages::tr("Could not read %1: the connection to its server failed; nothing was written to %2")
                         .arg(from.path(), destination),
                     copied.error().detail);
}

} // namespace

Result<ProjectCopy::Outcome> ProjectCopy::copy(const QString &source, const QString &destination,
                                               const Progress &progress)
{
    auto from = openSource(source);
    if (!from)
        return std::unexpected(from.error());
    if (ServerAddress::looksLikeUrl(destination)) {
        auto to = openServerDestination(destination);
        if (!to)
            return std::unexpected(to.error());
        return copyRows(**from, **to, destination, progress);
    }
    const Result<QString> building = buildingNameFor(destination);
    if (!building)
        return std::unexpected(building.error());
    Result<Outcome> copied = buildFile(**from, *building, destination, progress);
    if (!copied)
        return copied;
    // Closed, the built project is one file: its log was folded into it.
    if (auto published = publish(*building, destination); !published) {
        QFile::remove(*building);
        return std::unexpected(published.error());
    }
    return copied;
}

Result<ProjectCopy::Outcome> ProjectCopy::buildFile(const Project &from, const QString &building,
                                                    const QString &destination, const Progress &progress)
{
    QStringList built;
    Result<Outcome> copied;
    {
        auto to = Project::open(building, Project::OpenMode::CreateIfMissing);
        if (!to)
            return std::unexpected(aboutDestination(destination, to.error()));
        built = (*to)->files();
        copied = copyRows(from, **to, destination, progress);
    } // the copy's connections closed: its log is in the file
    if (!copied) {
        for (const QString &file : std::as_const(built))
            QFile::remove(file);
    }
    return copied;
}

} // namespace Claimbench
