#pragma once

#include "charts/chartmarker.h"
#include "charts/chartstyle.h"
#include "core/charts/seriesbuilder.h"

#include <QChart>
#include <QColor>
#include <QList>

#include <optional>

class QAbstractAxis;
class QLineSeries;

namespace Claimbench {

class MarkerLayer;

// A figure over time as a QChart: x the date, y the value (linear or log10),
// one line per ChartSeries in its claimant's colour (SeriesPalette; dashed
// for the second and later metrics of a comparison), a marker per claim
// whose shape and fill say its qualifier and whether its date is an as-of or
// a publication date, struck through when disputed and crossed out when
// false, ranges as error bars, and a key for the marker kinds under the plot.
//
// Speed: Qt Charts' scatter series costs seconds per ten thousand points, so
// the markers are painted by one item of our own (MarkerLayer) from
// positions computed here; the lines are QLineSeries filled with replace(),
// thinned to min/max per pixel column when they have more points than the
// plot has pixels, and a marker is kept only where it paints pixels no
// earlier one does.
//
// The x axis is a QCategoryAxis over ms since the epoch with its ticks on
// the first day of a month (every 1-24 months, as the width allows), not a
// QDateTimeAxis: that one divides its range evenly, so its "Jan 2025" tick
// can sit on 3 January or 29 December.
//
// Thread: the GUI thread (it is a QGraphicsWidget); needs a QApplication.
class ClaimChart : public QChart
{
    Q_OBJECT
public:
    explicit ClaimChart(QGraphicsItem *parent = nullptr);
    ~ClaimChart() override;

    // Replaces what the chart shows. Points without a positive value are left
    // out of a logarithmic chart (their markers too).
    void setChartData(const ChartData &data, const ChartStyle &style);
    const ChartData &chartData() const { return m_data; }
    const ChartStyle &chartStyle() const { return m_style; }
    // The title as written (title() holds it escaped for Qt's rich text).
    QString plainTitle() const { return m_style.title.isEmpty() ? m_data.title : m_style.title; }

    // The colour of series `index`: the style's, else SeriesPalette's for
    // its group (claimant, outlet or tag).
    QColor seriesColor(int index) const;
    // The colour series `index` is drawn in: the screen colours' one for it
    // (made readable on a dark plot), else seriesColor().
    QColor drawnColor(int index) const;

    // Draws this chart, and what setChartData() shows later, in `colors`
    // (a view's palette) instead of the light document an export draws.
    // colors.series is the data's shown now: setChartData() forgets it.
    void setScreenColors(const ChartColors &colors);
    // The screen colours, or the defaults an export draws in.
    ChartColors colors() const { return m_screenColors.value_or(ChartColors{}); }

    // The line drawn for series `index` (owned by the chart).
    QLineSeries *line(int index) const;
    // Hiding a series hides its line and its markers.
    void setSeriesShown(int index, bool shown);
    bool isSeriesShown(int index) const;

    // The markers of the shown series, positioned for the current plot area:
    // one per drawn point, less those that would paint the same pixels as an
    // earlier one (glyphKey() and barKey()).
    const QList<ChartMarker> &markers() const { return m_markers; }
    // The marker nearest `position` (chart item coordinates) within `radius`,
    // or nullptr.
    const ChartMarker *markerAt(QPointF position, qreal radius) const;
    const SeriesPoint &pointOf(const ChartMarker &marker) const;

    // Where a value lands in chart item coordinates, with the axes' ranges
    // and the current plot area: x in ms since the epoch (msecsOf), y a value
    // (> 0 on a log axis).
    QPointF positionOf(qreal msecs, qreal value) const;
    // A date on the x axis: the start of its day, UTC.
    static qreal msecsOf(QDate date);

protected:
    void resizeEvent(QGraphicsSceneResizeEvent *event) override;

private:
    void clearContent();
    void setUpAxes();
    void relayOut();
    void placeLegend();
    void updateDateTicks();
    void rebuildMarkers();
    void refillLines();
    bool drawn(const SeriesPoint &point) const;
    void applyScreenColors();

    ChartData m_data;
    ChartStyle m_style;
    QList<QLineSeries *> m_lines;
    QList<QColor> m_colors;
    std::optional<ChartColors> m_screenColors;
    QList<QList<QPointF>> m_linePoints; // all points of each line, before thinning
    QList<bool> m_shown;
    QAbstractAxis *m_xAxis = nullptr;
    QAbstractAxis *m_yAxis = nullptr;
    qreal m_xMin = 0;
    qreal m_xMax = 1;
    QDate m_onlyDate; // the one date of every point drawn, else null
    qreal m_yMin = 0;
    qreal m_yMax = 1;
    int m_filledForWidth = -1;
    int m_ticksForWidth = -1;
    QList<ChartMarker> m_markers;
    MarkerLayer *m_layer = nullptr; // child item
};

} // namespace Claimbench
