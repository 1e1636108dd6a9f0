#include "core/import/contentextractor.h"
#include "core/import/htmldom.h"
#include "core/import/htmlreader.h"
#include "core/import/markupbounds.h"

#include <QFile>
#include <QTest>

#include <boost/locale/encoding.hpp>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

// Readability keeps nothing under 25 characters per paragraph; the pages
// below carry one long enough paragraph so that the article is found.
const QString kParagraph = u"<p>Russia launched 63 drones overnight, of which 28 were shot down and 21 were lost to "
                          "jamming, the air force said in its morning report on Friday.</p>"_s;

QByteArray page(const QString &head, const QString &body)
{
    return (u"<!DOCTYPE html><html><head>"_s + head + u"</head><body>"_s + body + u"</body></html>"_s).toUtf8();
}

// `count` copies of `pattern` with %1 replaced by 0, 1, 2, ...: distinct attribute names.
QString numbered(const QString &pattern, int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out += pattern.arg(i);
    return out;
}

// The duplicate checks Gumbo's tokenizer made for the attributes of `dom`:
// it compares each attribute it keeps with every one kept before it on its tag.
quint64 attributeChecks(const HtmlDom &dom)
{
    quint64 checks = 0;
    for (int id = dom.next(HtmlDom::kDocument); id >= 0; id = dom.next(id)) {
        const auto n = quint64(dom.node(id).attributes.size());
        checks += n * (n > 0 ? n - 1 : 0) / 2;
    }
    return checks;
}

} // namespace

class TestHtmlReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fixture()
    {
        QFile file(QStringLiteral(CLAIMBENCH_TEST_DATA "/import/news-article.html"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto article = HtmlReader::parse(file.readAll());
        QVERIFY(article.has_value());
        QCOMPARE(article->title, u"Night of drones: 63 launched, 28 shot down"_s);
        QCOMPARE(article->outlet, u"Example Daily"_s);
        QCOMPARE(article->author, u"Olena Example"_s);
        QCOMPARE(article->published.toIso(), u"2025-06-13"_s);
        QCOMPARE(article->language, u"en"_s);
        QCOMPARE(article->url, u"https://example.org/news/night-of-drones"_s);
        QVERIFY(article->body.startsWith(u"Russia launched 63 drones overnight"_s));
        QVERIFY(article->body.contains(u"lost to electronic jamming, according to the morning report.\n\nEighteen"_s));
        QVERIFY(article->body.contains(u"1,000 kilometers (600 miles)"_s)); // figure caption kept
        for (const QString &noise : {u"Home"_s, u"Share on"_s, u"Other story"_s, u"Leave a Reply"_s, u"Post Comment"_s,
                                     u"All rights reserved"_s, u"tracking pixel"_s, u"font-family"_s, u"By Olena"_s})
            QVERIFY2(!article->body.contains(noise), qPrintable(noise));
    }

    void metadata_data()
    {
        QTest::addColumn<QString>("head");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("author");
        QTest::addColumn<QString>("published");

        QTest::newRow("title element without site suffix")
            << u"<title>Drones shot down over the capital region | The Outlet</title>"_s << kParagraph
            << u"Drones shot down over the capital region"_s << QString() << QString() << QString();
        QTest::newRow("og title and site name")
            << u"<title>x</title><meta property=\"og:title\" content=\"OG headline\">"
               "<meta property=\"og:site_name\" content=\"Kyiv Post\">"_s
            << kParagraph << u"OG headline"_s << u"Kyiv Post"_s << QString() << QString();
        QTest::newRow("single h1 when the title is short")
            << u"<title>News</title>"_s << u"<h1>A proper headline about drones</h1>"_s + kParagraph
            << u"A proper headline about drones"_s << QString() << QString() << QString();
        QTest::newRow("article published_time")
            << u"<meta property=\"article:published_time\" content=\"2024-02-29T23:10:00-08:00\">"_s << kParagraph
            << QString() << QString() << QString() << u"2024-02-29"_s;
        QTest::newRow("time datetime") << QString() << u"<time datetime=\"2023-12-01T09:00\">1 Dec</time>"_s + kParagraph
                                       << QString() << QString() << QString() << u"2023-12-01"_s;
        QTest::newRow("itemprop datePublished") << QString()
                                                << u"<span itemprop=\"datePublished\" content=\"2022-03-04\">March "
                                                   "4</span>"_s + kParagraph
                                                << QString() << QString() << QString() << u"2022-03-04"_s;
        QTest::newRow("meta name date") << u"<meta name=\"pubdate\" content=\"2021-07-08\">"_s << kParagraph
                                        << QString() << QString() << QString() << u"2021-07-08"_s;
        QTest::newRow("json-ld")
            << u"<script type=\"application/ld+json\">{\"@context\":\"http://schema.org\",\"@type\":\"NewsArticle\","
               "\"headline\":\"LD headline\",\"author\":[{\"name\":\"A. One\"},{\"name\":\"B. Two\"}],"
               "\"publisher\":{\"name\":\"LD Outlet\"},\"datePublished\":\"2020-01-02T03:04:05Z\"}</script>"_s
            << kParagraph << u"LD headline"_s << u"LD Outlet"_s << u"A. One, B. Two"_s << u"2020-01-02"_s;
        QTest::newRow("meta author") << u"<meta name=\"author\" content=\"Jane Reporter\">"_s << kParagraph << QString()
                                     << QString() << u"Jane Reporter"_s << QString();
        QTest::newRow("rel author") << QString() << u"<a rel=\"author\" href=\"/j\">John Writer</a>"_s + kParagraph
                                    << QString() << QString() << u"John Writer"_s << QString();
        QTest::newRow("byline class") << QString() << u"<div class=\"byline\">By Ann Smith</div>"_s + kParagraph
                                      << QString() << QString() << u"By Ann Smith"_s << QString();
    }
    void metadata()
    {
        QFETCH(QString, head);
        QFETCH(QString, body);
        const auto article = HtmlReader::parse(page(head, body));
        QVERIFY(article.has_value());
        QFETCH(QString, title);
        if (!title.isEmpty())
            QCOMPARE(article->title, title);
        QTEST(article->outlet, "outlet");
        QTEST(article->author, "author");
        QTEST(article->published.toIso(), "published");
    }

    void declaredCharsets_data()
    {
        QTest::addColumn<QString>("meta");
        QTest::addColumn<QByteArray>("charset");
        QTest::newRow("meta charset") << u"<meta charset=\"windows-1251\">"_s << QByteArray("windows-1251");
        QTest::newRow("http-equiv") << u"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-u\">"_s
                                    << QByteArray("KOI8-U");
    }
    void declaredCharsets()
    {
        QFETCH(QString, meta);
        QFETCH(QByteArray, charset);
        const QString text = u"Міністерство оборони повідомило, що протягом ночі було збито двадцять вісім "
                             "безпілотників над трьома областями країни."_s;
        const std::string html = "<html><head>" + meta.toStdString() + "</head><body><p>" + text.toStdString()
            + "</p></body></html>";
        const QByteArray bytes =
            QByteArray::fromStdString(boost::locale::conv::from_utf(html, charset.toStdString()));
        QCOMPARE(HtmlReader::declaredCharset(bytes).toLower(), charset.toLower());
        const auto article = HtmlReader::parse(bytes);
        QVERIFY(article.has_value());
        QCOMPARE(article->body, text);
    }

    void survivesHostileMarkup_data()
    {
        QTest::addColumn<QString>("opening");
        QTest::addColumn<QString>("closing");
        QTest::addColumn<int>("depth");
        QTest::addColumn<bool>("textReachable");
        QTest::newRow("10,000 nested divs") << u"<div>"_s << u"</div>"_s << 10000 << true;
        QTest::newRow("10,000 unclosed divs") << u"<div>"_s << QString() << 10000 << true;
        QTest::newRow("10,000 unclosed formatting tags") << u"<b><i>"_s << QString() << 10000 << true;
        QTest::newRow("10,000 nested tables") << u"<table><tr><td>"_s << QString() << 10000 << true;
        QTest::newRow("10,000 nested lists") << u"<ul><li>"_s << u"</li></ul>"_s << 10000 << true;
        // The rest of the page is inside the attribute or the comment: no text, a clear error.
        QTest::newRow("unterminated tag") << u"<p class=\"x"_s << QString() << 1 << false;
        QTest::newRow("unterminated comment") << u"<!-- never closed <p>"_s << QString() << 1 << false;
    }
    void survivesHostileMarkup()
    {
        QFETCH(QString, opening);
        QFETCH(QString, closing);
        QFETCH(int, depth);
        QFETCH(bool, textReachable);
        const QString body = opening.repeated(depth) + kParagraph + closing.repeated(depth);
        const auto article = HtmlReader::parse(page({}, body));
        QCOMPARE(article.has_value(), textReachable);
        if (article)
            QVERIFY(article->body.contains(u"63 drones"_s));
        else
            QCOMPARE(article.error().code, Error::Code::InvalidInput);
    }

    // Regression: 10,000 unclosed <div><b><i> took seconds, the depth cap
    // having made ~30,000 siblings that every sibling lookup and removal
    // scanned. Work is counted in DOM node visits, not timed: doubling the
    // input must at most about double it (quadratic work would quadruple it).
    void hostileMarkupCostsLinearWork_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("closing");
        QTest::newRow("unclosed div b i") << u"<div><b><i>"_s << QString();
        QTest::newRow("nested div span") << u"<div><span>"_s << u"</span></div>"_s;
        QTest::newRow("sibling empty divs") << u"<div></div>"_s << QString();
        QTest::newRow("sibling line breaks") << u"x<br><br>"_s << QString();
        QTest::newRow("sibling one-paragraph divs") << u"<div><p>a</p></div>"_s << QString();
    }
    void hostileMarkupCostsLinearWork()
    {
        QFETCH(QString, unit);
        QFETCH(QString, closing);
        const auto visitsFor = [&](int count) {
            const quint64 before = HtmlDom::visitCount();
            const auto article = HtmlReader::parse(page({}, unit.repeated(count) + kParagraph + closing.repeated(count)));
            return article ? HtmlDom::visitCount() - before : 0;
        };
        const quint64 single = visitsFor(2000);
        const quint64 twice = visitsFor(4000);
        QVERIFY(single > 0);
        QVERIFY2(double(twice) < 2.3 * double(single),
                 qPrintable(u"%1 visits for 2,000 units, %2 for 4,000"_s.arg(single).arg(twice)));
    }

    // Regression (issue 19): a <p> with 160,000 attributes took 85 s in
    // Gumbo's duplicate check of each attribute against the earlier ones.
    // Counted, not timed: the checks that the attributes reaching the DOM
    // cost, for 2,000 and for 4,000 attributes on one tag.
    void hostileAttributesCostLinearWork_data()
    {
        QTest::addColumn<QString>("opening");
        QTest::addColumn<QString>("attribute");
        QTest::addColumn<QString>("closing");
        QTest::newRow("bare names on a paragraph") << u"<p"_s << u" a%1"_s << u">x</p>"_s;
        QTest::newRow("quoted values") << u"<p"_s << u" data-a%1=\"1 > 2\""_s << u">x</p>"_s;
        QTest::newRow("quoted values without spaces") << u"<p "_s << u"a%1='v'"_s << u">x</p>"_s;
        QTest::newRow("unquoted values") << u"<div"_s << u" a%1=v/w"_s << u">x</div>"_s;
        QTest::newRow("self-closing void element") << u"<img"_s << u" a%1"_s << u" />"_s;
        QTest::newRow("svg element") << u"<svg><path"_s << u" a%1"_s << u"/></svg>"_s;
    }
    void hostileAttributesCostLinearWork()
    {
        QFETCH(QString, opening);
        QFETCH(QString, attribute);
        QFETCH(QString, closing);
        const auto checksFor = [&](int count) -> quint64 {
            const QByteArray html = page({}, opening + numbered(attribute, count) + closing + kParagraph);
            const auto article = HtmlReader::parse(html);
            if (!article || !article->body.contains(u"63 drones"_s))
                return 0;
            const auto dom = HtmlDom::parse(html);
            return dom ? attributeChecks(*dom) : 0;
        };
        const quint64 single = checksFor(2000);
        const quint64 twice = checksFor(4000);
        QVERIFY(single > 0);
        QVERIFY2(double(twice) < 2.3 * double(single),
                 qPrintable(u"%1 attribute checks for 2,000 attributes, %2 for 4,000"_s.arg(single).arg(twice)));
    }

    // The same cap on end tags, whose attributes the DOM never shows.
    void attributesPastTheCapAreLeftOut_data()
    {
        QTest::addColumn<QString>("opening");
        QTest::addColumn<QString>("attribute");
        QTest::addColumn<QString>("closing");
        QTest::newRow("start tag") << u"<p"_s << u" a%1"_s << u">"_s;
        QTest::newRow("end tag") << u"</p"_s << u" a%1"_s << u">"_s;
        QTest::newRow("quoted values holding '>'") << u"<p"_s << u" a%1=\">\""_s << u">"_s;
        QTest::newRow("self-closing") << u"<path"_s << u" a%1"_s << u"/>"_s;
        QTest::newRow("unterminated") << u"<p"_s << u" a%1"_s << QString();
    }
    void attributesPastTheCapAreLeftOut()
    {
        QFETCH(QString, opening);
        QFETCH(QString, attribute);
        QFETCH(QString, closing);
        const int cap = MarkupBounds::kMaxAttributesPerTag;
        const QString after = closing.isEmpty() ? QString() : closing + u" more"_s;
        const auto bounded =
            MarkupBounds::apply((u"text "_s + opening + numbered(attribute, 3 * cap) + u" "_s + after).toUtf8());
        QVERIFY(bounded.has_value());
        QCOMPARE(QString::fromUtf8(*bounded), u"text "_s + opening + numbered(attribute, cap) + u" "_s + after);
    }

    // Regression (issue 19): markup whose parse costs Gumbo quadratic time,
    // or a tree too large, fails alone with the limit named.
    void markupOverTheBoundsFails_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("reason");
        QTest::newRow("60,000 unclosed divs") << u"<div>"_s << 60000 << u"nests too deeply"_s;
        QTest::newRow("60,000 divs closed by a slash HTML ignores") << u"<div/>"_s << 60000 << u"nests too deeply"_s;
        QTest::newRow("a million and one line breaks") << u"<br>"_s << 1000001 << u"more than 1,000,000 tags"_s;
    }
    void markupOverTheBoundsFails()
    {
        QFETCH(QString, unit);
        QFETCH(int, count);
        QFETCH(QString, reason);
        const auto article = HtmlReader::parse(page({}, kParagraph + unit.repeated(count) + kParagraph));
        QVERIFY(!article.has_value());
        QCOMPARE(article.error().code, Error::Code::TooLarge);
        QVERIFY2(article.error().message.contains(reason), qPrintable(article.error().message));
    }

    // Markup the bounds must not count: tags in scripts, comments and
    // attribute values, elements the parser closes itself, SVG's self-closing
    // paths. Each of these pages is read whole.
    void markupWithinTheBoundsIsRead_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<int>("count");
        QTest::newRow("divs in a script") << u"<script>var s = '<div>';</script>"_s << 30000;
        QTest::newRow("divs in a comment") << u"<!-- <div><div> -->"_s << 30000;
        QTest::newRow("divs in an attribute") << u"<a title=\"<div><div>\">x</a>"_s << 30000;
        QTest::newRow("unclosed paragraphs and items") << u"<p>x<li>y"_s << 30000;
        QTest::newRow("svg paths") << u"<svg><path d=\"M0 0\"/><path/><path/></svg>"_s << 30000;
        QTest::newRow("closed divs") << u"<div>x</div>"_s << 50000;
    }
    void markupWithinTheBoundsIsRead()
    {
        QFETCH(QString, unit);
        QFETCH(int, count);
        const auto article = HtmlReader::parse(page({}, kParagraph + unit.repeated(count)));
        QVERIFY2(article.has_value(), qPrintable(article ? QString() : article.error().toString()));
        QVERIFY(article->body.contains(u"63 drones"_s));
    }

    // Regression (issue 19): an internal DTD subset left "]>" at the start of the body.
    void internalDtdSubsetIsLeftOut_data()
    {
        QTest::addColumn<QString>("prolog");
        QTest::newRow("entity") << u"<!DOCTYPE html [ <!ENTITY x \"y\"> ]>"_s;
        QTest::newRow("xhtml with '>' and ']' in strings and comments")
            << u"<?xml version=\"1.0\"?><!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" "
               "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\" [\n<!ENTITY a \"b>]c\">\n"
               "<!-- ] > -->\n<!ATTLIST p id ID #IMPLIED>\n] >"_s;
    }
    void internalDtdSubsetIsLeftOut()
    {
        QFETCH(QString, prolog);
        const QByteArray html = (prolog + u"<html><head><title>Night of drones</title></head><body>"_s + kParagraph
                                 + u"</body></html>"_s).toUtf8();
        const auto article = HtmlReader::parse(html);
        QVERIFY(article.has_value());
        QCOMPARE(article->title, u"Night of drones"_s);
        QVERIFY2(article->body.startsWith(u"Russia launched 63 drones"_s), qPrintable(article->body));
        QVERIFY(!article->body.contains(u"]"_s));
    }

    // Regression (issue 19): windows-1251 bytes under <meta charset="utf-8">
    // came out as ISO-8859-1 ("Ëæåö"): the declaration is ignored since the
    // bytes are not UTF-8, and the detector scored the tags' ASCII letters as
    // Latin prose. A declaration the bytes do convert in still wins.
    void declaredCharsetThatDoesNotDecode_data()
    {
        QTest::addColumn<QByteArray>("declared");
        QTest::addColumn<QString>("title");
        QTest::newRow("utf-8 on windows-1251") << QByteArray("utf-8") << u"Лжец"_s;
        QTest::newRow("UTF8 on windows-1251") << QByteArray("UTF8") << u"Лжец"_s;
        QTest::newRow("windows-1251 on windows-1251") << QByteArray("windows-1251") << u"Лжец"_s;
        QTest::newRow("windows-1252 on windows-1251 wins over detection")
            << QByteArray("windows-1252") << u"Ëæåö"_s;
    }
    void declaredCharsetThatDoesNotDecode()
    {
        QFETCH(QByteArray, declared);
        QFETCH(QString, title);
        const QString text = u"Министерство обороны сообщило о двадцати восьми сбитых беспилотниках."_s;
        const QString html = u"<!DOCTYPE html><html><head><meta charset=\""_s + QString::fromLatin1(declared)
            + u"\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
              "<link rel=\"stylesheet\" href=\"/static/main.css\"><title>Лжец</title></head><body>"
              "<div class=\"container\"><nav class=\"navigation\"><a href=\"/\">Home</a> "
              "<a href=\"/about\">About</a></nav><article class=\"content\"><p>"_s
            + text + u"</p></article></div></body></html>"_s;
        const QByteArray bytes =
            QByteArray::fromStdString(boost::locale::conv::from_utf(html.toStdString(), "windows-1251"));
        const auto article = HtmlReader::parse(bytes);
        QVERIFY(article.has_value());
        QCOMPARE(article->title, title);
        if (title == u"Лжец")
            QVERIFY2(article->body.endsWith(text), qPrintable(article->body));
    }

    void pageWithoutArticleFails()
    {
        const auto article = HtmlReader::parse(page(u"<title>t</title>"_s, u"<script>var x = 1;</script>"_s));
        QVERIFY(!article.has_value());
        QCOMPARE(article.error().code, Error::Code::InvalidInput);
    }

    void renderKeepsParagraphs()
    {
        const auto dom = HtmlDom::parse(
            "<div><h2>Head</h2><p>One  <b>bold</b>\n text<br>next line</p><ul><li>a</li><li>b</li></ul>"
            "<pre>  x = 1\n  y = 2</pre><table><tr><td>1</td><td>2</td></tr></table></div>");
        QVERIFY(dom.has_value());
        const int div = dom->firstElement(HtmlDom::kDocument, u"div");
        QCOMPARE(ContentExtractor::renderText(*dom, div),
                 u"Head\n\nOne bold text\nnext line\n\na\n\nb\n\n  x = 1\n  y = 2\n\n1 2"_s);
    }
};

QTEST_GUILESS_MAIN(TestHtmlReader)
#include "tst_htmlreader.moc"
