// PostgresDialect's statements through libpq itself, under Qt's QPSQL
// driver: forEachRow() reads a long answer with no QVariant per column,
// copyIn() streams rows in by COPY, and setCancelFlag() stops a running
// statement with a real cancel request (PQcancel); QPSQL offers none of them.
#include "core/store/postgresdialect.h"

#include "core/store/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

#include <chrono>
#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// This file's messages, in PostgresDialect's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::PostgresDialect)
};

// The libpq connection behind `db`, or an error when it is not open.
Result<PGconn *> handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // Qt registers the type by its struct's name, "pg_conn*".
    const bool isPgConn = qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0;
    PGconn *connection = handle.isValid() && isPgConn
        ? *static_cast<PGconn *const *>(handle.constData())
        : nullptr;
    if (!connection || PQstatus(connection) != CONNECTION_OK)
        return makeError(Error::Code::Disconnected, Messages::tr("The connection to the server is not open"));
    return connection;
}

// handleOf(), when no statement is running on it: QPSQL reads a
// forward-only answer row by row too, and one still being read holds the
// connection.
Result<PGconn *> idleHandleOf(const QSqlDatabase &db)
{
    const Result<PGconn *> connection = handleOf(db);
    if (connection && (PQtransactionStatus(*connection) == PQTRANS_ACTIVE || PQisBusy(*connection)))
        return makeError(Error::Code::Database, Messages::tr("A database statement failed"),
                         u"the connection is still reading another statement's rows"_s);
    return connection;
}

// `sql` with its '?' placeholders numbered as libpq wants them ($1, $2...),
// outside string literals and quoted names.
QByteArray numberedPlaceholders(const QString &sql)
{
    QByteArray text;
    int placeholder = 0;
    QChar quote;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'?') {
            text += '$' + QByteArray::number(++placeholder);
            continue;
        }
        text += QString(c).toUtf8();
    }
    return text;
}

// One row of a single-row-mode result, its values in text form: integers
// and reals are parsed from the digits libpq received, with no QVariant.
class PostgresRow final : public RowReader
{
public:
    PostgresRow(const PGresult *result, int row)
        : m_result(result)
        , m_row(row)
    {
    }
    bool isNull(int column) const override
    {
        return PQgetisnull(m_result, m_row, column);
    }
    qint64 integer(int column) const override
    {
        const char *value = PQgetvalue(m_result, m_row, column);
        // A boolean reads as SQLite stores one.
        if (*value == 't' || *value == 'f')
            return *value == 't' ? 1 : 0;
        return std::strtoll(value, nullptr, 10);
    }
    double real(int column) const override
    {
        return std::strtod(PQgetvalue(m_result, m_row, column), nullptr);
    }
    QByteArrayView utf8(int column) const override
    {
        return QByteArrayView(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
    }

private:
    const PGresult *m_result;
    int m_row;
};

using ResultPointer = std::unique_ptr<PGresult, decltype(&PQclear)>;

// Sends a cancel request for the connection whenever its flag is up: at
// once when it turns, and again every kResendInterval while it stays up,
// so that a statement started after the flag turned is stopped too (the
// server ignores a request that comes while the connection is idle).
class CancelWatcher
{
public:
    CancelWatcher(PGcancel *cancel, const std::atomic<bool> *flag)
        : m_cancel(cancel)
        , m_flag(flag)
        , m_thread([this](std::stop_token stop) { watch(stop); })
    {
    }
    ~CancelWatcher()
    {
        m_thread.request_stop();
        m_thread.join();
        PQfreeCancel(m_cancel);
    }

private:
    static constexpr auto kPollInterval = std::chrono::milliseconds(5);
    static constexpr auto kResendInterval = std::chrono::milliseconds(100);

    void watch(std::stop_token stop)
    {
        auto lastSent = std::chrono::steady_clock::time_point();
        while (!stop.stop_requested()) {
            const auto now = std::chrono::steady_clock::now();
            if (m_flag->load(std::memory_order_relaxed) && now - lastSent >= kResendInterval) {
                char reason[256];
                PQcancel(m_cancel, reason, int(sizeof reason));
                lastSent = now;
            } else if (!m_flag->load(std::memory_order_relaxed)) {
                lastSent = {};
            }
            std::this_thread::sleep_for(kPollInterval);
        }
    }

    PGcancel *m_cancel;
    const std::atomic<bool> *m_flag;
    std::jthread m_thread;
};

// The watchers of the connections that have a flag, by connection name (a
// dialect has no state of its own): by name, so that clearing a flag works
// when the connection broke meanwhile and its PGconn is gone, before the
// flag's owner frees it.
std::mutex g_watchersMutex;
std::map<QString, std::unique_ptr<CancelWatcher>> g_watchers;

} // namespace

Result<void> PostgresDialect::setCancelFlag(const QSqlDatabase &db, const std::atomic<bool> *cancelled) const
{
    std::unique_ptr<CancelWatcher> old;
    const std::lock_guard lock(g_watchersMutex);
    if (auto it = g_watchers.find(db.connectionName()); it != g_watchers.end()) {
        old = std::move(it->second);
        g_watchers.erase(it);
    }
    if (!cancelled)
        return {};
    const Result<PGconn *> connection = handleOf(db);
    if (!connection)
        return std::unexpected(connection.error());
    PGcancel *cancel = PQgetCancel(*connection);
    if (!cancel)
        return makeError(Error::Code::Database, Messages::tr("Could not prepare to cancel statements"));
    g_watchers.emplace(db.connectionName(), std::make_unique<CancelWatcher>(cancel, cancelled));
    return {};
}

Result<qint64> PostgresDialect::forEachRow(const QSqlDatabase &db, const QString &sql, const QList<qint64> &binds,
                                           const std::function<bool(const RowReader &)> &visit) const
{
    const Result<PGconn *> connection = idleHandleOf(db);
    if (!connection)
        return std::unexpected(connection.error());
    PGconn *conn = *connection;
    // The binds are integers: typed int8 (OID 20), as the server could not
    // tell from generate_series(?, ?) alone.
    constexpr Oid kInt8 = 20;
    const QList<Oid> types(binds.size(), kInt8);
    QList<QByteArray> values;
    QList<const char *> pointers;
    for (const qint64 bind : binds)
        values.append(QByteArray::number(bind));
    for (const QByteArray &value : std::as_const(values))
        pointers.append(value.constData());
    const QByteArray text = numberedPlaceholders(sql);
    // The whole answer is read before the first visit: a visit may run
    // queries of its own on this connection (the chart looks up each
    // article once), which a streamed answer still being read would forbid.
    const ResultPointer result(PQexecParams(conn, text.constData(), int(pointers.size()), types.constData(),
                                            pointers.constData(), nullptr, nullptr, 0),
                               &PQclear);
    if (PQresultStatus(result.get()) != PGRES_TUPLES_OK) {
        const char *state = result ? PQresultErrorField(result.get(), PG_DIAG_SQLSTATE) : nullptr;
        const Error::Code code = PQstatus(conn) == CONNECTION_BAD ? Error::Code::Disconnected
            : qstrcmp(state, "57014") == 0                     ? Error::Code::Cancelled
                                                               : Error::Code::Database;
        return makeError(code, Messages::tr("A database statement failed"),
                         QString::fromUtf8(result ? PQresultErrorMessage(result.get()) : PQerrorMessage(conn))
                             .trimmed());
    }
    const int rows = PQntuples(result.get());
    qint64 visited = 0;
    for (int row = 0; row < rows; ++row) {
        ++visited;
        if (!visit(PostgresRow(result.get(), row)))
            break;
    }
    return visited;
}

Result<void> PostgresDialect::copyIn(const QSqlDatabase &db, const QString &copy,
                                     const std::function<QByteArray()> &nextChunk)
{
    const Result<PGconn *> connection = idleHandleOf(db);
    if (!connection)
        return std::unexpected(connection.error());
    PGconn *conn = *connection;
    // A failure as QPSQL would report it, so that it reads as any other
    // statement's (a lost connection, a role refused).
    const auto failed = [&](const PGresult *result) {
        const bool lost = PQstatus(conn) == CONNECTION_BAD;
        const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
        if (qstrcmp(state, "57014") == 0) // setCancelFlag()'s cancel, as forEachRow() reports it
            return std::unexpected(Error{Error::Code::Cancelled, Messages::tr("A database statement failed"),
                                         QString::fromUtf8(PQresultErrorMessage(result)).trimmed()});
        const QSqlError error(QString(),
                              QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(conn)).trimmed(),
                              lost ? QSqlError::ConnectionError : QSqlError::StatementError,
                              state ? QString::fromLatin1(state) : QString());
        return std::unexpected(Sql::databaseError(db.driver(), Messages::tr("Could not store the search index"), error));
    };
    const ResultPointer started(PQexec(conn, copy.toUtf8().constData()), &PQclear);
    if (PQresultStatus(started.get()) != PGRES_COPY_IN)
        return failed(started.get());
    bool sent = true;
    for (QByteArray chunk = nextChunk(); sent && !chunk.isEmpty(); chunk = nextChunk())
        sent = PQputCopyData(conn, chunk.constData(), int(chunk.size())) == 1;
    // A COPY ended with a message fails on the server, as a whole.
    if (PQputCopyEnd(conn, sent ? nullptr : "the client could not send every row") != 1)
        return failed(nullptr);
    const ResultPointer finished(PQgetResult(conn), &PQclear);
    while (PGresult *rest = PQgetResult(conn))
        PQclear(rest);
    if (PQresultStatus(finished.get()) != PGRES_COMMAND_OK)
        return failed(finished.get());
    return {};
}

} // namespace Claimbench
