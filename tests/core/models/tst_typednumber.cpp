#include "core/models/typednumber.h"

#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::optional<double>)

class TestTypedNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsNumbersAsTheLocaleWritesThem_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<std::optional<double>>("expected");
        const std::optional<double> none;
        const std::optional<double> n700k = 700000.0;
        QTest::newRow("plain digits") << u"en_US"_s << u"700000"_s << n700k;
        QTest::newRow("English grouping") << u"en_US"_s << u"700,000"_s << n700k;
        QTest::newRow("spaces around") << u"en_US"_s << u"  700,000 "_s << n700k;
        QTest::newRow("German grouping") << u"de_DE"_s << u"700.000"_s << n700k;
        QTest::newRow("German decimal comma") << u"de_DE"_s << u"0,7 million"_s << n700k;
        QTest::newRow("French grouping, space") << u"fr_FR"_s << u"700 000"_s << n700k;
        QTest::newRow("French grouping, narrow no-break space") << u"fr_FR"_s << u"700\u202F000"_s << n700k;
        QTest::newRow("scale word") << u"en_US"_s << u"0.7 million"_s << n700k;
        QTest::newRow("k suffix") << u"en_US"_s << u"700k"_s << n700k;
        QTest::newRow("English point is a decimal") << u"en_US"_s << u"700.5"_s << std::optional<double>(700.5);
        QTest::newRow("currency") << u"en_US"_s << u"$5bn"_s << std::optional<double>(5e9);
        QTest::newRow("negative") << u"en_US"_s << u"-12"_s << std::optional<double>(-12);
        QTest::newRow("a word") << u"en_US"_s << u"drones"_s << none;
        QTest::newRow("a number and a word") << u"en_US"_s << u"700 killed"_s << none;
        QTest::newRow("a range") << u"en_US"_s << u"20-30"_s << none;
        QTest::newRow("vague") << u"en_US"_s << u"dozens"_s << none;
        QTest::newRow("empty") << u"en_US"_s << u"  "_s << none;
        QTest::newRow("half a separator") << u"en_US"_s << u"700,"_s << none;
        QTest::newRow("beyond a double") << u"en_US"_s << (u"1"_s + u"0"_s.repeated(400)) << none;
        QTest::newRow("grouping not of three digits") << u"en_US"_s << u"70,00"_s << none;
    }
    void readsNumbersAsTheLocaleWritesThem()
    {
        QFETCH(QString, locale);
        QFETCH(QString, typed);
        QFETCH(std::optional<double>, expected);
        const std::optional<double> read = readTypedNumber(typed, QLocale(locale));
        QCOMPARE(read.has_value(), expected.has_value());
        if (expected)
            QCOMPARE(*read, *expected);
    }

    // A value field also takes what a locale or C reads as a plain number.
    void readEnteredNumberAlsoTakesPlainNumbers_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<std::optional<double>>("expected");
        const std::optional<double> none;
        QTest::newRow("scale word") << u"en_US"_s << u"1.2 million"_s << std::optional<double>(1.2e6);
        QTest::newRow("exponent") << u"en_US"_s << u"1e6"_s << std::optional<double>(1e6);
        QTest::newRow("pasted C number, German locale") << u"de_DE"_s << u"1000000.5"_s
                                                        << std::optional<double>(1000000.5);
        QTest::newRow("negative") << u"en_US"_s << u"-5"_s << std::optional<double>(-5);
        QTest::newRow("two points") << u"en_US"_s << u"1.2.3"_s << none;
        QTest::newRow("a unit, which has a field of its own") << u"en_US"_s << u"20 km"_s << none;
        QTest::newRow("a word") << u"en_US"_s << u"lots"_s << none;
        QTest::newRow("infinity") << u"en_US"_s << u"inf"_s << none;
        QTest::newRow("not a number") << u"en_US"_s << u"nan"_s << none;
    }
    void readEnteredNumberAlsoTakesPlainNumbers()
    {
        QFETCH(QString, locale);
        QFETCH(QString, typed);
        QFETCH(std::optional<double>, expected);
        const std::optional<double> read = readEnteredNumber(typed, QLocale(locale));
        QCOMPARE(read.has_value(), expected.has_value());
        if (expected)
            QCOMPARE(*read, *expected);
    }
};

QTEST_GUILESS_MAIN(TestTypedNumber)
#include "tst_typednumber.moc"
