#pragma once

// What the reliability tests check from outside the program: a file's bytes,
// a folder's contents, and a project's SQLite integrity through a connection
// of their own. Header-only, like tests/common/clirun.h. The SQL here is the
// test's own inspection (as in tst_migrations), never the program's.

#include "core/error.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

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

// What a project holds, as SQLite sees it.
struct StoreCheck
{
    QString integrity;            // PRAGMA integrity_check: "ok" when sound
    qint64 articles = 0;
    qint64 unindexedArticles = 0; // articles without their full-text row
    qint64 emptyBodies = 0;
    qint64 claims = 0;
};

// Opens `projectPath` read-only on a connection of its own and inspects it.
inline Result<StoreCheck> inspectStore(const QString &projectPath)
{
    const QString name = QStringLiteral("reliability-inspect");
    Result<StoreCheck> result = StoreCheck{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(projectPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        const auto scalar = [&](const QString &sql) -> Result<QVariant> {
            QSqlQuery q(db);
            if (!q.exec(sql) || !q.next())
                return makeError(Error::Code::Database, sql, q.lastError().text());
            return q.value(0);
        };
        if (!db.open()) {
            result = makeError(Error::Code::Database, QStringLiteral("cannot open ") + projectPath,
                               db.lastError().text());
        } else {
            const auto integrity = scalar(QStringLiteral("PRAGMA integrity_check"));
            const auto articles = scalar(QStringLiteral("SELECT count(*) FROM articles"));
            // An FTS5 table keeps one docsize row per indexed document.
            const auto unindexed = scalar(QStringLiteral(
                "SELECT count(*) FROM articles a WHERE NOT EXISTS "
                "(SELECT 1 FROM articles_fts_docsize d WHERE d.id = a.id)"));
            const auto empty = scalar(QStringLiteral("SELECT count(*) FROM articles WHERE length(body) = 0"));
            const auto claims = scalar(QStringLiteral("SELECT count(*) FROM claims"));
            for (const auto *value : {&integrity, &articles, &unindexed, &empty, &claims})
                if (!*value && result)
                    result = std::unexpected(value->error());
            if (result)
                result = StoreCheck{integrity->toString(), articles->toLongLong(), unindexed->toLongLong(),
                                    empty->toLongLong(), claims->toLongLong()};
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace Claimbench
