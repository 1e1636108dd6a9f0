#include "core/store/metricrepository.h"

#include "core/domain/foldedkey.h"
#include "core/store/metricrepository_p.h"
#include "core/store/dialect.h"
#include "core/store/sqlsupport.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// This file's messages, in MetricRepository's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::MetricRepository)
};

} // namespace

namespace {

constexpr QStringView kSelect =
    u"SELECT id, name, unit, description, row_version, created_by, changed_by, updated FROM metrics";

Metric metricFrom(const QSqlQuery &q)
{
    Metric metric{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    metric.version = q.value(4).toLongLong();
    metric.createdBy = q.value(5).toString();
    metric.changedBy = q.value(6).toString();
    metric.updated = Sql::timestampFromColumn(q.value(7));
    return metric;
}

} // namespace

MetricRepository::MetricRepository(QString connectionName)
    : m_connection(std::move(connectionName))
{
}

Result<qint64> MetricRepository::add(Metric &metric)
{
    return Sql::addThrough(m_connection, metric, &MetricRows::insert);
}

Result<void> MetricRows::insert(const QSqlDatabase &db, Metric &metric)
{
    const QString key = foldedKey(metric.name);
    if (key.isEmpty())
        return makeError(Error::Code::InvalidInput, Messages::tr("A metric needs a name"));
    auto taken = idOf(db, metric.name);
    if (!taken)
        return std::unexpected(taken.error());
    if (*taken != 0)
        return makeError(Error::Code::InvalidInput,
                         Messages::tr("There is already a metric called “%1”").arg(metric.name));
    auto author = Sql::author(db);
    if (!author)
        return std::unexpected(author.error());
    // A metric put back under its id (a redo) keeps who made it.
    if (metric.id == 0 || metric.createdBy.isEmpty())
        metric.createdBy = *author;
    metric.changedBy = *author;
    metric.updated = Sql::nowUtc();
    auto q = Sql::run(db,
                      u"INSERT INTO metrics (id, name, name_key, unit, description, created_by, changed_by, updated) "
                      "VALUES ("_s
                          + Dialect::of(db).idOrNew(u"metrics") + u", ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                      {Sql::idOrNull(metric.id), metric.name, key, metric.unit, metric.description, metric.createdBy,
                       metric.changedBy, Sql::timestampColumn(metric.updated)});
    if (!q)
        return std::unexpected(q.error());
    metric.id = Sql::insertedId(*q);
    metric.version = 1; // the column's default
    return {};
}

Result<qint64> MetricRows::idOf(const QSqlDatabase &db, const QString &name)
{
    auto q = Sql::run(db, u"SELECT id FROM metrics WHERE name_key = ?"_s, {foldedKey(name)});
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<void> MetricRows::erase(const QSqlDatabase &db, qint64 id)
{
    return Sql::changeRow(db, u"DELETE FROM metrics WHERE id = ?"_s, {id}, u"metric", id);
}

Result<std::optional<Metric>> MetricRepository::findByName(const QString &name) const
{
    auto q = Sql::select(m_connection, kSelect + u" WHERE name_key = ?"_s, {foldedKey(name)});
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? std::optional<Metric>(metricFrom(*q)) : std::nullopt;
}

Result<qint64> MetricRepository::idByName(const QString &name) const
{
    const Result<std::optional<Metric>> metric = findByName(name);
    if (!metric)
        return std::unexpected(metric.error());
    if (!*metric)
        return makeError(Error::Code::NotFound, Messages::tr("There is no metric named \"%1\"").arg(name));
    return (*metric)->id;
}

Result<Metric> MetricRepository::get(qint64 id) const
{
    auto q = Sql::select(m_connection, kSelect + u" WHERE id = ?"_s, {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return makeError(Error::Code::NotFound, Messages::tr("There is no metric %1 in the project").arg(id));
    return metricFrom(*q);
}

Result<std::optional<Metric>> MetricRepository::suggestedFor(qint64 claimantId, const QStringList &units) const
{
    const auto mostUsed = [this](const QString &claims, const QList<QVariant> &binds) -> Result<std::optional<Metric>> {
        auto q = Sql::select(m_connection,
                             u"SELECT m.id, m.name, m.unit, m.description, m.row_version, m.created_by, "
                             "m.changed_by, m.updated FROM (SELECT id, metric_id FROM claims "_s
                                 + claims + u" AND metric_id IS NOT NULL ORDER BY id DESC LIMIT %1) c "
                                            "JOIN metrics m ON m.id = c.metric_id "
                                            "GROUP BY m.id, m.name, m.unit, m.description, m.row_version, "
                                            "m.created_by, m.changed_by, m.updated "
                                            "ORDER BY COUNT(*) DESC, MAX(c.id) DESC LIMIT 1"_s.arg(kSuggestionSample),
                             binds);
        if (!q)
            return std::unexpected(q.error());
        return q->next() ? std::optional<Metric>(metricFrom(*q)) : std::nullopt;
    };
    QList<QVariant> binds;
    for (const QString &unit : units)
        if (!unit.isEmpty())
            binds.append(unit);
    const QString placeholders = QStringList(binds.size(), u"?"_s).join(u", "_s);
    if (claimantId > 0 && !binds.isEmpty()) {
        auto ofClaimant = mostUsed(u"WHERE claimant_id = ? AND unit IN (%1)"_s.arg(placeholders),
                                   QList<QVariant>{claimantId} + binds);
        if (!ofClaimant || *ofClaimant)
            return ofClaimant;
    }
    if (binds.isEmpty())
        return std::optional<Metric>{};
    return mostUsed(u"WHERE unit IN (%1)"_s.arg(placeholders), binds);
}

Result<QStringList> MetricRepository::storedUnits() const
{
    // Read from the index on claims(unit).
    auto q = Sql::select(m_connection, u"SELECT DISTINCT unit FROM claims WHERE unit IS NOT NULL"_s, {});
    if (!q)
        return std::unexpected(q.error());
    QStringList units;
    while (q->next())
        units.append(q->value(0).toString());
    return units;
}

Result<QList<Metric>> MetricRepository::list() const
{
    return Sql::selectAll(m_connection, kSelect + u" ORDER BY name_key"_s, {}, metricFrom);
}

} // namespace Claimbench
