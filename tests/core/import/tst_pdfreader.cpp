// PdfReader on PDFs written here, byte by byte, with the standard Helvetica
// font (no embedding, so every word sits exactly where the test puts it):
// reading order across columns, running headers and footers, hyphenation,
// tables, the page map, metadata and each error.
#include "core/import/pdfreader.h"
#include "core/import/readerregistry.h"

#include "common/resultcheck.h"

#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

constexpr double kPageWidth = 612;
constexpr double kPageHeight = 792;

// One line of text: its left edge and top in points (origin top left).
struct TextLine
{
    double x = 72;
    double top = 72;
    QByteArray text;
    double size = 10;
};

using PageLines = QList<TextLine>;

QByteArray escaped(QByteArray text)
{
    return text.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
}

// A PDF 1.4 file with one page per entry of `pages` and an Info dictionary
// of `info` entries (already PDF syntax, e.g. "/Title (x)"), each page turned
// by its entry of `rotations` (degrees clockwise, none when missing).
QByteArray writePdf(const QList<PageLines> &pages, const QByteArray &info = {}, const QList<int> &rotations = {})
{
    QList<QByteArray> objects; // object n is objects[n - 1]
    objects.append("<< /Type /Catalog /Pages 2 0 R >>");
    objects.append(QByteArray()); // the page tree, once the kids are known
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    objects.append("<< " + info + " >>");
    QByteArray kids;
    for (qsizetype page = 0; page < pages.size(); ++page) {
        const PageLines &lines = pages[page];
        QByteArray content;
        for (const TextLine &line : lines) {
            const double baseline = kPageHeight - line.top - 0.8 * line.size;
            content += "BT /F1 " + QByteArray::number(line.size) + " Tf " + QByteArray::number(line.x) + ' '
                + QByteArray::number(baseline) + " Td (" + escaped(line.text) + ") Tj ET\n";
        }
        content += "0 0 m 1 1 l S\n"; // a stroke, so that a page without text is not empty
        objects.append("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream");
        const int contentNumber = int(objects.size());
        const int rotation = rotations.value(page, 0);
        objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
                       "/Rotate " + QByteArray::number(rotation) + " /Contents " + QByteArray::number(contentNumber)
                       + " 0 R >>");
        kids += QByteArray::number(objects.size()) + " 0 R ";
    }
    objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages.size()) + " >>";
    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R /Info 4 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

// Lines of one paragraph from `top`, 12 points apart.
PageLines paragraph(double x, double top, const QList<QByteArray> &texts)
{
    PageLines lines;
    for (const QByteArray &text : texts) {
        lines.append(TextLine{x, top, text, 10});
        top += 12;
    }
    return lines;
}

Result<Article> readPdf(const QByteArray &pdf, const QByteArray &password = {})
{
    return PdfReader().read(pdf, ReadOptions{password});
}

QString withoutSpace(const QString &text)
{
    QString kept;
    for (QChar c : text) {
        if (!c.isSpace())
            kept.append(c);
    }
    return kept;
}

// The page map's contract: pages in order, each run inside its page's range
// and after the one before, its text a word (no space), the runs' texts
// together every non-space character of the body, and each box on its page.
void checkPageMap(const Article &article, int pageCount)
{
    QCOMPARE(article.pages.pages.size(), pageCount);
    QString runTexts;
    int reached = 0;
    for (const Page &page : article.pages.pages) {
        QCOMPARE(page.size, QSizeF(kPageWidth, kPageHeight));
        QVERIFY(page.start <= page.end);
        QVERIFY(page.start >= reached);
        for (const PageRun &run : page.runs) {
            QVERIFY(run.start >= page.start && run.end <= page.end && run.start < run.end);
            QVERIFY(run.start >= reached);
            reached = run.end;
            const QString text = article.body.mid(run.start, run.end - run.start);
            QCOMPARE(withoutSpace(text), text);
            runTexts += text;
            QVERIFY(QRectF(0, 0, kPageWidth, kPageHeight).contains(run.box));
        }
        reached = std::max(reached, page.end);
    }
    QCOMPARE(runTexts, withoutSpace(article.body));
}

const QList<QByteArray> kLeftColumn = {"The ministry counted 1,204 new", "schools in the north and 980 in",
                                       "the south during the year under", "review, more than it had planned."};
const QList<QByteArray> kRightColumn = {"Spending on teachers rose by 12", "percent to 4.5 billion, while",
                                        "building costs fell by a third", "as prices of materials eased."};

} // namespace

class TestPdfReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void declaresItsFormat()
    {
        const PdfReader reader;
        QCOMPARE(reader.name(), u"PDF"_s);
        QCOMPARE(reader.suffixes(), QStringList{u"pdf"_s});
        QVERIFY(reader.recognizes("%PDF-1.7\n"));
        QVERIFY(!reader.recognizes("<html>"));
        QCOMPARE(ReaderRegistry::builtIn().readerFor("%PDF-1.4\n", u"report"_s)->name(), u"PDF"_s);
        QCOMPARE(ReaderRegistry::builtIn().readerFor("%PDF-1.4\n", u"report.txt"_s)->name(), u"PDF"_s);
    }

    void readsLeftColumnThenRight()
    {
        PageLines page = {TextLine{72, 60, "Schools report for the whole country", 16}};
        page += paragraph(72, 100, kLeftColumn);
        page += paragraph(330, 100, kRightColumn);
        const auto article = readPdf(writePdf({page}));
        CLAIMBENCH_VERIFY_OK(article);
        QCOMPARE(article->body,
                 u"Schools report for the whole country\n\n"_s + QString::fromLatin1(kLeftColumn.join(' ')) + u"\n\n"_s
                     + QString::fromLatin1(kRightColumn.join(' ')));
        checkPageMap(*article, 1);
    }

    // A paragraph that goes on in the next column mid-sentence stays one.
    void joinsAParagraphAcrossColumnsMidSentence()
    {
        PageLines page = paragraph(72, 100, {"Exports grew for the third", "year in a row and reached"});
        page += paragraph(72, 124, {"a record of 41 billion in the", "last quarter of the year with"});
        page += paragraph(330, 100, {"machinery making up half", "of the total, the office said.", "The rest was food",
                                     "and other goods, it added."});
        const auto article = readPdf(writePdf({page}));
        CLAIMBENCH_VERIFY_OK(article);
        QVERIFY2(article->body.contains(u"last quarter of the year with machinery making up half"_s),
                 qPrintable(article->body));
        QVERIFY(!article->body.contains(u'\n') || article->body.indexOf(u"\n\n"_s) > article->body.indexOf(u"with"_s));
    }

    void dropsRunningHeadersAndFooters()
    {
        QList<PageLines> pages;
        for (int number = 1; number <= 4; ++number) {
            PageLines page = {TextLine{72, 30, "Annual Statistics Review 2024", 9}};
            page += paragraph(72, 120, {"Page body number " + QByteArray::number(number) + " holds its own text."});
            page.append(TextLine{280, 750, "Page " + QByteArray::number(number) + " of 4", 9});
            pages.append(page);
        }
        const auto article = readPdf(writePdf(pages));
        CLAIMBENCH_VERIFY_OK(article);
        QCOMPARE(article->body, u"Page body number 1 holds its own text.\n\nPage body number 2 holds its own text.\n\n"
                                "Page body number 3 holds its own text.\n\nPage body number 4 holds its own text."_s);
        QVERIFY(!article->body.contains(u'\f'));
        checkPageMap(*article, 4);
        QCOMPARE(article->pages.pageOf(int(article->body.indexOf(u"number 3"_s))), 3);
    }

    void joinsHyphenationAtLineEnds()
    {
        const PageLines page = paragraph(72, 100, {"The first estim-", "ates were revised after the well-",
                                                   "Known survey of 2019-", "20 came out."});
        const auto article = readPdf(writePdf({page}));
        CLAIMBENCH_VERIFY_OK(article);
        QCOMPARE(article->body, u"The first estimates were revised after the well- Known survey of 2019- 20 came out."_s);
        checkPageMap(*article, 1);
        // The broken word keeps a run for each half, each on its own line's box.
        const QList<PageRun> &runs = article->pages.pages[0].runs;
        QCOMPARE(article->body.mid(runs[2].start, runs[2].end - runs[2].start), u"estim"_s);
        QCOMPARE(article->body.mid(runs[3].start, runs[3].end - runs[3].start), u"ates"_s);
        QVERIFY(runs[3].box.top() > runs[2].box.bottom() - 1);
    }

    // A plain-text layout rendered to PDF (an RFC through html2ps) carries its
    // foot line above the bottom 12% of the page: as the page's last row, it
    // is looked at in a wider band. A last row of body text that differs
    // from page to page stays.
    void dropsAFootLineAboveTheMarginBand()
    {
        const QList<QByteArray> bodies = {"Alpha opens the memo.", "Bravo carries on.", "Charlie closes it."};
        QList<PageLines> pages;
        for (int number = 1; number <= 3; ++number) {
            PageLines page = paragraph(72, 100, {bodies[number - 1]});
            page.append(TextLine{72, 660, "Rescorla  Standards Track  [Page " + QByteArray::number(number) + "]", 10});
            pages.append(page);
        }
        pages.append(paragraph(72, 100, {"The last page has no foot line and ends low", "", "", "", "", ""}));
        pages.last().append(TextLine{72, 660, "with this line of body text.", 10});
        const auto article = readPdf(writePdf(pages));
        CLAIMBENCH_VERIFY_OK(article);
        QCOMPARE(article->body, u"Alpha opens the memo.\n\nBravo carries on.\n\nCharlie closes it.\n\n"
                                "The last page has no foot line and ends low\n\nwith this line of body text."_s);
        checkPageMap(*article, 4);
    }

    // A hard hyphen at a line end stays, with no space, when the document
    // writes that compound whole elsewhere (also inside a longer one) and
    // never the joined word; otherwise it is hyphenation and goes.
    void keepsACompoundsHyphenAtALineEnd()
    {
        const PageLines page = paragraph(72, 100, {"A byte-range-spec names a byte-", "range; the cache must-",
                                                   "revalidate if told must-revalidate, and estim-",
                                                   "ates join."});
        const auto article = readPdf(writePdf({page}));
        CLAIMBENCH_VERIFY_OK(article);
        QCOMPARE(article->body, u"A byte-range-spec names a byte-range; the cache must-revalidate if told "
                                "must-revalidate, and estimates join."_s);
        checkPageMap(*article, 1);
    }

    void keepsATableRowOnOneLine()
    {
        PageLines page = paragraph(72, 80, {"Schools opened by region and year."});
        const QList<std::array<QByteArray, 3>> rows = {
            {"Region", "2022", "2023"}, {"North", "1,204", "1,350"}, {"South east", "980", "1,010"}};
        double top = 120;
        for (const auto &row : rows) {
            page.append(TextLine{72, top, row[0], 10});
            page.append(TextLine{300, top, row[1], 10});
            page.append(TextLine{400, top, row[2], 10});
            top += 14;
        }
        page += paragraph(72, 200, {"The figures are provisional."});
        const auto article = readPdf(writePdf({page}));
        CLAIMBENCH_VERIFY_OK(article);
        QCOMPARE(article->body, u"Schools opened by region and year.\n\nRegion\t2022\t2023\nNorth\t1,204\t1,350\n"
                                "South east\t980\t1,010\n\nThe figures are provisional."_s);
        checkPageMap(*article, 1);
    }

    void separatesParagraphsByTheirSpacing()
    {
        PageLines page = paragraph(72, 100, {"First paragraph opens here", "and closes here."});
        page += paragraph(72, 140, {"Second paragraph follows", "after a blank gap."});
        const auto article = readPdf(writePdf({page}));
        CLAIMBENCH_VERIFY_OK(article);
        QCOMPARE(article->body,
                 u"First paragraph opens here and closes here.\n\nSecond paragraph follows after a blank gap."_s);
    }

    // A page turned by /Rotate runs its lines down (90) or up (270) the
    // displayed page: they still read as lines and paragraphs, while the
    // boxes stay where the page view draws the words.
    void readsRotatedPagesByTheirLines()
    {
        // Each page's text lower than the last, so it does not read as a
        // running header.
        QList<PageLines> pages;
        for (double top : {100, 250, 400})
            pages.append(paragraph(72, top, kLeftColumn) + paragraph(72, top + 100, kRightColumn));
        const auto article = readPdf(writePdf(pages, {}, {90, 270, 180}));
        CLAIMBENCH_VERIFY_OK(article);
        const QString text = QString::fromLatin1(kLeftColumn.join(' ')) + u"\n\n"_s
            + QString::fromLatin1(kRightColumn.join(' '));
        QCOMPARE(article->body, text + u"\n\n"_s + text + u"\n\n"_s + text);
        const QList<Page> &read = article->pages.pages;
        QCOMPARE(read.size(), 3);
        QCOMPARE(read[0].size, QSizeF(kPageHeight, kPageWidth));
        // "The", first on the page, sits at the top right after a quarter
        // turn clockwise, at the bottom left after three.
        const QRectF first90 = read[0].runs.first().box;
        QVERIFY(first90.height() > first90.width());
        QVERIFY(first90.left() > kPageHeight / 2 && first90.top() < kPageWidth / 2);
        const QRectF first270 = read[1].runs.first().box;
        QVERIFY(first270.left() < kPageHeight / 2 && first270.top() > kPageWidth / 2);
        for (const Page &page : read) {
            for (const PageRun &run : page.runs)
                QVERIFY(QRectF(QPointF(0, 0), page.size).contains(run.box));
        }
    }

    // Each list item its own paragraph, so that the figures of two items do
    // not fall in one sentence: after a bullet or enumerator, or when the
    // next line's first word would have fitted on the line before.
    void separatesListItems()
    {
        PageLines page = paragraph(72, 100, {"Counts of the year were these", "\x95 schools 1,204 and", "\x95 teachers 9,800"});
        page += paragraph(72, 160, {"and also these:", "1) pupils 81,000", "2) buses 310"});
        page += paragraph(90, 220, {"Clinics 42", "Doctors 17"});
        const auto article = readPdf(writePdf({page}));
        CLAIMBENCH_VERIFY_OK(article);
        QCOMPARE(article->body, u"Counts of the year were these\n\n\u2022 schools 1,204 and\n\n\u2022 teachers 9,800\n\n"
                                "and also these:\n\n1) pupils 81,000\n\n2) buses 310\n\nClinics 42\n\nDoctors 17"_s);
    }

    void readsMetadata()
    {
        const QByteArray info = "/Title (Schools in 2024) /Author (Statistics Office) /CreationDate (D:20240315093000Z)";
        const auto article = readPdf(writePdf({paragraph(72, 100, kLeftColumn)}, info));
        CLAIMBENCH_VERIFY_OK(article);
        QCOMPARE(article->title, u"Schools in 2024"_s);
        QCOMPARE(article->author, u"Statistics Office"_s);
        QCOMPARE(article->published, PartialDate::day(2024, 3, 15));
        QVERIFY(article->document.startsWith("%PDF-1.4"));
        QCOMPARE(article->document.size(), writePdf({paragraph(72, 100, kLeftColumn)}, info).size());
    }

    void placeholderTitleGivesWayToTheFileName_data()
    {
        QTest::addColumn<QByteArray>("title");
        QTest::newRow("word") << "Microsoft Word - draft 3.docx"_ba;
        QTest::newRow("untitled") << "Untitled"_ba;
        QTest::newRow("file name") << "report_final.indd"_ba;
        QTest::newRow("blank") << "   "_ba;
    }
    void placeholderTitleGivesWayToTheFileName()
    {
        QFETCH(QByteArray, title);
        const auto article =
            ReaderRegistry::builtIn().read(writePdf({paragraph(72, 100, kLeftColumn)}, "/Title (" + title + ")"),
                                           u"/in/schools-2024.pdf"_s);
        CLAIMBENCH_VERIFY_OK(article);
        QCOMPARE(article->title, u"schools-2024"_s);
    }

    void anImageOnlyPageHasAnEmptyRange()
    {
        const auto article = readPdf(writePdf({paragraph(72, 100, kLeftColumn), {}, paragraph(72, 100, kRightColumn)}));
        CLAIMBENCH_VERIFY_OK(article);
        checkPageMap(*article, 3);
        const Page &blank = article->pages.pages[1];
        QCOMPARE(blank.start, blank.end);
        QVERIFY(blank.runs.isEmpty());
        QCOMPARE(article->body.count(u"\n\n"_s), 1);
    }

    void refusesAScan()
    {
        const auto article = readPdf(writePdf({{}, {}}));
        QVERIFY(!article);
        QCOMPARE(article.error().code, Error::Code::Unsupported);
        QCOMPARE(article.error().message, u"No text layer on any page; OCR is not supported"_s);
    }

    void refusesDamagedFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("header only") << "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"_ba;
        QTest::newRow("garbage") << "%PDF-1.4\n\x01\x02 nothing here \xFF\xFE"_ba;
        QTest::newRow("cut before the pages") << writePdf({paragraph(72, 100, kLeftColumn)}).left(40);
    }
    void refusesDamagedFiles()
    {
        QFETCH(QByteArray, bytes);
        const auto article = readPdf(bytes);
        QVERIFY(!article);
        QCOMPARE(article.error().code, Error::Code::InvalidInput);
        QVERIFY(article.error().message.startsWith(u"The PDF is damaged"_s));
    }

    void refusesMoreThanItsPageLimit()
    {
        // 5,001 pages sharing one content stream keep the file small.
        QByteArray pdf = "%PDF-1.4\n";
        QList<qsizetype> offsets;
        const int pages = PdfReader::kMaxPages + 1;
        const auto object = [&](const QByteArray &body) {
            offsets.append(pdf.size());
            pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
        };
        QByteArray kids;
        for (int i = 0; i < pages; ++i)
            kids += QByteArray::number(i + 4) + " 0 R ";
        object("<< /Type /Catalog /Pages 2 0 R >>");
        object("<< /Type /Pages /MediaBox [0 0 612 792] /Count " + QByteArray::number(pages) + " /Kids [" + kids + "] >>");
        object("<< /Length 0 >>\nstream\n\nendstream");
        for (int i = 0; i < pages; ++i)
            object("<< /Type /Page /Parent 2 0 R /Contents 3 0 R >>");
        const qsizetype xref = pdf.size();
        pdf += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
        for (qsizetype offset : offsets)
            pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
        pdf += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
            + QByteArray::number(xref) + "\n%%EOF\n";
        const auto article = readPdf(pdf);
        QVERIFY(!article);
        QCOMPARE(article.error().code, Error::Code::TooLarge);
        QCOMPARE(article.error().message, u"The PDF has 5,001 pages; Claimbench reads at most 5,000"_s);
    }
};

QTEST_GUILESS_MAIN(TestPdfReader)
#include "tst_pdfreader.moc"
