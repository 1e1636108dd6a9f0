#pragma once

#include "core/domain/article.h"
#include "core/domain/claim.h"
#include "core/error.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace Claimbench {

struct ArticleSearchHit
{
    Article article;   // body left empty; claimCount filled
    QString snippet;   // text around the best match, matched terms in [brackets]
    double rank = 0;   // relevance, higher is better (negated bm25)
};

// Articles and their full-text index. A cheap value bound to one thread's
// connection (see Project); every write is one transaction. Bodies are stored
// exactly as given: claim offsets index them in UTF-16 code units.
class ArticleRepository
{
public:
    explicit ArticleRepository(QString connectionName);

    // Stores one article and indexes it, with its page map and document in
    // the same transaction. Fills id, importedAt (now, if not set) and
    // contentHash (if empty). An article whose contentHash is already stored
    // is refused with Conflict.
    Result<qint64> add(Article &article);
    // The same for many articles in ONE transaction (batch import): all are
    // stored or none (on failure every id is reset to 0).
    Result<void> addAll(QList<Article> &articles);

    Result<std::optional<qint64>> idForContentHash(const QByteArray &hash) const;
    // idForContentHash() for many hashes in few queries (a batch import's
    // duplicate check): the stored ones map to their article ids, the others
    // are absent from the answer.
    Result<QHash<QByteArray, qint64>> idsForContentHashes(const QList<QByteArray> &hashes) const;
    // The stored articles with these non-empty URLs / source paths (a
    // corrected version of one is imported again), in few queries; when two
    // share one, the newest. Others are absent from the answer.
    Result<QHash<QString, qint64>> idsForUrls(const QStringList &urls) const;
    Result<QHash<QString, qint64>> idsForSourcePaths(const QStringList &paths) const;
    // Given the claims of an article as stored (by id) and its new body, the
    // rows they become: same ids, of which replace() writes the offsets,
    // quote, context and orphaned flag (ClaimAnchorer::reanchor places them;
    // the store does not know how).
    using ClaimPlacement = std::function<QList<Claim>(const QList<Claim> &claims, const QString &newBody)>;
    // A corrected version of stored article `id`: its title, outlet, url,
    // author, published, language, body, source path, hash, import time,
    // page map and document become `article`'s (empty ones drop the stored
    // ones: a version no longer paged), and its claims are read, placed by `place` and
    // written back, all in ONE transaction, so that no edit of a claim made
    // meanwhile is lost. Each claim written gets a new row version; `updated`
    // (the analyst's last edit) is left alone. Returns the claims as placed.
    // Fills article.id, contentHash and importedAt like add(). InvalidInput
    // when another stored article has the same text, NotFound when `id` is gone.
    Result<QList<Claim>> replace(qint64 id, Article &article, const ClaimPlacement &place);
    Result<Article> get(qint64 id) const; // with body; NotFound when absent
    // What add() and replace() stored of Article::pages and Article::document
    // for article `id`: empty for one not read from a paged document (PDF).
    Result<PageMap> pageMap(qint64 id) const;
    Result<QByteArray> document(qint64 id) const;
    // Whether any stored article has a page map: the CLI's `claims` adds a
    // `page` column only then.
    Result<bool> hasPagedArticles() const;
    // All articles without bodies, newest published first (undated last).
    Result<QList<Article>> list() const;
    // The ids of list(), in its order, read from the table alone: what a
    // view of 100,000 articles needs before it shows any row.
    Result<QList<qint64>> listIds() const;
    // What a reader shows of a project nobody has read yet: the first
    // article of list() that has claims, with its first claim in the text
    // (claimId 0 when no article has any: then list()'s first article).
    struct Opening
    {
        qint64 articleId = 0;
        qint64 claimId = 0;
    };
    // One query walking the published index from the newest; nullopt for a
    // project without articles.
    Result<std::optional<Opening>> opening() const;
    // Calls `each` once for every article, in no particular order, with its
    // id and one field that sorts the library, read from the field's index
    // where the schema has one; nothing else is read, and no list is built.
    // Title: the title, and the source path only where the title is blank
    // (QString::trimmed() empty), which is all a displayed title needs.
    // Published: the date with its precision. `each` must not use the
    // repository's connection.
    enum class SortField { Title, Outlet, Published };
    Result<void> forEachSortField(SortField field, const std::function<void(const Article &)> &each) const;
    // Articles as list() reads them, for these ids in this order; an id
    // that is not stored is left out.
    Result<QList<Article>> listByIds(const QList<qint64> &ids) const;
    // How many claims each article has; articles with none are absent.
    Result<QHash<qint64, int>> claimCounts() const;
    // Ranked full-text search over title and body, case-insensitive in any
    // script. `query` is plain user text: words are ANDed, the last one is a
    // prefix, and no input is ever an FTS syntax error. Blank query: no hits.
    Result<QList<ArticleSearchHit>> search(const QString &query, int limit = 100) const;
    // The ids of search()'s hits, best first, without reading the articles or
    // making snippets: what a list needs to show its rows in order. Fails
    // with Cancelled soon after `*cancelled` turns true, from any thread.
    Result<QList<qint64>> rankedIds(const QString &query, int limit = 100,
                                    const std::atomic<bool> *cancelled = nullptr) const;
    // rankedIds() among only the `newest` matches (highest ids; 0: all of
    // them). A word in most of a big library takes a millisecond per
    // thousand matches to rank in full, while its newest thousands rank at
    // once: a first answer while typing, before the full one.
    struct NewestRanking
    {
        QList<qint64> ids;
        // Fewer than `newest` matched: the ranking is rankedIds()'s.
        bool allMatches = true;
    };
    Result<NewestRanking> rankedIdsAmongNewest(const QString &query, int newest, int limit = 100,
                                               const std::atomic<bool> *cancelled = nullptr) const;
    // search()'s snippets of these articles for `query`, by id; an article
    // that does not match is absent.
    Result<QHash<qint64, QString>> snippets(const QString &query, const QList<qint64> &ids) const;
    // Refused with InvalidInput while claims refer to the article: deleting
    // it must never silently drop the analyst's tagging.
    Result<void> remove(qint64 id);

    // SHA-256 of the body in foldedKey form (NFC, case-folded,
    // whitespace collapsed): the same text saved twice hashes the same.
    static QByteArray contentHashOf(QStringView body);

private:
    QString m_connection;
};

} // namespace Claimbench
