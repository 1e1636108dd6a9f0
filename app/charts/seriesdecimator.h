#pragma once

#include <QList>
#include <QPointF>

namespace Claimbench {

// Thins a line to what a plot `columns` pixels wide can show: within each
// pixel column it keeps the lowest and the highest point (in their original
// order), so spikes survive and the line looks the same as the full one.
// `points` are sorted by x; `xMin`/`xMax` is the x range the columns divide.
// Lines with no more points than twice the columns are returned unchanged.
class SeriesDecimator
{
public:
    static QList<QPointF> minMaxPerColumn(const QList<QPointF> &points, double xMin, double xMax,
                                          int columns);
};

} // namespace Claimbench
