#pragma once

#include "core/charts/seriesbuilder.h"

#include <QColor>
#include <QList>

namespace Claimbench {

// The colours of a chart's series, keyed by what a series is of (its
// ChartSeries::group: a claimant, outlet or tag), so that a claimant has the
// same colour in every chart, view and export, whatever else is drawn.
//
// A group's preferred colour comes from a fixed hash of its name (case- and
// space-insensitive, the same in every process) into a qualitative palette
// that stays distinct under the common colour-vision deficiencies. Within
// one chart no two series share a colour: a group whose preferred colour is
// taken by a group sorting before it takes the next free one, and past the
// palette's size further hues are made. In a comparison, a group's series of
// the second and later metrics get paler shades of its colour (and are drawn
// dashed by the chart).
class SeriesPalette
{
public:
    // One colour per series of `data`, in its order; all distinct. A
    // series' metric index (in data.metrics) above 0 makes it a shade.
    static QList<QColor> colors(const ChartData &data);

    // The group's colour when no other group of the chart competes for it.
    static QColor preferredColor(const QString &group);

    // The fixed palette: Okabe and Ito's colours without yellow, then Paul
    // Tol's muted ones that differ from them.
    static const QList<QColor> &palette();
};

} // namespace Claimbench
