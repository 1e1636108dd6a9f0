#include "core/extract/textscan.h"

#include <QTest>

#include <string_view>

using namespace std::string_view_literals;

namespace Claimbench {

// The fast scanners must answer exactly as the Qt calls and plain list
// comparisons they stand in for: the extractor's results may not change.
class TestTextScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void indexOfLowerFindsWhatQtFinds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("needle");
        QTest::newRow("lower case") << u"the tally at the time was 40"_qs << u"at the time"_qs;
        QTest::newRow("capitals") << u"Revenue (In Thousands)"_qs << u"in thousands"_qs;
        QTest::newRow("inside a longer word") << u"that the time had come"_qs << u"at the time"_qs;
        QTest::newRow("first of two") << u"record, then RECORD"_qs << u"record"_qs;
        QTest::newRow("absent") << u"the committee met on Monday"_qs << u"statement"_qs;
        QTest::newRow("needle longer than text") << u"year"_qs << u"year ago"_qs;
        QTest::newRow("empty text") << QString() << u"record"_qs;
        // Characters outside ASCII whose case folding is an ASCII letter.
        QTest::newRow("kelvin sign") << u"we \u212Anow the figure"_qs << u"know"_qs;
        QTest::newRow("long s") << u"an official \u017Ftatement on it"_qs << u"statement"_qs;
        QTest::newRow("curly apostrophe") << u"Sales (\u2019000)"_qs << u"(\u2019000)"_qs;
        QTest::newRow("accented letter is no match") << u"interv\u00efews with"_qs << u"interviews"_qs;
    }

    void indexOfLowerFindsWhatQtFinds()
    {
        QFETCH(QString, text);
        QFETCH(QString, needle);
        const std::u16string_view lower(reinterpret_cast<const char16_t *>(needle.utf16()), size_t(needle.size()));
        QCOMPARE(TextScan::indexOfLower(text, lower), QStringView(text).indexOf(needle, 0, Qt::CaseInsensitive));
    }

    void wordListAnswersAsInList_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("listed") << u"were"_qs;
        QTest::newRow("listed, capitalised") << u"Were"_qs;
        QTest::newRow("listed, all capitals") << u"WILL"_qs;
        QTest::newRow("one letter") << u"a"_qs;
        QTest::newRow("same initials, other length") << u"wer"_qs;
        QTest::newRow("unlisted") << u"troops"_qs;
        QTest::newRow("empty") << QString();
        QTest::newRow("apostrophe second") << u"I'd"_qs;
        QTest::newRow("long s folds to s") << u"\u017Fhall"_qs;
        QTest::newRow("kelvin sign inside") << u"a\u212A"_qs;
        QTest::newRow("longer than the sieve") << u"internationalisationally-minded"_qs;
    }

    void wordListAnswersAsInList()
    {
        QFETCH(QString, word);
        static const TextScan::WordList kWords{u"were"sv, u"will"sv, u"shall"sv, u"a"sv, u"ak"sv};
        QCOMPARE(kWords.contains(word), TextScan::inList(word, {u"were"sv, u"will"sv, u"shall"sv, u"a"sv, u"ak"sv}));
    }

    void wordListFindsItsWords()
    {
        static const TextScan::WordList kWords{u"were"sv, u"will"sv, u"a"sv};
        QVERIFY(kWords.contains(u"Were"));
        QVERIFY(kWords.contains(u"A"));
        QVERIFY(!kWords.contains(u"wer"));
        QVERIFY(!kWords.contains(u"an"));
    }
};

} // namespace Claimbench

QTEST_GUILESS_MAIN(Claimbench::TestTextScan)
#include "tst_textscan.moc"
