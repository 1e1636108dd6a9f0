#include "core/extract/cyrillicnumberwords.h"

#include "core/extract/textscan.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace Claimbench {

using namespace Qt::StringLiterals;

namespace {

using Kind = CyrillicNumberWord::Kind;

struct Row
{
    Kind kind;
    double value;
    const char16_t *forms; // space-separated, lower-case, apostrophe '
};

// Forms written out where the declension is irregular; the regular ones are
// made by declineSoftEnding below.
constexpr Row kRows[] = {
    // Ukrainian
    {Kind::Digit, 0, u"нуль нуля нулю"},
    {Kind::Digit, 1, u"один одна одне одного одної однієї одному одній одним одною однією одну"},
    {Kind::Digit, 2, u"два дві двох двом двома"},
    {Kind::Digit, 3, u"три трьох трьом трьома"},
    {Kind::Digit, 4, u"чотири чотирьох чотирьом чотирма"},
    {Kind::Digit, 6, u"шість шести шістьох шістьом шістьма шістьома"},
    {Kind::Digit, 7, u"сім семи сімох сімом сімома"},
    {Kind::Digit, 8, u"вісім восьми вісьмох вісьмом вісьма вісьмома"},
    {Kind::Tens, 40, u"сорок сорока"},
    {Kind::Tens, 50, u"п'ятдесят п'ятдесяти п'ятдесятьох п'ятдесятьом п'ятдесятьма"},
    {Kind::Tens, 60, u"шістдесят шістдесяти шістдесятьох шістдесятьом шістдесятьма"},
    {Kind::Tens, 70, u"сімдесят сімдесяти сімдесятьох сімдесятьом сімдесятьма"},
    {Kind::Tens, 80, u"вісімдесят вісімдесяти вісімдесятьох вісімдесятьом вісімдесятьма"},
    {Kind::Tens, 90, u"дев'яносто дев'яноста"},
    {Kind::Hundreds, 100, u"сто ста"},
    {Kind::Hundreds, 200, u"двісті двохсот двомстам двомастами"},
    {Kind::Hundreds, 300, u"триста трьохсот трьомстам трьомастами"},
    {Kind::Hundreds, 400, u"чотириста чотирьохсот чотирьомстам чотирмастами"},
    {Kind::Hundreds, 500, u"п'ятсот п'ятисот п'ятистам п'ятьмастами"},
    {Kind::Hundreds, 600, u"шістсот шестисот шестистам шістьмастами"},
    {Kind::Hundreds, 700, u"сімсот семисот семистам сімомастами"},
    {Kind::Hundreds, 800, u"вісімсот восьмисот восьмистам вісьмомастами"},
    {Kind::Hundreds, 900, u"дев'ятсот дев'ятисот дев'ятистам дев'ятьмастами"},
    {Kind::Scale, 1e3, u"тисяча тисячу тисячею"},
    {Kind::Scale, 100, u"сотня сотню сотнею"}, // "почти сотню беспилотников", "дві сотні" is the vague plural
    {Kind::Scale, 1e6, u"мільйон"},
    {Kind::Scale, 1e9, u"мільярд"},
    {Kind::Scale, 1e12, u"трильйон"},
    {Kind::OneAndHalf, 1.5, u"півтора півтори півтора"},
    {Kind::Half, 0.5, u"пів"},
    {Kind::Fraction, 0.5, u"половина половини половину половиною половині"},
    {Kind::Fraction, 0.333, u"третина третини третину третиною"},
    {Kind::Fraction, 0.25, u"чверть чверті чвертю"},
    {Kind::Collective, 2, u"двоє"},
    {Kind::Collective, 3, u"троє"},
    {Kind::Collective, 5, u"п'ятеро"},
    {Kind::Collective, 6, u"шестеро"},
    {Kind::Collective, 7, u"семеро"},
    {Kind::Collective, 8, u"восьмеро"},
    {Kind::Collective, 9, u"дев'ятеро"},
    {Kind::Collective, 10, u"десятеро"},
    {Kind::Multiplier, 2, u"удвічі вдвічі двічі удвоє вдвоє"},
    {Kind::Multiplier, 3, u"утричі втричі тричі утроє втроє"},
    {Kind::Multiplier, 4, u"учетверо вчетверо"},
    {Kind::Multiplier, 5, u"уп'ятеро вп'ятеро"},
    {Kind::Multiplier, 6, u"ушестеро вшестеро"},
    {Kind::Multiplier, 7, u"усемеро всемеро"},
    {Kind::Multiplier, 8, u"увосьмеро ввосьмеро"},
    {Kind::Multiplier, 9, u"удев'ятеро вдев'ятеро"},
    {Kind::Multiplier, 10, u"удесятеро вдесятеро"},
    {Kind::Minus, -1, u"мінус"},
    {Kind::Vague, 10, u"десятки десятків десятками десятках"},
    {Kind::Vague, 100, u"сотні сотень сотнями сотнях"},
    {Kind::Several, 3, u"кілька декілька кількох декількох"},
    // Russian (where a form differs from the Ukrainian)
    {Kind::Digit, 0, u"ноль"},
    {Kind::Vague, 10, u"десятков"},
    {Kind::Vague, 100, u"сотни сотен"},
    {Kind::Scale, 100, u"сотней сотне"},
    {Kind::Several, 3, u"несколько нескольких"},
    {Kind::Minus, -1, u"минус"},
    {Kind::Digit, 1, u"одно одной одном"},
    {Kind::Digit, 2, u"две двух двум двумя"},
    {Kind::Digit, 3, u"трех трем тремя"},
    {Kind::Digit, 4, u"четыре четырех четырем четырьмя"},
    {Kind::Digit, 7, u"семь семью"},
    {Kind::Digit, 8, u"восемь восемью восьмью"},
    {Kind::Tens, 50, u"пятьдесят пятидесяти пятьюдесятью"},
    {Kind::Tens, 60, u"шестьдесят шестидесяти шестьюдесятью"},
    {Kind::Tens, 70, u"семьдесят семидесяти семьюдесятью"},
    {Kind::Tens, 80, u"восемьдесят восьмидесяти восемьюдесятью"},
    {Kind::Tens, 90, u"девяносто девяноста"},
    {Kind::Hundreds, 200, u"двести двухсот двумстам двумястами"},
    {Kind::Hundreds, 300, u"трехсот тремстам тремястами"},
    {Kind::Hundreds, 400, u"четыреста четырехсот четыремстам четырьмястами"},
    {Kind::Hundreds, 500, u"пятьсот пятисот пятистам пятьюстами"},
    {Kind::Hundreds, 600, u"шестьсот шестисот шестистам шестьюстами"},
    {Kind::Hundreds, 700, u"семьсот семисот семистам семьюстами"},
    {Kind::Hundreds, 800, u"восемьсот восьмисот восьмистам восемьюстами"},
    {Kind::Hundreds, 900, u"девятьсот девятисот девятистам девятьюстами"},
    {Kind::Scale, 1e3, u"тысяча тысячу тысячей тысячею"},
    {Kind::Scale, 1e6, u"миллион"},
    {Kind::Scale, 1e9, u"миллиард"},
    {Kind::Scale, 1e12, u"триллион"},
    {Kind::OneAndHalf, 1.5, u"полтора полторы полутора"},
    {Kind::Half, 0.5, u"пол"},
    {Kind::Fraction, 0.5, u"половины половиной половине"},
    {Kind::Fraction, 0.333, u"треть трети"},
    {Kind::Fraction, 0.25, u"четверть четверти четвертью"},
    {Kind::Collective, 2, u"двое"},
    {Kind::Collective, 3, u"трое"},
    {Kind::Collective, 4, u"четверо"},
    {Kind::Collective, 5, u"пятеро"},
    {Kind::Collective, 9, u"девятеро"},
    {Kind::Multiplier, 2, u"дважды"},
    {Kind::Multiplier, 3, u"трижды"},
    {Kind::Multiplier, 4, u"четырежды"},
    {Kind::Multiplier, 2, u"вдвое"},
    {Kind::Multiplier, 3, u"втрое"},
    {Kind::Multiplier, 5, u"впятеро"},
    {Kind::Multiplier, 9, u"вдевятеро"},
};

// The numerals whose stem ends in a soft consonant and declines regularly:
// Ukrainian п'ять/п'яти/п'ятьох/п'ятьом/п'ятьма, Russian пять/пяти/пятью.
struct SoftNumeral
{
    Kind kind;
    double value;
    const char16_t *word;
};

constexpr SoftNumeral kSoftUkrainian[] = {
    {Kind::Digit, 5, u"п'ять"}, {Kind::Digit, 9, u"дев'ять"}, {Kind::Teen, 10, u"десять"},
    {Kind::Teen, 11, u"одинадцять"}, {Kind::Teen, 12, u"дванадцять"}, {Kind::Teen, 13, u"тринадцять"},
    {Kind::Teen, 14, u"чотирнадцять"}, {Kind::Teen, 15, u"п'ятнадцять"}, {Kind::Teen, 16, u"шістнадцять"},
    {Kind::Teen, 17, u"сімнадцять"}, {Kind::Teen, 18, u"вісімнадцять"}, {Kind::Teen, 19, u"дев'ятнадцять"},
    {Kind::Tens, 20, u"двадцять"}, {Kind::Tens, 30, u"тридцять"},
};

constexpr SoftNumeral kSoftRussian[] = {
    {Kind::Digit, 5, u"пять"}, {Kind::Digit, 6, u"шесть"}, {Kind::Digit, 9, u"девять"},
    {Kind::Teen, 10, u"десять"}, {Kind::Teen, 11, u"одиннадцать"}, {Kind::Teen, 12, u"двенадцать"},
    {Kind::Teen, 13, u"тринадцать"}, {Kind::Teen, 14, u"четырнадцать"}, {Kind::Teen, 15, u"пятнадцать"},
    {Kind::Teen, 16, u"шестнадцать"}, {Kind::Teen, 17, u"семнадцать"}, {Kind::Teen, 18, u"восемнадцать"},
    {Kind::Teen, 19, u"девятнадцать"}, {Kind::Tens, 20, u"двадцать"}, {Kind::Tens, 30, u"тридцать"},
};

// The scale words' other forms: тисячі/тисяч, мільйона/мільйонів, and the
// abbreviations; these count only after a number ("тисячі людей" alone is
// "thousands of people", no figure).
constexpr Row kScaleForms[] = {
    {Kind::Scale, 1e3, u"тисячі тисяч тисячам тисячами тисячах тис тысячи тысяч тысячам тысячами тысячах тыс"},
    {Kind::Scale, 1e6, u"мільйона мільйону мільйони мільйонів мільйонам мільйонами мільйонах млн миллиона "
                       u"миллиону миллионы миллионов миллионам миллионами миллионах"},
    {Kind::Scale, 1e9, u"мільярда мільярду мільярди мільярдів мільярдами млрд миллиарда миллиарду миллиарды "
                       u"миллиардов миллиардами"},
    {Kind::Scale, 1e12, u"трильйона трильйони трильйонів трлн триллиона триллионы триллионов"},
};

using Table = QHash<QString, CyrillicNumberWord>;

void addForms(Table &table, Kind kind, double value, QStringView forms, bool standsAlone)
{
    for (QStringView form : forms.tokenize(u' ', Qt::SkipEmptyParts))
        table.insert(CyrillicNumberWords::key(form), {kind, value, standsAlone});
}

Table buildTable()
{
    Table table;
    for (const Row &row : kRows)
        addForms(table, row.kind, row.value, QStringView(row.forms), true);
    for (const Row &row : kScaleForms)
        addForms(table, row.kind, row.value, QStringView(row.forms), false);
    for (const SoftNumeral &n : kSoftUkrainian) {
        const QString w = QString::fromUtf16(n.word);
        const QString stem = w.chopped(1); // п'ят
        addForms(table, n.kind, n.value,
                 QStringList{w, stem + u"и"_s, w + u"ох"_s, w + u"ом"_s, w + u"ма"_s, w + u"ома"_s}.join(u' '), true);
    }
    for (const SoftNumeral &n : kSoftRussian) {
        const QString w = QString::fromUtf16(n.word);
        addForms(table, n.kind, n.value, QStringList{w, w.chopped(1) + u"и"_s, w + u"ю"_s}.join(u' '), true);
    }
    return table;
}

const Table &numberTable()
{
    static const Table table = buildTable();
    return table;
}

} // namespace

namespace CyrillicNumberWords {

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u02bc' || c == u'\u2018';
}

qsizetype wordEnd(QStringView text, qsizetype i)
{
    qsizetype j = i;
    while (j < text.size()) {
        if (text[j].isLetter() && text[j] != u'\u02bc')
            ++j;
        else if (isApostrophe(text[j]) && j > i && j + 1 < text.size() && text[j + 1].isLetter())
            ++j;
        else
            break;
    }
    return j;
}

QStringView wordAt(QStringView t, qsizetype i)
{
    return t.mid(i, wordEnd(t, i) - i);
}

QStringView nextWord(QStringView t, qsizetype i, qsizetype *start)
{
    const qsizetype s = TextScan::skipSpaces(t, i);
    if (start)
        *start = s;
    return wordAt(t, s);
}

QStringView previousWordOf(QStringView t, qsizetype pos, bool pastFullStop)
{
    qsizetype e = pos;
    while (e > 0 && TextScan::isSpace(t[e - 1]))
        --e;
    if (pastFullStop && e > 0 && t[e - 1] == u'.') // an abbreviation: "вул.", "буд."
        --e;
    const qsizetype s = TextScan::wordStartBefore(t, e);
    return t.mid(s, e - s);
}

std::optional<VagueQuantity> vagueAt(QStringView text, qsizetype pos)
{
    const QStringView word = wordAt(text, pos);
    const CyrillicNumberWord *w = find(word);
    if (!w)
        return std::nullopt;
    qsizetype end = pos + word.size();
    double low = w->value;
    double spread = 10; // the high end over the low: tens are 10 to 100
    qsizetype next = 0;
    QStringView following = nextWord(text, end, &next);
    if (w->kind == Kind::Scale) {
        // "тисяча" is one thousand, "тис." and "млн" want a number before them
        if (w->standsAlone || word.size() <= 4)
            return std::nullopt;
        return VagueQuantity{end, w->value, w->value * spread};
    }
    if (w->kind == Kind::Several) {
        // "кілька сотень", "несколько тысяч"; "кілька людей" is no quantity
        const CyrillicNumberWord *of = find(following);
        if (!of || (of->kind != Kind::Scale && of->kind != Kind::Vague))
            return std::nullopt;
        low = w->value * of->value;
        spread = 3;
        end = next + following.size();
        following = nextWord(text, end, &next);
    } else if (w->kind != Kind::Vague) {
        return std::nullopt;
    }
    // "десятки тисяч", "сотні мільйонів": the scale multiplies both ends
    if (const CyrillicNumberWord *scale = find(following); scale && scale->kind == Kind::Scale && scale->value > low) {
        low *= scale->value;
        end = next + following.size();
    }
    return VagueQuantity{end, low, low * spread};
}

QString key(QStringView word)
{
    QString k = word.toString().toLower();
    for (QChar &c : k) {
        if (isApostrophe(c))
            c = u'\'';
        else if (c == u'ё')
            c = u'е';
    }
    return k;
}

bool isHalvedNoun(QStringView noun)
{
    static const QSet<QString> nouns = [] {
        QSet<QString> set;
        for (QStringView n : QStringView(u"години годину доби дня року місяця тижня хвилини літра кілограма метра "
                                         u"часа часу года суток месяца недели минуты литра килограмма")
                                 .tokenize(u' '))
            set.insert(n.toString());
        return set;
    }();
    return nouns.contains(key(noun));
}

const CyrillicNumberWord *find(QStringView word)
{
    const Table &table = numberTable();
    if (word.isEmpty() || word.size() > 16 || word[0].unicode() < 0x400)
        return nullptr;
    const auto it = table.constFind(key(word));
    return it == table.cend() ? nullptr : &*it;
}

} // namespace CyrillicNumberWords

bool CyrillicNumberWords::mayStartNumberStem(QStringView word)
{
    static const QSet<QString> starts = [] {
        QSet<QString> out;
        for (const QString &word : numberTable().keys())
            out.insert(word.left(3));
        // Stems that are no number word of their own: "дво-", "одно-", "двух-"
        for (const char16_t *stem : {u"дво", u"одн", u"дву", u"тре", u"трё", u"чет", u"пол", u"пів"})
            out.insert(QString::fromUtf16(stem));
        return out;
    }();
    return word.size() >= 3 && starts.contains(key(word.first(3)));
}

bool CyrillicNumberWords::isCurrencySign(QChar c, QString *code)
{
    static const std::pair<char16_t, const char16_t *> signs[] = {
        {u'$', u"USD"}, {u'€', u"EUR"}, {u'₴', u"UAH"}, {u'₽', u"RUB"}, {u'£', u"GBP"}};
    for (const auto &[sign, name] : signs)
        if (c == sign) {
            *code = QString::fromUtf16(name);
            return true;
        }
    return false;
}

bool CyrillicNumberWords::isCurrencyCode(QStringView word)
{
    return word.size() == 3 && TextScan::inList(word, {u"usd", u"eur", u"uah", u"rub", u"gbp"});
}

qsizetype CyrillicNumberWords::englishGroupsEnd(QStringView t, qsizetype pos, qsizetype digitsEnd)
{
    using TextScan::isAsciiLetter;
    using TextScan::isDigit;
    const auto groupEnd = [&](qsizetype at) -> qsizetype {
        qsizetype end = at + 1;
        while (end < t.size() && isDigit(t[end]))
            ++end;
        return at < t.size() && t[at] == u',' && end == at + 4 ? end : -1;
    };
    if (digitsEnd - pos > 3 || groupEnd(digitsEnd) < 0)
        return -1;
    qsizetype end = digitsEnd;
    int groups = 0;
    for (qsizetype next = groupEnd(end); next > 0; next = groupEnd(end)) {
        end = next;
        ++groups;
    }
    const auto latin = [](QStringView word) { return !word.isEmpty() && isAsciiLetter(word.front()); };
    return groups > 1 || latin(nextWord(t, end)) || latin(previousWordOf(t, pos)) ? end : -1;
}

} // namespace Claimbench
