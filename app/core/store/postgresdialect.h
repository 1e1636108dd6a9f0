#pragma once

// (Header written by the lead so that Project compiles against it; the
// helper implementing postgresdialect.cpp owns the rest of this file and may
// add to it, but keeps these statics as they are.)

#include "core/error.h"
#include "core/store/dialect.h"
#include "core/store/serveraddress.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

class QSqlError;

namespace Claimbench {

// Everything that only PostgreSQL understands, through Qt's QPSQL driver.
// The Dialect overrides serve the repositories and migrations; the static
// functions are a server project's own connection handling, used by Project.
// Full-text search: the program writes the articles' index and folds every
// query's words as a project file's FTS5 does (FtsWords); the claims' index,
// and articles written by other programs, fold in SQL functions the schema
// creates (claimbench_fold, claimbench_tsquery, claimbench_vector: see
// postgresfulltext.cpp), alike on any server, whatever its locale.
class PostgresDialect final : public Dialect
{
public:
    static const PostgresDialect &instance();

    static constexpr QStringView kDriverName = u"QPSQL";

    // Points `db` (added with kDriverName, not open) at `address`: host,
    // port, database, user, the password when one was typed (else libpq
    // reads ~/.pgpass / PGPASSFILE), sslmode, a connect timeout, and
    // application_name=claimbench.
    static void setServer(QSqlDatabase &db, const ServerAddress &address);
    // Per-connection settings of a read-write connection (time zone UTC, a
    // lock timeout so that a lock wait fails as isBusy() instead of hanging).
    static Result<void> configureConnection(const QSqlDatabase &db);
    // What a failed open() of a connection to `address` (`url` names it)
    // means for the user: NeedsPassword when the server asked for a password
    // that was not given or refused the one given; Denied when the role may
    // not connect to the project's database (not in its team); otherwise
    // Disconnected (no server there, the database does not exist, the role
    // may not log in), with the server's reason in the detail.
    static Error connectError(const ServerAddress &address, const QString &url, const QSqlError &error);

    // How long a statement waits for another connection's lock before it
    // fails as busy (lock_timeout), like SQLite's busy timeout.
    static constexpr int kLockTimeoutMs = 5000;
    // The longest prefix of an article's body (in characters) that the
    // full-text index reads; see claimbench_vector in postgresfulltext.cpp.
    static constexpr int kIndexedCharacters = 1'000'000;
    // The prefix of a body that a snippet is looked for in: ts_headline
    // parses all the text it is given, and takes 6 ms for 19,000 characters
    // with 1,500 matches.
    static constexpr int kSnippetCharacters = 100'000;

    // The transaction setting after which the articles' trigger leaves their
    // index to the program (beginArticleWrite()).
    static constexpr QStringView kDeferSetting = u"claimbench.article_index";
    // The tsvector (as a literal) that beginArticleIndex() stores for an article:
    // its title's words weighted A, then its body's, folded by FtsWords as a
    // project file's index folds them, within claimbench_vector's limits.
    static QString articleVector(QStringView title, QStringView body);

    QString engineName() const override;
    QString engineVersion() const override;

    QString idColumn() const override;
    QString idOrNew(QStringView table) const override;
    QString blobType() const override;
    QStringList fullTextSchema() const override;
    QStringList claimsFullTextSchema() const override;
    QStringList articleIndexSchema() const override;
    QStringList textCompressionSchema() const override; // lz4
    QStringList sortIndexSchema() const override; // postgresdialect.cpp
    Result<int> schemaVersion(const QSqlDatabase &db) const override;
    Result<void> setSchemaVersion(const QSqlDatabase &db, int version) const override;
    Result<bool> isProject(const QSqlDatabase &db) const override;
    Result<void> lockForUpgrade(const QSqlDatabase &db) const override;
    Result<void> analyzeNewIndex(const QSqlDatabase &db, const QString &index) const override;
    QStringList afterExplicitIds(QStringView table) const override;

    QString ftsQuery(QStringView userText) const override;
    QString ftsPhrase(QStringView text) const override;
    QString ftsEither(const QString &first, const QString &second) const override;
    QString searchRankSql() const override;
    QString searchRankNewestSql() const override;
    QString searchSnippetSql(QStringView articleColumns) const override;
    QString claimTextIdsSql() const override;
    QString claimTextCountSql() const override;
    QString idListCondition(QStringView column) const override;
    QString queryPlanSql(const QString &sql) const override;
    QString orderedJoin() const override;                // " JOIN ": the planner orders
    QString nullLike(QStringView column) const override; // "NULL"

    Result<void> configureReadConnection(const QSqlDatabase &db) const override;
    Result<void> configureSinglePassRead(const QSqlDatabase &db) const override;
    Result<void> setCancelFlag(const QSqlDatabase &db, const std::atomic<bool> *cancelled) const override;
    Result<qint64> forEachRow(const QSqlDatabase &db, const QString &sql, const QList<qint64> &binds,
                              const std::function<bool(const RowReader &)> &visit) const override;
    // Runs `copy` (COPY ... FROM STDIN) on `db` with the data `nextChunk`
    // gives until it gives an empty one, each chunk sent as it comes (libpq
    // itself: QPSQL cannot COPY). No statement to parse a row, and the
    // server stores a chunk while the next is made.
    static Result<void> copyIn(const QSqlDatabase &db, const QString &copy,
                               const std::function<QByteArray()> &nextChunk);

    QString beginWrite() const override;
    QString beginSnapshotRead() const override;
    bool isBusy(const QSqlError &error) const override;
    bool isWriteRefused(const QSqlError &error) const override;
    bool isConstraintViolation(const QSqlError &error) const override;
    bool isConnectionLost(const QSqlError &error) const override;
    bool isPermissionDenied(const QSqlError &error) const override;

    // Sets kDeferSetting and takes the project's article-write lock (a
    // transaction-level advisory lock).
    Result<void> beginArticleWrite(const QSqlDatabase &db) const override;
    // Many articles a statement; their vectors built by articleVector() on
    // a second thread from the call on.
    std::unique_ptr<PendingArticleIndex> beginArticleIndex(QList<ArticleText> articles) const override;

    // SELECT current_user: the role the connection logged in as.
    Result<QString> currentUser(const QSqlDatabase &db) const override;

    // -- Other analysts' changes (postgreschanges.cpp; see ChangeFeed) -------

    // The channel the store's triggers notify after each committed write.
    static constexpr QStringView kChangeChannel = u"claimbench_changes";
    // Row triggers on claims and articles, statement triggers on tags,
    // metrics, claimants and aliases: each notifies kChangeChannel with
    // "TABLE OP ID SESSION" (OP as TG_OP; ID the article's, 0 for the other
    // tables; SESSION the writer's tagSession()). The server delivers them
    // at commit, once per distinct payload of a transaction.
    QStringList changeNoticeSchema() const override;
    // Marks the connection's writes as this Project's, so that its own
    // ChangeFeed leaves them out.
    static Result<void> tagSession(const QSqlDatabase &db, const QString &session);
    struct ChangeNotice
    {
        QString table;
        bool replaced = false; // an UPDATE (of an article: its text replaced)
        qint64 articleId = 0;
        QString session;
    };
    // A notice's payload read back; nullopt for one of another shape.
    static std::optional<ChangeNotice> parseChangeNotice(const QString &payload);

private:
    PostgresDialect() = default;
};

} // namespace Claimbench
