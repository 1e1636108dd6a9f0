#include "core/store/postgresdialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

#include <optional>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// This file's messages, in PostgresDialect's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::PostgresDialect)
};

// The table that says a database is a Claimbench project and which schema
// version it has: a server has no PRAGMA user_version or application_id.
constexpr QStringView kProjectTable = u"claimbench_project";
constexpr QStringView kMarkerKey = u"application";
constexpr QStringView kMarkerValue = u"Claimbench";
constexpr QStringView kVersionKey = u"schema_version";

// The advisory lock a migration step holds for its transaction: "ClBn", the
// SQLite file's application id.
constexpr qint64 kUpgradeLockKey = 0x436C426E;

Result<void> execAll(const QSqlDatabase &db, const QStringList &statements, const QString &failure)
{
    for (const QString &sql : statements) {
        QSqlQuery query(db);
        if (!query.exec(sql))
            return makeError(Error::Code::Database, failure, query.lastError().text());
    }
    return {};
}

// The server's SQLSTATE for the error (five characters; empty when the
// error came from the client library or the driver, not from the server).
QString sqlState(const QSqlError &error)
{
    return error.nativeErrorCode();
}

// The value of `key` in the project table; nullopt when the table or the
// row is missing. to_regclass makes a missing table NULL rather than an
// error, which would abort the transaction a migration step runs in.
Result<std::optional<QString>> projectValue(const QSqlDatabase &db, QStringView key)
{
    QSqlQuery exists(db);
    if (!exists.exec(u"SELECT to_regclass('"_s + kProjectTable + u"') IS NOT NULL"_s) || !exists.next())
        return makeError(Error::Code::Database, Messages::tr("Could not read the project's schema version"),
                         exists.lastError().text());
    if (!exists.value(0).toBool())
        return std::optional<QString>();
    QSqlQuery value(db);
    value.prepare(u"SELECT value FROM "_s + kProjectTable + u" WHERE key = ?"_s);
    value.addBindValue(key.toString());
    if (!value.exec())
        return makeError(Error::Code::Database, Messages::tr("Could not read the project's schema version"),
                         value.lastError().text());
    if (!value.next())
        return std::optional<QString>();
    return std::optional<QString>(value.value(0).toString());
}

// Settings of every connection: timestamps the server makes in UTC, as
// SQLite makes them; a lock wait that fails as busy after kLockTimeoutMs
// (55P03) instead of waiting for ever; no NOTICE in the log for a search
// whose words all fold away ("text-search query doesn't contain lexemes");
// no JIT: the statements are short index reads, which compiling makes
// slower (a chart's read passes the default cost threshold).
QStringList sessionSettings()
{
    return {u"SET TIME ZONE 'UTC'"_s, u"SET lock_timeout = %1"_s.arg(PostgresDialect::kLockTimeoutMs),
            u"SET client_min_messages = warning"_s, u"SET jit = off"_s};
}

} // namespace

const PostgresDialect &PostgresDialect::instance()
{
    static const PostgresDialect dialect;
    return dialect;
}

void PostgresDialect::setServer(QSqlDatabase &db, const ServerAddress &address)
{
    db.setHostName(address.host);
    if (address.port != 0)
        db.setPort(address.port);
    db.setDatabaseName(address.database);
    db.setUserName(address.user);
    db.setPassword(address.password);
    // QPSQL passes these to libpq as they are (';' separates them). A server
    // that does not answer fails the open after 10 s instead of libpq's
    // default of waiting for ever; application_name shows who connected in
    // pg_stat_activity. A server that stops answering mid-session (a
    // dropped network, not a refused one) is noticed within about 11 s by
    // TCP keepalives on an idle connection, such as the change feed's, and
    // after 10 s without an acknowledgement (tcp_user_timeout) by a
    // statement waiting for its answer, which may hold the window that
    // long; without them the kernel waits some fifteen minutes. A slow but
    // live link acknowledges well within that.
    QStringList options{u"connect_timeout=10"_s,    u"application_name=claimbench"_s, u"keepalives=1"_s,
                        u"keepalives_idle=5"_s,     u"keepalives_interval=2"_s,      u"keepalives_count=3"_s,
                        u"tcp_user_timeout=10000"_s};
    if (!address.sslMode.isEmpty())
        options.append(u"sslmode="_s + address.sslMode);
    db.setConnectOptions(options.join(u';'));
}

Result<void> PostgresDialect::configureConnection(const QSqlDatabase &db)
{
    return execAll(db, sessionSettings(), Messages::tr("Could not configure the connection to the server"));
}

Error PostgresDialect::connectError(const ServerAddress &address, const QString &url, const QSqlError &error)
{
    // libpq's own words (it sends no SQLSTATE for a failed connection):
    // "fe_sendauth: no password supplied" when the server asked for one and
    // none was given, and the server's 28P01 "password authentication
    // failed" when the one given was wrong.
    const QString text = error.text();
    if (text.contains(u"no password supplied"_s) || text.contains(u"password authentication failed"_s)
        || sqlState(error) == u"28P01")
        return Error{Error::Code::NeedsPassword, Messages::tr("%1 asks for a password").arg(url), text};
    // The server's 42501 for a role without CONNECT: server init revokes it
    // from every role outside the team.
    if (text.contains(u"permission denied for database"_s)) {
        ServerAddress administrators = address;
        administrators.user.clear(); // the administrator runs it as themselves
        const QString role = address.user.isEmpty() ? Messages::tr("This user") : address.user;
        return Error{Error::Code::Denied,
                     Messages::tr("%1 is not in the team of this project; a server administrator can run "
                                  "`claimbench-cli server grant '%2' %3 viewer` (or analyst, reviewer: in every project on "
                                  "this server)")
                         .arg(role, administrators.toString(), address.user.isEmpty() ? u"ROLE"_s : address.user),
                     text};
    }
    return Error{Error::Code::Disconnected, Messages::tr("Could not connect to %1").arg(url), text};
}

QString PostgresDialect::engineName() const
{
    return u"PostgreSQL"_s;
}

QString PostgresDialect::engineVersion() const
{
    // The libpq this program runs with (PQlibVersion), like SQLite's library
    // version; the server's own version is what SHOW server_version says.
    const int version = PQlibVersion(); // 150018: 15.18
    return u"%1.%2"_s.arg(version / 10000).arg(version % 10000);
}

QString PostgresDialect::idColumn() const
{
    // INTEGER because every foreign key to an id is INTEGER (the shared DDL);
    // BY DEFAULT rather than ALWAYS so that a project copy can write the ids
    // it copies (then afterExplicitIds() moves the sequence past them).
    return u"id INTEGER GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s;
}

QString PostgresDialect::idOrNew(QStringView table) const
{
    // An identity column takes no NULL: a new row asks its sequence.
    return u"COALESCE(?, nextval(pg_get_serial_sequence('"_s + table + u"', 'id')))"_s;
}

QString PostgresDialect::blobType() const
{
    return u"BYTEA"_s;
}

Result<int> PostgresDialect::schemaVersion(const QSqlDatabase &db) const
{
    const auto value = projectValue(db, kVersionKey);
    if (!value)
        return std::unexpected(value.error());
    if (!*value)
        return 0;
    bool ok = false;
    const int version = (*value)->toInt(&ok);
    if (!ok)
        return makeError(Error::Code::NotAProject, Messages::tr("The project's schema version is damaged"),
                         **value);
    return version;
}

Result<void> PostgresDialect::setSchemaVersion(const QSqlDatabase &db, int version) const
{
    const QString upsert = u"INSERT INTO "_s + kProjectTable
        + u" (key, value) VALUES ('%1', '%2') ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"_s;
    return execAll(db,
                   {u"CREATE TABLE IF NOT EXISTS "_s + kProjectTable + u" (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
                    upsert.arg(kMarkerKey, kMarkerValue), upsert.arg(kVersionKey, QString::number(version))},
                   Messages::tr("Could not record the project's schema version"));
}

Result<bool> PostgresDialect::isProject(const QSqlDatabase &db) const
{
    const auto value = projectValue(db, kMarkerKey);
    if (!value)
        return std::unexpected(value.error());
    return *value && **value == kMarkerValue;
}

Result<void> PostgresDialect::lockForUpgrade(const QSqlDatabase &db) const
{
    // Held until the step's transaction ends. Waiting for it counts against
    // lock_timeout and fails as busy, which the migration retries.
    QSqlQuery query(db);
    if (!query.exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(kUpgradeLockKey)))
        return makeError(isBusy(query.lastError()) ? Error::Code::Busy : Error::Code::Database,
                         Messages::tr("Could not lock the project for its upgrade"), query.lastError().text());
    return {};
}

Result<void> PostgresDialect::analyzeNewIndex(const QSqlDatabase &, const QString &) const
{
    // The planner judges an index on plain columns by the table's column
    // statistics, which autovacuum keeps: a new index needs none of its own.
    return {};
}

QStringList PostgresDialect::sortIndexSchema() const
{
    // A btree on (column) alone leaves ORDER BY column, id an incremental
    // sort that fetches every skipped row from the table (a page at row
    // 500,000 of 1,000,000 claims: 3.4 s; 0.14 s over (value, id)).
    // NULLS FIRST as ClaimQuery sorts a nullable column ascending, which the
    // same index walked backwards gives for descending (NULLS LAST); the
    // planner uses an index for an ORDER BY only when the NULLs ordering
    // matches. A NOT NULL column is sorted without a NULLS clause and keeps
    // the default, which min() and max() seek by too (the "Who" filter's
    // list of analysts). The foreign keys need none: a named sort seeks each
    // name's claims by equality, then walks their ids.
    struct SortIndex
    {
        QStringView replaced; // the plain index of versions 1-4 that this one serves for
        QStringView table;
        QStringView columns;
    };
    static constexpr SortIndex kIndexes[] = {
        {u"claims_value", u"claims", u"value NULLS FIRST, id"},
        {u"claims_low", u"claims", u"low NULLS FIRST, id"},
        {u"claims_high", u"claims", u"high NULLS FIRST, id"},
        {u"claims_unit", u"claims", u"unit, id"},
        {u"claims_qualifier", u"claims", u"qualifier NULLS FIRST, id"},
        {u"claims_status", u"claims", u"status, id"},
        {u"claims_quote", u"claims", u"quote, id"},
        {u"claims_as_of", u"claims", u"as_of NULLS FIRST, id"},
        {u"claims_changed_by", u"claims", u"changed_by, id"},
        {u"claims_metric", u"claims", u"metric_id, id"},
        {u"claims_claimant", u"claims", u"claimant_id, id"},
        {u"claims_tag", u"claims", u"tag_id, id"},
        {u"claims_article", u"claims", u"article_id, start_offset, id"},
        {u"articles_title", u"articles", u"title NULLS FIRST, id"},
        {u"articles_outlet", u"articles", u"outlet NULLS FIRST, id"},
        {u"articles_published", u"articles", u"published NULLS FIRST, id"},
    };
    QStringList ddl;
    for (const SortIndex &index : kIndexes)
        ddl << u"DROP INDEX "_s + index.replaced
            << u"CREATE INDEX "_s + index.replaced + u"_id ON "_s + index.table + u" ("_s + index.columns + u')';
    return ddl;
}

QStringList PostgresDialect::afterExplicitIds(QStringView table) const
{
    // The next id the sequence gives: one past the highest stored (1 in an
    // empty table; is_called false makes setval's value the next one).
    return {u"SELECT setval(pg_get_serial_sequence('%1', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM %1"_s.arg(
        table)};
}

QString PostgresDialect::orderedJoin() const
{
    return u" JOIN "_s;
}

QString PostgresDialect::nullLike(QStringView) const
{
    return u"NULL"_s;
}

QString PostgresDialect::queryPlanSql(const QString &sql) const
{
    return u"EXPLAIN "_s + sql;
}

Result<void> PostgresDialect::configureReadConnection(const QSqlDatabase &db) const
{
    QStringList statements = sessionSettings();
    statements.append(u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s);
    return execAll(db, statements, Messages::tr("Could not configure the connection to the server"));
}

Result<void> PostgresDialect::configureSinglePassRead(const QSqlDatabase &) const
{
    // The server keeps no per-connection page cache to size: nothing to set.
    return {};
}

QString PostgresDialect::beginWrite() const
{
    // Row locks are taken by each write as it runs; lock_timeout bounds the
    // wait for one.
    return u"BEGIN"_s;
}

QString PostgresDialect::beginSnapshotRead() const
{
    // READ COMMITTED would give each statement a snapshot of its own.
    return u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s;
}

bool PostgresDialect::isBusy(const QSqlError &error) const
{
    // serialization_failure, deadlock_detected, lock_not_available (what
    // lock_timeout raises). Not query_canceled (57014): since PostgreSQL 9.3
    // a lock timeout is 55P03, and 57014 is statement_timeout or a cancel.
    const QString state = sqlState(error);
    return state == u"40001" || state == u"40P01" || state == u"55P03";
}

bool PostgresDialect::isWriteRefused(const QSqlError &error) const
{
    // Class 53, insufficient resources (53100 disk full, 53200 out of
    // memory, 53300 too many connections, 53400 configuration limit); class
    // 58, system errors (58030 an I/O error).
    const QString state = sqlState(error);
    return state.startsWith(u"53"_s) || state.startsWith(u"58"_s);
}

bool PostgresDialect::isConstraintViolation(const QSqlError &error) const
{
    return sqlState(error).startsWith(u"23"_s); // integrity_constraint_violation
}

bool PostgresDialect::isConnectionLost(const QSqlError &error) const
{
    // Class 08 (connection exception); the server shutting down or
    // restarting (57P01 admin_shutdown, 57P02 crash_shutdown, 57P03
    // cannot_connect_now). A failure with no SQLSTATE at all never reached
    // the server: libpq lost it ("server closed the connection
    // unexpectedly", "no connection to the server").
    if (error.type() == QSqlError::NoError)
        return false;
    const QString state = sqlState(error);
    return state.isEmpty() || state.startsWith(u"08"_s) || state == u"57P01" || state == u"57P02"
        || state == u"57P03";
}

bool PostgresDialect::isPermissionDenied(const QSqlError &error) const
{
    return sqlState(error) == u"42501"; // insufficient_privilege
}

Result<QString> PostgresDialect::currentUser(const QSqlDatabase &db) const
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT current_user"_s) || !q.next())
        return makeError(Error::Code::Database, Messages::tr("Could not read which role is connected"),
                         q.lastError().text());
    return q.value(0).toString();
}

} // namespace Claimbench
