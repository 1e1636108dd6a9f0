// CyrillicNumberParser on the numerals of Ukrainian and Russian news: each
// row scans a sentence as the Cyrillic pipeline does (mayStart, parseAt,
// isNotAFigure) and lists the figures it keeps as "span=value", with a
// range's ends, the number's own unit and a signed change marked.
#include "core/extract/cyrillicnumbers.h"
#include "core/extract/figureextractor.h"

#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

QString describe(QStringView text, const ParsedNumber &n)
{
    QString s = text.sliced(n.start, n.end - n.start).toString() + u'=' + QString::number(n.value, 'g', 12);
    if (n.low && n.high)
        s += u"[%1..%2]"_s.arg(*n.low, 0, 'g', 12).arg(*n.high, 0, 'g', 12);
    if (!n.unit.isEmpty())
        s += u' ' + n.unit;
    if (n.signedChange)
        s += u" change"_s;
    return s;
}

// The figures of `text` as the pipeline's scan finds them.
QString figuresOf(QStringView text)
{
    const CyrillicNumberParser parser;
    QStringList found;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!CyrillicNumberParser::mayStart(text, i)) {
            ++i;
            continue;
        }
        qsizetype skipTo = i + 1;
        const std::optional<ParsedNumber> n = parser.parseAt(text, i, &skipTo);
        if (!n) {
            i = std::max(skipTo, i + 1);
            continue;
        }
        i = n->end;
        if (!CyrillicNumberParser::isNotAFigure(text, *n, 0))
            found.append(describe(text, *n));
    }
    return found.join(u" | "_s);
}

} // namespace

class TestCyrillicNumbers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void figures_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");

        // Digits: thousands groups, the decimal comma, scales
        QTest::newRow("uk groups") << u"втрати становлять 1 226 420 осіб, за добу 1 150 окупантів"_s
                                   << u"1 226 420=1226420 | 1 150=1150"_s;
        QTest::newRow("no-break space") << u"знищено 17\u00a0579 артсистем і 92\u202f740 осіб"_s
                                        << u"17\u00a0579=17579 | 92\u202f740=92740"_s;
        QTest::newRow("year is no group head") << u"у 2024 році 150 дронів"_s << u"150=150"_s;
        QTest::newRow("group of two is no group") << u"на 12 34 ділянках"_s << u"12=12 | 34=34"_s;
        QTest::newRow("decimal comma percent") << u"інфляція сповільнилася до 11,9% у березні"_s << u"11,9%=11.9 %"_s;
        QTest::newRow("percent after space") << u"зросли на 13 % за рік"_s << u"13 %=13 %"_s;
        QTest::newRow("list of digits") << u"пункти 1,2,3 закону"_s << u"1=1"_s;
        QTest::newRow("thousands then hundreds") << u"193 тис. 175 виїздів і 5 тис. 027 пожеж"_s
                                                 << u"193 тис. 175=193175 | 5 тис. 027=5027"_s;
        QTest::newRow("thousands then tens") << u"22 тис. 46 пожеж, але 44,7 тис. 12 осіб"_s
                                             << u"22 тис. 46=22046 | 44,7 тис.=44700 | 12=12"_s;
        QTest::newRow("mln") << u"виділили 1,2 млн гривень"_s << u"1,2 млн=1200000"_s;
        QTest::newRow("tys with point") << u"44,7 тис. осіб залишили"_s << u"44,7 тис.=44700"_s;
        QTest::newRow("tysiach words") << u"44,7 тисяч переселенців і 3 мільйони людей"_s
                                       << u"44,7 тисяч=44700 | 3 мільйони=3000000"_s;
        QTest::newRow("ru tys") << u"около 50 тыс. человек и 3 млрд рублей"_s << u"50 тыс.=50000 | 3 млрд=3000000000"_s;
        QTest::newRow("ru milliona") << u"выделено 2,5 миллиона долларов"_s << u"2,5 миллиона=2500000"_s;
        // Percent words and currency signs
        QTest::newRow("uk percent word") << u"на 13 відсотків більше і 101,8 відсотка"_s
                                         << u"13 відсотків=13 % | 101,8 відсотка=101.8 %"_s;
        QTest::newRow("ru percent word") << u"на 5 процентов и 27,7 %"_s << u"5 процентов=5 % | 27,7 %=27.7 %"_s;
        QTest::newRow("currency signs") << u"$1,2 млрд, 20€, ₴3,04 і ₽ 10"_s
                                        << u"$1,2 млрд=1200000000 USD | 20€=20 EUR | ₴3,04=3.04 UAH | ₽ 10=10 RUB"_s;
        QTest::newRow("currency code") << u"кредит на USD 5 млн"_s << u"USD 5 млн=5000000 USD"_s;
        // Ranges
        QTest::newRow("uk from to") << u"від 400 до 500 осіб"_s << u"400 до 500=400[400..500]"_s;
        QTest::newRow("ru from to") << u"от 400 до 500 человек"_s << u"400 до 500=400[400..500]"_s;
        QTest::newRow("between is two figures") << u"розбіжність між 805 і 810 дронами"_s << u"805=805 | 810=810"_s;
        QTest::newRow("z ... do is a change") << u"ставку підвищено з 13% до 15%, с 16 до 18 процентов"_s
                                              << u"13%=13 % | 15%=15 % | 16=16 | 18 процентов=18 %"_s;
        QTest::newRow("times range") << u"зросли у 2-3 рази"_s << u"2-3 рази=2[2..3] times"_s;
        QTest::newRow("en dash range") << u"400–500 дронів"_s << u"400–500=400[400..500]"_s;
        QTest::newRow("hyphen range scaled") << u"400-500 тисяч осіб"_s << u"400-500 тисяч=400000[400000..500000]"_s;
        QTest::newRow("range with scale at the end")
            << u"від 1,2 до 1,5 млн"_s << u"1,2 до 1,5 млн=1200000[1200000..1500000]"_s;
        QTest::newRow("word range") << u"двох-трьох дронів"_s << u"двох-трьох=2[2..3]"_s;
        QTest::newRow("years are no range") << u"у 2022-2023 роках"_s << u""_s;
        QTest::newRow("list dash is no range") << u"танки — 9419 (+20)"_s << u"9419=9419 | +20=20 change"_s;
        // Signs
        QTest::newRow("signed change") << u"особового складу — 187080 (+660) осіб"_s
                                       << u"187080=187080 | +660=660 change"_s;
        QTest::newRow("minus sign") << u"температура −5 і мінус 3"_s << u"−5=-5 | мінус 3=-3"_s;
        QTest::newRow("ru minus word") << u"минус 12 градусов"_s << u"минус 12=-12"_s;
        // Number words, uk
        QTest::newRow("uk units") << u"дев'ять крилатих і чотири балістичні"_s << u"дев'ять=9 | чотири=4"_s;
        QTest::newRow("uk apostrophes") << u"п'ять, п’ять, пʼять і п‘ять"_s
                                        << u"п'ять=5 | п’ять=5 | пʼять=5 | п‘ять=5"_s;
        QTest::newRow("uk compounds") << u"двадцять п'ять дронів і сто сорок два снаряди"_s
                                      << u"двадцять п'ять=25 | сто сорок два=142"_s;
        QTest::newRow("uk cases") << u"з двох бригад, трьохсот осіб, п'яти областях, чотирьом містам"_s
                                  << u"двох=2 | трьохсот=300 | п'яти=5 | чотирьом=4"_s;
        QTest::newRow("uk thousands in words") << u"дві тисячі п'ятсот сорок осіб"_s
                                               << u"дві тисячі п'ятсот сорок=2540"_s;
        QTest::newRow("uk gender of one") << u"за одну ніч і одне місто"_s << u"одну=1 | одне=1"_s;
        QTest::newRow("uk collective") << u"загинули двоє людей і троє дітей"_s << u"двоє=2 | троє=3"_s;
        QTest::newRow("uk hundreds") << u"двісті, триста і п'ятсот"_s << u"двісті=200 | триста=300 | п'ятсот=500"_s;
        // Number words, ru
        QTest::newRow("ru compounds") << u"четыреста сорок четыре и пятьсот девяноста пять"_s
                                      << u"четыреста сорок четыре=444 | пятьсот девяноста пять=595"_s;
        QTest::newRow("ru cases") << u"двух человек, трёх погибших, трех тел, пяти областей"_s
                                  << u"двух=2 | трёх=3 | трех=3 | пяти=5"_s;
        QTest::newRow("ru gender") << u"один погиб, одна пострадала, одно здание"_s << u"один=1 | одна=1 | одно=1"_s;
        QTest::newRow("ru collective") << u"четверо доставлены, пятеро в больнице"_s << u"четверо=4 | пятеро=5"_s;
        QTest::newRow("ru tens") << u"сорок, девяносто и двести"_s << u"сорок=40 | девяносто=90 | двести=200"_s;
        QTest::newRow("ru and a half") << u"три с половиной месяца"_s << u"три с половиной=3.5"_s;
        // Vague quantities, as English's "tens of thousands"
        QTest::newRow("uk vague") << u"десятки тисяч людей, сотні дронів, тисячі ракет, кілька сотень осіб"_s
                                  << u"десятки тисяч=10000[10000..100000] | сотні=100[100..1000] | "
                                     u"тисячі=1000[1000..10000] | кілька сотень=300[300..900]"_s;
        QTest::newRow("ru vague") << u"сотни тысяч беженцев, несколько тысяч человек, миллионы рублей"_s
                                  << u"сотни тысяч=100000[100000..1000000] | несколько тысяч=3000[3000..9000] | "
                                     u"миллионы=1000000[1000000..10000000]"_s;
        QTest::newRow("several alone is no quantity") << u"кілька людей і несколько домов"_s << u""_s;
        // One and a half, fractions, multipliers
        QTest::newRow("pivtory tysiachi") << u"півтори тисячі дронів і півтора мільйона"_s
                                          << u"півтори тисячі=1500 | півтора мільйона=1500000"_s;
        QTest::newRow("poltory") << u"полторы тысячи человек и полтора года"_s << u"полторы тысячи=1500 | полтора=1.5"_s;
        QTest::newRow("half a million") << u"пів мільйона людей"_s << u"пів мільйона=500000"_s;
        QTest::newRow("pol is a floor") << u"упал на пол"_s << u""_s;
        QTest::newRow("uk fractions") << u"половину, третина і чверть"_s << u"половину=0.5 | третина=0.333 | чверть=0.25"_s;
        QTest::newRow("ru fractions") << u"половина, треть и четверть, две трети"_s
                                      << u"половина=0.5 | треть=0.333 | четверть=0.25 | две трети=0.666"_s;
        QTest::newRow("multipliers") << u"утричі більше, втричі, вдвічі, вдвое, трижды"_s
                                     << u"утричі=3 times | втричі=3 times | вдвічі=2 times | вдвое=2 times | трижды=3 times"_s;
        QTest::newRow("multipliers six to ten") << u"вшестеро, ушестеро, всемеро, ввосьмеро, вдев'ятеро, вдевятеро, вдесятеро"_s
            << u"вшестеро=6 times | ушестеро=6 times | всемеро=7 times | ввосьмеро=8 times | вдев'ятеро=9 times | "
               "вдевятеро=9 times | вдесятеро=10 times"_s;
        QTest::newRow("v try razy") << u"зросла в три рази, в 5 раз"_s << u"три рази=3 times | 5 раз=5 times"_s;
        QTest::newRow("decimal in words") << u"один крапка п'ять і 1 точка 1"_s
                                          << u"один крапка п'ять=1.5 | 1 точка 1=1.1"_s;
        // What is not a figure
        QTest::newRow("pronoun one") << u"одна з них, один із найбільших, один одного, одного з дронів"_s << u""_s;
        QTest::newRow("ordinal words") << u"перший, другого, третій; первый, второе, третью"_s << u""_s;
        QTest::newRow("ordinal digits") << u"2-й, 3-го, 24-та бригада, 80-й годовщиной, 702-м километре"_s << u""_s;
        QTest::newRow("glued ordinals") << u"1а, 5ий, 3го, 3ья"_s << u""_s;
        QTest::newRow("compound ordinals") << u"двадцять перший, сорок восьмое, двадцать третьего"_s << u""_s;
        QTest::newRow("cardinal endings") << u"в 2-х випадках і 5-ти областях"_s << u"2-х=2 | 5-ти=5"_s;
        QTest::newRow("fractions in digits") << u"1/3 території, 1/2 години, але 24/7 і 1/2/3"_s
                                             << u"1/3=0.333 | 1/2=0.5"_s;
        QTest::newRow("ages") << u"47-летний водитель, 35-річна жінка"_s << u"47-летний=47 лет | 35-річна=35 років"_s;
        QTest::newRow("ages in a word") << u"однорічна дитина, шестилетний мальчик, дворічний, пятилетка"_s
                                        << u"однорічна=1 років | шестилетний=6 лет | дворічний=2 років"_s;
        QTest::newRow("measures in a word") << u"двухдневный круиз, п'ятиденний тиждень, двогодинна зустріч, сорокачасовой"_s
                                            << u"двухдневный=2 дней | п'ятиденний=5 днів | двогодинна=2 годин | "
                                               u"сорокачасовой=40 часов"_s;
        QTest::newRow("names") << u"24 Канал, Су-34, Іскандер-М, KN-23, С-300, Т-72, F-16, телеканал 1+1"_s << u""_s;
        QTest::newRow("list numbering") << u"1. Перший пункт\n2) Другий пункт\n  3. Третій"_s << u""_s;
        QTest::newRow("times") << u"о 10:30, в 14:00, о 10 годині, станом на 09.00, з 6.30 до 18.00, (із 6.30 до 18.00)"_s << u""_s;
        QTest::newRow("decimal point is no time") << u"ціна 12.50 гривні"_s << u"12.50=12.5"_s;
        QTest::newRow("missile names") << u"ракети 3М-14 і 3М22"_s << u""_s;
        QTest::newRow("dotted date") << u"12.06.2017 року, станом на 01.10"_s << u""_s;
        QTest::newRow("decades") << u"у 90-х роках і в 1990-х годах"_s << u""_s;
        QTest::newRow("years with year word") << u"у 1955 г. і 2022 року"_s << u""_s;
        QTest::newRow("house numbers") << u"вул. Хрещатик, 22 та буд. 5, ул. Ленина, 3, дом 7"_s << u""_s;
        QTest::newRow("phone numbers") << u"тел. +38 (044) 123-45-67, +380441234567"_s << u""_s;
        QTest::newRow("clauses of a law") << u"за ч. 5 ст. 264 УК РФ і статтею 8"_s << u""_s;
        QTest::newRow("links") << u"на сайті rada.gov.ua/webproc4_1?pf3511=57479"_s << u""_s;
        QTest::newRow("reference mark and number sign") << u"закон [3] і постанова № 5"_s << u""_s;
        QTest::newRow("digits glued to a unit") << u"3км і 500г"_s << u"3=3 | 500=500"_s;
        QTest::newRow("scale suffixes") << u"100к, 3М і 1.2М"_s << u"100к=100000 | 3М=3000000 | 1.2М=1200000"_s;
        // Without a publication date "7 вересня" resolves to no date, and its
        // day is no count all the same.
        QTest::newRow("day of a month, no year") << u"5 дронів 7 вересня, 2 січня і 3 бер. та 12 фев"_s << u"5=5"_s;
        QTest::newRow("a hundred, singular") << u"почти сотню беспилотников, близько сотні"_s
                                             << u"сотню=100 | сотні=100[100..1000]"_s;
        // An English quote inside a Ukrainian paragraph writes thousands with
        // commas; Ukrainian writes a decimal comma.
        QTest::newRow("English thousands beside English words")
            << u"«we lost 1,200 soldiers», 1,200,000 гривень, 1,200 відсотка"_s
            << u"1,200=1200 | 1,200,000=1200000 | 1,200 відсотка=1.2 %"_s;
        QTest::newRow("year after a preposition") << u"killed in 2025. З 2014 і до 2022 загинули 14 тисяч"_s
                                                  << u"14 тисяч=14000"_s;
        QTest::newRow("counted hundreds and tens") << u"дві сотні дронів, три сотні тисяч гривень, два десятки ракет"_s
                                                   << u"дві сотні=200 | три сотні тисяч=300000 | два десятки=20"_s;
    }

    void figures()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(figuresOf(text), expected);
    }

    // The seam: FigureExtractor sends a Cyrillic paragraph to the parser.
    void throughExtractor_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("language");
        QTest::addColumn<QStringList>("figures");
        QTest::newRow("uk report") << u"За добу ліквідовано 1 150 окупантів, загалом 1 226 420 (+1 150)."_s
                                   << int(Language::Ukrainian) << QStringList{u"1 150"_s, u"1 226 420"_s, u"+1 150"_s};
        QTest::newRow("ru report") << u"Сбиты 45 беспилотников и две управляемые авиабомбы."_s << int(Language::Russian)
                                   << QStringList{u"45"_s, u"две"_s};
    }

    void throughExtractor()
    {
        QFETCH(QString, text);
        QFETCH(int, language);
        QFETCH(QStringList, figures);
        ExtractionContext context;
        context.language = Language(language);
        QStringList found;
        for (const Figure &f : FigureExtractor().extract(text, context).figures)
            found.append(f.text);
        QCOMPARE(found, figures);
    }
};

QTEST_GUILESS_MAIN(TestCyrillicNumbers)
#include "tst_cyrillicnumbers.moc"
