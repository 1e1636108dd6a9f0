#pragma once

#include "core/error.h"
#include "core/store/dialect.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

class QSqlError;

namespace Claimbench {

// Everything that only SQLite understands: PRAGMAs, the file format, FTS5
// DDL/MATCH/bm25/snippet, BEGIN IMMEDIATE and error codes. The Dialect
// overrides serve the repositories and migrations of every engine; the
// static functions are the project file's own handling, used by Project.
// Every function runs on the calling thread's connection `db` and never
// throws; failures come back as Error.
class SqliteDialect final : public Dialect
{
public:
    static const SqliteDialect &instance();

    static constexpr QStringView kDriverName = u"QSQLITE";

    // Identifies a Claimbench project in the file header (PRAGMA application_id), so
    // that another program's SQLite file is never mistaken for one.
    static constexpr qint32 kApplicationId = 0x436C426E; // "ClBn"

    // How a connection opens a project file.
    enum class Access { ReadWrite, ReadOnly };

    // Points `db` (not yet open) at the project file `path` with the connect
    // options of `access`; the busy timeout lets a writer wait for another
    // connection's transaction instead of failing. Reading a WAL database needs
    // its -shm index: where none is beside the file and none can be created
    // there (canCreateBeside() is false), a ReadOnly connection opens the file
    // as immutable, without locks or log -- no writer can be using it, since a
    // writer would have created the -shm; one that starts later is not seen.
    static void setFile(QSqlDatabase &db, const QString &path, Access access);

    // Whether files can be created in the folder of `path`, as SQLite must for
    // its side files. A folder without its owner's write bit counts as
    // read-only even for root, who may write anything: what the user marked
    // read-only stays unwritten.
    static bool canCreateBeside(const QString &path);

    // Per-connection settings of a read-write connection: WAL, foreign keys,
    // synchronous=NORMAL (under WAL a crash never corrupts; only a power cut can
    // lose the last commits), a larger page cache for FTS merges.
    static Result<void> configureConnection(const QSqlDatabase &db);

    // Copies every page of the WAL into the database file and empties the WAL;
    // an error unless all of it was copied.
    static Result<void> checkpoint(const QSqlDatabase &db);

    // Checks the first bytes and the size of the file at `path` without SQLite:
    // NotAProject when it is not an SQLite 3 database or is truncated (judged only
    // when no -wal or -journal with data is beside it). Never writes.
    static Result<void> checkFileHeader(const QString &path);

    // The -wal, -shm and -journal files SQLite may create beside `path`.
    static QStringList sideFiles(const QString &path);

    static Result<qint32> readApplicationId(const QSqlDatabase &db);

    // After each step of backup(): pages copied so far and pages in all.
    // Returning false stops the copy. Called on the thread that runs backup().
    using BackupProgress = std::function<bool(qint64 copiedPages, qint64 totalPages)>;

    // Copies the whole database of `db` into the file `destination` (new or
    // empty; created) with SQLite's online backup API, kBackupPagesPerStep pages
    // a step. One read transaction spans every step, so the copy is the data as
    // committed when it began: other connections go on writing (WAL) and never
    // make it start over. The destination is synced before success. `db` must
    // be open and in no transaction; it is left in none. Errors: Io (the
    // destination cannot be created or written: nothing is said about what was
    // left there, the caller removes it), Cancelled (`progress` returned false),
    // Database.
    static constexpr int kBackupPagesPerStep = 1024;
    static Result<void> backup(const QSqlDatabase &db, const QString &destination, const BackupProgress &progress);

    // "SQLite" and the version of the library this build was compiled against.
    QString engineName() const override;
    QString engineVersion() const override;

    // "id INTEGER PRIMARY KEY": the rowid alias that makes inserts cheapest.
    QString idColumn() const override;
    QString idOrNew(QStringView table) const override; // "?": a NULL rowid is numbered by SQLite
    QString blobType() const override; // BLOB
    // An external-content FTS5 table kept in sync by triggers, so every
    // article write updates it in the same transaction. unicode61 with
    // remove_diacritics 2 folds case for all scripts (Cyrillic included).
    QStringList fullTextSchema() const override;
    QStringList claimsFullTextSchema() const override;
    QStringList articleIndexSchema() const override;    // none: FTS5's triggers write it
    QStringList textCompressionSchema() const override; // none: SQLite stores text as it is

    // PRAGMA user_version; the project is marked by PRAGMA application_id.
    Result<int> schemaVersion(const QSqlDatabase &db) const override;
    Result<void> setSchemaVersion(const QSqlDatabase &db, int version) const override;
    Result<bool> isProject(const QSqlDatabase &db) const override;
    Result<void> lockForUpgrade(const QSqlDatabase &db) const override; // BEGIN IMMEDIATE did
    // When the project has planner statistics (someone ran ANALYZE on it, as
    // bench_claims does), gathers them for the new index too. SQLite takes an
    // index without statistics for far more selective than the analysed
    // ones, and it would take over plans they serve better (sorting a
    // metric's claims by id instead of reading them in order). A project
    // without statistics gets none.
    Result<void> analyzeNewIndex(const QSqlDatabase &db, const QString &index) const override;
    QStringList afterExplicitIds(QStringView table) const override; // none: rowids continue above the highest
    QStringList changeNoticeSchema() const override;                // none
    QStringList sortIndexSchema() const override;                   // none

    // Every word a quoted FTS5 phrase (implicit AND), the last one a prefix.
    QString ftsQuery(QStringView userText) const override;
    QString ftsPhrase(QStringView text) const override;
    QString ftsEither(const QString &first, const QString &second) const override;
    QString searchRankSql() const override;
    QString searchRankNewestSql() const override;
    QString searchSnippetSql(QStringView articleColumns) const override;
    QString claimTextIdsSql() const override;
    QString claimTextCountSql() const override;
    QString idListCondition(QStringView column) const override; // json_each
    QString queryPlanSql(const QString &sql) const override;    // EXPLAIN QUERY PLAN
    QString orderedJoin() const override;                       // " CROSS JOIN "
    QString nullLike(QStringView column) const override;        // `column`

    // query_only, and a page cache as large as the read-write connection's.
    Result<void> configureReadConnection(const QSqlDatabase &db) const override;
    // Each page is visited once, so a small cache reuses warm memory where the
    // read connection's 16 MB would be allocated and faulted in page by page.
    Result<void> configureSinglePassRead(const QSqlDatabase &db) const override;
    // SQLite's progress handler, every 1,000 virtual machine instructions.
    Result<void> setCancelFlag(const QSqlDatabase &db, const std::atomic<bool> *cancelled) const override;
    // Through SQLite's own API rather than the Qt driver, which makes a
    // QVariant of every column and a QString of every text.
    Result<qint64> forEachRow(const QSqlDatabase &db, const QString &sql, const QList<qint64> &binds,
                              const std::function<bool(const RowReader &)> &visit) const override;

    // IMMEDIATE takes the write lock at once, so the busy timeout applies
    // instead of a deadlock error later.
    QString beginWrite() const override;
    QString beginSnapshotRead() const override;
    bool isBusy(const QSqlError &error) const override;
    // A write the file system refused (a full disk, a file-size limit) or another
    // I/O failure: SQLite cannot tell them apart from its result code alone.
    bool isWriteRefused(const QSqlError &error) const override;
    bool isConstraintViolation(const QSqlError &error) const override;
    bool isConnectionLost(const QSqlError &error) const override;   // never
    bool isPermissionDenied(const QSqlError &error) const override; // never
    // FTS5's triggers index every article write, and a file has one writer
    // at a time: nothing to do.
    Result<void> beginArticleWrite(const QSqlDatabase &db) const override;
    std::unique_ptr<PendingArticleIndex> beginArticleIndex(QList<ArticleText> articles) const override;

    // The user this process runs as (getpwuid(geteuid())), else $USER.
    Result<QString> currentUser(const QSqlDatabase &db) const override;

private:
    SqliteDialect() = default;
};

} // namespace Claimbench
