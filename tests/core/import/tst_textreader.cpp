#include "core/import/boilerplate.h"
#include "core/import/datetext.h"
#include "core/import/textreader.h"

#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

class TestTextReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void layouts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("body");

        QTest::newRow("header block")
            << u"Title: Drones downed\nOutlet: Example News\nURL: https://example.org/a\nPublished: 2025-06-13\n"
               "Language: en\n\nBody line one.\n\nSecond paragraph."_s
            << u"Drones downed"_s << u"Example News"_s << u"https://example.org/a"_s << u"2025-06-13"_s << u"en"_s
            << u"Body line one.\n\nSecond paragraph."_s;
        QTest::newRow("header block, date unknown")
            << u"Title: T\nPublished: unknown\n\nText."_s << u"T"_s << QString() << QString() << QString()
            << QString() << u"Text."_s;
        QTest::newRow("header block, body keeps leading blank line")
            << u"Title: T\n\n\nText."_s << u"T"_s << QString() << QString() << QString() << QString() << u"\nText."_s;
        QTest::newRow("header block, CRLF")
            << u"Title: T\r\nLanguage: uk\r\n\r\nText.\r\n"_s << u"T"_s << QString() << QString() << QString()
            << u"uk"_s << u"Text."_s;
        QTest::newRow("header block, CR only, body keeps its line ends")
            << u"Title: Floods recede\rOutlet: Example Wire\rPublished: 2024-05-02\r\rFirst line.\r\rSecond."_s
            << u"Floods recede"_s << u"Example Wire"_s << QString() << u"2024-05-02"_s << QString()
            << u"First line.\r\rSecond."_s;
        QTest::newRow("saved page, CR only: title is the first line")
            << u"River levels fall\r\r3 May 2024\rBody."_s << u"River levels fall"_s << QString() << QString()
            << u"2024-05-03"_s << QString() << u"River levels fall\r\r3 May 2024\rBody."_s;
        QTest::newRow("saved page: title, date line, whole text kept")
            << u"Losses top 1 million\n\n\u00A0June 13, 2025\n\nBody text."_s << u"Losses top 1 million"_s
            << QString() << QString() << u"2025-06-13"_s << QString()
            << u"Losses top 1 million\n\n\u00A0June 13, 2025\n\nBody text."_s;
        QTest::newRow("saved page, day-first date")
            << u"Title line\n13 June 2025\nBody."_s << u"Title line"_s << QString() << QString() << u"2025-06-13"_s
            << QString() << u"Title line\n13 June 2025\nBody."_s;
        QTest::newRow("not a header: unknown key")
            << u"Title: x\nMood: fine\n\nText"_s << u"Title: x"_s << QString() << QString() << QString()
            << QString() << u"Title: x\nMood: fine\n\nText"_s;
        QTest::newRow("header block with a field of its own")
            << u"Title: Storm toll rises\nOutlet: Example Wire\nPublished: 2024-03-02\nGenre: wire\n"
               "Section-Name: World\n\nRescuers found 12 more."_s
            << u"Storm toll rises"_s << u"Example Wire"_s << QString() << u"2024-03-02"_s << QString()
            << u"Rescuers found 12 more."_s;
        QTest::newRow("not a header: own field, title not first")
            << u"Genre: wire\nTitle: x\nOutlet: y\n\nText"_s << u"Genre: wire"_s << QString() << QString()
            << QString() << QString() << u"Genre: wire\nTitle: x\nOutlet: y\n\nText"_s;
        QTest::newRow("not a header: key of two words")
            << u"Title: x\nOutlet: y\nWhat we know: little\n\nText"_s << u"Title: x"_s << QString()
            << QString() << QString() << QString() << u"Title: x\nOutlet: y\nWhat we know: little\n\nText"_s;
        QTest::newRow("trailing boilerplate cut")
            << u"Headline\n\nSome 63 drones.\n\nMost Recent Stories\n\nLeave a Reply\n\nYour email address will "
               "not be published. Required fields are marked *\n\nCopyright 2024, Thin Line News LLC"_s
            << u"Headline"_s << QString() << QString() << QString() << QString()
            << u"Headline\n\nSome 63 drones."_s;
        QTest::newRow("copyright sign line cut")
            << u"Title: T\n\nText.\n© 2025 Example Media. All rights reserved.\n"_s << u"T"_s << QString()
            << QString() << QString() << QString() << u"Text."_s;
        QTest::newRow("boilerplate words inside content kept")
            << u"Title: T\n\nRelated to the war, 40 people left.\nThe end."_s << u"T"_s << QString() << QString()
            << QString() << QString() << u"Related to the war, 40 people left.\nThe end."_s;
    }
    void layouts()
    {
        QFETCH(QString, text);
        const Article article = TextReader::parse(text);
        QTEST(article.title, "title");
        QTEST(article.outlet, "outlet");
        QTEST(article.url, "url");
        QTEST(article.published.toIso(), "published");
        QTEST(article.language, "language");
        QTEST(article.body, "body");
    }

    void boilerplateOnlyAtTheEnd()
    {
        const QString text = u"Leave a Reply\nReal paragraph that stays.\nCopyright 2024, X"_s;
        QCOMPARE(text.left(trailingBoilerplateStart(text)), u"Leave a Reply\nReal paragraph that stays."_s);
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("whole");
        QTest::addColumn<QString>("iso");
        QTest::newRow("iso day") << u"2025-06-13"_s << true << u"2025-06-13"_s;
        QTest::newRow("iso datetime") << u"2025-06-13T23:30:00-05:00"_s << false << u"2025-06-13"_s;
        QTest::newRow("iso month") << u"2024-10"_s << true << u"2024-10"_s;
        QTest::newRow("slashes") << u"2019/01/07"_s << true << u"2019-01-07"_s;
        QTest::newRow("month first") << u"June 13, 2025"_s << true << u"2025-06-13"_s;
        QTest::newRow("abbreviated") << u"Sept. 3, 2024"_s << true << u"2024-09-03"_s;
        QTest::newRow("every abbreviation takes a full stop") << u"Jun. 3, 2024"_s << true << u"2024-06-03"_s;
        QTest::newRow("abbreviation, no full stop") << u"3 Sep 2024"_s << true << u"2024-09-03"_s;
        QTest::newRow("weekday") << u"Friday, June 13, 2025"_s << true << u"2025-06-13"_s;
        QTest::newRow("rfc 2822") << u"Fri, 13 Jun 2025 10:00:00 GMT"_s << false << u"2025-06-13"_s;
        QTest::newRow("ordinal") << u"13th June 2025"_s << true << u"2025-06-13"_s;
        QTest::newRow("month year") << u"October 2024"_s << true << u"2024-10"_s;
        QTest::newRow("nbsp padded") << u"\u00A0June 13, 2025 "_s << true << u"2025-06-13"_s;
        QTest::newRow("sentence is not a date line") << u"June 13, 2025 was a hot day"_s << true << QString();
        QTest::newRow("prefix allowed when not whole") << u"June 13, 2025 10:30 AM"_s << false << u"2025-06-13"_s;
        QTest::newRow("invalid day") << u"2025-02-30"_s << true << QString();
        QTest::newRow("unknown") << u"unknown"_s << false << QString();
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(bool, whole);
        QTEST(parseDateText(text, whole).toIso(), "iso");
    }
};

QTEST_GUILESS_MAIN(TestTextReader)
#include "tst_textreader.moc"
