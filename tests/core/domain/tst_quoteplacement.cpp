#include "core/domain/quoteplacement.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace Claimbench;

class TestQuotePlacement : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeQuote_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");

        const QString a40 = QString(40, u'a');
        const QString b40 = QString(40, u'b');
        QTest::newRow("middle of a long body")
            << a40 + u"42 tonnes"_s + b40 << 40 << 49 << u"42 tonnes"_s << QString(kQuoteContextLength, u'a')
            << QString(kQuoteContextLength, u'b');
        QTest::newRow("short context at the start and end")
            << u"It rose by 7% last year."_s << 11 << 13 << u"7%"_s << u"It rose by "_s << u" last year."_s;
        QTest::newRow("whole body") << u"12 dead"_s << 0 << 7 << u"12 dead"_s << QString() << QString();
        QTest::newRow("caret keeps an empty quote") << u"ab|cd"_s << 2 << 2 << QString() << u"ab"_s << u"|cd"_s;
        QTest::newRow("empty body") << QString() << 0 << 0 << QString() << QString() << QString();
        // Offsets are UTF-16 code units: a surrogate pair counts twice.
        QTest::newRow("surrogate pair before the quote")
            << u"\U0001F600 5 km"_s << 3 << 7 << u"5 km"_s << u"\U0001F600 "_s << QString();
        QTest::newRow("context exactly the kept length")
            << QString(kQuoteContextLength, u'x') + u"9"_s + QString(kQuoteContextLength, u'y') << kQuoteContextLength
            << kQuoteContextLength + 1 << u"9"_s << QString(kQuoteContextLength, u'x')
            << QString(kQuoteContextLength, u'y');
    }
    void placeQuote()
    {
        QFETCH(QString, body);
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(QString, quote);
        QFETCH(QString, before);
        QFETCH(QString, after);
        Claim claim;
        claim.unit = u"kept"_s;
        claim.contextBefore = u"stale"_s;
        Claimbench::placeQuote(claim, body, start, end);
        QCOMPARE(claim.start, start);
        QCOMPARE(claim.end, end);
        QCOMPARE(claim.quote, quote);
        QCOMPARE(claim.contextBefore, before);
        QCOMPARE(claim.contextAfter, after);
        QCOMPARE(claim.unit, u"kept"_s);
    }

    void nearestOccurrence_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<int>("near");
        QTest::addColumn<int>("found");

        const QString body = u"12 dead. Then 12 dead. Later 12 dead."_s; // at 0, 14 and 29
        QTest::newRow("absent") << body << u"13 dead"_s << 0 << -1;
        QTest::newRow("empty quote") << body << QString() << 0 << -1;
        QTest::newRow("from the start, the first") << body << u"12 dead"_s << 0 << 0;
        QTest::newRow("exactly at one") << body << u"12 dead"_s << 14 << 14;
        QTest::newRow("nearer the second") << body << u"12 dead"_s << 20 << 14;
        QTest::newRow("nearer the third") << body << u"12 dead"_s << 23 << 29;
        QTest::newRow("as near as two, the earlier") << body << u"12 dead"_s << 7 << 0;
        QTest::newRow("past the end, the last") << body << u"12 dead"_s << 1000 << 29;
        QTest::newRow("before the start, the first") << body << u"12 dead"_s << -50 << 0;
        QTest::newRow("overlapping occurrences") << u"aaaa"_s << u"aa"_s << 2 << 2;
    }
    void nearestOccurrence()
    {
        QFETCH(QString, body);
        QFETCH(QString, quote);
        QFETCH(int, near);
        QFETCH(int, found);
        QCOMPARE(Claimbench::nearestOccurrence(body, quote, near), qsizetype(found));
    }

    // A score outranks nearness, which only breaks its ties.
    void nearestOccurrenceScored_data()
    {
        QTest::addColumn<int>("near");
        QTest::addColumn<QList<int>>("scored"); // the occurrences that score 1, the rest 0
        QTest::addColumn<int>("found");

        QTest::newRow("far but better") << 0 << QList<int>{29} << 29;
        QTest::newRow("tie among the best, the nearer") << 20 << QList<int>{0, 29} << 29;
        QTest::newRow("no score, the nearest") << 20 << QList<int>{} << 14;
    }
    void nearestOccurrenceScored()
    {
        QFETCH(int, near);
        QFETCH(QList<int>, scored);
        QFETCH(int, found);
        const QString body = u"12 dead. Then 12 dead. Later 12 dead."_s;
        const auto score = [&](qsizetype start) { return scored.contains(int(start)) ? 1 : 0; };
        QCOMPARE(Claimbench::nearestOccurrence(body, u"12 dead"_s, near, score), qsizetype(found));
    }
};

QTEST_GUILESS_MAIN(TestQuotePlacement)
#include "tst_quoteplacement.moc"
