#include "core/charts/seriesbuilder.h"

#include "core/extract/cyrillicunits.h"
#include "core/store/claimquery.h"
#include "core/store/project.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// This file's messages, in SeriesBuilder's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::SeriesBuilder)
};

} // namespace

namespace {

ClaimQuery::SeriesName nameOf(SeriesGrouping grouping)
{
    switch (grouping) {
    case SeriesGrouping::Claimant:
        break;
    case SeriesGrouping::Outlet:
        return ClaimQuery::SeriesName::Outlet;
    case SeriesGrouping::Tag:
        return ClaimQuery::SeriesName::Tag;
    case SeriesGrouping::Analyst:
        return ClaimQuery::SeriesName::Analyst;
    }
    return ClaimQuery::SeriesName::Claimant;
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

// The unit most claims give, counting the cases of one noun as one unit
// ("дронів", "дрони", "дрона": CyrillicUnits::unitKey), written as the most
// common of its forms. Keys are taken once per written unit, not per point.
QString mostCommonUnit(const QHash<QString, int> &byWritten)
{
    QHash<QString, int> byKey;
    for (auto it = byWritten.cbegin(); it != byWritten.cend(); ++it)
        byKey[CyrillicUnits::unitKey(it.key())] += it.value();
    const QString key = mostCommon(byKey);
    QHash<QString, int> forms;
    for (auto it = byWritten.cbegin(); it != byWritten.cend(); ++it)
        if (CyrillicUnits::unitKey(it.key()) == key)
            forms.insert(it.key(), it.value());
    return mostCommon(forms);
}

} // namespace

SeriesBuilder::SeriesBuilder(const Project &project)
    : m_project(project)
{
}

QString SeriesBuilder::unnamedSeriesName(SeriesGrouping grouping)
{
    switch (grouping) {
    case SeriesGrouping::Claimant:
        return Messages::tr("Unattributed");
    case SeriesGrouping::Outlet:
        return Messages::tr("No outlet");
    case SeriesGrouping::Tag:
        return Messages::tr("Untagged");
    case SeriesGrouping::Analyst:
        // Claims written before schema 8 recorded who made them.
        return Messages::tr("Unknown analyst");
    }
    return {};
}

Result<ChartData> SeriesBuilder::build(const QList<qint64> &metricIds, SeriesGrouping grouping,
                                       const std::atomic<bool> *cancelled) const
{
    const auto isCancelled = [cancelled] { return cancelled && cancelled->load(std::memory_order_relaxed); };
    const Result<QList<Metric>> metrics = m_project.metrics().list();
    if (!metrics)
        return std::unexpected(metrics.error());
    Result<ClaimQuery> query = ClaimQuery::open(m_project);
    if (!query)
        return std::unexpected(query.error());

    ChartData data;
    QSet<QString> metricUnits;
    QHash<qint64, qsizetype> metricOrder;
    for (const Metric &metric : *metrics) {
        if (!metricIds.contains(metric.id))
            continue;
        metricOrder.insert(metric.id, data.metrics.size());
        data.metrics << metric.name;
        metricUnits.insert(metric.unit);
    }
    data.title = data.metrics.join(u", "_s);
    const bool severalMetrics = data.metrics.size() > 1;

    // Keyed by metric and group: each claimant's claims of each metric make their own line.
    QHash<std::pair<qint64, int>, qsizetype> seriesIndex;
    QList<QString> seriesNames; // the name of each of data.series, "" for the unnamed group
    QHash<QString, int> claimUnits; // by the unit as written
    QSet<QString> units;
    const Result<qint64> visited = query->forEachChartPoint(metricIds, nameOf(grouping), [&](const ChartPointRow &row) {
        if (row.date.isNull() || isCancelled())
            return;
        SeriesPoint point;
        point.claimId = row.claimId;
        point.date = row.date.date();
        point.datePrecision = row.date.precision();
        point.datedByPublication = row.datedByPublication;
        point.status = row.status;
        point.value = row.value;
        point.low = row.low;
        point.high = row.high;
        point.qualifier = row.qualifier;
        point.unit = *units.insert(row.unit);
        ++claimUnits[point.unit];

        const std::pair<qint64, int> key{row.metricId, row.nameKey};
        auto index = seriesIndex.constFind(key);
        if (index == seriesIndex.cend()) {
            index = seriesIndex.insert(key, data.series.size());
            const QString &name = row.name;
            seriesNames.append(name);
            ChartSeries series;
            series.group = name.isEmpty() ? unnamedSeriesName(grouping) : name;
            series.metric = data.metrics.value(metricOrder.value(row.metricId));
            series.name = severalMetrics ? series.group + u" — "_s + series.metric : series.group;
            data.series.append(std::move(series));
        }
        data.series[*index].points.append(std::move(point));
    });
    if (!visited)
        return std::unexpected(visited.error());
    if (isCancelled())
        return makeError(Error::Code::Cancelled, Messages::tr("The chart's build was cancelled"));
    data.unit = metricUnits.size() == 1 && !metricUnits.cbegin()->isEmpty() ? *metricUnits.cbegin()
                                                                             : mostCommonUnit(claimUnits);

    // Points by date, then claim id; the series by group name, the unnamed
    // group (empty key) last, then by metric, so that a group's lines sit
    // together in the legend.
    for (ChartSeries &series : data.series) {
        std::sort(series.points.begin(), series.points.end(), [](const SeriesPoint &a, const SeriesPoint &b) {
            return a.date != b.date ? a.date < b.date : a.claimId < b.claimId;
        });
    }
    QList<std::pair<std::pair<qint64, QString>, qsizetype>> order;
    for (auto it = seriesIndex.cbegin(); it != seriesIndex.cend(); ++it)
        order.append({{it.key().first, seriesNames.at(it.value())}, it.value()});
    std::sort(order.begin(), order.end(), [&](const auto &a, const auto &b) {
        const QString &nameA = a.first.second, &nameB = b.first.second;
        if (nameA.isEmpty() != nameB.isEmpty())
            return nameB.isEmpty();
        if (const int byName = nameA.localeAwareCompare(nameB); byName != 0)
            return byName < 0;
        return metricOrder.value(a.first.first) < metricOrder.value(b.first.first);
    });
    QList<ChartSeries> sorted;
    sorted.reserve(order.size());
    for (const auto &entry : std::as_const(order))
        sorted.append(std::move(data.series[entry.second]));
    data.series = std::move(sorted);
    return data;
}

Result<PointSource> SeriesBuilder::source(qint64 claimId) const
{
    Result<ClaimQuery> query = ClaimQuery::open(m_project);
    if (!query)
        return std::unexpected(query.error());
    const Result<ClaimRow> row = query->row(claimId);
    if (!row)
        return std::unexpected(row.error());
    return PointSource{.claimant = row->claimant, .outlet = row->outlet, .articleTitle = row->articleTitle,
                       .quote = row->claim.quote};
}

} // namespace Claimbench
