#include "core/import/readerregistry.h"
#include "core/import/rtfreader.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

// A document around `body`: the header Word writes, with a Latin and a Cyrillic font.
QByteArray document(const QByteArray &body)
{
    return "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}"
           "{\\f1\\fswiss\\fcharset204 Arial;}}{\\colortbl;\\red255\\green0\\blue0;}"
           "{\\stylesheet{\\s0 Normal;}}\n"_ba
        + body + "}"_ba;
}

} // namespace

class TestRtfReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void body_data()
    {
        QTest::addColumn<QByteArray>("rtf");
        QTest::addColumn<QString>("body");
        QTest::newRow("paragraphs") << document("\\pard First {\\b 63} drones.\\par\n\\par Second\\line line.\\par")
                                    << u"First 63 drones.\n\nSecond\nline."_s;
        QTest::newRow("tab and escapes") << document("a\\tab b \\{c\\} \\\\ d\\~e\\par")
                                         << u"a\tb {c} \\ d\u00A0e"_s;
        QTest::newRow("table") << document("Losses:\\par\\trowd\\cellx1000\\cellx2000"
                                           "\\pard\\intbl Tanks\\cell 12\\cell\\row"
                                           "\\trowd\\pard\\intbl Drones\\cell 28\\cell\\row\\pard After.\\par")
                               << u"Losses:\n\nTanks\t12\nDrones\t28\n\nAfter."_s;
        QTest::newRow("unicode Ukrainian") << document("\\uc1\\u1044?\\u1088?\\u1086?\\u1085?\\u1080? "
                                                       "\\u1079?\\u1073?\\u1080?\\u1090?\\u1086?\\par")
                                           << u"Дрони збито"_s;
        QTest::newRow("unicode skip two and negative")
            << document("{\\uc2\\u-3913\\'a1\\'a2 x}\\u8364?5\\par") << u"\uF0B7 x€5"_s;
        QTest::newRow("cp1252 hex") << document("caf\\'e9 \\'93quoted\\'94 \\'80 5\\par")
                                    << u"café “quoted” € 5"_s;
        QTest::newRow("cp1251 by ansicpg")
            << "{\\rtf1\\ansi\\ansicpg1251 \\'c4\\'f0\\'ee\\'ed\\'e8\\par}"_ba << u"Дрони"_s;
        QTest::newRow("cp1251 by fcharset") << document("{\\f1 \\'c4\\'f0\\'ee\\'ed\\'e8} and caf\\'e9\\par")
                                            << u"Дрони and café"_s;
        QTest::newRow("picture and destinations skipped")
            << document("{\\header Page header}A{\\pict\\pngblip 89504e47}B{\\*\\generator Word;}"
                        "{\\object{\\*\\objdata 0102}}C\\bin3 {}xD\\par")
            << u"ABCD"_s;
        QTest::newRow("field result kept")
            << document("See {\\field{\\*\\fldinst HYPERLINK \"https://x.org\"}{\\fldrslt the report}}.\\par")
            << u"See the report."_s;
        QTest::newRow("footnote at the end")
            << document("Figure 45{\\super\\chftn}{\\footnote\\pard{\\super\\chftn} Ministry data.\\par} rose.\\par "
                        "Next.\\par")
            << u"Figure 45 rose.\n\nNext.\n\nMinistry data."_s;
        QTest::newRow("truncated") << "{\\rtf1\\ansi{\\b Cut here \\'e9"_ba << u"Cut here é"_s;
        QTest::newRow("stray closing braces") << "{\\rtf1 a}}} b\\par}"_ba << u"a b"_s;
    }
    void body()
    {
        QFETCH(QByteArray, rtf);
        const Result<Article> article = RtfReader::parse(rtf);
        QVERIFY(article.has_value());
        QTEST(article->body, "body");
    }

    void infoMetadata()
    {
        const Result<Article> article = RtfReader::parse(document(
            "{\\info{\\title Drone night}{\\author Kyiv Independent}{\\operator Clerk}"
            "{\\creatim\\yr2025\\mo6\\dy13\\hr10\\min5}{\\revtim\\yr2026\\mo1\\dy1}}Body text.\\par"));
        QVERIFY(article.has_value());
        QCOMPARE(article->title, u"Drone night"_s);
        QCOMPARE(article->author, u"Kyiv Independent"_s);
        QCOMPARE(article->published, PartialDate::day(2025, 6, 13));
        QCOMPARE(article->body, u"Body text."_s);
    }

    // A news export prints the headline first and the date a line or two below.
    void headlineAndDateParagraph()
    {
        const Result<Article> article = RtfReader::parse(
            document("{\\info{\\creatim\\yr2026\\mo1\\dy2}}Aid package\\par 7 July 2016\\par Text.\\par"));
        QVERIFY(article.has_value());
        QCOMPARE(article->title, u"Aid package"_s);
        QCOMPARE(article->published, PartialDate::day(2016, 7, 7));
    }

    void deepNestingRefused()
    {
        const QByteArray deep = "{\\rtf1 " + QByteArray(5000, '{') + "x" + QByteArray(5000, '}') + "}";
        const Result<Article> article = RtfReader::parse(deep);
        QVERIFY(!article.has_value());
        QCOMPARE(article.error().code, Error::Code::InvalidInput);
        // Nesting under the cap reads.
        const QByteArray nested = "{\\rtf1 " + QByteArray(500, '{') + "x" + QByteArray(500, '}') + "}";
        QCOMPARE(RtfReader::parse(nested)->body, u"x"_s);
    }

    void registryPicksRtfBySignature()
    {
        const QByteArray rtf = document("Hello.\\par");
        QCOMPARE(ReaderRegistry::builtIn().readerFor(rtf, u"export"_s)->name(), u"RTF"_s);
        QCOMPARE(ReaderRegistry::builtIn().readerFor(rtf, u"export.txt"_s)->name(), u"RTF"_s);
        QCOMPARE(ReaderRegistry::builtIn().readerFor("plain", u"x.rtf"_s)->name(), u"RTF"_s);
        const Result<Article> notRtf = ReaderRegistry::builtIn().read("plain text", u"x.rtf"_s);
        QVERIFY(!notRtf.has_value());
        QCOMPARE(ReaderRegistry::builtIn().read(rtf, u"export.rtf"_s)->body, u"Hello."_s);
    }

    // Random bytes and mutations of a real header must parse or fail, never crash.
    void hostileBytes()
    {
        QRandomGenerator random(16);
        const QByteArray seed = document("{\\uc2\\u1044\\'c4 a\\cell\\row{\\footnote x}{\\*\\x}\\bin5 12}");
        const QByteArray alphabet = "{}\\'u-0123456789abcdefABCDEF \r\n*~"_ba;
        for (int round = 0; round < 2000; ++round) {
            QByteArray input = seed;
            for (int edit = 0; edit < 8; ++edit) {
                const qsizetype at = random.bounded(int(input.size()) + 1);
                if (random.bounded(2))
                    input.insert(at, alphabet[random.bounded(int(alphabet.size()))]);
                else if (at < input.size())
                    input[at] = char(random.bounded(256));
            }
            (void)RtfReader::parse(input);
            (void)RtfReader::parse(input.left(random.bounded(int(input.size()) + 1)));
        }
        QVERIFY(RtfReader::parse("\\").has_value());
        QVERIFY(RtfReader::parse("{\\rtf1\\bin999999999 ab").has_value());
        QVERIFY(RtfReader::parse("{\\rtf1\\u99999999999999999999\\'").has_value());
    }
};

QTEST_GUILESS_MAIN(TestRtfReader)
#include "tst_rtfreader.moc"
