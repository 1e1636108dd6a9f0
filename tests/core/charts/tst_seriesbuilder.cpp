#include "common/resultcheck.h"
#include "core/charts/seriesbuilder.h"
#include "core/models/sampleclaims.h"
#include "core/store/project.h"
#include "core/store/sqlsupport.h"

#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

class TestSeriesBuilder : public QObject
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
        const Result<ChartData> data = SeriesBuilder(*m_project).build({m_sample.drones}, SeriesGrouping::Claimant);
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
        const Result<PointSource> source = SeriesBuilder(*m_project).source(airForce.points[0].claimId);
        CLAIMBENCH_VERIFY_OK(source);
        QCOMPARE(source->outlet, u"Kyiv Post"_s);
        QCOMPARE(source->claimant, u"Ukrainian Air Force"_s);
        QCOMPARE(source->quote, u"63 drones were launched 🚀"_s);
        QCOMPARE(source->articleTitle, u"Night of drones"_s);
        QCOMPARE(airForce.points[1].value, 28.0);
    }

    void claimWithoutAsOfUsesPublishedDateFlagged()
    {
        const Result<ChartData> data = SeriesBuilder(*m_project).build({m_sample.drones}, SeriesGrouping::Claimant);
        CLAIMBENCH_VERIFY_OK(data);
        const SeriesPoint &p = data->series[0].points.at(0);
        QCOMPARE(p.claimId, m_sample.claims[u"d45"_s]);
        QVERIFY(p.datedByPublication);
        QCOMPARE(p.date, QDate(2024, 5, 1));
    }

    void rangesQualifiersAndUnnamedSeriesLast()
    {
        const Result<ChartData> data = SeriesBuilder(*m_project).build({m_sample.troops}, SeriesGrouping::Claimant);
        CLAIMBENCH_VERIFY_OK(data);
        QCOMPARE(names(*data), (QStringList{u"General Staff"_s, u"Unattributed"_s}));
        const SeriesPoint &more = data->series[0].points.at(0);
        QCOMPARE(more.qualifier, Qualifier::MoreThan);
        QVERIFY(!more.low && !more.high);
        const SeriesPoint &range = data->series[1].points.at(0);
        QCOMPARE(range.low, std::optional<double>(20000));
        QCOMPARE(range.high, std::optional<double>(30000));
        QCOMPARE(range.date, QDate(2024, 4, 1));
        QCOMPARE(range.datePrecision, DatePrecision::Month); // "April 2024", not the 1st
        QCOMPARE(range.status, ClaimStatus::Disputed);
    }

    void grouping_data()
    {
        QTest::addColumn<SeriesGrouping>("grouping");
        QTest::addColumn<QStringList>("expected");
        // One line per group and metric.
        QTest::newRow("claimant") << SeriesGrouping::Claimant
                                  << QStringList{u"General Staff"_s, u"General Staff"_s, u"Ukrainian Air Force"_s,
                                                 u"Unattributed"_s};
        QTest::newRow("outlet") << SeriesGrouping::Outlet
                                << QStringList{u"Kyiv Post"_s, u"Kyiv Post"_s, u"Meduza"_s, u"Meduza"_s};
        QTest::newRow("tag") << SeriesGrouping::Tag
                             << QStringList{u"Air war"_s, u"Untagged"_s, u"Untagged"_s};
    }
    void grouping()
    {
        QFETCH(SeriesGrouping, grouping);
        QFETCH(QStringList, expected);
        const Result<ChartData> data =
            SeriesBuilder(*m_project).build({m_sample.drones, m_sample.troops}, grouping);
        CLAIMBENCH_VERIFY_OK(data);
        QStringList groups;
        for (const ChartSeries &s : data->series)
            groups << s.group;
        QCOMPARE(groups, expected);
        QCOMPARE(data->title, u"Drones launched, Troop losses"_s);
        QCOMPARE(data->metrics, (QStringList{u"Drones launched"_s, u"Troop losses"_s}));
        qsizetype points = 0;
        for (const ChartSeries &s : data->series) {
            points += s.points.size();
            for (qsizetype i = 1; i < s.points.size(); ++i)
                QVERIFY(s.points[i - 1].date <= s.points[i].date);
        }
        QCOMPARE(points, 5);
    }

    // Issue 17: one line per analyst (the claim's created_by) compares a
    // desk's coders; claims from before anyone was recorded share one line.
    void analystsEachGetALine()
    {
        const Result<QSqlDatabase> db = Sql::connection(m_project->threadConnection());
        CLAIMBENCH_VERIFY_OK(db);
        const auto setAuthor = [&](const QString &author, const QString &where, const QList<QVariant> &binds) {
            return Sql::run(*db, u"UPDATE claims SET created_by = '%1' WHERE %2"_s.arg(author, where), binds);
        };
        CLAIMBENCH_VERIFY_OK(setAuthor(u"mykola"_s, u"true"_s, {}));
        CLAIMBENCH_VERIFY_OK(setAuthor(u"олена"_s, u"id = ? OR id = ?"_s,
                                       {m_sample.claims[u"d63"_s], m_sample.claims[u"trange"_s]}));
        CLAIMBENCH_VERIFY_OK(setAuthor(QString(), u"id = ?"_s, {m_sample.claims[u"d45"_s]}));

        const Result<ChartData> data =
            SeriesBuilder(*m_project).build({m_sample.drones, m_sample.troops}, SeriesGrouping::Analyst);
        CLAIMBENCH_VERIFY_OK(data);
        QCOMPARE(names(*data), (QStringList{u"mykola — Drones launched"_s, u"mykola — Troop losses"_s,
                                            u"олена — Drones launched"_s, u"олена — Troop losses"_s,
                                            u"Unknown analyst — Drones launched"_s}));
        QCOMPARE(data->series[0].points.size(), 1);
        QCOMPARE(data->series[0].points[0].claimId, m_sample.claims[u"d28"_s]);
        QCOMPARE(data->series[2].points[0].claimId, m_sample.claims[u"d63"_s]);
        QCOMPARE(data->series[4].points[0].claimId, m_sample.claims[u"d45"_s]);
    }

    // Issue 20, bug 2: a claimant's line ran through all the metrics charted
    // (CSIS from 1.2 M casualties to 325 k deaths on one line).
    void seriesNeverRunThroughTwoMetrics()
    {
        const Result<ChartData> data =
            SeriesBuilder(*m_project).build({m_sample.drones, m_sample.troops}, SeriesGrouping::Claimant);
        CLAIMBENCH_VERIFY_OK(data);
        for (const ChartSeries &s : data->series) {
            QSet<QString> units;
            for (const SeriesPoint &p : s.points)
                units.insert(p.unit);
            QVERIFY2(units.size() == 1, qPrintable(s.name));
        }
        QCOMPARE(names(*data), (QStringList{u"General Staff — Drones launched"_s, u"General Staff — Troop losses"_s,
                                            u"Ukrainian Air Force — Drones launched"_s,
                                            u"Unattributed — Troop losses"_s}));
    }

    // The chart reads its text columns as UTF-8 straight from SQLite, and
    // units mostly repeat the row before: units outside ASCII, one after
    // another, come back as stored.
    void unitsOutsideAsciiReadBackAsStored()
    {
        const std::pair<QString, QString> units[] = {{u"d63"_s, u"дронів"_s}, {u"d28"_s, u"🚀 drones"_s}};
        for (const auto &[label, unit] : units) {
            auto claim = m_project->claims().get(m_sample.claims[label]);
            CLAIMBENCH_VERIFY_OK(claim);
            claim->unit = unit;
            CLAIMBENCH_VERIFY_OK(m_project->claims().update(*claim));
        }
        const Result<ChartData> data = SeriesBuilder(*m_project).build({m_sample.drones}, SeriesGrouping::Claimant);
        CLAIMBENCH_VERIFY_OK(data);
        const ChartSeries &airForce = data->series[1];
        QCOMPARE(airForce.points[0].unit, u"дронів"_s);
        QCOMPARE(airForce.points[1].unit, u"🚀 drones"_s);
        QCOMPARE(data->series[0].points[0].unit, u"drones"_s);
    }

    // The cases of one Ukrainian noun are one unit: the chart of a drones
    // metric and a troops metric counts "дрони", "дрона" and "дронів" (three
    // claims) together against "troops" (two), where each form alone would
    // lose.
    void unitOfCasesOfOneNoun()
    {
        const std::pair<QString, QString> units[] = {
            {u"d63"_s, u"дрони"_s}, {u"d28"_s, u"дрона"_s}, {u"d45"_s, u"дронів"_s}};
        for (const auto &[label, unit] : units) {
            auto claim = m_project->claims().get(m_sample.claims[label]);
            CLAIMBENCH_VERIFY_OK(claim);
            claim->unit = unit;
            CLAIMBENCH_VERIFY_OK(m_project->claims().update(*claim));
        }
        const Result<ChartData> data = SeriesBuilder(*m_project).build({m_sample.drones, m_sample.troops},
                                                                        SeriesGrouping::Claimant);
        CLAIMBENCH_VERIFY_OK(data);
        QCOMPARE(data->unit, u"дрона"_s); // ties within the noun go to the alphabetically first form
    }

    void noMetricsNoSeries()
    {
        const Result<ChartData> data = SeriesBuilder(*m_project).build({}, SeriesGrouping::Claimant);
        CLAIMBENCH_VERIFY_OK(data);
        QVERIFY(data->series.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSeriesBuilder)
#include "tst_seriesbuilder.moc"
