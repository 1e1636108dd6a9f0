#pragma once

#include "core/domain/claim.h"
#include "core/error.h"

#include <QList>
#include <QString>

namespace Claimbench {

// Claims: the figures an analyst tagged. A cheap value bound to one thread's
// connection (see Project); every write is one transaction.
// Offsets (Claim::start/end) index Article::body in UTF-16 code units (QString
// indices), end exclusive; they are checked against the stored body.
class ClaimRepository
{
public:
    // Characters of body kept on each side of a claim to re-anchor it.
    static constexpr int contextLength = 32;

    explicit ClaimRepository(QString connectionName);

    // Validates the offsets against the article body, fills quote (when
    // empty), contextBefore/After (when both empty), id, created and updated.
    // InvalidInput for offsets outside the body, NotFound for a missing article.
    Result<qint64> add(Claim &claim);
    // Same checks as add(); refreshes updated. NotFound when the claim is gone.
    Result<void> update(Claim &claim);
    Result<void> remove(qint64 id);

    Result<Claim> get(qint64 id) const;
    Result<QList<Claim>> listForArticle(qint64 articleId) const; // by start offset
    // Every claim, or those of one metric (metricId > 0), by as-of date then id.
    Result<QList<Claim>> list(qint64 metricId = 0) const;
    Result<qint64> count() const;

    // Sets contextBefore/contextAfter from `body` around claim.start/end.
    static void fillContext(Claim &claim, QStringView body);

private:
    QString m_connection;
};

} // namespace Claimbench
