#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace Claimbench {

// How a chart is drawn, beside the data it shows (ChartData).
struct ChartStyle
{
    bool logarithmic = false; // log10 value axis; values <= 0 are then left out
    QString title = {};       // empty: the data's title (the metric names)
    // One per series, to export what a view shows with the view's colours
    // even when it hides series; empty: SeriesPalette::colors() of the data.
    QList<QColor> seriesColors = {};
};

} // namespace Claimbench
