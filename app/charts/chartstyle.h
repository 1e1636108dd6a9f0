#pragma once

#include <QColor>
#include <QList>
#include <QString>

namespace Claimbench {

// The colours around a chart's series. The defaults are the light document
// every export draws (ChartRenderer, `claimbench-cli chart`); the GUI's view
// takes them from the palette (ClaimChart::setScreenColors).
struct ChartColors
{
    QColor background = Qt::white; // the figure around the plot
    QColor plotArea = Qt::white;
    QColor text = QColor(0x44, 0x44, 0x44);   // title, labels, legend, the marker-kind key
    QColor grid = QColor(0xe0, 0xe0, 0xe0);
    QColor strike = QColor(0x22, 0x22, 0x22); // the strokes over disputed and false claims' markers
    // One per series as drawn, readable on plotArea; empty: their own colours.
    QList<QColor> series = {};
};

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
