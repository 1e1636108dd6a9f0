// The language of a text and of each of its paragraphs: tags as SPEC's
// `extract --language` and an article's Language give them, detection from
// the text, and the pipeline each paragraph of a mixed text goes to.
#include "core/extract/figureextractor.h"
#include "core/extract/language.h"

#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

class TestLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tags_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<int>("language"); // -1: not one the extractor reads
        QTest::newRow("en") << u"en"_s << int(Language::English);
        QTest::newRow("region") << u"en-GB"_s << int(Language::English);
        QTest::newRow("uk") << u"uk"_s << int(Language::Ukrainian);
        QTest::newRow("uk_UA, upper case") << u"UK_UA"_s << int(Language::Ukrainian);
        QTest::newRow("ru") << u"ru"_s << int(Language::Russian);
        QTest::newRow("auto") << u"auto"_s << int(Language::Auto);
        QTest::newRow("none declared") << QString() << int(Language::Auto);
        QTest::newRow("German") << u"de"_s << -1;
        QTest::newRow("word") << u"ukrainian"_s << -1;
    }
    void tags()
    {
        QFETCH(QString, tag);
        QFETCH(int, language);
        const std::optional<Language> read = languageFromTag(tag);
        QCOMPARE(read ? int(*read) : -1, language);
        if (read && *read != Language::Auto)
            QCOMPARE(languageFromTag(languageTag(*read)), read);
    }

    void detects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("language");
        QTest::newRow("English") << u"Russia launched 805 drones overnight, the air force said."_s << int(Language::English);
        QTest::newRow("Ukrainian") << u"У ніч на 7 вересня Росія атакувала Україну 805 дронами, повідомили Повітряні сили."_s
                                   << int(Language::Ukrainian);
        QTest::newRow("Russian") << u"В ночь на 7 сентября Россия выпустила по Украине 805 беспилотников, сообщили ВВС."_s
                                 << int(Language::Russian);
        // Only function words tell these apart: no і ї є ґ, no ы э ъ ё.
        QTest::newRow("Ukrainian by its words") << u"Про це та інше"_s << int(Language::Ukrainian);
        QTest::newRow("Russian by its words") << u"Что это и как"_s << int(Language::Russian);
        QTest::newRow("Ukrainian report quoting English")
            << u"Генштаб повідомив про втрати. \"We see the numbers\", сказав він. Загалом втрати становлять 1 226 420 осіб."_s
            << int(Language::Ukrainian);
        QTest::newRow("English report naming a Ukrainian unit")
            << u"The unit, known as «Азов», said it had lost 40 vehicles in the last month of fighting."_s
            << int(Language::English);
        QTest::newRow("no letters") << u"1 226 420 (+1 150)"_s << int(Language::English);
    }
    void detects()
    {
        QFETCH(QString, text);
        QFETCH(int, language);
        QCOMPARE(int(detectLanguage(text)), language);
    }

    // Each paragraph by its own script: the English paragraph of a Ukrainian
    // report keeps English units, the Ukrainian one is not read by English
    // rules ("805" → "типу" was the complaint).
    void mixedTextReadsEachParagraphInItsLanguage()
    {
        const QString text = u"Росія випустила по Україні 805 дронів.\n\nThe air force said 747 drones were shot down.\n"_s;
        ExtractionContext context;
        context.language = Language::Ukrainian;
        const Extraction e = FigureExtractor().extract(text, context);
        QCOMPARE(e.figures.size(), 2);
        QCOMPARE(e.figures[0].text, u"805"_s);
        QCOMPARE(e.figures[0].start, text.indexOf(u"805"));
        QCOMPARE(e.figures[1].text, u"747"_s);
        QCOMPARE(e.figures[1].start, text.indexOf(u"747"));
        QCOMPARE(e.figures[1].unit, u"drones"_s);
        QCOMPARE(e.figures[1].claimant, u"air force"_s);
    }

    // One paragraph holding a sentence in each language (a bilingual post):
    // each sentence by its own rules; a short piece ("KN-23.") stays with
    // the sentence before it.
    void mixedParagraphReadsEachSentenceInItsLanguage()
    {
        const QString text = u"Over 400 drones were launched on 7 September, the Air Force reported. "
                             u"Понад 400 дронів запустила росія 7 вересня, повідомили Повітряні сили. Також KN-23. "
                             u"Збито 13 ракет."_s;
        const Extraction e = FigureExtractor().extract(text, PartialDate::fromIso(u"2025-09-08"_s));
        QCOMPARE(e.figures.size(), 3);
        QCOMPARE(e.figures[0].unit, u"drones"_s);
        QCOMPARE(e.figures[1].unit, u"дронів"_s);
        QCOMPARE(e.figures[1].qualifier, Qualifier::MoreThan);
        QCOMPARE(e.figures[2].unit, u"ракет"_s);
        QCOMPARE(e.dates.size(), 2);
        QCOMPARE(e.dates[1].text, u"7 вересня"_s);
    }

    // The declared language wins over detection: a Russian text declared
    // Ukrainian is read by the Cyrillic pipeline all the same, and an
    // English text declared Ukrainian keeps its English paragraphs English.
    void declaredLanguageOnlyChoosesAmongCyrillic()
    {
        const QString english = u"The ministry said 40 people were killed."_s;
        ExtractionContext context;
        context.language = Language::Ukrainian;
        const Extraction e = FigureExtractor().extract(english, context);
        QCOMPARE(e.figures.size(), 1);
        QCOMPARE(e.figures[0].unit, u"people"_s);
    }
};

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
