#pragma once

#include "core/domain/claim.h"
#include "core/domain/tag.h"
#include "core/error.h"

#include <QList>
#include <QString>

namespace Claimbench {

// What one undoable edit changes among the claims, with the metric and
// claimant it may bring into the project. ClaimRepository::apply() writes it
// in ONE transaction, in the order of the members, and fills in what the
// store decides (ids, timestamps, quote, context), so that applying the same
// value again (a redo) writes exactly the same rows.
struct ClaimChange
{
    // Inserted first, in order; id > 0 puts a row back under that id. A claim
    // of `inserted` or `replaced` refers to the i-th of them by the
    // placeholder newReference(i) as its metricId or claimantId, which apply()
    // replaces with the stored id (one step may bring in several names: an
    // import of many claims).
    QList<Metric> newMetrics;
    QList<Claimant> newClaimants;
    // id 0: a new claim (id, created, updated filled); id > 0: the claim is put
    // back as given, id and timestamps included (the undo of a delete).
    QList<Claim> inserted;
    // Every column written over the stored claim of the same id, `updated`
    // included; an invalid `updated` becomes now. NotFound when one is gone.
    QList<Claim> replaced;
    QList<qint64> removed;
    // Removed last: the undo of an edit that brought them in. Conflict when
    // claims use one (another program added them since).
    QList<qint64> removedMetricIds;
    QList<qint64> removedClaimantIds;

    // The claims of `replaced` and `removed` as the edit expects to find them
    // (matched by id): such a claim is written only while its stored row has
    // the same version and creation time, or every field as expected (its
    // version moved but nothing would be lost), else apply() refuses with
    // Conflict, naming each field another program changed with its value now
    // and the value this change would write. Claims not listed are written
    // whatever is stored.
    QList<Claim> expected;
    // A new name (id 0) of newMetrics or newClaimants that is already stored
    // when apply() writes -- another program brought it in after the caller
    // looked it up -- resolves to the stored row, which apply() drops from the
    // list (the change did not bring it in, so its inverse must not remove
    // it). When the caller asked to create exactly these names, a stored one
    // is refused (InvalidInput) instead.
    bool namesMustBeNew = false;

    // The placeholder id of newMetrics[index] or newClaimants[index]: negative,
    // so it is never a stored id.
    static constexpr qint64 newReference(qsizetype index) { return -1 - qint64(index); }
};

// Claims: the figures an analyst tagged. A cheap value bound to one thread's
// connection (see Project); every write is one transaction.
// Offsets (Claim::start/end) index Article::body in UTF-16 code units (QString
// indices), end exclusive; they are checked against the stored body.
class ClaimRepository
{
public:
    explicit ClaimRepository(QString connectionName);

    // Validates the offsets against the article body and writes the claim as
    // given: the caller places its quote and context (placeQuote). Fills id,
    // created and updated.
    // InvalidInput for offsets outside the body, NotFound for a missing article.
    Result<qint64> add(Claim &claim);
    // Same checks as add(); refreshes updated. NotFound when the claim is gone.
    Result<void> update(Claim &claim);
    Result<void> remove(qint64 id);
    // Puts a claim back exactly as given (id, created and updated included),
    // checked like add(): the undo of a delete. Conflict when the id is taken.
    Result<void> restore(const Claim &claim);
    // Writes `change` in one transaction (see ClaimChange); on error nothing
    // is written and `change` is left as it was. A claim referring to a
    // missing article is NotFound; to a missing tag, metric or claimant, or to
    // a placeholder with no new name behind it, InvalidInput; a claim that
    // differs from its `expected` row, Conflict. The claims written get their
    // new version.
    Result<void> apply(ClaimChange &change);

    Result<Claim> get(qint64 id) const;
    Result<QList<Claim>> listForArticle(qint64 articleId) const; // by start offset
    Result<QList<Claim>> listForTag(qint64 tagId) const;         // by id
    // Every claim, or those of one metric (metricId > 0), by as-of date then id.
    Result<QList<Claim>> list(qint64 metricId = 0) const;
    Result<qint64> count() const;

private:
    QString m_connection;
};

} // namespace Claimbench
