#include "core/compare/comparisonfixture.h"
#include "core/models/comparisontablemodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QLocale>
#include <QTest>

using namespace Claimbench;
using namespace Claimbench::ComparisonFixture;
using namespace Qt::StringLiterals;

class TestComparisonTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    // Period, one column per claimant, the spread, the agreement; the row
    // that disagrees in bold.
    void rowsReadAsTheComparison()
    {
        ComparisonTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setComparison(ClaimComparer::compare(troopLosses(), ComparisonPeriod::Month, 0.1));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 6);
        QStringList headers;
        for (int column = 0; column < model.columnCount(); ++column)
            headers.append(model.headerData(column, Qt::Horizontal).toString());
        QCOMPARE(headers, (QStringList{u"Month"_s, u"General Staff"_s, u"UK MoD"_s, u"Ratio"_s, u"Difference"_s,
                                       u"Figures"_s}));
        const auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, 0), u"2024-03"_s);
        QCOMPARE(text(0, 1), u"300,000"_s);
        QCOMPARE(text(0, 2), u"500,000"_s);
        QCOMPARE(text(0, 3), u"1.67×"_s);
        QCOMPARE(text(0, 4), u"200,000"_s);
        QCOMPARE(text(0, 5), u"disagree"_s);
        QCOMPARE(text(1, 2), u"> 300,000"_s);
        QCOMPARE(text(1, 5), u"agree"_s);
        QVERIFY(model.index(0, 1).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.index(1, 1).data(Qt::FontRole).isValid());
        QVERIFY(model.index(0, 3).data(ComparisonTableModel::DisagreesRole).toBool());
        QCOMPARE(model.index(0, 1).data(ComparisonTableModel::ClaimIdRole).toLongLong(), 2);
        QCOMPARE(model.index(0, 0).data(ComparisonTableModel::ClaimIdRole).toLongLong(), 0);
        QCOMPARE(model.index(0, 4).data(ComparisonTableModel::SortRole).toDouble(), 200000.0);
        QCOMPARE(model.disagreements(), 1);
    }

    // A claimant's cell opens its quote beside the farthest other; any other
    // cell the row's least and most; a lone statement opens alone.
    void quotesToReadSideBySide()
    {
        ChartData data = troopLosses();
        data.series.append({.name = u"ISW"_s, .group = u"ISW"_s, .metric = data.title,
                            .points = {on(QDate(2024, 3, 10), 6, 450000), on(QDate(2024, 5, 1), 7, 320000)}});
        ComparisonTableModel model;
        model.setComparison(ClaimComparer::compare(data, ComparisonPeriod::Month, 0.1));
        using Pair = std::pair<qint64, qint64>;
        QCOMPARE(model.quotesFor(model.index(0, model.periodColumn())), (Pair{2, 4}));
        QCOMPARE(model.quotesFor(model.index(0, model.agreementColumn())), (Pair{2, 4}));
        QCOMPARE(model.quotesFor(model.index(0, 1)), (Pair{2, 4}));  // 300,000: 500,000 is farthest
        QCOMPARE(model.quotesFor(model.index(0, 2)), (Pair{4, 2}));
        QCOMPARE(model.quotesFor(model.index(0, 3)), (Pair{6, 2}));  // 450,000: 300,000 is farther than 500,000
        QCOMPARE(model.quotesFor(model.index(2, 0)), (Pair{7, 0}));  // May: ISW alone
        QCOMPARE(model.quotesFor(model.index(2, 1)), (Pair{7, 0}));  // an empty cell stands for its row
        QCOMPARE(model.quotesFor({}), (Pair{0, 0}));
    }

    // Ranges and qualifiers as the analyst reads them; weeks as ISO weeks.
    void statementsAndPeriodsRead()
    {
        QCOMPARE(statedText(stated(25000, Qualifier::None, 20000, 30000), QLocale::c()), u"20000 to 30000"_s);
        QCOMPARE(statedText(stated(310000, Qualifier::Approximately), QLocale()), u"approximately 310,000"_s);
        ComparisonTableModel model;
        ChartData ranged = troopLosses();
        ranged.series[0].points[1] = on(QDate(2024, 3, 20), 2, 25000);
        ranged.series[0].points[1].low = 20000;
        ranged.series[0].points[1].high = 30000;
        ranged.series[1].points[0].qualifier = Qualifier::UpTo;
        model.setComparison(ClaimComparer::compare(ranged, ComparisonPeriod::Month, 0.1));
        QCOMPARE(model.index(0, 1).data().toString(), u"20,000–30,000"_s);
        QCOMPARE(model.index(0, 2).data().toString(), u"≤ 500,000"_s);
        QCOMPARE(periodLabel(QDate(2024, 12, 30), ComparisonPeriod::Week), u"2025-W01"_s);
        model.setComparison(ClaimComparer::compare(troopLosses(), ComparisonPeriod::Week, 0.1));
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"Week"_s);
        QCOMPARE(model.index(0, 0).data().toString(), u"2024-W09"_s);
        QCOMPARE(model.index(0, 0).data(ComparisonTableModel::SortRole).toDate(), QDate(2024, 2, 26));
    }
};

QTEST_GUILESS_MAIN(TestComparisonTableModel)
#include "tst_comparisontablemodel.moc"
