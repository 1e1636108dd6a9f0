// Hard-wrapped text whose soft line breaks are more than one character (CR LF
// from Windows, RTF and DOCX exports; continuation lines indented with blanks
// or a tab; format=flowed's blank before the break) reads as the same text
// unwrapped: each soft break one space in TextLayout's compact reading, the
// figures' offsets and text the input's. Texts written for these tests.
#include "core/extract/figureextractor.h"
#include "core/extract/textlayout.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// A text built twice: hard-wrapped as a file brings it, and flowing (each
// soft break one space), with the wrapped offset of each flowing character.
struct Parallel
{
    QString wrapped;
    QString flowing;
    QList<qsizetype> wrappedAt; // of each flowing character, then the wrapped size

    void same(QStringView s)
    {
        for (qsizetype i = 0; i < s.size(); ++i)
            wrappedAt.append(wrapped.size() + i);
        wrapped += s;
        flowing += s;
    }
    void soft(QStringView softBreak)
    {
        wrappedAt.append(wrapped.size());
        wrapped += softBreak;
        flowing += u' ';
    }
    // Lines of one paragraph, each after the first opened by a soft break.
    void paragraph(const QStringList &lines, QStringView softBreak)
    {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                soft(softBreak);
            same(lines[i]);
        }
    }
    qsizetype wrappedOffset(qsizetype flowingOffset) const
    {
        return flowingOffset < wrappedAt.size() ? wrappedAt[flowingOffset] : wrapped.size();
    }
};

// A wire story wrapped at 72: "1.2⏎million" and a date across soft breaks,
// a quotation, a figure at a line's start.
const QStringList kFlood{
    u"Flooding in the northern provinces has killed at least 23 people and"_s,
    u"forced more than 4,000 families from their homes, the regional office"_s,
    u"said on Tuesday. The agency estimates that the water displaced about 1.2"_s,
    u"million people across the region, up from 800,000 a week earlier and"_s,
    u"3.5 times the number the government had planned for in the spring."_s,
};
const QStringList kAppeal{
    u"Officials expect the number of displaced residents to rise as the river"_s,
    u"keeps rising, and they asked for patience from the 35,000 families in"_s,
    u"shelters. \"We need $2.5 billion in the coming weeks,\" said Maria Lopez,"_s,
    u"the head of the relief agency, in a statement issued on 12 March 2024,"_s,
    u"adding that 14 bridges had collapsed."_s,
};
// A table whose cells two or more spaces part: it stays a table.
const QStringList kTable{
    u"Province        Displaced    Deaths"_s,
    u"North           12,400       14"_s,
    u"Coast           8,350        9"_s,
};
const QStringList kLosses{
    u"Генеральний штаб ЗСУ повідомив, що з початку повномасштабного вторгнення"_s,
    u"Росія втратила близько 11 603 танків, 23 000 артилерійських систем і понад"_s,
    u"1,2 тисячі літаків, а за минулу добу українські військові знищили 4 танки."_s,
    u"Ще 35 безпілотників збили сили протиповітряної оборони над областями."_s,
};

const FigureExtractor &extractor()
{
    static const FigureExtractor x;
    return x;
}

// Every figure and date of `wrapped` is the one of `flowing` at the offsets
// that text has in `wrapped`, with the same reading; its text is the
// input's slice.
void verifyReadsAsFlowing(const Parallel &text)
{
    const Extraction flowing = extractor().extract(text.flowing, PartialDate::day(2024, 3, 13));
    const Extraction wrapped = extractor().extract(text.wrapped, PartialDate::day(2024, 3, 13));
    QCOMPARE(wrapped.figures.size(), flowing.figures.size());
    QVERIFY(!flowing.figures.isEmpty());
    for (qsizetype k = 0; k < flowing.figures.size(); ++k) {
        const Figure &f = flowing.figures[k];
        const Figure &w = wrapped.figures[k];
        const QString where = u"figure %1 '%2'"_s.arg(k).arg(f.text);
        QCOMPARE(w.text, text.wrapped.mid(w.start, w.end - w.start));
        QVERIFY2(w.start == text.wrappedOffset(f.start), qPrintable(where));
        QVERIFY2(w.end == text.wrappedOffset(f.end - 1) + 1, qPrintable(where));
        QVERIFY2(w.value == f.value && w.low == f.low && w.high == f.high, qPrintable(where));
        QCOMPARE(w.unit, f.unit);
        QCOMPARE(w.qualifier, f.qualifier);
        QCOMPARE(w.claimant, f.claimant);
        QCOMPARE(w.asOf, f.asOf);
        QCOMPARE(w.restates, f.restates);
    }
    QCOMPARE(wrapped.dates.size(), flowing.dates.size());
    for (qsizetype k = 0; k < flowing.dates.size(); ++k) {
        const DateMention &d = wrapped.dates[k];
        QCOMPARE(d.text, text.wrapped.mid(d.start, d.end - d.start));
        QCOMPARE(d.start, text.wrappedOffset(flowing.dates[k].start));
        QCOMPARE(d.resolved, flowing.dates[k].resolved);
    }
}

const Figure *figureWith(const Extraction &e, double value)
{
    for (const Figure &f : e.figures)
        if (f.value == value)
            return &f;
    return nullptr;
}

} // namespace

class TestSoftBreaks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void softBreaksOfAnyLengthReadAsOneSpace_data()
    {
        QTest::addColumn<QString>("softBreak");
        QTest::addColumn<QString>("hardBreak");
        QTest::newRow("CR LF") << u"\r\n"_s << u"\r\n"_s;
        QTest::newRow("indented continuation lines") << u"\n  "_s << u"\n"_s;
        QTest::newRow("CR LF, indented continuation lines") << u"\r\n    "_s << u"\r\n"_s;
        QTest::newRow("format=flowed (a blank before the break)") << u" \r\n"_s << u"\r\n"_s;
        QTest::newRow("blanks at both sides") << u"   \n   "_s << u"\n"_s;
        QTest::newRow("tab-indented continuation lines") << u"\n\t"_s << u"\n"_s;
    }
    void softBreaksOfAnyLengthReadAsOneSpace()
    {
        QFETCH(QString, softBreak);
        QFETCH(QString, hardBreak);
        Parallel text;
        text.paragraph(kFlood, softBreak);
        text.same(QString(hardBreak + hardBreak));
        text.paragraph(kAppeal, softBreak);
        text.same(QString(hardBreak + hardBreak));
        for (const QString &row : kTable)
            text.same(QString(row + hardBreak));
        verifyReadsAsFlowing(text);

        const TextLayout layout(text.wrapped);
        QVERIFY(layout.compacts());
        QVERIFY(layout.compactReading().contains(u"about 1.2 million people"));
        // The wrapped prose is no table row; the table's rows still are.
        for (const QStringView line : layout.compactReading().split(u'\n'))
            QCOMPARE(TextLines::isTableRow(line.trimmed()), line.contains(u"   "));
        const Extraction out = extractor().extract(text.wrapped, PartialDate::day(2024, 3, 13));
        const Figure *million = figureWith(out, 1'200'000);
        QVERIFY(million);
        QCOMPARE(million->unit, u"people"_s);
        QCOMPARE(million->text, u"1.2"_s + softBreak + u"million"_s);
        QVERIFY(figureWith(out, 2.5e9));
        QCOMPARE(figureWith(out, 2.5e9)->claimant, u"Maria Lopez"_s);
    }

    // Paragraphs opened by a tab, their other lines flush: the tab opens a
    // paragraph, no soft break is longer than one character.
    void tabbedFirstLinesOpenParagraphs()
    {
        Parallel text;
        text.same(u"\t"_s);
        text.paragraph(kFlood, u"\r\n");
        text.same(u"\r\n\t"_s);
        text.paragraph(kAppeal, u"\r\n");
        verifyReadsAsFlowing(text);
        QCOMPARE(paragraphs(text.wrapped).size(), 2);
    }

    void cyrillicWrappedWithCrLf_data()
    {
        QTest::addColumn<QString>("softBreak");
        QTest::newRow("CR LF") << u"\r\n"_s;
        QTest::newRow("CR LF, indented") << u"\r\n  "_s;
    }
    void cyrillicWrappedWithCrLf()
    {
        QFETCH(QString, softBreak);
        Parallel text;
        text.paragraph(kLosses, softBreak);
        text.same(u"\r\n\r\n"_s);
        text.paragraph(kLosses, softBreak);
        verifyReadsAsFlowing(text);
        QVERIFY(TextLayout(text.wrapped).compacts());
        QVERIFY(figureWith(extractor().extract(text.wrapped, PartialDate::day(2024, 3, 13)), 11'603));
    }

    // LF-wrapped and unwrapped text keep today's reading: the text itself or
    // a copy of its length, no compact copy.
    void singleCharacterBreaksReadTheTextsLength()
    {
        Parallel wrapped;
        wrapped.paragraph(kFlood, u"\n");
        const TextLayout lf(wrapped.wrapped);
        QVERIFY(lf.hasSoftBreaks());
        QVERIFY(!lf.compacts());
        QCOMPARE(lf.compactReading(), lf.reading());
        QCOMPARE(lf.reading().toString(), wrapped.flowing);
        const TextLayout flowing(wrapped.flowing);
        QVERIFY(flowing.readsTextAsIs());
        QVERIFY(!flowing.compacts());
        QCOMPARE(flowing.compactReading().data(), wrapped.flowing.constData());
    }

    // Offsets map back: a character's own offset, the break's space to the
    // break's first character, the end to the text's end.
    void compactOffsetsMapToTheText()
    {
        Parallel text;
        text.paragraph(kFlood, u" \r\n  ");
        const TextLayout layout(text.wrapped);
        QVERIFY(layout.compacts());
        const QStringView compact = layout.compactReading();
        QCOMPARE(compact, QStringView(text.flowing));
        for (qsizetype i = 0; i < compact.size(); ++i) {
            const qsizetype at = layout.textOffset(i);
            QVERIFY(compact[i] == text.wrapped[at]);
            QCOMPARE(at, text.wrappedOffset(i));
        }
        QCOMPARE(layout.textOffset(compact.size()), text.wrapped.size());
    }
};

} // namespace Claimbench

QTEST_GUILESS_MAIN(Claimbench::TestSoftBreaks)
#include "tst_softbreaks.moc"
