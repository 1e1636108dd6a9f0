// TextTables: what a table laid out in plain text says about its cells, and
// what the extractor takes from it.
#include "core/extract/figureextractor.h"
#include "core/extract/texttable.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

const QString kFixedWidth = u"Storm damage by district, as of Monday evening:\n"
                            u"\n"
                            u"District              Dead    Missing    Injured (%)\n"
                            u"-------------------   ----    -------    -----------\n"
                            u"North Ridge             14          3           52.5\n"
                            u"Lower Valley Zone 4      9         11           40.1\n"
                            u"\n"
                            u"Source: Regional Health Office, daily bulletin.\n"_s;

const QString kTabs = u"Region\tCases\tRecovered (percent)\n"
                      u"East\t1,240\t87.5\n"
                      u"West Coast\t980\t91.2\n"
                      u"Figures from the National Statistics Bureau; week 12.\n"_s;

// A note in capitals: sourceIn() skips lines that cannot end a marker
// before it searches for one; "BY " must not be missed for its case.
const QString kCapitalNote = u"Port        Ships    Cargo (t)\n"
                             u"Northgate      12        4,500\n"
                             u"\n"
                             u"COMPILED BY THE HARBOUR BOARD\n"_s;

const QString kTwoLineHeader = u"The ministry gave these totals.\n"
                               u"\n"
                               u"                    Confirmed      Still\n"
                               u"Province               deaths    missing\n"
                               u"Harbor Bay                 31          6\n"
                               u"Stone Hills             1,045        120\n"_s;

const QString kRates = u"The rates for next year are as follows:\n"
                       u"\n"
                       u"Pupils\tRate per pupil\n"
                       u"Primary school\t£1,320\n"
                       u"Secondary school\t£935\n"
                       u"\n"
                       u"The council checked the figures from the census against its own records for every school in "
                       u"the county, a review that took the better part of a year.\n"_s;

const QString kSourceColumn = u"Casualties reported each day:\n"
                              u"\n"
                              u"Day          Deaths   Injured   Source\n"
                              u"Monday           14        52   Health Ministry\n"
                              u"Tuesday           9        40   Red Crescent\n"
                              u"\n"
                              u"Energy source    Share (%)\n"
                              u"Coal                  41.5\n"_s;

const QString kMonths = u"                           Dec.       Jan.\n"
                        u"Category                   2011       2012\n"
                        u"Civilian labor force    153,887    154,395\n"_s;

// "header / unit / source" of the cell at the `occurrence`-th `needle`, or
// "none".
QString describeCell(const QString &text, const QString &needle, int occurrence = 1)
{
    qsizetype at = -1;
    for (int k = 0; k < occurrence; ++k)
        at = text.indexOf(needle, at + 1);
    if (at < 0)
        return u"needle not found"_s;
    const qsizetype lineStart = text.lastIndexOf(u'\n', at) + 1;
    qsizetype lineEnd = text.indexOf(u'\n', at);
    if (lineEnd < 0)
        lineEnd = text.size();
    TextTables tables(text);
    const std::optional<TableCell> cell = tables.cellAt({lineStart, lineEnd}, at, at + needle.size());
    if (!cell)
        return u"none"_s;
    return cell->header + u" / " + cell->unit + u" / " + cell->source;
}

} // namespace

class TestTextTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cells_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("needle");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fixed width, first column") << kFixedWidth << u"14"_s << 1
                                                   << u"Dead / dead / Regional Health Office"_s;
        QTest::newRow("fixed width, right-aligned") << kFixedWidth << u"11"_s << 1
                                                    << u"Missing / missing / Regional Health Office"_s;
        QTest::newRow("fixed width, percent header") << kFixedWidth << u"40.1"_s << 1
                                                     << u"Injured (%) / % / Regional Health Office"_s;
        QTest::newRow("row label with a number") << kFixedWidth << u"4"_s << 2 << u"none"_s;
        QTest::newRow("header is no cell") << kFixedWidth << u"Dead"_s << 1 << u"none"_s;
        QTest::newRow("line above the table") << kFixedWidth << u"Monday"_s << 1 << u"none"_s;
        QTest::newRow("tabs") << kTabs << u"980"_s << 1 << u"Cases / cases / the National Statistics Bureau"_s;
        QTest::newRow("tabs, percent") << kTabs << u"87.5"_s << 1
                                       << u"Recovered (percent) / % / the National Statistics Bureau"_s;
        QTest::newRow("source in capitals") << kCapitalNote << u"12"_s << 1 << u"Ships / ships / THE HARBOUR BOARD"_s;
        QTest::newRow("two header lines") << kTwoLineHeader << u"1,045"_s << 1 << u"Confirmed deaths / deaths / "_s;
        QTest::newRow("two header lines, second column") << kTwoLineHeader << u"6"_s << 1
                                                         << u"Still missing / missing / "_s;
        QTest::newRow("source column") << kSourceColumn << u"40"_s << 1 << u"Injured / injured / Red Crescent"_s;
        QTest::newRow("a kind of source is no source") << kSourceColumn << u"41.5"_s << 1
                                                       << u"Share (%) / % / "_s;
        QTest::newRow("a period heads the column, not a unit") << kMonths << u"154,395"_s << 1
                                                               << u"Jan. 2012 /  / "_s;
        QTest::newRow("prose") << u"The storm killed 14 people.\nAnother 3 are missing.\n"_s << u"14"_s << 1
                               << u"none"_s;
    }
    void cells()
    {
        QFETCH(QString, text);
        QFETCH(QString, needle);
        QFETCH(int, occurrence);
        QFETCH(QString, expected);
        QCOMPARE(describeCell(text, needle, occurrence), expected);
    }

    // A rate column makes a money cell a rate; a paragraph of prose after
    // the table ("figures from the census ...") names no source of it.
    void extractorTakesRateFromTheHeader()
    {
        const Extraction e = FigureExtractor().extract(kRates, PartialDate::day(2026, 12, 1));
        QStringList got;
        for (const Figure &f : e.figures)
            got.append(f.text + u' ' + f.unit + u' ' + f.claimant);
        QCOMPARE(got, (QStringList{u"£1,320 GBP/pupil "_s, u"£935 GBP/pupil "_s}));
    }

    // Regression (issue 14): a number in a table took no unit from its
    // column, and no claimant from the table's source line.
    void extractorTakesUnitAndSourceFromTheTable()
    {
        const Extraction e = FigureExtractor().extract(kFixedWidth, PartialDate::day(2026, 12, 1));
        QStringList got;
        for (const Figure &f : e.figures)
            got.append(f.text + u' ' + f.unit + u' ' + f.claimant);
        QCOMPARE(got, (QStringList{u"14 dead Regional Health Office"_s, u"3 missing Regional Health Office"_s,
                                   u"52.5 % Regional Health Office"_s, u"4  "_s, u"9 dead Regional Health Office"_s,
                                   u"11 missing Regional Health Office"_s, u"40.1 % Regional Health Office"_s}));
    }
};

} // namespace Claimbench

QTEST_GUILESS_MAIN(Claimbench::TestTextTable)
#include "tst_texttable.moc"
