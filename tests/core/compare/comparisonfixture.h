#pragma once

#include "core/compare/claimcomparison.h"

#include <QDate>

#include <optional>

// Statements and series for tests of the comparison, its table and its panel.
namespace Claimbench::ComparisonFixture {

inline SeriesPoint stated(double value, Qualifier qualifier = Qualifier::None, std::optional<double> low = {},
                          std::optional<double> high = {})
{
    SeriesPoint point;
    point.value = value;
    point.qualifier = qualifier;
    point.low = low;
    point.high = high;
    return point;
}

inline SeriesPoint on(QDate date, qint64 claimId, double value, Qualifier qualifier = Qualifier::None)
{
    SeriesPoint point = stated(value, qualifier);
    point.date = date;
    point.claimId = claimId;
    return point;
}

// Two claimants over March and April 2024: in March the General Staff's
// latest is 300,000 (claim 2) and the UK's 500,000 (claim 4), which disagree;
// in April 310,000 (claim 3) and "more than 300,000" (claim 5), which agree.
inline ChartData troopLosses()
{
    ChartData data;
    data.title = QStringLiteral("Troop losses");
    data.unit = QStringLiteral("troops");
    const QString staff = QStringLiteral("General Staff");
    const QString uk = QStringLiteral("UK MoD");
    data.series = {
        {.name = staff, .group = staff, .metric = data.title,
         .points = {on(QDate(2024, 3, 1), 1, 280000), on(QDate(2024, 3, 20), 2, 300000),
                    on(QDate(2024, 4, 5), 3, 310000)}},
        {.name = uk, .group = uk, .metric = data.title,
         .points = {on(QDate(2024, 3, 15), 4, 500000), on(QDate(2024, 4, 2), 5, 300000, Qualifier::MoreThan)}},
    };
    return data;
}

} // namespace Claimbench::ComparisonFixture
