// Who a Ukrainian or Russian text says makes each claim. Sentences written
// for these tests after the formulas of loss reports, Air Force counts and
// wire stories.
#include "core/domain/foldedkey.h"
#include "core/extract/cyrillicnames.h"
#include "core/extract/cyrillicsources.h"
#include "core/extract/figureextractor.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

// The claimant of the figure written `figureText`, or a mark that none is.
QString claimantOf(const Extraction &e, const QString &figureText)
{
    const auto found = std::ranges::find(e.figures, figureText, &Figure::text);
    return found == e.figures.cend() ? u"<no figure %1>"_s.arg(figureText) : found->claimant;
}

} // namespace

class TestCyrillicSources : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void claimant_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("figure");
        QTest::addColumn<QString>("expected");

        const QString news = u"Новини Тижня"_s;
        QTest::newRow("за даними, genitive")
            << u"uk"_s << news << u"За даними Генерального штабу ЗСУ, ворог втратив 950 військових."_s << u"950"_s
            << u"Генштаб ЗСУ"_s;
        QTest::newRow("за даними, command")
            << u"uk"_s << news << u"За даними Командування Повітряних сил, уночі збито 61 дрон."_s << u"61"_s
            << u"Повітряні сили ЗСУ"_s;
        QTest::newRow("як повідомили, after the figure")
            << u"uk"_s << news << u"Оборона знешкодила 44 дрони, як повідомили Повітряні сили."_s << u"44"_s
            << u"Повітряні сили ЗСУ"_s;
        QTest::newRow("повідомили в, locative")
            << u"uk"_s << news << u"Росія втратила 1 200 окупантів за добу, повідомили в Генштабі."_s << u"1 200"_s
            << u"Генштаб ЗСУ"_s;
        QTest::newRow("йдеться у зведенні")
            << u"uk"_s << news << u"Знищено 12 танків, йдеться у ранковому зведенні Генштабу."_s << u"12"_s
            << u"Генштаб ЗСУ"_s;
        QTest::newRow("про це повідомляє, for the sentence before")
            << u"uk"_s << news << u"Уночі ворог запустив 90 дронів. Про це повідомляє Міноборони."_s << u"90"_s
            << u"Міноборони України"_s;
        QTest::newRow("про це, for the lead")
            << u"uk"_s << news << u"Уночі ворог запустив 90 дронів.\n\nПро це повідомило Міністерство оборони."_s
            << u"90"_s << u"Міноборони України"_s;
        QTest::newRow("про це, a time between")
            << u"uk"_s << news << u"США нададуть 23 мільйони доларів допомоги.\n\nПро це в четвер заявив Державний департамент США."_s
            << u"23 мільйони"_s << u"Державний департамент США"_s;
        QTest::newRow("за словами, person in the genitive")
            << u"uk"_s << news << u"За словами президента України Володимира Зеленського, атакували 810 дронів."_s
            << u"810"_s << u"Володимир Зеленський"_s;
        QTest::newRow("за його словами")
            << u"uk"_s << news
            << u"Президент Володимир Зеленський навів іншу цифру. За його словами, атакували 810 дронів."_s
            << u"810"_s << u"Володимир Зеленський"_s;
        // A speaker in the figure's own sentence beats a source carried into it.
        QTest::newRow("за його словами: the person, not the source carried")
            << u"uk"_s << news
            << u"Міністр фінансів Сергій Марченко виступив у Раді.\n\nДепутати обговорили бюджет.\n\n"
               "Сесія тривала до вечора.\n\nЗа даними "
               "Генштабу ЗСУ, ворог втратив 1 100 військових. За його словами, на оборону витратять ще 2,5 млрд "
               "доларів."_s
            << u"2,5 млрд"_s << u"Сергій Марченко"_s;
        QTest::newRow("an office as the subject, not the source before")
            << u"ru"_s << news
            << u"По данным Росстата, цены выросли на 9%. А губернатор заявил о 12 пострадавших."_s << u"12"_s
            << u"губернатор"_s;
        QTest::newRow("an office as the subject, by its holder's name")
            << u"ru"_s << news
            << u"Губернатор области Иван Петров приехал на место.\n\nПо данным Росстата, цены выросли на 9%. "
               "Вечером губернатор заявил о 12 пострадавших."_s
            << u"12"_s << u"Иван Петров"_s;
        QTest::newRow("a city for its government, then an impersonal verb")
            << u"uk"_s << news
            << u"За даними Генштабу ЗСУ, ворог втратив 1 100 військових. Москва офіційно називала кількість "
               "убитих лише раз — тоді заявляли про 5 937 загиблих."_s
            << u"5 937"_s << u"Москва"_s;
        QTest::newRow("a word that starts as an office is none")
            << u"uk"_s << news
            << u"За даними Генштабу ЗСУ, ворог втратив 1 100 військових, а мережа повідомила про 3 атаки."_s << u"3"_s
            << u"Генштаб ЗСУ"_s;
        QTest::newRow("утверждают: the authorities")
            << u"ru"_s << news
            << u"Минобороны России сообщило о гибели 1351 человека. Власти Украины утверждают, что погибли "
               "35 тысяч человек."_s
            << u"35 тысяч"_s << u"Власти Украины"_s;
        QTest::newRow("заявив, subject before")
            << u"uk"_s << news << u"Міністр Денис Шмигаль заявив, що уряд виділив 3 мільярди гривень."_s
            << u"3 мільярди"_s << u"Денис Шмигаль"_s;
        QTest::newRow("заявив X after a quote")
            << u"uk"_s << news << u"«Ми збили 50 ракет», — заявив Зеленський."_s << u"50"_s << u"Зеленський"_s;
        QTest::newRow("surname after the full name")
            << u"uk"_s << news
            << u"Олександр Сирський відвідав фронт.\n\n«Ворог втратив 300 солдатів», — сказав Сирський."_s
            << u"300"_s << u"Олександр Сирський"_s;
        QTest::newRow("carried to the next sentence")
            << u"uk"_s << news
            << u"За даними Держстату, ціни зросли на 12%. Продукти подорожчали на 15%."_s << u"15%"_s
            << u"Держстат"_s;
        QTest::newRow("not carried to the next paragraph")
            << u"uk"_s << news << u"За даними Держстату, ціни зросли на 12%.\n\nУ столиці загинули 3 людини."_s
            << u"3"_s << QString();
        QTest::newRow("a verb with an object speaks for its own sentence")
            << u"uk"_s << news
            << u"Прем'єр-міністерка Юлія Свириденко підтвердила пошкодження. У столиці загинули 2 людини."_s
            << u"2"_s << QString();
        QTest::newRow("a label opening the headline")
            << u"uk"_s << news << u"Генштаб: ворог втратив 1 180 військових"_s << u"1 180"_s << u"Генштаб ЗСУ"_s;
        QTest::newRow("a label above a list")
            << u"uk"_s << news << u"Генштаб ЗСУ:\nтанки — 9419 (+20)\nлітаки — 369\n\nУ Києві 3 поранених."_s
            << u"369"_s << u"Генштаб ЗСУ"_s;
        QTest::newRow("a label's list ends at a blank line")
            << u"uk"_s << news << u"Генштаб ЗСУ:\nтанки — 9419 (+20)\n\nУ Києві поранено 3 людини."_s << u"3"_s
            << QString();
        QTest::newRow("a source introducing a list")
            << u"uk"_s << news
            << u"Втрати техніки, за даними Генштабу, такі:\n\n- танки — 11 603 (+4);\n- літаки — 434.\n\nУ Києві 3 поранених."_s
            << u"434"_s << u"Генштаб ЗСУ"_s;
        QTest::newRow("the same report, named before")
            << u"ru"_s << news
            << u"Армия потеряла 950 военных, сообщил Генштаб ВСУ.\n\nПотери техники в той же сводке:\n\n- танки — 7229 (+16)."_s
            << u"7229"_s << u"Генштаб ВСУ"_s;
        QTest::newRow("the report's own narration")
            << u"uk"_s << news << u"У столиці загинули щонайменше 2 людини."_s << u"2"_s << QString();
        QTest::newRow("first party: the outlet is the General Staff")
            << u"uk"_s << u"Генштаб ЗСУ"_s << u"Загальні бойові втрати противника склали 1 150 осіб."_s
            << u"1 150"_s << u"Генштаб ЗСУ"_s;
        QTest::newRow("first party: a state body not in the table")
            << u"uk"_s << u"Держкомстат"_s << u"Індекс споживчих цін становив 101,8%."_s << u"101,8%"_s
            << u"Держкомстат"_s;
        QTest::newRow("a named source wins over the first party")
            << u"uk"_s << u"Держкомстат"_s << u"За даними Держстату, інфляція склала 9,8%."_s
            << u"9,8%"_s << u"Держстат"_s;
        QTest::newRow("Медиазона in quotes")
            << u"ru"_s << news << u"По данным «Медиазоны», известны имена 120 000 погибших."_s << u"120 000"_s
            << u"Медиазона"_s;
        QTest::newRow("по данным, Russian MoD in Russian")
            << u"ru"_s << news << u"По данным Министерства обороны РФ, сбиты 42 беспилотника."_s << u"42"_s
            << u"Минобороны России"_s;
        QTest::newRow("Russian MoD in Ukrainian")
            << u"uk"_s << news << u"Як повідомляє Міноборони Росії, збито 42 безпілотники."_s << u"42"_s
            << u"Міноборони РФ"_s;
        QTest::newRow("сообщает at the end")
            << u"ru"_s << news << u"Судьба 5 пассажиров неизвестна, сообщает РБК."_s << u"5"_s << u"РБК"_s;
        QTest::newRow("сообщило, что: the body a press office speaks for")
            << u"ru"_s << news << u"Управление информации МЧС России сообщило, что найдены еще 3 тела."_s
            << u"3"_s << u"МЧС России"_s;
        QTest::newRow("по словам, Russian genitive")
            << u"ru"_s << news << u"По словам Натальи Ждановой, пострадали 40 человек."_s << u"40"_s
            << u"Наталья Жданова"_s;
        QTest::newRow("a press office speaks for its body")
            << u"ru"_s << news << u"Пресс-служба городского управления МЧС сообщила, что пострадали 13 человек."_s
            << u"13"_s << u"городское управление МЧС"_s;
        QTest::newRow("decision verb")
            << u"ru"_s << news
            << u"Губернатор края Наталья Жданова распорядилась выплатить семьям по 1 млн рублей."_s << u"1 млн"_s
            << u"Наталья Жданова"_s;
        QTest::newRow("a title typed with a turned comma")
            << u"uk"_s << news
            << u"Уряд направив 1 мільярд гривень, повідомив прем\u2018єр-міністр України Денис Шмигаль."_s
            << u"1 мільярд"_s << u"Денис Шмигаль"_s;
        QTest::newRow("a local council reposting is no first party")
            << u"uk"_s << u"Муровано-Куриловецька селищна рада"_s << u"Київська область – 400 мільйонів гривень."_s
            << u"400 мільйонів"_s << QString();
        QTest::newRow("по данным, head noun and adjective")
            << u"ru"_s << news << u"По данным городской станции скорой помощи, пострадали 14 человек."_s
            << u"14"_s << u"городская станция скорой помощи"_s;
        QTest::newRow("об этом сообщил")
            << u"ru"_s << news << u"Сбиты 18 беспилотников. Об этом сообщил Минобороны России."_s << u"18"_s
            << u"Минобороны России"_s;
        QTest::newRow("first party: an outlet named in English")
            << u"uk"_s << u"General Staff of the Armed Forces of Ukraine"_s
            << u"Загальні бойові втрати противника склали 1 150 осіб."_s << u"1 150"_s << u"Генштаб ЗСУ"_s;
        QTest::newRow("в заяві, adjective and head noun")
            << u"uk"_s << news
            << u"Як наголошується в заяві Міністерства охорони здоров'я, поранено 14 людей."_s << u"14"_s
            << u"Міністерство охорони здоров'я"_s;
        QTest::newRow("ведомства: the body named before")
            << u"ru"_s << news
            << u"Министерство обороны России сообщило об уничтожении 98 беспилотников. По данным ведомства, 45 сбиты над Белгородской областью."_s
            << u"45"_s << u"Минобороны России"_s;
        QTest::newRow("в Telegram-канале ведомства")
            << u"ru"_s << u"Минобороны России"_s
            << u"Ночью сбиты дроны. В Telegram-канале ведомства указано, что перехвачены 115 беспилотников."_s
            << u"115"_s << u"Минобороны России"_s;
        QTest::newRow("со ссылкой на: the one cited")
            << u"ru"_s << news << u"Инфляция в 2021 году составила 8,39%, сообщает РИА Новости со ссылкой на Росстат."_s
            << u"8,39%"_s << u"Росстат"_s;
        QTest::newRow("із посиланням на")
            << u"uk"_s << news << u"Уночі збито 40 дронів, повідомляє УНІАН із посиланням на Повітряні сили."_s
            << u"40"_s << u"Повітряні сили ЗСУ"_s;
        QTest::newRow("ведомство заявило: the body named before")
            << u"ru"_s << news
            << u"Минобороны России не называло число погибших с марта — тогда ведомство заявило о гибели 1351 человека."_s
            << u"1351"_s << u"Минобороны России"_s;
        QTest::newRow("a long title before the name")
            << u"uk"_s << news
            << u"Ворог втратив сім тисяч окупантів. Про це пише перший заступник міністра оборони України генерал-лейтенант Олександр Павлюк."_s
            << u"сім тисяч"_s << u"Олександр Павлюк"_s;
        QTest::newRow("Mediazona by its Russian name in Ukrainian text")
            << u"uk"_s << news << u"За даними «Медиазоны», відомі імена 80 973 загиблих."_s << u"80 973"_s
            << u"Медиазона"_s;
        QTest::newRow("у зведенні X повідомлялося")
            << u"uk"_s << news
            << u"Раніше у ранковому зведенні Генерального штабу повідомлялося, що ворог втратив 930 осіб."_s << u"930"_s
            << u"Генштаб ЗСУ"_s;
        QTest::newRow("следует из оценки X")
            << u"ru"_s << news << u"Инфляция составила 8,39%, следует из предварительной оценки Росстата."_s
            << u"8,39%"_s << u"Росстат"_s;
        QTest::newRow("згідно з даними X")
            << u"uk"_s << news << u"Згідно з даними Держстату, ціни зросли на 26,6%."_s << u"26,6%"_s << u"Держстат"_s;
        QTest::newRow("как отмечает, quoted name")
            << u"ru"_s << news << u"Как отмечает \"РИА Новости\", рост составил 8,4%."_s << u"8,4%"_s
            << u"РИА Новости"_s;
        QTest::newRow("first party in Russian")
            << u"ru"_s << u"Минобороны России"_s << u"Уничтожены 18 беспилотников."_s << u"18"_s
            << u"Минобороны России"_s;
        QTest::newRow("по предварительным данным names nobody")
            << u"ru"_s << news << u"По предварительным данным, погибли 19 человек."_s << u"19"_s << QString();
    }

    void claimant()
    {
        QFETCH(QString, language);
        QFETCH(QString, outlet);
        QFETCH(QString, text);
        QFETCH(QString, figure);
        QFETCH(QString, expected);
        ExtractionContext context;
        context.language = *languageFromTag(language);
        context.outlet = outlet;
        const Extraction e = FigureExtractor().extract(text, context);
        QCOMPARE(claimantOf(e, figure), expected);
    }

    // The byline speaks for an address that says "я", or "ми"/"наша" on a
    // state body's site; a reporter's byline never claims a report's
    // figures, and one quoted "я" does not make the reporter the speaker.
    void authorOfASpeech_data()
    {
        const QString author = kAuthor;
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("address as ми on the president's site")
            << u"Президент України"_s << u"Сьогодні наша держава вистояла. Нам вдалося збити 54 дрони."_s << author;
        QTest::newRow("speech as я") << u"Rada TV"_s
                                     << u"Я провів нараду. Я скажу прямо: збито 54 дрони."_s << author;
        QTest::newRow("report quoting я once")
            << u"Бабель"_s << u"«Я бачив вибух», — каже свідок. Збито 54 дрони."_s << QString();
        QTest::newRow("report saying наші on a media site")
            << u"Бабель"_s << u"Наші захисники відбили атаку. Нам відомо про 54 дрони."_s << QString();
    }
    void authorOfASpeech()
    {
        QFETCH(QString, outlet);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        ExtractionContext context;
        context.language = Language::Ukrainian;
        context.outlet = outlet;
        context.author = kAuthor;
        QCOMPARE(claimantOf(FigureExtractor().extract(text, context), u"54"_s), expected);
    }

private:
    static inline const QString kAuthor = u"Володимир Зеленський"_s;

private Q_SLOTS:

    void canonicalInstitution_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Генштабу") << u"Генштабу"_s << u"uk"_s << u"Генштаб ЗСУ"_s;
        QTest::newRow("in full") << u"Генерального штабу Збройних сил України"_s << u"uk"_s << u"Генштаб ЗСУ"_s;
        QTest::newRow("Генштаб ВСУ in Russian") << u"Генштаба ВСУ"_s << u"ru"_s << u"Генштаб ВСУ"_s;
        QTest::newRow("Air Force, locative") << u"Повітряних силах"_s << u"uk"_s << u"Повітряні сили ЗСУ"_s;
        QTest::newRow("Russian MoD, adjective first") << u"российского Минобороны"_s << u"ru"_s
                                                      << u"Минобороны России"_s;
        QTest::newRow("Нацбанку") << u"Національного банку"_s << u"uk"_s << u"НБУ"_s;
        QTest::newRow("ЦБ") << u"ЦБ"_s << u"ru"_s << u"Банк России"_s;
        QTest::newRow("Медиазоны") << u"«Медиазоны»"_s << u"ru"_s << u"Медиазона"_s;
        QTest::newRow("abbreviations are exact") << u"ЗСУ"_s << u"uk"_s << QString();
        QTest::newRow("Russia's General Staff is not Ukraine's") << u"Генштаб ВС РФ"_s << u"ru"_s
                                                                 << u"Генштаб ВС РФ"_s;
        QTest::newRow("no institution") << u"Укрзалізниця"_s << u"uk"_s << QString();
        QTest::newRow("one word at the end is a part") << u"городского управления МЧС"_s << u"ru"_s << QString();
    }

    void canonicalInstitution()
    {
        QFETCH(QString, name);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QCOMPARE(CyrillicSources::canonicalInstitution(name, *languageFromTag(language)), expected);
    }

    // A project's claimant aliases share one namespace: no spelling may
    // name two institutions, and each resolves to its own.
    void institutionsHaveUniqueSpellings()
    {
        QSet<QString> seen;
        for (const CyrillicSources::Institution &institution : CyrillicSources::institutions()) {
            for (const QString &spelling : QStringList{institution.name} + institution.aliases) {
                QVERIFY2(!seen.contains(foldedKey(spelling)), qPrintable(spelling));
                seen.insert(foldedKey(spelling));
                const QString canonical = CyrillicSources::canonicalInstitution(spelling, Language::Ukrainian);
                QCOMPARE(CyrillicSources::institutionSpelled(canonical), &institution);
            }
        }
        QVERIFY(seen.size() > 40);
    }

    void nominative_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("oblique");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Дмитра Кулеби") << u"Дмитра Кулеби"_s << true << u"uk"_s << u"Дмитро Кулеба"_s;
        QTest::newRow("Юлії Свириденко") << u"Юлії Свириденко"_s << true << u"uk"_s << u"Юлія Свириденко"_s;
        QTest::newRow("Сергея Шойгу") << u"Сергея Шойгу"_s << true << u"ru"_s << u"Сергей Шойгу"_s;
        QTest::newRow("Владимира Путина") << u"Владимира Путина"_s << true << u"ru"_s << u"Владимир Путин"_s;
        QTest::newRow("Міністерства охорони здоров'я")
            << u"Міністерства охорони здоров'я"_s << true << u"uk"_s << u"Міністерство охорони здоров'я"_s;
        QTest::newRow("Верховної Ради") << u"Верховної Ради"_s << true << u"uk"_s << u"Верховна Рада"_s;
        QTest::newRow("unknown form as written") << u"Укрзалізниці"_s << true << u"uk"_s << u"Укрзалізниці"_s;
        QTest::newRow("a common noun is no name") << u"джерел"_s << true << u"uk"_s << QString();
        QTest::newRow("title dropped") << u"прем'єр-міністерка Юлія Свириденко"_s << false << u"uk"_s
                                       << u"Юлія Свириденко"_s;
    }

    void nominative()
    {
        QFETCH(QString, name);
        QFETCH(bool, oblique);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QCOMPARE(CyrillicNames::nominative(name, oblique, *languageFromTag(language)), expected);
    }
};

QTEST_GUILESS_MAIN(TestCyrillicSources)
#include "tst_cyrillicsources.moc"
