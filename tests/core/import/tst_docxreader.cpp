#include "core/import/docxreader.h"
#include "core/import/readerregistry.h"

#include "core/import/zipwriter.h"

#include <QTest>

using namespace Claimbench;
using namespace Claimbench::Testing;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kWordNamespaces =
    R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" )"
    R"(xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" )"
    R"(xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006")"_ba;

QByteArray documentXml(const QByteArray &body, const QByteArray &prolog = {})
{
    return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"_ba + prolog + "<w:document "
        + kWordNamespaces + "><w:body>" + body + "</w:body></w:document>";
}

QByteArray paragraph(const QByteArray &text)
{
    return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

// A DOCX package as Word lays it out: the content types first, then the parts.
QByteArray docx(const QByteArray &document, const QList<ZipEntry> &otherParts = {})
{
    QList<ZipEntry> entries{{u"[Content_Types].xml"_s, R"(<?xml version="1.0"?><Types/>)", false}};
    if (!document.isNull())
        entries.append({u"word/document.xml"_s, document, false});
    entries += otherParts;
    return makeZip(entries);
}

Result<Article> read(const QByteArray &bytes)
{
    return DocxReader().read(bytes, {});
}

} // namespace

class TestDocxReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void body_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("body");
        QTest::newRow("runs, tab and break")
            << "<w:p><w:r><w:t>Losses</w:t></w:r><w:r><w:tab/><w:t>rose to</w:t><w:br/><w:t>1,200</w:t></w:r></w:p>"_ba
            << u"Losses\trose to 1,200"_s;
        QTest::newRow("heading and list items, tab stops are no tabs")
            << "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs>"
               "</w:pPr><w:r><w:t>Report</w:t></w:r></w:p>"
               "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
               "<w:r><w:t>12 tanks</w:t></w:r></w:p><w:p/>"_ba + paragraph("3 aircraft")
            << u"Report\n\n12 tanks\n\n3 aircraft"_s;
        QTest::newRow("table: a line per row, cells by tabs")
            << paragraph("Before") + "<w:tbl><w:tblPr/><w:tr><w:tc><w:p><w:r><w:t>Region</w:t></w:r></w:p></w:tc>"
                   "<w:tc><w:p><w:r><w:t>Killed</w:t></w:r></w:p></w:tc></w:tr>"
                   "<w:tr><w:tc>" + paragraph("Kharkiv") + paragraph("oblast") + "</w:tc><w:tc>" + paragraph("12")
                   + "</w:tc></w:tr></w:tbl>" + paragraph("After")
            << u"Before\n\nRegion\tKilled\nKharkiv oblast\t12\n\nAfter"_s;
        QTest::newRow("tracked changes: deleted dropped, inserted kept")
            << "<w:p><w:r><w:t xml:space=\"preserve\">About </w:t></w:r><w:del w:id=\"1\"><w:r><w:delText>300</w:delText>"
               "</w:r></w:del><w:ins w:id=\"2\"><w:r><w:t>350</w:t></w:r></w:ins>"
               "<w:r><w:t xml:space=\"preserve\"> drones</w:t></w:r></w:p>"_ba
            << u"About 350 drones"_s;
        QTest::newRow("drawing labels and fallbacks left out")
            << "<w:p><w:r><w:t>Text</w:t></w:r><w:r><w:drawing><a:graphic><a:t>chart label</a:t></a:graphic>"
               "</w:drawing></w:r><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:t> box</w:t></mc:Choice>"
               "<mc:Fallback><w:t> box again</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>"_ba
            << u"Text box"_s;
        QTest::newRow("entities of XML itself") << paragraph("AT&amp;T &lt;3 &#8364;5") << u"AT&T <3 €5"_s;
    }
    void body()
    {
        QFETCH(QByteArray, xml);
        const auto article = read(docx(documentXml(xml)));
        QVERIFY2(article, article ? "" : qPrintable(article.error().toString()));
        QTEST(article->body, "body");
    }

    // Numbered in the order the text cites them, footnotes and endnotes
    // alike, listed after the text after a blank line.
    void notesFollowTheText()
    {
        const QByteArray document = documentXml(
            "<w:p><w:r><w:t>Kyiv said 40</w:t></w:r><w:r><w:footnoteReference w:id=\"5\"/></w:r>"
            "<w:r><w:t xml:space=\"preserve\"> and Moscow 12</w:t></w:r><w:r><w:endnoteReference w:id=\"1\"/></w:r>"
            "<w:r><w:t>.</w:t></w:r></w:p>"_ba + paragraph("More.") + "<w:p><w:r><w:footnoteReference w:id=\"2\"/></w:r></w:p>");
        const QByteArray footnotes =
            "<w:footnotes " + kWordNamespaces + ">"
            "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
            "<w:footnote w:id=\"2\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>Second source.</w:t></w:r></w:p></w:footnote>"
            "<w:footnote w:id=\"5\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> Ministry, </w:t>"
            "</w:r></w:p><w:p><w:r><w:t>1 May.</w:t></w:r></w:p></w:footnote></w:footnotes>";
        const QByteArray endnotes = "<w:endnotes " + kWordNamespaces + "><w:endnote w:id=\"1\">" + paragraph("TASS.")
            + "</w:endnote></w:endnotes>";
        const auto article = read(docx(document, {{u"word/footnotes.xml"_s, footnotes, false},
                                                   {u"word/endnotes.xml"_s, endnotes, false}}));
        QVERIFY2(article, article ? "" : qPrintable(article.error().toString()));
        QCOMPARE(article->body, u"Kyiv said 40[1] and Moscow 12[2].\n\nMore.\n\n[3]\n\n"
                                u"[1] Ministry, 1 May.\n[2] TASS.\n[3] Second source."_s);
    }

    void metadataFromCoreProperties()
    {
        const QByteArray core =
            R"(<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" )"
            R"(xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" )"
            R"(xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Weekly losses</dc:title>)"
            R"(<dc:creator>Olena Petrenko</dc:creator><cp:lastModifiedBy>Editor</cp:lastModifiedBy>)"
            R"(<dcterms:created xsi:type="dcterms:W3CDTF">2024-05-01T10:00:00Z</dcterms:created>)"
            R"(<dcterms:modified xsi:type="dcterms:W3CDTF">2024-06-02T08:00:00Z</dcterms:modified>)"
            R"(<dc:language>uk-UA</dc:language></cp:coreProperties>)"_ba;
        const auto article = read(docx(documentXml(paragraph("Text")), {{u"docProps/core.xml"_s, core, false}}));
        QVERIFY2(article, article ? "" : qPrintable(article.error().toString()));
        QCOMPARE(article->title, u"Weekly losses"_s);
        QCOMPARE(article->author, u"Olena Petrenko"_s);
        QCOMPARE(article->published, PartialDate::day(2024, 5, 1));
        QCOMPARE(article->language, u"uk-UA"_s);
    }

    // XXE: the entity would put /etc/passwd into the body; a billion laughs
    // would expand to gigabytes. Both are refused at the DTD.
    void dtdIsRefused_data()
    {
        QTest::addColumn<QByteArray>("prolog");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("external entity") << "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"_ba
                                         << "&xxe;"_ba;
        QTest::newRow("billion laughs")
            << R"(<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">)"
               R"(<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>)"_ba
            << "&c;"_ba;
        QTest::newRow("undeclared entity") << QByteArray() << "&xxe;"_ba;
    }
    void dtdIsRefused()
    {
        QFETCH(QByteArray, prolog);
        QFETCH(QByteArray, text);
        const auto article = read(docx(documentXml(paragraph("Before " + text), prolog)));
        QVERIFY(!article);
        QCOMPARE(article.error().code, Error::Code::InvalidInput);
        QVERIFY(!article.error().toString().contains(u"root:"_s));
        if (!prolog.isEmpty())
            QCOMPARE(article.error().message,
                     u"The document declares a DTD or external entities; Claimbench does not read them"_s);
    }

    void withoutDocumentXmlIsInvalidInput()
    {
        const auto article = read(docx(QByteArray(), {{u"word/styles.xml"_s, "<styles/>", false}}));
        QVERIFY(!article);
        QCOMPARE(article.error().code, Error::Code::InvalidInput);
        QVERIFY(article.error().message.contains(u"word/document.xml"_s));
    }

    void damagedZipIsInvalidInput()
    {
        const QByteArray bytes = docx(documentXml(paragraph(QByteArray(4000, 'x'))));
        const auto article = read(bytes.left(bytes.size() - 200));
        QVERIFY(!article);
        QCOMPARE(article.error().code, Error::Code::InvalidInput);
    }

    // 64 MB of spaces deflate to about 64 KB: refused by the ratio once a
    // megabyte has expanded, not read whole.
    void zipBombIsTooLarge()
    {
        const QByteArray document = documentXml(paragraph(QByteArray(64 * 1024 * 1024, ' ')));
        const QByteArray bytes = docx(document);
        QVERIFY(bytes.size() < 1024 * 1024);
        const auto article = read(bytes);
        QVERIFY(!article);
        QCOMPARE(article.error().code, Error::Code::TooLarge);
        QVERIFY(article.error().message.contains(u"zip bomb"_s));
    }

    void tooManyEntriesIsTooLarge()
    {
        QList<ZipEntry> parts;
        for (int i = 0; i < 10'001; ++i)
            parts.append({u"word/media/image%1.png"_s.arg(i), "x", false});
        const auto article = read(docx(documentXml(paragraph("Text")), parts));
        QVERIFY(!article);
        QCOMPARE(article.error().code, Error::Code::TooLarge);
    }

    // ZIP bytes say nothing of the format: a .docx inside is told by its
    // part names, whatever the file is called.
    void recognizedByItsParts_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("docx") << u"report.docx"_s;
        QTest::newRow("zip") << u"report.zip"_s;
        QTest::newRow("misnamed") << u"report.odt"_s;
        QTest::newRow("no suffix") << u"report"_s;
    }
    void recognizedByItsParts()
    {
        QFETCH(QString, fileName);
        const QByteArray bytes = docx(documentXml(paragraph("Text")));
        QVERIFY(DocxReader().recognizes(bytes));
        const ArticleReader *reader = ReaderRegistry::builtIn().readerFor(bytes, fileName);
        QVERIFY(reader);
        QCOMPARE(reader->name(), u"DOCX"_s);
        const auto article = ReaderRegistry::builtIn().read(bytes, fileName);
        QVERIFY2(article, article ? "" : qPrintable(article.error().toString()));
        QCOMPARE(article->body, u"Text"_s);
        QCOMPARE(article->title, u"report"_s);
    }
};

QTEST_GUILESS_MAIN(TestDocxReader)
#include "tst_docxreader.moc"
