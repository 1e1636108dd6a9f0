#include "core/extract/cyrillicdates.h"

#include "core/extract/figureextractor.h"

#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

// The mentions as "span=resolved | span=resolved", so that a failing row
// shows all that was found.
QString describe(const QList<DateMention> &mentions)
{
    QString out;
    for (const DateMention &m : mentions)
        out += (out.isEmpty() ? QString() : u" | "_s) + m.text + u'=' + m.resolved.toIso();
    return out;
}

} // namespace

// CyrillicDateResolver on Ukrainian and Russian news phrases, and
// CyrillicAsOf through FigureExtractor::extract. Sentences written for the
// test, modelled on General Staff, Air Force and ministry reports.
class TestCyrillicDates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void find_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("expected");

        const QString sunday = u"2025-09-07"_s; // the sample's day

        // Ukrainian: days
        QTest::newRow("uk night of") << u"У ніч на 7 вересня противник атакував 805 дронами."_s << sunday << u"7 вересня=2025-09-07"_s;
        QTest::newRow("uk day month year") << u"Указ від 7 вересня 2025 року набув чинності."_s << QString() << u"7 вересня 2025 року=2025-09-07"_s;
        QTest::newRow("uk year abbreviation") << u"Станом на 7 вересня 2025 р. о 10:00 відомо"_s << QString() << u"7 вересня 2025 р.=2025-09-07"_s;
        QTest::newRow("uk numeric") << u"Дані на 07.09.2025 оновлено."_s << QString() << u"07.09.2025=2025-09-07"_s;
        QTest::newRow("uk numeric two-digit year") << u"втрати з 24.02.22 до 24.04.23 склали"_s << QString() << u"24.02.22=2022-02-24 | 24.04.23=2023-04-24"_s;
        QTest::newRow("uk numeric day month") << u"Станом на 07.12 втрати ворога склали"_s << u"2022-12-07"_s << u"07.12=2022-12-07"_s;
        QTest::newRow("uk as of, toward the past") << u"Станом на 1 грудня втрати зросли."_s << sunday << u"1 грудня=2024-12-01"_s;
        QTest::newRow("uk past day with its date") << u"за минулу добу, 22 листопада, знищено 20 танків"_s << u"2025-11-23"_s << u"минулу добу=2025-11-22 | 22 листопада=2025-11-22"_s;
        QTest::newRow("uk past day, date published late") << u"Упродовж минулої доби, 2 січня, знищено 4 танки"_s << u"2025-01-05"_s << u"минулої доби=2025-01-02 | 2 січня=2025-01-02"_s;
        QTest::newRow("ru past day with its date") << u"За минувшие сутки, 5 марта, сбиты 12 дронов"_s << u"2025-03-06"_s << u"минувшие сутки=2025-03-05 | 5 марта=2025-03-05"_s;
        QTest::newRow("uk previous day") << u"За попередню добу знищено 14 танків"_s << u"2022-03-18"_s << u"попередню добу=2022-03-17"_s;
        QTest::newRow("uk month after щодо") << u"ціни щодо листопада зросли"_s << sunday << u"листопада=2024-11"_s;
        QTest::newRow("uk past day") << u"За минулу добу ворог втратив 1 150 осіб."_s << u"2025-11-22"_s << u"минулу добу=2025-11-21"_s;
        QTest::newRow("uk since") << u"з 24 лютого 2022 року"_s << sunday << u"24 лютого 2022 року=2022-02-24"_s;
        QTest::newRow("uk range з по") << u"з 1 по 7 вересня збито 1200 дронів"_s << sunday << u"1 по 7 вересня=2025-09"_s;
        QTest::newRow("uk range dash") << u"1–7 вересня збито 1200 дронів"_s << sunday << u"1–7 вересня=2025-09"_s;
        QTest::newRow("uk time before a day") << u"У ніч на 7 вересня (з 18:00 6 вересня)"_s << sunday << u"7 вересня=2025-09-07 | 6 вересня=2025-09-06"_s;
        // months and years
        QTest::newRow("uk month locative") << u"у липні ворог втратив"_s << sunday << u"липні=2025-07"_s;
        QTest::newRow("uk month ahead is last year's") << u"у грудні інфляція"_s << sunday << u"грудні=2024-12"_s;
        QTest::newRow("uk month year") << u"у вересні 2025 року"_s << QString() << u"вересні 2025 року=2025-09"_s;
        QTest::newRow("uk nominative month year") << u"Січень 2010"_s << QString() << u"Січень 2010=2010-01"_s;
        QTest::newRow("uk month range") << u"За січень–вересень 2024 року ціни зросли"_s << sunday << u"січень=2024-01 | вересень 2024 року=2024-09"_s;
        QTest::newRow("uk instrumental month") << u"порівняно з груднем 2009 року"_s << QString() << u"груднем 2009 року=2009-12"_s;
        QTest::newRow("uk attached year word") << u"Липень 2018р. до червня 2018р."_s << QString() << u"Липень 2018р.=2018-07 | червня 2018р.=2018-06"_s;
        QTest::newRow("uk year") << u"у 2024 році і 2022 року"_s << QString() << u"2024 році=2024 | 2022 року=2022"_s;
        QTest::newRow("uk year ordinal") << u"навесні 2022-го"_s << QString() << u"2022-го=2022"_s;
        QTest::newRow("uk two years") << u"у 2023 та 2024 роках"_s << QString() << u"2023=2023 | 2024 роках=2024"_s;
        // weekdays and relative days
        QTest::newRow("uk weekday") << u"у понеділок збито 40 дронів"_s << sunday << u"понеділок=2025-09-01"_s;
        QTest::newRow("uk last weekday") << u"минулої неділі"_s << sunday << u"минулої неділі=2025-08-31"_s;
        QTest::newRow("uk weekday and date") << u"Понеділок, 18 лютого"_s << u"2013-02-12"_s << u"Понеділок, 18 лютого=2013-02-18"_s;
        QTest::newRow("uk relative days") << u"сьогодні, вчора і позавчора"_s << sunday << u"сьогодні=2025-09-07 | вчора=2025-09-06 | позавчора=2025-09-05"_s;
        QTest::newRow("uk last night") << u"минулої ночі збито 40 дронів"_s << sunday << u"минулої ночі=2025-09-07"_s;
        QTest::newRow("uk periods") << u"минулого тижня, минулого місяця, минулого року і цього року"_s << sunday << u"минулого тижня=2025-08 | минулого місяця=2025-08 | минулого року=2024 | " u"цього року=2025"_s;
        QTest::newRow("uk latest month") << u"ціни за останній місяць зросли"_s << u"2023-01-11"_s << u"останній місяць=2022-12"_s;
        QTest::newRow("ru latest week") << u"за последнюю неделю"_s << u"2025-09-10"_s << u"последнюю неделю=2025-09"_s;
        QTest::newRow("uk last year in a word") << u"торік загинули 40 людей"_s << sunday << u"торік=2024"_s;
        // not dates
        QTest::newRow("uk counts") << u"805 дронів, 1 226 420 осіб, 13 ракет"_s << sunday << QString();
        QTest::newRow("uk count after у") << u"у 2000 будинках немає світла"_s << sunday << QString();
        QTest::newRow("uk model") << u"Су-34 і С-300"_s << sunday << QString();
        QTest::newRow("uk decimal") << u"інфляція 15.2 і курс 41.25"_s << sunday << QString();
        QTest::newRow("uk adjective like a month") << u"лютий мороз у червоному місті"_s << sunday << QString();

        // Russian
        QTest::newRow("ru month year") << u"в сентябре 2025 года"_s << QString() << u"сентябре 2025 года=2025-09"_s;
        QTest::newRow("ru years") << u"в 2023 году и 2023 год"_s << QString() << u"2023 году=2023 | 2023 год=2023"_s;
        QTest::newRow("ru day month year nbsp") << u"10 января 2011\u00a0г. рухнула кровля"_s << QString() << u"10 января 2011\u00a0г.=2011-01-10"_s;
        QTest::newRow("ru attached year") << u"построен в 1955г."_s << QString() << u"1955г.=1955"_s;
        QTest::newRow("ru ordinal day") << u"18-го февраля"_s << u"2013-02-12"_s << u"18-го февраля=2013-02-18"_s;
        QTest::newRow("ru weekday") << u"в понедельник"_s << sunday << u"понедельник=2025-09-01"_s;
        QTest::newRow("ru relative days") << u"сегодня, вчера, позавчера"_s << sunday << u"сегодня=2025-09-07 | вчера=2025-09-06 | позавчера=2025-09-05"_s;
        QTest::newRow("ru past day") << u"за минувшие сутки и за прошедшие сутки"_s << sunday << u"минувшие сутки=2025-09-06 | прошедшие сутки=2025-09-06"_s;
        QTest::newRow("ru past night") << u"В течение прошедшей ночи сбиты 18 беспилотников"_s << u"2024-10-21"_s << u"прошедшей ночи=2024-10-21"_s;
        QTest::newRow("ru periods") << u"в прошлом месяце и в этом году"_s << sunday << u"прошлом месяце=2025-08 | этом году=2025"_s;
        QTest::newRow("ru night from weekday to weekday") << u"в ночь с воскресенья на понедельник"_s << u"2025-09-08"_s << u"воскресенья=2025-09-07 | понедельник=2025-09-08"_s;
        QTest::newRow("ru month of last year") << u"в феврале прошлого года и 5 марта этого года"_s << u"2025-09-07"_s << u"феврале прошлого года=2024-02 | 5 марта этого года=2025-03-05"_s;
        QTest::newRow("uk month of last year") << u"у лютому минулого року"_s << u"2025-09-07"_s << u"лютому минулого року=2024-02"_s;
        QTest::newRow("ru since") << u"с 24 февраля 2022 года"_s << sunday << u"24 февраля 2022 года=2022-02-24"_s;
    }

    void find()
    {
        QFETCH(QString, text);
        QFETCH(QString, published);
        QFETCH(QString, expected);
        const CyrillicDateResolver resolver(PartialDate::fromIso(published));
        const QList<DateMention> mentions = resolver.find(text);
        QCOMPARE(describe(mentions), expected);
        QVERIFY(std::ranges::all_of(mentions, [&](const DateMention &m) {
            return m.text == text.sliced(m.start, m.end - m.start);
        }));
    }

    // Every digit of a date lies inside its mention, so the figure scanner
    // skips all of them.
    void digitsInsideMentions()
    {
        const QString text = u"7 вересня 2025 року, 07.09.2025, 2022-го, 24.02.22, 1–7 вересня"_s;
        const QList<DateMention> mentions = CyrillicDateResolver(PartialDate::day(2025, 9, 7)).find(text);
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (!text[i].isDigit())
                continue;
            const bool covered = std::ranges::any_of(mentions, [&](const DateMention &m) { return m.start <= i && i < m.end; });
            QVERIFY2(covered, qPrintable(u"digit at %1 outside every mention: %2"_s.arg(i).arg(describe(mentions))));
        }
    }

    void asOf_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("figure"); // the figure's text
        QTest::addColumn<QString>("expected");

        QTest::newRow("night of") << u"У ніч на 7 вересня противник атакував 805 дронами."_s << u"uk"_s << u"2025-09-08"_s << u"805"_s << u"2025-09-07"_s;
        QTest::newRow("as of a day") << u"Станом на 1 грудня 2024 року у полоні перебувають 8000 українців."_s << u"uk"_s << u"2025-09-08"_s << u"8000"_s << u"2024-12-01"_s;
        const QString report = u"Загальні бойові втрати противника за минулу добу, 22 листопада, орієнтовно склали:\n"
                               u"танки — 9419 (+20)\n"
                               u"артилерійські системи — 20 015 (+31)\n"_s;
        QTest::newRow("report list level") << report << u"uk"_s << u"2025-11-23"_s << u"9419"_s << u"2025-11-22"_s;
        QTest::newRow("report list change") << report << u"uk"_s << u"2025-11-23"_s << u"+31"_s << u"2025-11-22"_s;
        QTest::newRow("total, no dated report") << u"Від початку вторгнення окупанти втратили 1 150 000 осіб."_s << u"uk"_s << u"2025-11-22"_s << u"1 150 000"_s << u"2025-11-22"_s;
        QTest::newRow("count since a date") << u"З 24 лютого 2022 року росія втратила 11 000 танків."_s << u"uk"_s << u"2025-11-22"_s << u"11 000"_s << u"2025-11-22"_s;
        QTest::newRow("current") << u"Наразі в полоні перебувають 8000 українців."_s << u"uk"_s << u"2025-11-22"_s << u"8000"_s << u"2025-11-22"_s;
        QTest::newRow("past event, no date") << u"Тоді під завалами загинули 40 людей."_s << u"uk"_s << u"2025-11-22"_s << u"40"_s << QString();
        QTest::newRow("range's end") << u"З 1 по 7 вересня збито 1200 дронів."_s << u"uk"_s << u"2025-09-08"_s << u"1200"_s << u"2025-09-07"_s;
        QTest::newRow("day's report") << u"Протягом доби рятувальники здійснили 233 виїзди."_s << u"uk"_s << u"2024-09-28"_s << u"233"_s << u"2024-09-28"_s;
        QTest::newRow("table under its header") << u"Індекси цін були такими:\n| | Грудень 2019 до |\n| Хліб | 100,3 | 109,7 |\n"_s << u"uk"_s << QString() << u"109,7"_s << u"2019-12"_s;
        QTest::newRow("list under its lead") << u"Генштаб оприлюднив нові дані.\nВтрати ворога зростають.\nРахунок техніки на ранок 22 січня такий (у дужках — за минулу добу):\n- танки — 11 603 (+4);\n- гармати — 36 580 (+31).\n"_s << u"uk"_s << u"2026-01-26"_s << u"36 580"_s << u"2026-01-22"_s;
        QTest::newRow("report dated від") << u"У зведенні від 18 січня Генштаб називав 1 226 420 осіб."_s << u"uk"_s << u"2026-01-24"_s << u"1 226 420"_s << u"2026-01-18"_s;
        QTest::newRow("period від до") << u"Втрати з 24.02.22 до 24.04.23 склали 187 080 осіб."_s << u"uk"_s << u"2023-04-25"_s << u"187 080"_s << u"2023-04-24"_s;
        QTest::newRow("comparison base") << u"Індекс споживчих цін у грудні 2019 року щодо листопада становив 99,8%."_s << u"uk"_s << u"2020-01-10"_s << u"99,8%"_s << u"2019-12"_s;
        QTest::newRow("dateline without publication") << u"В воскресенье, 1 марта 2015 года, в Эстонии прошли выборы.\nПартия получила 27,7 % голосов."_s << u"ru"_s << QString() << u"27,7 %"_s << u"2015-03-01"_s;
        QTest::newRow("no dateline, an event recalled below") << u"Число погибших возросло до 117 человек.\nТела нашли водолазы.\nСудно подняли.\nСледствие продолжается.\nНапомним, 10 июля 2011 г. затонул теплоход."_s << u"ru"_s << QString() << u"117"_s << QString();
        QTest::newRow("target") << u"НБУ знижуватиме інфляцію до мети 5%."_s << u"uk"_s << u"2022-01-20"_s << u"5%"_s << QString();
        QTest::newRow("ru target") << u"Банк России вернет инфляцию к цели в 4%."_s << u"ru"_s << u"2022-01-20"_s << u"4%"_s << QString();
        QTest::newRow("latest month") << u"Ціни за останній місяць зросли на 0,7%."_s << u"uk"_s << u"2023-01-11"_s << u"0,7%"_s << u"2022-12"_s;
        QTest::newRow("earlier report in a dated report") << u"За минулу добу, 22 листопада, знищено 20 танків.\nРаніше Генштаб повідомляв про 300 знищених дронів."_s << u"uk"_s << u"2025-11-23"_s << u"300"_s << QString();
        QTest::newRow("ru earlier report") << u"Ранее Минобороны сообщало о 40 беспилотниках."_s << u"ru"_s << u"2025-11-23"_s << u"40"_s << QString();
        const QString undatedLeads = u"Держстат оприлюднив зміну цін за останній місяць.\n\nЩо подорожчало:\n- хліб – на 0,7%;\n- паливо – 3,1%.\n\nЩо подешевшало:\n- одяг – 3,0%.\n"_s;
        QTest::newRow("list under an undated lead") << undatedLeads << u"uk"_s << u"2023-01-11"_s << u"0,7%"_s << u"2022-12"_s;
        QTest::newRow("second list under an undated lead") << undatedLeads << u"uk"_s << u"2023-01-11"_s << u"3,0%"_s << u"2022-12"_s;
        QTest::newRow("total since a month") << u"Загалом від лютого 2022 року втрати рф досягли 689 040 людей."_s << u"uk"_s << u"2024-10-27"_s << u"689 040"_s << u"2024-10-27"_s;
        QTest::newRow("last week's Sunday") << u"Упродовж минулого тижня ліквідовано понад 7000 окупантів."_s << u"uk"_s << u"2023-12-04"_s << u"7000"_s << u"2023-12-03"_s;
        QTest::newRow("this week, to the publication day") << u"Цього тижня збито 300 дронів."_s << u"uk"_s << u"2025-09-10"_s << u"300"_s << u"2025-09-10"_s;
        QTest::newRow("ru last week across months") << u"На прошлой неделе сбиты 500 беспилотников."_s << u"ru"_s << u"2025-09-03"_s << u"500"_s << u"2025-08-31"_s;
        QTest::newRow("past day with its date") << u"Упродовж минулої доби, 2 січня, Росія втратила ще 1 080 окупантів."_s << u"uk"_s << u"2025-01-03"_s << u"1 080"_s << u"2025-01-02"_s;
        QTest::newRow("ru past night") << u"В течение прошедшей ночи уничтожены 18 беспилотников."_s << u"ru"_s << u"2024-10-21"_s << u"18"_s << u"2024-10-21"_s;
        QTest::newRow("ru night from Sunday to Monday") << u"В ночь с воскресенья на понедельник силы ПВО уничтожили 25 беспилотников."_s << u"ru"_s << u"2025-09-08"_s << u"25"_s << u"2025-09-08"_s;
        QTest::newRow("ru overnight, report of the day") << u"Минобороны заявило, что за ночь перехвачены 20 беспилотников."_s << u"ru"_s << u"2025-09-08"_s << u"20"_s << u"2025-09-08"_s;
        QTest::newRow("ru total since the start") << u"Всего с начала специальной военной операции уничтожены 660 самолетов."_s << u"ru"_s << u"2025-09-08"_s << u"660"_s << u"2025-09-08"_s;
        QTest::newRow("ru date in sentence") << u"По данным на 1 декабря 2019 года, в городе проживают 5000 человек."_s << u"ru"_s << u"2020-03-01"_s << u"5000"_s << u"2019-12-01"_s;
    }

    void asOf()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QFETCH(QString, published);
        QFETCH(QString, figure);
        QFETCH(QString, expected);
        ExtractionContext context;
        context.published = PartialDate::fromIso(published);
        context.language = languageFromTag(language).value_or(Language::Auto);
        const Extraction e = FigureExtractor().extract(text, context);
        const auto f = std::ranges::find_if(e.figures, [&](const Figure &x) { return x.text == figure; });
        QStringList found;
        for (const Figure &x : e.figures)
            found.append(x.text);
        QVERIFY2(f != e.figures.cend(), qPrintable(u"no figure %1 among %2"_s.arg(figure, found.join(u", "))));
        QCOMPARE(f->asOf.toIso(), expected);
    }
};

QTEST_GUILESS_MAIN(TestCyrillicDates)
#include "tst_cyrillicdates.moc"
