#include "core/store/articlerepository.h"

#include "core/domain/foldedkey.h"
#include "core/store/claimcolumns.h"
#include "core/store/pagestore.h"
#include "core/store/dialect.h"
#include "core/store/sqlsupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>

#include <map>
#include <optional>
#include <span>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// This file's messages, in ArticleRepository's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::ArticleRepository)
};

} // namespace

namespace {

// Columns read by articleFrom(); the body, when wanted, comes last.
constexpr QStringView kColumns =
    u"a.id, a.title, a.outlet, a.url, a.author, a.published, a.published_precision, a.language, "
    "a.source_path, a.content_hash, a.imported_at, "
    "(SELECT COUNT(*) FROM claims c WHERE c.article_id = a.id)";
constexpr int kColumnCount = 12;
// list()'s order: newest published first, undated last.
constexpr QStringView kListOrder = u" ORDER BY a.published IS NULL, a.published DESC, a.id DESC";

Article articleFrom(const QSqlQuery &q)
{
    Article a;
    a.id = q.value(0).toLongLong();
    a.title = q.value(1).toString();
    a.outlet = q.value(2).toString();
    a.url = q.value(3).toString();
    a.author = q.value(4).toString();
    a.published = Sql::dateFromColumns(q.value(5), q.value(6));
    a.language = q.value(7).toString();
    a.sourcePath = q.value(8).toString();
    a.contentHash = QByteArray::fromHex(q.value(9).toString().toLatin1());
    a.importedAt = Sql::timestampFromColumn(q.value(10));
    a.claimCount = q.value(11).toInt();
    return a;
}

// foldedKey(text).toUtf8() for pure-ASCII text, or nullopt for any other
// text. ASCII is already NFC, folds by lowering A-Z and encodes as itself, so
// the key is built straight into bytes; simplified() counts \t-\r and space as
// whitespace below 0x80. Most bodies are ASCII, and the general path (three
// QString passes and a UTF-8 encode) was most of an import's hashing time.
std::optional<QByteArray> asciiFoldedKey(QStringView text)
{
    QByteArray key(text.size(), Qt::Uninitialized);
    char *out = key.data();
    char *const begin = out;
    bool gap = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80)
            return std::nullopt;
        if (u == u' ' || (u >= u'\t' && u <= u'\r')) {
            gap = out != begin;
            continue;
        }
        if (gap) {
            *out++ = ' ';
            gap = false;
        }
        *out++ = char(u >= u'A' && u <= u'Z' ? u + (u'a' - u'A') : u);
    }
    key.truncate(out - begin);
    return key;
}

QString hashColumn(const QByteArray &hash)
{
    return QString::fromLatin1(hash.toHex());
}

// Inserts many articles a statement: on a server each statement is a round
// trip, and one an article cost more than its row. A statement is prepared
// once for each number of rows and reused.
class ArticleInserter
{
public:
    explicit ArticleInserter(const QSqlDatabase &db)
        : m_db(db)
        , m_now(Sql::nowUtc())
        , m_nowColumn(Sql::timestampColumn(m_now))
    {
    }

    // A statement may die inside a transaction that a failure aborted, where
    // the server would ignore its DEALLOCATE: each is freed after it ends.
    ~ArticleInserter()
    {
        for (auto &[rows, statement] : m_statements)
            Sql::freeAfterTransaction(statement, m_db);
    }

    ArticleInserter(const ArticleInserter &) = delete;
    ArticleInserter &operator=(const ArticleInserter &) = delete;

    // How many of `articles` (from the first) the next statement takes: at
    // most kMaxRows, and about kMaxBytes of text (bodies may be megabytes).
    static size_t rowsOfNextStatement(std::span<const Article> articles)
    {
        constexpr size_t kMaxRows = 50;
        constexpr qsizetype kMaxBytes = 1 << 20;
        size_t rows = 0;
        qsizetype bytes = 0;
        while (rows < std::min(kMaxRows, articles.size()) && (rows == 0 || bytes < kMaxBytes))
            bytes += articles[rows++].body.size() * 2;
        return rows;
    }

    // Stores `articles` in one statement and sets their ids.
    Result<void> insert(std::span<Article> articles)
    {
        auto statement = statementFor(articles.size());
        if (!statement)
            return std::unexpected(statement.error());
        QSqlQuery &query = **statement;
        int column = 0;
        for (Article &a : articles) {
            if (a.contentHash.isEmpty())
                a.contentHash = ArticleRepository::contentHashOf(a.body);
            if (!a.importedAt.isValid())
                a.importedAt = m_now;
            Sql::bind(query, column++, a.title);
            Sql::bind(query, column++, a.outlet);
            Sql::bind(query, column++, a.url);
            Sql::bind(query, column++, a.author);
            Sql::bind(query, column++, Sql::dateColumn(a.published));
            Sql::bind(query, column++, int(a.published.precision()));
            Sql::bind(query, column++, a.language);
            Sql::bind(query, column++, a.body);
            Sql::bind(query, column++, a.sourcePath);
            Sql::bind(query, column++, hashColumn(a.contentHash));
            Sql::bind(query, column++, a.importedAt == m_now ? m_nowColumn : Sql::timestampColumn(a.importedAt));
        }
        if (!query.exec()) {
            // Conflict: the caller looked for the texts before writing, and
            // another program (an analyst importing the same files) stored
            // one since; the caller looks again to know which.
            if (Dialect::of(m_db).isConstraintViolation(query.lastError()))
                return makeError(Error::Code::Conflict,
                                 Messages::tr("An article with the same text is already in the project"),
                                 articles.size() == 1 ? articles.front().title : QString());
            return std::unexpected(
                Sql::databaseError(query.driver(), Messages::tr("Could not store the article"), query.lastError()));
        }
        // RETURNING promises no order: rows are matched by their text's
        // hash, unique in the project.
        QHash<QString, qint64> ids;
        while (query.next())
            ids.insert(query.value(1).toString(), query.value(0).toLongLong());
        for (Article &a : articles) {
            a.id = ids.value(hashColumn(a.contentHash));
            if (a.id == 0)
                return makeError(Error::Code::Database, Messages::tr("Could not store the article"), a.title);
        }
        return {};
    }

private:
    Result<QSqlQuery *> statementFor(size_t rows)
    {
        if (const auto found = m_statements.find(rows); found != m_statements.end())
            return &found->second;
        QSqlQuery query(m_db);
        const QString sql = u"INSERT INTO articles (title, outlet, url, author, published, "
                            "published_precision, language, body, source_path, content_hash, imported_at) VALUES "_s
            + QStringList(qsizetype(rows), u"(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s).join(u", "_s)
            + u" RETURNING id, content_hash"_s;
        if (!query.prepare(sql))
            return std::unexpected(Sql::databaseError(
                query.driver(), Messages::tr("Could not prepare to store articles"), query.lastError()));
        return &m_statements.emplace(rows, std::move(query)).first->second;
    }

    QSqlDatabase m_db;
    std::map<size_t, QSqlQuery> m_statements;
    QDateTime m_now; // the import time of a batch: formatted once, not per row
    QString m_nowColumn;
};

Result<void> insertAll(const QSqlDatabase &db, QList<Article> &articles)
{
    const Dialect &dialect = Dialect::of(db);
    if (auto ok = dialect.beginArticleWrite(db); !ok)
        return ok;
    QList<Dialect::ArticleText> texts;
    texts.reserve(articles.size());
    for (const Article &a : std::as_const(articles))
        texts.append({.title = a.title, .body = a.body});
    const std::unique_ptr<Dialect::PendingArticleIndex> index = dialect.beginArticleIndex(std::move(texts));
    ArticleInserter inserter(db);
    const std::span<Article> all(articles.data(), size_t(articles.size()));
    for (size_t start = 0; start < all.size();) {
        const std::span<Article> rows = all.subspan(start, ArticleInserter::rowsOfNextStatement(all.subspan(start)));
        if (auto ok = inserter.insert(rows); !ok)
            return ok;
        start += rows.size();
    }
    QList<qint64> ids;
    ids.reserve(articles.size());
    for (const Article &a : std::as_const(articles)) {
        ids.append(a.id);
        if (a.pages.isEmpty() && a.document.isEmpty())
            continue;
        if (auto ok = PageStore::write(db, a.id, a.pages, a.document); !ok)
            return ok;
    }
    return index->write(db, ids);
}

// The (column text, id) of every article whose `column` is one of `values`,
// by id, in few queries.
Result<QList<std::pair<QString, qint64>>> idsWhereIn(const QString &connection, QStringView column,
                                                     const QList<QVariant> &values)
{
    // Well below SQLite's limit on bound parameters (32766 since 3.32).
    constexpr qsizetype chunkSize = 500;
    QList<std::pair<QString, qint64>> found;
    for (qsizetype start = 0; start < values.size(); start += chunkSize) {
        const QList<QVariant> chunk = values.mid(start, chunkSize);
        const QString sql = u"SELECT "_s + column + u", id FROM articles WHERE "_s + column + u" IN (?"_s
            + u", ?"_s.repeated(chunk.size() - 1) + u") ORDER BY id"_s;
        auto q = Sql::select(connection, sql, chunk);
        if (!q)
            return std::unexpected(q.error());
        while (q->next())
            found.append({q->value(0).toString(), q->value(1).toLongLong()});
    }
    return found;
}

// idsWhereIn() for a text column, blank values left out; the newest id wins.
Result<QHash<QString, qint64>> idsByText(const QString &connection, QStringView column, const QStringList &values)
{
    QList<QVariant> wanted;
    for (const QString &value : values)
        if (!value.isEmpty())
            wanted.append(value);
    auto found = idsWhereIn(connection, column, wanted);
    if (!found)
        return std::unexpected(found.error());
    QHash<QString, qint64> ids;
    for (const auto &[text, id] : std::as_const(*found))
        ids.insert(text, id);
    return ids;
}

// Inside replace()'s transaction: the claims of article `id`, placed in
// `body` by `place`, written back.
Result<QList<Claim>> placeClaims(const QSqlDatabase &db, qint64 id, const QString &body,
                                 const ArticleRepository::ClaimPlacement &place)
{
    auto q = Sql::run(db, u"SELECT "_s + ClaimColumns::list() + u" FROM claims WHERE article_id = ? ORDER BY id"_s, {id});
    if (!q)
        return std::unexpected(q.error());
    QList<Claim> claims;
    while (q->next())
        claims.append(ClaimColumns::read(*q));
    claims = place(claims, body);
    for (const Claim &claim : std::as_const(claims)) {
        auto written = Sql::run(db, u"UPDATE claims SET start_offset = ?, end_offset = ?, quote = ?, "
                                    "context_before = ?, context_after = ?, orphaned = ?, "
                                    "row_version = row_version + 1 WHERE id = ?"_s,
                                {claim.start, claim.end, claim.quote, claim.contextBefore, claim.contextAfter,
                                 int(claim.orphaned), claim.id});
        if (!written)
            return std::unexpected(written.error());
    }
    return claims;
}

} // namespace

ArticleRepository::ArticleRepository(QString connectionName)
    : m_connection(std::move(connectionName))
{
}

Result<qint64> ArticleRepository::add(Article &article)
{
    QList<Article> one{article};
    if (auto ok = addAll(one); !ok)
        return std::unexpected(ok.error());
    article = one.first();
    return article.id;
}

Result<void> ArticleRepository::addAll(QList<Article> &articles)
{
    auto ok = Sql::write(m_connection, [&](const QSqlDatabase &db) { return insertAll(db, articles); });
    if (!ok) {
        for (Article &a : articles)
            a.id = 0; // rolled back: no article may look stored
    }
    return ok;
}

Result<std::optional<qint64>> ArticleRepository::idForContentHash(const QByteArray &hash) const
{
    auto q = Sql::select(m_connection, u"SELECT id FROM articles WHERE content_hash = ?"_s,
                         {hashColumn(hash)});
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? std::optional<qint64>(q->value(0).toLongLong()) : std::nullopt;
}

Result<QHash<QByteArray, qint64>> ArticleRepository::idsForContentHashes(const QList<QByteArray> &hashes) const
{
    QList<QVariant> columns;
    for (const QByteArray &hash : hashes)
        columns.append(hashColumn(hash));
    auto found = idsWhereIn(m_connection, u"content_hash", columns);
    if (!found)
        return std::unexpected(found.error());
    QHash<QByteArray, qint64> ids;
    for (const auto &[hash, id] : std::as_const(*found))
        ids.insert(QByteArray::fromHex(hash.toLatin1()), id);
    return ids;
}

Result<QHash<QString, qint64>> ArticleRepository::idsForUrls(const QStringList &urls) const
{
    return idsByText(m_connection, u"url", urls);
}

Result<QHash<QString, qint64>> ArticleRepository::idsForSourcePaths(const QStringList &paths) const
{
    return idsByText(m_connection, u"source_path", paths);
}

Result<QList<Claim>> ArticleRepository::replace(qint64 id, Article &article, const ClaimPlacement &place)
{
    Article stored = article;
    if (stored.contentHash.isEmpty())
        stored.contentHash = contentHashOf(stored.body);
    if (!stored.importedAt.isValid())
        stored.importedAt = Sql::nowUtc();
    auto placed = Sql::write(m_connection, [&](const QSqlDatabase &db) -> Result<QList<Claim>> {
        const Dialect &dialect = Dialect::of(db);
        if (auto ok = dialect.beginArticleWrite(db); !ok)
            return std::unexpected(ok.error());
        auto same = Sql::run(db, u"SELECT id FROM articles WHERE content_hash = ? AND id <> ?"_s,
                             {hashColumn(stored.contentHash), id});
        if (!same)
            return std::unexpected(same.error());
        if (same->next())
            return makeError(Error::Code::InvalidInput,
                             Messages::tr("An article with the same text is already in the project"),
                             stored.title);
        auto updated = Sql::changeRow(
            db,
            u"UPDATE articles SET title = ?, outlet = ?, url = ?, author = ?, published = ?, "
            "published_precision = ?, language = ?, body = ?, source_path = ?, "
            "content_hash = ?, imported_at = ? WHERE id = ?"_s,
            {stored.title, stored.outlet, stored.url, stored.author, Sql::dateColumn(stored.published),
             int(stored.published.precision()), stored.language, stored.body, stored.sourcePath,
             hashColumn(stored.contentHash), Sql::timestampColumn(stored.importedAt), id},
            u"article", id);
        if (!updated)
            return std::unexpected(updated.error());
        if (auto ok = dialect.indexArticles(db, {id}, {{.title = stored.title, .body = stored.body}}); !ok)
            return std::unexpected(ok.error());
        // A corrected document's pages, or none for a version no longer paged.
        if (auto pages = PageStore::write(db, id, stored.pages, stored.document); !pages)
            return std::unexpected(pages.error());
        return placeClaims(db, id, stored.body, place);
    });
    if (placed) {
        stored.id = id;
        article = stored;
    }
    return placed;
}

Result<Article> ArticleRepository::get(qint64 id) const
{
    auto db = Sql::connection(m_connection);
    if (!db)
        return std::unexpected(db.error());
    auto q = Sql::run(*db, u"SELECT "_s + kColumns + u", a.body FROM articles a WHERE a.id = ?"_s, {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return makeError(Error::Code::NotFound, Messages::tr("There is no article %1 in the project").arg(id));
    Article a = articleFrom(*q);
    a.body = q->value(kColumnCount).toString();
    return a;
}

Result<QList<Article>> ArticleRepository::list() const
{
    return Sql::selectAll(m_connection,
                          u"SELECT "_s + kColumns + u" FROM articles a"_s + kListOrder,
                          {}, articleFrom);
}

Result<QList<qint64>> ArticleRepository::listIds() const
{
    return Sql::selectAll(m_connection, u"SELECT a.id FROM articles a"_s + kListOrder, {},
                          [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
}

Result<std::optional<ArticleRepository::Opening>> ArticleRepository::opening() const
{
    // kListOrder's leading "published IS NULL" would sort the whole table:
    // dated and undated articles are asked for apart, each in index order,
    // and the first branch with a row ends the query.
    const auto newest = [](const QString &where, const QString &order) -> QString {
        // PostgreSQL wants every subquery in FROM named.
        return u"SELECT * FROM (SELECT a.id FROM articles a WHERE "_s + where + u" ORDER BY "_s + order
             + u" LIMIT 1) newest"_s;
    };
    const QString withClaims = u" AND EXISTS (SELECT 1 FROM claims c WHERE c.article_id = a.id)"_s;
    const QString dated = u"a.published IS NOT NULL"_s;
    const QString undated = u"a.published IS NULL"_s;
    const QString datedOrder = u"a.published DESC, a.id DESC"_s;
    const QString undatedOrder = u"a.id DESC"_s;
    const QString sql = u"SELECT p.id, (SELECT c.id FROM claims c WHERE c.article_id = p.id"
                        " ORDER BY c.start_offset, c.id LIMIT 1) FROM ("_s
                      + QStringList{newest(dated + withClaims, datedOrder), newest(undated + withClaims, undatedOrder),
                                    newest(dated, datedOrder), newest(undated, undatedOrder)}
                            .join(u" UNION ALL "_s)
                      + u" LIMIT 1) p"_s;
    auto q = Sql::select(m_connection, sql);
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::nullopt;
    return Opening{q->value(0).toLongLong(), q->value(1).toLongLong()};
}

Result<void> ArticleRepository::forEachSortField(SortField field,
                                                 const std::function<void(const Article &)> &each) const
{
    // The source path lies after the body in the row: reading it for every
    // article would walk every body's overflow pages.
    const QString columns = field == SortField::Title    ? u"title"_s
                          : field == SortField::Outlet ? u"outlet"_s
                                                       : u"published, published_precision"_s;
    auto q = Sql::select(m_connection, u"SELECT id, "_s + columns + u" FROM articles"_s);
    if (!q)
        return std::unexpected(q.error());
    Article article;
    QList<qint64> untitled;
    while (q->next()) {
        article.id = q->value(0).toLongLong();
        switch (field) {
        case SortField::Title:
            article.title = q->value(1).toString();
            if (article.title.trimmed().isEmpty()) {
                untitled.append(article.id);
                continue;
            }
            break;
        case SortField::Outlet:
            article.outlet = q->value(1).toString();
            break;
        case SortField::Published:
            article.published = Sql::dateFromColumns(q->value(1), q->value(2));
            break;
        }
        each(article);
    }
    if (untitled.isEmpty())
        return {};
    auto rest = listByIds(untitled);
    if (!rest)
        return std::unexpected(rest.error());
    for (const Article &titled : std::as_const(*rest))
        each(titled);
    return {};
}

Result<QList<Article>> ArticleRepository::listByIds(const QList<qint64> &ids) const
{
    QHash<qint64, Article> found;
    // In chunks well below SQLite's smallest limit on bound parameters.
    constexpr qsizetype kChunk = 500;
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        const QList<qint64> chunk = ids.mid(from, kChunk);
        QString sql = u"SELECT "_s + kColumns + u" FROM articles a WHERE a.id IN (?"_s;
        for (qsizetype i = 1; i < chunk.size(); ++i)
            sql += u",?"_s;
        sql += u')';
        auto rows = Sql::selectAll(m_connection, sql, {chunk.cbegin(), chunk.cend()}, articleFrom);
        if (!rows)
            return std::unexpected(rows.error());
        for (Article &article : *rows)
            found.insert(article.id, std::move(article));
    }
    QList<Article> articles;
    articles.reserve(found.size());
    for (const qint64 id : ids)
        if (auto it = found.find(id); it != found.end())
            articles.append(std::move(*it));
    return articles;
}

Result<QHash<qint64, int>> ArticleRepository::claimCounts() const
{
    return Sql::countsById(m_connection, u"SELECT article_id, COUNT(*) FROM claims GROUP BY article_id"_s);
}

namespace {

using RankedIds = QList<std::pair<qint64, double>>;

// The ids of the best `limit` matches of the FTS query `match`, with their rank.
Result<RankedIds> rankMatches(const QSqlDatabase &db, const QString &match, int limit)
{
    auto ranked = Sql::run(db, Dialect::of(db).searchRankSql(), {match, limit});
    if (!ranked)
        return std::unexpected(ranked.error());
    RankedIds order;
    while (ranked->next())
        order.append({ranked->value(0).toLongLong(), ranked->value(1).toDouble()});
    return order;
}

// rankMatches() over the `newest` matches only, with whether they were all.
Result<ArticleRepository::NewestRanking> rankNewestMatches(const QSqlDatabase &db, const QString &match, int newest,
                                                           int limit)
{
    auto ranked = Sql::run(db, Dialect::of(db).searchRankNewestSql(), {match, newest, limit});
    if (!ranked)
        return std::unexpected(ranked.error());
    ArticleRepository::NewestRanking ranking;
    while (ranked->next()) {
        ranking.ids.append(ranked->value(0).toLongLong());
        ranking.allMatches = ranked->value(2).toLongLong() < newest;
    }
    return ranking;
}

// Runs the snippet statement over `ids` with `columns` before the snippet,
// handing each row to `visit`.
template<typename Visit>
Result<void> forEachSnippet(const QSqlDatabase &db, const QString &match, QStringView columns,
                            const QList<qint64> &ids, Visit visit)
{
    QStringList list;
    list.reserve(ids.size());
    for (const qint64 id : ids)
        list.append(QString::number(id));
    auto q = Sql::run(db, Dialect::of(db).searchSnippetSql(columns), {match, QString(u'[' + list.join(u',') + u']')});
    if (!q)
        return std::unexpected(q.error());
    while (q->next())
        visit(*q);
    return {};
}

} // namespace

Result<QList<ArticleSearchHit>> ArticleRepository::search(const QString &query, int limit) const
{
    auto db = Sql::connection(m_connection);
    if (!db)
        return std::unexpected(db.error());
    const QString match = Dialect::of(*db).ftsQuery(query);
    if (match.isEmpty() || limit <= 0)
        return QList<ArticleSearchHit>{};
    const Result<RankedIds> order = rankMatches(*db, match, limit);
    if (!order)
        return std::unexpected(order.error());
    if (order->isEmpty())
        return QList<ArticleSearchHit>{};
    // Snippets only for the rows kept: the limit applies after the ranking.
    QList<qint64> ids;
    ids.reserve(order->size());
    for (const auto &[id, rank] : *order)
        ids.append(id);
    QHash<qint64, ArticleSearchHit> found;
    found.reserve(order->size());
    const Result<void> read = forEachSnippet(*db, match, kColumns, ids, [&](const QSqlQuery &q) {
        Article article = articleFrom(q);
        const qint64 id = article.id;
        found.insert(id, {std::move(article), q.value(kColumnCount).toString(), 0});
    });
    if (!read)
        return std::unexpected(read.error());
    QList<ArticleSearchHit> hits;
    hits.reserve(order->size());
    for (const auto &[id, rank] : *order) {
        // An article deleted between the two statements is left out.
        if (auto hit = found.find(id); hit != found.end()) {
            hit->rank = rank;
            hits.append(std::move(*hit));
        }
    }
    return hits;
}

Result<ArticleRepository::NewestRanking> ArticleRepository::rankedIdsAmongNewest(
    const QString &query, int newest, int limit, const std::atomic<bool> *cancelled) const
{
    auto db = Sql::connection(m_connection);
    if (!db)
        return std::unexpected(db.error());
    const QString match = Dialect::of(*db).ftsQuery(query);
    if (match.isEmpty() || limit <= 0)
        return NewestRanking{};
    if (cancelled)
        if (auto ok = Dialect::of(*db).setCancelFlag(*db, cancelled); !ok)
            return std::unexpected(ok.error());
    Result<NewestRanking> ranking = NewestRanking{};
    if (newest > 0) {
        ranking = rankNewestMatches(*db, match, newest, limit);
    } else if (const Result<RankedIds> order = rankMatches(*db, match, limit); !order) {
        ranking = std::unexpected(order.error());
    } else {
        ranking->ids.reserve(order->size());
        for (const auto &[id, rank] : *order)
            ranking->ids.append(id);
    }
    if (cancelled)
        Dialect::of(*db).setCancelFlag(*db, nullptr);
    if (cancelled && cancelled->load(std::memory_order_relaxed))
        return makeError(Error::Code::Cancelled, Messages::tr("The search was cancelled"));
    return ranking;
}

Result<QList<qint64>> ArticleRepository::rankedIds(const QString &query, int limit,
                                                   const std::atomic<bool> *cancelled) const
{
    Result<NewestRanking> ranking = rankedIdsAmongNewest(query, 0, limit, cancelled);
    if (!ranking)
        return std::unexpected(ranking.error());
    return std::move(ranking->ids);
}

Result<QHash<qint64, QString>> ArticleRepository::snippets(const QString &query, const QList<qint64> &ids) const
{
    auto db = Sql::connection(m_connection);
    if (!db)
        return std::unexpected(db.error());
    const QString match = Dialect::of(*db).ftsQuery(query);
    QHash<qint64, QString> found;
    if (match.isEmpty() || ids.isEmpty())
        return found;
    found.reserve(ids.size());
    const Result<void> read = forEachSnippet(*db, match, u"a.id", ids, [&](const QSqlQuery &q) {
        found.insert(q.value(0).toLongLong(), q.value(1).toString());
    });
    if (!read)
        return std::unexpected(read.error());
    return found;
}

Result<void> ArticleRepository::remove(qint64 id)
{
    return Sql::write(m_connection, [&](const QSqlDatabase &db) -> Result<void> {
        auto claims = Sql::run(db, u"SELECT COUNT(*) FROM claims WHERE article_id = ?"_s, {id});
        if (!claims)
            return std::unexpected(claims.error());
        claims->next();
        if (const int count = claims->value(0).toInt(); count > 0)
            return makeError(Error::Code::InvalidInput,
                             Messages::tr("The article cannot be removed while it has claims (%1)").arg(count),
                             u"article %1"_s.arg(id));
        return Sql::changeRow(db, u"DELETE FROM articles WHERE id = ?"_s, {id}, u"article", id);
    });
}

QByteArray ArticleRepository::contentHashOf(QStringView body)
{
    const auto ascii = asciiFoldedKey(body);
    return QCryptographicHash::hash(ascii ? *ascii : foldedKey(body).toUtf8(), QCryptographicHash::Sha256);
}

} // namespace Claimbench
