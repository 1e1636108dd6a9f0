// Units of press briefings, statistics releases and toll reports: a unit
// stated once for a list of counts, labels before counts, rates, the measures
// of statistics releases, and what looks like a unit but is not one.
#include "core/extract/figureextractor.h"
#include "core/extract/unitdetector.h"

#include <QTest>

using namespace Claimbench;

namespace {

// "text:unit" per figure, "-" for none, joined with "; ".
QString unitsOf(const QString &text)
{
    static const FigureExtractor extractor;
    QStringList parts;
    for (const Figure &f : extractor.extract(text).figures)
        parts.append(f.text + u':' + (f.unit.isEmpty() ? QStringLiteral("-") : f.unit));
    return parts.join(u"; ");
}

} // namespace

class TestUnitDetector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void units_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");

        // One unit for a list of counts.
        QTest::newRow("list takes the last unit") << u"Patrols intercepted 6, 8 and 14 boats this week."_qs
                                                  << u"6:boats; 8:boats; 14:boats"_qs;
        QTest::newRow("list of percentages") << u"Fares rose 2, 3 or 7 percent by route."_qs
                                             << u"2:%; 3:%; 7 percent:%"_qs;
        QTest::newRow("oxford comma list") << u"Crews cleared 9, 12, and 30 mines."_qs
                                           << u"9:mines; 12:mines; 30:mines"_qs;
        QTest::newRow("list rate") << u"Forces shot down 5 and 7 balloons a night."_qs
                                   << u"5:balloons/night; 7:balloons/night"_qs;
        QTest::newRow("comma alone is no list") << u"On day 45, 300 soldiers crossed."_qs << u"45:-; 300:soldiers"_qs;
        QTest::newRow("comma and joins clauses") << u"The tally was 12, and 40 people were missing."_qs
                                                 << u"12:-; 40:people"_qs;
        QTest::newRow("counts after their nouns") << u"The navy reported frigates 4, corvettes 11."_qs
                                                  << u"4:frigates; 11:corvettes"_qs;
        QTest::newRow("a lone count after a verb") << u"The agency estimates 45,000."_qs << u"45,000:-"_qs;
        // A plural noun labelling the count.
        QTest::newRow("colon label") << u"Confirmed infections: 310; recoveries: 95."_qs
                                     << u"310:infections; 95:recoveries"_qs;
        QTest::newRow("colon label with rate") << u"Rockets: 40 per hour at the peak."_qs << u"40:rockets/hour"_qs;
        QTest::newRow("dash label") << u"Enemy losses \u2014 1,150 since dawn."_qs << u"1,150:losses"_qs;
        QTest::newRow("casualty label") << u"Dead: 14; injured: 52."_qs << u"14:people; 52:people"_qs;
        QTest::newRow("a toll counts the dead") << u"The toll from the floods rose to 88."_qs << u"88:deaths"_qs;
        QTest::newRow("a speaker is no label") << u"MINISTER: 40 more were found."_qs << u"40:-"_qs;
        // Rates and comparisons.
        QTest::newRow("a year earlier is no rate") << u"Sales were 9,000, against 7,500 a year earlier."_qs
                                                   << u"9,000:-; 7,500:-"_qs;
        QTest::newRow("a month ago is no rate") << u"Output was 310 units, from 280 a month ago."_qs
                                                << u"310:units; 280:units"_qs;
        QTest::newRow("rate stays a rate") << u"Medics saw 70 patients a day."_qs << u"70:patients/day"_qs;
        // Statistics releases.
        QTest::newRow("change then level") << u"Joblessness fell 0.4 percentage point to 6.1 percent."_qs
                                           << u"0.4 percentage point:percentage points; 6.1 percent:%"_qs;
        QTest::newRow("british shorthand") << u"Wages rose 5pc, up 1.5ppt on the year, while 3 PCs broke."_qs
                                           << u"5pc:%; 1.5ppt:percentage points; 3:pcs"_qs;
        QTest::newRow("basis points") << u"The bank raised its rate by 75 basis points, after 25bp in May."_qs
                                      << u"75 basis points:basis points; 25bp:basis points"_qs;
        QTest::newRow("magnitude before") << u"A magnitude 5.9 tremor shook the coast."_qs << u"5.9:magnitude"_qs;
        QTest::newRow("magnitude of") << u"It had a magnitude of 7.2, officials said."_qs << u"7.2:magnitude"_qs;
        QTest::newRow("magnitude after") << u"A 4.8 magnitude aftershock followed."_qs
                                         << u"4.8 magnitude:magnitude"_qs;
        QTest::newRow("change then a level without unit") << u"Sales fell by 3.1% to 52,300 from 54,000."_qs
                                                          << u"3.1%:%; 52,300:-; 54,000:-"_qs;
        QTest::newRow("of which") << u"Clinics logged 9,400 visits, of which 2,100 were repeat."_qs
                                  << u"9,400:visits; 2,100:visits"_qs;
        QTest::newRow("anaphor restates only the first figure")
            << u"Rents rose 4%. This is 1.2% more than in June, when the survey found 310 flats."_qs
            << u"4%:%; 1.2%:%; 310:flats"_qs;
        QTest::newRow("employment counts jobs") << u"Farm payroll employment fell by 41,000 in May."_qs
                                                << u"41,000:jobs"_qs;
        QTest::newRow("index level") << u"The price index stood at 118.4, up 2.6%."_qs << u"118.4:index; 2.6%:%"_qs;
        QTest::newRow("an employment rate counts no jobs") << u"The employment rate was 61.2 in March."_qs
                                                           << u"61.2:-"_qs;
        // Units per unit, per thing, and rates after a conversion.
        QTest::newRow("concentrations") << u"Limits are 25 µg/L in blood, 7 mmol/L and 180 mg/dL."_qs
                                        << u"25 µg/L:µg/l; 7 mmol/L:mmol/l; 180 mg/dL:mg/dl"_qs;
        QTest::newRow("spaced speed") << u"Gusts hit 150 km / h at noon."_qs << u"150 km / h:km/h"_qs;
        QTest::newRow("price per thing") << u"Councils get £72 per pupil, and £5 per capita funding."_qs
                                         << u"£72:GBP/pupil; £5:GBP"_qs;
        QTest::newRow("rate after a conversion") << u"The glacier lost 3 feet (0.9 metres) per year."_qs
                                                 << u"3 feet:ft/year; 0.9 metres:m/year"_qs;
        // What the noun phrase after the number holds.
        QTest::newRow("designation modifies") << u"Crews confirmed 2 EF-2 tornadoes and 4 F-16 jets."_qs
                                              << u"2:tornadoes; 4:jets"_qs;
        QTest::newRow("abbreviation modifies") << u"Aid went to nine U.N. relief agencies."_qs
                                               << u"nine:agencies"_qs;
        QTest::newRow("participle before a plural") << u"Babies born before 32 completed weeks were counted."_qs
                                                    << u"32:weeks"_qs;
        QTest::newRow("remark in brackets") << u"Builders finished 8,120 (provisional) council homes."_qs
                                            << u"8,120:homes"_qs;
        QTest::newRow("a long singular phrase is no noun") << u"Only voters aged between 40 and 59 thought turnout mattered."_qs
                                                           << u"40 and 59:years"_qs;
        QTest::newRow("double hyphen range") << u"Infants born at 33--36 weeks, 10--15 percent of all."_qs
                                             << u"33--36 weeks:weeks; 10--15 percent:%"_qs;
        QTest::newRow("compound adjective") << u"A 12-member board, a three-judge panel and a four-party deal."_qs
                                            << u"12:members; three:judges; four:parties"_qs;
        QTest::newRow("from to shares the unit") << u"Forms grew from eight to 14 pages."_qs << u"eight:pages; 14:pages"_qs;
        QTest::newRow("suspended hyphen") << u"Places for 2- and 3-year-olds rose."_qs
                                          << u"2:years; 3-year:years"_qs;
        // People and ages that the sentence implies.
        QTest::newRow("casualties after") << u"At least 61 killed as storm hits coast"_qs << u"61:people"_qs;
        QTest::newRow("casualties before") << u"The blast tore through a market, killing 14 and injuring 30."_qs
                                           << u"14:people; 30:people"_qs;
        QTest::newRow("casualties of an earlier count") << u"The unit lost 900 soldiers, with 300 killed."_qs
                                                        << u"900:soldiers; 300:-"_qs;
        QTest::newRow("casualties after an auxiliary") << u"Police said 6 were killed and 9 have been hurt."_qs
                                                       << u"6:people; 9:people"_qs;
        QTest::newRow("part of a whole") << u"Gunners hit 17 of 20 targets and 3 of the 8 boats."_qs
                                         << u"17:targets; 20:targets; 3:boats; 8:boats"_qs;
        QTest::newRow("at a rate of") << u"The plant made shells at a rate of 2,500 per week."_qs
                                      << u"2,500:shells/week"_qs;
        QTest::newRow("comparison base") << u"Filings hit 31,200 claims, down from 35,900, and 12 cases compared with 9."_qs
                                         << u"31,200:claims; 35,900:claims; 12:cases; 9:cases"_qs;
        QTest::newRow("comparison base after the") << u"Kyiv runs 60 trams, compared to the 400 in Lviv."_qs
                                                   << u"60:trams; 400:trams"_qs;
        QTest::newRow("vague quantity of a noun") << u"Hundreds of homes burned and tens of thousands of residents fled."_qs
                                                  << u"Hundreds:homes; tens of thousands:residents"_qs;
        QTest::newRow("died are people") << u"Officials said 17 died and 40 were affected."_qs
                                         << u"17:people; 40:people"_qs;
        QTest::newRow("who are people") << u"It found 2 million who never voted."_qs << u"2 million:people"_qs;
        QTest::newRow("age in apposition") << u"Maria Lopez, 34, a nurse, was hurt."_qs << u"34:years"_qs;
        QTest::newRow("age of a person") << u"He left home when he was 15."_qs << u"15:years"_qs;

        QTest::newRow("list after a label") << u"Losses in trucks: 4, 9, 11."_qs << u"4:trucks; 9:trucks; 11:trucks"_qs;
        QTest::newRow("contractions are no units")
            << u"Of the 40 we're told about, 12 they’ve found and 7 we‘ve seen."_qs << u"40:-; 12:-; 7:-"_qs;
        QTest::newRow("false start in a transcript") << u"About 30 state tr- — troopers came."_qs
                                                     << u"30:troopers"_qs;
        QTest::newRow("members of a group") << u"A team of six surveyed the reef; a family of three was rescued."_qs
                                            << u"six:team members; three:family members"_qs;
        QTest::newRow("group before a measure noun")
            << u"The number of crew on board rose to 9 as the ship's crew complement went from 7 to 12."_qs
            << u"9:crew members; 7:crew members; 12:crew members"_qs;
        QTest::newRow("a team's total is no count of members") << u"The team total rose to 310 by tea."_qs
                                                               << u"310:-"_qs;
        QTest::newRow("hedge on the second item of a list")
            << u"Floods left 2,000 and as many as 9,000 families homeless."_qs << u"2,000:families; 9,000:families"_qs;

        // Match scores count what the sport of the text scores; a team after
        // the score is no counted noun; without a sport named, no unit.
        QTest::newRow("score after a verb of the match")
            << u"The rugby final ended 24 – 17 after extra time."_qs << u"24:points; 17:points"_qs;
        QTest::newRow("score between two teams") << u"Soccer results: Leeds Rovers 2 – 1 Hull City."_qs
                                                 << u"2:goals; 1:goals"_qs;
        QTest::newRow("score read as a range") << u"In the cricket, the hosts lost 150 – 210 to Kent."_qs
                                               << u"150 – 210:runs"_qs;
        QTest::newRow("score of an unnamed sport") << u"Sweden beat Korea Republic 1 – 0."_qs << u"1:-; 0:-"_qs;
        QTest::newRow("a goal is no sport") << u"Our goal is growth; Rovers beat United 2 – 1."_qs << u"2:-; 1:-"_qs;
        QTest::newRow("vote tally") << u"The council voted 9 – 4 to close the depot."_qs << u"9:votes; 4:votes"_qs;
        QTest::newRow("a range is no score") << u"Fares in the football season rose 3 – 5 Euros."_qs
                                             << u"3 – 5 Euros:EUR"_qs;
        QTest::newRow("won is a verb before a count") << u"The club won 6 games in May."_qs
                                                      << u"6:games"_qs;

        // Records, time zones and places of weather reports.
        QTest::newRow("a record line is no table's header")
            << u"Surveyed By:     County office\nDamaged Homes:   27\nFatalities:      2\n"_qs
            << u"27:homes; 2:fatalities"_qs;
        QTest::newRow("a time zone heads no unit") << u"Station     CST\nAirport     14\n"_qs << u"14:-"_qs;
        QTest::newRow("distance and compass point from a place")
            << u"The funnel touched down 6 NNE Clinton and lifted 2 W Ada."_qs << u"6:mi; 2:mi"_qs;
        QTest::newRow("a compass point before a plural is no place")
            << u"Crews reached 12 SW Ohio counties."_qs << u"12:counties"_qs;
        QTest::newRow("coordinates after their label")
            << u"Begin Lat/Lon:   41.2041 / -96.1107\n"_qs << u"41.2041:degrees; -96.1107:degrees"_qs;

        // Comparisons, groups, continued counts and repetitions.
        QTest::newRow("a comparison's base keeps the rate")
            << u"Rice fetched EUR 410 per tonne, compared with EUR 380 in June, and $9 a day against $7."_qs
            << u"EUR 410:EUR/tonne; EUR 380:EUR/tonne; $9:USD/day; $7:USD/day"_qs;
        QTest::newRow("a base with its own rate keeps it")
            << u"Bus fares are $3 per ride, up from $40 per month passes."_qs << u"$3:USD/ride; $40:USD/month"_qs;
        QTest::newRow("part of a group after a determiner")
            << u"Fewer than 25 of our firefighters and 60 of the county's nurses stayed, and 30 of the past 40 years."_qs
            << u"25:firefighters; 60:nurses; 30:-; 40 years:years"_qs;
        QTest::newRow("a part with no group noun") << u"We counted 8 of them."_qs << u"8:-"_qs;
        QTest::newRow("another count as the subject continues the count")
            << u"Nine ferries sank in the storm. Another 14 were damaged at anchor."_qs
            << u"Nine:ferries; 14:ferries"_qs;
        QTest::newRow("another count as an object is left open")
            << u"The army downed 30 drones, and radar jammed another 12, it said."_qs << u"30:drones; 12:-"_qs;
        QTest::newRow("a word said again after a dash")
            << u"The city bought 900 ambulance — ambulance beds this year."_qs << u"900:beds"_qs;
    }
    void units()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(unitsOf(text), expected);
    }

    void canonicalSpellings_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("percentage point") << u"percentage point"_qs << u"percentage points"_qs;
        QTest::newRow("bps") << u"bps"_qs << u"basis points"_qs;
        QTest::newRow("per cent") << u"per cent"_qs << u"%"_qs;
    }
    void canonicalSpellings()
    {
        QFETCH(QString, written);
        QFETCH(QString, canonical);
        QCOMPARE(UnitDetector::canonical(written), canonical);
    }
};

QTEST_GUILESS_MAIN(TestUnitDetector)
#include "tst_unitdetector.moc"
