// TextLayout: which line breaks of a plain text are soft, and what the
// extractor gains from reading them as spaces.
#include "core/extract/figureextractor.h"
#include "core/extract/textlayout.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// Greedy hard wrapping as mail clients and wire services do it: each
// paragraph broken before the word that would pass `width`, paragraphs
// separated by a blank line.
QString wrapped(const QStringList &paragraphs, int width, const QString &eol = u"\n"_s)
{
    QStringList out;
    for (const QString &paragraph : paragraphs) {
        QStringList lines;
        QString line;
        for (const QString &word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
                lines.append(line);
                line.clear();
            }
            line += (line.isEmpty() ? QString() : u" "_s) + word;
        }
        lines.append(line);
        out.append(lines.join(eol));
    }
    return out.join(eol + eol);
}

const QString kFlood = u"Flooding in the northern provinces has killed at least 23 people and forced more than "
                       u"4,000 families from their homes, the regional emergency office said on Tuesday. Rescue "
                       u"teams were still searching for 11 fishermen who went missing when their boats capsized "
                       u"near the coast."_s;
const QString kHouses = u"The office said that about 1,200 houses had been destroyed and that 35 schools were "
                        u"closed. Officials expect the number of displaced residents to rise as the river keeps "
                        u"rising over the weekend, and they asked for patience from the families in shelters."_s;

QStringList paragraphTexts(const QString &text)
{
    QStringList out;
    for (const TextSpan &s : paragraphs(text))
        out.append(text.mid(s.start, s.end - s.start));
    return out;
}

const FigureExtractor &extractor()
{
    static const FigureExtractor x;
    return x;
}

} // namespace

class TestTextLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrappedParagraphsJoin_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<QString>("eol");
        QTest::newRow("70 columns") << 70 << u"\n"_s;
        QTest::newRow("76 columns") << 76 << u"\n"_s;
        QTest::newRow("72 columns, CR LF") << 72 << u"\r\n"_s;
    }
    void wrappedParagraphsJoin()
    {
        QFETCH(int, width);
        QFETCH(QString, eol);
        const QString text = wrapped({kFlood, kHouses}, width, eol);
        const TextLayout layout(text);
        QVERIFY2(layout.wrapWidth() >= width - 8 && layout.wrapWidth() <= width,
                 qPrintable(QString::number(layout.wrapWidth())));
        QString expected = text;
        const QString blank = eol + eol;
        const qsizetype separator = text.indexOf(blank);
        QVERIFY(separator > 0);
        for (qsizetype i = 0; i < expected.size(); ++i)
            if ((expected[i] == u'\n' || expected[i] == u'\r') && (i < separator || i >= separator + blank.size()))
                expected[i] = u' ';
        QCOMPARE(layout.reading().toString(), expected);
        QCOMPARE(paragraphTexts(text), (QStringList{text.left(separator), text.mid(separator + blank.size())}));
    }

    void oneParagraphPerLineStaysAsIs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("news, a paragraph a line")
            << QString(u"Floods kill 23 in the north\n"_s + kFlood + u'\n' + kHouses + u"\nMore rain is forecast.\n"_s);
        QTest::newRow("news, blank lines between") << QString(kFlood + u"\n\n"_s + kHouses + u"\n\n"_s + kFlood);
        QTest::newRow("short lines") << u"Regional Emergency Office\n12 Harbour Road\nNorth Ridge\n\nPress release\n"_s;
        QTest::newRow("headline and standfirst")
            << u"Storm leaves 23 dead\nThe regional office says more than 4,000 families have fled.\n\n"
               u"Body text follows here."_s;
    }
    void oneParagraphPerLineStaysAsIs()
    {
        QFETCH(QString, text);
        const TextLayout layout(text);
        QCOMPARE(layout.wrapWidth(), 0);
        QVERIFY(!layout.hasSoftBreaks());
        QCOMPARE(layout.reading(), QStringView(text));
        QCOMPARE(paragraphTexts(text), text.split(u'\n', Qt::SkipEmptyParts));
    }

    // Speaker labels, list items, table rows and headings start lines of
    // their own, however full the line before them is.
    void structureLinesStayLines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("paragraphs");
        const QString turn = u"We have delivered about 450 tonnes of food and water since Friday, and 18 helicopters "
                             u"are now flying supply missions every day from the two airfields in the south."_s;
        const QString question = u"How many people are still cut off from the main roads in the valley, and how many "
                                 u"of them need medical care?"_s;
        QTest::newRow("transcript")
            << wrapped({u"MODERATOR: Good afternoon. Our briefer today is a senior official who will speak on "
                        u"background about the relief operation."_s,
                        u"SENIOR OFFICIAL: Thanks. "_s + turn, u"Q: "_s + question},
                       70)
                   .replace(u"\n\nQ:"_s, u"\nQ:"_s)
                   + u"\nSENIOR OFFICIAL: Roughly 30,000, but that figure changes by the hour."_s
            << QStringList{u"MODERATOR: Good afternoon. Our briefer today is a senior official who will speak on "
                           u"background about the relief operation."_s,
                           u"SENIOR OFFICIAL: Thanks. "_s + turn, u"Q: "_s + question,
                           u"SENIOR OFFICIAL: Roughly 30,000, but that figure changes by the hour."_s};
        const QString intro = wrapped({kFlood}, 72);
        QTest::newRow("table")
            << QString(intro + u"\n\nDistrict              Dead    Missing    Injured\n"
                               u"North Ridge             14          3         52\n"
                               u"Lower Valley             9         11         40\n\n"_s
                       + wrapped({kHouses}, 72))
            << QStringList{kFlood, u"District              Dead    Missing    Injured"_s,
                           u"North Ridge             14          3         52"_s,
                           u"Lower Valley             9         11         40"_s, kHouses};
        QTest::newRow("bullets")
            << QString(wrapped({kFlood, u"The agency listed its priorities for the coming month:"_s}, 70)
                       + u"\n- Restore power to the 12 substations that were damaged by the\n"
                         u"  storm, starting with those that serve the two hospitals.\n"
                         u"- Reopen 40 kilometres of the coastal highway to lorries and buses\n"
                         u"- Deliver clean water to about 6,000 households in the eastern\n"
                         u"  districts.\n\n"_s
                       + wrapped({kHouses}, 70))
            << QStringList{kFlood, u"The agency listed its priorities for the coming month:"_s,
                           u"- Restore power to the 12 substations that were damaged by the   storm, starting with "
                           u"those that serve the two hospitals."_s,
                           u"- Reopen 40 kilometres of the coastal highway to lorries and buses"_s,
                           u"- Deliver clean water to about 6,000 households in the eastern   districts."_s,
                           kHouses};
        const QStringList lettered{u"a. 23. At least 23 people have died since the river burst its banks on the night "
                                   u"of the storm."_s,
                                   u"b. 4,000. More than 4,000 families have left their homes and moved to shelters "
                                   u"run by the council."_s};
        QTest::newRow("lettered items, continued under the marker") << wrapped(lettered, 72) << lettered;
        QTest::newRow("heading")
            << QString(wrapped({kFlood}, 70) + u"\nDAMAGE TO HOUSING\n"_s + wrapped({kHouses}, 70))
            << QStringList{kFlood, u"DAMAGE TO HOUSING"_s, kHouses};
    }
    void structureLinesStayLines()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, paragraphs);
        const TextLayout layout(text);
        QVERIFY(layout.wrapWidth() > 0);
        QStringList read;
        for (const TextSpan &s : layout.paragraphs())
            read.append(layout.reading().mid(s.start, s.end - s.start).toString());
        QCOMPARE(read, paragraphs);
    }

    void structureLines()
    {
        QVERIFY(TextLines::isTableRow(u"North Ridge             14          3"_s));
        QVERIFY(TextLines::isTableRow(u"East\t1,240\t87.5"_s));
        QVERIFY(TextLines::isTableRow(u"12.5 3.4 -0.2 (4%)"_s));
        QVERIFY(!TextLines::isTableRow(u"The river rose.  Officials said 23 people died."_s));
        QVERIFY(!TextLines::isTableRow(u"MR. KIRBY:  Good afternoon, everybody."_s));
        // Prose typed with tabs for spaces is no row; a row of words with a
        // tab between cells still is.
        QVERIFY(!TextLines::isTableRow(u"Rescuers\tsaid\t40\thouses\twere\tflooded\tnear\tthe\triver."_s));
        QVERIFY(TextLines::isTableRow(u"Northern district\tflooded\t40\tclosed\t12"_s));
        QVERIFY(TextLines::isTableRow(u"dead\tinjured\tmissing"_s));
        QVERIFY(TextLines::isTableRow(u"Grants for schools in the north that were closed by the floods\t£1,200"_s));
        QVERIFY(!TextLines::isTableRow(u"In 2023 and 2024 about 45 people died each year"_s));
        QVERIFY(TextLines::opensWithLabel(u"SENIOR DEFENSE OFFICIAL: Thanks."_s));
        QVERIFY(TextLines::opensWithLabel(u"Q: How many?"_s));
        QVERIFY(TextLines::opensWithLabel(u"MR. KIRBY:"_s));
        QVERIFY(!TextLines::opensWithLabel(u"The ministry said: more than 20"_s));
        QVERIFY(!TextLines::opensWithLabel(u"at 10:30 on Monday"_s));
        QCOMPARE(TextLines::listItemTextColumn(u"- Restore power"_s), 2);
        QCOMPARE(TextLines::listItemTextColumn(u"  12. Reopen roads"_s), 6);
        QCOMPARE(TextLines::listItemTextColumn(u"(b) Deliver water"_s), 4);
        QCOMPARE(TextLines::listItemTextColumn(u"-5 degrees"_s), -1);
        QCOMPARE(TextLines::listItemTextColumn(u"e.g. water"_s), -1);
    }

    // Regression (issue 14): in hard-wrapped text a unit or a source on the
    // other side of a line break was lost.
    void proseWithTabsIsNoTable()
    {
        const QString text = u"Rescuers\tsaid\tthat\tthe\twater\treached\tthe\troofs\tof\tthe\tvillage\tand\tthat\n"
                             u"more\tthan\t40\thouses\twere\tflooded\tnear\tthe\triver\tbank\ton\tSunday.\n"_s;
        const Extraction out = extractor().extract(text, PartialDate());
        QCOMPARE(out.figures.size(), 1);
        QCOMPARE(out.figures[0].unit, u"houses"_s);
    }

    void otherLineBreaksSeparateParagraphs_data()
    {
        QTest::addColumn<QString>("blank");
        QTest::newRow("CR CR") << u"\r\r"_s;
        QTest::newRow("paragraph separator") << u"\u2029"_s;
        QTest::newRow("two line separators") << u"\u2028\u2028"_s;
        QTest::newRow("two NELs") << u"\u0085\u0085"_s;
        QTest::newRow("form feed") << u"\f"_s;
    }
    void otherLineBreaksSeparateParagraphs()
    {
        QFETCH(QString, blank);
        const QString first = u"Inspectors at the port authority said 14 cranes were damaged."_s;
        const QString second = u"The harbour will reopen after 20 days of work on the quay."_s;
        const QString text = first + blank + second;
        QCOMPARE(paragraphTexts(text), (QStringList{first, second}));
        const TextLayout layout(text);
        QCOMPARE(layout.reading().size(), text.size());
        QVERIFY(!layout.reading().contains(blank.front()));

        // The speaker of the first paragraph does not speak in the second.
        const Extraction out = extractor().extract(text, PartialDate());
        QCOMPARE(out.figures.size(), 2);
        QCOMPARE(out.figures[0].claimant, u"Inspectors at the port authority"_s);
        QCOMPARE(out.figures[1].value, 20.0);
        QVERIFY2(out.figures[1].claimant.isEmpty(), qPrintable(out.figures[1].claimant));
    }

    void hardWrappedWithOtherLineBreaks_data()
    {
        QTest::addColumn<QString>("eol");
        QTest::newRow("CR") << u"\r"_s;
        QTest::newRow("line separator") << u"\u2028"_s;
    }
    void hardWrappedWithOtherLineBreaks()
    {
        QFETCH(QString, eol);
        const QString text = wrapped({kFlood, kHouses}, 72, eol);
        const QString lf = wrapped({kFlood, kHouses}, 72);
        const TextLayout layout(text);
        QCOMPARE(layout.reading().toString(), TextLayout(lf).reading().toString());
        QCOMPARE(paragraphTexts(text).size(), 2);
    }

    void extractorReadsAcrossSoftBreaks()
    {
        const QString text = wrapped({u"Officials in the city told the press that the storm killed at least 23 people, "
                                      u"injured 140 residents and destroyed nearly 600 homes along the shore. The "
                                      u"national weather service counted more than 300 lightning strikes during the "
                                      u"night."_s,
                                      u"Rescue teams pulled 41 survivors from the rubble of the old market on "
                                      u"Tuesday, the port authority said."_s},
                                     70);
        QVERIFY(text.contains(u"23\npeople"_s));
        QVERIFY(text.contains(u"on\nTuesday, the port authority"_s));
        const Extraction e = extractor().extract(text, PartialDate::day(2026, 12, 1));
        QStringList got;
        for (const Figure &f : e.figures) {
            QCOMPARE(f.text, text.mid(f.start, f.end - f.start));
            got.append(f.text + u' ' + f.unit + u' ' + qualifierName(f.qualifier) + u' ' + f.claimant);
        }
        const QString officials = u"Officials in the city"_s;
        QCOMPARE(got, (QStringList{u"23 people at least "_s + officials, u"140 residents  "_s + officials,
                                   u"600 homes approximately "_s + officials,
                                   u"300 strikes more than national weather service"_s,
                                   u"41 survivors  port authority"_s}));
    }

    // Regression (issue 14): the speaker a hard-wrapped standfirst names
    // ("..., Maria Delgado, says<newline>that ...") was not carried to the
    // paragraphs below, because the standfirst was read as three paragraphs.
    void hardWrappedStandfirstNamesTheSpeaker()
    {
        const QString text = wrapped({u"Flood relief: statement to the regional assembly"_s,
                                      u"The regional emergency coordinator, Maria Delgado, says that the floods of "
                                      u"this week have displaced more than 4,000 families across the northern "
                                      u"districts and that relief convoys are reaching most of them."_s,
                                      u"Shelters in the valley are now housing close to 9,000 people, and more beds "
                                      u"are being delivered every day by the regional authorities."_s},
                                     70);
        QVERIFY(text.contains(u"says that the\nfloods"_s));
        const Extraction e = extractor().extract(text, PartialDate::day(2026, 12, 4));
        QStringList got;
        for (const Figure &f : e.figures)
            got.append(f.text + u' ' + f.claimant);
        QCOMPARE(got, (QStringList{u"4,000 Maria Delgado"_s, u"9,000 Maria Delgado"_s}));
    }

    // A hard-wrapped transcript: the speaker's full name, broken across a
    // line ("Deputy Minister Alan<newline>Ferris"), names the speaker of the
    // turns labelled "MR. FERRIS:", whose lines join into one turn each.
    void hardWrappedTranscriptKeepsItsTurns()
    {
        const QString text = wrapped({u"MODERATOR: Good afternoon. Joining us today is Deputy Minister Alan Ferris, "
                                      u"who will brief on the relief effort."_s,
                                      u"MR. FERRIS: Thank you. Since Monday our teams have delivered roughly 450 "
                                      u"tonnes of food to the coast, and 18 helicopters are now flying supply "
                                      u"missions every single day from the two airfields."_s,
                                      u"MR. FERRIS: We think it is closer to 25,000 people, and we expect the main "
                                      u"road to reopen soon."_s},
                                     70);
        QVERIFY(text.contains(u"Alan\nFerris"_s));
        const Extraction e = extractor().extract(text, PartialDate::day(2026, 12, 4));
        QStringList got;
        for (const Figure &f : e.figures)
            got.append(f.text + u' ' + f.claimant);
        QCOMPARE(got, (QStringList{u"450 tonnes Alan Ferris"_s, u"18 Alan Ferris"_s, u"two Alan Ferris"_s,
                                   u"25,000 Alan Ferris"_s}));
    }
};

} // namespace Claimbench

QTEST_GUILESS_MAIN(Claimbench::TestTextLayout)
#include "tst_textlayout.moc"
