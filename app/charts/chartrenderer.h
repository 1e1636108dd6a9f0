#pragma once

#include "charts/chartstyle.h"
#include "core/charts/seriesbuilder.h"
#include "core/error.h"

#include <QSize>
#include <QString>

namespace Claimbench {

// Draws ChartData into files without a window or a screen grab: the chart is
// laid out in a QGraphicsScene and rendered with QPainter, so it works on the
// offscreen platform and at any DPI.
//
// Needs a QApplication (Qt Charts draws with QGraphicsWidget); GUI thread.
// Errors: InvalidInput when the data has no point to draw or a size or DPI is
// not positive; Io when the file cannot be written.
class ChartRenderer
{
public:
    // A PNG of exactly `pixelSize` whose dots-per-metre say `dpi`. The chart is
    // laid out at pixelSize * 96 / dpi logical pixels and scaled up by
    // dpi / 96, so text, lines and markers keep their physical size: a
    // 300-DPI export is the 96-DPI chart printed sharper, not smaller text.
    static Result<void> exportPng(const ChartData &data, const ChartStyle &style, const QString &path,
                                  QSize pixelSize, int dpi);
    // An SVG whose viewBox is `pixelSize`, laid out at that size (96 DPI).
    static Result<void> exportSvg(const ChartData &data, const ChartStyle &style, const QString &path,
                                  QSize pixelSize);

    static constexpr int kReferenceDpi = 96;
};

} // namespace Claimbench
