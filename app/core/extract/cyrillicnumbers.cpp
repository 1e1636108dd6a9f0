#include "core/extract/cyrillicnumbers.h"

#include "core/extract/cyrillicnumberwords.h"
#include "core/extract/textscan.h"

#include <cmath>

namespace Claimbench {

using namespace Qt::StringLiterals;
using namespace TextScan;
using Kind = CyrillicNumberWord::Kind;
using CyrillicNumberWords::nextWord;
using CyrillicNumberWords::previousWordOf;
using CyrillicNumberWords::wordAt;
using CyrillicNumberWords::isCurrencySign;
using CyrillicNumberWords::isCurrencyCode;

namespace {

// One number as read so far, before the range and sign are applied.
struct Reading
{
    qsizetype start = 0;
    qsizetype end = 0;
    double value = 0;
    QString unit;
    bool inWords = false;
    bool plainDigits = false; // digits alone, no group, decimal, suffix
    bool scaled = false;
    double scale = 1;         // the scale word's multiplier, which a range's first end shares
    double vagueHigh = 0;     // a vague quantity's high end ("десятки тисяч": 10000 to 100000)
    int digitCount = 0;
    bool rejected = false;    // an ordinal, a time, a dotted date: skip to `end`
};

bool isRangeDash(QChar c) { return c == u'-' || c == u'\u2013' || c == u'\u2012'; }

// Endings an ordinal or a designation takes after digits and a hyphen ("2-й",
// "3-го", "24-та") or glued ("1а", "5ий"); the cardinal's own endings ("2-х",
// "5-ти") and an age ("47-річний", "35-летняя") are read as the number.
enum class DigitSuffix { Cardinal, Age, Ordinal, None };

DigitSuffix suffixKind(QStringView suffix, bool hyphenated)
{
    const QString s = CyrillicNumberWords::key(suffix);
    if (s.startsWith(u"летн"_s) || s.startsWith(u"річн"_s) || s.startsWith(u"літн"_s))
        return hyphenated ? DigitSuffix::Age : DigitSuffix::None;
    if (hyphenated && inList(s, {u"х", u"ух", u"ох", u"ех", u"ти", u"ми", u"ью", u"ьох", u"ьом"}))
        return DigitSuffix::Cardinal;
    if (hyphenated)
        return DigitSuffix::Ordinal;
    return inList(s, {u"а", u"я", u"е", u"й", u"ий", u"ій", u"ый", u"ой", u"го", u"ого", u"его", u"му", u"ому", u"ша",
                      u"га", u"ге", u"ше", u"та", u"ті", u"ту", u"ої", u"ую", u"ая", u"ое", u"ые", u"ых", u"ья",
                      u"ье", u"ей", u"ым", u"им"})
        ? DigitSuffix::Ordinal
        : DigitSuffix::None;
}

qsizetype digitsEnd(QStringView t, qsizetype i)
{
    while (i < t.size() && isDigit(t[i]))
        ++i;
    return i;
}

// Digits from `pos`: groups of three after a space ("1 226 420"), a decimal
// comma or point, a glued "к"/"М"/"млн", and the endings above.
Reading readDigits(QStringView t, qsizetype pos)
{
    Reading r;
    r.start = pos;
    qsizetype i = digitsEnd(t, pos);
    QString digits = t.sliced(pos, i - pos).toString();
    bool grouped = false;
    if (i - pos <= 3) {
        while (i + 3 < t.size() && isSpace(t[i]) && t[i] != u'\t' && digitsEnd(t, i + 1) == i + 4) {
            digits += t.sliced(i + 1, 3);
            i += 4;
            grouped = true;
        }
    }
    r.value = digits.toDouble();
    r.digitCount = int(digits.size());
    r.plainDigits = !grouped;
    if (i + 1 < t.size() && t[i] == u'.' && isDigit(t[i + 1]) && i - pos == 2 && t[pos] == u'0') {
        r.end = digitsEnd(t, i + 1); // "01.10", "09.00": a day and month or a time, never a decimal
        r.rejected = true;
        return r;
    }
    if (const qsizetype groupsEnd = grouped ? -1 : CyrillicNumberWords::englishGroupsEnd(t, pos, i); groupsEnd > 0) {
        for (qsizetype k = i; k < groupsEnd; k += 4)
            digits += t.sliced(k + 1, 3);
        r.value = digits.toDouble();
        r.digitCount = int(digits.size());
        r.plainDigits = false;
        i = groupsEnd;
        grouped = true;
    }
    if (i + 1 < t.size() && (t[i] == u',' || t[i] == u'.') && isDigit(t[i + 1])) {
        const qsizetype fracEnd = digitsEnd(t, i + 1);
        const bool chained = fracEnd + 1 < t.size() && (t[fracEnd] == u',' || t[fracEnd] == u'.')
            && isDigit(t[fracEnd + 1]);
        if (chained && t[i] == u'.') { // a dotted date or version: "12.06.2017", "1.2.3"
            qsizetype k = fracEnd;
            while (k + 1 < t.size() && t[k] == u'.' && isDigit(t[k + 1]))
                k = digitsEnd(t, k + 1);
            r.end = k;
            r.rejected = true;
            return r;
        }
        if (!chained && !(t[i] == u'.' && grouped)) {
            r.value = QString(digits + u'.' + t.sliced(i + 1, fracEnd - i - 1)).toDouble();
            r.plainDigits = false;
            i = fracEnd;
        }
    }
    r.end = i;
    if (i + 1 < t.size() && t[i] == u':' && isDigit(t[i + 1])) { // a time: "10:30"
        r.end = digitsEnd(t, i + 1);
        r.rejected = true;
        return r;
    }
    if (i + 1 < t.size() && isDigit(t[i + 1]) && (t[i] == u'/' || (t[i] == u'-' && [&] {
            const qsizetype second = digitsEnd(t, i + 1);
            return second + 1 < t.size() && t[second] == u'-' && isDigit(t[second + 1]);
        }()))) { // "1/3 території" is a third; "24/7", "1/2/3" and a phone number "123-45-67" are no number
        qsizetype k = i;
        while (k + 1 < t.size() && (t[k] == u'/' || t[k] == u'-') && isDigit(t[k + 1]))
            k = digitsEnd(t, k + 1);
        const double denominator = t.sliced(i + 1, k - i - 1).toDouble(); // of a single fraction
        r.end = k;
        r.rejected = !(t[i] == u'/' && i - pos == 1 && k == digitsEnd(t, i + 1) && k - i <= 3 && denominator > r.value);
        r.value = std::round(r.value / denominator * 1000) / 1000; // three decimals, as "третина" is 0.333
        r.plainDigits = false;
        return r;
    }
    const bool hyphen = i + 1 < t.size() && t[i] == u'-' && isLetter(t[i + 1]);
    if (hyphen || (i < t.size() && isLetter(t[i]))) {
        const qsizetype suffixStart = hyphen ? i + 1 : i;
        const QStringView suffix = wordAt(t, suffixStart);
        const qsizetype suffixEnd = suffixStart + suffix.size();
        const CyrillicNumberWord *scale = hyphen ? nullptr : CyrillicNumberWords::find(suffix);
        // "3М-14", "3М22" are missiles' names, not three million
        const bool suffixEndsToken = suffixEnd == t.size() || !(isDigit(t[suffixEnd]) || t[suffixEnd] == u'-');
        if (!hyphen && suffixEndsToken && (inList(suffix, {u"к", u"k"}) || suffix == u"М" || suffix == u"Г")) {
            r.scale = suffix == u"М" ? 1e6 : suffix == u"Г" ? 1e9 : 1e3; // upper case: "м" and "г" are metres and grams
            r.value *= r.scale;
            r.end = suffixEnd;
            r.scaled = true;
            r.plainDigits = false;
        } else if (!hyphen && !suffixEndsToken) { // a designation: "3М-14", "2С19"
            r.end = suffixEnd;
            r.rejected = true;
        } else if (scale && scale->kind == Kind::Scale) {
            r.scale = scale->value;
            r.value *= r.scale;
            r.end = suffixEnd;
            r.scaled = true;
            r.plainDigits = false;
        } else {
            switch (suffixKind(suffix, hyphen)) {
            case DigitSuffix::Age:
                r.unit = CyrillicNumberWords::key(suffix).startsWith(u"летн"_s) ? u"лет"_s : u"років"_s;
                [[fallthrough]];
            case DigitSuffix::Cardinal:
                r.end = suffixEnd;
                r.plainDigits = false;
                break;
            case DigitSuffix::Ordinal:
                r.end = suffixEnd;
                r.rejected = true;
                break;
            case DigitSuffix::None:
                break;
            }
        }
    }
    return r;
}

// Half glued to its measure: "півгодини", "полчаса", "пол-литра",
// "півмільйона"; the measure is the number's unit.
std::optional<Reading> readHalfWord(QStringView t, qsizetype pos)
{
    const QStringView word = wordAt(t, pos);
    if (word.size() < 3 || !inList(word.first(3), {u"пів", u"пол"}))
        return std::nullopt;
    qsizetype nounStart = pos + 3;
    if (word.size() == 3 && nounStart + 1 < t.size() && t[nounStart] == u'-')
        ++nounStart;
    const QStringView noun = wordAt(t, nounStart);
    Reading r;
    r.start = pos;
    r.end = nounStart + noun.size();
    r.inWords = true;
    r.value = 0.5;
    if (const CyrillicNumberWord *scale = CyrillicNumberWords::find(noun); scale && scale->kind == Kind::Scale) {
        r.scale = scale->value;
        r.value *= scale->value;
        r.scaled = true;
    } else if (CyrillicNumberWords::isHalvedNoun(noun)) {
        r.unit = noun.toString().toLower();
    } else {
        return std::nullopt;
    }
    return r;
}

// A number and its measure in one adjective: "однорічна", "шестилетний",
// "двухдневный", "п'ятиденний", "двогодинний": the number's genitive stem
// and the measure's root, read as "47-річний" is in digits; the unit is the
// measure in the genitive plural.
std::optional<Reading> readAgeWord(QStringView t, qsizetype pos)
{
    static const std::pair<std::u16string_view, std::u16string_view> measures[] = {
        {u"річн", u"років"}, {u"літн", u"років"}, {u"летн", u"лет"}, {u"денн", u"днів"}, {u"дневн", u"дней"},
        {u"тижнев", u"тижнів"}, {u"недельн", u"недель"}, {u"місячн", u"місяців"}, {u"месячн", u"месяцев"},
        {u"годинн", u"годин"}, {u"часов", u"часов"}, {u"хвилинн", u"хвилин"}, {u"минутн", u"минут"}};
    const QStringView word = wordAt(t, pos);
    if (word.size() < 7 || !CyrillicNumberWords::mayStartNumberStem(word))
        return std::nullopt;
    for (const auto &[root, unit] : measures) {
        const qsizetype at = word.indexOf(QStringView(root.data(), qsizetype(root.size())), 3, Qt::CaseInsensitive);
        if (at < 3)
            continue;
        const QString stem = CyrillicNumberWords::key(word.first(at));
        const CyrillicNumberWord *w = CyrillicNumberWords::find(stem);
        const bool two = stem == u"дво"_s || stem == u"двох"_s || stem == u"двух"_s;
        if (!two && (!w || w->kind == Kind::Scale || w->kind > Kind::Hundreds))
            return std::nullopt;
        Reading r;
        r.start = pos;
        r.end = pos + word.size();
        r.inWords = true;
        r.value = two ? 2 : w->value;
        r.unit = QStringView(unit.data(), qsizetype(unit.size())).toString();
        return r;
    }
    return std::nullopt;
}

// Number words from `pos`: "двадцять п'ять", "сто сорок два", "дві тисячі
// п'ятсот", "півтори тисячі", "пів мільйона", "третина", "утричі".
std::optional<Reading> readWords(QStringView t, qsizetype pos)
{
    Reading r;
    r.start = pos;
    r.inWords = true;
    QStringView word = wordAt(t, pos);
    const CyrillicNumberWord *w = CyrillicNumberWords::find(word);
    if (!w)
        return readHalfWord(t, pos).or_else([&] { return readAgeWord(t, pos); });
    r.end = pos + word.size();
    if (const std::optional<CyrillicNumberWords::VagueQuantity> vague = CyrillicNumberWords::vagueAt(t, pos)) {
        r.end = vague->end;
        r.value = vague->low;
        r.vagueHigh = vague->high;
        r.scaled = true;
        return r;
    }
    switch (w->kind) {
    case Kind::Fraction:
    case Kind::Collective:
        r.value = w->value;
        return r;
    case Kind::Multiplier:
        r.value = w->value;
        r.unit = u"times"_s;
        return r;
    case Kind::Minus:
    case Kind::Several:
        return std::nullopt;
    case Kind::Half: {
        qsizetype next = 0;
        const QStringView scaleWord = nextWord(t, r.end, &next);
        const CyrillicNumberWord *scale = CyrillicNumberWords::find(scaleWord);
        if (scale && scale->kind == Kind::Scale) {
            r.scale = scale->value;
            r.value = 0.5 * scale->value;
            r.end = next + scaleWord.size();
            r.scaled = true;
            return r;
        }
        // "пол" alone is a floor or a sex: half only before a scale or a measure
        if (CyrillicNumberWords::key(word) == u"пол"_s && !CyrillicNumberWords::isHalvedNoun(scaleWord))
            return readHalfWord(t, pos);
        r.value = 0.5;
        return r;
    }
    default:
        break;
    }
    double total = 0;
    double group = 0;
    int slot = 4;             // hundreds 3, tens 2, digits and teens 1: each group descends
    double lastScale = 1e15;
    qsizetype i = pos;
    while (true) {
        word = wordAt(t, i);
        w = CyrillicNumberWords::find(word);
        if (!w)
            break;
        const int wordSlot = w->kind == Kind::Hundreds ? 3 : w->kind == Kind::Tens ? 2
            : (w->kind == Kind::Digit || w->kind == Kind::Teen) ? 1 : 0;
        if (wordSlot > 0) {
            if (wordSlot >= slot || (w->kind == Kind::Teen && slot == 2 && group > 0))
                break;
            group += w->value;
            slot = w->kind == Kind::Teen || w->kind == Kind::Digit ? 1 : wordSlot;
        } else if (w->kind == Kind::OneAndHalf && i == pos) {
            group = w->value;
            slot = 1;
        } else if (w->kind == Kind::Scale && w->value < lastScale && (group > 0 || (i == pos && w->standsAlone))) {
            total += (group > 0 ? group : 1) * w->value;
            group = 0;
            slot = 4;
            lastScale = w->value;
            r.scale = w->value;
            r.scaled = true;
        } else if (w->kind == Kind::Vague && i > pos && group > 0 && group < 10 && slot == 1) {
            group *= w->value; // "дві сотні" 200, "два десятки" 20: counted tens and hundreds
            slot = w->value >= 100 ? 3 : 2;
        } else if (w->kind == Kind::Fraction && i > pos && group > 0 && slot == 1 && total == 0) {
            group *= w->value; // "дві третини", "три четверти"
            slot = 0;
        } else {
            break;
        }
        r.end = i + word.size();
        qsizetype next = 0;
        const QStringView following = nextWord(t, r.end, &next);
        // "два з половиною", "три с половиной"
        if (slot == 1 && inList(following, {u"з", u"із", u"с"})) {
            qsizetype halfStart = 0;
            const QStringView half = nextWord(t, next + following.size(), &halfStart);
            if (inList(half, {u"половиною", u"половиной"})) {
                group += 0.5;
                slot = 0;
                r.end = halfStart + half.size();
                i = skipSpaces(t, r.end);
                continue;
            }
        }
        i = next;
        if (following.isEmpty())
            break;
    }
    if (r.end == pos)
        return std::nullopt;
    r.value = total + group;
    return r;
}

// The scale word, percent, currency or "рази" after a number, which its
// span takes in.
void readTail(QStringView t, Reading &r)
{
    qsizetype next = 0;
    QStringView word = nextWord(t, r.end, &next);
    if (!r.scaled && r.unit.isEmpty() && std::floor(r.value) == r.value && inList(word, {u"крапка", u"точка"})) {
        // a decimal said in words: "один крапка п'ять", "1 точка 1"
        const qsizetype fraction = skipSpaces(t, next + word.size());
        const std::optional<Reading> decimals = fraction >= t.size() ? std::nullopt
            : isDigit(t[fraction])                                   ? std::optional(readDigits(t, fraction))
                                                                     : readWords(t, fraction);
        if (decimals && !decimals->rejected && !decimals->scaled && decimals->value >= 1) {
            r.value += decimals->value / std::pow(10.0, std::floor(std::log10(decimals->value)) + 1);
            r.end = decimals->end;
            r.plainDigits = false;
            word = nextWord(t, r.end, &next);
        }
    }
    if (!r.scaled && r.unit.isEmpty()) {
        if (const CyrillicNumberWord *scale = CyrillicNumberWords::find(word); scale && scale->kind == Kind::Scale) {
            const bool wholeThousands = r.plainDigits && scale->value == 1e3;
            r.scale = scale->value;
            r.value *= scale->value;
            r.end = next + word.size();
            r.scaled = true;
            r.plainDigits = false;
            if (r.end < t.size() && t[r.end] == u'.' && inList(word, {u"тис", u"тыс"}))
                ++r.end;
            word = nextWord(t, r.end, &next);
            // the hundreds after the thousands: "193 тис. 175", "5 тис. 027"
            const qsizetype hundreds = next < t.size() ? digitsEnd(t, next) - next : 0;
            if (wholeThousands && hundreds >= 1 && hundreds <= 3
                && (next + hundreds == t.size() || !isLetter(t[next + hundreds]))
                && !(next + hundreds + 1 < t.size() && (t[next + hundreds] == u',' || t[next + hundreds] == u'.')
                     && isDigit(t[next + hundreds + 1]))) {
                r.value += t.sliced(next, hundreds).toDouble();
                r.end = next + hundreds;
                word = nextWord(t, r.end, &next);
            }
        }
    }
    if (!r.unit.isEmpty())
        return;
    const QString key = CyrillicNumberWords::key(word);
    QString code;
    if (next < t.size() && t[next] == u'%') {
        r.unit = u"%"_s;
        r.end = next + 1;
    } else if (key.startsWith(u"відсот"_s) || key.startsWith(u"процент"_s)) {
        r.unit = u"%"_s;
        r.end = next + word.size();
    } else if (next < t.size() && isCurrencySign(t[next], &code)) {
        r.unit = code;
        r.end = next + 1;
    } else if (isCurrencyCode(word)) {
        r.unit = word.toString().toUpper();
        r.end = next + word.size();
    } else if (inList(key, {u"раз", u"рази", u"раза", u"разів"})
               && (inList(previousWordOf(t, r.start), {u"в", u"у", u"во"}) || (r.start > 0 && isRangeDash(t[r.start - 1])))) {
        r.unit = u"times"_s;
        r.end = next + word.size();
    } else {
        return;
    }
    r.plainDigits = false;
}

std::optional<Reading> readSingle(QStringView t, qsizetype pos)
{
    std::optional<Reading> r;
    if (isDigit(t[pos]))
        r = readDigits(t, pos);
    else
        r = readWords(t, pos);
    if (r && !r->rejected && r->unit != u"times" && !(r->inWords && r->value < 1 && !r->scaled))
        readTail(t, *r);
    return r;
}

// A one written alone as a pronoun: "одна з", "один із", "одного з них",
// "один одного". Where the pronoun ends, or -1.
qsizetype pronounOneEnd(QStringView t, const Reading &r)
{
    if (!r.inWords || r.value != 1 || r.scaled || r.end - r.start > 7)
        return -1;
    qsizetype nextStart = 0;
    const QStringView next = nextWord(t, r.end, &nextStart);
    if (inList(next, {u"з", u"із", u"зі", u"из", u"изо", u"со"}))
        return r.end;
    const CyrillicNumberWord *w = CyrillicNumberWords::find(next);
    return w && w->kind == Kind::Digit && w->value == 1 ? nextStart + next.size() : -1;
}

// A compound ordinal: the cardinal words before an ordinal ("двадцять
// перший", "сорок восьмое"); where the ordinal ends, or -1.
qsizetype compoundOrdinalEnd(QStringView t, const Reading &r)
{
    if (!r.inWords || r.scaled)
        return -1;
    qsizetype nextStart = 0;
    const QStringView next = nextWord(t, r.end, &nextStart);
    if (next.size() < 4 || CyrillicNumberWords::find(next))
        return -1;
    const QString k = CyrillicNumberWords::key(next);
    for (QStringView stem : {u"перш", u"перв", u"друг", u"втор", u"трет", u"четверт", u"п'ят", u"пят", u"шост", u"шест",
                             u"сьом", u"седьм", u"восьм", u"дев'ят", u"девят", u"десят"})
        if (k.startsWith(stem))
            return nextStart + next.size();
    return -1;
}

// The other end of a range: "400–500", "400-500 тисяч", "від 400 до 500",
// "от 400 до 500", "двох-трьох".
void readRange(QStringView t, Reading &r, ParsedNumber &n)
{
    qsizetype i = skipSpaces(t, r.end);
    qsizetype secondStart = -1;
    if (i < t.size() && isRangeDash(t[i]) && (t[i] != u'-' || i == r.end)) {
        const qsizetype s = skipSpaces(t, i + 1);
        if (s < t.size() && (isDigit(t[s]) == !r.inWords))
            secondStart = s;
    } else {
        // "від ... до", "от ... до" bound a range; "з 13% до 15%", "с 16% до
        // 18%" and "між 805 і 810" compare two figures (a change, a gap)
        const bool fromTo = inList(previousWordOf(t, r.start), {u"від", u"од", u"от"});
        qsizetype s = 0;
        const QStringView link = nextWord(t, r.end, &s);
        if (fromTo && link == u"до")
            secondStart = skipSpaces(t, s + link.size());
    }
    if (secondStart < 0 || secondStart >= t.size())
        return;
    std::optional<Reading> high = readSingle(t, secondStart);
    if (!high || high->rejected || high->inWords != r.inWords)
        return;
    const bool years = r.plainDigits && high->plainDigits && r.digitCount == 4 && high->digitCount == 4;
    // the second's scale word counts for both ends: "400-500 тисяч", "від 1,2 до 1,5 млн"
    const double low = r.scaled ? r.value : r.value * high->scale;
    if (years || high->value <= low)
        return;
    if (r.unit.isEmpty() && (high->unit != u"times" || inList(previousWordOf(t, r.start), {u"в", u"у", u"во"})))
        r.unit = high->unit; // "у 2-3 рази"
    n.low = low;
    n.high = high->value;
    r.value = low;
    r.end = high->end;
    r.plainDigits = false;
}

} // namespace

std::optional<ParsedNumber> CyrillicNumberParser::parseAt(QStringView text, qsizetype pos, qsizetype *skipTo) const
{
    const qsizetype start = pos;
    if (skipTo)
        *skipTo = pos + 1;
    QString currency;
    bool negative = false;
    bool signedChange = false;
    qsizetype i = pos;
    if (isCurrencySign(text[i], &currency)) {
        i = skipSpaces(text, i + 1);
    } else if (isLetter(text[i]) && isCurrencyCode(wordAt(text, i))) {
        currency = wordAt(text, i).toString().toUpper();
        i = skipSpaces(text, i + 3);
    } else if (text[i] == u'+' || text[i] == u'-' || text[i] == u'\u2212') {
        negative = text[i] != u'+';
        signedChange = text[i] == u'+' || (i > 0 && text[i - 1] == u'(');
        ++i;
    } else if (const CyrillicNumberWord *w = CyrillicNumberWords::find(wordAt(text, i)); w && w->kind == Kind::Minus) {
        negative = true;
        i = skipSpaces(text, i + wordAt(text, i).size());
    }
    const bool leadingPoint = i + 1 < text.size() && text[i] == u'.' && isDigit(text[i + 1]);
    if (i >= text.size() || (!isDigit(text[i]) && !leadingPoint && (!currency.isEmpty() || (i == pos + 1 && !isLetter(text[i])))))
        return std::nullopt;
    std::optional<Reading> r;
    if (text[i] == u'.') { // ".77": a decimal without its leading zero
        r = readDigits(text, i + 1);
        r->value = QString(u"0."_s + text.sliced(i + 1, digitsEnd(text, i + 1) - i - 1)).toDouble() * r->scale;
        r->start = i;
        r->plainDigits = false;
    } else {
        r = readSingle(text, i);
    }
    if (!r)
        return std::nullopt;
    const qsizetype pronounEnd = std::max(pronounOneEnd(text, *r), compoundOrdinalEnd(text, *r));
    if (r->rejected || pronounEnd >= 0) {
        if (skipTo)
            *skipTo = std::max({r->end, pronounEnd, pos + 1});
        return std::nullopt;
    }
    ParsedNumber n;
    if (r->vagueHigh > 0) {
        n.low = r->value;
        n.high = r->vagueHigh;
        n.vague = true;
    } else if (!negative && !signedChange) {
        readRange(text, *r, n);
    }
    n.start = int(start);
    n.end = int(r->end);
    n.value = negative ? -r->value : r->value;
    n.unit = currency.isEmpty() ? r->unit : currency;
    n.inWords = r->inWords;
    n.signedChange = signedChange;
    n.bareInteger = r->plainDigits && currency.isEmpty() && !negative && !signedChange && r->unit.isEmpty();
    n.digitCount = n.bareInteger ? r->digitCount : 0;
    return n;
}

bool CyrillicNumberParser::mayStart(QStringView text, qsizetype pos)
{
    const QChar c = text[pos];
    const bool afterWordOrDigit = pos > 0 && (isDigit(text[pos - 1]) || isLetter(text[pos - 1]));
    if (isDigit(c))
        return !afterWordOrDigit && !(pos > 1 && (text[pos - 1] == u',' || text[pos - 1] == u'.') && isDigit(text[pos - 2]));
    QString code;
    if (c == u'.')
        return (pos == 0 || isSpace(text[pos - 1])) && pos + 1 < text.size() && isDigit(text[pos + 1]);
    if (c == u'+' || c == u'-' || c == u'\u2212' || isCurrencySign(c, &code)) {
        const qsizetype next = isCurrencySign(c, &code) ? skipSpaces(text, pos + 1) : pos + 1;
        return !afterWordOrDigit && next < text.size()
            && (isDigit(text[next]) || (text[next] == u'.' && next + 1 < text.size() && isDigit(text[next + 1])));
    }
    if (!isLetter(c) || afterWordOrDigit)
        return false;
    const QStringView word = wordAt(text, pos);
    if (isCurrencyCode(word)) {
        const qsizetype next = skipSpaces(text, pos + 3);
        return next < text.size() && isDigit(text[next]);
    }
    return CyrillicNumberWords::find(word) != nullptr || readHalfWord(text, pos) || readAgeWord(text, pos);
}

} // namespace Claimbench
