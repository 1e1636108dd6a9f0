#pragma once

#include "core/domain/partialdate.h"
#include "core/error.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <QList>

#include <functional>
#include <optional>
#include <type_traits>
#include <utility>

class QSqlDriver;
class QSqlError;

// Helpers shared by the repositories of app/core/store; not for use outside it.
namespace Claimbench::Sql {

// The open connection called `name` of the calling thread, or an error when
// the project was closed or the connection belongs to another thread. A
// connection that lost its server (databaseError() closed it) and was given
// a Reconnect connects again here, on its next use, or returns why it cannot.
Result<QSqlDatabase> connection(const QString &name);

// A name no other connection of this process has: "claimbench-KIND-N".
QString uniqueConnectionName(QStringView kind);

// Connects `db` (closed, its driver and settings kept) to its server again.
using Reconnect = std::function<Result<void>(QSqlDatabase &db)>;
// Gives the connection `db` the way to connect again after a server cut it,
// kept on its driver, so a connection that outlives a server restart (the
// claims table's) recovers as each thread's own connection does
// (Project::ensureThreadConnection): the use that meets the cut fails as
// Disconnected, the next one connects anew.
void setReconnect(const QSqlDatabase &db, Reconnect reconnect);

// Which file a path names: st_dev and st_ino, equal only for the same file.
struct FileIdentity
{
    quint64 device = 0;
    quint64 inode = 0;
    bool operator==(const FileIdentity &) const = default;
};
// The file `path` names now; nullopt when it names none.
std::optional<FileIdentity> fileIdentity(const QString &path);

// Records on the open connection `db` to the project file `path` what its
// writes rely on: write() refuses at once, naming `path`, when `readOnly`;
// and a transaction commits only while `path` still names `file`, the file
// the connection opened. When another file was put at `path` or the file was
// deleted, the commit is refused and rolled back, and the connection's
// earlier commits are copied from the log into the file it has open, so that
// the log beside `path` is empty and never mixed into the file now there.
// A connection with no `file` (a server's) is never checked.
void pinConnection(const QSqlDatabase &db, const QString &path, const std::optional<FileIdentity> &file,
                   bool readOnly);
// The error write() returns on a connection pinned read-only.
Result<void> checkWritable(const QSqlDatabase &db);
// Before a connection closes: SQLite leaves the log of a moved file beside
// its path, so when the path no longer names the pinned file the log is
// copied into the connection's own file and emptied (as a refused commit does).
void emptyLogIfFileMoved(const QSqlDatabase &db);
// Who writes through `db` (Dialect::currentUser), asked of the engine on the
// connection's first write and kept on its driver like the pins above: the
// name every insert and update writes as created_by / changed_by.
Result<QString> author(const QSqlDatabase &db);

// An Error of code Database (Busy when another process holds the lock, Io
// when the file system refused a write or failed, Disconnected when the
// server's connection broke, Denied when the role may not), as `driver`'s
// dialect reads `error`.
Error databaseError(const QSqlDriver *driver, const QString &message, const QSqlError &error);

// SQLite reports a write that the disk refuses as a plain I/O error of
// whatever statement first needed the room. A test write of up to 1 MB
// beside the project tells a full disk (or a file-size limit) apart from
// another failure: then an Io error "Could not write the project <path>: the
// disk is full or refuses more data" with the system's reason, else `failure`.
Error diagnoseWriteFailure(const QString &projectPath, Error failure);
// The same for the project of the connection `db`; a server's failure is
// returned as it is.
Error diagnoseWriteFailure(const QSqlDatabase &db, Error failure);

// Lets `query` read its answer forward only, without a copy of every row,
// where that is safe: SQLite steps each statement on its own. QPSQL would
// stream the answer and lose what is unread when the connection runs another
// query meanwhile ("Query results lost"), as a loop over rows that looks
// something up does; a server's answer is read whole.
void readForwardOnly(QSqlQuery &query);
// Prepares and runs `sql` with positional bind values.
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QList<QVariant> &binds = {});
// Runs `sql`, a statement that changes the row `id` of one table (UPDATE or
// DELETE ... WHERE id = ?), and returns NotFound ("There is no <what> <id> in
// the project") when it changed no row: the row is gone.
Result<void> changeRow(const QSqlDatabase &db, const QString &sql, const QList<QVariant> &binds, QStringView what,
                       qint64 id);
// run(), the first column of each row of the answer as an id, in order.
Result<QList<qint64>> ids(const QSqlDatabase &db, const QString &sql, const QList<QVariant> &binds = {});
// Row ids named in a message: "5, 8".
QString idsText(const QList<qint64> &ids);
// run() on the calling thread's connection called `connection`: for reads.
Result<QSqlQuery> select(const QString &connection, const QString &sql, const QList<QVariant> &binds = {});
// select(), every row of the answer turned into a value by `rowFrom(query)`,
// in the answer's order.
template<typename RowFrom>
auto selectAll(const QString &connectionName, const QString &sql, const QList<QVariant> &binds, RowFrom &&rowFrom)
    -> Result<QList<std::invoke_result_t<RowFrom &, const QSqlQuery &>>>
{
    auto q = select(connectionName, sql, binds);
    if (!q)
        return std::unexpected(q.error());
    QList<std::invoke_result_t<RowFrom &, const QSqlQuery &>> rows;
    while (q->next())
        rows.append(rowFrom(std::as_const(*q)));
    return rows;
}
// select() of (id, count) rows, such as a GROUP BY's, as a map.
Result<QHash<qint64, int>> countsById(const QString &connection, const QString &sql);
// Gives up `query`, a prepared statement that failed on `db`: when a
// Transaction is open on `db`, it is kept (and `query` left empty, never to be
// used again) until the transaction ends, since a server ignores every
// command of a transaction a failed statement aborted, the DEALLOCATE QPSQL
// sends when a prepared query dies included, and says so on stderr ("Unable
// to free statement"). Else it is left as it is. run() does this itself.
void freeAfterTransaction(QSqlQuery &query, const QSqlDatabase &db);
// Binds positional value `index`. A null QString is bound as '' (the driver
// would write NULL): text columns are NOT NULL, "none" is an invalid QVariant.
void bind(QSqlQuery &query, int index, const QVariant &value);
// Runs an already prepared query once more (the repositories' batch inserts).
Result<void> run(QSqlQuery &query, const QString &message);
// The id an INSERT ... RETURNING id that `query` ran gave its row: the one
// way both engines report it (QPSQL's lastInsertId() is an OID).
qint64 insertedId(QSqlQuery &query);

// A write transaction that rolls back unless commit() is called: every store
// write, single- or multi-row, runs inside one.
class Transaction
{
public:
    static Result<Transaction> begin(const QSqlDatabase &db);
    Transaction(Transaction &&other) noexcept;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    Transaction &operator=(Transaction &&) = delete;
    ~Transaction();
    Result<void> commit();

private:
    explicit Transaction(QString connectionName);
    void rollBack();
    QString m_connectionName;
    bool m_active = true;
};

// Runs `change(db)` -- which returns a Result<T> -- inside a write transaction
// on the calling thread's connection called `connectionName`, and commits
// only when it succeeds. Returns what `change` returned, or the error of
// opening, beginning or committing; on any error the transaction rolls back.
// An I/O failure is diagnosed (diagnoseWriteFailure), so a full disk is
// reported as such, naming the project, whichever statement met it.
template<typename Change>
auto write(const QString &connectionName, Change &&change) -> std::invoke_result_t<Change &, const QSqlDatabase &>
{
    using Outcome = std::invoke_result_t<Change &, const QSqlDatabase &>;
    auto db = connection(connectionName);
    if (!db)
        return Outcome(std::unexpect, db.error());
    if (auto writable = checkWritable(*db); !writable)
        return Outcome(std::unexpect, writable.error());
    const auto failed = [&](const Error &error) {
        return Outcome(std::unexpect,
                       error.code == Error::Code::Io ? diagnoseWriteFailure(*db, error) : error);
    };
    auto transaction = Transaction::begin(*db);
    if (!transaction)
        return failed(transaction.error());
    Outcome outcome = change(std::as_const(*db));
    if (!outcome)
        return failed(outcome.error());
    if (auto ok = transaction->commit(); !ok)
        return failed(ok.error());
    return outcome;
}

// The add() of a repository whose rows are written by a static insert(db,
// value) building block: inserts a copy of `value` with its id cleared in one
// write transaction and, only on success, copies it back (id filled).
template<typename Value, typename Insert>
Result<qint64> addThrough(const QString &connectionName, Value &value, Insert &&insert)
{
    Value stored = value;
    stored.id = 0;
    auto ok = write(connectionName, [&](const QSqlDatabase &db) { return insert(db, stored); });
    if (!ok)
        return std::unexpected(ok.error());
    value = stored;
    return value.id;
}

QVariant idOrNull(qint64 id);                  // 0 means "none": stored as NULL
QVariant textOrNull(const QString &text);      // "" stored as NULL
QVariant numberOrNull(std::optional<double> value);
std::optional<double> optionalNumber(const QVariant &value);

// A PartialDate is two columns: the ISO first day of the period (NULL when
// unknown) and the DatePrecision as an integer.
QVariant dateColumn(const PartialDate &date);
PartialDate dateFromColumns(const QVariant &date, const QVariant &precision);

// Timestamps are ISO 8601 UTC text with milliseconds, which sorts correctly.
QString timestampColumn(const QDateTime &time);
QDateTime timestampFromColumn(const QVariant &value);
QDateTime nowUtc(); // truncated to what timestampColumn() keeps

} // namespace Claimbench::Sql
