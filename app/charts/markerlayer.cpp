#include "charts/markerlayer.h"

#include "charts/claimchart.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QLegend>
#include <QPainter>
#include <QPaintEngine>
#include <QPainterPath>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// The chart key's words, in MarkerLayer's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::MarkerLayer)
};

constexpr qreal kRadius = 4.5;
constexpr qreal kCap = 4.0;

// What a marker looks like, beside its position.
int lookOf(const ChartMarker &m)
{
    return (m.series << 7) | (int(m.strike) << 5) | (int(m.shape) << 2) | (m.hollow ? 2 : 0) | (m.light ? 1 : 0);
}

// One entry of the key under the plot.
struct KeyEntry
{
    MarkerShape shape = MarkerShape::Disc;
    bool hollow = false;
    bool light = false;
    bool range = false;
    MarkerStrike strike = MarkerStrike::None;
    QString text;
};

QList<KeyEntry> keyEntries(const ClaimChart &chart)
{
    bool plain = false, light = false, up = false, down = false, hollow = false, range = false;
    bool disputed = false, isFalse = false;
    for (const ChartSeries &series : chart.chartData().series) {
        for (const SeriesPoint &p : series.points) {
            // A hollow marker shows no fill: a filled or pale disc in the key
            // is there only when one is drawn.
            const bool filled = !p.datedByPublication;
            light |= filled && p.qualifier == Qualifier::Approximately;
            up |= p.qualifier == Qualifier::MoreThan || p.qualifier == Qualifier::AtLeast;
            down |= p.qualifier == Qualifier::LessThan || p.qualifier == Qualifier::AtMost
                    || p.qualifier == Qualifier::UpTo;
            plain |= filled && p.qualifier == Qualifier::None;
            hollow |= p.datedByPublication;
            range |= p.low || p.high;
            disputed |= p.status == ClaimStatus::Disputed;
            isFalse |= p.status == ClaimStatus::False;
        }
    }
    // Plain discs need no key unless other kinds are there to tell them from.
    if (!(light || up || down || hollow || range || disputed || isFalse))
        return {};
    QList<KeyEntry> entries;
    if (plain)
        entries.append({.text = Messages::tr("figure as stated")});
    if (light)
        entries.append({.light = true, .text = Messages::tr("approximately")});
    if (up)
        entries.append({.shape = MarkerShape::UpTriangle, .text = Messages::tr("more than / at least")});
    if (down)
        entries.append({.shape = MarkerShape::DownTriangle, .text = Messages::tr("less than / up to")});
    if (hollow)
        entries.append({.hollow = true, .text = Messages::tr("no as-of date: publication date")});
    if (range)
        entries.append({.range = true, .text = Messages::tr("range (low to high)")});
    if (disputed)
        entries.append({.light = true, .strike = MarkerStrike::Slash, .text = Messages::tr("disputed")});
    if (isFalse)
        entries.append({.light = true, .strike = MarkerStrike::Cross, .text = Messages::tr("false")});
    return entries;
}

// A marker's glyph alone, centred in an image of `scale` device pixels per
// logical one (an even number of pixels wide, so that the centre falls on a
// pixel corner as a whole-pixel centre does on screen).
QImage glyphImage(const ChartMarker &m, const QColor &color, const ChartColors &colors, qreal scale);

void drawRange(QPainter *painter, const QLineF &range, const QColor &color)
{
    painter->setPen(QPen(color, 1.5));
    painter->drawLine(range);
    painter->drawLine(QLineF(range.p1() - QPointF(kCap, 0), range.p1() + QPointF(kCap, 0)));
    painter->drawLine(QLineF(range.p2() - QPointF(kCap, 0), range.p2() + QPointF(kCap, 0)));
}

// Dark strokes over the glyph, longer than it is wide, so that they read
// on any series colour.
void drawStrike(QPainter *painter, QPointF center, qreal radius, MarkerStrike strike, const QColor &ink)
{
    if (strike == MarkerStrike::None)
        return;
    const qreal r = radius * 1.6;
    painter->setPen(QPen(ink, 1.6, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(QLineF(center + QPointF(-r, r), center + QPointF(r, -r)));
    if (strike == MarkerStrike::Cross)
        painter->drawLine(QLineF(center + QPointF(-r, -r), center + QPointF(r, r)));
}

} // namespace

quint64 glyphKey(const ChartMarker &m)
{
    return (quint64(quint32(std::lround(m.center.x()))) << 32) ^ (quint64(quint32(std::lround(m.center.y()))) << 12)
           ^ quint64(lookOf(m));
}

quint64 barKey(const ChartMarker &m)
{
    if (!m.range)
        return 0;
    return (quint64(quint32(std::lround(m.range->x1()))) << 40) ^ (quint64(quint32(std::lround(m.range->y1()))) << 22)
           ^ (quint64(quint32(std::lround(m.range->y2()))) << 4) ^ quint64(m.series);
}

MarkerStrike strikeOf(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::Disputed:
        return MarkerStrike::Slash;
    case ClaimStatus::False:
        return MarkerStrike::Cross;
    case ClaimStatus::Unverified:
    case ClaimStatus::Corroborated:
        break;
    }
    return MarkerStrike::None;
}

void drawMarkerGlyph(QPainter *painter, QPointF center, qreal radius, MarkerShape shape,
                     const QColor &color, bool hollow, bool light, MarkerStrike strike, const ChartColors &colors)
{
    const QColor &paper = colors.plotArea;
    QColor fill = color;
    if (hollow)
        fill = paper;
    else if (light)
        fill = QColor::fromRgbF(paper.redF() - (paper.redF() - color.redF()) * 0.4,
                                paper.greenF() - (paper.greenF() - color.greenF()) * 0.4,
                                paper.blueF() - (paper.blueF() - color.blueF()) * 0.4);
    painter->setPen(QPen(color, hollow ? 1.8 : 1.2));
    painter->setBrush(fill);
    switch (shape) {
    case MarkerShape::Disc:
        painter->drawEllipse(center, radius, radius);
        break;
    case MarkerShape::UpTriangle:
    case MarkerShape::DownTriangle: {
        // Slightly larger than the disc so that both read as the same size.
        const qreal r = radius * 1.3;
        const qreal tip = shape == MarkerShape::UpTriangle ? -r : r;
        const QPointF corners[] = {center + QPointF(0, tip), center + QPointF(r * 0.9, -tip * 0.6),
                                   center + QPointF(-r * 0.9, -tip * 0.6)};
        painter->drawPolygon(corners, 3);
        break;
    }
    }
    drawStrike(painter, center, radius, strike, colors.strike);
}

namespace {

QImage glyphImage(const ChartMarker &m, const QColor &color, const ChartColors &colors, qreal scale)
{
    // Room for the largest glyph: a triangle (1.3 radii) or a strike (1.6
    // radii) and its pen.
    const int side = 2 * int(std::ceil((kRadius * 1.6 + 2) * scale));
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    image.setDevicePixelRatio(scale);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    drawMarkerGlyph(&painter, QPointF(side / 2.0, side / 2.0) / scale, kRadius, m.shape, color, m.hollow, m.light,
                    m.strike, colors);
    return image;
}

} // namespace

MarkerLayer::MarkerLayer(ClaimChart *chart)
    : QGraphicsItem(chart)
    , m_chart(chart)
{
    setZValue(10); // above the lines
    setAcceptedMouseButtons(Qt::NoButton);
}

QRectF MarkerLayer::boundingRect() const
{
    return m_chart->rect();
}

QStringList MarkerLayer::keyLabels() const
{
    QStringList labels;
    for (const KeyEntry &e : keyEntries(*m_chart))
        labels.append(e.text);
    return labels;
}

qreal MarkerLayer::keyHeight() const
{
    return keyEntries(*m_chart).isEmpty() ? 0 : QFontMetricsF(m_chart->legend()->font()).height() * 1.8;
}

void MarkerLayer::refresh()
{
    prepareGeometryChange();
    update();
}

void MarkerLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    paintMarkers(painter);
    paintKey(painter);
    painter->restore();
}

void MarkerLayer::paintMarkers(QPainter *painter) const
{
    const QList<ChartMarker> &markers = m_chart->markers();
    painter->save();
    painter->setClipRect(m_chart->plotArea().adjusted(-kRadius * 2, -kRadius * 2, kRadius * 2, kRadius * 2));
    // Error bars first, so that every marker sits on top of its bar; a bar
    // that would cover the same pixels in the same colour is drawn once.
    QSet<quint64> barsPainted;
    for (const ChartMarker &m : markers) {
        if (!m.range)
            continue;
        const quint64 bar = barKey(m);
        if (barsPainted.contains(bar))
            continue;
        barsPainted.insert(bar);
        drawRange(painter, *m.range, m_chart->drawnColor(m.series));
    }
    // Where markers outnumber the plot's pixel columns, a raster target gets
    // each look drawn once and stamped at every marker's device pixel: the
    // same glyphs, placed to the pixel rather than a fraction of one, at a
    // tenth of the cost of stroking each antialiased outline.
    // Fewer markers, and vector targets (SVG), are drawn as they are.
    const bool stamped = markers.size() > m_chart->plotArea().width()
                         && painter->paintEngine()->type() == QPaintEngine::Raster;
    QHash<int, QImage> stamps;
    const QTransform toDevice = painter->deviceTransform();
    const QTransform fromDevice = toDevice.inverted();
    const qreal scale = std::sqrt(std::abs(toDevice.determinant()));
    const ChartColors colors = m_chart->colors();
    QSet<quint64> painted;
    painted.reserve(std::min<qsizetype>(markers.size(), 1 << 16));
    for (const ChartMarker &m : markers) {
        const quint64 pixel = glyphKey(m);
        if (painted.contains(pixel))
            continue;
        painted.insert(pixel);
        const QColor color = m_chart->drawnColor(m.series);
        if (!stamped) {
            drawMarkerGlyph(painter, m.center, kRadius, m.shape, color, m.hollow, m.light, m.strike, colors);
            continue;
        }
        auto stamp = stamps.constFind(lookOf(m));
        if (stamp == stamps.cend())
            stamp = stamps.insert(lookOf(m), glyphImage(m, color, colors, scale));
        const QPointF devicePixel = toDevice.map(m.center);
        const qreal half = stamp->width() / 2.0;
        painter->drawImage(fromDevice.map(QPointF(std::round(devicePixel.x()) - half, std::round(devicePixel.y()) - half)),
                           *stamp);
    }
    painter->restore();
}

void MarkerLayer::paintKey(QPainter *painter) const
{
    const QList<KeyEntry> entries = keyEntries(*m_chart);
    if (entries.isEmpty())
        return;
    const QFont font = m_chart->legend()->font();
    const QFontMetricsF metrics(font);
    const ChartColors colors = m_chart->colors();
    const QColor &ink = colors.text;
    const qreal gap = metrics.height() * 1.2;
    const qreal glyph = kRadius * 3;
    qreal width = 0;
    for (const KeyEntry &e : entries)
        width += glyph + metrics.horizontalAdvance(e.text) + gap;
    width -= gap;
    const QRectF area = m_chart->rect();
    const qreal y = area.bottom() - keyHeight() / 2 - 2;
    qreal x = area.center().x() - width / 2;
    // A key wider than the chart (a narrow export, every kind of marker in
    // use) is drawn smaller rather than cut at both ends.
    const qreal fit = std::min<qreal>(1, (area.width() - 8) / width);
    painter->save();
    painter->translate(area.center().x(), y);
    painter->scale(fit, fit);
    painter->translate(-area.center().x(), -y);
    painter->setFont(font);
    for (const KeyEntry &e : entries) {
        const QPointF center(x + kRadius, y);
        if (e.range)
            drawRange(painter, QLineF(center + QPointF(0, -kRadius * 1.6), center + QPointF(0, kRadius * 1.6)), ink);
        else
            drawMarkerGlyph(painter, center, kRadius, e.shape, ink, e.hollow, e.light, e.strike, colors);
        x += glyph;
        painter->setPen(ink);
        const qreal textWidth = metrics.horizontalAdvance(e.text);
        painter->drawText(QRectF(x, y - metrics.height() / 2, textWidth + 2, metrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, e.text);
        x += textWidth + gap;
    }
    painter->restore();
}

} // namespace Claimbench
