#pragma once

#include "core/domain/pagemap.h"
#include "core/error.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringView>

// The page maps and documents of articles read from a paged document (schema
// version 7's article_pages and article_documents): written by
// ArticleRepository in its own transactions, read by it on their own, and the
// claims table's page of a claim. Store-internal, like Sql.
namespace Claimbench::PageStore {

// Inside a write transaction: replaces what is stored for article
// `articleId` by `pages` and `document` (either may be empty: then nothing of
// it is stored).
Result<void> write(const QSqlDatabase &db, qint64 articleId, const PageMap &pages, const QByteArray &document);

Result<PageMap> pageMap(const QSqlDatabase &db, qint64 articleId);
Result<QByteArray> document(const QSqlDatabase &db, qint64 articleId);

// Whether any stored article has a page map.
Result<bool> anyPaged(const QSqlDatabase &db);

// A scalar subquery giving the 1-based page (PageMap::pageOf) of the claim
// aliased `claims` from its start offset, NULL when its article has no page
// with text starting at or before it. One backward step through the
// (article_id, start_offset) index per claim.
QString pageOfClaimSql(QStringView claims);

// The runs of one page packed as one blob and back: a format byte, then per
// run its start and end (int32) and its box's x, y, width and height (float32,
// points: 1/100,000 of a point at a page's size), little-endian. unpackRuns()
// returns nothing for a blob it cannot read.
QByteArray packRuns(const QList<PageRun> &runs);
QList<PageRun> unpackRuns(QByteArrayView blob);

} // namespace Claimbench::PageStore
