#pragma once

#include "charts/chartmarker.h"
#include "charts/chartstyle.h"

#include <QGraphicsItem>
#include <QStringList>

namespace Claimbench {

class ClaimChart;

// Paints a ClaimChart's markers and error bars over its plot area, and the
// key that names the marker kinds in use under it. One item for all markers,
// because one QGraphicsItem per point (or QScatterSeries) does not scale to
// 100,000 points. Markers that would land on the same pixel with the same
// look are painted once.
//
// Owned by the chart (a child item); reads the chart's markers when painting.
class MarkerLayer : public QGraphicsItem
{
public:
    explicit MarkerLayer(ClaimChart *chart);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // The key's words, left to right: one per marker kind drawn.
    QStringList keyLabels() const;
    // Height the key needs under the plot, in logical pixels (0 without data).
    qreal keyHeight() const;
    // Called by the chart when its markers or geometry changed.
    void refresh();

private:
    void paintMarkers(QPainter *painter) const;
    void paintKey(QPainter *painter) const;

    ClaimChart *m_chart;
};

// Draws one marker glyph centred on `center` with `radius`, used for the
// plot and for the key alike: hollow and light ones filled from the plot
// area's colour, strikes in colors.strike.
void drawMarkerGlyph(QPainter *painter, QPointF center, qreal radius, MarkerShape shape,
                     const QColor &color, bool hollow, bool light, MarkerStrike strike = MarkerStrike::None,
                     const ChartColors &colors = {});

} // namespace Claimbench
