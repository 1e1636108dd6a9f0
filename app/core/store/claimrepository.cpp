#include "core/store/claimrepository.h"

#include "core/anchor/claimanchorer.h"
#include "core/store/claimantrepository.h"
#include "core/store/claimcolumns.h"
#include "core/store/metricrepository.h"
#include "core/store/sqlsupport.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// The values of every column but id, created and updated, in the order of
// the INSERT and UPDATE statements below.
QList<QVariant> editableValues(const Claim &c)
{
    return {c.articleId,
            c.start,
            c.end,
            c.quote,
            c.contextBefore,
            c.contextAfter,
            Sql::numberOrNull(c.value),
            Sql::numberOrNull(c.low),
            Sql::numberOrNull(c.high),
            c.unit,
            Sql::textOrNull(qualifierName(c.qualifier)),
            Sql::idOrNull(c.metricId),
            Sql::idOrNull(c.claimantId),
            Sql::dateColumn(c.asOf),
            int(c.asOf.precision()),
            int(c.status),
            c.note,
            Sql::idOrNull(c.tagId),
            int(c.orphaned)};
}

// Checks the offsets against the article and derives what the caller left
// empty. `bodies` caches the article texts of one write (a bulk edit touches
// many claims of few articles).
Result<void> anchor(const QSqlDatabase &db, Claim &claim, QHash<qint64, QString> &bodies)
{
    auto cached = bodies.constFind(claim.articleId);
    if (cached == bodies.cend()) {
        auto q = Sql::run(db, u"SELECT body FROM articles WHERE id = ?"_s, {claim.articleId});
        if (!q)
            return std::unexpected(q.error());
        if (!q->next())
            return makeError(Error::Code::NotFound,
                             u"There is no article %1 in the project"_s.arg(claim.articleId));
        cached = bodies.insert(claim.articleId, q->value(0).toString());
    }
    if (claim.orphaned)
        return {};
    const QString &body = *cached;
    if (claim.start < 0 || claim.end < claim.start || claim.end > body.size())
        return makeError(Error::Code::InvalidInput, u"The claim lies outside its article's text"_s,
                         u"%1-%2 of %3"_s.arg(claim.start).arg(claim.end).arg(body.size()));
    if (claim.quote.isEmpty())
        claim.quote = body.mid(claim.start, claim.end - claim.start);
    if (claim.contextBefore.isEmpty() && claim.contextAfter.isEmpty())
        ClaimRepository::fillContext(claim, body);
    return {};
}

// A foreign key the claim names (tag, metric, claimant) is not in the project.
Error danglingReference(const Claim &claim, const Error &error)
{
    return Error{Error::Code::InvalidInput,
                 u"The claim refers to a tag, metric or claimant that is not in the project"_s,
                 u"claim %1: %2"_s.arg(claim.id).arg(error.detail)};
}

Result<QSqlQuery> runClaimWrite(const QSqlDatabase &db, const Claim &claim, const QString &sql,
                                const QList<QVariant> &values)
{
    auto q = Sql::run(db, sql, values);
    if (q)
        return q;
    // Only the dangling references can violate a constraint here: the ids are
    // checked (insert) or matched (update) by the statements themselves.
    if (q.error().code == Error::Code::Database
        && q.error().detail.contains(u"FOREIGN KEY"_s, Qt::CaseInsensitive))
        return std::unexpected(danglingReference(claim, q.error()));
    return std::unexpected(q.error());
}

Result<void> insertClaim(const QSqlDatabase &db, Claim &claim, QHash<qint64, QString> &bodies)
{
    if (auto anchored = anchor(db, claim, bodies); !anchored)
        return anchored;
    if (claim.id > 0) {
        auto taken = Sql::run(db, u"SELECT 1 FROM claims WHERE id = ?"_s, {claim.id});
        if (!taken)
            return std::unexpected(taken.error());
        if (taken->next())
            return makeError(Error::Code::InvalidInput, u"There is already a claim %1"_s.arg(claim.id));
    }
    const QDateTime now = Sql::nowUtc();
    if (claim.id == 0 || !claim.created.isValid())
        claim.created = now;
    if (claim.id == 0 || !claim.updated.isValid())
        claim.updated = now;
    QList<QVariant> values{Sql::idOrNull(claim.id)};
    values << editableValues(claim) << Sql::timestampColumn(claim.created)
           << Sql::timestampColumn(claim.updated);
    const QString sql = u"INSERT INTO claims (id, article_id, start_offset, end_offset, quote, "
                        "context_before, context_after, value, low, high, unit, qualifier, "
                        "metric_id, claimant_id, as_of, as_of_precision, status, note, tag_id, "
                        "orphaned, created, updated) VALUES (?"_s
        + u", ?"_s.repeated(values.size() - 1) + u')';
    auto q = runClaimWrite(db, claim, sql, values);
    if (!q)
        return std::unexpected(q.error());
    claim.id = q->lastInsertId().toLongLong();
    return {};
}

Result<void> replaceClaim(const QSqlDatabase &db, Claim &claim, QHash<qint64, QString> &bodies)
{
    if (auto anchored = anchor(db, claim, bodies); !anchored)
        return anchored;
    if (!claim.updated.isValid())
        claim.updated = Sql::nowUtc();
    QList<QVariant> values = editableValues(claim);
    values << Sql::timestampColumn(claim.updated) << claim.id;
    auto updated = runClaimWrite(db, claim,
                                 u"UPDATE claims SET article_id = ?, start_offset = ?, end_offset = ?, quote = ?, "
                                 "context_before = ?, context_after = ?, value = ?, low = ?, high = ?, unit = ?, "
                                 "qualifier = ?, metric_id = ?, claimant_id = ?, as_of = ?, as_of_precision = ?, "
                                 "status = ?, note = ?, tag_id = ?, orphaned = ?, updated = ? WHERE id = ?"_s,
                                 values);
    if (!updated)
        return std::unexpected(updated.error());
    if (updated->numRowsAffected() == 0)
        return makeError(Error::Code::NotFound, u"There is no claim %1 in the project"_s.arg(claim.id));
    return {};
}

Result<void> removeClaim(const QSqlDatabase &db, qint64 id)
{
    return Sql::changeRow(db, u"DELETE FROM claims WHERE id = ?"_s, {id}, u"claim", id);
}

// The stored id a claim's metricId or claimantId stands for: itself, or for a
// placeholder (ClaimChange::newReference) the id of the new name it names.
template<typename Named>
Result<qint64> referenced(qint64 id, const QList<Named> &created)
{
    if (id >= 0)
        return id;
    const qint64 index = -1 - id;
    if (index >= created.size())
        return makeError(Error::Code::InvalidInput, u"The claim refers to a new name the edit does not bring"_s);
    return created.at(index).id;
}

Result<void> applyTo(const QSqlDatabase &db, ClaimChange &change)
{
    for (Metric &metric : change.newMetrics) {
        if (auto ok = MetricRepository::insert(db, metric); !ok)
            return ok;
    }
    for (Claimant &claimant : change.newClaimants) {
        if (auto ok = ClaimantRepository::insert(db, claimant); !ok)
            return ok;
    }
    QHash<qint64, QString> bodies;
    for (QList<Claim> *claims : {&change.inserted, &change.replaced}) {
        for (Claim &claim : *claims) {
            const Result<qint64> metric = referenced(claim.metricId, change.newMetrics);
            const Result<qint64> claimant = referenced(claim.claimantId, change.newClaimants);
            if (!metric || !claimant)
                return std::unexpected(!metric ? metric.error() : claimant.error());
            claim.metricId = *metric;
            claim.claimantId = *claimant;
            auto ok = claims == &change.inserted ? insertClaim(db, claim, bodies)
                                                 : replaceClaim(db, claim, bodies);
            if (!ok)
                return ok;
        }
    }
    for (qint64 id : std::as_const(change.removed)) {
        if (auto ok = removeClaim(db, id); !ok)
            return ok;
    }
    for (qint64 id : std::as_const(change.removedMetricIds)) {
        if (auto ok = MetricRepository::erase(db, id); !ok)
            return ok;
    }
    for (qint64 id : std::as_const(change.removedClaimantIds)) {
        if (auto ok = ClaimantRepository::erase(db, id); !ok)
            return ok;
    }
    return {};
}

} // namespace

ClaimRepository::ClaimRepository(QString connectionName)
    : m_connection(std::move(connectionName))
{
}

Result<qint64> ClaimRepository::add(Claim &claim)
{
    ClaimChange change;
    change.inserted = {claim};
    change.inserted.first().id = 0;
    if (auto ok = apply(change); !ok)
        return std::unexpected(ok.error());
    claim = change.inserted.first();
    return claim.id;
}

Result<void> ClaimRepository::update(Claim &claim)
{
    ClaimChange change;
    change.replaced = {claim};
    change.replaced.first().updated = QDateTime();
    if (auto ok = apply(change); !ok)
        return ok;
    claim = change.replaced.first();
    return {};
}

Result<void> ClaimRepository::remove(qint64 id)
{
    ClaimChange change;
    change.removed = {id};
    return apply(change);
}

Result<void> ClaimRepository::restore(const Claim &claim)
{
    if (claim.id <= 0)
        return makeError(Error::Code::InvalidInput, u"Only a claim with an id can be put back"_s);
    ClaimChange change;
    change.inserted = {claim};
    return apply(change);
}

Result<void> ClaimRepository::apply(ClaimChange &change)
{
    ClaimChange applied = change;
    auto ok = Sql::write(m_connection, [&](const QSqlDatabase &db) { return applyTo(db, applied); });
    if (ok)
        change = std::move(applied);
    return ok;
}

Result<Claim> ClaimRepository::get(qint64 id) const
{
    auto db = Sql::connection(m_connection);
    if (!db)
        return std::unexpected(db.error());
    auto q = Sql::run(*db, u"SELECT "_s + ClaimColumns::list() + u" FROM claims WHERE id = ?"_s, {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return makeError(Error::Code::NotFound, u"There is no claim %1 in the project"_s.arg(id));
    return ClaimColumns::read(*q);
}

Result<QList<Claim>> ClaimRepository::listForArticle(qint64 articleId) const
{
    return Sql::selectAll(m_connection,
                          u"SELECT "_s + ClaimColumns::list() + u" FROM claims WHERE article_id = ? ORDER BY start_offset, id"_s,
                          {articleId}, [](const QSqlQuery &q) { return ClaimColumns::read(q); });
}

Result<QList<Claim>> ClaimRepository::listForTag(qint64 tagId) const
{
    return Sql::selectAll(m_connection, u"SELECT "_s + ClaimColumns::list() + u" FROM claims WHERE tag_id = ? ORDER BY id"_s,
                          {tagId}, [](const QSqlQuery &q) { return ClaimColumns::read(q); });
}

Result<QList<Claim>> ClaimRepository::list(qint64 metricId) const
{
    const QString where = metricId > 0 ? u" WHERE metric_id = ?"_s : QString();
    return Sql::selectAll(m_connection,
                          u"SELECT "_s + ClaimColumns::list() + u" FROM claims"_s + where + u" ORDER BY as_of IS NULL, as_of, id"_s,
                          metricId > 0 ? QList<QVariant>{metricId} : QList<QVariant>{}, [](const QSqlQuery &q) { return ClaimColumns::read(q); });
}

Result<qint64> ClaimRepository::count() const
{
    auto q = Sql::select(m_connection, u"SELECT COUNT(*) FROM claims"_s);
    if (!q)
        return std::unexpected(q.error());
    q->next();
    return q->value(0).toLongLong();
}

Result<qint64> ClaimRepository::latestMetricOf(qint64 claimantId, const QString &unit) const
{
    auto q = Sql::select(m_connection,
                         u"SELECT metric_id FROM claims WHERE claimant_id = ? AND unit = ? "
                         "AND metric_id IS NOT NULL ORDER BY updated DESC, id DESC LIMIT 1"_s,
                         {claimantId, unit});
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<ReanchorCount> ClaimRepository::reanchor(const QSqlDatabase &db, qint64 articleId, const QString &newBody)
{
    auto q = Sql::run(db, u"SELECT "_s + ClaimColumns::list() + u" FROM claims WHERE article_id = ? ORDER BY id"_s, {articleId});
    if (!q)
        return std::unexpected(q.error());
    QList<Claim> claims;
    while (q->next())
        claims.append(ClaimColumns::read(*q));
    ReanchorCount count;
    for (Claim &claim : claims) {
        const Anchoring anchoring = ClaimAnchorer::anchor(claim, newBody);
        if (anchoring.kind == Anchoring::Kind::Orphaned) {
            claim.orphaned = true;
            ++count.orphaned;
        } else {
            claim.orphaned = false;
            claim.start = anchoring.start;
            claim.end = anchoring.end;
            claim.quote = newBody.mid(claim.start, claim.end - claim.start);
            fillContext(claim, newBody);
            ++count.placed;
        }
        auto written = Sql::run(db, u"UPDATE claims SET start_offset = ?, end_offset = ?, quote = ?, "
                                    "context_before = ?, context_after = ?, orphaned = ? WHERE id = ?"_s,
                                {claim.start, claim.end, claim.quote, claim.contextBefore, claim.contextAfter,
                                 int(claim.orphaned), claim.id});
        if (!written)
            return std::unexpected(written.error());
    }
    return count;
}

void ClaimRepository::fillContext(Claim &claim, QStringView body)
{
    const qsizetype from = qMax<qsizetype>(0, claim.start - contextLength);
    claim.contextBefore = body.mid(from, claim.start - from).toString();
    claim.contextAfter = body.mid(claim.end, contextLength).toString();
}

} // namespace Claimbench
