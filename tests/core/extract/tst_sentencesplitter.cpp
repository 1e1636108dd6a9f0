#include "core/extract/sentencesplitter.h"

#include <QTest>

using namespace Claimbench;

class TestSentenceSplitter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void split_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // sentences joined with " | "

        QTest::newRow("initialism") << u"The U.K. Defense Ministry said 250,000 were killed. Kyiv disagreed."_qs
                                    << u"The U.K. Defense Ministry said 250,000 were killed. | Kyiv disagreed."_qs;
        QTest::newRow("titles") << u"Mr. Smith met Gen. Syrskyi and Lt. Col. Ivanenko. They talked."_qs
                                << u"Mr. Smith met Gen. Syrskyi and Lt. Col. Ivanenko. | They talked."_qs;
        QTest::newRow("month abbreviation") << u"On Jan. 5 the talks resumed. Nothing changed."_qs
                                            << u"On Jan. 5 the talks resumed. | Nothing changed."_qs;
        QTest::newRow("approx and No.") << u"It cost approx. 300 million. No. 3 was next."_qs
                                        << u"It cost approx. 300 million. | No. 3 was next."_qs;
        QTest::newRow("U.S. and U.N.") << u"The U.S. Army and the U.N. agreed."_qs << u"The U.S. Army and the U.N. agreed."_qs;
        QTest::newRow("p.m.") << u"He left at 5 p.m. on Friday. She stayed."_qs << u"He left at 5 p.m. on Friday. | She stayed."_qs;
        QTest::newRow("decimal") << u"Prices rose 2.5%. Wages fell."_qs << u"Prices rose 2.5%. | Wages fell."_qs;
        QTest::newRow("line breaks") << u"Headline without stop\nBody one. Body two."_qs
                                     << u"Headline without stop | Body one. | Body two."_qs;
        QTest::newRow("question and quote") << u"Why? \u201cBecause,\u201d he said. Done!"_qs
                                            << u"Why? | \u201cBecause,\u201d he said. | Done!"_qs;
        QTest::newRow("surrogates") << u"\U0001F600 One. Two."_qs << u"\U0001F600 One. | Two."_qs;
        QTest::newRow("empty") << u""_qs << u""_qs;
    }
    void split()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        static const SentenceSplitter splitter;
        QStringList parts;
        for (const TextSpan &s : splitter.split(text))
            parts.append(text.mid(s.start, s.end - s.start));
        QCOMPARE(parts.join(u" | "), expected);
    }

    // A cursor left half-read and started on another text reads that one
    // exactly as split() does.
    void cursorReadsAsSplitDoes_data() { split_data(); }
    void cursorReadsAsSplitDoes()
    {
        QFETCH(QString, text);
        static const SentenceSplitter splitter;
        SentenceCursor cursor;
        cursor.reset(u"First sentence. Second one. Third."_qs);
        QVERIFY(cursor.next().has_value());
        cursor.reset(text);
        QList<TextSpan> read;
        while (const auto s = cursor.next())
            read.append(*s);
        QVERIFY(!cursor.next().has_value());
        const QList<TextSpan> whole = splitter.split(text);
        QCOMPARE(read.size(), whole.size());
        for (qsizetype k = 0; k < read.size(); ++k) {
            QCOMPARE(read[k].start, whole[k].start);
            QCOMPARE(read[k].end, whole[k].end);
        }
    }
};

QTEST_GUILESS_MAIN(TestSentenceSplitter)
#include "tst_sentencesplitter.moc"
