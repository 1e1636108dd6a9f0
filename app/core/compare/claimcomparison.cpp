#include "core/compare/claimcomparison.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// This file's messages, in ClaimComparer's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::ClaimComparer)
};

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// Whether x (below) and y (above) are within `threshold` of each other, x and
// y being the nearest values two intervals allow; `strict` when either is an
// open end, which the interval itself does not allow.
bool near(double x, double y, double threshold, bool strict)
{
    if (std::isinf(x) || std::isinf(y))
        return false;
    const double gap = y - x;
    const double allowed = threshold * std::max(std::abs(x), std::abs(y));
    return strict ? gap < allowed : gap <= allowed;
}

} // namespace

QString comparisonPeriodName(ComparisonPeriod period)
{
    switch (period) {
    case ComparisonPeriod::Day:
        return u"day"_s;
    case ComparisonPeriod::Week:
        return u"week"_s;
    case ComparisonPeriod::Month:
        break;
    }
    return u"month"_s;
}

std::optional<ComparisonPeriod> comparisonPeriodFromName(QStringView name)
{
    for (const ComparisonPeriod period : {ComparisonPeriod::Day, ComparisonPeriod::Week, ComparisonPeriod::Month})
        if (name.compare(comparisonPeriodName(period), Qt::CaseInsensitive) == 0)
            return period;
    return std::nullopt;
}

QDate periodStart(QDate date, ComparisonPeriod period)
{
    switch (period) {
    case ComparisonPeriod::Day:
        return date;
    case ComparisonPeriod::Week:
        return date.addDays(1 - date.dayOfWeek());
    case ComparisonPeriod::Month:
        break;
    }
    return QDate(date.year(), date.month(), 1);
}

double spreadValue(const SeriesPoint &point)
{
    if (point.low && point.high)
        return (*point.low + *point.high) / 2;
    return point.value;
}

QString periodLabel(QDate start, ComparisonPeriod period)
{
    switch (period) {
    case ComparisonPeriod::Day:
        return start.toString(Qt::ISODate);
    case ComparisonPeriod::Week: {
        int year = 0;
        const int week = start.weekNumber(&year);
        return u"%1-W%2"_s.arg(year).arg(week, 2, 10, QChar(u'0'));
    }
    case ComparisonPeriod::Month:
        break;
    }
    return start.toString(u"yyyy-MM"_s);
}

QString statedText(const SeriesPoint &point, const QLocale &locale)
{
    const auto number = [&locale](double value) { return locale.toString(value, 'g', 15); };
    const QString figure = point.low && point.high ? number(*point.low) + u" to "_s + number(*point.high)
                                                   : number(point.value);
    const QString qualifier = qualifierName(point.qualifier);
    return qualifier.isEmpty() ? figure : qualifier + u' ' + figure;
}

bool datedWithin(DatePrecision precision, ComparisonPeriod period)
{
    switch (precision) {
    case DatePrecision::Day:
        return true;
    case DatePrecision::Month:
        return period == ComparisonPeriod::Month;
    case DatePrecision::Year:
    case DatePrecision::Unknown:
        break;
    }
    return false;
}

ValueInterval ValueInterval::of(const SeriesPoint &point, double threshold)
{
    ValueInterval interval{.low = point.value, .high = point.value, .lowOpen = false, .highOpen = false};
    if (point.low && point.high) {
        interval.low = std::min(*point.low, *point.high);
        interval.high = std::max(*point.low, *point.high);
    }
    switch (point.qualifier) {
    case Qualifier::None:
        break;
    case Qualifier::Approximately:
        interval.low -= threshold * std::abs(interval.low);
        interval.high += threshold * std::abs(interval.high);
        break;
    case Qualifier::MoreThan:
        interval = {.low = interval.high, .high = kInfinity, .lowOpen = true, .highOpen = false};
        break;
    case Qualifier::AtLeast:
        interval = {.low = interval.high, .high = kInfinity, .lowOpen = false, .highOpen = false};
        break;
    case Qualifier::LessThan:
        interval = {.low = -kInfinity, .high = interval.low, .lowOpen = false, .highOpen = true};
        break;
    case Qualifier::AtMost:
    case Qualifier::UpTo:
        interval = {.low = -kInfinity, .high = interval.low, .lowOpen = false, .highOpen = false};
        break;
    }
    return interval;
}

bool compatible(const SeriesPoint &a, const SeriesPoint &b, double threshold)
{
    const ValueInterval first = ValueInterval::of(a, threshold);
    const ValueInterval second = ValueInterval::of(b, threshold);
    // The one that reaches lower, and the other.
    const bool firstBelow = first.high < second.high || (first.high == second.high && first.highOpen);
    const ValueInterval &lower = firstBelow ? first : second;
    const ValueInterval &upper = firstBelow ? second : first;
    // Overlapping (an end both allow, or more): compatible outright.
    if (upper.low < lower.high || (upper.low == lower.high && !upper.lowOpen && !lower.highOpen))
        return true;
    return near(lower.high, upper.low, threshold, lower.highOpen || upper.lowOpen);
}

ClaimComparer::ClaimComparer(const Project &project)
    : m_project(project)
{
}

Result<Comparison> ClaimComparer::compare(qint64 metricId, ComparisonPeriod period, double threshold,
                                          const std::atomic<bool> *cancelled) const
{
    if (!(threshold >= 0 && threshold <= 1))
        return makeError(Error::Code::InvalidInput,
                         Messages::tr("The threshold must be between 0 and 100 %"), QString::number(threshold));
    const Result<ChartData> series = SeriesBuilder(m_project).build({metricId}, SeriesGrouping::Claimant, cancelled);
    if (!series)
        return std::unexpected(series.error());
    return compare(*series, period, threshold);
}

Comparison ClaimComparer::compare(const ChartData &series, ComparisonPeriod period, double threshold)
{
    Comparison comparison;
    comparison.metric = series.title;
    comparison.unit = series.unit;
    comparison.period = period;
    comparison.threshold = threshold;
    // The series come by name with the unnamed one last: the columns' order.
    QMap<QDate, ComparisonRow> rows;
    for (qsizetype column = 0; column < series.series.size(); ++column) {
        const ChartSeries &claimant = series.series.at(column);
        comparison.claimants.append(claimant.group);
        // Points are by date, then claim id: the last of a period is its
        // latest statement.
        for (const SeriesPoint &point : claimant.points) {
            if (!datedWithin(point.datePrecision, period)) {
                ++comparison.tooCoarse;
                continue;
            }
            ComparisonRow &row = rows[periodStart(point.date, period)];
            row.stated.resize(series.series.size());
            row.stated[column] = point;
        }
    }
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        ComparisonRow &row = it.value();
        row.start = it.key();
        QList<SeriesPoint> statements;
        for (const std::optional<SeriesPoint> &stated : std::as_const(row.stated))
            if (stated)
                statements.append(*stated);
        if (statements.size() >= 2) {
            const auto [least, most] = std::ranges::minmax(statements, {}, spreadValue);
            const double min = spreadValue(least);
            const double max = spreadValue(most);
            row.difference = max - min;
            row.leastClaimId = least.claimId;
            row.mostClaimId = most.claimId;
            if (min > 0)
                row.ratio = max / min;
        }
        for (qsizetype i = 0; i < statements.size() && !row.disagrees; ++i)
            for (qsizetype j = i + 1; j < statements.size() && !row.disagrees; ++j)
                row.disagrees = !compatible(statements.at(i), statements.at(j), threshold);
        comparison.rows.append(std::move(row));
    }
    return comparison;
}

} // namespace Claimbench
