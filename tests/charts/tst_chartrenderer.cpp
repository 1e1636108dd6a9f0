#include "chartdatafactory.h"
#include "charts/chartrenderer.h"
#include "charts/claimchart.h"
#include "charts/markerlayer.h"
#include "charts/seriespalette.h"
#include "common/resultcheck.h"

#include <QCategoryAxis>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

// Lays a chart out the way ChartRenderer does, so that its marker geometry
// is the geometry of an export of the same size at 96 DPI.
struct LaidOutChart
{
    QGraphicsScene scene;
    ClaimChart *chart = new ClaimChart;

    LaidOutChart(const ChartData &data, const ChartStyle &style, QSize size)
    {
        scene.addItem(chart);
        chart->setChartData(data, style);
        chart->resize(QSizeF(size));
        chart->layout()->activate();
    }
};

// Pixels of exactly `color` in `image`.
int countColor(const QImage &image, const QColor &color)
{
    const QRgb wanted = color.rgb();
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            n += (line[x] | 0xff000000) == wanted;
    }
    return n;
}

QImage exportAndLoad(const QTemporaryDir &dir, const ChartData &data, const ChartStyle &style, QSize size,
                     int dpi)
{
    const QString path = dir.filePath(u"chart.png"_s);
    const Result<void> ok = ChartRenderer::exportPng(data, style, path, size, dpi);
    if (!ok)
        qWarning() << ok.error().toString();
    return QImage(path);
}

} // namespace

class TestChartRenderer : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void pngHasTheAskedSizeAndDpi_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("dpi");
        QTest::newRow("default 1600x900 at 96") << QSize(1600, 900) << 96;
        QTest::newRow("print 2400x1500 at 300") << QSize(2400, 1500) << 300;
        QTest::newRow("small 400x300 at 72") << QSize(400, 300) << 72;
    }
    void pngHasTheAskedSizeAndDpi()
    {
        QFETCH(QSize, size);
        QFETCH(int, dpi);
        const QImage image = exportAndLoad(m_dir, makeChartData(3, 10), {}, size, dpi);
        QCOMPARE(image.size(), size);
        QCOMPARE(std::lround(image.dotsPerMeterX() * 0.0254), dpi);
        QCOMPARE(std::lround(image.dotsPerMeterY() * 0.0254), dpi);
    }

    // The export picks a fast zlib level, which must still compress: some
    // QImageWriter settings (any setCompression value) store the pixels raw,
    // 5.8 MB for 1600x900.
    void pngIsCompressed()
    {
        const QSize size(1600, 900);
        QVERIFY(!exportAndLoad(m_dir, makeChartData(3, 1000), {}, size, 96).isNull());
        QVERIFY(QFileInfo(m_dir.filePath(u"chart.png"_s)).size() < qint64(size.width()) * size.height() / 4);
    }

    // Not blank, and every series' colour is drawn, at any DPI (a 300-DPI
    // export scales the same drawing up).
    void everySeriesColorIsDrawn_data()
    {
        QTest::addColumn<int>("dpi");
        QTest::addColumn<bool>("logarithmic");
        QTest::newRow("96 dpi") << 96 << false;
        QTest::newRow("300 dpi") << 300 << false;
        QTest::newRow("log axis") << 96 << true;
    }
    void everySeriesColorIsDrawn()
    {
        QFETCH(int, dpi);
        QFETCH(bool, logarithmic);
        const ChartData data = makeChartData(5, 20);
        const QList<QColor> colors = SeriesPalette::colors(data);
        const QImage image = exportAndLoad(m_dir, data, ChartStyle{.logarithmic = logarithmic},
                                           QSize(1600, 900), dpi);
        QVERIFY(!image.isNull());
        QVERIFY2(countColor(image, Qt::white) < image.width() * image.height() * 0.98, "the image is blank");
        for (int s = 0; s < 5; ++s)
            QVERIFY2(countColor(image, colors.at(s)) > 200, qPrintable(u"series %1"_s.arg(s)));
        // No sixth series, no sixth colour (but black, which the text is).
        for (const QColor &unused : SeriesPalette::palette()) {
            if (!colors.contains(unused) && unused != QColor(Qt::black))
                QCOMPARE(countColor(image, unused), 0);
        }
    }

    // Issue 20, bug 2: a claimant keeps its colour whatever else a chart
    // shows, and one chart never gives two series one colour, however many.
    void paletteKeysColoursByClaimant()
    {
        const ChartData many = makeChartData(40, 1);
        const QList<QColor> colors = SeriesPalette::colors(many);
        QCOMPARE(colors.size(), 40);
        QSet<QRgb> distinct;
        for (const QColor &c : colors)
            distinct.insert(c.rgb());
        QCOMPARE(distinct.size(), 40);

        ChartData alone = makeChartData(1, 1);
        alone.series[0].name = alone.series[0].group = u"CSIS"_s;
        ChartData reordered = makeChartData(3, 1);
        reordered.series[1].name = reordered.series[1].group = u"CSIS"_s;
        QCOMPARE(SeriesPalette::colors(alone).at(0), SeriesPalette::preferredColor(u"CSIS"_s));
        QCOMPARE(SeriesPalette::colors(reordered).at(1), SeriesPalette::colors(alone).at(0));
        // The name is the key, not its spelling's case or spacing.
        QCOMPARE(SeriesPalette::preferredColor(u" csis "_s), SeriesPalette::preferredColor(u"CSIS"_s));
    }

    // One marker per claim, where Qt Charts itself puts the value, and the
    // exported image has each filled marker's colour at its centre.
    void oneMarkerPerClaimAtItsValue()
    {
        const ChartData data = makeChartData(3, 12);
        const QSize size(1200, 700);
        LaidOutChart laid(data, {}, size);
        const QList<ChartMarker> &markers = laid.chart->markers();
        QCOMPARE(markers.size(), 36);
        QSet<qint64> ids;
        for (const ChartMarker &m : markers) {
            ids.insert(m.claimId);
            const SeriesPoint &p = laid.chart->pointOf(m);
            QCOMPARE(p.claimId, m.claimId);
            const QPointF expected =
                laid.chart->mapToPosition(QPointF(ClaimChart::msecsOf(p.date), p.value), laid.chart->line(m.series));
            QVERIFY2((expected - m.center).manhattanLength() < 1.0,
                     qPrintable(u"claim %1 drawn %2 px away from its value"_s.arg(m.claimId).arg(
                         (expected - m.center).manhattanLength())));
            QVERIFY(laid.chart->plotArea().adjusted(-1, -1, 1, 1).contains(m.center));
        }
        QCOMPARE(ids.size(), 36);

        const QImage image = exportAndLoad(m_dir, data, {}, size, 96);
        for (const ChartMarker &m : markers) {
            const QColor at = image.pixelColor(m.center.toPoint());
            QCOMPARE(at, laid.chart->seriesColor(m.series));
        }
    }

    // Issue 20, bug 5: with the disputed and false entries the key under
    // the plot outgrew a 1000-pixel export and was cut at both ends.
    void keyOfEveryMarkerKindFitsANarrowChart()
    {
        ChartData data = makeChartData(1, 8);
        QList<SeriesPoint> &p = data.series[0].points;
        p[1].qualifier = Qualifier::Approximately;
        p[2].qualifier = Qualifier::MoreThan;
        p[3].qualifier = Qualifier::UpTo;
        p[4].datedByPublication = true;
        p[5].low = p[5].value - 5;
        p[5].high = p[5].value + 5;
        p[6].status = ClaimStatus::Disputed;
        p[7].status = ClaimStatus::False;
        const QImage image = exportAndLoad(m_dir, data, {}, QSize(700, 450), 96);
        // The key's row: the bottom 30 pixels. Its ends stay clear of the edges.
        for (int y = image.height() - 30; y < image.height(); ++y) {
            for (const int x : {0, 1, 2, image.width() - 3, image.width() - 2, image.width() - 1})
                QVERIFY2(image.pixelColor(x, y) == QColor(Qt::white), qPrintable(u"ink at %1,%2"_s.arg(x).arg(y)));
        }
    }

    // Found by the cold analyst test: with every claim dated by its
    // publication (all markers hollow), the key still showed a filled disc
    // for "figure as stated", a marker drawn nowhere.
    void keyShowsOnlyTheMarkerKindsDrawn()
    {
        ChartData data = makeChartData(1, 4);
        for (SeriesPoint &p : data.series[0].points)
            p.datedByPublication = true;
        data.series[0].points[1].qualifier = Qualifier::Approximately;
        data.series[0].points[2].qualifier = Qualifier::MoreThan;
        LaidOutChart laid(data, {}, QSize(800, 500));
        const MarkerLayer *layer = nullptr;
        for (const QGraphicsItem *item : laid.chart->childItems())
            layer = layer ? layer : dynamic_cast<const MarkerLayer *>(item);
        QVERIFY(layer);
        QCOMPARE(layer->keyLabels(),
                 (QStringList{u"more than / at least"_s, u"no as-of date: publication date"_s}));

        data.series[0].points[3].datedByPublication = false;
        laid.chart->setChartData(data, {});
        QVERIFY(layer->keyLabels().contains(u"figure as stated"_s));
    }

    // Found by the cold analyst test: two figures of one claimant on one
    // date were joined by a vertical line that read as a range.
    void sameDatePointsAreNotJoinedByAVerticalLine()
    {
        ChartData data = makeChartData(1, 4);
        QList<SeriesPoint> &p = data.series[0].points;
        p[2].date = p[1].date;
        p[2].value = p[1].value + 400;
        LaidOutChart laid(data, {}, QSize(800, 500));
        QCOMPARE(laid.chart->markers().size(), 4);
        const QList<QPointF> line = laid.chart->line(0)->points();
        QCOMPARE(line.size(), 3);
        for (qsizetype i = 1; i < line.size(); ++i)
            QVERIFY(line.at(i).x() != line.at(i - 1).x());
        // Through the middle of the day's figures, not one of them.
        QCOMPARE(line.at(1).y(), p[1].value + 200);
    }

    // What a qualifier and a missing as-of date look like.
    void markerKinds_data()
    {
        QTest::addColumn<Qualifier>("qualifier");
        QTest::addColumn<bool>("datedByPublication");
        QTest::addColumn<MarkerShape>("shape");
        QTest::addColumn<bool>("hollow");
        QTest::addColumn<bool>("light");
        QTest::newRow("plain") << Qualifier::None << false << MarkerShape::Disc << false << false;
        QTest::newRow("more than: up") << Qualifier::MoreThan << false << MarkerShape::UpTriangle << false << false;
        QTest::newRow("at least: up") << Qualifier::AtLeast << false << MarkerShape::UpTriangle << false << false;
        QTest::newRow("less than: down") << Qualifier::LessThan << false << MarkerShape::DownTriangle << false << false;
        QTest::newRow("at most: down") << Qualifier::AtMost << false << MarkerShape::DownTriangle << false << false;
        QTest::newRow("up to: down") << Qualifier::UpTo << false << MarkerShape::DownTriangle << false << false;
        QTest::newRow("approximately: light") << Qualifier::Approximately << false << MarkerShape::Disc << false << true;
        QTest::newRow("publication date: hollow") << Qualifier::None << true << MarkerShape::Disc << true << false;
    }
    void markerKinds()
    {
        QFETCH(Qualifier, qualifier);
        QFETCH(bool, datedByPublication);
        QFETCH(MarkerShape, shape);
        QFETCH(bool, hollow);
        QFETCH(bool, light);
        ChartData data = makeChartData(1, 3);
        data.series[0].points[1].qualifier = qualifier;
        data.series[0].points[1].datedByPublication = datedByPublication;
        LaidOutChart laid(data, {}, QSize(800, 500));
        const ChartMarker &m = laid.chart->markers().at(1);
        QCOMPARE(m.shape, shape);
        QCOMPARE(m.hollow, hollow);
        QCOMPARE(m.light, light);

        // A hollow marker is white inside; the others are not.
        const QImage image = exportAndLoad(m_dir, data, {}, QSize(800, 500), 96);
        QCOMPARE(image.pixelColor(m.center.toPoint()) == QColor(Qt::white), hollow);
    }

    void rangesAreErrorBars()
    {
        ChartData data = makeChartData(1, 4, 10000);
        SeriesPoint &p = data.series[0].points[2];
        p.low = p.value - 3000;
        p.high = p.value + 5000;
        LaidOutChart laid(data, {}, QSize(800, 500));
        const ChartMarker &m = laid.chart->markers().at(2);
        QVERIFY(m.range);
        const qreal x = ClaimChart::msecsOf(p.date);
        QVERIFY((m.range->p1() - laid.chart->positionOf(x, *p.low)).manhattanLength() < 0.01);
        QVERIFY((m.range->p2() - laid.chart->positionOf(x, *p.high)).manhattanLength() < 0.01);
        QVERIFY(m.range->length() > 20);
        QVERIFY(!laid.chart->markers().at(1).range);

        // The bar is drawn: its colour shows between the marker and the cap
        // (antialiased: a 1.5-pixel line between pixel centres is paler).
        const QImage image = exportAndLoad(m_dir, data, {}, QSize(800, 500), 96);
        const QPoint onBar = ((m.range->p2() + m.center) / 2).toPoint();
        const QColor series = laid.chart->seriesColor(0);
        bool drawn = false;
        for (int dx = -1; dx <= 1; ++dx) {
            const QColor c = image.pixelColor(onBar + QPoint(dx, 0));
            drawn |= std::max({std::abs(c.red() - series.red()), std::abs(c.green() - series.green()),
                               std::abs(c.blue() - series.blue())}) <= 90;
        }
        QVERIFY2(drawn, "no error bar between the marker and its cap");
    }

    // On a log axis equal ratios are equal distances, and values <= 0 are
    // left out rather than drawn at minus infinity.
    void logAxisSpacesRatiosEvenly()
    {
        ChartData data = makeChartData(1, 4);
        const double values[] = {10, 1000, 100000, 0};
        for (int i = 0; i < 4; ++i)
            data.series[0].points[i].value = values[i];
        LaidOutChart laid(data, ChartStyle{.logarithmic = true}, QSize(800, 500));
        const QList<ChartMarker> &markers = laid.chart->markers();
        QCOMPARE(markers.size(), 3);
        const qreal step1 = markers.at(0).center.y() - markers.at(1).center.y();
        const qreal step2 = markers.at(1).center.y() - markers.at(2).center.y();
        QVERIFY(step1 > 10);
        QVERIFY(std::abs(step1 - step2) < 0.5);
    }

    // Found by the cold analyst test: every claim of one date gave an axis
    // whose one tick named the first of a month beside the point, not its date.
    void oneDateChartLabelsThatDateUnderItsPoints()
    {
        ChartData data = makeChartData(2, 3);
        const QDate date(2025, 1, 20);
        for (ChartSeries &series : data.series)
            for (SeriesPoint &p : series.points)
                p.date = date;
        LaidOutChart laid(data, {}, QSize(800, 500));
        auto *x = qobject_cast<QCategoryAxis *>(laid.chart->axes(Qt::Horizontal).value(0));
        QVERIFY(x);
        QCOMPARE(x->categoriesLabels(), QStringList{QLocale::c().toString(date, u"d MMM yyyy"_s)});
        QCOMPARE(x->endValue(x->categoriesLabels().first()), ClaimChart::msecsOf(date));
        // The date sits in the middle of the plot, under its markers.
        const QRectF plot = laid.chart->plotArea();
        for (const ChartMarker &m : laid.chart->markers())
            QVERIFY(std::abs(m.center.x() - plot.center().x()) < 1);
    }

    void hiddenSeriesHaveNoMarkers()
    {
        LaidOutChart laid(makeChartData(3, 5), {}, QSize(800, 500));
        laid.chart->setSeriesShown(1, false);
        QCOMPARE(laid.chart->markers().size(), 10);
        QVERIFY(!laid.chart->line(1)->isVisible());
        for (const ChartMarker &m : laid.chart->markers())
            QVERIFY(m.series != 1);
        laid.chart->setSeriesShown(1, true);
        QCOMPARE(laid.chart->markers().size(), 15);
    }

    // More points than pixels: the line is thinned, the markers are not.
    void manyPointsThinTheLineNotTheMarkers()
    {
        const ChartData data = makeChartData(1, 20000, 1);
        LaidOutChart laid(data, {}, QSize(1000, 600));
        // Markers that would paint the same pixels are kept once (issue 12:
        // 167,000 claims held and painted 167,000 markers), but every pixel a
        // point paints keeps its marker, for its tooltip and click.
        QVERIFY(laid.chart->markers().size() < 20000);
        QSet<quint64> kept;
        for (const ChartMarker &marker : laid.chart->markers())
            kept.insert(glyphKey(marker));
        for (const SeriesPoint &p : data.series.constFirst().points) {
            ChartMarker marker;
            marker.center = laid.chart->positionOf(ClaimChart::msecsOf(p.date), p.value);
            QVERIFY(kept.contains(glyphKey(marker)));
        }
        const int width = int(laid.chart->plotArea().width());
        QVERIFY(laid.chart->line(0)->count() <= 2 * width);
        QVERIFY(laid.chart->line(0)->count() > width / 2);
    }

    void svgIsValidXmlWithTheSeries()
    {
        const QString path = m_dir.filePath(u"chart.svg"_s);
        const ChartData data = makeChartData(2, 6);
        CLAIMBENCH_VERIFY_OK(ChartRenderer::exportSvg(data, {}, path, QSize(1000, 600)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString text;
        QSet<QString> colors;
        bool sawSvg = false;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                sawSvg |= xml.name() == u"svg"_s;
                for (const QXmlStreamAttribute &a : xml.attributes()) {
                    if (a.name() == u"fill"_s || a.name() == u"stroke"_s)
                        colors.insert(a.value().toString().toLower());
                }
            } else if (xml.isCharacters()) {
                text += xml.text();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(sawSvg);
        QVERIFY(text.contains(u"Claimant 1"_s));
        QVERIFY(text.contains(u"Claimant 2"_s));
        QVERIFY(text.contains(u"Test metric"_s));
        QVERIFY(colors.contains(SeriesPalette::colors(data).at(0).name()));
        QVERIFY(colors.contains(SeriesPalette::colors(data).at(1).name()));
    }

    // Qt Charts draws names and titles as rich text: a claimant, tag or
    // analyst (a server role may be named anything) called "<b>…" showed in
    // bold with its markup gone, in the window and in the exports.
    void namesShowAsWritten()
    {
        ChartData data = makeChartData(2, 4);
        data.title = data.metrics[0] = u"<i>Tanks</i> & co"_s;
        data.unit = u"<u>units</u>"_s;
        for (ChartSeries &series : data.series)
            series.metric = data.title;
        data.series[0].name = data.series[0].group = u"o'brien <b>&amp;\"q\""_s;
        const QString path = m_dir.filePath(u"names.svg"_s);
        CLAIMBENCH_VERIFY_OK(ChartRenderer::exportSvg(data, {}, path, QSize(1000, 600)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString text;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::Characters)
                text += xml.text();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(text.contains(u"o'brien <b>&amp;\"q\""_s), qPrintable(text));
        QVERIFY2(text.contains(u"<i>Tanks</i> & co"_s), qPrintable(text));
        QVERIFY2(text.contains(u"<u>units</u>"_s), qPrintable(text));
    }

    void errors_data()
    {
        QTest::addColumn<ChartData>("data");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("dpi");
        QTest::addColumn<Error::Code>("code");
        QTest::newRow("no series") << ChartData{} << u"a.png"_s << QSize(800, 600) << 96 << Error::Code::InvalidInput;
        ChartData empty = makeChartData(2, 0);
        QTest::newRow("series without points") << empty << u"a.svg"_s << QSize(800, 600) << 96 << Error::Code::InvalidInput;
        QTest::newRow("zero width") << makeChartData(1, 3) << u"a.png"_s << QSize(0, 600) << 96 << Error::Code::InvalidInput;
        QTest::newRow("zero dpi") << makeChartData(1, 3) << u"a.png"_s << QSize(800, 600) << 0 << Error::Code::InvalidInput;
        QTest::newRow("folder missing png") << makeChartData(1, 3) << u"no/such/folder/a.png"_s << QSize(800, 600) << 96
                                            << Error::Code::Io;
        QTest::newRow("folder missing svg") << makeChartData(1, 3) << u"no/such/folder/a.svg"_s << QSize(800, 600) << 96
                                            << Error::Code::Io;
    }
    void errors()
    {
        QFETCH(ChartData, data);
        QFETCH(QString, fileName);
        QFETCH(QSize, size);
        QFETCH(int, dpi);
        QFETCH(Error::Code, code);
        const QString path = m_dir.filePath(fileName);
        const Result<void> result = fileName.endsWith(u".svg"_s) ? ChartRenderer::exportSvg(data, {}, path, size)
                                                                 : ChartRenderer::exportPng(data, {}, path, size, dpi);
        QVERIFY(!result);
        QCOMPARE(result.error().code, code);
        QVERIFY(!QFile::exists(path));
    }
};


QTEST_MAIN(TestChartRenderer)
#include "tst_chartrenderer.moc"
