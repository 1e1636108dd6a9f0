#include "core/models/seriesmodel.h"

#include "core/store/claimquery.h"
#include "core/store/project.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

QString groupOf(const ClaimRow &row, SeriesGrouping grouping)
{
    switch (grouping) {
    case SeriesGrouping::Claimant:
        return row.claimant;
    case SeriesGrouping::Outlet:
        return row.outlet;
    case SeriesGrouping::Tag:
        return row.tag;
    }
    return {};
}

QString mostCommon(const QHash<QString, int> &counts)
{
    QString best;
    int bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        // Ties go to the alphabetically first unit, so the title never flickers.
        if (it.value() > bestCount || (it.value() == bestCount && it.key() < best)) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

} // namespace

SeriesModel::SeriesModel(const Project &project)
    : m_project(project)
{
}

QString SeriesModel::unnamedSeriesName(SeriesGrouping grouping)
{
    switch (grouping) {
    case SeriesGrouping::Claimant:
        return u"Unattributed"_s;
    case SeriesGrouping::Outlet:
        return u"No outlet"_s;
    case SeriesGrouping::Tag:
        return u"Untagged"_s;
    }
    return {};
}

Result<ChartData> SeriesModel::build(const QList<qint64> &metricIds, SeriesGrouping grouping) const
{
    const Result<QList<Metric>> metrics = m_project.metrics().list();
    if (!metrics)
        return std::unexpected(metrics.error());
    Result<ClaimQuery> query = ClaimQuery::open(m_project);
    if (!query)
        return std::unexpected(query.error());
    const Result<QList<ClaimRow>> rows = query->forMetrics(metricIds);
    if (!rows)
        return std::unexpected(rows.error());

    ChartData data;
    QStringList names;
    QSet<QString> metricUnits;
    for (const Metric &metric : *metrics) {
        if (!metricIds.contains(metric.id))
            continue;
        names << metric.name;
        metricUnits.insert(metric.unit);
    }
    data.title = names.join(u", "_s);

    QHash<QString, qsizetype> seriesIndex;
    QHash<QString, int> claimUnits;
    for (const ClaimRow &row : *rows) {
        const Claim &claim = row.claim;
        const bool hasAsOf = !claim.asOf.isNull();
        if (!claim.value || (!hasAsOf && row.published.isNull()))
            continue;
        SeriesPoint point;
        point.claimId = claim.id;
        point.date = hasAsOf ? claim.asOf.date() : row.published.date();
        point.datedByPublication = !hasAsOf;
        point.value = *claim.value;
        point.low = claim.low;
        point.high = claim.high;
        point.qualifier = claim.qualifier;
        point.claimant = row.claimant;
        point.outlet = row.outlet;
        point.articleTitle = row.articleTitle;
        point.quote = claim.quote;
        point.unit = claim.unit;
        ++claimUnits[claim.unit];

        const QString name = groupOf(row, grouping);
        auto index = seriesIndex.constFind(name);
        if (index == seriesIndex.cend()) {
            index = seriesIndex.insert(name, data.series.size());
            data.series.append(ChartSeries{name.isEmpty() ? unnamedSeriesName(grouping) : name, {}});
        }
        data.series[*index].points.append(std::move(point));
    }
    data.unit = metricUnits.size() == 1 && !metricUnits.cbegin()->isEmpty() ? *metricUnits.cbegin()
                                                                             : mostCommon(claimUnits);

    // The rows came by date, so each series' points already are; the series
    // themselves go by name, the one without a name (empty key) last.
    const qsizetype unnamed = seriesIndex.value(QString(), -1);
    if (unnamed >= 0)
        data.series.move(unnamed, data.series.size() - 1);
    const auto namedEnd = unnamed >= 0 ? data.series.end() - 1 : data.series.end();
    std::stable_sort(data.series.begin(), namedEnd, [](const ChartSeries &a, const ChartSeries &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return data;
}

Result<qint64> SeriesModel::metricIdByName(const Project &project, const QString &name)
{
    const Result<std::optional<Metric>> metric = project.metrics().findByName(name);
    if (!metric)
        return std::unexpected(metric.error());
    if (!*metric)
        return makeError(Error::Code::NotFound, u"There is no metric named \"%1\""_s.arg(name));
    return (*metric)->id;
}

} // namespace Claimbench
