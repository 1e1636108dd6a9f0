#include "core/store/sqlitedialect.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QScopeGuard>
#include <QUrl>
#include <QtEndian>

#include <sqlite3.h>

#include <memory>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// This file's messages, in SqliteDialect's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::SqliteDialect)
};

} // namespace

namespace {

Result<void> execAll(const QSqlDatabase &db, std::initializer_list<QString> statements)
{
    for (const QString &sql : statements) {
        QSqlQuery query(db);
        if (!query.exec(sql))
            return makeError(Error::Code::Database, Messages::tr("Could not configure the project database"),
                             query.lastError().text());
    }
    return {};
}

// The SQLite connection behind `db`, or an error when it is not open.
Result<sqlite3 *> handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    sqlite3 *connection = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
        ? *static_cast<sqlite3 *const *>(handle.constData())
        : nullptr;
    if (!connection)
        return makeError(Error::Code::Io, Messages::tr("The project's connection is not open"));
    return connection;
}

Result<qint64> pragmaValue(const QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA "_s + pragma) || !query.next())
        return makeError(Error::Code::NotAProject, Messages::tr("The file is not a readable SQLite database"),
                         query.lastError().text());
    return query.value(0).toLongLong();
}

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    // Extended result codes keep the primary code in the low byte.
    return ok ? code & 0xff : -1;
}


Result<void> writeApplicationId(const QSqlDatabase &db)
{
    return execAll(db, {u"PRAGMA application_id=%1"_s.arg(SqliteDialect::kApplicationId)});
}

// A row of the statement forEachRow() steps, read with sqlite3_column_*.
class StatementRow final : public RowReader
{
public:
    explicit StatementRow(sqlite3_stmt *statement)
        : m_statement(statement)
    {
    }
    bool isNull(int column) const override { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    qint64 integer(int column) const override { return sqlite3_column_int64(m_statement, column); }
    double real(int column) const override { return sqlite3_column_double(m_statement, column); }
    QByteArrayView utf8(int column) const override
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QByteArrayView(text, text ? sqlite3_column_bytes(m_statement, column) : 0);
    }

private:
    sqlite3_stmt *m_statement;
};

} // namespace

void SqliteDialect::setFile(QSqlDatabase &db, const QString &path, Access access)
{
    if (access == Access::ReadWrite) {
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        return;
    }
    // A -wal with data must be read through SQLite's recovery, never skipped.
    if (canCreateBeside(path) || QFileInfo::exists(path + u"-shm"_s) || QFileInfo(path + u"-wal"_s).size() > 0) {
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        return;
    }
    db.setDatabaseName(QString::fromLatin1(QUrl::fromLocalFile(path).toEncoded()) + u"?immutable=1"_s);
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
}

bool SqliteDialect::canCreateBeside(const QString &path)
{
    const QFileInfo folder(QFileInfo(path).absolutePath());
    return folder.isWritable() && (folder.permissions() & QFileDevice::WriteOwner);
}

Result<void> SqliteDialect::configureConnection(const QSqlDatabase &db)
{
    QSqlQuery mode(db);
    if (!mode.exec(u"PRAGMA journal_mode=WAL"_s) || !mode.next()) {
        // The switch needs the file to itself: another program holds it open
        // without WAL (or in exclusive mode) and kept it past the busy timeout.
        if (instance().isBusy(mode.lastError()))
            return makeError(Error::Code::Busy, Messages::tr("The project is locked by another program"),
                             mode.lastError().text());
        return makeError(Error::Code::Database, Messages::tr("Could not switch the project to WAL mode"),
                         mode.lastError().text());
    }
    if (mode.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return makeError(Error::Code::Database, Messages::tr("The project file does not support WAL mode"),
                         mode.value(0).toString());
    return execAll(db, {u"PRAGMA foreign_keys=ON"_s, u"PRAGMA synchronous=NORMAL"_s,
                        u"PRAGMA cache_size=-16384"_s});
}

Result<void> SqliteDialect::checkpoint(const QSqlDatabase &db)
{
    // One row: busy (1 when a reader or writer kept pages from being
    // copied), WAL frames, frames copied.
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) || !query.next())
        return makeError(instance().isWriteRefused(query.lastError()) ? Error::Code::Io : Error::Code::Database,
                         Messages::tr("Could not write the project file"), query.lastError().text());
    if (query.value(0).toInt() != 0)
        return makeError(Error::Code::Busy, Messages::tr("The project is locked by another program"),
                         u"checkpoint incomplete"_s);
    return {};
}

Result<void> SqliteDialect::checkFileHeader(const QString &path)
{
    const auto notAProject = [&](const QString &why) {
        return makeError(Error::Code::NotAProject, Messages::tr("%1 is not a Claimbench project").arg(path), why);
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, Messages::tr("Could not read %1").arg(path), file.errorString());
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return notAProject(Messages::tr("no SQLite 3 header"));
    // Page size: a power of two from 512 to 32768, or 1 meaning 65536.
    const quint32 raw = qFromBigEndian<quint16>(header.constData() + 16);
    const qint64 pageSize = raw == 1 ? 65536 : raw;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return notAProject(Messages::tr("damaged header (page size %1)").arg(raw));
    // A crash during a checkpoint leaves page 1, with the new page count, in
    // the file before the pages that extend it; a crash during a rollback
    // leaves a hot journal. SQLite recovers both from the side file on open,
    // so the file's size says nothing while one of them holds data.
    if (QFileInfo(path + u"-wal"_s).size() > 0 || QFileInfo(path + u"-journal"_s).size() > 0)
        return {};
    const qint64 size = file.size();
    if (size % pageSize != 0)
        return notAProject(Messages::tr("truncated or damaged (%1 bytes is not a whole number of %2-byte pages)")
                               .arg(size)
                               .arg(pageSize));
    // The page count at offset 28 is trustworthy only when the "version valid
    // for" number at 92 equals the change counter at 24.
    const quint32 changeCounter = qFromBigEndian<quint32>(header.constData() + 24);
    const quint32 validFor = qFromBigEndian<quint32>(header.constData() + 92);
    const qint64 pages = qFromBigEndian<quint32>(header.constData() + 28);
    if (changeCounter == validFor && pages * pageSize > size)
        return notAProject(Messages::tr("truncated (%1 of %2 bytes)").arg(size).arg(pages * pageSize));
    return {};
}

QStringList SqliteDialect::sideFiles(const QString &path)
{
    return {path + u"-wal"_s, path + u"-shm"_s, path + u"-journal"_s};
}

Result<int> SqliteDialect::schemaVersion(const QSqlDatabase &db) const
{
    auto value = pragmaValue(db, u"user_version"_s);
    if (!value)
        return std::unexpected(value.error());
    return int(*value);
}

Result<void> SqliteDialect::setSchemaVersion(const QSqlDatabase &db, int version) const
{
    if (auto ok = writeApplicationId(db); !ok)
        return ok;
    return execAll(db, {u"PRAGMA user_version=%1"_s.arg(version)});
}

Result<bool> SqliteDialect::isProject(const QSqlDatabase &db) const
{
    auto appId = readApplicationId(db);
    if (!appId)
        return std::unexpected(appId.error());
    return *appId == kApplicationId;
}

Result<void> SqliteDialect::lockForUpgrade(const QSqlDatabase &) const
{
    return {};
}

QStringList SqliteDialect::afterExplicitIds(QStringView) const
{
    return {};
}

QStringList SqliteDialect::changeNoticeSchema() const
{
    return {};
}

QStringList SqliteDialect::sortIndexSchema() const
{
    return {};
}

Result<void> SqliteDialect::analyzeNewIndex(const QSqlDatabase &db, const QString &index) const
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'"_s))
        return makeError(Error::Code::Database,
                         Messages::tr("Could not read the project's statistics"), query.lastError().text());
    if (!query.next())
        return {};
    return execAll(db, {u"ANALYZE "_s + index});
}

Result<qint32> SqliteDialect::readApplicationId(const QSqlDatabase &db)
{
    auto value = pragmaValue(db, u"application_id"_s);
    if (!value)
        return std::unexpected(value.error());
    return qint32(*value);
}

QString SqliteDialect::idColumn() const
{
    return u"id INTEGER PRIMARY KEY"_s;
}

QString SqliteDialect::idOrNew(QStringView) const
{
    return u"?"_s;
}

QString SqliteDialect::blobType() const
{
    return u"BLOB"_s;
}

QStringList SqliteDialect::fullTextSchema() const
{
    return {
        u"CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', "
        "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"_s,
        u"CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
        "INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END"_s,
        u"CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
        "INSERT INTO articles_fts(articles_fts, rowid, title, body) "
        "VALUES ('delete', old.id, old.title, old.body); END"_s,
        u"CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN "
        "INSERT INTO articles_fts(articles_fts, rowid, title, body) "
        "VALUES ('delete', old.id, old.title, old.body); "
        "INSERT INTO articles_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END"_s,
    };
}

QStringList SqliteDialect::articleIndexSchema() const
{
    return {};
}

QStringList SqliteDialect::textCompressionSchema() const
{
    return {};
}

Result<void> SqliteDialect::beginArticleWrite(const QSqlDatabase &) const
{
    return {};
}

std::unique_ptr<Dialect::PendingArticleIndex> SqliteDialect::beginArticleIndex(QList<ArticleText>) const
{
    class WrittenByTriggers final : public PendingArticleIndex
    {
    public:
        Result<void> write(const QSqlDatabase &, const QList<qint64> &) override { return {}; }
    };
    return std::make_unique<WrittenByTriggers>();
}

QStringList SqliteDialect::claimsFullTextSchema() const
{
    return {
        u"CREATE VIRTUAL TABLE claims_fts USING fts5(quote, note, content='claims', "
        "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"_s,
        u"CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN "
        "INSERT INTO claims_fts(rowid, quote, note) VALUES (new.id, new.quote, new.note); END"_s,
        u"CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN "
        "INSERT INTO claims_fts(claims_fts, rowid, quote, note) "
        "VALUES ('delete', old.id, old.quote, old.note); END"_s,
        u"CREATE TRIGGER claims_fts_update AFTER UPDATE OF quote, note ON claims BEGIN "
        "INSERT INTO claims_fts(claims_fts, rowid, quote, note) "
        "VALUES ('delete', old.id, old.quote, old.note); "
        "INSERT INTO claims_fts(rowid, quote, note) VALUES (new.id, new.quote, new.note); END"_s,
        u"INSERT INTO claims_fts(claims_fts) VALUES ('rebuild')"_s,
    };
}

QString SqliteDialect::claimTextIdsSql() const
{
    return u"SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?"_s;
}

QString SqliteDialect::ftsPhrase(QStringView text) const
{
    // Only word characters reach the quotes, as in ftsQuery(); runs of
    // anything else become the one space between the phrase's words.
    QString phrase;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.isMark() || c.isSurrogate())
            phrase.append(c);
        else if (!phrase.isEmpty() && !phrase.endsWith(u' '))
            phrase.append(u' ');
    }
    phrase = phrase.trimmed();
    return phrase.isEmpty() ? QString() : u'"' + phrase + u'"';
}

QString SqliteDialect::ftsEither(const QString &first, const QString &second) const
{
    return u'(' + first + u") OR ("_s + second + u')';
}

QString SqliteDialect::claimTextCountSql() const
{
    return u"SELECT COUNT(*) FROM claims_fts WHERE claims_fts MATCH ?"_s;
}

QString SqliteDialect::idListCondition(QStringView column) const
{
    return column + u" IN (SELECT value FROM json_each(?))"_s;
}

Result<void> SqliteDialect::configureReadConnection(const QSqlDatabase &db) const
{
    return execAll(db, {u"PRAGMA query_only=ON"_s, u"PRAGMA cache_size=-16384"_s});
}

Result<void> SqliteDialect::configureSinglePassRead(const QSqlDatabase &db) const
{
    return execAll(db, {u"PRAGMA cache_size=-2000"_s});
}

Result<void> SqliteDialect::setCancelFlag(const QSqlDatabase &db, const std::atomic<bool> *cancelled) const
{
    const Result<sqlite3 *> connection = handleOf(db);
    if (!connection)
        return std::unexpected(connection.error());
    const auto check = [](void *flag) -> int {
        return static_cast<const std::atomic<bool> *>(flag)->load(std::memory_order_relaxed) ? 1 : 0;
    };
    // Every 1,000 virtual machine instructions: a few microseconds apart.
    sqlite3_progress_handler(*connection, 1000, cancelled ? +check : nullptr,
                             const_cast<void *>(static_cast<const void *>(cancelled)));
    return {};
}

Result<qint64> SqliteDialect::forEachRow(const QSqlDatabase &db, const QString &sql, const QList<qint64> &binds,
                          const std::function<bool(const RowReader &)> &visit) const
{
    const Result<sqlite3 *> connection = handleOf(db);
    if (!connection)
        return std::unexpected(connection.error());
    const auto failed = [&](const QString &message) {
        return makeError(Error::Code::Database, message, QString::fromUtf8(sqlite3_errmsg(*connection)));
    };
    sqlite3_stmt *raw = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(*connection, text.constData(), int(text.size()), &raw, nullptr) != SQLITE_OK)
        return failed(Messages::tr("A database statement could not be prepared"));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(raw, sqlite3_finalize);
    for (qsizetype i = 0; i < binds.size(); ++i)
        if (sqlite3_bind_int64(raw, int(i) + 1, binds.at(i)) != SQLITE_OK)
            return failed(Messages::tr("A database statement could not be prepared"));
    const StatementRow row(raw);
    qint64 visited = 0;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(raw)) == SQLITE_ROW) {
        ++visited;
        if (!visit(row))
            return visited;
    }
    if (step != SQLITE_DONE)
        return failed(Messages::tr("A database statement failed"));
    return visited;
}

QString SqliteDialect::queryPlanSql(const QString &sql) const
{
    return u"EXPLAIN QUERY PLAN "_s + sql;
}

QString SqliteDialect::orderedJoin() const
{
    return u" CROSS JOIN "_s;
}

QString SqliteDialect::nullLike(QStringView column) const
{
    return column.toString();
}

QString SqliteDialect::searchRankSql() const
{
    // A title hit weighs ten body hits; bm25 is smaller for better matches.
    // Equal ranks in id order, as searchRankNewestSql() orders them.
    return u"SELECT rowid, -bm25(articles_fts, 10.0, 1.0) FROM articles_fts "
           "WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 10.0, 1.0), rowid LIMIT ?"_s;
}

QString SqliteDialect::searchRankNewestSql() const
{
    // FTS5 walks its matches in rowid order, so the inner LIMIT stops the walk
    // (and the scoring) early; the window count sees every row ranked.
    return u"SELECT rowid, -score, COUNT(*) OVER () FROM (SELECT rowid, bm25(articles_fts, 10.0, 1.0) AS score "
           "FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?) ORDER BY score, rowid LIMIT ?"_s;
}

QString SqliteDialect::searchSnippetSql(QStringView articleColumns) const
{
    // snippet() needs the MATCH in its own statement. The unary + keeps the
    // id list from FTS5 as a rowid constraint: one walk of the matches costs
    // little, but seeking each listed rowid rebuilds a prefix term's merged
    // doclist every time (3 ms per row for a common prefix).
    return u"SELECT "_s + articleColumns + u", snippet(articles_fts, -1, '"_s + kSnippetOpen + u"', '"_s
        + kSnippetClose + u"', '…', 16) FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
                          "WHERE articles_fts MATCH ? AND "_s
        + idListCondition(u"+articles_fts.rowid");
}

QString SqliteDialect::ftsQuery(QStringView userText) const
{
    // Only runs of word characters survive, so no quote, operator or
    // parenthesis of the user's can reach the FTS5 parser; unicode61 splits
    // the indexed text at the same places.
    QStringList words;
    QString word;
    const auto flush = [&] {
        if (!word.isEmpty())
            words.append(word);
        word.clear();
    };
    for (const QChar c : userText) {
        if (c.isLetterOrNumber() || c.isMark() || c.isSurrogate())
            word.append(c);
        else
            flush();
    }
    flush();
    if (words.isEmpty())
        return {};
    // FTS5's work grows with every term (a pasted paragraph of 2,000 words
    // took 26 s), yet a repeated word matches nothing more than the word
    // once, and the index folds case. The last word stays the prefix term,
    // so it is not repeated as a whole word before it.
    const QString prefix = words.takeLast();
    QStringList phrases;
    QSet<QString> seen{prefix.toCaseFolded()};
    for (const QString &w : std::as_const(words)) {
        if (phrases.size() + 1 == kMaxFtsTerms)
            break;
        if (!seen.contains(w.toCaseFolded())) {
            seen.insert(w.toCaseFolded());
            phrases.append(u'"' + w + u'"');
        }
    }
    phrases.append(u'"' + prefix + u"\"*"_s);
    return phrases.join(u' ');
}

QString SqliteDialect::beginWrite() const
{
    return u"BEGIN IMMEDIATE"_s;
}

QString SqliteDialect::beginSnapshotRead() const
{
    // Deferred: in WAL mode the first read takes the snapshot the
    // transaction keeps to its end, and no write lock is taken.
    return u"BEGIN DEFERRED"_s;
}

bool SqliteDialect::isBusy(const QSqlError &error) const
{
    const int code = sqliteCode(error);
    return code == 5 || code == 6; // SQLITE_BUSY, SQLITE_LOCKED
}

bool SqliteDialect::isWriteRefused(const QSqlError &error) const
{
    const int code = sqliteCode(error);
    return code == 10 || code == 13; // SQLITE_IOERR, SQLITE_FULL
}

bool SqliteDialect::isConstraintViolation(const QSqlError &error) const
{
    return sqliteCode(error) == 19; // SQLITE_CONSTRAINT
}

bool SqliteDialect::isConnectionLost(const QSqlError &) const
{
    return false;
}

bool SqliteDialect::isPermissionDenied(const QSqlError &) const
{
    return false;
}

Result<void> SqliteDialect::backup(const QSqlDatabase &db, const QString &destination, const BackupProgress &progress)
{
    const Result<sqlite3 *> source = handleOf(db);
    if (!source)
        return std::unexpected(source.error());
    const auto failed = [](sqlite3 *connection, int code, const QString &message) {
        const int primary = code & 0xff;
        const bool refused = primary == SQLITE_IOERR || primary == SQLITE_FULL || primary == SQLITE_CANTOPEN
            || primary == SQLITE_READONLY || primary == SQLITE_PERM;
        return makeError(refused ? Error::Code::Io : Error::Code::Database, message,
                         QString::fromUtf8(connection ? sqlite3_errmsg(connection) : sqlite3_errstr(code)));
    };
    // The read opens the snapshot that BEGIN alone only announces.
    if (const int code = sqlite3_exec(*source, "BEGIN; SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
        code != SQLITE_OK) {
        sqlite3_exec(*source, "ROLLBACK", nullptr, nullptr, nullptr);
        return failed(*source, code, Messages::tr("Could not read the project"));
    }
    const auto endRead = qScopeGuard([&] { sqlite3_exec(*source, "ROLLBACK", nullptr, nullptr, nullptr); });

    sqlite3 *target = nullptr;
    const int opened = sqlite3_open_v2(QFile::encodeName(destination).constData(), &target,
                                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    const auto closeTarget = qScopeGuard([&] { sqlite3_close(target); });
    if (opened != SQLITE_OK)
        return failed(target, opened, Messages::tr("Could not create the copy"));
    sqlite3_backup *copy = sqlite3_backup_init(target, "main", *source, "main");
    if (!copy)
        return failed(target, sqlite3_errcode(target), Messages::tr("Could not start the copy"));
    int stepped = SQLITE_OK;
    bool stopped = false;
    while (stepped == SQLITE_OK && !stopped) {
        stepped = sqlite3_backup_step(copy, kBackupPagesPerStep);
        const qint64 total = sqlite3_backup_pagecount(copy);
        stopped = progress && !progress(total - sqlite3_backup_remaining(copy), total);
    }
    const int finished = sqlite3_backup_finish(copy);
    if (stopped && stepped != SQLITE_DONE)
        return makeError(Error::Code::Cancelled, Messages::tr("The copy was cancelled"));
    if (stepped != SQLITE_DONE)
        return failed(target, stepped, Messages::tr("Could not write the copy"));
    if (finished != SQLITE_OK)
        return failed(target, finished, Messages::tr("Could not write the copy"));
    return {};
}

const SqliteDialect &SqliteDialect::instance()
{
    static const SqliteDialect dialect;
    return dialect;
}

QString SqliteDialect::engineName() const
{
    return u"SQLite"_s;
}

QString SqliteDialect::engineVersion() const
{
    return QStringLiteral(SQLITE_VERSION);
}

Result<QString> SqliteDialect::currentUser(const QSqlDatabase &) const
{
    // A file has no login: whoever runs the program writes it.
    if (const passwd *entry = ::getpwuid(::geteuid()); entry && entry->pw_name && *entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return qEnvironmentVariable("USER");
}

} // namespace Claimbench
