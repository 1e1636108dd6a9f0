#pragma once

#include <QString>

namespace Claimbench {

// How a chart is drawn, beside the data it shows (ChartData).
struct ChartStyle
{
    bool logarithmic = false; // log10 value axis; values <= 0 are then left out
    QString title = {};       // empty: the data's title (the metric names)
};

} // namespace Claimbench
