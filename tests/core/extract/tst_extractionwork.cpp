#include "core/extract/figureextractor.h"
#include "core/extract/textscan.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Claimbench {

class TestExtractionWork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Regression: a 140 KB "sentence" of figures (a table flattened without
    // punctuation) took seconds, because every figure's date lookup scanned
    // its whole clause, every date of the sentence and every figure. Work is
    // counted in characters tested for a space and look-back steps, not timed:
    // doubling the input must at most about double it (quadratic work would
    // quadruple it).
    void sentenceOfFiguresCostsLinearWork_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<int>("figuresPerUnit");
        QTest::newRow("shares") << u"one in two in "_s << 1;
        QTest::newRow("compound numerals") << u"4 thousand 3 hundred and "_s << 1;
        QTest::newRow("figures and dates") << u"5 in 2021 "_s << 1;
        QTest::newRow("periods and dates") << u"since 2020 5 people in March 2021 "_s << 1;
        QTest::newRow("clauses") << u"1,200 km, with 20% but "_s << 2;
        // Figures without a letter between them: each figure's look-back
        // for a measure phrase walked to the sentence's start.
        QTest::newRow("bare figures") << u"5 "_s << 1;
        QTest::newRow("comma-joined digits") << u"1,"_s << 1;
        QTest::newRow("bracketed figures") << u"5 (6) "_s << 2;
        QTest::newRow("thousands") << u"1,000 "_s << 1;
        // Ukrainian and Russian (told from the text): the Cyrillic pipeline
        // reads lists, number words, dates and sources of its own.
        QTest::newRow("uk loss list on one line") << u"танки — 9419 (+20), "_s << 2;
        QTest::newRow("uk number words") << u"п'ять тисяч дронів і "_s << 1;
        QTest::newRow("uk space-grouped digits") << u"1 226 420 осіб та "_s << 1;
        QTest::newRow("uk figures and dates") << u"5 дронів 7 вересня 2025 року та "_s << 1;
        QTest::newRow("uk sources") << u"за даними Генштабу 5 дронів, "_s << 1;
        QTest::newRow("ru ranges and hedges") << u"около от 400 до 500 ракет и "_s << 1;
    }
    void sentenceOfFiguresCostsLinearWork()
    {
        QFETCH(QString, unit);
        QFETCH(int, figuresPerUnit);
        const FigureExtractor extractor;
        qsizetype figures = 0;
        const auto workFor = [&](int count) {
            const quint64 before = TextScan::spaceTests + TextScan::lookBackSteps;
            figures = extractor.extract(unit.repeated(count)).figures.size();
            return TextScan::spaceTests + TextScan::lookBackSteps - before;
        };
        const quint64 single = workFor(2000);
        QCOMPARE(figures, 2000 * figuresPerUnit);
        const quint64 twice = workFor(4000);
        QCOMPARE(figures, 4000 * figuresPerUnit);
        QVERIFY(single > 0);
        QVERIFY2(double(twice) < 2.3 * double(single),
                 qPrintable(u"%1 characters tested and look-back steps for 2,000 units, %2 for 4,000"_s.arg(single).arg(twice)));
    }
};

} // namespace Claimbench

QTEST_GUILESS_MAIN(Claimbench::TestExtractionWork)
#include "tst_extractionwork.moc"
