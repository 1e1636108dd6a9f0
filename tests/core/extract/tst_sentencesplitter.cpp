#include "core/extract/sentencesplitter.h"

#include <QRandomGenerator>
#include <QTest>

#include <unicode/brkiter.h>
#include <unicode/locid.h>

#include <memory>
#include <vector>

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

    // SentenceBreaks runs ICU only around terminators; it must break exactly
    // where ICU over the whole text does. Random text over the characters
    // that matter to UAX #29: terminators of several scripts, closing
    // punctuation, spaces, separators (CR LF), combining marks and format
    // characters, upper, lower and other letters, digits, symbols, and
    // characters outside the BMP (a supplementary terminator among them).
    void breaksEqualIcuOverTheWholeText()
    {
        const QStringList pieces = {
            u"a"_qs, u"b"_qs, u"x"_qs, u"A"_qs, u"B"_qs, u"Z"_qs, u"5"_qs, u"0"_qs, u"."_qs, u"."_qs, u"."_qs, u"?"_qs,
            u"!"_qs, u","_qs, u";"_qs, u":"_qs, u"-"_qs, u"%"_qs, u"\""_qs, u"'"_qs, u"("_qs, u")"_qs, u"["_qs, u" "_qs,
            u" "_qs, u" "_qs, u"\t"_qs, u"\r"_qs, u"\n"_qs, u"\r\n"_qs, u"\u2029"_qs, u"\u0085"_qs, u"\u00a0"_qs,
            u"\u2019"_qs, u"\u201c"_qs, u"\u201d"_qs, u"\u00bb"_qs, u"\u0301"_qs, u"\u200d"_qs, u"\u00ad"_qs,
            u"\u3002"_qs, u"\uff0e"_qs, u"\u2024"_qs, u"\u0964"_qs, u"\u0130"_qs, u"\u00df"_qs, u"\u03a9"_qs,
            u"\u0628"_qs, u"\u2170"_qs, u"\u00aa"_qs, u"\U0001F600"_qs, u"\U00011047"_qs, u"\U0001D400"_qs,
            u"U.S."_qs, u"p.m."_qs, u"approx."_qs, u"2,000"_qs, u" people"_qs, u" The"_qs,
        };
        UErrorCode status = U_ZERO_ERROR;
        const std::unique_ptr<icu::BreakIterator> whole(
            icu::BreakIterator::createSentenceInstance(icu::Locale::getUS(), status));
        QVERIFY(U_SUCCESS(status));
        SentenceBreaks windowed;
        QRandomGenerator rng(20261126);
        for (int round = 0; round < 40000; ++round) {
            QString text;
            const int length = int(rng.bounded(1, 24));
            for (int k = 0; k < length; ++k)
                text += pieces[int(rng.bounded(qsizetype(pieces.size())))];
            const icu::UnicodeString icuText(false, reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
            whole->setText(icuText);
            std::vector<qsizetype> expected;
            for (int32_t b = whole->next(); b != icu::BreakIterator::DONE; b = whole->next())
                expected.push_back(b);
            std::vector<qsizetype> found;
            windowed.reset(text);
            for (qsizetype b = windowed.next(); b >= 0; b = windowed.next())
                found.push_back(b);
            if (found != expected) {
                QStringList e, f;
                for (qsizetype b : expected)
                    e.append(QString::number(b));
                for (qsizetype b : found)
                    f.append(QString::number(b));
                QFAIL(qPrintable(u"text %1: ICU breaks at %2, SentenceBreaks at %3"_qs.arg(
                    QString::fromLatin1(QByteArray(text.toUtf8()).toPercentEncoding()), e.join(u' '), f.join(u' '))));
            }
        }
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
