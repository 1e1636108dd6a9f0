#pragma once

#include "core/error.h"

#include <QByteArrayView>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

class QSqlError;
struct sqlite3_stmt;

namespace Claimbench::SqliteDialect {

// Everything that only SQLite understands: PRAGMAs, the file format, FTS5
// DDL/MATCH/bm25/snippet, BEGIN IMMEDIATE and error codes. A PostgreSQL backend
// replaces this file; the repositories and migrations stay portable SQL.
// Every function runs on the calling thread's connection `db` and never
// throws; failures come back as Error.

inline constexpr QStringView kDriverName = u"QSQLITE";

// Identifies a Claimbench project in the file header (PRAGMA application_id), so
// that another program's SQLite file is never mistaken for one.
inline constexpr qint32 kApplicationId = 0x436C426E; // "ClBn"

// How a connection opens a project file.
enum class Access { ReadWrite, ReadOnly };

// Points `db` (not yet open) at the project file `path` with the connect
// options of `access`; the busy timeout lets a writer wait for another
// connection's transaction instead of failing. Reading a WAL database needs
// its -shm index: where none is beside the file and none can be created
// there (canCreateBeside() is false), a ReadOnly connection opens the file
// as immutable, without locks or log -- no writer can be using it, since a
// writer would have created the -shm; one that starts later is not seen.
void setFile(QSqlDatabase &db, const QString &path, Access access);

// Whether files can be created in the folder of `path`, as SQLite must for
// its side files. A folder without its owner's write bit counts as
// read-only even for root, who may write anything: what the user marked
// read-only stays unwritten.
bool canCreateBeside(const QString &path);

// Per-connection settings of a read-write connection: WAL, foreign keys,
// synchronous=NORMAL (under WAL a crash never corrupts; only a power cut can
// lose the last commits), a larger page cache for FTS merges.
Result<void> configureConnection(const QSqlDatabase &db);

// Copies every page of the WAL into the database file and empties the WAL;
// an error unless all of it was copied.
Result<void> checkpoint(const QSqlDatabase &db);

// Checks the first bytes and the size of the file at `path` without SQLite:
// NotAProject when it is not an SQLite 3 database or is truncated (judged only
// when no -wal or -journal with data is beside it). Never writes.
Result<void> checkFileHeader(const QString &path);

// The -wal, -shm and -journal files SQLite may create beside `path`.
QStringList sideFiles(const QString &path);

Result<int> schemaVersion(const QSqlDatabase &db);
Result<void> setSchemaVersion(const QSqlDatabase &db, int version); // inside the migration's transaction
// For a migration step that adds `index`, inside its transaction: when the
// project has planner statistics (someone ran ANALYZE on it, as bench_claims
// does), gathers them for the new index too. SQLite takes an index without
// statistics for far more selective than the analysed ones, and it would
// take over plans they serve better (sorting a metric's claims by id instead
// of reading them in order). A project without statistics gets none.
Result<void> analyzeNewIndex(const QSqlDatabase &db, const QString &index);
Result<qint32> readApplicationId(const QSqlDatabase &db);
Result<void> writeApplicationId(const QSqlDatabase &db);

// "id INTEGER PRIMARY KEY": the rowid alias that makes inserts cheapest.
QString idColumn();
// The type of a column of raw bytes (a document, packed page runs): "BLOB"
// here, "BYTEA" on PostgreSQL.
QString blobType();

// DDL of the full-text index over articles(title, body): an external-content
// FTS5 table kept in sync by triggers, so every article write updates it in the
// same transaction. unicode61 with remove_diacritics 2 folds case for all
// scripts (Cyrillic included).
QStringList fullTextSchema();

// A search in two statements, because snippet() costs as much as ranking
// for every match and LIMIT applies only after both.
// searchRankSql(): the matching rowids and their rank (higher is better),
// best first; binds the FTS query (ftsQuery()) and the row limit.
QString searchRankSql();
// searchRankSql() over only the newest matches (highest rowids), with a
// third column: how many matches were ranked. Binds the FTS query, how many
// newest matches to rank, and the row limit.
QString searchRankNewestSql();
// searchSnippetSql(): `articleColumns` (qualified with the alias `a`) and a
// snippet of each article that matches the FTS query bound first and whose
// id is in the JSON array bound second ("[3,1,2]"), in no particular order.
// The snippet wraps matched terms in kSnippetOpen/kSnippetClose.
QString searchSnippetSql(QStringView articleColumns);
inline constexpr QStringView kSnippetOpen = u"[";
inline constexpr QStringView kSnippetClose = u"]";

// Far more words than any search for a headline or a phrase needs; every
// further term only adds to the time FTS5 takes.
inline constexpr qsizetype kMaxFtsTerms = 64;

// Turns what a user typed into an FTS5 query that can never be a syntax error:
// every word becomes a quoted phrase (implicit AND), the last one a prefix.
// A word typed twice is one term; at most kMaxFtsTerms terms (the first
// distinct words and the last as the prefix), so what a search costs is
// bounded whatever was pasted into the box. Empty when the text has no word
// characters at all.
QString ftsQuery(QStringView userText);

// DDL of the full-text index over claims(quote, note) that the claims table's
// free-text filter runs on: external content kept in sync by triggers, like
// fullTextSchema(), plus the statement that indexes the claims already stored.
QStringList claimsFullTextSchema();

// A condition on claims aliased `c` that holds when the claim's quote or note
// matches the FTS query bound to its one placeholder (ftsQuery()).
QString claimTextCondition();
// The ids of the claims whose quote or note matches the FTS query bound to
// its one placeholder, as a SELECT to combine with others.
QString claimTextIdsSql();
// An FTS query matching the words of `text` one after another (a phrase):
// "700 000" matches "700,000", "700 000" and "700.000", which the index
// splits into the same two words. Empty when `text` has no word characters.
QString ftsPhrase(QStringView text);
// An FTS query matching what either FTS query matches.
QString ftsEither(const QString &first, const QString &second);

// COUNT of the claims whose quote or note matches the FTS query bound to its
// one placeholder, from the full-text index alone.
QString claimTextCountSql();

// A condition that holds when `column` is one of the integers of the JSON
// array bound to its one placeholder ("[3,1,2]"): any number of ids in one bind.
QString idListCondition(QStringView column);

// Per-connection settings of a read-only connection (claims table, charts):
// refuses writes, and a page cache as large as the read-write connection's.
Result<void> configureReadConnection(const QSqlDatabase &db);

// For a connection about to read one long statement once (a chart's points):
// each page is visited once, so a small cache reuses warm memory where the
// read connection's 16 MB would be allocated and faulted in page by page.
Result<void> configureSinglePassRead(const QSqlDatabase &db);

// Makes the statements `db` runs stop soon after `*cancelled` turns true,
// failing with an interrupted error; nullptr removes the check. Set and
// cleared by the thread that owns `db`; the flag may turn from any thread.
Result<void> setCancelFlag(const QSqlDatabase &db, const std::atomic<bool> *cancelled);

// One row of a statement that forEachRow() steps: its columns read straight
// from SQLite, with no QVariant or QString per column. Columns are 0-based;
// a view is valid until the visit of the row returns.
class RowReader
{
public:
    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QByteArrayView utf8(int column) const; // empty for NULL

private:
    friend Result<qint64> forEachRow(const QSqlDatabase &, const QString &, const QList<qint64> &,
                                     const std::function<bool(const RowReader &)> &);
    explicit RowReader(sqlite3_stmt *statement)
        : m_statement(statement)
    {
    }
    sqlite3_stmt *m_statement;
};

// Runs the one statement `sql` with the integers `binds` on `db` and calls
// `visit` for every row it returns until `visit` returns false; returns how
// many rows were visited. Through SQLite's own API rather than the Qt driver,
// which makes a QVariant of every column and a QString of every text, for
// reads long enough that those cost more than SQLite itself (a chart's
// 167,000 points of 13 columns each).
Result<qint64> forEachRow(const QSqlDatabase &db, const QString &sql, const QList<qint64> &binds,
                          const std::function<bool(const RowReader &)> &visit);

// The plan SQLite chooses for `sql`, one line per step ("SEARCH c USING
// INDEX claims_value", "USE TEMP B-TREE FOR ORDER BY", ...): tests and the
// benchmark check with it that every filter and sort is served by an index.
QString queryPlanSql(const QString &sql);

// The statement that starts a write transaction. IMMEDIATE takes the write
// lock at once, so the busy timeout applies instead of a deadlock error later.
QString beginWrite();

bool isBusy(const QSqlError &error);
// A write the file system refused (a full disk, a file-size limit) or another
// I/O failure: SQLite cannot tell them apart from its result code alone.
bool isWriteRefused(const QSqlError &error);
bool isConstraintViolation(const QSqlError &error);

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
inline constexpr int kBackupPagesPerStep = 1024;
Result<void> backup(const QSqlDatabase &db, const QString &destination, const BackupProgress &progress);

// The engine's name and the version of its library this build was compiled
// against, as the engine spells them ("SQLite", "3.40.1").
QString engineName();
QString engineVersion();

} // namespace Claimbench::SqliteDialect
