#pragma once

#include "core/error.h"

#include <QByteArrayView>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QSqlDriver;
class QSqlError;

namespace Claimbench {

// One row of a statement that Dialect::forEachRow() steps: its columns read
// straight from the engine's client library where it has one, with no
// QVariant or QString per column. Columns are 0-based; a view is valid until
// the visit of the row returns.
class RowReader
{
public:
    virtual bool isNull(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual double real(int column) const = 0;
    virtual QByteArrayView utf8(int column) const = 0; // empty for NULL

protected:
    ~RowReader() = default;
};

// What one storage engine says differently: the few statements and settings
// that are not portable SQL (full-text search, id columns, the schema
// version, how a write transaction starts, what an error code means). The
// repositories and migrations are written once in the SQL both engines
// share and ask the dialect of their connection for the rest; the engine's
// own connection handling (a file's locks and logs, a server's address) sits
// beside its dialect (SqliteDialect, PostgresDialect), used by Project alone.
// A dialect has no state: one instance per engine, shared by every thread.
// Functions taking `db` run on that connection, on the calling thread, and
// never throw; failures come back as Error.
class Dialect
{
public:
    // The dialect of the engine behind `db` / `driver` (its dbmsType()):
    // SQLite or PostgreSQL. A driver of any other engine is a programming
    // error (the program opens no other).
    static const Dialect &of(const QSqlDatabase &db);
    static const Dialect &of(const QSqlDriver *driver);

    // The engine's name and its library version ("SQLite", "3.40.1"; for a
    // server, the version of the client library this build uses).
    virtual QString engineName() const = 0;
    virtual QString engineVersion() const = 0;

    // -- Schema --------------------------------------------------------------

    // The "id" column every table starts with: an integer key the engine
    // assigns on insert ("INSERT ... RETURNING id" reads it back) and that
    // an explicit id in an INSERT may set (Dialect::afterExplicitIds).
    virtual QString idColumn() const = 0;
    // What an INSERT writes into the id column of `table` for the one
    // placeholder bound to an id, or to NULL for a new row (which the engine
    // numbers): SQLite numbers a NULL itself, a server needs it asked for.
    virtual QString idOrNew(QStringView table) const = 0;
    // The type of a column of raw bytes (a document, packed page runs).
    virtual QString blobType() const = 0;
    // DDL that makes articles(title, body) searchable, kept in sync by the
    // engine in the transaction of every article write, with what case,
    // accents and script each engine folds alike (see ftsQuery()).
    virtual QStringList fullTextSchema() const = 0;
    // The same over claims(quote, note), for the claims table's text filter,
    // plus whatever indexes the claims already stored.
    virtual QStringList claimsFullTextSchema() const = 0;

    // DDL that lets a transaction write its articles' search index itself
    // (beginArticleWrite()), for a project whose index the engine wrote alone
    // before version 10. Empty where the engine always writes it.
    virtual QStringList articleIndexSchema() const = 0;
    // DDL that compresses the long texts (bodies, their index) with a codec
    // fast to write, where the engine compresses them at all (a server's
    // default, pglz, was a sixth of its time storing an article).
    virtual QStringList textCompressionSchema() const = 0;

    // The schema version of the project (0: none yet, a new or foreign
    // database) and whether it is a Claimbench project at all.
    virtual Result<int> schemaVersion(const QSqlDatabase &db) const = 0;
    // Inside a migration step's transaction: records `version` and marks the
    // database as a Claimbench project in the same transaction as its tables.
    virtual Result<void> setSchemaVersion(const QSqlDatabase &db, int version) const = 0;
    // Whether the database is marked as a Claimbench project (false: another
    // program's, or an empty one).
    virtual Result<bool> isProject(const QSqlDatabase &db) const = 0;
    // At the start of a migration step's transaction, before the version is
    // read again: keeps a second process from running the same step at the
    // same time (SQLite's BEGIN IMMEDIATE already does; a server takes a lock).
    virtual Result<void> lockForUpgrade(const QSqlDatabase &db) const = 0;
    // For a migration step that adds `index`, inside its transaction: gathers
    // planner statistics for it where the engine needs them to pick it.
    virtual Result<void> analyzeNewIndex(const QSqlDatabase &db, const QString &index) const = 0;
    // DDL after which every committed write to the project's tables tells
    // the other connections that listen (ChangeFeed); none where the engine
    // cannot (a file: one program writes at a time).
    virtual QStringList changeNoticeSchema() const = 0;
    // DDL for the indexes that walk the claims table's sorts (ClaimQuery) in
    // the order of their ORDER BY: the sort column (NULLs first ascending),
    // then the id that breaks its ties, so that a page is an index walk
    // rather than a sort of every matching claim. Empty where every index
    // already ends in the id (SQLite's rowid); a server replaces the
    // single-column indexes of versions 1-4 with these.
    virtual QStringList sortIndexSchema() const = 0;
    // After rows were inserted into `table` with their ids given (a project
    // copy): the statements, if any, after which the engine's own ids for
    // new rows continue above the highest id stored.
    virtual QStringList afterExplicitIds(QStringView table) const = 0;

    // -- Search --------------------------------------------------------------

    // Far more words than any search for a headline or a phrase needs; every
    // further term only adds to the time the index takes.
    static constexpr qsizetype kMaxFtsTerms = 64;
    // The snippet wraps matched terms in these.
    static constexpr QStringView kSnippetOpen = u"[";
    static constexpr QStringView kSnippetClose = u"]";

    // Turns what a user typed into a full-text query (bound as one value to
    // the statements below) that can never be a syntax error: every word a
    // term (all must match), the last one a prefix. A word typed twice is one
    // term; at most kMaxFtsTerms terms. Empty when the text has no word
    // characters at all.
    virtual QString ftsQuery(QStringView userText) const = 0;
    // A query matching the words of `text` one after another (a phrase):
    // "700 000" matches "700,000", "700 000" and "700.000". Empty when `text`
    // has no word characters.
    virtual QString ftsPhrase(QStringView text) const = 0;
    // A query matching what either query matches.
    virtual QString ftsEither(const QString &first, const QString &second) const = 0;

    // Article search in two statements, because a snippet costs as much as
    // ranking for every match and LIMIT applies only after both.
    // searchRankSql(): the matching article ids and their rank (higher is
    // better), best first, equal ranks in id order; binds the query and the
    // row limit.
    virtual QString searchRankSql() const = 0;
    // searchRankSql() over only the newest matches (highest ids), with a
    // third column: how many matches were ranked. Binds the query, how many
    // newest matches to rank, and the row limit.
    virtual QString searchRankNewestSql() const = 0;
    // `articleColumns` (qualified with the alias `a`) and a snippet of each
    // article that matches the query bound first and whose id is in the JSON
    // array bound second ("[3,1,2]"), in no particular order.
    virtual QString searchSnippetSql(QStringView articleColumns) const = 0;

    // The ids of the claims whose quote or note matches the query bound to
    // its one placeholder, as a SELECT to combine with others.
    virtual QString claimTextIdsSql() const = 0;
    // COUNT of those claims, from the full-text index alone.
    virtual QString claimTextCountSql() const = 0;
    // A condition on claims aliased `c`: "c.id IN (claimTextIdsSql())".
    QString claimTextCondition() const;

    // The join (with its spaces) that makes the engine read the table on its
    // left first, as the outer loop, where that table's index gives the
    // order asked for: SQLite's CROSS JOIN; a server plans the order itself.
    virtual QString orderedJoin() const = 0;
    // The sort column of a UNION ALL arm whose rows all have `column` NULL
    // (the other arm sorts by a name there): SQLite's is `column` itself,
    // which it sees fixed by the arm's IS NULL lookup and so needs no sort;
    // a server takes a plain NULL, typed by the other arm.
    virtual QString nullLike(QStringView column) const = 0;

    // A condition that holds when `column` is one of the integers of the JSON
    // array bound to its one placeholder ("[3,1,2]"): any number of ids in one bind.
    virtual QString idListCondition(QStringView column) const = 0;
    // The statement that shows the plan the engine chooses for `sql`; its
    // rows, one text column each, name the steps (tests check that every
    // filter and sort is served by an index).
    virtual QString queryPlanSql(const QString &sql) const = 0;

    // -- Reading -------------------------------------------------------------

    // Per-connection settings of a read-only connection (claims table,
    // charts): refuses writes.
    virtual Result<void> configureReadConnection(const QSqlDatabase &db) const = 0;
    // For a connection about to read one long statement once (a chart's points).
    virtual Result<void> configureSinglePassRead(const QSqlDatabase &db) const = 0;
    // Makes the statements `db` runs stop soon after `*cancelled` turns true,
    // failing with an error; nullptr removes the check. Set and cleared by
    // the thread that owns `db`; the flag may turn from any thread.
    virtual Result<void> setCancelFlag(const QSqlDatabase &db, const std::atomic<bool> *cancelled) const = 0;
    // Runs the one statement `sql` with the integers `binds` on `db` and
    // calls `visit` for every row it returns until `visit` returns false;
    // returns how many rows were visited. For reads long enough that a
    // QVariant per column costs more than the engine (a chart's 167,000
    // points of 13 columns each).
    virtual Result<qint64> forEachRow(const QSqlDatabase &db, const QString &sql, const QList<qint64> &binds,
                                      const std::function<bool(const RowReader &)> &visit) const = 0;

    // -- Writing -------------------------------------------------------------

    // The statement that starts a write transaction.
    virtual QString beginWrite() const = 0;
    // The statement that starts a transaction that only reads and sees the
    // data as committed when its first statement ran, for all its statements
    // (a project copy reads every table in one consistent state while others
    // go on editing).
    virtual QString beginSnapshotRead() const = 0;
    // Another connection holds a lock this one waited for in vain (or a
    // server ended the transaction to break a deadlock): try again later.
    virtual bool isBusy(const QSqlError &error) const = 0;
    // The storage refused a write (a full disk, a file-size limit) or failed.
    virtual bool isWriteRefused(const QSqlError &error) const = 0;
    virtual bool isConstraintViolation(const QSqlError &error) const = 0;
    // The connection to a server broke (the server stopped or restarted,
    // the network failed): reconnecting may help. Never true for a file.
    virtual bool isConnectionLost(const QSqlError &error) const = 0;
    // The server refused the statement for lack of a privilege (the role
    // may not do this). Never true for a file.
    virtual bool isPermissionDenied(const QSqlError &error) const = 0;

    // The title and body of an article, as its search index reads them.
    struct ArticleText
    {
        QString title;
        QString body;
    };
    // First in a write transaction that stores or changes articles' text:
    // - the engine leaves their search index to indexArticles() (a server,
    //   where the program folds the words as SQLite's FTS5 does, faster than
    //   SQL could), or keeps writing it itself (a file's FTS5 triggers: then
    //   indexArticles() does nothing);
    // - such transactions wait for each other, as a file's writers do: two
    //   analysts' imports inserting the same texts in other orders would
    //   each wait for the other's content-hash key (a deadlock).
    virtual Result<void> beginArticleWrite(const QSqlDatabase &db) const = 0;
    // The search index of articles being stored, begun from their text
    // alone, before their rows have ids: a server's entries are built on
    // another thread while the rows are written, which took as long as
    // building them.
    class PendingArticleIndex
    {
    public:
        virtual ~PendingArticleIndex() = default;
        // Writes the entries in this transaction, after beginArticleWrite();
        // ids.at(i) is the article of the i-th text. Once only.
        virtual Result<void> write(const QSqlDatabase &db, const QList<qint64> &ids) = 0;
    };
    virtual std::unique_ptr<PendingArticleIndex> beginArticleIndex(QList<ArticleText> articles) const = 0;
    // Both at once, for articles stored already.
    Result<void> indexArticles(const QSqlDatabase &db, const QList<qint64> &ids, QList<ArticleText> articles) const;
    // indexArticles() of every article stored, in pages (a project copied in,
    // an upgrade to version 10); nothing where the engine writes the index.
    Result<void> reindexArticles(const QSqlDatabase &db) const;

    // -- Authorship ----------------------------------------------------------

    // Who writes through `db`, as the rows' created_by / changed_by record
    // it: the server role the connection logged in as, or for a file the
    // operating system's user. Asked once per connection (Sql::author()).
    virtual Result<QString> currentUser(const QSqlDatabase &db) const = 0;

protected:
    Dialect() = default;
    ~Dialect() = default;
};

} // namespace Claimbench
