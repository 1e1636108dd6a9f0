#include "core/store/sqlsupport.h"

#include "core/store/dialect.h"
#include "core/store/sqlitedialect.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>

#include <algorithm>
#include <atomic>

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

using namespace Qt::StringLiterals;

namespace Claimbench::Sql {

namespace {

// This file's messages, in Sql's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::Sql)
};

// Prepared statements that failed inside a transaction on the connection
// named by the key, kept until the transaction ends; an empty list for each
// transaction of this thread (a connection belongs to one thread). A server
// ignores every command of a transaction a failed statement aborted, the
// DEALLOCATE that QPSQL sends when a prepared query dies included, which it
// reports on stderr ("Unable to free statement"): freed after the ROLLBACK,
// the statement is deallocated.
thread_local QHash<QString, QList<QSqlQuery>> t_failedInTransaction;

} // namespace

namespace {

// Pins live on the connection's driver, a QObject of its own, so that they
// end with the connection.
constexpr char pinnedPath[] = "claimbenchPath";
constexpr char pinnedDevice[] = "claimbenchDevice";
constexpr char pinnedInode[] = "claimbenchInode";
constexpr char pinnedReadOnly[] = "claimbenchReadOnly";
constexpr char connectedAuthor[] = "claimbenchAuthor";
constexpr char reconnectRecipe[] = "claimbenchReconnect";

Result<void> checkPinnedFile(const QSqlDatabase &db)
{
    const QSqlDriver *driver = db.driver();
    const QVariant device = driver->property(pinnedDevice);
    if (!device.isValid())
        return {};
    const QString path = driver->property(pinnedPath).toString();
    if (fileIdentity(path) == FileIdentity{device.toULongLong(), driver->property(pinnedInode).toULongLong()})
        return {};
    return makeError(Error::Code::Io,
                     Messages::tr("The project file %1 was replaced or deleted while it was open: this change was not "
                                  "saved, and nothing was written to the file now at that path").arg(path));
}

} // namespace

std::optional<FileIdentity> fileIdentity(const QString &path)
{
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return std::nullopt;
    return FileIdentity{quint64(status.st_dev), quint64(status.st_ino)};
}

void pinConnection(const QSqlDatabase &db, const QString &path, const std::optional<FileIdentity> &file,
                   bool readOnly)
{
    QSqlDriver *driver = db.driver();
    driver->setProperty(pinnedPath, path);
    if (file) {
        driver->setProperty(pinnedDevice, QVariant::fromValue(file->device));
        driver->setProperty(pinnedInode, QVariant::fromValue(file->inode));
    }
    driver->setProperty(pinnedReadOnly, readOnly);
}

Result<void> checkWritable(const QSqlDatabase &db)
{
    const QSqlDriver *driver = db.driver();
    if (!driver->property(pinnedReadOnly).toBool())
        return {};
    return makeError(Error::Code::Io, Messages::tr("The project %1 was opened read-only; nothing was written").arg(
                                          driver->property(pinnedPath).toString()));
}

Result<QString> author(const QSqlDatabase &db)
{
    QSqlDriver *driver = db.driver();
    if (const QVariant known = driver->property(connectedAuthor); known.isValid())
        return known.toString();
    auto user = Dialect::of(db).currentUser(db);
    if (user)
        driver->setProperty(connectedAuthor, *user);
    return user;
}

void emptyLogIfFileMoved(const QSqlDatabase &db)
{
    if (!checkPinnedFile(db))
        (void)SqliteDialect::checkpoint(db);
}

Result<QSqlDatabase> connection(const QString &name)
{
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db.isValid())
        return makeError(Error::Code::Database,
                         Messages::tr("The project is closed or was opened in another thread"), name);
    if (db.isOpen())
        return db;
    if (const QVariant recipe = db.driver()->property(reconnectRecipe); recipe.isValid()) {
        if (auto reconnected = recipe.value<Reconnect>()(db); !reconnected)
            return std::unexpected(reconnected.error());
        return db;
    }
    return makeError(Error::Code::Database, Messages::tr("The project database could not be opened"),
                     db.lastError().text());
}

QString uniqueConnectionName(QStringView kind)
{
    static std::atomic<quint64> counter{0};
    return u"claimbench-"_s + kind + u'-' + QString::number(++counter);
}

void setReconnect(const QSqlDatabase &db, Reconnect reconnect)
{
    db.driver()->setProperty(reconnectRecipe, QVariant::fromValue(std::move(reconnect)));
}

Error databaseError(const QSqlDriver *driver, const QString &message, const QSqlError &error)
{
    const Dialect &dialect = Dialect::of(driver);
    if (dialect.isBusy(error))
        return Error{Error::Code::Busy, Messages::tr("The project is locked by another program"), error.text()};
    if (dialect.isWriteRefused(error))
        return Error{Error::Code::Io, message, error.text()};
    if (dialect.isConnectionLost(error)) {
        // Closed here, so that the project's next repository opens a new
        // connection (Project::ensureThreadConnection): reconnecting is
        // automatic. The write that met the loss is not retried: a COMMIT
        // sent before the loss may have been applied, and only the analyst
        // can tell whether doing it again is right.
        if (driver)
            const_cast<QSqlDriver *>(driver)->close();
        return Error{Error::Code::Disconnected,
                     Messages::tr("The connection to the team server was lost; Claimbench reconnects for the next "
                                  "step. Check that this change was saved"),
                     error.text()};
    }
    if (dialect.isPermissionDenied(error))
        return Error{Error::Code::Denied, Messages::tr("Your role on the team server may not do this (if it did before, an administrator "
                                                         "changed it: open the project again to see what it may do)"), error.text()};
    return Error{Error::Code::Database, message, error.text()};
}

void readForwardOnly(QSqlQuery &query)
{
    query.setForwardOnly(query.driver()->dbmsType() == QSqlDriver::SQLite);
}

qint64 insertedId(QSqlQuery &query)
{
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

Error diagnoseWriteFailure(const QSqlDatabase &db, Error failure)
{
    if (db.driver()->dbmsType() != QSqlDriver::SQLite)
        return failure; // the server's own error says what it refused
    return diagnoseWriteFailure(db.databaseName(), std::move(failure));
}

Error diagnoseWriteFailure(const QString &projectPath, Error failure)
{
    constexpr qint64 probeBytes = 1024 * 1024;
    QByteArray probe = QFile::encodeName(QFileInfo(projectPath).absolutePath() + u"/.claimbench-space-XXXXXX"_s);
    const int fd = ::mkstemp(probe.data());
    int refusal = fd < 0 ? errno : 0;
    if (fd >= 0) {
        const QByteArray block(64 * 1024, '\0');
        // A short write only says the limit is near; the next one says why.
        for (qint64 written = 0; written < probeBytes && refusal == 0;) {
            const qint64 chunk = std::min<qint64>(block.size(), probeBytes - written);
            const ssize_t result = ::write(fd, block.constData(), size_t(chunk));
            if (result < 0 && errno != EINTR)
                refusal = errno;
            else if (result == 0)
                refusal = ENOSPC;
            else if (result > 0)
                written += result;
        }
        ::close(fd);
        ::unlink(probe.constData());
    }
    if (refusal == 0)
        return failure;
    return Error{Error::Code::Io,
                 Messages::tr("Could not write the project %1: the disk is full or refuses more data").arg(projectPath),
                 qt_error_string(refusal)};
}

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QList<QVariant> &binds)
{
    QSqlQuery query(db);
    readForwardOnly(query);
    // Without values the statement runs as it is: a server prepares only
    // queries and data changes, never DDL (CREATE TABLE in a migration).
    if (binds.isEmpty()) {
        if (!query.exec(sql))
            return std::unexpected(databaseError(query.driver(), Messages::tr("A database statement failed"),
                                                 query.lastError()));
        return query;
    }
    if (!query.prepare(sql))
        return std::unexpected(databaseError(query.driver(), Messages::tr("A database statement could not be prepared"),
                                             query.lastError()));
    for (qsizetype i = 0; i < binds.size(); ++i)
        bind(query, int(i), binds[i]);
    if (!query.exec()) {
        Error failed = databaseError(query.driver(), Messages::tr("A database statement failed"), query.lastError());
        freeAfterTransaction(query, db);
        return std::unexpected(std::move(failed));
    }
    return query;
}

void freeAfterTransaction(QSqlQuery &query, const QSqlDatabase &db)
{
    const auto open = t_failedInTransaction.find(db.connectionName());
    if (open != t_failedInTransaction.end())
        open->append(std::move(query));
}

void bind(QSqlQuery &query, int index, const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        query.bindValue(index, QString(u""_s));
    else
        query.bindValue(index, value);
}

namespace {

// "There is no tag 5 in the project", one whole sentence per kind of row
// (`what`: article, claim, claimant, alias of claimant, metric or tag) for the translators.
QString noSuchRowText(QStringView what, qint64 id)
{
    static const std::pair<QStringView, const char *> texts[] = {
        {u"article", QT_TRANSLATE_NOOP("Claimbench::Sql", "There is no article %1 in the project")},
        {u"claim", QT_TRANSLATE_NOOP("Claimbench::Sql", "There is no claim %1 in the project")},
        {u"claimant", QT_TRANSLATE_NOOP("Claimbench::Sql", "There is no claimant %1 in the project")},
        {u"alias of claimant", QT_TRANSLATE_NOOP("Claimbench::Sql", "There is no alias of claimant %1 in the project")},
        {u"metric", QT_TRANSLATE_NOOP("Claimbench::Sql", "There is no metric %1 in the project")},
        {u"tag", QT_TRANSLATE_NOOP("Claimbench::Sql", "There is no tag %1 in the project")},
    };
    // Every caller names one of these kinds; the last stands in for any other.
    const auto *found = std::ranges::find(texts, what, [](const auto &entry) { return entry.first; });
    return Messages::tr((found != std::end(texts) ? found : &texts[std::size(texts) - 1])->second).arg(id);
}

} // namespace

Result<void> changeRow(const QSqlDatabase &db, const QString &sql, const QList<QVariant> &binds, QStringView what,
                       qint64 id)
{
    auto q = run(db, sql, binds);
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() == 0)
        return makeError(Error::Code::NotFound, noSuchRowText(what, id));
    return {};
}

Result<QList<qint64>> ids(const QSqlDatabase &db, const QString &sql, const QList<QVariant> &binds)
{
    auto q = run(db, sql, binds);
    if (!q)
        return std::unexpected(q.error());
    QList<qint64> found;
    while (q->next())
        found.append(q->value(0).toLongLong());
    return found;
}

QString idsText(const QList<qint64> &ids)
{
    QStringList numbers;
    for (const qint64 id : ids)
        numbers << QString::number(id);
    return numbers.join(u", "_s);
}

Result<QSqlQuery> select(const QString &connection, const QString &sql, const QList<QVariant> &binds)
{
    auto db = Sql::connection(connection);
    if (!db)
        return std::unexpected(db.error());
    return run(*db, sql, binds);
}

Result<QHash<qint64, int>> countsById(const QString &connection, const QString &sql)
{
    auto q = select(connection, sql);
    if (!q)
        return std::unexpected(q.error());
    QHash<qint64, int> counts;
    while (q->next())
        counts.insert(q->value(0).toLongLong(), q->value(1).toInt());
    return counts;
}

Result<void> run(QSqlQuery &query, const QString &message)
{
    if (!query.exec())
        return std::unexpected(databaseError(query.driver(), message, query.lastError()));
    return {};
}

Transaction::Transaction(QString connectionName)
    : m_connectionName(std::move(connectionName))
{
}

Transaction::Transaction(Transaction &&other) noexcept
    : m_connectionName(std::move(other.m_connectionName))
    , m_active(std::exchange(other.m_active, false))
{
}

Result<Transaction> Transaction::begin(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(Dialect::of(db).beginWrite()))
        return std::unexpected(
            databaseError(query.driver(), Messages::tr("Could not start writing to the project"), query.lastError()));
    t_failedInTransaction.insert(db.connectionName(), {});
    return Transaction(db.connectionName());
}

Transaction::~Transaction()
{
    rollBack();
}

void Transaction::rollBack()
{
    if (!std::exchange(m_active, false))
        return;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.exec(u"ROLLBACK"_s);
    t_failedInTransaction.remove(m_connectionName);
}

Result<void> Transaction::commit()
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (auto same = checkPinnedFile(db); !same) {
        rollBack();
        emptyLogIfFileMoved(db);
        return same;
    }
    QSqlQuery query(db);
    if (!query.exec(u"COMMIT"_s))
        return std::unexpected(databaseError(query.driver(), Messages::tr("Could not save to the project"), query.lastError()));
    m_active = false;
    t_failedInTransaction.remove(m_connectionName);
    return {};
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant numberOrNull(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<double> optionalNumber(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

QVariant dateColumn(const PartialDate &date)
{
    return date.isNull() ? QVariant() : QVariant(date.date().toString(Qt::ISODate));
}

PartialDate dateFromColumns(const QVariant &date, const QVariant &precision)
{
    if (date.isNull())
        return {};
    return {QDate::fromString(date.toString(), Qt::ISODate), DatePrecision(precision.toInt())};
}

QString timestampColumn(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timestampFromColumn(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
}

QDateTime nowUtc()
{
    return timestampFromColumn(timestampColumn(QDateTime::currentDateTimeUtc()));
}

} // namespace Claimbench::Sql
