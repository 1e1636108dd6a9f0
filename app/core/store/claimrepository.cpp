#include "core/store/claimrepository.h"

#include "core/store/sqlsupport.h"

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

constexpr QStringView kColumns =
    u"id, article_id, start_offset, end_offset, quote, context_before, context_after, value, low, "
    "high, unit, qualifier, metric_id, claimant_id, as_of, as_of_precision, status, note, tag_id, "
    "created, updated, orphaned";

Claim claimFrom(const QSqlQuery &q)
{
    Claim c;
    c.id = q.value(0).toLongLong();
    c.articleId = q.value(1).toLongLong();
    c.start = q.value(2).toInt();
    c.end = q.value(3).toInt();
    c.quote = q.value(4).toString();
    c.contextBefore = q.value(5).toString();
    c.contextAfter = q.value(6).toString();
    c.value = Sql::optionalNumber(q.value(7));
    c.low = Sql::optionalNumber(q.value(8));
    c.high = Sql::optionalNumber(q.value(9));
    c.unit = q.value(10).toString();
    c.qualifier = qualifierFromName(q.value(11).toString());
    c.metricId = q.value(12).toLongLong();
    c.claimantId = q.value(13).toLongLong();
    c.asOf = Sql::dateFromColumns(q.value(14), q.value(15));
    c.status = ClaimStatus(q.value(16).toInt());
    c.note = q.value(17).toString();
    c.tagId = q.value(18).toLongLong();
    c.created = Sql::timestampFromColumn(q.value(19));
    c.updated = Sql::timestampFromColumn(q.value(20));
    c.orphaned = q.value(21).toBool();
    return c;
}

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

// Checks the offsets against the article and derives what the caller left empty.
Result<void> anchor(const QSqlDatabase &db, Claim &claim)
{
    auto q = Sql::run(db, u"SELECT body FROM articles WHERE id = ?"_s, {claim.articleId});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return makeError(Error::Code::NotFound,
                         u"There is no article %1 in the project"_s.arg(claim.articleId));
    if (claim.orphaned)
        return {};
    const QString body = q->value(0).toString();
    if (claim.start < 0 || claim.end < claim.start || claim.end > body.size())
        return makeError(Error::Code::InvalidInput, u"The claim lies outside its article's text"_s,
                         u"%1-%2 of %3"_s.arg(claim.start).arg(claim.end).arg(body.size()));
    if (claim.quote.isEmpty())
        claim.quote = body.mid(claim.start, claim.end - claim.start);
    if (claim.contextBefore.isEmpty() && claim.contextAfter.isEmpty())
        ClaimRepository::fillContext(claim, body);
    return {};
}

} // namespace

ClaimRepository::ClaimRepository(QString connectionName)
    : m_connection(std::move(connectionName))
{
}

Result<qint64> ClaimRepository::add(Claim &claim)
{
    Claim stored = claim;
    auto ok = Sql::write(m_connection, [&](const QSqlDatabase &db) -> Result<void> {
        if (auto anchored = anchor(db, stored); !anchored)
            return anchored;
        stored.created = stored.updated = Sql::nowUtc();
        QList<QVariant> values = editableValues(stored);
        values << Sql::timestampColumn(stored.created) << Sql::timestampColumn(stored.updated);
        auto q = Sql::run(db, u"INSERT INTO claims (article_id, start_offset, end_offset, quote, "
                              "context_before, context_after, value, low, high, unit, qualifier, "
                              "metric_id, claimant_id, as_of, as_of_precision, status, note, tag_id, "
                              "orphaned, created, updated) VALUES (?"_s
                                  + u", ?"_s.repeated(values.size() - 1) + u')', values);
        if (!q)
            return std::unexpected(q.error());
        stored.id = q->lastInsertId().toLongLong();
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    claim = stored;
    return claim.id;
}

Result<void> ClaimRepository::update(Claim &claim)
{
    Claim stored = claim;
    auto ok = Sql::write(m_connection, [&](const QSqlDatabase &db) -> Result<void> {
        if (auto anchored = anchor(db, stored); !anchored)
            return anchored;
        stored.updated = Sql::nowUtc();
        QList<QVariant> values = editableValues(stored);
        values << Sql::timestampColumn(stored.updated) << stored.id;
        auto q = Sql::run(db,
                          u"UPDATE claims SET article_id = ?, start_offset = ?, end_offset = ?, quote = ?, "
                          "context_before = ?, context_after = ?, value = ?, low = ?, high = ?, unit = ?, "
                          "qualifier = ?, metric_id = ?, claimant_id = ?, as_of = ?, as_of_precision = ?, "
                          "status = ?, note = ?, tag_id = ?, orphaned = ?, updated = ? WHERE id = ?"_s,
                          values);
        if (!q)
            return std::unexpected(q.error());
        if (q->numRowsAffected() == 0)
            return makeError(Error::Code::NotFound, u"There is no claim %1 in the project"_s.arg(claim.id));
        return {};
    });
    if (ok)
        claim = stored;
    return ok;
}

Result<void> ClaimRepository::remove(qint64 id)
{
    return Sql::write(m_connection, [&](const QSqlDatabase &db) -> Result<void> {
        auto q = Sql::run(db, u"DELETE FROM claims WHERE id = ?"_s, {id});
        if (!q)
            return std::unexpected(q.error());
        if (q->numRowsAffected() == 0)
            return makeError(Error::Code::NotFound, u"There is no claim %1 in the project"_s.arg(id));
        return {};
    });
}

Result<Claim> ClaimRepository::get(qint64 id) const
{
    auto db = Sql::connection(m_connection);
    if (!db)
        return std::unexpected(db.error());
    auto q = Sql::run(*db, u"SELECT "_s + kColumns + u" FROM claims WHERE id = ?"_s, {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return makeError(Error::Code::NotFound, u"There is no claim %1 in the project"_s.arg(id));
    return claimFrom(*q);
}

Result<QList<Claim>> ClaimRepository::listForArticle(qint64 articleId) const
{
    return Sql::selectAll(m_connection,
                          u"SELECT "_s + kColumns + u" FROM claims WHERE article_id = ? ORDER BY start_offset, id"_s,
                          {articleId}, claimFrom);
}

Result<QList<Claim>> ClaimRepository::list(qint64 metricId) const
{
    const QString where = metricId > 0 ? u" WHERE metric_id = ?"_s : QString();
    return Sql::selectAll(m_connection,
                          u"SELECT "_s + kColumns + u" FROM claims"_s + where + u" ORDER BY as_of IS NULL, as_of, id"_s,
                          metricId > 0 ? QList<QVariant>{metricId} : QList<QVariant>{}, claimFrom);
}

Result<qint64> ClaimRepository::count() const
{
    auto q = Sql::select(m_connection, u"SELECT COUNT(*) FROM claims"_s);
    if (!q)
        return std::unexpected(q.error());
    q->next();
    return q->value(0).toLongLong();
}

void ClaimRepository::fillContext(Claim &claim, QStringView body)
{
    const qsizetype from = qMax<qsizetype>(0, claim.start - contextLength);
    claim.contextBefore = body.mid(from, claim.start - from).toString();
    claim.contextAfter = body.mid(claim.end, contextLength).toString();
}

} // namespace Claimbench
