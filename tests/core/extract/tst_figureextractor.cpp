#include "core/extract/figureextractor.h"

#include <QTest>

using namespace Claimbench;

namespace {

// "text=value unit qualifier" per figure, joined with " | ": a failing row
// shows everything that was found.
QString describe(const Extraction &e)
{
    QStringList parts;
    for (const Figure &f : e.figures) {
        QString s = f.text + u'=' + QString::number(f.value, 'g', 12);
        if (f.high)
            s += u".." + QString::number(*f.high, 'g', 12);
        if (!f.unit.isEmpty())
            s += u' ' + f.unit;
        if (f.qualifier != Qualifier::None)
            s += u" (" + qualifierName(f.qualifier) + u')';
        parts.append(s);
    }
    return parts.join(u" | ");
}

const FigureExtractor &extractor()
{
    static const FigureExtractor x;
    return x;
}

} // namespace

class TestFigureExtractor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void figures_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");

        QTest::newRow("counted noun") << u"Russia launched 63 drones and decoys overnight."_qs
                                      << u"63=63 drones"_qs;
        QTest::newRow("conversion") << u"The front line stretches more than 1,000 kilometers (600 miles)."_qs
                                    << u"1,000 kilometers=1000 km (more than) | 600 miles=600 mi (more than)"_qs;
        QTest::newRow("designations") << u"Shahed-136 drones, Kh-101 missiles and S-300 systems were used."_qs << u""_qs;
        QTest::newRow("identifiers") << u"Covid-19 killed 1,200 people in 2020, says report USDL-12-0267."_qs
                                     << u"1,200=1200 people"_qs;
        QTest::newRow("time and ordinal") << u"The G7 summit opened at 10:30 on the 3rd day."_qs << u""_qs;
        QTest::newRow("url") << u"Read https://example.com/2024/05/story-123 for details."_qs << u""_qs;
        QTest::newRow("year is a date") << u"In 2022, 45,100 troops were killed."_qs << u"45,100=45100 troops"_qs;
        QTest::newRow("rate") << u"Officials said about 1,200 a day were lost."_qs << u"1,200=1200 per day (approximately)"_qs;
        QTest::newRow("rate with noun") << u"It loses 1,000 troops per day."_qs << u"1,000=1000 troops/day"_qs;
        QTest::newRow("money") << u"The deficit exceeded $72 billion."_qs << u"$72 billion=72000000000 USD (more than)"_qs;
        QTest::newRow("percent") << u"Inflation rose to 12.5 percent in May."_qs << u"12.5 percent=12.5 %"_qs;
        QTest::newRow("some") << u"Some 43,000 soldiers died."_qs << u"43,000=43000 soldiers (approximately)"_qs;
        QTest::newRow("at least") << u"At least 18 people, including four children, were injured."_qs
                                  << u"18=18 people (at least) | four=4 children"_qs;
        QTest::newRow("fewer than") << u"Fewer than 100 residents remain."_qs << u"100=100 residents (less than)"_qs;
        QTest::newRow("no more than") << u"No more than 5 ships may pass."_qs << u"5=5 ships (at most)"_qs;
        QTest::newRow("as many as") << u"As many as 2,000 troops were moved."_qs << u"2,000=2000 troops (up to)"_qs;
        QTest::newRow("hedge governs one number") << u"About 20 tanks and 30 trucks were hit."_qs
                                                  << u"20=20 tanks (approximately) | 30=30 trucks"_qs;
        QTest::newRow("trailing hedge") << u"It fired 40 missiles or more."_qs << u"40=40 missiles (at least)"_qs;
        QTest::newRow("between") << u"Between 20 and 30 people were hurt."_qs << u"20 and 30=20..30 people"_qs;
        QTest::newRow("pronoun one") << u"It was one of the largest attacks, and no one was hurt."_qs << u""_qs;
        QTest::newRow("counted one") << u"Only one bridge remains."_qs << u"one=1 bridge"_qs;
        QTest::newRow("ordinal word") << u"The war entered its third year."_qs << u""_qs;
        QTest::newRow("vague") << u"Tens of thousands fled the city."_qs << u"Tens of thousands=10000..100000"_qs;
        QTest::newRow("budget year") << u"The 2026 budget allocates 38% to defence."_qs << u"38%=38 %"_qs;
        QTest::newRow("age") << u"A 15-year-old boy was hurt."_qs << u"15-year-old=15 years"_qs;
        QTest::newRow("hryvnias") << u"The aid totalled 500 million hryvnias."_qs << u"500 million hryvnias=500000000 UAH"_qs;
        QTest::newRow("multiplier") << u"Losses were five times higher."_qs << u"five times=5 times"_qs;
        QTest::newRow("full date") << u"He was born on March 3, 1990 in Lviv."_qs << u""_qs;
        QTest::newRow("day of month") << u"On 27 November, 300 people protested."_qs << u"300=300 people"_qs;
        QTest::newRow("article number") << u"Under Article 5 the allies respond."_qs << u""_qs;
        QTest::newRow("modifier before noun") << u"Moscow claimed two more villages."_qs << u"two=2 villages"_qs;
        QTest::newRow("head noun") << u"It lost 2600 Main Battle Tanks."_qs << u"2600=2600 tanks"_qs;
        QTest::newRow("count year-like") << u"Kyiv sent 2000 troops north."_qs << u"2000=2000 troops"_qs;
        QTest::newRow("abbreviation in sentence")
            << u"The U.K. Defense Ministry said 250,000 were killed."_qs << u"250,000=250000 people"_qs;
        // The counted noun left out after the number, named by a measure phrase before it.
        QTest::newRow("toll names the noun") << u"The death toll rose to 150."_qs << u"150=150 deaths"_qs;
        QTest::newRow("number of") << u"The number of refugees reached 6 million."_qs
                                   << u"6 million=6000000 refugees"_qs;
        QTest::newRow("daily number is a rate") << u"The daily number of arrests was 40."_qs << u"40=40 arrests/day"_qs;
        QTest::newRow("measuring verb") << u"The park saw visitors numbering 2,000 per week."_qs
                                        << u"2,000=2000 visitors/week"_qs;
        QTest::newRow("that is restates") << u"The army loses 500 soldiers per day. That is about 15,000 per month."_qs
                                          << u"500=500 soldiers/day | 15,000=15000 soldiers/month (approximately)"_qs;
        QTest::newRow("that number restates") << u"Losses were 90 tanks a week. Officials put that number at 120 a week."_qs
                                              << u"90=90 tanks/week | 120=120 tanks/week"_qs;
        QTest::newRow("bare subject lends nothing") << u"Casualties exceeded 10,000."_qs << u"10,000=10000 (more than)"_qs;
        QTest::newRow("earlier figure lends nothing") << u"Defences downed 28 drones and jammed another 21."_qs
                                                      << u"28=28 drones | 21=21"_qs;
        QTest::newRow("exchange rate counts nothing") << u"The exchange rate was 41 on Monday."_qs << u"41=41"_qs;
        QTest::newRow("list heading") << u"Key numbers:\n\nb. 40. Officials counted 40 strikes on the port."_qs
                                      << u"40=40 strikes | 40=40 strikes"_qs;
    }
    void figures()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(describe(extractor().extract(text)), expected);
    }

    // Numbers that name, point or number rather than count: references,
    // list markers, models and missions, house numbers; and the counts
    // beside them that must stay.
    void notFigures_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");

        QTest::newRow("scale in brackets") << u"Casualties (in thousands): 12 and 15."_qs << u"12=12 | 15=15"_qs;
        QTest::newRow("scale of a table's column")
            << u"Region      Jobs (thousands)    Vacancies\nNorth       12.5                1,200\n"_qs
            << u"12.5=12500 jobs | 1,200=1200 vacancies"_qs;
        QTest::newRow("scale of a currency") << u"Figures in millions of USD: 12.5 for aid."_qs << u"12.5=12.5"_qs;
        QTest::newRow("a vague count stays") << u"Power was out in thousands of homes."_qs << u"thousands=2000..10000 homes"_qs;
        QTest::newRow("reference marks") << u"Obesity rates rose sharply in adults (4,5). Rates fell in 12 states (6)."_qs
                                         << u"12=12 states"_qs;
        QTest::newRow("restated in brackets") << u"They waited three (3) days."_qs << u"three (3) days=3 days"_qs;
        QTest::newRow("reference after a year") << u"Rates peaked in 2006 (7,8) at 9 per cent; scores were 5 (6)."_qs
                                                << u"9 per cent=9 % | 5=5 | 6=6"_qs;
        QTest::newRow("enumerators") << u"Uninsured adults are more likely 1) to skip care and 2) to use 3 clinics."_qs
                                     << u"3=3 clinics"_qs;
        QTest::newRow("numbered notes") << u"Notes:\n1. Figures are provisional.\n2. About 40 farms replied."_qs
                                        << u"40=40 farms (approximately)"_qs;
        QTest::newRow("wrapped line opening with a count") << u"The count rose to\n12. Rescuers kept digging."_qs
                                                           << u"12=12"_qs;
        QTest::newRow("models and missions")
            << u"NASA said Pioneer 10 is still drifting, and a Saturn 5 rocket carried 3 astronauts."_qs
            << u"3=3 astronauts"_qs;
        QTest::newRow("place before a count") << u"In Kherson 12 people were killed and in Odesa 4 were hurt."_qs
                                              << u"12=12 people | 4=4 people"_qs;
        QTest::newRow("score") << u"Group B: Spain 3 – 1 Morocco"_qs << u"3=3 | 1=1"_qs;
        QTest::newRow("time zone offsets")
            << u"Sent: Wed, 12 Mar 2025 08:40:00 +0000. Copy sent 09:40 GMT-0100 to 14 desks."_qs
            << u"14=14 desks"_qs;
        QTest::newRow("statistic before a table's cell")
            << u"TEMPERATURE\n  MAXIMUM       71    80\n  MINIMUM\t48\nMinimum 21 days of notice."_qs
            << u"71=71 | 80=80 | 48=48 | 21 days=21 days (at least)"_qs;
        QTest::newRow("hedge before a wrapped line's indent")
            << u"Rescuers in the valley found more than    500 survivors."_qs << u"500=500 survivors (more than)"_qs;
        QTest::newRow("labels") << u"Adults with type 2 diabetes were treated at guard posts 14 and 15."_qs << u""_qs;
        QTest::newRow("label words that are verbs") << u"The firm posts 20% growth as unions stage 3.5-hour strikes."_qs
                                                    << u"20%=20 % | 3.5-hour=3.5 hours"_qs;
        QTest::newRow("house number") << u"The office at 10 Downing Street received 500 letters."_qs
                                      << u"500=500 letters"_qs;
        QTest::newRow("year after a season") << u"The spring 2019 exams had 300 candidates."_qs
                                             << u"300=300 candidates"_qs;
        QTest::newRow("after an ellipsis") << u"EF2...Strong....111 to 135 mph"_qs << u"111 to 135 mph=111..135 mph"_qs;
        QTest::newRow("measure behind a mark") << u"Gust M58 MPH at the airport; tablets of 5 mg/500 mg."_qs
                                               << u"58 MPH=58 mph | 5 mg=5 mg | 500 mg=500 mg"_qs;
        QTest::newRow("one or more") << u"Homes in which one or more adults smoke, or one or two children live."_qs
                                     << u"one=1 (at least) | one=1 children | two=2 children"_qs;
        QTest::newRow("two-digit years")
            << u"She voted Carter in 76 and 80, and Obama in 08; 1 in 20 voters did, in 12 and 15 states."_qs
            << u"1 in 20=0.05 fraction | 12=12 states | 15=15 states"_qs;
        QTest::newRow("count behind a mark") << u"The G7 summit and the B52 bombers."_qs << u""_qs;
    }
    void notFigures() { figures(); }

    // Units of measure and money beyond the counted noun: signs and names of
    // more currencies, minor parts, an article as one, fractions of a unit,
    // units in brackets, inches and Celsius only where they cannot be
    // something else.
    void measures_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");

        QTest::newRow("cents") << u"A loaf rose by 45 cents."_qs << u"45 cents=45 cents"_qs;
        QTest::newRow("cent sign") << u"Tickets cost 99¢ at the kiosk."_qs << u"99¢=99 cents"_qs;
        QTest::newRow("won") << u"The fine was 5,000 won."_qs << u"5,000 won=5000 KRW"_qs;
        QTest::newRow("lari sign") << u"He paid 300₾ for the permit."_qs << u"300₾=300 GEL"_qs;
        QTest::newRow("bucks") << u"She sold it for 20 bucks."_qs << u"20 bucks=20 USD"_qs;
        QTest::newRow("bare cents after money") << u"The fare is 15 dollars 50."_qs << u"15 dollars 50=15.5 USD"_qs;
        QTest::newRow("named minor part") << u"It costs 20 ringgit and 43 sen."_qs
                                          << u"20 ringgit and 43 sen=20.43 MYR"_qs;
        QTest::newRow("next figure is not a minor part") << u"It raised $20 and 15 people joined."_qs
                                                         << u"$20=20 USD | 15=15 people"_qs;
        QTest::newRow("bare minutes after hours") << u"The crossing took 1 hour thirty."_qs
                                                  << u"1 hour thirty=1.5 hours"_qs;
        QTest::newRow("article whole") << u"The talks lasted an hour and 45 minutes."_qs
                                       << u"an hour and 45 minutes=1.75 hours"_qs;
        QTest::newRow("article whole and a half") << u"The siege went on for a month and a half."_qs
                                                  << u"a month and a half=1.5 months"_qs;
        QTest::newRow("fraction of a unit") << u"It took one and a quarter of an hour."_qs
                                            << u"one and a quarter of an hour=1.25 hours"_qs;
        QTest::newRow("share of a unit") << u"A half-litre bottle, half hour walk, quarter-mile run."_qs
                                         << u"A half-litre=0.5 l | half hour=0.5 hours | quarter-mile=0.25 mi"_qs;
        QTest::newRow("half is no unit of itself") << u"Half the town and half of them fled."_qs << u""_qs;
        QTest::newRow("shared measure") << u"Doses of 45 and 50 mg, or 2 or 3 km."_qs
                                        << u"45=45 mg | 50 mg=50 mg | 2=2 km | 3 km=3 km"_qs;
        QTest::newRow("millions share no measure") << u"The 3m and 5 km."_qs << u"3m=3000000 | 5 km=5 km"_qs;
        QTest::newRow("code then scale") << u"They lost 75 USD million."_qs << u"75 USD million=75000000 USD"_qs;
        QTest::newRow("currency before") << u"The bill came to ringgit 42."_qs << u"42=42 MYR"_qs;
        QTest::newRow("a tournament is no currency") << u"England lost Euro 96 on penalties."_qs << u""_qs;
        QTest::newRow("unit in brackets") << u"Each sack weighs 20 (kg)."_qs << u"20 (kg)=20 kg"_qs;
        QTest::newRow("inch") << u"The plate is 2 in thick."_qs << u"2 in=2 in"_qs;
        QTest::newRow("in is a preposition") << u"Police detained 20 in Kharkiv and 3 in a row."_qs
                                             << u"20=20 | 3=3"_qs;
        QTest::newRow("celsius") << u"Temperatures fell to -10C overnight."_qs << u"-10C=-10 °C"_qs;
        QTest::newRow("lower-case c is no celsius") << u"Petrol rose by 5c a litre."_qs << u""_qs;
        QTest::newRow("designations are no celsius") << u"An A-10C and a Boeing 777C flew; the 13F filing came."_qs
                                                     << u""_qs;
        QTest::newRow("age") << u"The victim, aged 87, was rescued."_qs << u"87=87 years"_qs;
        QTest::newRow("square feet") << u"The fire burned 300 square feet."_qs << u"300 square feet=300 sq ft"_qs;
        QTest::newRow("cubic metres sign") << u"The tank holds 40 m³."_qs << u"40 m³=40 m3"_qs;
        QTest::newRow("speed") << u"Winds reached 90 km/hr and 120 kmph."_qs
                               << u"90 km/hr=90 km/h | 120 kmph=120 km/h"_qs;
        QTest::newRow("no units in designations, years and times")
            << u"The F-16 landed at 5 pm in 2023, after the G7 talks on Covid-19."_qs << u""_qs;
    }
    void measures() { figures(); } // same columns, same check

    // Numeral forms news English writes, with the look-alikes that must stay
    // non-figures (ordinals, designations, times, a pronoun "couple").
    void numberForms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");

        QTest::newRow("digit groups") << u"Officials counted 4 thousand 3 hundred and 21 ballots."_qs
                                      << u"4 thousand 3 hundred and 21=4321 ballots"_qs;
        QTest::newRow("money then a period") << u"He paid $5 million two years ago."_qs
                                             << u"$5 million=5000000 USD | two years=2 years"_qs;
        QTest::newRow("scale of a scale") << u"The budget is Rs 2 lakh crore."_qs << u"Rs 2 lakh crore=2e+12 INR"_qs;
        QTest::newRow("hedged half") << u"More than half of Ukrainians back the plan."_qs
                                     << u"half=0.5 fraction (more than)"_qs;
        QTest::newRow("share in digits") << u"Now 1 in 4 adults smoke."_qs << u"1 in 4=0.25 fraction"_qs;
        QTest::newRow("shares") << u"One in five residents left, and 3 out of 10 homes were hit."_qs
                                << u"One in five=0.2 fraction | 3 out of 10=0.3 fraction"_qs;
        QTest::newRow("fraction of a million") << u"The fund lost two thirds of a million dollars."_qs
                                               << u"two thirds of a million dollars=666666.666667 USD"_qs;
        QTest::newRow("restated in digits") << u"The army sent two (2) brigades to the front."_qs << u"two (2)=2 brigades"_qs;
        QTest::newRow("spaced hyphen") << u"Russia lost fifty - two tanks."_qs << u"fifty - two=52 tanks"_qs;
        QTest::newRow("vulgar fraction") << u"About \u2159 of the budget went to defence."_qs
                                         << u"\u2159=0.166666666667 fraction (approximately)"_qs;
        QTest::newRow("spaced M") << u"The grid lost 1.5 M customers."_qs << u"1.5 M=1500000 customers"_qs;
        QTest::newRow("twenty-first century") << u"The twenty-first century began badly."_qs << u""_qs;
        QTest::newRow("second half, a year") << u"In the second half of 2023, 40 people died."_qs << u"40=40 people"_qs;
        QTest::newRow("ordinal first") << u"The first 12 drones were shot down."_qs << u"12=12 drones"_qs;
        QTest::newRow("half-time") << u"Just over half-time, the match stopped."_qs << u""_qs;
        QTest::newRow("couple of people") << u"A couple from Kyiv was hurt."_qs << u""_qs;
        QTest::newRow("designations, times, ordinals")
            << u"Its F-16 jets flew at 5pm on the 3rd day after Covid-19."_qs << u""_qs;
        // Was "2=2 | 000=0 ballots": a zero width space split the number.
        QTest::newRow("zero width space in a number") << u"Officials counted 2\u200b000 ballots."_qs
                                                      << u"2\u200b000=2000 ballots"_qs;
        QTest::newRow("BOM first, word joiners inside") << u"\ufeff1\u2060234\u2060567 people fled."_qs
                                                        << u"1\u2060234\u2060567=1234567 people"_qs;
    }
    void numberForms()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(describe(extractor().extract(text)), expected);
    }

    void restates()
    {
        const Extraction e = extractor().extract(u"It stretches 1,000 kilometers (600 miles) long."_qs);
        QCOMPARE(e.figures.size(), 2);
        QCOMPARE(e.figures[0].restates, -1);
        QCOMPARE(e.figures[1].restates, 0);
    }

    void offsetsIndexTheText()
    {
        const QString text = u"\U0001F600 Kyiv said 63 drones \u2014 \u201cabout 20\u201d \u2014 were downed."_qs;
        const Extraction e = extractor().extract(text);
        QCOMPARE(e.figures.size(), 2);
        for (const Figure &f : e.figures)
            QCOMPARE(text.mid(f.start, f.end - f.start), f.text);
    }

    void claimant_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("claimant");

        QTest::newRow("according to") << u"According to Kyiv's armed forces, losses surpassed one million troops."_qs << 0
                                      << u"Kyiv's armed forces"_qs;
        QTest::newRow("trailing according to")
            << u"Air defences destroyed 28 drones, according to Ukrainian military officials."_qs << 0
            << u"Ukrainian military officials"_qs;
        QTest::newRow("speaker before") << u"The UK Defense Ministry posted on X that casualties exceeded one million."_qs
                                        << 0 << u"UK Defense Ministry"_qs;
        QTest::newRow("speaker wins over outlet")
            << u"According to Military.com, the General Staff announced 1,000 losses on Thursday."_qs << 0
            << u"General Staff"_qs;
        QTest::newRow("carried to next sentence")
            << u"The governor said 12 people were killed. Another 30 were injured."_qs << 1 << u"governor"_qs;
        QTest::newRow("not carried across paragraphs")
            << u"The governor said 12 people were killed.\n\nThe bridge is 300 meters long."_qs << 1 << u""_qs;
        QTest::newRow("pronoun") << u"Mayor Ihor Terekhov spoke on Friday. He said 18 people were hurt."_qs << 0
                                 << u""_qs;
        QTest::newRow("participle") << u"President Zelenskyy addressed the losses in February, stating that 45,100 troops had been killed."_qs
                                    << 0 << u"President Zelenskyy"_qs;
        QTest::newRow("standfirst voice")
            << u"UK military advisor, Nicholas Aucott, says losses are mounting in the war.\n\nRussia lost 1,000 troops a day."_qs
            << 0 << u"Nicholas Aucott"_qs;
        QTest::newRow("statement headline")
            << u"Costs are mounting: EU statement to the UN Security Council\n\nThank you, Madam President. Russia has lost 500,000 troops."_qs
            << 0 << u"EU"_qs;
        QTest::newRow("headline about a statement")
            << u"Kremlin statement angers Kyiv\n\nRussia has lost 500,000 troops."_qs << 0 << u""_qs;
        QTest::newRow("joint statement")
            << u"Joint statement on Ukraine\n\nRussia has lost 500,000 troops."_qs << 0 << u""_qs;
    }
    void claimant()
    {
        QFETCH(QString, text);
        QFETCH(int, index);
        QFETCH(QString, claimant);
        const Extraction e = extractor().extract(text);
        QVERIFY2(index < e.figures.size(), qPrintable(describe(e)));
        QCOMPARE(e.figures[index].claimant, claimant);
    }

    void asOf_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("published");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("asOf");

        QTest::newRow("month in sentence") << u"In February, Zelenskyy said 45,100 troops had been killed."_qs
                                           << u"2025-06-13"_qs << 0 << u"2025-02"_qs;
        QTest::newRow("weekday") << u"On Thursday the ministry counted 63 drones."_qs << u"2025-06-13"_qs << 0
                                 << u"2025-06-12"_qs;
        QTest::newRow("no date") << u"The ministry counted 63 drones."_qs << u"2025-06-13"_qs << 0 << u""_qs;
        QTest::newRow("period start is not as-of") << u"Since 2022, 465,000 troops were killed or wounded."_qs
                                                   << u""_qs << 0 << u""_qs;
        QTest::newRow("each figure its date")
            << u"Losses rose from over 600 in 2022 to over 900 at its height in November 2023."_qs << u""_qs << 1
            << u"2023-11"_qs;
        QTest::newRow("first of two") << u"Losses rose from over 600 in 2022 to over 900 at its height in November 2023."_qs
                                      << u""_qs << 0 << u"2022"_qs;
        QTest::newRow("period between years ends the later")
            << u"The town's population grew by 4,500 between 2015 and 2020."_qs << u"2021-03-02"_qs << 0 << u"2020"_qs;
        QTest::newRow("period to a day") << u"Food prices climbed 2.4 percent in the week to 3 March."_qs
                                         << u"2021-03-09"_qs << 0 << u"2021-03-03"_qs;
        QTest::newRow("present perfect is current") << u"The outbreak has infected at least 310 people."_qs
                                                    << u"2021-03-09"_qs << 0 << u"2021-03-09"_qs;
        QTest::newRow("present is current") << u"The jobless rate is 6.1 percent, the agency said."_qs
                                            << u"2021-03-09"_qs << 0 << u"2021-03-09"_qs;
        QTest::newRow("so far is current") << u"Some 7,000 homes lost power so far."_qs << u"2021-03-09"_qs << 0
                                           << u"2021-03-09"_qs;
        QTest::newRow("progressive tells of an activity") << u"The council is hiring 40 wardens."_qs
                                                          << u"2021-03-09"_qs << 0 << u""_qs;
        QTest::newRow("conditional is not current") << u"Without the levee the toll would have been over 300."_qs
                                                    << u"2021-03-09"_qs << 0 << u""_qs;
        QTest::newRow("verb of another clause") << u"Over 60 percent of farmers say the harvest is poor."_qs
                                                << u"2021-03-09"_qs << 0 << u""_qs;
        QTest::newRow("progressive after the figure is current")
            << u"About 900 volunteers are clearing the streets."_qs << u"2021-03-09"_qs << 0 << u"2021-03-09"_qs;
        QTest::newRow("sentence opened by currently") << u"Currently, the shelter houses 85 families."_qs
                                                      << u"2021-03-09"_qs << 0 << u"2021-03-09"_qs;
        QTest::newRow("fiscal year ends in its second year")
            << u"The trust treated 41,200 patients in 2019-20, up 2% on 2018-19."_qs << u"2021-03-09"_qs << 0
            << u"2020"_qs;
        QTest::newRow("year after on is a comparison base")
            << u"The trust treated 41,200 patients in 2019-20, up 2% on 2018-19."_qs << u"2021-03-09"_qs << 1
            << u"2020"_qs;
        QTest::newRow("comparison base is not the date")
            << u"In May 2014, the index stood 0.8% higher than April 2014."_qs << u""_qs << 0 << u"2014-05"_qs;
        QTest::newRow("change takes the later of two compared")
            << u"Admissions fell to 7,834 in 2012 compared with 8,051 in 2011, a decrease of 2.7%."_qs << u""_qs << 2
            << u"2012"_qs;
        QTest::newRow("figure inside a comparison keeps its date")
            << u"Admissions fell to 7,834 in 2012 compared with 8,051 in 2011, a decrease of 2.7%."_qs << u""_qs << 1
            << u"2011"_qs;
        QTest::newRow("figure after a determiner modifies a noun")
            << u"The hall is one of the three oldest in the city."_qs << u"2021-03-09"_qs << 0 << u""_qs;
        QTest::newRow("old value of a change") << u"Weekly claims are 410,000, down from 480,000."_qs
                                               << u"2021-03-09"_qs << 1 << u""_qs;
        QTest::newRow("is to is a plan") << u"The aim is to cut waiting lists to 4,000 patients."_qs
                                         << u"2021-03-09"_qs << 0 << u""_qs;
        QTest::newRow("a finer date of the sentence narrows a year")
            << u"Yesterday, on the second day of the 2019 championship, Leeds beat York 4 – 1."_qs << u"2019-05-14"_qs
            << 0 << u"2019-05-13"_qs;
        QTest::newRow("as of a date holds for the sentence's current figures")
            << u"As of Monday, 23 people have died and 40 are missing."_qs << u"2021-03-12"_qs << 1
            << u"2021-03-08"_qs;
        QTest::newRow("current needs a publication date") << u"The outbreak has infected at least 310 people."_qs
                                                          << u""_qs << 0 << u""_qs;
        QTest::newRow("past event without date") << u"Nine miners were trapped underground."_qs << u"2021-03-09"_qs
                                                  << 0 << u""_qs;
        QTest::newRow("forecast without date") << u"The plant will create 800 jobs."_qs << u"2021-03-09"_qs << 0
                                               << u""_qs;
        QTest::newRow("forecast keeps its target") << u"The plant is expected to create 800 jobs by 2027."_qs
                                                   << u"2021-03-09"_qs << 0 << u"2027"_qs;
        QTest::newRow("no future date for a present figure")
            << u"Output is 40 tonnes a day, the report for 2031 says."_qs << u"2021-03-09"_qs << 0 << u"2021-03-09"_qs;
        QTest::newRow("old date of another clause is not current")
            << u"The club, founded in 1998, has 420 members."_qs << u"2021-03-09"_qs << 0 << u"2021-03-09"_qs;
        QTest::newRow("old date opening the sentence")
            << u"In 2009, the mill closed and 120 workers lost their jobs."_qs << u"2021-03-09"_qs << 0 << u"2009"_qs;
        QTest::newRow("current figure beside a dated one")
            << u"The rate is 6.1 percent, down from 7.4 percent in 2014."_qs << u"2021-03-09"_qs << 0 << u"2021-03-09"_qs;
        QTest::newRow("days since a date") << u"It is now 100 days since the strike began on 1 June 2020."_qs
                                           << u""_qs << 0 << u"2020-09-09"_qs;
        QTest::newRow("days since an undated event") << u"It is now 100 days since the strike began."_qs
                                                     << u"2020-09-12"_qs << 0 << u""_qs;
        QTest::newRow("day of a count from its start")
            << u"The siege began on 10 January 2020. On day 30 of the siege, 12 trucks got through."_qs << u""_qs << 0
            << u"2020-02-08"_qs;
        QTest::newRow("day count needs its start") << u"On day 30 of the siege, 12 trucks got through."_qs << u""_qs
                                                   << 0 << u""_qs;
        const QString survey = u"Rating:       EF1\nPeak Wind:    95 mph\nInjuries:     2\n\nStart Date:   04/22/2021\n"
                               "End Date:     04/22/2021\n\nSummary: The tornado flattened 14 barns near the river.\n"
                               "\n.Second tornado...\n\nIt brought 80 mph winds to the valley.\n"_qs;
        QTest::newRow("a date field dates its record") << survey << u"2021-04-24"_qs << 1 << u"2021-04-22"_qs;
        QTest::newRow("a date field dates its record's summary") << survey << u"2021-04-24"_qs << 2 << u"2021-04-22"_qs;
        QTest::newRow("a record ends at a paragraph without a label")
            << survey << u"2021-04-24"_qs << 3 << u""_qs;
        QTest::newRow("a period written with to ends at its second date")
            << u"The grant pays £40 per pupil for April to July 2022."_qs << u"2022-09-01"_qs << 0 << u"2022-07"_qs;
        QTest::newRow("a period written with a dash ends at its second date")
            << u"Exports grew 3% in May – June 2022."_qs << u"2022-09-01"_qs << 0 << u"2022-06"_qs;
        QTest::newRow("the old value of a change is of the period's start")
            << u"Between 2010 and 2020, the share of renters rose from 18% to 25%."_qs << u"2021-03-09"_qs << 0
            << u"2010"_qs;
        QTest::newRow("the new value of a change is of the period's end")
            << u"Between 2010 and 2020, the share of renters rose from 18% to 25%."_qs << u"2021-03-09"_qs << 1
            << u"2020"_qs;
        QTest::newRow("a double hyphen joins a period")
            << u"During 1990--2000, output fell from 80 tonnes to 65 tonnes."_qs << u"2021-03-09"_qs << 0 << u"1990"_qs;
        QTest::newRow("a clause opened by with has its verb before it")
            << u"The agency has been in contact with more than 70 mayors."_qs << u"2021-03-09"_qs << 0
            << u"2021-03-09"_qs;
        QTest::newRow("a sentence pointing back has the date of the one before")
            << u"The port handled 41,000 containers in 2019-20. This is a rise of 6% on the year before."_qs
            << u"2021-03-09"_qs << 1 << u"2020"_qs;
        QTest::newRow("a sentence pointing back keeps its own date")
            << u"The port handled 41,000 containers in 2019-20. This was a rise of 6% in 2020-21."_qs
            << u"2021-03-09"_qs << 1 << u"2021"_qs;
        QTest::newRow("a sentence pointing back at an undated figure stays current")
            << u"The port handles 41,000 containers. This is 6% more than its rival."_qs << u"2021-03-09"_qs << 1
            << u"2021-03-09"_qs;
        QTest::newRow("the date of an old value is not the new value's")
            << u"Rents rose by 2.0%, up from 1.7% in May."_qs << u"2021-07-14"_qs << 0 << u""_qs;
        QTest::newRow("an old value after from keeps its date")
            << u"Rents rose by 2.0%, up from 1.7% in May."_qs << u"2021-07-14"_qs << 1 << u"2021-05"_qs;
        QTest::newRow("a new value before from takes the sentence's date")
            << u"In 2012, admissions fell by 2.7% to 8,100 from 8,324 in 2011."_qs << u"2014-02-03"_qs << 1
            << u"2012"_qs;
        QTest::newRow("a comparison base after a longer phrase")
            << u"In May 2014, the index was 7.3% higher than the peak of 185.5 in January 2008."_qs << u""_qs << 0
            << u"2014-05"_qs;
        QTest::newRow("a figure inside a longer comparison keeps its date")
            << u"In May 2014, the index was 7.3% higher than the peak of 185.5 in January 2008."_qs << u""_qs << 1
            << u"2008-01"_qs;
        const QString climate = u"WEATHER SUMMARY FOR MARCH 3 2021\n\n"
                                "ITEM          OBSERVED  RECORD  YEAR  NORMAL  LAST\n"
                                "              VALUE     VALUE         VALUE   YEAR\n"
                                "..................................................\n"
                                "RAIN (MM)\n"
                                "  DAILY       4.2       31.0    1998  2.0     0.0\n"_qs;
        QTest::newRow("a table's cell is of the date of its title")
            << climate << u"2021-03-04"_qs << 0 << u"2021-03-03"_qs;
        QTest::newRow("a record's cell is of its record year") << climate << u"2021-03-04"_qs << 1 << u"1998"_qs;
        QTest::newRow("a normal's cell is of no date") << climate << u"2021-03-04"_qs << 2 << u""_qs;
        QTest::newRow("a last year's cell is of the year before the title's date")
            << climate << u"2021-03-04"_qs << 3 << u"2020-03-03"_qs;
        QTest::newRow("a tab-separated table is of the date of the line above it")
            << u"The rates for 2022-23 are:\n\nPupils\tPer pupil rate\nPrimary\t£1,320\nSecondary\t£935\n"_qs
            << u"2022-03-04"_qs << 1 << u"2023"_qs;
        QTest::newRow("a clause opened by along with has its verb before it")
            << u"The state has approved $12 million in grants to farmers, along with another $3 million for repairs."_qs
            << u"2021-03-09"_qs << 1 << u"2021-03-09"_qs;
        QTest::newRow("already tells of the time of writing")
            << u"Crews set up two shelters; 400 cots already in place."_qs << u"2021-03-09"_qs << 1
            << u"2021-03-09"_qs;
        QTest::newRow("already does not override a past verb")
            << u"By then the storm had already destroyed 300 homes."_qs << u"2021-03-09"_qs << 0 << u""_qs;
        QTest::newRow("a paragraph's earlier day dates the event it goes on telling")
            << u"On Monday gunmen attacked a convoy near the border. They fired 30 rockets at the trucks."_qs
            << u"2021-03-12"_qs << 0 << u"2021-03-08"_qs;
        QTest::newRow("today is not carried to the next sentence")
            << u"Today the ministry publishes its report. The survey drew 5,000 replies."_qs << u"2021-03-12"_qs << 0
            << u""_qs;
        QTest::newRow("a day is not carried into the next paragraph")
            << u"On Monday gunmen attacked a convoy near the border.\n\nThey fired 30 rockets at the trucks."_qs
            << u"2021-03-12"_qs << 0 << u""_qs;
        QTest::newRow("a date before the old value of a change is the new value's")
            << u"On Monday the index stood at 4,100, down from 4,350."_qs << u"2021-03-12"_qs << 1 << u""_qs;
        QTest::newRow("a subject of eight words before its verb is current")
            << u"Almost half of all primary school children here are underweight."_qs << u"2021-03-09"_qs << 0
            << u"2021-03-09"_qs;
        QTest::newRow("at the time points back at the date before")
            << u"The probe reached the comet in 2014. It was 510 million kilometres from Earth at the time."_qs
            << u"2021-03-09"_qs << 0 << u"2014"_qs;
        QTest::newRow("at the time of an event points at no date before")
            << u"The probe reached the comet in 2014. It moved 30 kilometres at the time of the flyby."_qs
            << u"2021-03-09"_qs << 0 << u""_qs;
        QTest::newRow("a date past an and belongs to the next clause")
            << u"In 2010 the firm hired 20 engineers and in 2011 it hired 45 more."_qs << u"2021-03-09"_qs << 0
            << u"2010"_qs;
        QTest::newRow("a date past an and still dates a figure with none before it")
            << u"Gunmen killed 20 people and wounded 40 on Monday."_qs << u"2021-03-12"_qs << 0 << u"2021-03-08"_qs;
        QTest::newRow("a source line under a table dates its cells")
            << u"Cases by region\n\nRegion    Cases    Deaths\nNorth     120      4\nSouth     80       2\n\n"
               "Source: Health ministry, figures as of 2 November\n"_qs
            << u"2021-11-05"_qs << 3 << u"2021-11-02"_qs;
        QTest::newRow("the same period last year is a comparison's base")
            << u"Sales rose 4% compared with the same period last year."_qs << u"2021-11-05"_qs << 0 << u""_qs;
        QTest::newRow("a period since a date runs to the time of writing")
            << u"Since last Thursday 40 people died in the floods."_qs << u"2021-11-05"_qs << 0 << u"2021-11-05"_qs;
        QTest::newRow("overnight dates a report to its publication day")
            << u"Overnight the army launched 112 drones, and air defences shot down 87."_qs << u"2025-03-10"_qs << 1
            << u"2025-03-10"_qs;
        QTest::newRow("last night is the night before the publication day's morning")
            << u"Last night the rebels fired 14 rockets at the airport."_qs << u"2025-03-10"_qs << 0
            << u"2025-03-10"_qs;
        QTest::newRow("this morning") << u"Rescuers pulled 9 survivors from the rubble this morning."_qs
                                      << u"2025-03-10"_qs << 0 << u"2025-03-10"_qs;
        QTest::newRow("in the past 24 hours")
            << u"In the past 24 hours, the ministry recorded 310 new cases."_qs << u"2025-03-10"_qs << 1
            << u"2025-03-10"_qs;
        QTest::newRow("as of a time with no date")
            << u"As of 0900 GMT, rescuers had recovered 40 bodies."_qs << u"2025-03-10"_qs << 0 << u"2025-03-10"_qs;
        QTest::newRow("as of a time of day in words")
            << u"Forty shelters had opened as of 6 p.m. local time."_qs << u"2025-03-10"_qs << 0 << u"2025-03-10"_qs;
        QTest::newRow("a date of the sentence wins over overnight")
            << u"An overnight train carried 300 passengers in 1998."_qs << u"2025-03-10"_qs << 0 << u"1998"_qs;
        QTest::newRow("a forecast for the night is no report")
            << u"Forecasters expect 20 centimetres of snow overnight."_qs << u"2025-03-10"_qs << 0 << u""_qs;
        QTest::newRow("the weekend just past is of its Sunday")
            << u"At least 23 people were killed over the weekend."_qs << u"2025-03-10"_qs << 0 << u"2025-03-09"_qs;
        QTest::newRow("last week across two months is of its end's month")
            << u"Floods displaced 4,000 people last week."_qs << u"2025-03-05"_qs << 0 << u"2025-03"_qs;
        QTest::newRow("the same period last year is the sentence's month a year back")
            << u"Exports fell to 800 tonnes in February, against 950 tonnes in the same period last year."_qs
            << u"2025-03-20"_qs << 1 << u"2024-02"_qs;
        QTest::newRow("the same month last year without a month is the publication's")
            << u"Exports reached 950 tonnes in the same month last year."_qs << u"2025-03-20"_qs << 0 << u"2024-03"_qs;
        QTest::newRow("the same quarter last year is a year")
            << u"Exports reached 950 tonnes in the same quarter last year."_qs << u"2025-03-20"_qs << 0 << u"2024"_qs;
        QTest::newRow("no as-of from a year beyond 9999")
            << u"In March 10000, 40 ships landed on the moon."_qs << u"2021-03-09"_qs << 1 << u""_qs;
        QTest::newRow("a date field outside a record dates nothing")
            << u"Storm report\nThe storm brought 95 mph winds.\n\nDate: 04/22/2021\n"_qs << u"2021-04-24"_qs << 0
            << u""_qs;
    }
    void asOf()
    {
        QFETCH(QString, text);
        QFETCH(QString, published);
        QFETCH(int, index);
        QFETCH(QString, asOf);
        const Extraction e = extractor().extract(text, PartialDate::fromIso(published));
        QVERIFY2(index < e.figures.size(), qPrintable(describe(e)));
        QCOMPARE(e.figures[index].asOf.toIso(), asOf);
    }

    void confidenceIsLowerForVagueFigures()
    {
        const Extraction e = extractor().extract(u"Dozens of drones and 63 missiles were launched."_qs);
        QCOMPARE(e.figures.size(), 2);
        QVERIFY(e.figures[0].confidence < 0.6);
        QVERIFY(e.figures[1].confidence >= 0.9);
    }

    void emptyText()
    {
        QVERIFY(extractor().extract(u""_qs).figures.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFigureExtractor)
#include "tst_figureextractor.moc"
