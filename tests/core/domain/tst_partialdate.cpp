#include "core/domain/partialdate.h"
#include "core/domain/claim.h"

#include <QTest>

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
    void monthPrecisionNormalizesDay()
    {
        const PartialDate d(QDate(2024, 10, 17), DatePrecision::Month);
        QCOMPARE(d.date(), QDate(2024, 10, 1));
        QCOMPARE(d, PartialDate::month(2024, 10));
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
