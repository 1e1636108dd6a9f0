#include "core/import/odtreader.h"
#include "core/import/readerregistry.h"

#include "core/import/zipwriter.h"

#include <QTest>

using namespace Claimbench;
using namespace Claimbench::Testing;
using namespace Qt::StringLiterals;

namespace {

QByteArray contentXml(const QByteArray &text, const QByteArray &prolog = {})
{
    return R"(<?xml version="1.0" encoding="UTF-8"?>)"_ba + prolog
        + R"(<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" )"
          R"(xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" )"
          R"(xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" )"
          R"(xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3">)"
          R"(<office:automatic-styles/><office:body><office:text>)"
        + text + "</office:text></office:body></office:document-content>";
}

// An OpenDocument package: the stored "mimetype" first, as the format requires.
QByteArray odt(const QByteArray &content, const QList<ZipEntry> &otherParts = {})
{
    QList<ZipEntry> entries{{u"mimetype"_s, "application/vnd.oasis.opendocument.text", true}};
    if (!content.isNull())
        entries.append({u"content.xml"_s, content, false});
    entries += otherParts;
    entries.append({u"META-INF/manifest.xml"_s, "<manifest/>", false});
    return makeZip(entries);
}

Result<Article> read(const QByteArray &bytes)
{
    return OdtReader().read(bytes, {});
}

} // namespace

class TestOdtReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void body_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("body");
        QTest::newRow("heading and paragraphs")
            << "<text:h text:outline-level=\"1\">Report</text:h><text:p>First  \n  line.</text:p><text:p/>"
               "<text:p>Second</text:p>"_ba
            << u"Report\n\nFirst line.\n\nSecond"_s;
        QTest::newRow("spaces, tab, line break")
            << "<text:p>a<text:s text:c=\"3\"/>b<text:tab/>c<text:line-break/>d <text:span>e</text:span></text:p>"_ba
            << u"a   b\tc d e"_s;
        QTest::newRow("list items")
            << "<text:list><text:list-item><text:p>12 tanks</text:p></text:list-item>"
               "<text:list-item><text:p>3 aircraft</text:p><text:list><text:list-item><text:p>2 helicopters</text:p>"
               "</text:list-item></text:list></text:list-item></text:list>"_ba
            << u"12 tanks\n\n3 aircraft\n\n2 helicopters"_s;
        QTest::newRow("table: a line per row, cells by tabs")
            << "<text:p>Before</text:p><table:table table:name=\"T\"><table:table-column/>"
               "<table:table-header-rows><table:table-row><table:table-cell><text:p>Region</text:p></table:table-cell>"
               "<table:table-cell><text:p>Killed</text:p></table:table-cell></table:table-row></table:table-header-rows>"
               "<table:table-row><table:table-cell><text:p>Kharkiv</text:p><text:p>oblast</text:p></table:table-cell>"
               "<table:table-cell><text:p>12</text:p></table:table-cell></table:table-row></table:table>"
               "<text:p>After</text:p>"_ba
            << u"Before\n\nRegion\tKilled\nKharkiv oblast\t12\n\nAfter"_s;
        QTest::newRow("notes after the text")
            << "<text:p>Kyiv said 40<text:note text:id=\"ftn1\" text:note-class=\"footnote\">"
               "<text:note-citation>1</text:note-citation><text:note-body><text:p>Ministry, 1 May.</text:p>"
               "</text:note-body></text:note> and Moscow 12<text:note text:id=\"ftn2\" text:note-class=\"endnote\">"
               "<text:note-citation>i</text:note-citation><text:note-body><text:p>TASS.</text:p></text:note-body>"
               "</text:note>.</text:p><text:p>More.</text:p>"_ba
            << u"Kyiv said 40[1] and Moscow 12[i].\n\nMore.\n\n[1] Ministry, 1 May.\n[i] TASS."_s;
        QTest::newRow("comments and deleted changes left out")
            << "<text:tracked-changes><text:changed-region text:id=\"c1\"><text:deletion><text:p>300</text:p>"
               "</text:deletion></text:changed-region></text:tracked-changes>"
               "<text:p>About <text:change text:change-id=\"c1\"/>350 drones<office:annotation><dc:creator>Ed</dc:creator>"
               "<text:p>check</text:p></office:annotation></text:p>"_ba
            << u"About 350 drones"_s;
    }
    void body()
    {
        QFETCH(QByteArray, xml);
        const auto article = read(odt(contentXml(xml)));
        QVERIFY2(article, article ? "" : qPrintable(article.error().toString()));
        QTEST(article->body, "body");
    }

    void metadataFromMeta_data()
    {
        QTest::addColumn<QByteArray>("fields");
        QTest::addColumn<QString>("author");
        QTest::newRow("initial creator") << "<meta:initial-creator>Olena Petrenko</meta:initial-creator>"
                                            "<dc:creator>Editor</dc:creator>"_ba
                                         << u"Olena Petrenko"_s;
        QTest::newRow("creator only") << "<dc:creator>Editor</dc:creator>"_ba << u"Editor"_s;
    }
    void metadataFromMeta()
    {
        QFETCH(QByteArray, fields);
        const QByteArray meta =
            R"(<?xml version="1.0"?><office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" )"
            R"(xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/">)"
            R"(<office:meta><dc:title>Weekly losses</dc:title>)"_ba + fields
            + R"(<meta:creation-date>2024-05-01T10:00:00.123</meta:creation-date><dc:date>2024-06-02T08:00:00</dc:date>)"
              R"(<dc:language>uk</dc:language></office:meta></office:document-meta>)";
        const auto article = read(odt(contentXml("<text:p>Text</text:p>"), {{u"meta.xml"_s, meta, false}}));
        QVERIFY2(article, article ? "" : qPrintable(article.error().toString()));
        QCOMPARE(article->title, u"Weekly losses"_s);
        QTEST(article->author, "author");
        QCOMPARE(article->published, PartialDate::day(2024, 5, 1));
        QCOMPARE(article->language, u"uk"_s);
    }

    void externalEntityIsRefused()
    {
        const auto article = read(odt(contentXml("<text:p>Before &xxe;</text:p>",
                                                 "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")));
        QVERIFY(!article);
        QCOMPARE(article.error().code, Error::Code::InvalidInput);
        QCOMPARE(article.error().message,
                 u"The document declares a DTD or external entities; Claimbench does not read them"_s);
    }

    void withoutContentIsInvalidInput()
    {
        const auto article = read(odt(QByteArray()));
        QVERIFY(!article);
        QCOMPARE(article.error().code, Error::Code::InvalidInput);
        QVERIFY(article.error().message.contains(u"content.xml"_s));
    }

    void zipBombIsTooLarge()
    {
        const auto article = read(odt(contentXml("<text:p>" + QByteArray(64 * 1024 * 1024, ' ') + "</text:p>")));
        QVERIFY(!article);
        QCOMPARE(article.error().code, Error::Code::TooLarge);
    }

    // The stored "mimetype" tells ODT from the other ZIP formats, whatever the name.
    void recognizedByMimetype_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("odt") << u"report.odt"_s;
        QTest::newRow("zip") << u"report.zip"_s;
        QTest::newRow("misnamed docx") << u"report.docx"_s;
    }
    void recognizedByMimetype()
    {
        QFETCH(QString, fileName);
        const QByteArray bytes = odt(contentXml("<text:p>Text</text:p>"));
        QVERIFY(OdtReader().recognizes(bytes));
        const ArticleReader *reader = ReaderRegistry::builtIn().readerFor(bytes, fileName);
        QVERIFY(reader);
        QCOMPARE(reader->name(), u"ODT"_s);
        const auto article = ReaderRegistry::builtIn().read(bytes, fileName);
        QVERIFY2(article, article ? "" : qPrintable(article.error().toString()));
        QCOMPARE(article->body, u"Text"_s);
    }

    // A spreadsheet announces itself too, and is no text.
    void spreadsheetIsNotRecognized()
    {
        const QByteArray bytes = makeZip({{u"mimetype"_s, "application/vnd.oasis.opendocument.spreadsheet", true},
                                          {u"content.xml"_s, "<x/>", false}});
        QVERIFY(!OdtReader().recognizes(bytes));
        QVERIFY(!ReaderRegistry::builtIn().readerFor(bytes, u"sheet.zip"_s));
    }
};

QTEST_GUILESS_MAIN(TestOdtReader)
#include "tst_odtreader.moc"
