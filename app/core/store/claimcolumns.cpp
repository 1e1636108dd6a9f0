#include "core/store/claimcolumns.h"

#include "core/store/sqlsupport.h"

#include <QStringList>

#include <iterator>

using namespace Qt::StringLiterals;

namespace Claimbench::ClaimColumns {

namespace {

constexpr QStringView kNames[] = {
    u"id",         u"article_id", u"start_offset", u"end_offset",      u"quote",   u"context_before",
    u"context_after", u"value",   u"low",          u"high",            u"unit",    u"qualifier",
    u"metric_id",  u"claimant_id", u"as_of",       u"as_of_precision", u"status",  u"note",
    u"tag_id",     u"created",    u"updated",      u"orphaned",        u"row_version", u"created_by",
    u"changed_by",
};
static_assert(std::size(kNames) == kCount);

} // namespace

QString list(QStringView table)
{
    const QString prefix = table.isEmpty() ? QString() : table.toString() + u'.';
    QStringList columns;
    columns.reserve(kCount);
    for (const QStringView name : kNames)
        columns << prefix + name;
    return columns.join(u", "_s);
}

Claim read(const QSqlQuery &q, int first)
{
    const auto at = [&](int column) { return q.value(first + column); };
    Claim c;
    c.id = at(0).toLongLong();
    c.articleId = at(1).toLongLong();
    c.start = at(2).toInt();
    c.end = at(3).toInt();
    c.quote = at(4).toString();
    c.contextBefore = at(5).toString();
    c.contextAfter = at(6).toString();
    c.value = Sql::optionalNumber(at(7));
    c.low = Sql::optionalNumber(at(8));
    c.high = Sql::optionalNumber(at(9));
    c.unit = at(10).toString();
    c.qualifier = qualifierFromName(at(11).toString());
    c.metricId = at(12).toLongLong();
    c.claimantId = at(13).toLongLong();
    c.asOf = Sql::dateFromColumns(at(14), at(15));
    c.status = ClaimStatus(at(16).toInt());
    c.note = at(17).toString();
    c.tagId = at(18).toLongLong();
    c.created = Sql::timestampFromColumn(at(19));
    c.updated = Sql::timestampFromColumn(at(20));
    c.orphaned = at(21).toBool();
    c.version = at(22).toLongLong();
    c.createdBy = at(23).toString();
    c.changedBy = at(24).toString();
    return c;
}

} // namespace Claimbench::ClaimColumns
