#include "core/domain/partialdate.h"
#include "core/domain/claim.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace Claimbench;

class TestPartialDate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void isoRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("precision");
        QTest::addColumn<QString>("iso");
        QTest::newRow("day") << "2025-06-12" << int(DatePrecision::Day) << "2025-06-12";
        QTest::newRow("month") << "2024-10" << int(DatePrecision::Month) << "2024-10";
        QTest::newRow("year") << "2022" << int(DatePrecision::Year) << "2022";
        QTest::newRow("bad month") << "2024-13" << int(DatePrecision::Unknown) << "";
        QTest::newRow("bad day") << "2025-02-30" << int(DatePrecision::Unknown) << "";
        QTest::newRow("text") << "unknown" << int(DatePrecision::Unknown) << "";
        QTest::newRow("empty") << "" << int(DatePrecision::Unknown) << "";
    }
    void isoRoundTrip()
    {
        QFETCH(QString, text);
        QFETCH(int, precision);
        QFETCH(QString, iso);
        const PartialDate d = PartialDate::fromIso(text);
        QCOMPARE(int(d.precision()), precision);
        QCOMPARE(d.toIso(), iso);
    }
    // Found by the cold hostile test: "next year" published 9999-12-31 gave
    // "10000", "last month" in year 1 "-0001-12".
    void yearsOutsideOneTo9999AreNoDate()
    {
        QVERIFY(PartialDate::year(10000).isNull());
        QVERIFY(PartialDate::month(10000, 1).isNull());
        QVERIFY(PartialDate(QDate(-1, 12, 1), DatePrecision::Month).isNull());
        QVERIFY(PartialDate(QDate(9999, 12, 31).addDays(1), DatePrecision::Day).isNull());
        QCOMPARE(PartialDate::day(9999, 12, 31).toIso(), u"9999-12-31"_s);
        QCOMPARE(PartialDate::year(1).toIso(), u"0001"_s);
    }
    void monthPrecisionNormalizesDay()
    {
        const PartialDate d(QDate(2024, 10, 17), DatePrecision::Month);
        QCOMPARE(d.date(), QDate(2024, 10, 1));
        QCOMPARE(d, PartialDate::month(2024, 10));
    }
    // Issue 20, bug 5: a month showed as "Monday, 1 December 2025".
    void displayStringIsNoMorePreciseThanTheDate_data()
    {
        QTest::addColumn<PartialDate>("date");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("russian");
        QTest::newRow("year") << PartialDate::year(2025) << u"2025"_s << u"2025"_s;
        QTest::newRow("month") << PartialDate::month(2025, 12) << u"December 2025"_s << u"декабрь 2025"_s;
        QTest::newRow("day") << PartialDate::day(2025, 12, 1) << u"Monday, 1 December 2025"_s
                             << u"понедельник, 1 декабря 2025 г."_s;
        QTest::newRow("unknown") << PartialDate() << QString() << QString();
    }
    void displayStringIsNoMorePreciseThanTheDate()
    {
        QFETCH(PartialDate, date);
        QFETCH(QString, english);
        QFETCH(QString, russian);
        QCOMPARE(date.toDisplayString(QLocale(QLocale::English, QLocale::UnitedKingdom)), english);
        QCOMPARE(date.toDisplayString(QLocale(QLocale::Russian)), russian);
    }

    void qualifierNamesRoundTrip()
    {
        for (auto q : {Qualifier::Approximately, Qualifier::MoreThan, Qualifier::AtLeast,
                       Qualifier::LessThan, Qualifier::AtMost, Qualifier::UpTo})
            QCOMPARE(qualifierFromName(qualifierName(q)), q);
        QCOMPARE(qualifierFromName(u"nonsense"), Qualifier::None);
        QCOMPARE(claimStatusFromName(u"disputed"), ClaimStatus::Disputed);
        QVERIFY(!claimStatusFromName(u"maybe").has_value());
    }
};

QTEST_GUILESS_MAIN(TestPartialDate)
#include "tst_partialdate.moc"
