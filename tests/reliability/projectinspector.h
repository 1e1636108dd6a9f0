#pragma once

// What the reliability tests check from outside the program: a file's bytes,
// a folder's contents, and a project's consistency through a connection of
// their own, on a file (SQLite) or a team server (PostgreSQL). Header-only,
// like tests/common/clirun.h. The SQL here is the test's own inspection (as
// in tst_migrations), never the program's.

#include "core/error.h"
#include "core/store/postgresdialect.h"
#include "core/store/serveraddress.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace Claimbench {

// SHA-256 of a file's bytes; empty when it cannot be read.
inline QByteArray fileChecksum(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// Every entry under `folder` (symlinks not followed) with its checksum, or
// its target for a symlink: two equal listings mean nothing was added,
// removed or changed.
inline QMap<QString, QByteArray> folderListing(const QString &folder)
{
    QMap<QString, QByteArray> listing;
    const QDir root(folder);
    QDirIterator it(folder, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo entry = it.nextFileInfo();
        const QString name = root.relativeFilePath(entry.filePath());
        if (entry.isSymLink())
            listing.insert(name, "-> " + entry.symLinkTarget().toUtf8());
        else
            listing.insert(name, entry.isDir() ? QByteArray("dir") : fileChecksum(entry.filePath()));
    }
    return listing;
}

// What a project holds, and whether it is consistent.
struct StoreCheck
{
    // "ok" when sound. A file: PRAGMA integrity_check. A server (no file to
    // check): "ok", else what is inconsistent, joined by "; ": a missing
    // schema version row, claims pointing at a missing article, an article's
    // page rows not numbered 1..n, full-text rows of missing articles.
    QString integrity;
    qint64 articles = 0;
    qint64 unindexedArticles = 0; // articles without their full-text row (on a server: or a stale one)
    qint64 emptyBodies = 0;
    qint64 claims = 0;
};

namespace Inspection {

// Runs `inspect` with a connection of its own to `location` (a file opened
// read-only, or a postgresql:// URL), closed and removed afterwards.
template<typename T>
Result<T> withConnection(const QString &location, const std::function<Result<T>(QSqlDatabase &)> &inspect)
{
    const QString name = QStringLiteral("reliability-inspect");
    Result<T> result = makeError(Error::Code::Database, QStringLiteral("not inspected: ") + location);
    {
        QSqlDatabase db;
        if (ServerAddress::looksLikeUrl(location)) {
            const auto address = ServerAddress::parse(location);
            if (!address)
                return std::unexpected(address.error());
            db = QSqlDatabase::addDatabase(PostgresDialect::kDriverName.toString(), name);
            PostgresDialect::setServer(db, *address);
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(location);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        }
        if (!db.open())
            result = makeError(Error::Code::Database, QStringLiteral("cannot open ") + location, db.lastError().text());
        else
            result = inspect(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

inline Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return makeError(Error::Code::Database, sql, q.lastError().text());
    return q.value(0);
}

// The counts every backend shares, into `check`; the first error, if any.
inline Result<void> countRows(const QSqlDatabase &db, const QString &unindexedSql, StoreCheck &check)
{
    const std::pair<qint64 *, QString> counts[] = {
        {&check.articles, QStringLiteral("SELECT count(*) FROM articles")},
        {&check.unindexedArticles, unindexedSql},
        {&check.emptyBodies, QStringLiteral("SELECT count(*) FROM articles WHERE length(body) = 0")},
        {&check.claims, QStringLiteral("SELECT count(*) FROM claims")},
    };
    for (const auto &[field, sql] : counts) {
        const auto value = scalar(db, sql);
        if (!value)
            return std::unexpected(value.error());
        *field = value->toLongLong();
    }
    return {};
}

inline Result<StoreCheck> inspectFile(QSqlDatabase &db)
{
    StoreCheck check;
    const auto integrity = scalar(db, QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return std::unexpected(integrity.error());
    check.integrity = integrity->toString();
    // An FTS5 table keeps one docsize row per indexed document.
    if (auto ok = countRows(db, QStringLiteral("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                                               "(SELECT 1 FROM articles_fts_docsize d WHERE d.id = a.id)"),
                            check);
        !ok)
        return std::unexpected(ok.error());
    return check;
}

// How many articles' articles_fts row differs from the vector the program
// writes for them (PostgresDialect::articleVector()), or is missing.
inline Result<qint64> staleArticleVectors(QSqlDatabase &db)
{
    QSqlQuery articles(db);
    articles.setForwardOnly(true);
    if (!articles.exec(QStringLiteral("SELECT id, title, body FROM articles ORDER BY id")))
        return makeError(Error::Code::Database, QStringLiteral("could not read the articles"),
                         articles.lastError().text());
    qint64 stale = 0;
    while (articles.next()) {
        QSqlQuery same(db);
        same.prepare(QStringLiteral("SELECT count(*) FROM articles_fts WHERE id = ? AND fts = ?::tsvector"));
        same.addBindValue(articles.value(0));
        same.addBindValue(PostgresDialect::articleVector(articles.value(1).toString(), articles.value(2).toString()));
        if (!same.exec() || !same.next())
            return makeError(Error::Code::Database, QStringLiteral("could not read an article's vector"),
                             same.lastError().text());
        stale += same.value(0).toLongLong() == 1 ? 0 : 1;
    }
    return stale;
}

// A server project has no file to check; what "consistent" means there is
// what the program's transactions promise (app/core/store/postgresfulltext.cpp
// for the side tables): each article's articles_fts row present and equal to
// the vector the program writes for it, no claim of a missing article, the
// schema version row present, and no article half-written (its page rows
// numbered 1..n without a gap).
inline Result<StoreCheck> inspectServer(QSqlDatabase &db)
{
    StoreCheck check;
    if (auto ok = countRows(db, QStringLiteral("SELECT 0"), check); !ok)
        return std::unexpected(ok.error());
    const auto stale = staleArticleVectors(db);
    if (!stale)
        return std::unexpected(stale.error());
    check.unindexedArticles = *stale;
    const std::pair<QString, QString> faults[] = {
        {QStringLiteral("no schema version row"),
         QStringLiteral("SELECT count(*) = 0 FROM claimbench_project WHERE key = 'schema_version'")},
        {QStringLiteral("claims of a missing article"),
         QStringLiteral("SELECT count(*) FROM claims c WHERE NOT EXISTS "
                        "(SELECT 1 FROM articles a WHERE a.id = c.article_id)")},
        {QStringLiteral("full-text rows of a missing article"),
         QStringLiteral("SELECT count(*) FROM articles_fts f WHERE NOT EXISTS "
                        "(SELECT 1 FROM articles a WHERE a.id = f.id)")},
        {QStringLiteral("articles with pages not numbered 1..n"),
         QStringLiteral("SELECT count(*) FROM (SELECT article_id FROM article_pages GROUP BY article_id "
                        "HAVING min(page) <> 1 OR max(page) <> count(*) OR count(DISTINCT page) <> count(*)) p")},
        {QStringLiteral("pages past their article's body"),
         QStringLiteral("SELECT count(*) FROM article_pages p JOIN articles a ON a.id = p.article_id "
                        "WHERE p.end_offset > length(a.body)")},
    };
    QStringList found;
    for (const auto &[fault, sql] : faults) {
        const auto value = scalar(db, sql);
        if (!value)
            return std::unexpected(value.error());
        if (value->toLongLong() != 0)
            found.append(QStringLiteral("%1 (%2)").arg(fault).arg(value->toLongLong()));
    }
    check.integrity = found.isEmpty() ? QStringLiteral("ok") : found.join(QStringLiteral("; "));
    return check;
}

} // namespace Inspection

// Opens the project at `location` (a file, read-only, or a server URL) on a
// connection of its own and inspects it.
inline Result<StoreCheck> inspectStore(const QString &location)
{
    return Inspection::withConnection<StoreCheck>(location, [&](QSqlDatabase &db) {
        return ServerAddress::looksLikeUrl(location) ? Inspection::inspectServer(db) : Inspection::inspectFile(db);
    });
}

// A server database's rows, table by table ("name: rows, max id, sum of row
// versions"), for "changed nothing": equal before and after means no row was
// added, removed or rewritten. Tables without an id or row_version count 0
// there. Empty for a database without tables.
inline Result<QStringList> serverTableSummary(const QString &url)
{
    return Inspection::withConnection<QStringList>(url, [](QSqlDatabase &db) -> Result<QStringList> {
        QStringList summary;
        QSqlQuery tables(db);
        if (!tables.exec(QStringLiteral(
                "SELECT t.table_name, bool_or(c.column_name = 'id'), bool_or(c.column_name = 'row_version') "
                "FROM information_schema.tables t JOIN information_schema.columns c "
                "ON c.table_schema = t.table_schema AND c.table_name = t.table_name "
                "WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE' "
                "GROUP BY t.table_name ORDER BY t.table_name")))
            return makeError(Error::Code::Database, QStringLiteral("listing tables"), tables.lastError().text());
        QStringList sql;
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            sql.append(QStringLiteral("SELECT '%1: ' || count(*) || ', ' || %2 || ', ' || %3 FROM %1").arg(
                table, tables.value(1).toBool() ? QStringLiteral("coalesce(max(id), 0)") : QStringLiteral("0"),
                tables.value(2).toBool() ? QStringLiteral("coalesce(sum(row_version), 0)") : QStringLiteral("0")));
        }
        for (const QString &statement : std::as_const(sql)) {
            const auto line = Inspection::scalar(db, statement);
            if (!line)
                return std::unexpected(line.error());
            summary.append(line->toString());
        }
        return summary;
    });
}

// Drops the test server's database of `url` (CLAIMBENCH_TEST_SERVER's admin
// connection): a test that makes a database per kill gives each back at
// once, so that a run never holds many (each ~7.5 MB of catalogs).
inline Result<void> dropServerDatabase(const QString &url)
{
    const auto target = ServerAddress::parse(url);
    if (!target)
        return std::unexpected(target.error());
    const auto dropped = Inspection::withConnection<bool>(
        qEnvironmentVariable("CLAIMBENCH_TEST_SERVER"), [&](QSqlDatabase &db) -> Result<bool> {
            QSqlQuery drop(db);
            if (!drop.exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(target->database)))
                return makeError(Error::Code::Database, url, drop.lastError().text());
            return true;
        });
    if (!dropped)
        return std::unexpected(dropped.error());
    return {};
}

} // namespace Claimbench
