// Issue 20: Ctrl+T on "Britain's Ministry of Defence" created a claimant
// beside the stored "UK Ministry of Defence". These rows pin which spellings
// news uses for one body, and which look alike but must stay apart.
#include "core/domain/claimantmatcher.h"

#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

class TestClaimantMatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameClaimant_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        const auto row = [](const char *name, const QString &a, const QString &b, bool same) {
            QTest::newRow(name) << a << b << same;
        };
        // The United Kingdom, however written.
        row("Britain's vs UK", u"Britain's Ministry of Defence"_s, u"UK Ministry of Defence"_s, true);
        row("British, word order", u"British Defence Ministry"_s, u"UK Ministry of Defence"_s, true);
        row("U.K. with dots", u"the U.K. Ministry of Defence"_s, u"UK Ministry of Defence"_s, true);
        row("United Kingdom", u"Ministry of Defence of the United Kingdom"_s, u"UK Ministry of Defence"_s, true);
        row("curly possessive, lower case", u"Britain’s defence ministry"_s, u"UK Ministry of Defence"_s, true);
        row("Defense spelled the US way", u"UK Defense Ministry"_s, u"UK Ministry of Defence"_s, true);
        row("Great Britain", u"Great Britain's Defence Ministry"_s, u"British Ministry of Defence"_s, true);
        row("defence chief, a post", u"Britain's defence chief"_s, u"UK Chief of the Defence Staff"_s, true);
        // The United States.
        row("US vs U.S.", u"U.S. Department of Defense"_s, u"US Department of Defense"_s, true);
        row("American", u"American Defense Department"_s, u"US Department of Defense"_s, true);
        row("United States of America", u"Department of Defense of the United States of America"_s,
            u"US Department of Defense"_s, true);
        // Russia and Ukraine, in English and in their own languages.
        row("Russia's vs Russian", u"Russia's Defence Ministry"_s, u"Russian Ministry of Defence"_s, true);
        row("Russian Federation", u"Ministry of Defence of the Russian Federation"_s,
            u"Russian Ministry of Defence"_s, true);
        row("Ukraine's General Staff", u"Ukraine's General Staff"_s,
            u"General Staff of the Armed Forces of Ukraine"_s, true);
        row("Ukrainian armed forces", u"General Staff of the Ukrainian armed forces"_s,
            u"Ukraine's General Staff"_s, true);
        row("Ukrainian Defence Ministry", u"Ukrainian Defence Ministry"_s, u"Ministry of Defence of Ukraine"_s, true);
        row("Ukrainian: adjective vs genitive", u"Міністерство оборони України"_s,
            u"Українське міністерство оборони"_s, true);
        row("Russian: Россия vs РФ", u"Министерство обороны России"_s, u"Министерство обороны РФ"_s, true);
        row("Russian: Российской Федерации", u"Министерство обороны Российской Федерации"_s,
            u"российское Министерство обороны"_s, true);
        row("Russian: contraction by the same rule", u"Минобороны России"_s, u"российское Минобороны"_s, true);
        row("Russian: Российская Федерация", u"Минобороны Российской Федерации"_s, u"Минобороны РФ"_s, true);
        // Israel and Gaza.
        row("Israeli vs Israel", u"Israeli Defense Forces"_s, u"Israel Defence Forces"_s, true);
        row("Gaza's", u"Gaza's Health Ministry"_s, u"Ministry of Health in Gaza"_s, true);
        row("Gaza Strip", u"the Gaza Strip health ministry"_s, u"Gaza Health Ministry"_s, true);
        row("Israeli Ministry of Health", u"Israeli Ministry of Health"_s, u"Israel's Health Ministry"_s, true);
        // Any territory's demonym, not only the ones above.
        row("Syrian", u"Syrian Foreign Ministry"_s, u"Syria's Ministry of Foreign Affairs"_s, true);
        row("Polish", u"Polish Ministry of Defence"_s, u"Poland's Defence Ministry"_s, true);
        row("Chinese", u"Chinese Foreign Ministry"_s, u"China's Ministry of Foreign Affairs"_s, true);
        row("leading the, case, punctuation", u"THE PENTAGON."_s, u"Pentagon"_s, true);
        row("a person by full and short name", u"Admiral Sir Tony Radakin"_s, u"Tony Radakin"_s, true);
        // A person in Cyrillic and in Latin letters, however the press romanises.
        row("Ukrainian name vs Zelenskyy", u"Володимир Зеленський"_s, u"Volodymyr Zelenskyy"_s, true);
        row("Ukrainian name vs Zelensky", u"Володимир Зеленський"_s, u"Volodymyr Zelensky"_s, true);
        row("Ukrainian name vs Zelenskyi", u"Володимир Зеленський"_s, u"Volodymyr Zelenskyi"_s, true);
        row("Russian surname vs Zelensky", u"Зеленский"_s, u"Zelensky"_s, true);
        row("Ukrainian surname vs Zelenskyy", u"Зеленський"_s, u"Zelenskyy"_s, true);
        row("Syrskyi", u"Олександр Сирський"_s, u"Oleksandr Syrskyi"_s, true);
        row("Ukrainian name, apostrophe", u"Кирило Шевченко"_s, u"Kyrylo Shevchenko"_s, true);

        // Apart: another country, another ministry, another body of the same country.
        row("UK vs US", u"UK Ministry of Defence"_s, u"US Department of Defense"_s, false);
        row("UK vs US, same words", u"UK Ministry of Defence"_s, u"US Ministry of Defence"_s, false);
        row("Health vs Defence", u"Ministry of Health"_s, u"Ministry of Defence"_s, false);
        row("Gaza Health vs Israeli Health", u"Gaza Health Ministry"_s, u"Israeli Health Ministry"_s, false);
        row("a country vs none", u"Ministry of Defence"_s, u"UK Ministry of Defence"_s, false);
        row("Foreign vs Internal Affairs", u"Ministry of Foreign Affairs of Ukraine"_s,
            u"Ministry of Internal Affairs of Ukraine"_s, false);
        row("armed forces vs their general staff", u"Ukrainian Armed Forces"_s,
            u"General Staff of the Armed Forces of Ukraine"_s, false);
        row("one shared word is not enough", u"Joe Biden"_s, u"Hunter Biden"_s, false);
        row("a surname alone", u"Biden"_s, u"Joe Biden"_s, false);
        row("lower-case us is no country", u"told us ministry"_s, u"US ministry"_s, false);
        row("Ukrainian vs Russian ministry", u"Міністерство оборони України"_s, u"Министерство обороны России"_s,
            false);
        row("Ukraine in two languages", u"Міністерство оборони України"_s, u"Ministry of Defence of Ukraine"_s,
            false);
        row("contraction vs full form", u"Минобороны России"_s, u"Министерство обороны России"_s, false);
        row("another person, another script", u"Кирило Шевченко"_s, u"Taras Shevchenko"_s, false);
        row("a surname alone, another script", u"Зеленський"_s, u"Volodymyr Zelensky"_s, false);
        row("a Cyrillic institution is no romanised name", u"Генштаб ЗСУ"_s, u"General Staff"_s, false);
        row("an acronym", u"IDF"_s, u"Israel Defense Forces"_s, false);
        row("empty", QString(), u"UK Ministry of Defence"_s, false);
    }

    void sameClaimant()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(ClaimantMatcher::sameClaimant(a, b), same);
        QCOMPARE(ClaimantMatcher::sameClaimant(b, a), same);
    }

    // The match may come through an alias, and is the claimant, not the alias.
    void matchesNameOrAlias()
    {
        const ClaimantMatcher matcher({Claimant{1, u"UK Ministry of Defence"_s, {}},
                                       Claimant{2, u"Pentagon"_s, {u"US Department of Defense"_s}},
                                       Claimant{3, u"Russian Ministry of Defence"_s, {}}});
        QCOMPARE(matcher.match(u"Britain's Ministry of Defence")->id, 1);
        QCOMPARE(matcher.match(u"American Defense Department")->id, 2);
        QCOMPARE(matcher.match(u"Ministry of Defence of the Russian Federation")->id, 3);
        QVERIFY(!matcher.match(u"Ministry of Defence"));
        QVERIFY(!matcher.match(u"Ministry of Health"));
    }

    // Issue: a Ukrainian suggestion's "Володимир Зеленський" filed beside the
    // stored "Volodymyr Zelensky" split one person in two lines of a chart.
    void matchesAcrossScripts()
    {
        const ClaimantMatcher matcher({Claimant{1, u"Volodymyr Zelensky"_s, {}},
                                       Claimant{2, u"Ukraine's Ministry of Defence"_s, {}}});
        QCOMPARE(matcher.match(u"Володимир Зеленський")->id, 1);
        QVERIFY(!matcher.match(u"Владимир Путин"));
        const ClaimantMatcher cyrillic({Claimant{7, u"Володимир Зеленський"_s, {}}});
        QCOMPARE(cyrillic.match(u"Volodymyr Zelenskyy")->id, 7);
        // The drafter files a claim only under a name in the other script.
        const ClaimantMatcher both({Claimant{1, u"Volodymyr Zelensky"_s, {}}, Claimant{2, u"Кирило Буданов"_s, {}}});
        QCOMPARE(both.matchInOtherScript(u"Володимир Зеленський")->id, 1);
        QCOMPARE(both.matchInOtherScript(u"Kyrylo Budanov")->id, 2);
        QVERIFY(!both.matchInOtherScript(u"Volodymyr Zelenskyy"));
    }

    // Two stored claimants fit: the analyst chooses, the matcher does not.
    void twoCandidatesAreNoMatch()
    {
        const ClaimantMatcher matcher({Claimant{1, u"UK Ministry of Defence"_s, {}},
                                       Claimant{2, u"British Defence Ministry"_s, {}}});
        QVERIFY(!matcher.match(u"Britain's Ministry of Defence"));
    }
};

QTEST_GUILESS_MAIN(TestClaimantMatcher)
#include "tst_claimantmatcher.moc"
