#include "core/extract/cyrillicunits.h"
#include "core/extract/figureextractor.h"

#include <QtTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Claimbench::Qualifier)
Q_DECLARE_METATYPE(Claimbench::Language)

// The counted nouns and hedges of Ukrainian and Russian figures: CyrillicUnits
// on a numeral whose span the test gives (so that the nouns are tested
// whatever the numeral parser reads yet), and through FigureExtractor.
class TestCyrillicUnits : public QObject
{
    Q_OBJECT

private:
    // `numeral` in `text` (the `nth` occurrence, from 0) as the parser would
    // read it: its span and value.
    static ParsedNumber numeralIn(const QString &text, const QString &numeral, int nth)
    {
        qsizetype at = -1;
        for (int k = 0; k <= nth; ++k)
            at = text.indexOf(numeral, at + 1);
        ParsedNumber n;
        n.start = int(at);
        n.end = int(at + numeral.size());
        n.value = numeral.toDouble();
        return n;
    }

    static void addRows()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("numeral");
        QTest::addColumn<int>("nth");
        QTest::addColumn<QString>("unit");
    }

private Q_SLOTS:
    void unitOf_data()
    {
        addRows();
        // Adjectives and participles before the noun are skipped.
        QTest::newRow("uk adjective") << u"Зафіксовано 805 ударних безпілотників типу «Шахед»."_s
            << u"805"_s << 0 << u"безпілотників"_s;
        QTest::newRow("uk nominative adjective") << u"Збито 4 протикорабельні ракети «Циркон»."_s
            << u"4"_s << 0 << u"ракети"_s;
        QTest::newRow("uk accusative") << u"- 1 крилату ракету \"Калібр\";"_s << u"1"_s << 0 << u"ракету"_s;
        QTest::newRow("uk instrumental") << u"атакував 212 ударними БпЛА типу Shahed"_s << u"212"_s << 0 << u"бпла"_s;
        QTest::newRow("uk two adjectives") << u"Знищено 9 крилатих керованих ракет."_s << u"9"_s << 0 << u"ракет"_s;
        QTest::newRow("uk participle after") << u"Ворог втратив 1150 окупантів убитими й пораненими."_s
            << u"1150"_s << 0 << u"окупантів"_s;
        QTest::newRow("uk noun outside the table") << u"влучання на 33 локаціях"_s << u"33"_s << 0 << u"локаціях"_s;
        QTest::newRow("uk genitive singular") << u"загинули 2 людини"_s << u"2"_s << 0 << u"людини"_s;
        QTest::newRow("uk hyphenated noun") << u"запустила 50 дронів-імітаторів"_s << u"50"_s << 0 << u"дронів"_s;
        QTest::newRow("uk upper case") << u"ЗБИТО 524 ЦІЛІ"_s << u"524"_s << 0 << u"цілі"_s;
        // Never a preposition, a month or the next word by position.
        QTest::newRow("uk preposition") << u"запустила по Україні 728 дронів за одну ніч"_s
            << u"728"_s << 0 << u"дронів"_s;
        QTest::newRow("uk month") << u"У ніч на 7 вересня"_s << u"7"_s << 0 << QString();
        QTest::newRow("uk verb") << u"У місті 12 загинули."_s << u"12"_s << 0 << QString();
        // The noun a list or "з них" leaves out.
        QTest::newRow("uk elided in a list")
            << u"а також 13 ракет: 9 крилатих «Іскандер-К» і 4 балістичні «Іскандер-М»."_s
            << u"9"_s << 0 << u"ракет"_s;
        QTest::newRow("uk elided after a quoted name")
            << u"а також 13 ракет: 9 крилатих «Іскандер-К» і 4 балістичні «Іскандер-М»."_s
            << u"4"_s << 0 << u"ракет"_s;
        QTest::newRow("uk of them") << u"брали участь 810 дронів, і понад 400 з них були «Шахедами»"_s
            << u"400"_s << 0 << u"дронів"_s;
        QTest::newRow("uk quoted name alone") << u"- 8 \"Бандероль\"/\"Дань-Т\";"_s << u"8"_s << 0 << u"бандероль"_s;
        QTest::newRow("uk range") << u"від 400 до 500 людей"_s << u"400"_s << 0 << u"людей"_s;
        // Lists: the label before the dash, for the level and its change.
        QTest::newRow("uk list level") << u"танки — 9419 (+20), ББМ — 19192 (+36)"_s << u"9419"_s << 0 << u"танки"_s;
        QTest::newRow("uk list change") << u"танки — 9419 (+20), ББМ — 19192 (+36)"_s << u"20"_s << 0 << u"танки"_s;
        QTest::newRow("uk list second") << u"танки — 9419 (+20), ББМ — 19192 (+36)"_s << u"36"_s << 0 << u"ббм"_s;
        QTest::newRow("uk list head noun") << u"бойові броньовані машини — 19192 (+36)"_s
            << u"19192"_s << 0 << u"машини"_s;
        QTest::newRow("uk list genitive label")
            << u"танків — 3683 (+8) од., бойових броньованих машин — 7139 (+8) од."_s
            << u"7139"_s << 0 << u"машин"_s;
        QTest::newRow("uk list label with a complement") << u"засобів ППО — 289 (+4) од."_s
            << u"289"_s << 0 << u"засобів"_s;
        QTest::newRow("uk list abbreviation label") << u"БПЛА оперативно-тактичного рівня —2413 (+11) од."_s
            << u"2413"_s << 0 << u"бпла"_s;
        QTest::newRow("uk list noun after") << u"особового складу — близько 187080 (+660) осіб ліквідовано"_s
            << u"660"_s << 0 << u"осіб"_s;
        QTest::newRow("uk list hedged level") << u"особового складу — близько 187080 (+660)"_s
            << u"187080"_s << 0 << u"складу"_s;
        QTest::newRow("uk units abbreviation then noun") << u"знешкоджено 258 од. вибухонебезпечних предметів"_s
            << u"258"_s << 0 << u"предметів"_s;
        QTest::newRow("uk place before a dash") << u"в Харківській області – 35 566, Херсонщині – 16 371."_s
            << u"16 371"_s << 0 << QString();
        QTest::newRow("uk place with preposition") << u"в Харківській області – 35 566, Херсонщині – 16 371."_s
            << u"35 566"_s << 0 << QString();
        QTest::newRow("ru count of the sentence before") << u"На борту находился 201 человек. Спасти удалось лишь 79."_s
            << u"79"_s << 0 << u"человек"_s;
        QTest::newRow("ru of them")
            << u"Ещё 10 пострадавших госпитализированы. Из них 4 доставлены в больницу, 5 в другую."_s
            << u"5"_s << 0 << u"пострадавших"_s;
        QTest::newRow("ru of them after")
            << u"Сообщено об уничтожении 20 беспилотников. По его данным, 16 из них сбили над морем."_s << u"16"_s
            << 0 << u"беспилотников"_s;
        QTest::newRow("uk list's last entry") << u"Обстежено 170 га. Київщині – 11 341, Сумщині – 4 388."_s
            << u"4 388"_s << 0 << QString();
        QTest::newRow("ru adjective in -е") << u"уничтожены 1 542 боевые машины"_s << u"1 542"_s << 0 << u"машины"_s;
        QTest::newRow("uk figure dash") << u"танків ‒ 9 392 (+12)"_s << u"+12"_s << 0 << u"танків"_s;
        QTest::newRow("uk adverb") << u"Розбіжність між 805 і 810 добре показує"_s << u"805"_s << 0 << QString();
        QTest::newRow("ru genitive in -ала") << u"за 3 квартала"_s << u"3"_s << 0 << u"квартала"_s;
        QTest::newRow("uk genitive in -ла") << u"евакуювали 2 села"_s << u"2"_s << 0 << u"села"_s;
        QTest::newRow("uk currency before") << u"ціна: грн 3,04"_s << u"3,04"_s << 0 << u"грн"_s;
        // Percent, measures, rates.
        QTest::newRow("uk percent word") << u"зросли на 13 відсотків"_s << u"13"_s << 0 << u"%"_s;
        QTest::newRow("uk percent sign") << u"становила 25 %"_s << u"25"_s << 0 << u"%"_s;
        QTest::newRow("uk scale word") << u"виділили 2 млн гривень"_s << u"2"_s << 0 << u"гривень"_s;
        QTest::newRow("uk per day") << u"втрачає 1200 окупантів на добу"_s << u"1200"_s << 0 << u"окупантів/добу"_s;
        QTest::newRow("uk over the day is no rate") << u"1200 окупантів за добу"_s << u"1200"_s << 0 << u"окупантів"_s;
        QTest::newRow("ru area") << u"площадью около 500 кв. м"_s << u"500"_s << 0 << u"кв. м"_s;
        // Russian.
        QTest::newRow("ru adjectives") << u"уничтожены 18 беспилотных летательных аппаратов"_s
            << u"18"_s << 0 << u"аппаратов"_s;
        QTest::newRow("ru people") << u"погибли 12 человек"_s << u"12"_s << 0 << u"человек"_s;
        QTest::newRow("ru substantivised") << u"госпитализированы 14 пострадавших"_s
            << u"14"_s << 0 << u"пострадавших"_s;
        QTest::newRow("ru money") << u"выплата в 50 000 рублей"_s << u"50 000"_s << 0 << u"рублей"_s;
        QTest::newRow("ru per day") << u"теряет 300 военных в сутки"_s << u"300"_s << 0 << u"военных/сутки"_s;
        // Pronouns and participles before the noun, the head of a genitive chain.
        QTest::newRow("uk possessive") << u"армія втратила ще 520 своїх бійців"_s << u"520"_s << 0 << u"бійців"_s;
        QTest::newRow("ru possessive") << u"потеряли 40 своих самолетов"_s << u"40"_s << 0 << u"самолетов"_s;
        QTest::newRow("uk possessive plural") << u"повернули 12 наші заручники"_s << u"12"_s << 0 << u"заручники"_s;
        QTest::newRow("ru participle then its noun") << u"установлены имена 310 погибших на фронте мобилизованных бойцов"_s
            << u"310"_s << 0 << u"бойцов"_s;
        QTest::newRow("uk participle then its noun") << u"поховали 18 загиблих у боях українських військових"_s
            << u"18"_s << 0 << u"військових"_s;
        QTest::newRow("ru participle alone") << u"в больницу доставили 6 раненых в тяжелом состоянии"_s
            << u"6"_s << 0 << u"раненых"_s;
        QTest::newRow("uk chain head") << u"уражено 6 станцій радіолокаційних систем"_s
            << u"6"_s << 0 << u"станцій"_s;
        QTest::newRow("ru chain head") << u"поражены 9 позиций зенитных ракетных комплексов"_s
            << u"9"_s << 0 << u"позиций"_s;
        // Coordinated numbers and lists that leave the noun out.
        QTest::newRow("ru coordinated with a comparative") << u"сбито до 150 и более 300 ракет"_s
            << u"150"_s << 0 << u"ракет"_s;
        QTest::newRow("uk respectively") << u"Найбільше ракет впало на Київщині й Одещині — 12 і 7 відповідно."_s
            << u"7"_s << 0 << u"ракет"_s;
        QTest::newRow("ru respectively first") << u"Больше всего снарядов упало в Курской и Орловской областях — 40, 18 и 11 соответственно."_s
            << u"40"_s << 0 << u"снарядов"_s;
        QTest::newRow("ru after respectively") << u"Больше всего дронов сбито в Тверской и Орловской областях — 14 и 9 "
                                                  "соответственно. Еще по два были уничтожены над морем, один — над Крымом."_s
            << u"два"_s << 0 << u"дронов"_s;
        QTest::newRow("ru after respectively dash") << u"Больше всего дронов сбито в Тверской и Орловской областях — 14 и 9 "
                                                       "соответственно. Еще по два были уничтожены над морем, один — над Крымом."_s
            << u"один"_s << 0 << u"дронов"_s;
        QTest::newRow("list label head") << u"средства ПВО — 767 (+1)"_s << u"767"_s << 0 << u"средства"_s;
    }

    void unitOf()
    {
        QFETCH(QString, text);
        QFETCH(QString, numeral);
        QFETCH(int, nth);
        QFETCH(QString, unit);
        const ParsedNumber n = numeralIn(text, numeral, nth);
        QVERIFY(n.start >= 0);
        // The sentence of the numeral, cut where a splitter cuts ". ".
        const qsizetype stop = text.lastIndexOf(u". "_s, n.start);
        const TextSpan sentence{stop < 0 ? 0 : stop + 2, text.size()};
        QCOMPARE(CyrillicUnits::unitOf(text, n, sentence, 0).unit, unit);
    }

    void qualifierOf_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("numeral");
        QTest::addColumn<Qualifier>("qualifier");
        QTest::newRow("понад") << u"понад 400 з них"_s << u"400"_s << Qualifier::MoreThan;
        QTest::newRow("більше ніж") << u"більше ніж 500 дронів"_s << u"500"_s << Qualifier::MoreThan;
        QTest::newRow("більш ніж на") << u"зросли більш ніж на 13%"_s << u"13"_s << Qualifier::MoreThan;
        QTest::newRow("щонайменше") << u"загинули щонайменше 2 людини"_s << u"2"_s << Qualifier::AtLeast;
        QTest::newRow("не менше ніж") << u"не менше ніж 30 осіб"_s << u"30"_s << Qualifier::AtLeast;
        QTest::newRow("менше ніж") << u"менше ніж 30 осіб"_s << u"30"_s << Qualifier::LessThan;
        QTest::newRow("близько") << u"склали близько 187080 осіб"_s << u"187080"_s << Qualifier::Approximately;
        QTest::newRow("орієнтовно") << u"орієнтовно 90 тисяч"_s << u"90"_s << Qualifier::Approximately;
        QTest::newRow("до as up to") << u"до 900 гостей"_s << u"900"_s << Qualifier::UpTo;
        QTest::newRow("до in a range") << u"від 400 до 500 людей"_s << u"500"_s << Qualifier::None;
        QTest::newRow("до after a verb") << u"кількість зросла до 12"_s << u"12"_s << Qualifier::None;
        QTest::newRow("hedge governs the next number only") << u"понад 400 дронів і 20 ракет"_s
            << u"20"_s << Qualifier::None;
        QTest::newRow("более") << u"погибли более 40 человек"_s << u"40"_s << Qualifier::MoreThan;
        QTest::newRow("не менее") << u"не менее 2 человек"_s << u"2"_s << Qualifier::AtLeast;
        QTest::newRow("как минимум") << u"как минимум 3 человека"_s << u"3"_s << Qualifier::AtLeast;
        QTest::newRow("около") << u"около 40 человек"_s << u"40"_s << Qualifier::Approximately;
        QTest::newRow("порядка") << u"порядка 500 человек"_s << u"500"_s << Qualifier::Approximately;
        QTest::newRow("менее") << u"менее 5 %"_s << u"5"_s << Qualifier::LessThan;
        QTest::newRow("не более") << u"не более 5 человек"_s << u"5"_s << Qualifier::UpTo;
        QTest::newRow("и более") << u"двух и более человек"_s << u"двух"_s << Qualifier::AtLeast;
        QTest::newRow("до ... и более ...") << u"уничтожено до 200 и более 490 единиц"_s << u"200"_s << Qualifier::UpTo;
        QTest::newRow("second of до ... и более ...") << u"уничтожено до 200 и более 490 единиц"_s << u"490"_s
            << Qualifier::MoreThan;
        QTest::newRow("по меньшей мере") << u"погибли по меньшей мере 30 человек"_s << u"30"_s << Qualifier::AtLeast;
        QTest::newRow("по крайней мере") << u"по крайней мере 5 раненых"_s << u"5"_s << Qualifier::AtLeast;
        QTest::newRow("с лишним") << u"40 с лишним человек"_s << u"40"_s << Qualifier::MoreThan;
        QTest::newRow("none") << u"погибли 12 человек"_s << u"12"_s << Qualifier::None;
        QTest::newRow("до after a change verb") << u"ставка повышена до 21%"_s << u"21"_s << Qualifier::None;
        QTest::newRow("до after another verb") << u"потери составили до 1200 военных"_s << u"1200"_s << Qualifier::UpTo;
        QTest::newRow("майже до") << u"знизилася майже до 9,7%"_s << u"9,7"_s << Qualifier::Approximately;
    }

    void qualifierOf()
    {
        QFETCH(QString, text);
        QFETCH(QString, numeral);
        QFETCH(Qualifier, qualifier);
        const ParsedNumber n = numeralIn(text, numeral, 0);
        QCOMPARE(CyrillicUnits::qualifierOf(text, n.start, n.end, {0, text.size()}), qualifier);
    }

    void unitKey_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("дронів дрони") << u"дронів"_s << u"дрони"_s << true;
        QTest::newRow("дрона дронов") << u"дрона"_s << u"дронов"_s << true;
        QTest::newRow("ракет ракети ракеты") << u"ракет"_s << u"ракеты"_s << true;
        QTest::newRow("осіб особи") << u"осіб"_s << u"особи"_s << true;
        QTest::newRow("людей людина") << u"людей"_s << u"людина"_s << true;
        QTest::newRow("гривень гривні грн") << u"гривень"_s << u"грн"_s << true;
        QTest::newRow("БпЛА бпла") << u"БпЛА"_s << u"бпла"_s << true;
        QTest::newRow("rate") << u"окупантів/добу"_s << u"окупанти/доба"_s << true;
        QTest::newRow("outside the table: case only") << u"Локаціях"_s << u"локаціях"_s << true;
        QTest::newRow("different nouns") << u"дронів"_s << u"ракет"_s << false;
        QTest::newRow("tanks and people") << u"танків"_s << u"людей"_s << false;
        QTest::newRow("english unchanged") << u"drones"_s << u"drone"_s << false;
    }

    void unitKey()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(CyrillicUnits::unitKey(a) == CyrillicUnits::unitKey(b), same);
    }

    void englishUnitKeyUnchanged()
    {
        QCOMPARE(CyrillicUnits::unitKey(u"km/h"_s), u"km/h"_s);
        QCOMPARE(CyrillicUnits::unitKey(u"USD"_s), u"USD"_s);
        QCOMPARE(CyrillicUnits::unitKey(u"%"_s), u"%"_s);
    }

    // Through the extractor, with the article's language set.
    void extract_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Language>("language");
        QTest::addColumn<QString>("figure");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<Qualifier>("qualifier");
        const QString sample = u"За даними Командування Повітряних сил ЗСУ, над країною зафіксували 805 ударних "
                               "безпілотників типу «Шахед» і дронів-імітаторів, а також 13 ракет. Протиповітряна "
                               "оборона збила 747 дронів, тобто загалом 751 повітряну ціль."_s;
        QTest::newRow("uk 805") << sample << Language::Ukrainian << u"805"_s << u"безпілотників"_s << Qualifier::None;
        QTest::newRow("uk 13") << sample << Language::Ukrainian << u"13"_s << u"ракет"_s << Qualifier::None;
        QTest::newRow("uk 751") << sample << Language::Ukrainian << u"751"_s << u"ціль"_s << Qualifier::None;
        const QString ru = u"По данным Минобороны России, за ночь уничтожены более 40 беспилотных летательных "
                           "аппаратов и около 12 ракет."_s;
        QTest::newRow("ru 40") << ru << Language::Russian << u"40"_s << u"аппаратов"_s << Qualifier::MoreThan;
        QTest::newRow("ru 12") << ru << Language::Russian << u"12"_s << u"ракет"_s << Qualifier::Approximately;
    }

    void extract()
    {
        QFETCH(QString, text);
        QFETCH(Language, language);
        QFETCH(QString, figure);
        QFETCH(QString, unit);
        QFETCH(Qualifier, qualifier);
        ExtractionContext context;
        context.language = language;
        const Extraction out = FigureExtractor().extract(text, context);
        const auto found = std::find_if(out.figures.cbegin(), out.figures.cend(),
                                        [&](const Figure &f) { return f.text == figure; });
        QVERIFY2(found != out.figures.cend(), qPrintable(figure));
        QCOMPARE(found->unit, unit);
        QCOMPARE(found->qualifier, qualifier);
    }
};

QTEST_GUILESS_MAIN(TestCyrillicUnits)
#include "tst_cyrillicunits.moc"
