// The source of Ukrainian and Russian figures by the structure of the news
// report, where the figure's own sentence names nobody. Short reports
// written for these tests after the formulas of loss reports, Air Force
// counts, statistics releases and interviews.
#include "core/extract/cyrillicreportsources.h"
#include "core/extract/figureextractor.h"

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

class TestCyrillicReportSources : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void claimant_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("figure");
        QTest::addColumn<QString>("expected");

        const QString lossReport = u"За минулу добу ворог втратив ще 1130 окупантів.\n\n"
                                   "Про це повідомляє Генеральний штаб ЗСУ.\n\n"
                                   "Втрати техніки такі:\n"
                                   "- танки — 9120 (+6);\n"
                                   "- артилерійські системи — 19 830 (+9).\n\n"
                                   "Нагадаємо, напередодні у Харкові загасили пожежу площею 400 квадратних метрів."_s;
        QTest::newRow("про це, for the lead before it") << u"uk"_s << lossReport << u"1130"_s << u"Генштаб ЗСУ"_s;
        QTest::newRow("про це, for the list after it") << u"uk"_s << lossReport << u"9120"_s << u"Генштаб ЗСУ"_s;
        QTest::newRow("про це, for a change in the list") << u"uk"_s << lossReport << u"+9"_s << u"Генштаб ЗСУ"_s;
        QTest::newRow("a recap is no part of the report") << u"uk"_s << lossReport << u"400"_s << QString();

        const QString passedOn = u"Уночі ворог атакував Україну 52 ударними дронами.\n\n"
                                 "Про це передає Новини Тижня із посиланням на Повітряні сили ЗСУ.\n\n"
                                 "Протиповітряна оборона знешкодила 40 безпілотників."_s;
        QTest::newRow("із посиланням на, the source before") << u"uk"_s << passedOn << u"52"_s
                                                            << u"Повітряні сили ЗСУ"_s;
        QTest::newRow("із посиланням на, the source after") << u"uk"_s << passedOn << u"40"_s
                                                           << u"Повітряні сили ЗСУ"_s;

        QTest::newRow("a heading ends the report")
            << u"uk"_s
            << u"Про це йдеться у зведенні Генштабу.\n\nЗнищено 14 танків.\n\nПодії в тилу\n\nУ місті відкрили 3 укриття."_s
            << u"3"_s << QString();

        const QString closingLine = u"Що подорожчало:\n"
                                    "- хліб – на 1,2%;\n"
                                    "- овочі – 3,4%.\n\n"
                                    "За даними Держстату від 12.02.23"_s;
        QTest::newRow("a closing source line") << u"uk"_s << closingLine << u"3,4%"_s << u"Держстат"_s;
        QTest::newRow("an opening release")
            << u"uk"_s
            << u"Державна служба статистики оприлюднила зміни споживчих цін.\n\n- молоко – 0,8%;\n- яйця – 2,1%."_s
            << u"2,1%"_s << u"Держстат"_s;

        const QString ministry = u"Силы ПВО за ночь сбили 41 беспилотник.\n\n"
                                 "Об этом сообщило Министерство обороны РФ.\n\n"
                                 "Еще 12 аппаратов перехвачены над морем, уточнили в ведомстве."_s;
        QTest::newRow("об этом, for the lead") << u"ru"_s << ministry << u"41"_s << u"Минобороны России"_s;
        QTest::newRow("в ведомстве, the ministry named before")
            << u"ru"_s << ministry << u"12"_s << u"Минобороны России"_s;

        QTest::newRow("за даними міністерства, the ministry of an official named before")
            << u"uk"_s
            << u"Про це пише заступник міністра оборони України Іван Коваленко.\n\n"
               "За даними міністерства, за тиждень знищено 48 танків."_s
            << u"48"_s << u"Міноборони України"_s;
        QTest::newRow("a quote's tag gives the quote to its speaker")
            << u"ru"_s
            << u"Премьер-министр Владимир Гройсман выступил в Раде.\n\n"
               "«За год мы выплатили 9 миллиардов долларов долга», – рассказал Гройсман."_s
            << u"9 миллиардов"_s << u"Владимир Гройсман"_s;
        QTest::newRow("a quote's speaker speaks on for the paragraph after")
            << u"ru"_s
            << u"Премьер-министр Владимир Петренко выступил в Думе.\n\n"
               "\"Долг составляет 40 миллиардов долларов\", - рассказал Петренко.\n\n"
               "До конца года инфляция не превысит 6%."_s
            << u"6%"_s << u"Владимир Петренко"_s;
        QTest::newRow("researchers who count")
            << u"ru"_s << u"Журналисты Би-би-си и «Медиазоны» установили имена 5210 погибших военных."_s
            << u"5210"_s << u"Медиазона"_s;
        QTest::newRow("в X считают") << u"ru"_s << u"В Росстате считают, что цены выросли на 7%."_s << u"7%"_s
                                     << u"Росстат"_s;
        QTest::newRow("a view is no count's source for what follows")
            << u"ru"_s << u"В Росстате считают, что цены выросли на 7%.\n\nКаждую неделю открывают 30 магазинов."_s
            << u"30"_s << QString();
        QTest::newRow("об этом, the office for the person named before")
            << u"ru"_s
            << u"Премьер-министр Владимир Петренко выступил в Думе.\n\nДолг составит 30 миллиардов рублей.\n\n"
               "Об этом премьер заявил в эфире."_s
            << u"30 миллиардов"_s << u"Владимир Петренко"_s;
        QTest::newRow("as a report opens, on after it")
            << u"ru"_s << u"Как сообщает Росстат, цены за неделю не изменились.\n\nБензин подорожал на 0,3%."_s
            << u"0,3%"_s << u"Росстат"_s;
        QTest::newRow("narration names nobody")
            << u"uk"_s << u"У селі живе 300 людей.\n\nМісцева школа має 12 класів."_s << u"12"_s << QString();
    }

    void claimant()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(QString, figure);
        QFETCH(QString, expected);
        ExtractionContext context;
        context.language = *languageFromTag(language);
        context.outlet = u"Новини Тижня"_s;
        const Extraction e = FigureExtractor().extract(text, context);
        QCOMPARE(claimantOf(e, figure), expected);
    }

    // The report's source is asked for by position: the class answers on
    // its own, before the sentence-level rules.
    void claimantAtPosition()
    {
        const QString text = u"Знищено 14 танків.\n\nПро це повідомляє Генеральний штаб ЗСУ."_s;
        const CyrillicReportSources sources(text, Language::Ukrainian);
        QCOMPARE(sources.claimantAt(text.indexOf(u"14")), u"Генштаб ЗСУ"_s);
        QCOMPARE(sources.completed(u"Володимир Зеленський"_s, 0), u"Володимир Зеленський"_s);
    }
};

QTEST_GUILESS_MAIN(TestCyrillicReportSources)
#include "tst_cyrillicreportsources.moc"
