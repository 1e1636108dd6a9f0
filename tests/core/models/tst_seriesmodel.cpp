#include "common/resultcheck.h"
#include "core/models/sampleclaims.h"
#include "core/models/seriesmodel.h"

#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

class TestSeriesModel : public QObject
{
    Q_OBJECT

    SampleProject m_fixture;
    std::shared_ptr<Project> &m_project = m_fixture.project;
    SampleClaims &m_sample = m_fixture.sample;

    static QStringList names(const ChartData &data)
    {
        QStringList list;
        for (const ChartSeries &s : data.series)
            list << s.name;
        return list;
    }

private Q_SLOTS:
    void init() { CLAIMBENCH_VERIFY_OK(m_fixture.open()); }
    void cleanup() { m_fixture.close(); }

    void oneSeriesPerClaimantByDate()
    {
        const Result<ChartData> data = SeriesModel(*m_project).build({m_sample.drones}, SeriesGrouping::Claimant);
        CLAIMBENCH_VERIFY_OK(data);
        QCOMPARE(data->title, u"Drones launched"_s);
        QCOMPARE(data->unit, u"drones"_s);
        // The claim without a value ("Some drones") is left out.
        QCOMPARE(names(*data), (QStringList{u"General Staff"_s, u"Ukrainian Air Force"_s}));
        const ChartSeries &airForce = data->series[1];
        QCOMPARE(airForce.points.size(), 2);
        QCOMPARE(airForce.points[0].claimId, m_sample.claims[u"d63"_s]);
        QCOMPARE(airForce.points[0].date, QDate(2024, 2, 29));
        QVERIFY(!airForce.points[0].datedByPublication);
        QCOMPARE(airForce.points[0].quote, u"63 drones were launched 🚀"_s);
        QCOMPARE(airForce.points[0].outlet, u"Kyiv Post"_s);
        QCOMPARE(airForce.points[0].articleTitle, u"Night of drones"_s);
        QCOMPARE(airForce.points[0].claimant, u"Ukrainian Air Force"_s);
        QCOMPARE(airForce.points[1].value, 28.0);
    }

    void claimWithoutAsOfUsesPublishedDateFlagged()
    {
        const Result<ChartData> data = SeriesModel(*m_project).build({m_sample.drones}, SeriesGrouping::Claimant);
        CLAIMBENCH_VERIFY_OK(data);
        const SeriesPoint &p = data->series[0].points.at(0);
        QCOMPARE(p.claimId, m_sample.claims[u"d45"_s]);
        QVERIFY(p.datedByPublication);
        QCOMPARE(p.date, QDate(2024, 5, 1));
    }

    void rangesQualifiersAndUnnamedSeriesLast()
    {
        const Result<ChartData> data = SeriesModel(*m_project).build({m_sample.troops}, SeriesGrouping::Claimant);
        CLAIMBENCH_VERIFY_OK(data);
        QCOMPARE(names(*data), (QStringList{u"General Staff"_s, u"Unattributed"_s}));
        const SeriesPoint &more = data->series[0].points.at(0);
        QCOMPARE(more.qualifier, Qualifier::MoreThan);
        QVERIFY(!more.low && !more.high);
        const SeriesPoint &range = data->series[1].points.at(0);
        QCOMPARE(range.low, std::optional<double>(20000));
        QCOMPARE(range.high, std::optional<double>(30000));
        QCOMPARE(range.date, QDate(2024, 4, 1));
    }

    void grouping_data()
    {
        QTest::addColumn<SeriesGrouping>("grouping");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("claimant") << SeriesGrouping::Claimant
                                  << QStringList{u"General Staff"_s, u"Ukrainian Air Force"_s, u"Unattributed"_s};
        QTest::newRow("outlet") << SeriesGrouping::Outlet << QStringList{u"Kyiv Post"_s, u"Meduza"_s};
        QTest::newRow("tag") << SeriesGrouping::Tag << QStringList{u"Air war"_s, u"Untagged"_s};
    }
    void grouping()
    {
        QFETCH(SeriesGrouping, grouping);
        QFETCH(QStringList, expected);
        const Result<ChartData> data =
            SeriesModel(*m_project).build({m_sample.drones, m_sample.troops}, grouping);
        CLAIMBENCH_VERIFY_OK(data);
        QCOMPARE(names(*data), expected);
        QCOMPARE(data->title, u"Drones launched, Troop losses"_s);
        qsizetype points = 0;
        for (const ChartSeries &s : data->series) {
            points += s.points.size();
            for (qsizetype i = 1; i < s.points.size(); ++i)
                QVERIFY(s.points[i - 1].date <= s.points[i].date);
        }
        QCOMPARE(points, 5);
    }

    void noMetricsNoSeries()
    {
        const Result<ChartData> data = SeriesModel(*m_project).build({}, SeriesGrouping::Claimant);
        CLAIMBENCH_VERIFY_OK(data);
        QVERIFY(data->series.isEmpty());
    }

    void metricIdByNameIgnoresCase()
    {
        const Result<qint64> id = SeriesModel::metricIdByName(*m_project, u"troop LOSSES"_s);
        CLAIMBENCH_VERIFY_OK(id);
        QCOMPARE(*id, m_sample.troops);
        const Result<qint64> missing = SeriesModel::metricIdByName(*m_project, u"Tanks"_s);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestSeriesModel)
#include "tst_seriesmodel.moc"
