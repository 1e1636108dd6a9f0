#include "core/extract/attribution.h"

#include <QTest>

using namespace Claimbench;

class TestAttribution : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void find_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("expected"); // claimants joined with " | "; pronouns as written

        QTest::newRow("according to") << u"According to Kyiv's armed forces, losses surpassed one million."_qs
                                      << u"Kyiv's armed forces"_qs;
        QTest::newRow("subject of posted") << u"The UK Defense Ministry posted on X that casualties exceeded one million."_qs
                                           << u"UK Defense Ministry"_qs;
        QTest::newRow("initialism subject") << u"The U.K. Defense Ministry said 250,000 were killed."_qs
                                            << u"U.K. Defense Ministry"_qs;
        QTest::newRow("apposition") << u"UK military advisor, Nicholas Aucott, says casualties are over 300,000."_qs
                                    << u"Nicholas Aucott"_qs;
        QTest::newRow("headline") << u"Russia's Military Losses Surpass 1 Million, Ukraine Says"_qs << u"Ukraine"_qs;
        QTest::newRow("lower-case source") << u"Russia's losses top 1 million, officials say"_qs << u"officials"_qs;
        QTest::newRow("title and name") << u"Mayor Ihor Terekhov said the strikes targeted homes."_qs
                                        << u"Mayor Ihor Terekhov"_qs;
        QTest::newRow("participle") << u"Ukrainian President Zelenskyy addressed the losses in February, stating that 45,100 troops had been killed."_qs
                                    << u"Ukrainian President Zelenskyy"_qs;
        QTest::newRow("with participle") << u"Strikes continued, with Ukraine reporting that Russia launched 63 drones."_qs
                                         << u"Ukraine"_qs;
        QTest::newRow("gerund claiming") << u"Fighting went on, with the Defense Ministry in Moscow claiming two villages."_qs
                                         << u"Defense Ministry in Moscow"_qs;
        QTest::newRow("pronoun") << u"\u201cWe will rebuild,\u201d he said."_qs << u"he"_qs;
        QTest::newRow("inverted") << u"The drones were shot down, said Andriy Yermak."_qs << u"Andriy Yermak"_qs;
        QTest::newRow("possessive figures") << u"The UN's figures show 12,000 civilians died."_qs << u"UN"_qs;
        QTest::newRow("two sources") << u"Reuters reported that the ministry had counted 300 attacks."_qs
                                     << u"Reuters | ministry"_qs;
        QTest::newRow("adverb and auxiliary") << u"Finance Minister Siluanov has openly acknowledged the gap."_qs
                                              << u"Finance Minister Siluanov"_qs;
        QTest::newRow("no source") << u"The strikes deliberately targeted civilian infrastructure."_qs << u""_qs;
        QTest::newRow("sentence-initial word is no name")
            << u"So far, he said, 40 homes had been rebuilt, stating that more would follow."_qs << u"he"_qs;
        QTest::newRow("capitalised verb inside a name")
            << u"Since May, the United States has sent 4,000 tonnes of grain."_qs << u""_qs;
        QTest::newRow("capitalised verb inside a dateline")
            << u"Dover, Delaware, United States - About 300 people attended."_qs << u""_qs;
        QTest::newRow("added with an object") << u"In March, the economy added 228,000 jobs."_qs << u""_qs;
        QTest::newRow("added with a clause") << u"The minister added that 40 schools would reopen."_qs << u"minister"_qs;
        QTest::newRow("role in apposition")
            << u"\u201cIt was worse,\u201d Mara Quill, editor at large at the Dunmore Courier, said."_qs << u"Mara Quill"_qs;
        QTest::newRow("article and role in apposition")
            << u"Tom Reyes, a former inspector, said he worked 90 hours a week."_qs << u"Tom Reyes"_qs;
        QTest::newRow("two roles in apposition")
            << u"Ines Navarro, a retired nurse and former councillor, said 30 beds were empty."_qs << u"Ines Navarro"_qs;
        QTest::newRow("role before a name") << u"In the study, coauthor Lena Wirth said yields fell 49 percent."_qs
                                            << u"Lena Wirth"_qs;
        QTest::newRow("title before a name") << u"Professor Hale said 15 towns were affected."_qs << u"Hale"_qs;
        QTest::newRow("a figure is no name")
            << u"They fired 36 shells at border posts under the pretext that guards fired first, the agency said."_qs
            << u"agency"_qs;
        QTest::newRow("a record's field is no inverted source") << u"Estimated Peak Wind: 115 mph"_qs << u""_qs;
        QTest::newRow("a period before the subject")
            << u"Last month the port authority said 340 ships had docked."_qs << u"port authority"_qs;
        QTest::newRow("a weekday before the subject")
            << u"On Monday the fire service said 14 homes had burned."_qs << u"fire service"_qs;
        QTest::newRow("this year before the subject")
            << u"This year the regional council counted 52 complaints."_qs << u"regional council"_qs;
        QTest::newRow("a date before the subject")
            << u"On 8 December President Volodymyr Zelensky said 43,000 soldiers had died."_qs
            << u"President Volodymyr Zelensky"_qs;
        QTest::newRow("found") << u"The inspectorate's survey found that 27% of stops were unlawful."_qs
                               << u"inspectorate's survey"_qs;
        QTest::newRow("a bare report is no source") << u"The report shows that employers added 90,000 posts."_qs << u""_qs;
        QTest::newRow("a cleft sentence's pronoun") << u"It was two years ago that I announced 40 new posts."_qs << u"I"_qs;
        QTest::newRow("bare results") << u"Results showed 81 percent of voters agree."_qs << u""_qs;
        QTest::newRow("a qualified report is") << u"Independent reports suggest 4,000 homes flooded."_qs
                                               << u"Independent reports"_qs;
        QTest::newRow("a noun before an auxiliary is no verb")
            << u"Police reports have shown 40 burglaries in May."_qs << u""_qs;
        QTest::newRow("recent reports are bare")
            << u"Recent reports have revealed that the council spent 4 million on consultants."_qs << u""_qs;
        QTest::newRow("figures with a lower-case phrase are bare")
            << u"Figures to be released on Friday show a rise to 12,000 claims."_qs << u""_qs;
        QTest::newRow("figures from a source are not bare")
            << u"Figures from the ministry show 300 schools closed."_qs << u"Figures from the ministry"_qs;
        QTest::newRow("a subject holding a figure is no source")
            << u"Another 12 rockets hit near Harbour police posts 7 and 8 on Tuesday."_qs << u""_qs;
        QTest::newRow("added after a quotation names who adds")
            << u"\u201cTwo bridges were damaged,\u201d added Governor Ivan Petrenko."_qs << u"Governor Ivan Petrenko"_qs;
        QTest::newRow("a denial names nobody") << u"The army denied that 300 recruits had deserted."_qs << u""_qs;
        QTest::newRow("denied reports") << u"Officials denied reports that 40 cars were seized."_qs << u""_qs;
        QTest::newRow("a speaker who cannot confirm")
            << u"\u201cI can't confirm 2,000 arrests,\u201d the spokeswoman said."_qs << u" | spokeswoman"_qs;
        QTest::newRow("no evidence") << u"We have no evidence of 70 break-ins, the police said."_qs << u" | police"_qs;
        QTest::newRow("a negated reporting verb") << u"The Treasury has not confirmed the 12 closures."_qs << u""_qs;
        QTest::newRow("denied as deprived is no denial")
            << u"Customs officers said they denied smugglers $3 million last year."_qs << u"Customs officers"_qs;
        QTest::newRow("according to without a comma ends before the hedge")
            << u"According to the Harbour Board over 345 vessels have been inspected."_qs << u"Harbour Board"_qs;
        QTest::newRow("according to: a year is no figure")
            << u"According to a 2019 survey of 700 farms, yields fell."_qs << u"survey"_qs;
        QTest::newRow("according to without a comma ends before the figure")
            << u"According to police 12 people were hurt."_qs << u"police"_qs;
        QTest::newRow("according to without a comma ends before the verb")
            << u"According to the league dozens of clubs are in debt."_qs << u"league"_qs;
        QTest::newRow("a run of capitalised words is no subject")
            << u"Kyiv Odesa Lviv Dnipro Kharkiv Sumy Poltava Rivne Lutsk Uzhhorod Chernihiv Zhytomyr Vinnytsia were shelled, as he said 40 homes burned."_qs
            << u"he"_qs;
        QTest::newRow("progressive") << u"The Associated Press is reporting that 500 soldiers crossed."_qs
                                     << u"Associated Press"_qs;
        QTest::newRow("past progressive") << u"The Red Cross was saying that 70 shelters were full."_qs << u"Red Cross"_qs;
        QTest::newRow("impersonal passive") << u"It is estimated that 4,000 homes were damaged."_qs << u""_qs;
        QTest::newRow("clause is not a subject")
            << u"The war that began in February and has cost many lives since then said nothing."_qs << u""_qs;
    }
    void find()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, expected);
        QStringList names;
        for (const Source &s : Attribution::find(sentence, {0, sentence.size()}))
            names.append(s.claimant);
        QCOMPARE(names.join(u" | "), expected);
    }

    void presentTenseMarksStandfirst()
    {
        const QString s = u"UK Counsellor, Ankur Narayan, sets out the costs of the war."_qs;
        const QList<Source> found = Attribution::find(s, {0, s.size()});
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].claimant, u"Ankur Narayan"_qs);
        QVERIFY(found[0].presentTense);
    }
};

QTEST_GUILESS_MAIN(TestAttribution)
#include "tst_attribution.moc"
