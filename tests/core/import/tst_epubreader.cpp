#include "core/import/epubreader.h"
#include "core/import/readerregistry.h"

#include "core/import/zipwriter.h"

#include <QTest>

using namespace Claimbench;
using namespace Claimbench::Testing;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kContainer =
    R"(<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">)"
    R"(<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>)"
    R"(</rootfiles></container>)"_ba;

const QByteArray kMetadata =
    R"(<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>War Diary</dc:title>)"
    R"(<dc:creator>Olena Petrenko</dc:creator><dc:date>2023-02-24</dc:date><dc:language>uk</dc:language>)"
    R"(</metadata>)"_ba;

// A package document whose manifest lists `items` ("id href") as XHTML,
// read in that order.
QByteArray opf(const QList<std::pair<QByteArray, QByteArray>> &items, const QByteArray &metadata = kMetadata)
{
    QByteArray manifest = R"(<item id="css" href="style.css" media-type="text/css"/>)";
    QByteArray spine = R"(<itemref idref="css"/>)";
    for (const auto &[id, href] : items) {
        manifest += R"(<item id=")" + id + R"(" href=")" + href + R"(" media-type="application/xhtml+xml"/>)";
        spine += R"(<itemref idref=")" + id + R"("/>)";
    }
    return R"(<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">)"_ba + metadata
        + "<manifest>" + manifest + "</manifest><spine>" + spine + "</spine></package>";
}

QByteArray chapter(const QByteArray &body)
{
    return R"(<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml">)"
           R"(<head><title>Chapter</title></head><body>)"_ba + body + "</body></html>";
}

QByteArray epub(const QByteArray &packageDocument, const QList<ZipEntry> &files)
{
    QList<ZipEntry> entries{{u"mimetype"_s, "application/epub+zip", true},
                            {u"META-INF/container.xml"_s, kContainer, false},
                            {u"OEBPS/content.opf"_s, packageDocument, false}};
    return makeZip(entries + files);
}

Result<Article> read(const QByteArray &bytes)
{
    return EpubReader().read(bytes, {});
}

} // namespace

class TestEpubReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Spine order, not manifest or archive order; the whole body of each
    // chapter, navigation and short blocks included (no main-content guess).
    void chaptersInSpineOrder()
    {
        const QByteArray bytes = epub(
            opf({{"c2", "text/two.xhtml"}, {"c1", "one%20first.xhtml"}}),
            {{u"OEBPS/one first.xhtml"_s, chapter("<h1>Day 1</h1><p>Shelling at 5:00.</p><nav>Back</nav>"), false},
             {u"OEBPS/text/two.xhtml"_s, chapter("<h1>Day 2</h1><p>12 drones,<br/>3 missiles.</p>"
                                                 "<table><tr><td>Kyiv</td><td>4</td></tr></table>"), false},
             {u"OEBPS/style.css"_s, "p { color: red }", false}});
        const auto article = read(bytes);
        QVERIFY2(article, article ? "" : qPrintable(article.error().toString()));
        QVERIFY2(article->body.startsWith(u"Day 2\n\n12 drones,\n3 missiles."_s), qPrintable(article->body));
        QVERIFY2(article->body.contains(u"Kyiv"_s), qPrintable(article->body));
        QVERIFY2(article->body.endsWith(u"Day 1\n\nShelling at 5:00.\n\nBack"_s), qPrintable(article->body));
        QVERIFY(!article->body.contains(u"color"_s));
    }

    void metadataFromThePackage()
    {
        const auto article = read(epub(opf({{"c1", "c1.xhtml"}}), {{u"OEBPS/c1.xhtml"_s, chapter("<p>Text</p>"), false}}));
        QVERIFY2(article, article ? "" : qPrintable(article.error().toString()));
        QCOMPARE(article->title, u"War Diary"_s);
        QCOMPARE(article->author, u"Olena Petrenko"_s);
        QCOMPARE(article->published, PartialDate::day(2023, 2, 24));
        QCOMPARE(article->language, u"uk"_s);
        QCOMPARE(article->body, u"Text"_s);
    }

    // "../" past the archive's root cannot reach a file beside it, however
    // the spine writes it.
    void spineOutsideTheArchiveIsRefused_data()
    {
        QTest::addColumn<QByteArray>("href");
        QTest::newRow("up and out") << "../../etc/passwd"_ba;
        QTest::newRow("encoded") << "..%2F..%2Fetc%2Fpasswd"_ba;
        QTest::newRow("absolute") << "/etc/passwd"_ba;
        QTest::newRow("file url") << "file:///etc/passwd"_ba;
    }
    void spineOutsideTheArchiveIsRefused()
    {
        QFETCH(QByteArray, href);
        const auto article = read(epub(opf({{"c1", "c1.xhtml"}, {"evil", href}}),
                                       {{u"OEBPS/c1.xhtml"_s, chapter("<p>Text</p>"), false}}));
        QVERIFY(!article);
        QCOMPARE(article.error().code, Error::Code::InvalidInput);
        QVERIFY(!article.error().toString().contains(u"root:"_s));
    }

    // A chapter's DOCTYPE is HTML's own and harmless (Gumbo expands no
    // entity); the package document's DTD is refused like any XML part's.
    void dtdInThePackageIsRefused()
    {
        QByteArray package = opf({{"c1", "c1.xhtml"}});
        package.insert(package.indexOf("<package"), "<!DOCTYPE package [<!ENTITY t SYSTEM \"file:///etc/passwd\">]>");
        package.replace("War Diary", "&t;");
        const auto article = read(epub(package, {{u"OEBPS/c1.xhtml"_s, chapter("<p>Text</p>"), false}}));
        QVERIFY(!article);
        QCOMPARE(article.error().message,
                 u"The document declares a DTD or external entities; Claimbench does not read them"_s);
    }

    void missingContainerIsInvalidInput()
    {
        const auto article = read(makeZip({{u"mimetype"_s, "application/epub+zip", true},
                                           {u"OEBPS/c1.xhtml"_s, chapter("<p>Text</p>"), false}}));
        QVERIFY(!article);
        QCOMPARE(article.error().code, Error::Code::InvalidInput);
    }

    void zipBombChapterIsTooLarge()
    {
        const auto article = read(epub(opf({{"c1", "c1.xhtml"}}),
                                       {{u"OEBPS/c1.xhtml"_s, chapter("<p>" + QByteArray(64 * 1024 * 1024, ' ') + "</p>"), false}}));
        QVERIFY(!article);
        QCOMPARE(article.error().code, Error::Code::TooLarge);
    }

    void recognizedByMimetype_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("epub") << u"diary.epub"_s;
        QTest::newRow("zip") << u"diary.zip"_s;
        QTest::newRow("misnamed docx") << u"diary.docx"_s;
    }
    void recognizedByMimetype()
    {
        QFETCH(QString, fileName);
        const QByteArray bytes = epub(opf({{"c1", "c1.xhtml"}}), {{u"OEBPS/c1.xhtml"_s, chapter("<p>Text</p>"), false}});
        QVERIFY(EpubReader().recognizes(bytes));
        const ArticleReader *reader = ReaderRegistry::builtIn().readerFor(bytes, fileName);
        QVERIFY(reader);
        QCOMPARE(reader->name(), u"EPUB"_s);
    }
};

QTEST_GUILESS_MAIN(TestEpubReader)
#include "tst_epubreader.moc"
