#include "core/import/markdownreader.h"

#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

class TestMarkdownReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inlines_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("text");
        QTest::newRow("emphasis") << u"*about* **250,000** _killed_ __in__ ~~action~~"_s
                                  << u"about 250,000 killed in action"_s;
        QTest::newRow("link") << u"see [the report](https://x.org/a_(b)) now"_s << u"see the report now"_s;
        QTest::newRow("reference link") << u"see [the report][1]\n\n[1]: https://x.org"_s << u"see the report"_s;
        QTest::newRow("image dropped") << u"a ![chart](c.png) b"_s << u"a  b"_s;
        QTest::newRow("autolink") << u"<https://x.org>"_s << u"https://x.org"_s;
        QTest::newRow("code span literal") << u"run `a*b*c` now"_s << u"run a*b*c now"_s;
        QTest::newRow("escapes") << u"\\*not emphasis\\* and 5\\_000"_s << u"*not emphasis* and 5_000"_s;
        QTest::newRow("intraword underscore") << u"snake_case_name"_s << u"snake_case_name"_s;
        QTest::newRow("inline html") << u"a <span class=\"x\">b</span> <!-- c --> d"_s << u"a b  d"_s;
        QTest::newRow("entities") << u"AT&amp;T &lt;3 &#8364;5"_s << u"AT&T <3 €5"_s;
        QTest::newRow("undefined reference stays text") << u"see [the report][1]"_s << u"see [the report][1]"_s;
        QTest::newRow("html block keeps its text") << u"<div>\n<b>45</b> killed &amp; 3 hurt\n</div>"_s
                                                   << u"45 killed & 3 hurt"_s;
        QTest::newRow("loose and nested list") << u"- a\n\n  more\n- b\n  - c"_s << u"a more\nb\nc"_s;
        QTest::newRow("multiplication kept") << u"2 * 3 * 4"_s << u"2 * 3 * 4"_s;
    }
    void inlines()
    {
        QFETCH(QString, markdown);
        QTEST(MarkdownReader::parse(markdown).body, "text");
    }

    void documents_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("body");
        QTest::newRow("headings and paragraphs")
            << u"# Drone night\n\nSome *63* drones\nwere launched.\n\n## Details\n\nText."_s << u"Drone night"_s
            << QString() << u"Drone night\n\nSome 63 drones were launched.\n\nDetails\n\nText."_s;
        QTest::newRow("setext heading") << u"Title here\n==========\n\nBody."_s << u"Title here"_s << QString()
                                        << u"Title here\n\nBody."_s;
        // A list's marker ('-', '1.', '2)') changing starts another list (CommonMark 5.3).
        QTest::newRow("lists") << u"Losses:\n\n- 28 shot down\n- 21 *jammed*\n  by EW\n1. first\n2) second"_s
                               << u"Losses:"_s << QString()
                               << u"Losses:\n\n28 shot down\n21 jammed by EW\n\nfirst\n\nsecond"_s;
        QTest::newRow("fenced code kept, fences dropped")
            << u"# T\n\n```js\nlet x = 1;\n```\nAfter."_s << u"T"_s << QString() << u"T\n\nlet x = 1;\n\nAfter."_s;
        QTest::newRow("images, rules and references dropped")
            << u"# T\n\n![photo](p.jpg)\n\n---\n\nText [a][r].\n\n[r]: https://x.org"_s << u"T"_s << QString()
            << u"T\n\nText a."_s;
        QTest::newRow("blockquote") << u"> Quoted 45,100 troops\n> killed."_s << u"Quoted 45,100 troops killed."_s
                                    << QString() << u"Quoted 45,100 troops killed."_s;
        QTest::newRow("front matter")
            << u"---\ntitle: \"Aid package\"\ndate: 2016-07-07\nauthor: VOA\n---\n\n$23 million in aid."_s
            << u"Aid package"_s << u"2016-07-07"_s << u"$23 million in aid."_s;
        QTest::newRow("date paragraph near top") << u"# T\n\nJune 13, 2025\n\nText."_s << u"T"_s << u"2025-06-13"_s
                                                 << u"T\n\nJune 13, 2025\n\nText."_s;
        QTest::newRow("table rows") << u"| a | b |\n|---|---|\n| 1 | 2 |"_s << u"a\tb"_s << QString()
                                    << u"a\tb\n1\t2"_s;
    }
    void documents()
    {
        QFETCH(QString, markdown);
        const Article article = MarkdownReader::parse(markdown);
        QTEST(article.title, "title");
        QTEST(article.published.toIso(), "published");
        QTEST(article.body, "body");
    }
};

QTEST_GUILESS_MAIN(TestMarkdownReader)
#include "tst_markdownreader.moc"
