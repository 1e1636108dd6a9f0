#include "charts/seriesdecimator.h"

#include <algorithm>
#include <cmath>

namespace Claimbench {

QList<QPointF> SeriesDecimator::minMaxPerColumn(const QList<QPointF> &points, double xMin, double xMax,
                                                int columns)
{
    if (columns <= 0 || points.size() <= 2 * qsizetype(columns) || !(xMax > xMin))
        return points;

    const double scale = columns / (xMax - xMin);
    const auto columnOf = [&](double x) {
        return std::clamp(int(std::floor((x - xMin) * scale)), 0, columns - 1);
    };

    QList<QPointF> kept;
    kept.reserve(2 * qsizetype(columns));
    qsizetype first = 0;
    while (first < points.size()) {
        const int column = columnOf(points.at(first).x());
        qsizetype low = first;
        qsizetype high = first;
        qsizetype next = first + 1;
        for (; next < points.size() && columnOf(points.at(next).x()) == column; ++next) {
            if (points.at(next).y() < points.at(low).y())
                low = next;
            if (points.at(next).y() > points.at(high).y())
                high = next;
        }
        kept.append(points.at(std::min(low, high)));
        if (low != high)
            kept.append(points.at(std::max(low, high)));
        first = next;
    }
    return kept;
}

} // namespace Claimbench
