#include "common/resultcheck.h"
#include "core/compare/comparisonfixture.h"
#include "core/compare/claimcomparison.h"
#include "core/models/sampleclaims.h"
#include "core/store/project.h"

#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;
using namespace Claimbench::ComparisonFixture;


class TestClaimComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The rule docs/compare.md states, case by case, both ways round.
    void compatibility_data()
    {
        QTest::addColumn<SeriesPoint>("a");
        QTest::addColumn<SeriesPoint>("b");
        QTest::addColumn<double>("threshold");
        QTest::addColumn<bool>("expected");
        QTest::newRow("more than 300,000 / about 310,000")
            << stated(300000, Qualifier::MoreThan) << stated(310000, Qualifier::Approximately) << 0.1 << true;
        QTest::newRow("300,000 / 500,000") << stated(300000) << stated(500000) << 0.1 << false;
        QTest::newRow("300,000 / 330,000: 10 % of the larger") << stated(300000) << stated(330000) << 0.1 << true;
        QTest::newRow("300,000 / 340,000") << stated(300000) << stated(340000) << 0.1 << false;
        QTest::newRow("about 300,000 / 340,000: about adds 10 %")
            << stated(300000, Qualifier::Approximately) << stated(340000) << 0.1 << true;
        QTest::newRow("more than 300,000 / 200,000") << stated(300000, Qualifier::MoreThan) << stated(200000) << 0.1
                                                     << false;
        QTest::newRow("more than 300,000 / 300,000 at 0 %")
            << stated(300000, Qualifier::MoreThan) << stated(300000) << 0.0 << false;
        QTest::newRow("at least 300,000 / 300,000 at 0 %")
            << stated(300000, Qualifier::AtLeast) << stated(300000) << 0.0 << true;
        QTest::newRow("more than / more than") << stated(100, Qualifier::MoreThan) << stated(5000, Qualifier::MoreThan)
                                               << 0.1 << true;
        QTest::newRow("up to 50 / 54") << stated(50, Qualifier::UpTo) << stated(54) << 0.1 << true;
        QTest::newRow("up to 50 / 60") << stated(50, Qualifier::UpTo) << stated(60) << 0.1 << false;
        QTest::newRow("less than 100 / more than 100 at 0 %")
            << stated(100, Qualifier::LessThan) << stated(100, Qualifier::MoreThan) << 0.0 << false;
        QTest::newRow("less than 100 / more than 100 at 10 %")
            << stated(100, Qualifier::LessThan) << stated(100, Qualifier::MoreThan) << 0.1 << true;
        QTest::newRow("20-30 thousand / 32,000") << stated(25000, Qualifier::None, 20000, 30000) << stated(32000)
                                                 << 0.1 << true;
        QTest::newRow("20-30 thousand / 40,000") << stated(25000, Qualifier::None, 20000, 30000) << stated(40000)
                                                 << 0.1 << false;
        QTest::newRow("-5 % / -5.2 %") << stated(-5) << stated(-5.2) << 0.1 << true;
        QTest::newRow("-5 % / 5 %") << stated(-5) << stated(5) << 0.1 << false;
    }
    void compatibility()
    {
        QFETCH(SeriesPoint, a);
        QFETCH(SeriesPoint, b);
        QFETCH(double, threshold);
        QFETCH(bool, expected);
        QCOMPARE(compatible(a, b, threshold), expected);
        QCOMPARE(compatible(b, a, threshold), expected);
    }

    void periodsStartOnTheirFirstDay()
    {
        const QDate thursday(2024, 2, 29);
        QCOMPARE(periodStart(thursday, ComparisonPeriod::Day), thursday);
        QCOMPARE(periodStart(thursday, ComparisonPeriod::Week), QDate(2024, 2, 26)); // ISO: Monday
        QCOMPARE(periodStart(QDate(2024, 3, 3), ComparisonPeriod::Week), QDate(2024, 2, 26)); // Sunday
        QCOMPARE(periodStart(thursday, ComparisonPeriod::Month), QDate(2024, 2, 1));
        QCOMPARE(comparisonPeriodFromName(u"Week"), std::optional(ComparisonPeriod::Week));
        QCOMPARE(comparisonPeriodFromName(u"fortnight"), std::nullopt);
    }

    // One row per period with a statement; in each, each claimant's latest
    // statement; the spread and the mark over those.
    void rowsHoldEachClaimantsLatestStatement()
    {
        const Comparison comparison = ClaimComparer::compare(troopLosses(), ComparisonPeriod::Month, 0.1);
        QCOMPARE(comparison.claimants, (QStringList{u"General Staff"_s, u"UK MoD"_s}));
        QCOMPARE(comparison.rows.size(), 2);
        const ComparisonRow &march = comparison.rows[0];
        QCOMPARE(march.start, QDate(2024, 3, 1));
        QCOMPARE(march.stated[0]->claimId, 2); // the 20th's, not the 1st's
        QCOMPARE(march.stated[1]->claimId, 4);
        QCOMPARE(march.ratio, std::optional(500000.0 / 300000.0));
        QCOMPARE(march.difference, std::optional(200000.0));
        QVERIFY(march.disagrees);
        // Its two quotes to read side by side: the least figure's and the most's.
        QCOMPARE(march.leastClaimId, 2);
        QCOMPARE(march.mostClaimId, 4);
        const ComparisonRow &april = comparison.rows[1];
        QVERIFY(!april.disagrees); // 310,000 and "more than 300,000"
        QCOMPARE(april.difference, std::optional(10000.0));
        // By day, every statement is a row of its own claimant alone.
        const Comparison daily = ClaimComparer::compare(troopLosses(), ComparisonPeriod::Day, 0.1);
        QCOMPARE(daily.rows.size(), 5);
        for (const ComparisonRow &row : daily.rows) {
            QVERIFY(!row.ratio && !row.difference && !row.disagrees && row.leastClaimId == 0);
            QCOMPARE(row.stated.size(), 2);
        }
    }

    // Cold test: a figure dated only by month was pinned to the 1st and met
    // another week's; one dated by year, another month's. Left out, counted.
    void statementsDatedCoarserThanThePeriodAreLeftOut()
    {
        QVERIFY(datedWithin(DatePrecision::Day, ComparisonPeriod::Day));
        QVERIFY(datedWithin(DatePrecision::Month, ComparisonPeriod::Month));
        QVERIFY(!datedWithin(DatePrecision::Month, ComparisonPeriod::Week));
        QVERIFY(!datedWithin(DatePrecision::Year, ComparisonPeriod::Month));
        ChartData data = troopLosses();
        data.series[1].points[0].datePrecision = DatePrecision::Month;  // the UK's March figure, "as of March"
        const Comparison weekly = ClaimComparer::compare(data, ComparisonPeriod::Week, 0.1);
        QCOMPARE(weekly.tooCoarse, 1);
        for (const ComparisonRow &row : weekly.rows)
            QVERIFY(!row.stated[1] || row.stated[1]->claimId != 4);
        const Comparison monthly = ClaimComparer::compare(data, ComparisonPeriod::Month, 0.1);
        QCOMPARE(monthly.tooCoarse, 0);
        QCOMPARE(monthly.rows[0].stated[1]->claimId, 4);
    }

    // From a project: the chart's own series (dates, claimants, values).
    void comparesAProjectsMetric()
    {
        SampleProject fixture;
        CLAIMBENCH_VERIFY_OK(fixture.open());
        const ClaimComparer comparer(*fixture.project);
        const Result<Comparison> drones = comparer.compare(fixture.sample.drones, ComparisonPeriod::Month);
        CLAIMBENCH_VERIFY_OK(drones);
        QCOMPARE(drones->metric, u"Drones launched"_s);
        QCOMPARE(drones->claimants, (QStringList{u"General Staff"_s, u"Ukrainian Air Force"_s}));
        QCOMPARE(drones->rows.size(), 2);
        // Two Air Force claims as of 29 February: the later tagged one.
        QCOMPARE(drones->rows[0].start, QDate(2024, 2, 1));
        QCOMPARE(drones->rows[0].stated[1]->claimId, fixture.sample.claims[u"d28"_s]);
        QVERIFY(!drones->rows[0].stated[0]);
        QCOMPARE(drones->rows[1].stated[0]->claimId, fixture.sample.claims[u"d45"_s]);
        const Result<Comparison> refused = comparer.compare(fixture.sample.drones, ComparisonPeriod::Month, 1.5);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::InvalidInput);
        fixture.close();
    }
};

QTEST_GUILESS_MAIN(TestClaimComparison)
#include "tst_claimcomparison.moc"
