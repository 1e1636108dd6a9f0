#pragma once

#include "core/charts/seriesbuilder.h"

#include <QDate>

#include <cmath>

namespace Claimbench {

// ChartData built by hand for the chart tests: `seriesCount` series of
// `perSeries` points each, one week apart from 2024-01-01, values rising
// from `base` so that series never overlap. Claim ids are 1, 2, ... in order.
inline ChartData makeChartData(int seriesCount, int perSeries, double base = 1000)
{
    ChartData data;
    data.title = QStringLiteral("Test metric");
    data.unit = QStringLiteral("troops");
    data.metrics = {data.title};
    qint64 id = 0;
    for (int s = 0; s < seriesCount; ++s) {
        ChartSeries series;
        series.name = QStringLiteral("Claimant %1").arg(s + 1);
        series.group = series.name;
        series.metric = data.title;
        for (int i = 0; i < perSeries; ++i) {
            SeriesPoint p;
            p.claimId = ++id;
            p.date = QDate(2024, 1, 1).addDays(7 * i);
            p.value = base * (1 + s) + 10.0 * i;
            series.points.append(p);
        }
        data.series.append(series);
    }
    return data;
}

} // namespace Claimbench
