#include "charts/claimchart.h"

#include "charts/markerlayer.h"
#include "charts/seriesdecimator.h"
#include "charts/seriespalette.h"

#include <QCategoryAxis>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QSet>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

MarkerShape shapeOf(Qualifier qualifier)
{
    switch (qualifier) {
    case Qualifier::MoreThan:
    case Qualifier::AtLeast:
        return MarkerShape::UpTriangle;
    case Qualifier::LessThan:
    case Qualifier::AtMost:
    case Qualifier::UpTo:
        return MarkerShape::DownTriangle;
    case Qualifier::None:
    case Qualifier::Approximately:
        break;
    }
    return MarkerShape::Disc;
}

// Digits after the decimal point that tell ticks `step` apart.
int decimalsFor(double step)
{
    return step >= 1 ? 0 : std::clamp(int(std::ceil(-std::log10(step))), 1, 6);
}

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

} // namespace

ClaimChart::ClaimChart(QGraphicsItem *parent)
    : QChart(parent)
    , m_layer(new MarkerLayer(this))
{
    setBackgroundRoundness(0);
    setBackgroundBrush(Qt::white);
    setDropShadowEnabled(false);
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    setTitleFont(titleFont);
    legend()->setAlignment(Qt::AlignTop);
    // The plot area moves when the chart is resized or the axis labels change
    // width; markers and thinned lines follow it.
    connect(this, &QChart::plotAreaChanged, this, &ClaimChart::relayOut);
}

ClaimChart::~ClaimChart() = default;

QColor ClaimChart::seriesColor(int index) const
{
    return m_colors.value(index);
}

QColor ClaimChart::drawnColor(int index) const
{
    if (m_screenColors && m_screenColors->series.size() == m_colors.size())
        return m_screenColors->series.value(index);
    return seriesColor(index);
}

void ClaimChart::setScreenColors(const ChartColors &colors)
{
    m_screenColors = colors;
    applyScreenColors();
}

void ClaimChart::applyScreenColors()
{
    if (!m_screenColors)
        return;
    const ChartColors &colors = *m_screenColors;
    setBackgroundBrush(colors.background);
    setPlotAreaBackgroundBrush(colors.plotArea);
    setPlotAreaBackgroundVisible(true);
    setTitleBrush(colors.text);
    legend()->setLabelColor(colors.text);
    const QList<QAbstractAxis *> chartAxes = axes();
    for (QAbstractAxis *axis : chartAxes) {
        axis->setLabelsBrush(colors.text);
        axis->setTitleBrush(colors.text);
        axis->setLinePenColor(colors.text);
        axis->setGridLineColor(colors.grid);
    }
    for (int i = 0; i < int(m_lines.size()); ++i) {
        QPen pen = m_lines.at(i)->pen();
        pen.setColor(drawnColor(i));
        m_lines.at(i)->setPen(pen);
    }
    m_layer->refresh();
}

qreal ClaimChart::msecsOf(QDate date)
{
    // Arithmetic, not QDate::startOfDay(): that asks the C library for the
    // local time zone, which stats /etc/localtime on every call (2 s for
    // 100,000 points). UTC days also keep a date on its day whatever the
    // machine's zone.
    static const qint64 epoch = QDate(1970, 1, 1).toJulianDay();
    return qreal((date.toJulianDay() - epoch) * kDayMs);
}

bool ClaimChart::drawn(const SeriesPoint &point) const
{
    return point.date.isValid() && (!m_style.logarithmic || point.value > 0);
}

void ClaimChart::clearContent()
{
    removeAllSeries();
    m_lines.clear();
    const QList<QAbstractAxis *> old = axes();
    for (QAbstractAxis *axis : old) {
        removeAxis(axis);
        delete axis;
    }
    m_xAxis = nullptr;
    m_yAxis = nullptr;
    m_markers.clear();
}

void ClaimChart::setChartData(const ChartData &data, const ChartStyle &style)
{
    clearContent();
    m_data = data;
    m_style = style;
    m_shown = QList<bool>(m_data.series.size(), true);
    m_colors = m_style.seriesColors.size() == m_data.series.size() ? m_style.seriesColors
                                                                    : SeriesPalette::colors(m_data);
    if (m_screenColors)
        m_screenColors->series.clear();
    m_linePoints.clear();
    for (qsizetype i = 0; i < m_data.series.size(); ++i) {
        const ChartSeries &series = m_data.series.at(i);
        // The line passes once through each date, at the mean of that date's
        // values: joining two figures of one day drew a vertical stroke that
        // read as a range. Their markers stay apart; whiskers are the only
        // vertical marks.
        QList<QPointF> points;
        points.reserve(series.points.size());
        int sameDate = 0;
        for (const SeriesPoint &p : series.points) {
            if (!drawn(p))
                continue;
            const qreal x = msecsOf(p.date);
            if (!points.isEmpty() && points.constLast().x() == x) {
                ++sameDate;
                QPointF &last = points.last();
                last.setY(last.y() + (p.value - last.y()) / sameDate);
                continue;
            }
            sameDate = 1;
            points.append({x, p.value});
        }
        m_linePoints.append(points);
        auto *line = new QLineSeries(this);
        // Qt Charts draws names, titles and axis titles as rich text: a
        // claimant, tag or analyst named "<b>x" must show as written.
        line->setName(series.name.toHtmlEscaped());
        QPen pen(seriesColor(int(i)), 2);
        // A claimant's other metrics: its colour, paler, dashed.
        if (m_data.metrics.indexOf(series.metric) > 0)
            pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        addSeries(line);
        m_lines.append(line);
    }
    setTitle(plainTitle().toHtmlEscaped());
    setUpAxes();
    setMargins(QMargins(8, 4, 16, 4 + int(std::ceil(m_layer->keyHeight()))));
    m_filledForWidth = -1;
    m_ticksForWidth = -1;
    placeLegend();
    relayOut();
    applyScreenColors();
}

void ClaimChart::setUpAxes()
{
    qreal xMin = std::numeric_limits<qreal>::max();
    qreal xMax = std::numeric_limits<qreal>::lowest();
    qreal yMin = std::numeric_limits<qreal>::max();
    qreal yMax = std::numeric_limits<qreal>::lowest();
    for (const ChartSeries &series : std::as_const(m_data.series)) {
        for (const SeriesPoint &p : series.points) {
            if (!drawn(p))
                continue;
            const qreal x = msecsOf(p.date);
            xMin = std::min(xMin, x);
            xMax = std::max(xMax, x);
            for (const std::optional<double> &v : {std::optional<double>(p.value), p.low, p.high}) {
                if (v && (!m_style.logarithmic || *v > 0)) {
                    yMin = std::min(yMin, *v);
                    yMax = std::max(yMax, *v);
                }
            }
        }
    }
    // Every point on one day: the axis names that day under them.
    m_onlyDate = xMin == xMax ? QDateTime::fromMSecsSinceEpoch(qint64(xMin), Qt::UTC).date() : QDate();
    if (xMin > xMax) { // nothing to draw: an empty frame with sensible axes
        xMin = msecsOf(QDate::currentDate().addYears(-1));
        xMax = msecsOf(QDate::currentDate());
        yMin = 1;
        yMax = 10;
    }
    // Room on both sides so that the first and last markers are not cut.
    const qreal xPad = std::max<qreal>((xMax - xMin) * 0.03, 15.0 * kDayMs);
    m_xMin = xMin - xPad;
    m_xMax = xMax + xPad;

    auto *x = new QCategoryAxis(this);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(m_xMin, m_xMax);
    x->setStartValue(m_xMin);
    x->setTitleText(tr("Date the figure refers to"));
    m_xAxis = x;

    QString unitTitle = m_data.unit.isEmpty() ? tr("Value") : m_data.unit;
    unitTitle[0] = unitTitle.at(0).toUpper();
    if (m_style.logarithmic) {
        auto *y = new QLogValueAxis(this);
        y->setBase(10);
        m_yMin = std::pow(10.0, std::floor(std::log10(yMin)));
        m_yMax = std::pow(10.0, std::ceil(std::log10(yMax)));
        if (m_yMax <= m_yMin)
            m_yMax = m_yMin * 10;
        y->setRange(m_yMin, m_yMax);
        y->setLabelFormat(m_yMin >= 1 ? u"%'.0f"_s : u"%g"_s);
        y->setMinorTickCount(-1);
        y->setTitleText(unitTitle.toHtmlEscaped() + u" (log scale)"_s);
        m_yAxis = y;
    } else {
        auto *y = new QValueAxis(this);
        const qreal low = std::min<qreal>(0, yMin);
        const qreal high = yMax > low ? yMax : low + 1;
        y->setRange(low, high + (high - low) * 0.04);
        y->setTickCount(7);
        y->applyNiceNumbers();
        // Nice numbers may leave three or four gridlines; halve the steps
        // so that values can be read off the chart.
        if (y->tickCount() < 6)
            y->setTickCount(2 * y->tickCount() - 1);
        m_yMin = y->min();
        m_yMax = y->max();
        y->setLabelFormat(u"%'."_s + QString::number(decimalsFor((m_yMax - m_yMin) / (y->tickCount() - 1)))
                          + u'f');
        y->setTitleText(unitTitle.toHtmlEscaped());
        m_yAxis = y;
    }
    for (QAbstractAxis *axis : {m_xAxis, m_yAxis}) {
        axis->setGridLineColor(QColor(0xe0, 0xe0, 0xe0));
        axis->setTitleFont(font());
    }
    addAxis(m_xAxis, Qt::AlignBottom);
    addAxis(m_yAxis, Qt::AlignLeft);
    for (QLineSeries *line : std::as_const(m_lines)) {
        line->attachAxis(m_xAxis);
        line->attachAxis(m_yAxis);
    }
}

QLineSeries *ClaimChart::line(int index) const
{
    return m_lines.value(index);
}

void ClaimChart::setSeriesShown(int index, bool shown)
{
    if (index < 0 || index >= m_lines.size() || m_shown.at(index) == shown)
        return;
    m_shown[index] = shown;
    m_lines.at(index)->setVisible(shown);
    rebuildMarkers();
}

bool ClaimChart::isSeriesShown(int index) const
{
    return m_shown.value(index, false);
}

void ClaimChart::relayOut()
{
    updateDateTicks();
    refillLines();
    rebuildMarkers();
}

void ClaimChart::resizeEvent(QGraphicsSceneResizeEvent *event)
{
    QChart::resizeEvent(event);
    // Before the layout runs, so that it places the legend where it fits.
    placeLegend();
}

void ClaimChart::placeLegend()
{
    // One row over the plot while the names fit; a column beside it when
    // they do not (a narrow chart, or a 300-DPI export laid out small), where
    // Qt would otherwise cut every name short.
    const QFontMetricsF metrics(legend()->font());
    qreal needed = 0;
    for (const ChartSeries &series : std::as_const(m_data.series))
        needed += metrics.horizontalAdvance(series.name) + 2.5 * metrics.height();
    const Qt::Alignment wanted = needed > size().width() * 0.95 ? Qt::AlignRight : Qt::AlignTop;
    if (size().width() > 0 && legend()->alignment() != wanted)
        legend()->setAlignment(wanted);
}

void ClaimChart::updateDateTicks()
{
    auto *x = qobject_cast<QCategoryAxis *>(m_xAxis);
    const int width = int(plotArea().width());
    if (!x || width <= 0 || width == m_ticksForWidth)
        return;
    m_ticksForWidth = width;
    const QStringList old = x->categoriesLabels();
    for (const QString &label : old)
        x->remove(label);
    if (m_onlyDate.isValid()) {
        // The padding around one day holds at most one first of a month,
        // which would name another day than the points'.
        x->append(QLocale::c().toString(m_onlyDate, u"d MMM yyyy"_s), msecsOf(m_onlyDate));
        return;
    }
    // Ticks on the first day of a month, every 1, 2, 3, 6, 12 or 24 months:
    // as many as fit one label per ~110 pixels.
    const QDate first = QDateTime::fromMSecsSinceEpoch(qint64(m_xMin), Qt::UTC).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(qint64(m_xMax), Qt::UTC).date();
    const int months = (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
    const int fit = std::max(2, width / 110);
    int step = 24;
    for (const int candidate : {1, 2, 3, 6, 12}) {
        if (months / candidate <= fit) {
            step = candidate;
            break;
        }
    }
    const QString format = step >= 12 ? u"yyyy"_s : u"MMM yyyy"_s;
    QDate tick(first.year(), 1, 1);
    while (tick.addMonths(step) <= first || msecsOf(tick) < m_xMin)
        tick = tick.addMonths(step);
    for (; msecsOf(tick) <= m_xMax; tick = tick.addMonths(step))
        x->append(QLocale::c().toString(tick, format), msecsOf(tick));
}

void ClaimChart::refillLines()
{
    const int width = int(plotArea().width());
    if (width <= 0 || width == m_filledForWidth)
        return; // before the first layout: filled when the plot area is known
    m_filledForWidth = width;
    for (qsizetype i = 0; i < m_lines.size(); ++i)
        m_lines.at(i)->replace(SeriesDecimator::minMaxPerColumn(m_linePoints.at(i), m_xMin, m_xMax, width));
}

QPointF ClaimChart::positionOf(qreal msecs, qreal value) const
{
    const QRectF plot = plotArea();
    const qreal fx = (msecs - m_xMin) / (m_xMax - m_xMin);
    const qreal fy = m_style.logarithmic
        ? (std::log10(value) - std::log10(m_yMin)) / (std::log10(m_yMax) - std::log10(m_yMin))
        : (value - m_yMin) / (m_yMax - m_yMin);
    return {plot.left() + fx * plot.width(), plot.bottom() - fy * plot.height()};
}

void ClaimChart::rebuildMarkers()
{
    m_markers.clear();
    if (plotArea().isEmpty()) {
        m_layer->refresh();
        return;
    }
    // Where points outnumber pixels, a marker that would paint the same
    // pixels as one before it (glyph and error bar) is not kept: 167,000
    // claims on 1,500 pixel columns keep the few thousand markers the eye and
    // the mouse can tell apart, and paint exactly what all of them would.
    // Sized for every point at once: growing them by doubling cost more
    // than keeping the markers (page faults on each copy).
    qsizetype shownPoints = 0;
    for (qsizetype s = 0; s < m_data.series.size(); ++s)
        shownPoints += m_shown.at(s) ? m_data.series.at(s).points.size() : 0;
    m_markers.reserve(shownPoints);
    QSet<quint64> glyphs, bars;
    glyphs.reserve(shownPoints);
    for (qsizetype s = 0; s < m_data.series.size(); ++s) {
        if (!m_shown.at(s))
            continue;
        const QList<SeriesPoint> &points = m_data.series.at(s).points;
        for (qsizetype i = 0; i < points.size(); ++i) {
            const SeriesPoint &p = points.at(i);
            if (!drawn(p))
                continue;
            ChartMarker marker;
            marker.claimId = p.claimId;
            marker.series = int(s);
            marker.point = int(i);
            const qreal x = msecsOf(p.date);
            marker.center = positionOf(x, p.value);
            marker.shape = shapeOf(p.qualifier);
            marker.hollow = p.datedByPublication;
            marker.light = p.qualifier == Qualifier::Approximately;
            marker.strike = strikeOf(p.status);
            if (p.low || p.high) {
                const auto usable = [&](const std::optional<double> &v) {
                    return v && (!m_style.logarithmic || *v > 0) ? *v : p.value;
                };
                marker.range = QLineF(positionOf(x, usable(p.low)), positionOf(x, usable(p.high)));
            }
            const bool newGlyph = !glyphs.contains(glyphKey(marker));
            const bool newBar = marker.range && !bars.contains(barKey(marker));
            if (!newGlyph && !newBar)
                continue;
            glyphs.insert(glyphKey(marker));
            if (marker.range)
                bars.insert(barKey(marker));
            m_markers.append(marker);
        }
    }
    m_layer->refresh();
}

const ChartMarker *ClaimChart::markerAt(QPointF position, qreal radius) const
{
    const ChartMarker *best = nullptr;
    qreal bestDistance = radius * radius;
    for (const ChartMarker &marker : m_markers) {
        const QPointF d = marker.center - position;
        const qreal distance = QPointF::dotProduct(d, d);
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = &marker;
        }
    }
    return best;
}

const SeriesPoint &ClaimChart::pointOf(const ChartMarker &marker) const
{
    return m_data.series.at(marker.series).points.at(marker.point);
}

} // namespace Claimbench
