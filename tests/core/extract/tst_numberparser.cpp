#include "core/extract/numberparser.h"

#include <QTest>

#include <cmath>

using namespace Claimbench;

Q_DECLARE_METATYPE(std::optional<double>)

namespace {

bool near(double a, double b)
{
    return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b));
}

} // namespace

class TestNumberParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("from");     // where parsing starts
        QTest::addColumn<QString>("span");     // the numeral as reported
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("high");      // 0: no range
        QTest::addColumn<QString>("unit");

        QTest::newRow("thousands separator") << u"killed 1,000 people"_qs << u"1"_qs << u"1,000"_qs << 1000.0 << 0.0 << u""_qs;
        QTest::newRow("millions separator") << u"some 1,250,000 votes"_qs << u"1"_qs << u"1,250,000"_qs << 1250000.0 << 0.0 << u""_qs;
        QTest::newRow("space separator") << u"about 1 000 people"_qs << u"1"_qs << u"1 000"_qs << 1000.0 << 0.0 << u""_qs;
        QTest::newRow("narrow nbsp separator") << u"about 45\u202f100 troops"_qs << u"4"_qs << u"45\u202f100"_qs << 45100.0 << 0.0 << u""_qs;
        QTest::newRow("decimal") << u"grew 12.5 points"_qs << u"1"_qs << u"12.5"_qs << 12.5 << 0.0 << u""_qs;
        QTest::newRow("negative") << u"fell to -3.5 degrees"_qs << u"-"_qs << u"-3.5 degrees"_qs << -3.5 << 0.0 << u"degrees"_qs;
        QTest::newRow("scale word") << u"over 1.2 million personnel"_qs << u"1"_qs << u"1.2 million"_qs << 1.2e6 << 0.0 << u""_qs;
        QTest::newRow("suffix m") << u"and 6.2m Ukrainians"_qs << u"6"_qs << u"6.2m"_qs << 6.2e6 << 0.0 << u""_qs;
        QTest::newRow("dollar bn") << u"a $5bn package"_qs << u"$"_qs << u"$5bn"_qs << 5e9 << 0.0 << u"USD"_qs;
        QTest::newRow("suffix K") << u"nearly 250K subscribers"_qs << u"2"_qs << u"250K"_qs << 250e3 << 0.0 << u""_qs;
        QTest::newRow("dollar space") << u"raised $ 75 million"_qs << u"$"_qs << u"$ 75 million"_qs << 75e6 << 0.0 << u"USD"_qs;
        QTest::newRow("half a million") << u"nearly half a million casualties"_qs << u"half"_qs << u"half a million"_qs << 5e5 << 0.0 << u""_qs;
        QTest::newRow("tens of thousands") << u"tens of thousands fled"_qs << u"tens"_qs << u"tens of thousands"_qs << 1e4 << 1e5 << u""_qs;
        QTest::newRow("hundreds of thousands") << u"Hundreds of thousands killed"_qs << u"Hundreds"_qs << u"Hundreds of thousands"_qs << 1e5 << 1e6 << u""_qs;
        QTest::newRow("dozens") << u"intercepted dozens of drones"_qs << u"dozens"_qs << u"dozens"_qs << 24.0 << 100.0 << u""_qs;
        QTest::newRow("several hundred") << u"several hundred residents"_qs << u"several"_qs << u"several hundred"_qs << 300.0 << 900.0 << u""_qs;
        QTest::newRow("compound words") << u"forty-five thousand one hundred troops"_qs << u"forty"_qs << u"forty-five thousand one hundred"_qs << 45100.0 << 0.0 << u""_qs;
        QTest::newRow("hundred and") << u"one hundred and five villages"_qs << u"one"_qs << u"one hundred and five"_qs << 105.0 << 0.0 << u""_qs;
        QTest::newRow("words without hyphen") << u"twenty one people"_qs << u"twenty"_qs << u"twenty one"_qs << 21.0 << 0.0 << u""_qs;
        QTest::newRow("a dozen") << u"a dozen drones"_qs << u"a"_qs << u"a dozen"_qs << 12.0 << 0.0 << u""_qs;
        QTest::newRow("two dozen") << u"two dozen drones"_qs << u"two"_qs << u"two dozen"_qs << 24.0 << 0.0 << u""_qs;
        QTest::newRow("a quarter") << u"a quarter of the fleet"_qs << u"a"_qs << u"a quarter"_qs << 0.25 << 0.0 << u"fraction"_qs;
        QTest::newRow("one third") << u"one third of voters"_qs << u"one"_qs << u"one third"_qs << 1.0 / 3 << 0.0 << u"fraction"_qs;
        QTest::newRow("two thirds") << u"two thirds of voters"_qs << u"two"_qs << u"two thirds"_qs << 2.0 / 3 << 0.0 << u"fraction"_qs;
        QTest::newRow("three in four") << u"three in four Ukrainians"_qs << u"three"_qs << u"three in four"_qs << 0.75 << 0.0 << u"fraction"_qs;
        QTest::newRow("one of every five") << u"one of every five adults"_qs << u"one"_qs << u"one of every five"_qs << 0.2 << 0.0 << u"fraction"_qs;
        QTest::newRow("Half of opens a share") << u"Half of the farms replied"_qs << u"Half"_qs << u"Half"_qs << 0.5 << 0.0 << u"fraction"_qs;
        QTest::newRow("twice") << u"more than twice the speed"_qs << u"twice"_qs << u"twice"_qs << 2.0 << 0.0 << u"times"_qs;
        QTest::newRow("hyphenated and a half") << u"about three-and-a-half hours"_qs << u"three"_qs << u"three-and-a-half hours"_qs << 3.5 << 0.0 << u"hours"_qs;
        QTest::newRow("1 in every 8") << u"1 in every 8 homes"_qs << u"1"_qs << u"1 in every 8"_qs << 0.125 << 0.0 << u"fraction"_qs;
        QTest::newRow("and a half") << u"two and a half years"_qs << u"two"_qs << u"two and a half years"_qs << 2.5 << 0.0 << u"years"_qs;
        QTest::newRow("and half") << u"two and half years on"_qs << u"two"_qs << u"two and half years"_qs << 2.5 << 0.0 << u"years"_qs;
        QTest::newRow("and a half million") << u"four and a half million tonnes"_qs << u"four"_qs << u"four and a half million tonnes"_qs << 4.5e6 << 0.0 << u"t"_qs;
        QTest::newRow("point in words") << u"rose to two point five million people"_qs << u"two"_qs << u"two point five million"_qs << 2.5e6 << 0.0 << u""_qs;
        QTest::newRow("point digits in words") << u"a rate of nought point nought three"_qs << u"nought"_qs << u"nought point nought three"_qs << 0.03 << 0.0 << u""_qs;
        QTest::newRow("point tens in words") << u"scored ten point seventy-five"_qs << u"ten"_qs << u"ten point seventy-five"_qs << 10.75 << 0.0 << u""_qs;
        QTest::newRow("at one point") << u"at one point, talks stalled"_qs << u"one"_qs << u"one"_qs << 1.0 << 0.0 << u""_qs;
        QTest::newRow("mln after space") << u"a 10 mln loan"_qs << u"1"_qs << u"10 mln"_qs << 1e7 << 0.0 << u""_qs;
        QTest::newRow("tln suffix") << u"debt of 2tln"_qs << u"2"_qs << u"2tln"_qs << 2e12 << 0.0 << u""_qs;
        QTest::newRow("code before") << u"priced at CAD 3.03"_qs << u"CAD"_qs << u"CAD 3.03"_qs << 3.03 << 0.0 << u"CAD"_qs;
        QTest::newRow("code glued after") << u"worth 42MYR"_qs << u"4"_qs << u"42MYR"_qs << 42.0 << 0.0 << u"MYR"_qs;
        QTest::newRow("code after scale") << u"a 2 million SEK fine"_qs << u"2"_qs << u"2 million SEK"_qs << 2e6 << 0.0 << u"SEK"_qs;
        QTest::newRow("HK dollar") << u"sold for HK$1.2bn"_qs << u"H"_qs << u"HK$1.2bn"_qs << 1.2e9 << 0.0 << u"HKD"_qs;
        QTest::newRow("minus digits") << u"fell to minus 5 degrees"_qs << u"minus"_qs << u"minus 5 degrees"_qs << -5.0 << 0.0 << u"degrees"_qs;
        QTest::newRow("negative digits") << u"a balance of negative 1,200 dollars"_qs << u"negative"_qs << u"negative 1,200 dollars"_qs << -1200.0 << 0.0 << u"USD"_qs;
        QTest::newRow("out of") << u"one out of three Ukrainians"_qs << u"one"_qs << u"one out of three"_qs << 1.0 / 3 << 0.0 << u"fraction"_qs;
        QTest::newRow("out without of") << u"two out there"_qs << u"two"_qs << u"two"_qs << 2.0 << 0.0 << u""_qs;
        QTest::newRow("digit fraction") << u"a 2 1/2 inch pipe"_qs << u"2"_qs << u"2 1/2 inch"_qs << 2.5 << 0.0 << u"in"_qs;
        QTest::newRow("percent sign") << u"rose 12%"_qs << u"1"_qs << u"12%"_qs << 12.0 << 0.0 << u"%"_qs;
        QTest::newRow("percent word") << u"rose 12 percent"_qs << u"1"_qs << u"12 percent"_qs << 12.0 << 0.0 << u"%"_qs;
        QTest::newRow("per cent") << u"up to 30 per cent of spending"_qs << u"3"_qs << u"30 per cent"_qs << 30.0 << 0.0 << u"%"_qs;
        QTest::newRow("euro") << u"cost \u20ac300 each"_qs << u"\u20ac"_qs << u"\u20ac300"_qs << 300.0 << 0.0 << u"EUR"_qs;
        QTest::newRow("pound billion") << u"over \u00a33 billion per year"_qs << u"\u00a3"_qs << u"\u00a33 billion"_qs << 3e9 << 0.0 << u"GBP"_qs;
        QTest::newRow("hryvnia sign") << u"paid \u20b41,000 in aid"_qs << u"\u20b4"_qs << u"\u20b41,000"_qs << 1000.0 << 0.0 << u"UAH"_qs;
        QTest::newRow("currency code") << u"costs USD 7 million"_qs << u"USD"_qs << u"USD 7 million"_qs << 7e6 << 0.0 << u"USD"_qs;
        QTest::newRow("hryvnias") << u"500 million hryvnias were sent"_qs << u"5"_qs << u"500 million hryvnias"_qs << 5e8 << 0.0 << u"UAH"_qs;
        QTest::newRow("rubles") << u"fined 100,000 rubles"_qs << u"1"_qs << u"100,000 rubles"_qs << 1e5 << 0.0 << u"RUB"_qs;
        QTest::newRow("multiplier") << u"more than five times the forecast"_qs << u"five"_qs << u"five times"_qs << 5.0 << 0.0 << u"times"_qs;
        QTest::newRow("hyphen range") << u"20-30 people"_qs << u"2"_qs << u"20-30"_qs << 20.0 << 30.0 << u""_qs;
        QTest::newRow("en dash range") << u"20\u201330 people"_qs << u"2"_qs << u"20\u201330"_qs << 20.0 << 30.0 << u""_qs;
        QTest::newRow("between range") << u"between 20 and 30 people"_qs << u"2"_qs << u"20 and 30"_qs << 20.0 << 30.0 << u""_qs;
        QTest::newRow("to range") << u"15 to 20 kilometers"_qs << u"1"_qs << u"15 to 20 kilometers"_qs << 15.0 << 20.0 << u"km"_qs;
        QTest::newRow("range shares scale") << u"$20-30 million"_qs << u"$"_qs << u"$20-30 million"_qs << 20e6 << 30e6 << u"USD"_qs;
        QTest::newRow("range shares percent") << u"20-30% of homes"_qs << u"2"_qs << u"20-30%"_qs << 20.0 << 30.0 << u"%"_qs;
        QTest::newRow("word range") << u"two to three weeks"_qs << u"two"_qs << u"two to three weeks"_qs << 2.0 << 3.0 << u"weeks"_qs;
        QTest::newRow("compound adjective") << u"the three-year conflict"_qs << u"three"_qs << u"three-year"_qs << 3.0 << 0.0 << u"years"_qs;
        QTest::newRow("age") << u"a 15-year-old boy"_qs << u"1"_qs << u"15-year-old"_qs << 15.0 << 0.0 << u"years"_qs;
        QTest::newRow("attached km") << u"a 40km convoy"_qs << u"4"_qs << u"40km"_qs << 40.0 << 0.0 << u"km"_qs;
        QTest::newRow("square miles") << u"70,000 square miles of land"_qs << u"7"_qs << u"70,000 square miles"_qs << 70000.0 << 0.0 << u"sq mi"_qs;
        QTest::newRow("duration") << u"for 825 days"_qs << u"8"_qs << u"825 days"_qs << 825.0 << 0.0 << u"days"_qs;
        QTest::newRow("code after") << u"lost 50 million USD last year"_qs << u"5"_qs << u"50 million USD"_qs << 5e7 << 0.0 << u"USD"_qs;
        QTest::newRow("code attached") << u"priced at USD115 each"_qs << u"USD"_qs << u"USD115"_qs << 115.0 << 0.0 << u"USD"_qs;
        QTest::newRow("sign after") << u"costs 20€ now"_qs << u"2"_qs << u"20€"_qs << 20.0 << 0.0 << u"EUR"_qs;
        QTest::newRow("quarter of a scale") << u"a quarter million refugees"_qs << u"a"_qs << u"a quarter million"_qs << 250e3 << 0.0 << u""_qs;
        QTest::newRow("half scale") << u"half million people"_qs << u"half"_qs << u"half million"_qs << 5e5 << 0.0 << u""_qs;
        QTest::newRow("minus words") << u"fell to minus five degrees"_qs << u"minus"_qs << u"minus five degrees"_qs << -5.0 << 0.0 << u"degrees"_qs;
        QTest::newRow("and a quarter") << u"five and a quarter hours"_qs << u"five"_qs << u"five and a quarter hours"_qs << 5.25 << 0.0 << u"hours"_qs;
        QTest::newRow("hyphen fraction") << u"one-eighth of the land"_qs << u"one"_qs << u"one-eighth"_qs << 0.125 << 0.0 << u"fraction"_qs;
        QTest::newRow("bare decimal") << u"a rate of .08 here"_qs << u"."_qs << u".08"_qs << 0.08 << 0.0 << u""_qs;
        QTest::newRow("vulgar fraction") << u"about ¾ of them"_qs << u"¾"_qs << u"¾"_qs << 0.75 << 0.0 << u"fraction"_qs;
        QTest::newRow("half an hour") << u"waited half an hour there"_qs << u"half"_qs << u"half an hour"_qs << 0.5 << 0.0 << u"hours"_qs;
        QTest::newRow("from-to is a change") << u"rose from 10 to 20"_qs << u"1"_qs << u"10"_qs << 10.0 << 0.0 << u""_qs;
        QTest::newRow("descending is no range") << u"won 3-1"_qs << u"3"_qs << u"3"_qs << 3.0 << 0.0 << u""_qs;
        QTest::newRow("lakh") << u"paid 5 lakh rupees"_qs << u"5"_qs << u"5 lakh rupees"_qs << 5e5 << 0.0 << u"INR"_qs;
        QTest::newRow("crore words") << u"four crore voters"_qs << u"four"_qs << u"four crore"_qs << 4e7 << 0.0 << u""_qs;
        QTest::newRow("scale and a half") << u"some 3 million and a half people"_qs << u"3"_qs << u"3 million and a half"_qs << 3.5e6 << 0.0 << u""_qs;
        QTest::newRow("words scale and three quarters") << u"five billion and three quarters"_qs << u"five"_qs
                                                        << u"five billion and three quarters"_qs << 5.75e9 << 0.0 << u""_qs;
        QTest::newRow("digits and a half") << u"jailed for 5 and a half years"_qs << u"5"_qs << u"5 and a half years"_qs << 5.5 << 0.0 << u"years"_qs;
        QTest::newRow("scientific") << u"about 1.3e6 cells"_qs << u"1"_qs << u"1.3e6"_qs << 1.3e6 << 0.0 << u""_qs;
        QTest::newRow("scientific signed exponent") << u"a rate of 12.32e+14 per second"_qs << u"1"_qs << u"12.32e+14"_qs << 12.32e14 << 0.0 << u""_qs;
        QTest::newRow("feet and inches") << u"he is 7 feet 10 inches tall"_qs << u"7"_qs << u"7 feet 10 inches"_qs << 7.0 + 10.0 / 12 << 0.0 << u"ft"_qs;
        QTest::newRow("hours and minutes") << u"after 2 hours and 45 minutes"_qs << u"2"_qs << u"2 hours and 45 minutes"_qs << 2.75 << 0.0 << u"hours"_qs;
        QTest::newRow("years, months") << u"served 2 years, 3 months"_qs << u"2"_qs << u"2 years, 3 months"_qs << 2.25 << 0.0 << u"years"_qs;
        QTest::newRow("dollars and cents") << u"cost 20 dollars 43 cents"_qs << u"2"_qs << u"20 dollars 43 cents"_qs << 20.43 << 0.0 << u"USD"_qs;
        QTest::newRow("attached cents") << u"cost $20 and 43c"_qs << u"$"_qs << u"$20 and 43c"_qs << 20.43 << 0.0 << u"USD"_qs;
        QTest::newRow("metric list is no compound") << u"the 10 km, 400 m races"_qs << u"1"_qs << u"10 km"_qs << 10.0 << 0.0 << u"km"_qs;
        QTest::newRow("larger part is no compound") << u"ran 2 km and 3000 m"_qs << u"2"_qs << u"2 km"_qs << 2.0 << 0.0 << u"km"_qs;
        QTest::newRow("rupees sign") << u"costs Rs 500 a month"_qs << u"Rs"_qs << u"Rs 500"_qs << 500.0 << 0.0 << u"INR"_qs;
        QTest::newRow("below zero") << u"fell to 10 degrees below zero"_qs << u"1"_qs << u"10 degrees below zero"_qs << -10.0 << 0.0 << u"degrees"_qs;
        QTest::newRow("a couple of") << u"within a couple of days"_qs << u"a"_qs << u"a couple of days"_qs << 2.0 << 0.0 << u"days"_qs;
        QTest::newRow("a pair of") << u"sent a pair of jets"_qs << u"a"_qs << u"a pair of"_qs << 2.0 << 0.0 << u""_qs;
        QTest::newRow("indian grouping") << u"a loan of 12,34,567.89 rupees"_qs << u"1"_qs << u"12,34,567.89 rupees"_qs << 1234567.89 << 0.0 << u"INR"_qs;
        QTest::newRow("power") << u"grows as 1.1^23 now"_qs << u"1"_qs << u"1.1^23"_qs << std::pow(1.1, 23) << 0.0 << u""_qs;
        QTest::newRow("times ten to the") << u"about 1.3x10^6 cells"_qs << u"1"_qs << u"1.3x10^6"_qs << 1.3e6 << 0.0 << u""_qs;
        QTest::newRow("over fraction") << u"the odds are 1 over 3."_qs << u"1"_qs << u"1 over 3"_qs << 1.0 / 3 << 0.0 << u"fraction"_qs;
        QTest::newRow("over words") << u"one over twenty"_qs << u"one"_qs << u"one over twenty"_qs << 0.05 << 0.0 << u"fraction"_qs;
        QTest::newRow("over a year is a period") << u"lost 300 over 2023."_qs << u"3"_qs << u"300"_qs << 300.0 << 0.0 << u""_qs;
        QTest::newRow("over at the end of the text") << u"odds of 1 over "_qs << u"1"_qs << u"1"_qs << 1.0 << 0.0 << u""_qs;
        QTest::newRow("over a span") << u"rose 5 over 10 years"_qs << u"5"_qs << u"5"_qs << 5.0 << 0.0 << u""_qs;
        QTest::newRow("degree sign") << u"turned 45° west"_qs << u"4"_qs << u"45°"_qs << 45.0 << 0.0 << u"degrees"_qs;
        // Number words joined by a spaced hyphen, as in copied or typed text.
        QTest::newRow("spaced hyphen") << u"lost fifty - two tanks"_qs << u"fifty"_qs << u"fifty - two"_qs << 52.0 << 0.0 << u""_qs;
        QTest::newRow("spaced hyphen fraction") << u"five - eighths of the budget"_qs << u"five"_qs << u"five - eighths"_qs << 0.625 << 0.0 << u"fraction"_qs;
        QTest::newRow("spaced hyphen is no range in words") << u"for five - six days"_qs << u"five"_qs << u"five"_qs << 5.0 << 0.0 << u""_qs;
        // Digits and scale words in groups.
        QTest::newRow("digit groups") << u"cast 4 thousand 3 hundred and 21 votes"_qs << u"4"_qs << u"4 thousand 3 hundred and 21"_qs << 4321.0 << 0.0 << u""_qs;
        QTest::newRow("hundred and a word") << u"3 hundred and one soldiers"_qs << u"3"_qs << u"3 hundred and one"_qs << 301.0 << 0.0 << u""_qs;
        QTest::newRow("crore and words") << u"a total of 6 crore and two hundred."_qs << u"6"_qs << u"6 crore and two hundred"_qs << 60000200.0 << 0.0 << u""_qs;
        QTest::newRow("money then a period stays apart") << u"paid $5 million two years ago"_qs << u"$"_qs << u"$5 million"_qs << 5e6 << 0.0 << u"USD"_qs;
        QTest::newRow("money then a count stays apart") << u"$5 million and 300 people"_qs << u"$"_qs << u"$5 million"_qs << 5e6 << 0.0 << u"USD"_qs;
        QTest::newRow("scale of a scale") << u"a Rs 2 lakh crore plan"_qs << u"Rs"_qs << u"Rs 2 lakh crore"_qs << 2e12 << 0.0 << u"INR"_qs;
        QTest::newRow("scale of a scale in words") << u"three lakh crore rupees"_qs << u"three"_qs << u"three lakh crore rupees"_qs << 3e12 << 0.0 << u"INR"_qs;
        QTest::newRow("lac") << u"costs Rs 5 lac"_qs << u"Rs"_qs << u"Rs 5 lac"_qs << 5e5 << 0.0 << u"INR"_qs;
        QTest::newRow("plural scale after digits") << u"some 3 millions of people"_qs << u"3"_qs << u"3 millions"_qs << 3e6 << 0.0 << u""_qs;
        QTest::newRow("plural scale after words") << u"three billions"_qs << u"three"_qs << u"three billions"_qs << 3e9 << 0.0 << u""_qs;
        QTest::newRow("dozens after hundred and") << u"three hundred and two dozen eggs"_qs << u"three"_qs << u"three hundred and two dozen"_qs << 324.0 << 0.0 << u""_qs;
        QTest::newRow("doz") << u"sold 3 doz eggs"_qs << u"3"_qs << u"3 doz"_qs << 36.0 << 0.0 << u""_qs;
        // Fractions.
        QTest::newRow("fraction of a million") << u"two thirds of a million homes"_qs << u"two"_qs << u"two thirds of a million"_qs << 2e6 / 3 << 0.0 << u""_qs;
        QTest::newRow("half of the smaller scale") << u"one billion and a half million"_qs << u"one"_qs << u"one billion and a half million"_qs << 1.0005e9 << 0.0 << u""_qs;
        QTest::newRow("hundred and a fraction") << u"one hundred and three quarters"_qs << u"one"_qs << u"one hundred and three quarters"_qs << 100.75 << 0.0 << u""_qs;
        QTest::newRow("and hundredths") << u"two and fifty-four hundredths"_qs << u"two"_qs << u"two and fifty-four hundredths"_qs << 2.54 << 0.0 << u""_qs;
        QTest::newRow("a millionth") << u"a millionth of a second"_qs << u"a"_qs << u"a millionth"_qs << 1e-6 << 0.0 << u"fraction"_qs;
        QTest::newRow("a hundred trillionths") << u"a hundred trillionths"_qs << u"a"_qs << u"a hundred trillionths"_qs << 1e-10 << 0.0 << u"fraction"_qs;
        QTest::newRow("teen ordinal fraction") << u"a twelfth of the vote"_qs << u"a"_qs << u"a twelfth"_qs << 1.0 / 12 << 0.0 << u"fraction"_qs;
        QTest::newRow("compound ordinal fraction") << u"one twenty-fifth of the budget"_qs << u"one"_qs << u"one twenty-fifth"_qs << 0.04 << 0.0 << u"fraction"_qs;
        QTest::newRow("compound ordinal plural") << u"three twenty-firsts"_qs << u"three"_qs << u"three twenty-firsts"_qs << 3.0 / 21 << 0.0 << u"fraction"_qs;
        QTest::newRow("count before a quarter-final") << u"won two quarter-finals"_qs << u"two"_qs << u"two"_qs << 2.0 << 0.0 << u""_qs;
        QTest::newRow("twenty seconds are time") << u"a twenty second delay"_qs << u"twenty"_qs << u"twenty second"_qs << 20.0 << 0.0 << u"seconds"_qs;
        QTest::newRow("chained shares") << u"one in two in three"_qs << u"one"_qs << u"one in two"_qs << 0.5 << 0.0 << u"fraction"_qs;
        QTest::newRow("hundred over a hyphenated ordinal") << u"one hundred thirty-fifths"_qs << u"one"_qs << u"one hundred thirty-fifths"_qs << 100.0 / 35 << 0.0 << u"fraction"_qs;
        QTest::newRow("a couple of at the end") << u"it took a couple of"_qs << u"a"_qs << u"a couple of"_qs << 2.0 << 0.0 << u""_qs;
        QTest::newRow("out of a larger number") << u"two out of five hundred voters"_qs << u"two"_qs << u"two out of five hundred"_qs << 0.004 << 0.0 << u"fraction"_qs;
        QTest::newRow("hedged half") << u"more than half of voters"_qs << u"half"_qs << u"half"_qs << 0.5 << 0.0 << u"fraction"_qs;
        QTest::newRow("vulgar sixth") << u"rose by \u2159"_qs << u"\u2159"_qs << u"\u2159"_qs << 1.0 / 6 << 0.0 << u"fraction"_qs;
        QTest::newRow("negative digit fraction") << u"a change of -4/5"_qs << u"-"_qs << u"-4/5"_qs << -0.8 << 0.0 << u"fraction"_qs;
        QTest::newRow("hundredths in digits") << u"rated 20/100"_qs << u"2"_qs << u"20/100"_qs << 0.2 << 0.0 << u"fraction"_qs;
        QTest::newRow("mixed fraction, two spaces") << u"it grew 2  1/4."_qs << u"2"_qs << u"2  1/4"_qs << 2.25 << 0.0 << u""_qs;
        QTest::newRow("hundred and hundred stay apart") << u"3 hundred and 2 hundred"_qs << u"3"_qs << u"3 hundred"_qs << 300.0 << 0.0 << u""_qs;
        QTest::newRow("share in digits") << u"1 in 4 adults"_qs << u"1"_qs << u"1 in 4"_qs << 0.25 << 0.0 << u"fraction"_qs;
        QTest::newRow("share of a word number") << u"1 in twenty-one voters"_qs << u"1"_qs << u"1 in twenty-one"_qs << 1.0 / 21 << 0.0 << u"fraction"_qs;
        QTest::newRow("out of in digits") << u"3 out of 10 homes"_qs << u"3"_qs << u"3 out of 10"_qs << 0.3 << 0.0 << u"fraction"_qs;
        QTest::newRow("count in a year") << u"lost 3 in 2023"_qs << u"3"_qs << u"3"_qs << 3.0 << 0.0 << u""_qs;
        QTest::newRow("count over a period") << u"killed 5 in 10 days"_qs << u"5"_qs << u"5"_qs << 5.0 << 0.0 << u""_qs;
        QTest::newRow("negative over") << u"negative one over 20"_qs << u"negative"_qs << u"negative one over 20"_qs << -0.05 << 0.0 << u"fraction"_qs;
        QTest::newRow("point read out") << u"grew 1 point 5 percent"_qs << u"1"_qs << u"1 point 5 percent"_qs << 1.5 << 0.0 << u"%"_qs;
        // Scale letters.
        QTest::newRow("spaced k after decimals") << u"has 2.33 k followers"_qs << u"2"_qs << u"2.33 k"_qs << 2330.0 << 0.0 << u""_qs;
        QTest::newRow("spaced M after money") << u"a $5 M deal"_qs << u"$"_qs << u"$5 M"_qs << 5e6 << 0.0 << u"USD"_qs;
        QTest::newRow("spaced m is no million") << u"a 2.5 m wall"_qs << u"2"_qs << u"2.5"_qs << 2.5 << 0.0 << u""_qs;
        QTest::newRow("MM is million") << u"a US$ 1MM target"_qs << u"US"_qs << u"US$ 1MM"_qs << 1e6 << 0.0 << u"USD"_qs;
        QTest::newRow("mm are millimetres") << u"a 155mm shell"_qs << u"1"_qs << u"155mm"_qs << 155.0 << 0.0 << u"mm"_qs;
        // A number restated in the other notation is one figure.
        QTest::newRow("restated in digits") << u"within forty-five (45) days"_qs << u"forty"_qs << u"forty-five (45) days"_qs << 45.0 << 0.0 << u"days"_qs;
        QTest::newRow("restated in words") << u"sent 45 (forty-five) drones"_qs << u"4"_qs << u"45 (forty-five)"_qs << 45.0 << 0.0 << u""_qs;
        QTest::newRow("a conversion is no restatement") << u"ran 10 (16 km)"_qs << u"1"_qs << u"10"_qs << 10.0 << 0.0 << u""_qs;
        // Invisible format characters inside digits (line-break hints of web
        // pages) split no number: "2\u200b000" was 2 and 000.
        QTest::newRow("zero width space in digits") << u"about 2\u200b000 troops"_qs << u"2"_qs << u"2\u200b000"_qs << 2000.0 << 0.0 << u""_qs;
        QTest::newRow("word joiners in digits") << u"some 1\u2060234\u2060567 votes"_qs << u"1"_qs << u"1\u2060234\u2060567"_qs << 1234567.0 << 0.0 << u""_qs;
        QTest::newRow("joiner in a comma group") << u"killed 1,0\u200d00 people"_qs << u"1"_qs << u"1,0\u200d00"_qs << 1000.0 << 0.0 << u""_qs;
        QTest::newRow("non-joiner in a space group") << u"about 45 1\u200c00 troops"_qs << u"4"_qs << u"45 1\u200c00"_qs << 45100.0 << 0.0 << u""_qs;
        QTest::newRow("BOM in decimals") << u"grew 12.5\ufeff5 points"_qs << u"1"_qs << u"12.5\ufeff5"_qs << 12.55 << 0.0 << u""_qs;
        QTest::newRow("two format characters") << u"cost $3\u200b\u2060500"_qs << u"$"_qs << u"$3\u200b\u2060500"_qs << 3500.0 << 0.0 << u"USD"_qs;
        QTest::newRow("format character before a number") << u"\u200b45 drones"_qs << u"4"_qs << u"45"_qs << 45.0 << 0.0 << u""_qs;
        QTest::newRow("format character after a number") << u"45\u200b drones"_qs << u"4"_qs << u"45"_qs << 45.0 << 0.0 << u""_qs;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, from);
        QFETCH(QString, span);
        QFETCH(double, value);
        QFETCH(double, high);
        QFETCH(QString, unit);
        const qsizetype pos = text.indexOf(from);
        QVERIFY(pos >= 0);
        QVERIFY(NumberParser::mayStart(text, pos));
        const auto n = NumberParser().parseAt(text, pos);
        QVERIFY(n.has_value());
        QCOMPARE(text.mid(n->start, n->end - n->start), span);
        QVERIFY2(near(n->value, value), qPrintable(QString::number(n->value)));
        if (high != 0) {
            QVERIFY(n->high.has_value());
            QVERIFY2(near(*n->high, high), qPrintable(QString::number(*n->high)));
        } else {
            QVERIFY(!n->high.has_value());
        }
        QCOMPARE(n->unit, unit);
    }

    // Number words are found in any case, by their whole spelling: words
    // that share a number word's first letters and length are not one.
    void mayStartAtNumberWord_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("numberWord");

        QTest::newRow("lower case") << u"seventeen"_qs << true;
        QTest::newRow("capitalised") << u"Ninety"_qs << true;
        QTest::newRow("all capitals") << u"TWELFTHS"_qs << true;
        QTest::newRow("mixed case") << u"tHoUsAnD"_qs << true;
        QTest::newRow("one letter") << u"A"_qs << true;
        QTest::newRow("longest") << u"seventeenths"_qs << true;
        QTest::newRow("Indian scale") << u"Crores"_qs << true;
        QTest::newRow("same start and length as thirty") << u"thirst"_qs << false;
        QTest::newRow("same start and length as seven") << u"Sever"_qs << false;
        QTest::newRow("same start and length as eight") << u"EIGHS"_qs << false;
        QTest::newRow("number word and more letters") << u"fortyish"_qs << false;
        QTest::newRow("number word and digits") << u"five5"_qs << false;
        QTest::newRow("joining word") << u"and"_qs << false;
        QTest::newRow("ordinal first") << u"First"_qs << false;
        QTest::newRow("no letter after the first") << u"h"_qs << false;
    }
    void mayStartAtNumberWord()
    {
        QFETCH(QString, text);
        QFETCH(bool, numberWord);
        const QString sentence = u"then "_qs + text + u" more"_qs;
        QCOMPARE(NumberParser::mayStart(sentence, 5), numberWord);
    }

    void reject_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("from");

        QTest::newRow("F-16") << u"an F-16 jet"_qs << u"16"_qs;
        QTest::newRow("S-300") << u"S-300 systems"_qs << u"300"_qs;
        QTest::newRow("Su-34") << u"two Su-34 bombers"_qs << u"34"_qs;
        QTest::newRow("Shahed-136") << u"Shahed-136 drones"_qs << u"136"_qs;
        QTest::newRow("Kh-101") << u"Kh-101 missiles"_qs << u"101"_qs;
        QTest::newRow("Covid-19") << u"Covid-19 deaths"_qs << u"19"_qs;
        QTest::newRow("G7") << u"the G7 summit"_qs << u"7"_qs;
        QTest::newRow("report id") << u"report USDL-12-0267 says"_qs << u"12"_qs;
        QTest::newRow("ordinal") << u"the 3rd brigade"_qs << u"3"_qs;
        QTest::newRow("ordinal th") << u"its 47th brigade"_qs << u"4"_qs;
        QTest::newRow("time") << u"at 10:30 local time"_qs << u"10"_qs;
        QTest::newRow("pm") << u"at 5pm"_qs << u"5"_qs;
        QTest::newRow("a.m.") << u"at 5a.m. sharp"_qs << u"5"_qs;
        QTest::newRow("decade") << u"in the 1990s"_qs << u"1"_qs;
        QTest::newRow("version") << u"version 1.2.3"_qs << u"1"_qs;
        QTest::newRow("iso date") << u"on 2024-05-01"_qs << u"2"_qs;
        QTest::newRow("model code") << u"a 5G network"_qs << u"5"_qs;
        QTest::newRow("ordinal word") << u"the third year"_qs << u"third"_qs;
        QTest::newRow("bare scale") << u"a million reasons"_qs << u"million"_qs;
        QTest::newRow("bare Indian scale") << u"a lakh of them"_qs << u"lakh"_qs;
        QTest::newRow("hex-like code") << u"model 3e8x"_qs << u"3"_qs;
        QTest::newRow("a couple are people") << u"a couple from Kyiv"_qs << u"a"_qs;
        QTest::newRow("ordinal century") << u"a twenty-first century war"_qs << u"a"_qs;
        QTest::newRow("first") << u"the first day"_qs << u"first"_qs;
        QTest::newRow("double negative") << u"negative negative 5"_qs << u"negative"_qs;
        QTest::newRow("compound ordinal") << u"the twenty-first century"_qs << u"twenty"_qs;
        QTest::newRow("compound ordinal second") << u"its thirty-second year"_qs << u"thirty"_qs;
        QTest::newRow("spaced compound ordinal") << u"the twenty third day"_qs << u"twenty"_qs;
        QTest::newRow("hundred and ordinal") << u"the one hundred and fifth day"_qs << u"one"_qs;
        QTest::newRow("second half") << u"in the second half"_qs << u"half"_qs;
        QTest::newRow("hedge before half-time") << u"just over half-time"_qs << u"half"_qs;
        // The rest of a number an invisible character runs through is never
        // a number of its own ("000", value 0).
        QTest::newRow("after a zero width space") << u"about 2\u200b000 troops"_qs << u"000"_qs;
        QTest::newRow("after two format characters") << u"about 2\u2060\ufeff000 troops"_qs << u"000"_qs;
    }
    void reject()
    {
        QFETCH(QString, text);
        QFETCH(QString, from);
        const qsizetype pos = text.indexOf(from);
        QVERIFY(pos >= 0);
        const auto n = NumberParser().parseAt(text, pos);
        QVERIFY2(!n.has_value(), n ? qPrintable(text.mid(n->start, n->end - n->start)) : "");
    }
};

QTEST_GUILESS_MAIN(TestNumberParser)
#include "tst_numberparser.moc"
