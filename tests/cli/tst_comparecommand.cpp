#include "cli/comparecommand.h"
#include "common/bundledsample.h"
#include "common/freshprojects.h"
#include "common/resultcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

const QString kCasualties = u"Russian military casualties (killed and wounded)"_s;

} // namespace

// `claimbench-cli compare` on the sample project that scripts/run.sh opens.
class TestCompareCommand : public QObject
{
    Q_OBJECT
private:
    FreshProjects m_projects;
    QString m_project;

private Q_SLOTS:
    void initTestCase()
    {
        const Result<QString> sample = makeBundledSample(m_projects);
        CLAIMBENCH_VERIFY_OK(sample);
        m_project = *sample;
    }

    // A month's row: each claimant's latest figure as text, the spread over
    // them, and the mark where two cannot both be right.
    void monthsAsCsv()
    {
        const CliRun run = runCli({u"compare"_s, m_project, u"--metric"_s, kCasualties});
        QCOMPARE(run.status, 0);
        QCOMPARE(run.err, QString());
        QCOMPARE(run.lines.first(),
                 u"period,CSIS,French government,General Staff of the Armed Forces of Ukraine,UK Delegation to the "
                 "OSCE,UK Ministry of Defence,US intelligence,Ukrainian Ministry of Defence,ratio,difference,"
                 "disagrees\r"_s);
        // December 2023: 351,350 against 315,000 is 10.3 % of the larger.
        QVERIFY(run.lines.contains(u"2023-12,,,351350,more than 300000,,315000,,1.1711666666666667,51350,true\r"_s));
        QVERIFY(run.lines.contains(u"2024-04,,,approximately 459530,,approximately 450000,,,1.0211777777777777,9530,"
                                   "false\r"_s));
        // At 20 %, December agrees too.
        const CliRun lenient = runCli({u"compare"_s, m_project, u"--metric"_s, kCasualties, u"--threshold"_s, u"20"_s});
        QCOMPARE(lenient.status, 0);
        QVERIFY(lenient.lines.contains(u"2023-12,,,351350,more than 300000,,315000,,1.1711666666666667,51350,false\r"_s));
    }

    void weeksAsJson()
    {
        const CliRun run = runCli({u"compare"_s, m_project, u"--metric"_s, u"russian military deaths"_s, u"--period"_s,
                                   u"week"_s, u"--format"_s, u"json"_s});
        QCOMPARE(run.status, 0);
        const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QVERIFY(!rows.isEmpty());
        for (const QJsonValue &row : rows)
            QVERIFY(row.toObject().value(u"period"_s).toString().contains(u"-W"_s));
        // A week of two day-dated statements: a range (text) and a figure as
        // stated (a number).
        const auto w32 = std::ranges::find_if(rows, [](const QJsonValue &row) {
            return row.toObject().value(u"period"_s) == u"2025-W32"_s;
        });
        QVERIFY(w32 != rows.end());
        const QJsonObject week = (*w32).toObject();
        QCOMPARE(week.value(u"Experts cited by BBC Russian and Mediazona"_s), QJsonValue(u"189000 to 273000"_s));
        QCOMPARE(week.value(u"Mediazona and BBC Russian"_s), QJsonValue(122883));
        QCOMPARE(week.value(u"CSIS"_s), QJsonValue(QJsonValue::Null));
        QCOMPARE(week.value(u"difference"_s), QJsonValue(108117));
        QCOMPARE(week.value(u"disagrees"_s), QJsonValue(true));
        // Cold test: figures dated only by month were pinned to the 1st and
        // compared as one week's ("2024-02" against "2024-02"); left out, counted.
        QVERIFY(std::ranges::none_of(rows, [](const QJsonValue &row) {
            return row.toObject().value(u"period"_s) == u"2024-W05"_s;
        }));
        QCOMPARE(run.err, u"8 of the statements are dated less precisely than a week and are left out\n"_s);
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("no metric") << QStringList{} << 1 << u"--metric is required"_s;
        QTest::newRow("unknown metric") << QStringList{u"--metric"_s, u"Tanks"_s} << 2
                                        << u"there is no metric named \"Tanks\""_s;
        QTest::newRow("period") << QStringList{u"--metric"_s, kCasualties, u"--period"_s, u"year"_s} << 1
                                << u"year"_s;
        QTest::newRow("threshold over 100") << QStringList{u"--metric"_s, kCasualties, u"--threshold"_s, u"150"_s}
                                            << 1 << u"--threshold must be a percentage from 0 to 100"_s;
        QTest::newRow("threshold not a number") << QStringList{u"--metric"_s, kCasualties, u"--threshold"_s, u"ten"_s}
                                                << 1 << u"--threshold must be a percentage from 0 to 100"_s;
    }
    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, status);
        QFETCH(QString, message);
        const CliRun run = runCli(QStringList{u"compare"_s, m_project} + arguments);
        QCOMPARE(run.status, status);
        QCOMPARE(run.out, QString());
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void aMissingProjectIsBadInput()
    {
        const CliRun run = runCli({u"compare"_s, m_projects.filePath(u"none.claimbench"_s), u"--metric"_s, kCasualties});
        QCOMPARE(run.status, 2);
        QCOMPARE(run.err.count(u'\n'), 1);
    }
};

QTEST_GUILESS_MAIN(TestCompareCommand)
#include "tst_comparecommand.moc"
