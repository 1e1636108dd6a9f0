#include "charts/seriesdecimator.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Claimbench;

class TestSeriesDecimator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fewPointsAreKept()
    {
        const QList<QPointF> points{{0, 1}, {1, 5}, {2, 3}};
        QCOMPARE(SeriesDecimator::minMaxPerColumn(points, 0, 2, 100), points);
    }

    // Each column keeps its lowest and highest point in order, so a spike in
    // 100,000 points survives in a 500-pixel line.
    void keepsMinAndMaxPerColumn()
    {
        QList<QPointF> points;
        for (int i = 0; i < 100000; ++i)
            points.append({double(i), std::sin(i * 0.001) * 100});
        points[54321].setY(1e6);
        points[77777].setY(-1e6);
        const QList<QPointF> kept = SeriesDecimator::minMaxPerColumn(points, 0, 99999, 500);
        QVERIFY(kept.size() <= 1000);
        QVERIFY(kept.size() >= 500);
        QVERIFY(kept.contains(points[54321]));
        QVERIFY(kept.contains(points[77777]));
        QVERIFY(std::is_sorted(kept.cbegin(), kept.cend(),
                               [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
        QCOMPARE(kept.constFirst().x(), 0.0);
    }

    void degenerateRangeKeepsEverything()
    {
        const QList<QPointF> points(1000, QPointF(5, 1));
        QCOMPARE(SeriesDecimator::minMaxPerColumn(points, 5, 5, 10).size(), 1000);
    }
};

QTEST_GUILESS_MAIN(TestSeriesDecimator)
#include "tst_seriesdecimator.moc"
