#include "core/extract/dateresolver.h"

#include "core/domain/textoffsets.h"
#include "common/shareddata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace Claimbench;

namespace {

// "span=resolved | span=resolved": one string, so that a failing row shows
// every mention found.
QString describe(const QList<DateMention> &mentions)
{
    QStringList parts;
    for (const DateMention &m : mentions)
        parts.append(m.text + u'=' + m.resolved.toIso());
    return parts.join(u" | ");
}

} // namespace

class TestDateResolver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void find_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("expected");

        // Friday 13 June 2025, the publication date of the corpus' first article.
        const QString friday = u"2025-06-13"_qs;

        // Absolute dates
        QTest::newRow("month day year") << u"Moscow, June 13, 2025. Officials said"_qs << QString() << u"June 13, 2025=2025-06-13"_qs;
        QTest::newRow("day month year") << u"The attack on 13 June 2025 killed four."_qs << QString() << u"13 June 2025=2025-06-13"_qs;
        QTest::newRow("ordinal of month") << u"On the 13th of June, the ministry said"_qs << friday << u"13th of June=2025-06-13"_qs;
        QTest::newRow("ordinal month no year") << u"On 29th January alone, the army lost 1,670 men"_qs << friday << u"29th January=2025-01-29"_qs;
        QTest::newRow("abbreviated month with dot") << u"signed on Sept. 5, 2024 in Kyiv"_qs << QString() << u"Sept. 5, 2024=2024-09-05"_qs;
        QTest::newRow("day abbreviated month year") << u"posted 13 Jun. 2025 by staff"_qs << QString() << u"13 Jun. 2025=2025-06-13"_qs;
        QTest::newRow("iso") << u"the report dated 2025-06-13 says"_qs << QString() << u"2025-06-13=2025-06-13"_qs;
        QTest::newRow("iso month") << u"the 2016-11 figures"_qs << QString() << u"2016-11=2016-11"_qs;
        QTest::newRow("season ends in its second year")
            << u"the 2022-23 season and the 2024/25 budget"_qs << QString() << u"2022-23=2023 | 2024/25=2025"_qs;
        QTest::newRow("month slash year") << u"released in 11/2016"_qs << QString() << u"11/2016=2016-11"_qs;
        QTest::newRow("space before comma") << u"sold on Dec. 31 , 1994"_qs << QString() << u"Dec. 31 , 1994=1994-12-31"_qs;
        QTest::newRow("money before a date") << u"bought for $12 December 27"_qs << friday << u"December 27=2024-12-27"_qs;
        QTest::newRow("phone number") << u"Tel: +86 138-2010-2015"_qs << QString() << QString();
        QTest::newRow("iso date-time") << u"updated 2025-06-13T10:00:00Z"_qs << QString() << u"2025-06-13=2025-06-13"_qs;
        QTest::newRow("us numeric, day over 12") << u"filed on 06/13/2025 in court"_qs << QString() << u"06/13/2025=2025-06-13"_qs;
        QTest::newRow("two-digit year after slashes") << u"Survey of the 04/27/21 storm"_qs << QString()
                                                      << u"04/27/21=2021-04-27"_qs;
        QTest::newRow("two-digit year of the last century") << u"the flood of 12/30/97 and after"_qs << QString()
                                                            << u"12/30/97=1997-12-30"_qs;
        QTest::newRow("two-digit year needs slashes") << u"scored 10-14-21 in three sets"_qs << QString() << QString();
        QTest::newRow("first month of a range takes the year after the last")
            << u"Rents rose between March and April 2019."_qs << QString() << u"March=2019-03 | April 2019=2019-04"_qs;
        QTest::newRow("a range of months across the new year")
            << u"Sales from November to January 2020 fell."_qs << QString()
            << u"November=2019-11 | January 2020=2020-01"_qs;
        QTest::newRow("dashed range of months") << u"The June-July 2021 survey"_qs << QString()
                                                << u"June=2021-06 | July 2021=2021-07"_qs;
        QTest::newRow("european numeric, day over 12") << u"dated 13/06/2025."_qs << QString() << u"13/06/2025=2025-06-13"_qs;
        QTest::newRow("dotted numeric is day first") << u"dated 05.06.2025."_qs << QString() << u"05.06.2025=2025-06-05"_qs;
        QTest::newRow("ambiguous numeric keeps the year") << u"dated 03/04/2025."_qs << QString() << u"03/04/2025=2025"_qs;
        QTest::newRow("ambiguous numeric not after publication")
            << u"Storm report 05/07/2024: gusts of 63 mph."_qs << u"2024-05-08"_qs << u"05/07/2024=2024-05-07"_qs;
        QTest::newRow("ambiguous numeric both before publication")
            << u"Storm report 05/07/2024: gusts of 63 mph."_qs << u"2024-08-01"_qs << u"05/07/2024=2024"_qs;
        QTest::newRow("ambiguous numeric follows the text's convention")
            << u"between 13/06/2025 and 03/04/2025"_qs << QString() << u"13/06/2025=2025-06-13 | 03/04/2025=2025-04-03"_qs;
        QTest::newRow("day range is its month") << u"talks on June 13-14, 2025 and on 2-3 July"_qs << friday << u"June 13-14, 2025=2025-06 | 2-3 July=2024-07"_qs;
        QTest::newRow("weekday with date") << u"Thursday, June 12, 2025, was calm"_qs << QString() << u"Thursday, June 12, 2025=2025-06-12"_qs;

        // Months and years
        QTest::newRow("month year") << u"in October 2024 the toll rose"_qs << QString() << u"October 2024=2024-10"_qs;
        QTest::newRow("since month year") << u"since the invasion began in February 2022."_qs << QString() << u"February 2022=2022-02"_qs;
        QTest::newRow("in year") << u"In 2023, the average daily number rose"_qs << QString() << u"2023=2023"_qs;
        QTest::newRow("year range") << u"published under the 2022 to 2024 Sunak Conservative government"_qs << QString() << u"2022=2022 | 2024=2024"_qs;
        QTest::newRow("dashed year range") << u"the 2022–2023 season"_qs << QString() << u"2022=2022 | 2023=2023"_qs;
        QTest::newRow("year before noun") << u"over 38% of the 2026 budget"_qs << QString() << u"2026=2026"_qs;
        QTest::newRow("year before plural after determiner") << u"before the 2024 elections and Russia's 2022 gains"_qs << QString() << u"2024=2024 | 2022=2022"_qs;
        QTest::newRow("year then noun after preposition") << u"In 2022 troops crossed the border"_qs << QString() << u"2022=2022"_qs;
        QTest::newRow("early year") << u"talks may resume in early 2026"_qs << QString() << u"early 2026=2026"_qs;
        QTest::newRow("mid year") << u"by mid-2024 the front had stabilised"_qs << QString() << u"mid-2024=2024"_qs;
        QTest::newRow("end of year") << u"funds run out by the end of 2023"_qs << QString() << u"the end of 2023=2023"_qs;
        QTest::newRow("mid month") << u"fighting resumed in mid-June"_qs << friday << u"mid-June=2025-06"_qs;

        // Resolved against the publication date
        QTest::newRow("weekday toward the past") << u"announced the milestone on Thursday, which"_qs << friday << u"Thursday=2025-06-12"_qs;
        QTest::newRow("weekday same day") << u"on Friday, the ministry said"_qs << friday << u"Friday=2025-06-13"_qs;
        QTest::newRow("weekday possessive") << u"Saturday's strike hit a depot"_qs << friday << u"Saturday=2025-06-07"_qs;
        QTest::newRow("last weekday is in last week") << u"last Thursday he visited Kyiv"_qs << friday << u"last Thursday=2025-06-05"_qs;
        QTest::newRow("next weekday is in next week") << u"talks resume next Monday"_qs << friday << u"next Monday=2025-06-16"_qs;
        QTest::newRow("weekday with day of month") << u"on Friday the 13th"_qs << u"2025-06-20"_qs << u"Friday the 13th=2025-06-13"_qs;
        QTest::newRow("weekday then a count") << u"on Friday 13 people died"_qs << friday << u"Friday=2025-06-13"_qs;
        QTest::newRow("dashed month chain") << u"The date should be 05-Aug-2016"_qs << QString() << u"05-Aug-2016=2016-08-05"_qs;
        QTest::newRow("end of the year") << u"by the end of the year"_qs << friday << u"the end of the year=2025"_qs;
        QTest::newRow("later in the year") << u"talks later in the year"_qs << friday << u"later in the year=2025"_qs;
        QTest::newRow("month next year") << u"elections in June next year"_qs << friday << u"June next year=2026-06"_qs;
        QTest::newRow("this coming weekday") << u"this coming Monday"_qs << friday << u"this coming Monday=2025-06-16"_qs;
        QTest::newRow("day of next month") << u"on the 20th of next month"_qs << friday << u"20th of next month=2025-07-20"_qs;
        QTest::newRow("year then month") << u"the 2024 May elections"_qs << QString() << u"2024 May=2024-05"_qs;
        QTest::newRow("year after next") << u"in the year after next"_qs << friday << u"the year after next=2027"_qs;
        QTest::newRow("spaced score is no year") << u"the score was 32 - 2015"_qs << QString() << QString();
        QTest::newRow("em dash is punctuation") << u"in 2015 — 32 people died"_qs << QString() << u"2015=2015"_qs;
        QTest::newRow("weekday next week") << u"on Tuesday next week"_qs << friday << u"Tuesday next week=2025-06-17"_qs;
        QTest::newRow("weekday of last week") << u"on Sunday of last week"_qs << friday << u"Sunday of last week=2025-06-08"_qs;
        QTest::newRow("next week on weekday") << u"next week on Friday"_qs << friday << u"next week on Friday=2025-06-20"_qs;
        QTest::newRow("future clause weekday") << u"The council will vote on Monday"_qs << friday << u"Monday=2025-06-16"_qs;
        QTest::newRow("future clause same day") << u"He will meet Putin in Moscow on Friday"_qs << friday << u"Friday=2025-06-13"_qs;
        QTest::newRow("reported future keeps the past weekday")
            << u"Kyiv will get more aid, Zelensky said on Thursday"_qs << friday << u"Thursday=2025-06-12"_qs;
        QTest::newRow("future clause month") << u"Elections are due in November"_qs << friday << u"November=2025-11"_qs;
        QTest::newRow("time is not a date") << u"at 10:30 on Thursday"_qs << friday << u"Thursday=2025-06-12"_qs;
        QTest::newRow("bare month earlier this year") << u"his own military's losses in February, stating"_qs << friday << u"February=2025-02"_qs;
        QTest::newRow("bare month last year") << u"the offensive in July"_qs << friday << u"July=2024-07"_qs;
        QTest::newRow("bare month is current month") << u"Estimates in June put that number"_qs << friday << u"June=2025-06"_qs;
        QTest::newRow("may after preposition") << u"the average in May was 1,200 per day"_qs << friday << u"May=2025-05"_qs;
        QTest::newRow("may then a count") << u"In May 20 soldiers died"_qs << friday << u"May=2025-05"_qs;
        QTest::newRow("last month name") << u"since last September"_qs << friday << u"last September=2024-09"_qs;
        QTest::newRow("this month name") << u"elections this September"_qs << friday << u"this September=2025-09"_qs;
        QTest::newRow("upcoming day month") << u"the summit on 27 June"_qs << friday << u"27 June=2025-06-27"_qs;
        QTest::newRow("past day month") << u"On 27 November, one group published"_qs << friday << u"27 November=2024-11-27"_qs;
        QTest::newRow("yesterday") << u"Officials said yesterday that"_qs << friday << u"yesterday=2025-06-12"_qs;
        QTest::newRow("today") << u"Today the council meets"_qs << friday << u"Today=2025-06-13"_qs;
        QTest::newRow("tomorrow") << u"a vote is expected tomorrow"_qs << friday << u"tomorrow=2025-06-14"_qs;
        QTest::newRow("last week within a month") << u"strikes last week"_qs << friday << u"last week=2025-06"_qs;
        QTest::newRow("last week across months") << u"strikes last week"_qs << u"2025-06-04"_qs << u"last week=2025"_qs;
        QTest::newRow("the weekend is the one just past")
            << u"fighting over the weekend"_qs << u"2025-06-09"_qs << u"the weekend=2025-06"_qs;
        QTest::newRow("last month") << u"prices rose last month"_qs << friday << u"last month=2025-05"_qs;
        QTest::newRow("late last month") << u"a meeting late last month"_qs << friday << u"late last month=2025-05"_qs;
        QTest::newRow("earlier this month") << u"as reported earlier this month"_qs << friday << u"earlier this month=2025-06"_qs;
        QTest::newRow("last year possessive") << u"last year's budget"_qs << friday << u"last year=2024"_qs;
        QTest::newRow("next year") << u"the plan for next year"_qs << friday << u"next year=2026"_qs;
        QTest::newRow("month-precision publication") << u"in February and yesterday"_qs << u"2025-06"_qs << u"February=2025-02"_qs;
        QTest::newRow("year-precision publication") << u"in May, on Thursday"_qs << u"2024"_qs << u"May=2024-05"_qs;

        // Without a publication date
        QTest::newRow("no publication: weekday unresolved") << u"on Thursday the ministry said"_qs << QString() << QString();
        QTest::newRow("no publication: dateline anchors weekdays")
            << u"June 13, 2025\n\nThe ministry said on Thursday that"_qs << QString()
            << u"June 13, 2025=2025-06-13 | Thursday=2025-06-12"_qs;
        QTest::newRow("no publication: year from earlier date")
            << u"In 2023 losses mounted. On 27 November, a group published"_qs << QString()
            << u"2023=2023 | 27 November=2023-11-27"_qs;
        QTest::newRow("no publication: no dateline when a later date follows")
            << u"March 3, 2024. On Thursday talks began; they end in May 2025."_qs << QString()
            << u"March 3, 2024=2024-03-03 | May 2025=2025-05"_qs;
        QTest::newRow("no publication: year from later date")
            << u"On 29th January alone 1,670 men; by June 2025 over 1 million"_qs << QString()
            << u"29th January=2025-01-29 | June 2025=2025-06"_qs;

        // Not dates
        QTest::newRow("thousands separator") << u"2,000 troops and 1,950 vehicles"_qs << QString() << QString();
        QTest::newRow("counted noun") << u"killed 2000 soldiers"_qs << QString() << QString();
        QTest::newRow("counted noun behind adjective") << u"killed 1950 Russian soldiers"_qs << QString() << QString();
        QTest::newRow("hedged quantity") << u"about 2000 were wounded"_qs << QString() << QString();
        QTest::newRow("currency") << u"it cost $2024 and USD 1999"_qs << QString() << QString();
        QTest::newRow("model designation") << u"Su-34 and Su-2000 bombers"_qs << QString() << QString();
        QTest::newRow("decade") << u"in the 1990s and 1980's"_qs << QString() << QString();
        QTest::newRow("decimal and percent") << u"rose 2019.5 points, or 2020%"_qs << QString() << QString();
        QTest::newRow("person named May") << u"Theresa May said on Friday"_qs << friday << u"Friday=2025-06-13"_qs;
        QTest::newRow("person named June") << u"June Carter sang"_qs << friday << QString();
        QTest::newRow("lower-case may is a verb") << u"it may rain in march"_qs << friday << QString();
        QTest::newRow("newspaper name") << u"USA Today reported on Monday"_qs << friday << u"Monday=2025-06-09"_qs;
        QTest::newRow("sentence-initial Today") << u"Talks failed. Today the council meets"_qs << friday << u"Today=2025-06-13"_qs;
        QTest::newRow("named event weekday") << u"sales on Black Friday and every Monday"_qs << friday << QString();
        QTest::newRow("military time") << u"the strike at 2030 GMT"_qs << friday << QString();
        QTest::newRow("duration is a figure") << u"after 45 days and two weeks ago"_qs << friday << QString();
        QTest::newRow("day and month before a year beyond 9999")
            << u"The fleet lands on 12 March 10000, the game says."_qs << friday << QString();
        QTest::newRow("month and day before a year beyond 9999")
            << u"By January 5, 12024 the colony had grown."_qs << friday << QString();
        QTest::newRow("month before a year beyond 9999") << u"In March 99999 the sun dims."_qs << friday << QString();
        QTest::newRow("a count after a day and month is no year")
            << u"On 12 March 20000 people marched."_qs << friday << u"12 March=2025-03-12"_qs;
    }

    void find()
    {
        QFETCH(QString, text);
        QFETCH(QString, published);
        QFETCH(QString, expected);
        const QList<DateMention> mentions = DateResolver(PartialDate::fromIso(published)).find(text);
        QCOMPARE(describe(mentions), expected);
        for (const DateMention &m : mentions)
            QCOMPARE(text.mid(m.start, m.end - m.start), m.text);
    }

    void periodEnd_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("end");

        // Monday 10 March 2025; Wednesday 5 March 2025, whose last week
        // began in February.
        QTest::newRow("the weekend just past ends on its Sunday")
            << u"Storms cut power to 900 homes over the weekend."_qs << u"2025-03-10"_qs << u"2025-03-09"_qs;
        QTest::newRow("a weekend still running ends on the publication day")
            << u"Police made arrests at the weekend."_qs << u"2025-03-08"_qs << u"2025-03-08"_qs;
        QTest::newRow("the weekend of a future clause is the next one")
            << u"The ferry will run extra sailings over the weekend."_qs << u"2025-03-12"_qs << u"2025-03-16"_qs;
        QTest::newRow("last weekend") << u"Fans queued last weekend."_qs << u"2025-03-12"_qs << u"2025-03-09"_qs;
        QTest::newRow("a week across two months ends in the later one")
            << u"Floods struck the valley last week."_qs << u"2025-03-05"_qs << u"2025-03"_qs;
        QTest::newRow("this week ends on the publication day")
            << u"Prices rose this week."_qs << u"2025-03-31"_qs << u"2025-03"_qs;
        QTest::newRow("other periods have none") << u"Prices rose last month."_qs << u"2025-03-12"_qs << u""_qs;
    }

    void periodEnd()
    {
        QFETCH(QString, text);
        QFETCH(QString, published);
        QFETCH(QString, end);
        const QList<DateMention> mentions = DateResolver(PartialDate::fromIso(published)).find(text);
        QCOMPARE(mentions.size(), 1);
        QCOMPARE(mentions.first().periodEnd.toIso(), end);
    }

    void emptyText() { QVERIFY(DateResolver(PartialDate::day(2025, 6, 13)).find(QStringView()).isEmpty()); }

    // Recall over the hand-checked "dates" of ../shared/corpus/*.gold.json:
    // a gold date counts as found when a mention starts at the same place,
    // has the same text and resolves to the same value.
    void corpusRecall()
    {
        CLAIMBENCH_REQUIRE_SHARED_DIR(dir, "CLAIMBENCH_CORPUS");
        int total = 0;
        int found = 0;
        int extra = 0;
        const QStringList golds = dir.entryList({u"*.gold.json"_qs}, QDir::Files, QDir::Name);
        QVERIFY(!golds.isEmpty());
        for (const QString &goldName : golds) {
            QFile goldFile(dir.filePath(goldName));
            QFile textFile(dir.filePath(goldName.chopped(int(qstrlen(".gold.json"))) + u".txt"));
            QVERIFY(goldFile.open(QIODevice::ReadOnly) && textFile.open(QIODevice::ReadOnly));
            const QJsonObject gold = QJsonDocument::fromJson(goldFile.readAll()).object();
            QString text = QString::fromUtf8(textFile.readAll());
            PartialDate published = PartialDate::fromIso(gold.value(u"published").toString());
            // Files with a header block: offsets index the body after the first blank line.
            if (text.startsWith(u"Title:")) {
                const qsizetype blank = text.indexOf(u"\n\n");
                for (const QStringView line : QStringView(text).first(blank).split(u'\n'))
                    if (line.startsWith(u"Published:"))
                        published = PartialDate::fromIso(line.sliced(10).trimmed());
                text = text.sliced(blank + 2);
            }
            const QList<DateMention> mentions = DateResolver(published).find(text);
            const TextOffsets offsets(text);
            const QJsonArray dates = gold.value(u"dates").toArray();
            for (const QJsonValue &v : dates) {
                const QJsonObject d = v.toObject();
                ++total;
                const qsizetype start = offsets.toUtf16(d.value(u"start").toInt()).value_or(-1);
                const bool ok = std::any_of(mentions.begin(), mentions.end(), [&](const DateMention &m) {
                    return m.start == start && m.text == d.value(u"text").toString()
                        && m.resolved.toIso() == d.value(u"resolved").toString();
                });
                found += ok;
                if (!ok)
                    qInfo("missed %s: \"%s\" -> %s", qPrintable(goldName), qPrintable(d.value(u"text").toString()),
                          qPrintable(d.value(u"resolved").toString()));
            }
            // Mentions the annotators did not mark ("last year" is no gold date).
            for (const DateMention &m : mentions)
                extra += std::none_of(dates.begin(), dates.end(), [&](const QJsonValue &v) {
                    return offsets.toUtf16(v.toObject().value(u"start").toInt()).value_or(-1) == m.start;
                });
        }
        const double recall = total ? double(found) / total : 0;
        qInfo("corpus dates: %d of %d gold dates found with the same resolution (%.3f); %d mentions not in the gold",
              found, total, recall, extra);
        QVERIFY2(recall >= 0.90, "corpus date recall fell below 0.90");
    }
};

QTEST_GUILESS_MAIN(TestDateResolver)
#include "tst_dateresolver.moc"
