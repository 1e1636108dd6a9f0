#include "core/extract/numberparser.h"

#include "core/extract/textscan.h"
#include "core/extract/unitdetector.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>
#include <string_view>
#include <unordered_map>

namespace Claimbench {

using namespace TextScan;

namespace {

// First: "first(s)", only a denominator inside a compound ("one twenty-first");
// alone it is an ordinal.
enum class WordKind { Unit, Teen, Tens, Hundred, Scale, Dozen, Half, Denominator, First, Article, Vague, Several, Pair, And, In, Point, Minus };

struct WordInfo
{
    WordKind kind;
    double value;
    bool plural = false; // "thirds", "quarters": a fraction with a count above one
};

const std::unordered_map<std::u16string_view, WordInfo> &numberWords()
{
    static const std::unordered_map<std::u16string_view, WordInfo> table = {
        {u"zero", {WordKind::Unit, 0}}, {u"naught", {WordKind::Unit, 0}}, {u"nought", {WordKind::Unit, 0}},
        {u"one", {WordKind::Unit, 1}}, {u"two", {WordKind::Unit, 2}}, {u"three", {WordKind::Unit, 3}},
        {u"four", {WordKind::Unit, 4}}, {u"five", {WordKind::Unit, 5}}, {u"six", {WordKind::Unit, 6}},
        {u"seven", {WordKind::Unit, 7}}, {u"eight", {WordKind::Unit, 8}}, {u"nine", {WordKind::Unit, 9}},
        {u"ten", {WordKind::Teen, 10}}, {u"eleven", {WordKind::Teen, 11}}, {u"twelve", {WordKind::Teen, 12}},
        {u"thirteen", {WordKind::Teen, 13}}, {u"fourteen", {WordKind::Teen, 14}},
        {u"fifteen", {WordKind::Teen, 15}}, {u"sixteen", {WordKind::Teen, 16}},
        {u"seventeen", {WordKind::Teen, 17}}, {u"eighteen", {WordKind::Teen, 18}},
        {u"nineteen", {WordKind::Teen, 19}}, {u"twenty", {WordKind::Tens, 20}}, {u"thirty", {WordKind::Tens, 30}},
        {u"forty", {WordKind::Tens, 40}}, {u"fourty", {WordKind::Tens, 40}}, {u"fifty", {WordKind::Tens, 50}},
        {u"sixty", {WordKind::Tens, 60}}, {u"seventy", {WordKind::Tens, 70}}, {u"eighty", {WordKind::Tens, 80}},
        {u"ninety", {WordKind::Tens, 90}}, {u"hundred", {WordKind::Hundred, 100}},
        {u"thousand", {WordKind::Scale, 1e3}}, {u"million", {WordKind::Scale, 1e6}},
        {u"billion", {WordKind::Scale, 1e9}}, {u"trillion", {WordKind::Scale, 1e12}},
        // South Asian scales, used by Indian and Pakistani news in English.
        {u"lakh", {WordKind::Scale, 1e5}}, {u"lakhs", {WordKind::Scale, 1e5}},
        {u"crore", {WordKind::Scale, 1e7}}, {u"crores", {WordKind::Scale, 1e7}},
        {u"lac", {WordKind::Scale, 1e5}}, {u"lacs", {WordKind::Scale, 1e5}}, {u"lkh", {WordKind::Scale, 1e5}},
        {u"lkhs", {WordKind::Scale, 1e5}}, {u"cr", {WordKind::Scale, 1e7}}, {u"krore", {WordKind::Scale, 1e7}},
        {u"krores", {WordKind::Scale, 1e7}}, {u"koti", {WordKind::Scale, 1e7}},
        {u"dozen", {WordKind::Dozen, 12}}, {u"doz", {WordKind::Dozen, 12}}, {u"dozs", {WordKind::Dozen, 12}},
        {u"dz", {WordKind::Dozen, 12}}, {u"dzs", {WordKind::Dozen, 12}}, {u"half", {WordKind::Half, 0.5}},
        {u"halves", {WordKind::Denominator, 2, true}}, {u"third", {WordKind::Denominator, 3}},
        {u"thirds", {WordKind::Denominator, 3, true}}, {u"quarter", {WordKind::Denominator, 4}},
        {u"quarters", {WordKind::Denominator, 4, true}}, {u"fifth", {WordKind::Denominator, 5}},
        {u"fifths", {WordKind::Denominator, 5, true}}, {u"sixth", {WordKind::Denominator, 6}},
        {u"sixths", {WordKind::Denominator, 6, true}}, {u"eighth", {WordKind::Denominator, 8}},
        {u"eighths", {WordKind::Denominator, 8, true}}, {u"tenth", {WordKind::Denominator, 10}},
        {u"tenths", {WordKind::Denominator, 10, true}}, {u"fourths", {WordKind::Denominator, 4, true}},
        {u"sevenths", {WordKind::Denominator, 7, true}}, {u"ninths", {WordKind::Denominator, 9, true}},
        {u"hundredths", {WordKind::Denominator, 100, true}}, {u"thousandths", {WordKind::Denominator, 1000, true}},
        {u"fourth", {WordKind::Denominator, 4}}, {u"seventh", {WordKind::Denominator, 7}},
        {u"ninth", {WordKind::Denominator, 9}}, {u"hundredth", {WordKind::Denominator, 100}},
        {u"thousandth", {WordKind::Denominator, 1000}},
        {u"millionth", {WordKind::Denominator, 1e6}}, {u"millionths", {WordKind::Denominator, 1e6, true}},
        {u"billionth", {WordKind::Denominator, 1e9}}, {u"billionths", {WordKind::Denominator, 1e9, true}},
        {u"trillionth", {WordKind::Denominator, 1e12}}, {u"trillionths", {WordKind::Denominator, 1e12, true}},
        {u"eleventh", {WordKind::Denominator, 11}}, {u"elevenths", {WordKind::Denominator, 11, true}},
        {u"twelfth", {WordKind::Denominator, 12}}, {u"twelfths", {WordKind::Denominator, 12, true}},
        {u"thirteenth", {WordKind::Denominator, 13}}, {u"thirteenths", {WordKind::Denominator, 13, true}},
        {u"fourteenth", {WordKind::Denominator, 14}}, {u"fourteenths", {WordKind::Denominator, 14, true}},
        {u"fifteenth", {WordKind::Denominator, 15}}, {u"fifteenths", {WordKind::Denominator, 15, true}},
        {u"sixteenth", {WordKind::Denominator, 16}}, {u"sixteenths", {WordKind::Denominator, 16, true}},
        {u"seventeenth", {WordKind::Denominator, 17}}, {u"seventeenths", {WordKind::Denominator, 17, true}},
        {u"eighteenth", {WordKind::Denominator, 18}}, {u"eighteenths", {WordKind::Denominator, 18, true}},
        {u"nineteenth", {WordKind::Denominator, 19}}, {u"nineteenths", {WordKind::Denominator, 19, true}},
        {u"twentieth", {WordKind::Denominator, 20}}, {u"twentieths", {WordKind::Denominator, 20, true}},
        {u"thirtieth", {WordKind::Denominator, 30}}, {u"thirtieths", {WordKind::Denominator, 30, true}},
        {u"fortieth", {WordKind::Denominator, 40}}, {u"fortieths", {WordKind::Denominator, 40, true}},
        {u"fiftieth", {WordKind::Denominator, 50}}, {u"fiftieths", {WordKind::Denominator, 50, true}},
        {u"sixtieth", {WordKind::Denominator, 60}}, {u"sixtieths", {WordKind::Denominator, 60, true}},
        {u"seventieth", {WordKind::Denominator, 70}}, {u"seventieths", {WordKind::Denominator, 70, true}},
        {u"eightieth", {WordKind::Denominator, 80}}, {u"eightieths", {WordKind::Denominator, 80, true}},
        {u"ninetieth", {WordKind::Denominator, 90}}, {u"ninetieths", {WordKind::Denominator, 90, true}},
        {u"first", {WordKind::First, 1}}, {u"firsts", {WordKind::First, 1, true}},
        {u"a", {WordKind::Article, 1}}, {u"an", {WordKind::Article, 1}},
        {u"tens", {WordKind::Vague, 10}}, {u"dozens", {WordKind::Vague, 12}},
        {u"hundreds", {WordKind::Vague, 100}}, {u"thousands", {WordKind::Vague, 1e3}},
        {u"millions", {WordKind::Vague, 1e6}}, {u"billions", {WordKind::Vague, 1e9}},
        {u"several", {WordKind::Several, 3}}, {u"few", {WordKind::Several, 2}},
        {u"couple", {WordKind::Pair, 2}}, {u"pair", {WordKind::Pair, 2}},
        {u"and", {WordKind::And, 0}}, {u"in", {WordKind::In, 0}}, {u"out", {WordKind::In, 1}}, {u"point", {WordKind::Point, 0}},
        {u"minus", {WordKind::Minus, -1}}, {u"negative", {WordKind::Minus, -1}},
    };
    return table;
}

// Looks up the word starting at i; `end` receives its end.
const WordInfo *wordAt(QStringView t, qsizetype i, qsizetype *end)
{
    if (i >= t.size() || !isAsciiLetter(t[i]) || (i > 0 && isLetter(t[i - 1])))
        return nullptr;
    // The extractor asks about every word of the text: a table of the lengths
    // number words have per first two letters turns most words away before
    // they are measured, and most of the rest before they are folded and hashed.
    static const KeywordSieve sieve(numberWords());
    const QChar second = i + 1 < t.size() ? t[i + 1] : QChar();
    if (!sieve.mayStartWith(t[i], isAsciiLetter(second) ? second : QChar()))
        return nullptr;
    qsizetype j = i + 1;
    while (j < t.size() && isAsciiLetter(t[j]))
        ++j;
    constexpr qsizetype longest = 12;
    if (j - i > longest || (j < t.size() && (isLetter(t[j]) || isDigit(t[j]))))
        return nullptr;
    if (!sieve.mayContain(t.mid(i, j - i)))
        return nullptr;
    char16_t buffer[longest];
    for (qsizetype k = i; k < j; ++k) {
        const char16_t c = t[k].unicode();
        buffer[k - i] = c <= u'Z' ? char16_t(c + 32) : c;
    }
    const auto &table = numberWords();
    const auto it = table.find(std::u16string_view(buffer, std::size_t(j - i)));
    if (it == table.end())
        return nullptr;
    *end = j;
    return &it->second;
}

// The next number word after `from`, separated by spaces or a hyphen (also a
// spaced one, "fifty - two"); `hyphenated` (if given) tells which.
const WordInfo *nextWord(QStringView t, qsizetype from, qsizetype *start, qsizetype *end, bool allowHyphen = true,
                         bool *hyphenated = nullptr)
{
    if (from >= t.size())
        return nullptr;
    const QChar sep = t[from];
    if (hyphenated)
        *hyphenated = sep == u'-';
    if (allowHyphen && sep == u' ' && from + 2 < t.size() && t[from + 1] == u'-' && t[from + 2] == u' ') {
        if (hyphenated)
            *hyphenated = true;
        *start = from + 3;
        return wordAt(t, from + 3, end);
    }
    if (sep == u' ') {
        // Runs of spaces (justified or copy-pasted text) still join words.
        qsizetype s = from + 1;
        while (s < t.size() && s - from < 4 && t[s] == u' ')
            ++s;
        *start = s;
        return wordAt(t, s, end);
    }
    if (!(allowHyphen && sep == u'-'))
        return nullptr;
    *start = from + 1;
    return wordAt(t, from + 1, end);
}

// ISO 4217 codes of the currencies news reports amounts in ("CAD 3.03",
// "42 MYR", "SEK 2m"). Only read next to digits.
bool isCurrencyCode(QStringView w)
{
    static constexpr std::u16string_view codes[] = {
        u"AED", u"ARS", u"AUD", u"BRL", u"BTC", u"CAD", u"CHF", u"CLP", u"CNY", u"COP", u"CZK", u"DKK", u"EGP",
        u"EUR", u"GBP", u"HKD", u"HUF", u"IDR", u"ILS", u"INR", u"IRR", u"JPY", u"KES", u"KRW", u"KZT", u"MXN",
        u"MYR", u"NGN", u"NOK", u"NZD", u"PHP", u"PKR", u"PLN", u"QAR", u"RUB", u"SAR", u"SEK", u"SGD", u"THB",
        u"TWD", u"UAH", u"USD", u"VND", u"ZAR",
    };
    if (w.size() != 3)
        return false;
    const std::u16string_view v(w.utf16(), 3);
    return std::binary_search(std::begin(codes), std::end(codes), v);
}

double currencySymbolAt(QStringView t, qsizetype i, qsizetype *end, QString *unit)
{
    static const struct { std::u16string_view text; std::u16string_view code; } symbols[] = {
        {u"US$", u"USD"}, {u"C$", u"CAD"}, {u"A$", u"AUD"}, {u"HK$", u"HKD"}, {u"NZ$", u"NZD"}, {u"S$", u"SGD"},
        {u"R$", u"BRL"}, {u"Rs.", u"INR"}, {u"Rs", u"INR"}, {u"RM", u"MYR"}, {u"$", u"USD"}, {u"€", u"EUR"}, {u"£", u"GBP"}, {u"₴", u"UAH"}, {u"¥", u"JPY"},
        {u"₽", u"RUB"}, {u"₹", u"INR"},
    };
    // Most capitalised words are not currency codes: "The" has a lower-case
    // second letter ("Rs", rupees, is the exception).
    if (isAsciiLetter(t[i])
        && (i + 1 >= t.size()
            || !(t[i + 1] == u'$' || (t[i + 1] >= u'A' && t[i + 1] <= u'Z') || (t[i] == u'R' && t[i + 1] == u's'))))
        return 0;
    // "USD 7 million", "USD7m", "$ 75": one space at most before the digits.
    const auto digitsFrom = [&](qsizetype j) {
        if (j < t.size() && isSpace(t[j]))
            ++j;
        return j < t.size() && isDigit(t[j]) ? j : qsizetype(-1);
    };
    if (i + 3 <= t.size() && isCurrencyCode(t.mid(i, 3)) && !(i > 0 && isLetter(t[i - 1]))
        && !(i + 3 < t.size() && isLetter(t[i + 3]))) {
        if (const qsizetype j = digitsFrom(i + 3); j >= 0) {
            *end = j;
            *unit = t.mid(i, 3).toString();
            return 1;
        }
    }
    for (const auto &s : symbols) {
        const qsizetype n = qsizetype(s.text.size());
        if (t[i] != QChar(s.text.front()) || t.size() - i < n || t.mid(i, n) != QStringView(s.text.data(), n))
            continue;
        if (const qsizetype j = digitsFrom(i + n); j >= 0) {
            *end = j;
            *unit = QString::fromUtf16(s.code.data(), qsizetype(s.code.size()));
            return 1;
        }
    }
    return 0;
}

struct Core
{
    qsizetype end = 0;
    double value = 0;
    double scale = 1;
    std::optional<double> low;
    std::optional<double> high;
    QString unit;
    bool inWords = false;
    bool vague = false;
    bool plainDigits = false;
    bool decimals = false;
    int digitCount = 0;
};

// Zero width space, non-joiner and joiner, word joiner, zero width no-break
// space (BOM). Web pages put them inside long numbers as line-break hints; a
// reader sees one number, so they never split one.
bool isInvisibleFormat(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'\u200b' && u <= u'\u200d') || u == u'\u2060' || u == u'\ufeff';
}

// End of the digits from `i`, invisible format characters between two of
// them included; the digits are appended to `out`. `i` when t[i] is no digit.
qsizetype digitRunEnd(QStringView t, qsizetype i, std::string &out)
{
    const qsizetype begin = i;
    while (i < t.size()) {
        if (isDigit(t[i])) {
            out += char(t[i++].unicode());
            continue;
        }
        qsizetype j = i;
        while (j < t.size() && isInvisibleFormat(t[j]))
            ++j;
        if (i == begin || j == i || j >= t.size() || !isDigit(t[j]))
            break;
        i = j;
    }
    return i;
}

bool rejectedBefore(QStringView t, qsizetype start)
{
    if (start == 0)
        return false;
    const QChar p = t[start - 1];
    // "000" of "2\u200b000": the rest of a number, never one of its own.
    if (isInvisibleFormat(p)) {
        qsizetype j = start - 1;
        while (j > 0 && isInvisibleFormat(t[j - 1]))
            --j;
        return j > 0 && isDigit(t[j - 1]);
    }
    if (isLetter(p) || p == u'_' || p == u'#' || p == u'@' || p == u'/' || p == u'\\' || p == u':')
        return true;
    // "F-16", "Covid-19", "Su-34": a designation joins letters and digits.
    if ((p == u'-' || p == u'\u2011') && start >= 2 && isLetter(t[start - 2]))
        return true;
    // The second part of "1.2.3" or "192.168".
    if (p == u'.' && start >= 2 && isDigit(t[start - 2]))
        return true;
    return false;
}

// Appends `ascii` (digits, signs, a point: all below 128) to `out`.
void appendAscii(std::string &out, QStringView ascii)
{
    for (QChar ch : ascii)
        out += char(ch.unicode());
}

// The double a numeral of digits, a point and an exponent reads as. Out of a
// double's range from_chars gives nothing; QString::toDouble gives its infinity
// or zero, as before.
double asciiToDouble(const std::string &numeral)
{
    double value = 0;
    if (std::from_chars(numeral.data(), numeral.data() + numeral.size(), value).ec != std::errc())
        value = QString::fromLatin1(numeral).toDouble();
    return value;
}

// Digits with separators and decimals; nullopt for times, versions, ordinals
// and identifiers.
std::optional<Core> parseDigits(QStringView t, qsizetype i)
{
    Core c;
    c.plainDigits = true;
    const qsizetype start = i;
    // The numeral's ASCII form, for std::from_chars: every figure of a text
    // passes here, and a QString built char by char and read back by
    // QString::toDouble cost more than the rest of the parse.
    std::string digits;
    i = digitRunEnd(t, i, digits);
    c.digitCount = int(digits.size());
    if (digits.size() <= 3) {
        // Thousands groups: "1,000,000", "1 000" (also with narrow no-break
        // spaces). The end of a group of `size` digits at `at`, or -1; its
        // digits go to `group`.
        std::string group;
        const auto groupEnd = [&](qsizetype at, std::size_t size = 3) {
            group.clear();
            const qsizetype end = digitRunEnd(t, at, group);
            return group.size() == size ? end : qsizetype(-1);
        };
        bool commas = false;
        for (qsizetype end = 0; i < t.size() && t[i] == u',' && (end = groupEnd(i + 1)) >= 0; i = end) {
            digits += group;
            commas = true;
        }
        // Indian grouping, two digits a group before the last three: "12,34,567".
        if (!commas && digits.size() <= 2) {
            qsizetype j = i;
            std::string pairs;
            for (qsizetype end = 0; j < t.size() && t[j] == u',' && (end = groupEnd(j + 1, 2)) >= 0
                                && end < t.size() && t[end] == u',';
                 j = end)
                pairs += group;
            if (const qsizetype end = pairs.empty() ? -1 : groupEnd(j + 1); end >= 0) {
                digits += pairs + group;
                i = end;
                commas = true;
            }
        }
        if (!commas) {
            for (qsizetype end = 0; i < t.size()
                                && (t[i] == u' ' || t[i] == u'\u00a0' || t[i] == u'\u202f' || t[i] == u'\u2009')
                                && (end = groupEnd(i + 1)) >= 0
                                && !(end + 1 < t.size() && t[end] == u',' && isDigit(t[end + 1]));
                 i = end)
                digits += group;
        }
    }
    // A separator, or an invisible character inside the digits, makes them no year.
    if (i - start != qsizetype(digits.size()))
        c.plainDigits = false;
    if (i + 1 < t.size() && t[i] == u'.' && isDigit(t[i + 1])) {
        std::string decimals;
        const qsizetype j = digitRunEnd(t, i + 1, decimals);
        if (j + 1 < t.size() && t[j] == u'.' && isDigit(t[j + 1]))
            return std::nullopt; // a version or an address, not a quantity
        digits += '.';
        digits += decimals;
        i = j;
        c.plainDigits = false;
        c.decimals = true;
    }
    // Scientific notation: "1e10", "1.3e6", "12.32e+14", "-12e-1".
    if (i + 1 < t.size() && (t[i] == u'e' || t[i] == u'E')) {
        qsizetype j = i + 1;
        if (t[j] == u'+' || t[j] == u'-')
            ++j;
        qsizetype k = j;
        while (k < t.size() && isDigit(t[k]) && k - j < 3)
            ++k;
        if (k > j && (k >= t.size() || !(isLetter(t[k]) || isDigit(t[k])))) {
            digits += 'e';
            appendAscii(digits, t.mid(i + 1, k - i - 1));
            i = k;
            c.plainDigits = false;
        }
    }
    if (i + 1 < t.size() && t[i] == u':' && isDigit(t[i + 1]))
        return std::nullopt; // time of day or a ratio of clock values
    if (i + 1 < t.size() && (t[i] == u',' || t[i] == u'.') && isDigit(t[i + 1]) && c.digitCount > 3)
        return std::nullopt; // "2024.05" or a malformed group: an identifier
    c.value = asciiToDouble(digits);
    // Powers: "1.1^23", "2.5^-1", "1.3x10^6".
    const auto exponentAt = [&](qsizetype at, double *exponent, qsizetype *end) {
        qsizetype j = at;
        const bool negative = j < t.size() && (t[j] == u'-' || t[j] == u'\u2212');
        if (j < t.size() && (negative || t[j] == u'+'))
            ++j;
        qsizetype k = j;
        while (k < t.size() && isDigit(t[k]) && k - j < 3)
            ++k;
        if (k == j || (k < t.size() && (isLetter(t[k]) || isDigit(t[k]))))
            return false;
        *exponent = (negative ? -1 : 1) * t.mid(j, k - j).toInt();
        *end = k;
        return true;
    };
    double exponent = 0;
    qsizetype exponentEnd = 0;
    if (i + 1 < t.size() && t[i] == u'^' && exponentAt(i + 1, &exponent, &exponentEnd)) {
        c.value = std::pow(c.value, exponent);
        i = exponentEnd;
        c.plainDigits = false;
    } else if (i + 4 < t.size() && (t[i] == u'x' || t[i] == u'\u00d7') && t[i + 1] == u'1' && t[i + 2] == u'0'
               && t[i + 3] == u'^' && exponentAt(i + 4, &exponent, &exponentEnd)) {
        c.value *= std::pow(10.0, exponent);
        i = exponentEnd;
        c.plainDigits = false;
    }
    c.end = i;
    return c;
}

// The value of a Unicode vulgar fraction ("½", "⅙"), else 0.
double vulgarFraction(QChar ch)
{
    // U+2150..U+215E in code point order: ⅐ ⅑ ⅒ ⅓ ⅔ ⅕ ⅖ ⅗ ⅘ ⅙ ⅚ ⅛ ⅜ ⅝ ⅞
    static constexpr double forms[] = {1.0 / 7, 1.0 / 9, 0.1,     1.0 / 3, 2.0 / 3, 0.2,   0.4,  0.6,
                                       0.8,     1.0 / 6, 5.0 / 6, 0.125,   0.375,   0.625, 0.875};
    const char16_t u = ch.unicode();
    if (u >= u'\u2150' && u <= u'\u215e')
        return forms[u - u'\u2150'];
    return u == u'\u00bc' ? 0.25 : u == u'\u00bd' ? 0.5 : u == u'\u00be' ? 0.75 : 0;
}

// Fractions written with digits: "1/2", "2 1/2", "20/100", "½".
void readDigitFraction(QStringView t, Core &c)
{
    if (c.end < t.size()) {
        if (const double v = vulgarFraction(t[c.end]); v > 0) {
            c.value += v;
            ++c.end;
            c.plainDigits = false;
            return;
        }
    }
    const auto fractionAt = [&](qsizetype at, double *value, qsizetype *end) {
        qsizetype j = at;
        int num = 0;
        while (j < t.size() && isDigit(t[j]) && j - at < 2)
            num = num * 10 + (t[j++].unicode() - u'0');
        if (j == at || j >= t.size() || t[j] != u'/')
            return false;
        qsizetype k = j + 1;
        int den = 0;
        while (k < t.size() && isDigit(t[k]) && k - j - 1 < 4)
            den = den * 10 + (t[k++].unicode() - u'0');
        // Small denominators, or hundredths and thousandths ("20/100"): larger
        // ones are scores and identifiers.
        const bool usual = (k - j - 1 <= 2 && den <= 16) || den == 100 || den == 1000;
        if (k == j + 1 || den < 2 || !usual || num >= den || (k < t.size() && (isDigit(t[k]) || t[k] == u'/')))
            return false;
        *value = double(num) / den;
        *end = k;
        return true;
    };
    double f = 0;
    qsizetype fend = 0;
    if (c.end < t.size() && t[c.end] == u'/' && c.value < 100) {
        const qsizetype numStart = c.end - c.digitCount;
        if (c.plainDigits && fractionAt(numStart, &f, &fend)) {
            c.value = f;
            c.end = fend;
            c.plainDigits = false;
            c.unit = QStringLiteral("fraction");
        }
        return;
    }
    // "2 1/4", also "2  1/4"
    const qsizetype after = c.end + 2 < t.size() && t[c.end] == u' ' && t[c.end + 1] == u' ' ? c.end + 2 : c.end + 1;
    if (c.plainDigits && after < t.size() && t[c.end] == u' ' && isDigit(t[after]) && fractionAt(after, &f, &fend)) {
        c.value += f;
        c.end = fend;
        c.plainDigits = false;
    }
}

// The fraction after "and": "a half", "half", "three quarters", "one third".
// `from` is the index just after "and".
bool readAndFraction(QStringView t, qsizetype from, double *fraction, qsizetype *end)
{
    qsizetype s = 0;
    qsizetype e = 0;
    const WordInfo *w = nextWord(t, from, &s, &e, false);
    if (w && w->kind == WordKind::Half) {
        *fraction = 0.5;
        *end = e;
        return true;
    }
    if (!w || !(w->kind == WordKind::Article || ((w->kind == WordKind::Unit || w->kind == WordKind::Teen
                                                     || w->kind == WordKind::Tens) && w->value >= 1)))
        return false;
    double count = w->kind == WordKind::Article ? 1 : w->value;
    qsizetype e2 = 0;
    bool hyphenated = false;
    const WordInfo *den = nextWord(t, e, &s, &e2, true, &hyphenated);
    // "fifty-four hundredths"
    if (den && w->kind == WordKind::Tens && hyphenated && den->kind == WordKind::Unit && den->value > 0) {
        count += den->value;
        den = nextWord(t, e2, &s, &e2, false);
    } else if (hyphenated && den && den->kind != WordKind::Denominator) {
        return false;
    }
    if (den && den->kind == WordKind::Half && count == 1) {
        *fraction = 0.5;
        *end = e2;
        return true;
    }
    if (den && den->kind == WordKind::Denominator && den->plural == (count > 1) && count < den->value) {
        *fraction = count / den->value;
        *end = e2;
        return true;
    }
    return false;
}

std::optional<Core> finishWords(Core &c, double total, double current, qsizetype end)
{
    c.value = total + current;
    c.end = end;
    return c;
}

bool isCount(WordKind k)
{
    return k == WordKind::Unit || k == WordKind::Teen || k == WordKind::Tens;
}

// A compound ordinal as a denominator, from its tens word at `at`:
// "twenty-fifth", "twenty firsts" (with `hyphenOnly`, only "thirty-fifths").
// Alone such a word is an ordinal; the caller has read the count before it.
bool compoundDenominator(QStringView t, qsizetype at, double *den, bool *plural, qsizetype *end, bool hyphenOnly = false)
{
    qsizetype e = 0;
    const WordInfo *tens = wordAt(t, at, &e);
    if (!tens || tens->kind != WordKind::Tens)
        return false;
    qsizetype s = 0;
    qsizetype e2 = 0;
    bool hyphenated = false;
    const WordInfo *unit = nextWord(t, e, &s, &e2, true, &hyphenated);
    if (!unit || !((unit->kind == WordKind::Denominator && unit->value >= 3 && unit->value < 10) || unit->kind == WordKind::First)
        || (hyphenOnly && !hyphenated))
        return false;
    *den = tens->value + unit->value;
    *plural = unit->plural;
    *end = e2;
    return true;
}

// A singular compound fraction must end its phrase ("one twenty-fifth of the
// budget"): "a twenty-first century" is an ordinal.
bool fractionEndsAt(QStringView t, qsizetype at)
{
    return at >= t.size() || t[at] == u'.' || t[at] == u',' || t[at] == u';' || t[at] == u'!' || t[at] == u'?'
        || t[at] == u')' || t[at] == u'\n' || startsWithLower(t, at, u" of ");
}

// The fraction count/den read up to `end`, or of the scale after it: "a
// quarter million", "two thirds of a million".
std::optional<Core> fractionWords(QStringView t, Core &c, double count, double den, qsizetype end)
{
    c.value = count / den;
    c.unit = QStringLiteral("fraction");
    c.end = end;
    qsizetype s = 0;
    qsizetype e = 0;
    const WordInfo *scale = nextWord(t, end, &s, &e, false);
    if (!scale && startsWithLower(t, end, u" of a "))
        scale = wordAt(t, end + 6, &e);
    if (scale && scale->kind == WordKind::Scale) {
        c.value *= scale->value;
        c.unit.clear();
        c.end = e;
    }
    return c;
}

// A hedge right before `pos` ("more than half", "nearly half"): with it a bare
// "half" is a share the text claims, where "half" alone is too often an
// idiom ("second half", "half-hearted") to count.
bool afterHedge(QStringView t, qsizetype pos)
{
    static constexpr std::u16string_view hedges[] = {u"more than ", u"less than ", u"fewer than ", u"at least ",
                                                      u"nearly ",    u"almost ",    u"about ",      u"around ",
                                                      u"roughly ",   u"over ",      u"under "};
    for (const auto &h : hedges) {
        const qsizetype n = qsizetype(h.size());
        if (pos >= n && (pos == n || !isLetter(t[pos - n - 1]))
            && startsWithLower(t, pos - n, QStringView(h.data(), n)))
            return true;
    }
    return false;
}

// Whether the number words ending at `end` (their last word of kind `last`)
// are the start of an ordinal: "twenty-first", "thirty-second", "twenty
// third", "one hundred and fifth". "Two quarter-finals" counts.
bool ordinalFollows(QStringView t, qsizetype end, WordKind last)
{
    qsizetype from = end;
    if ((last == WordKind::Hundred || last == WordKind::Scale) && startsWithLower(t, end, u" and "))
        from = end + 4;
    qsizetype s = 0;
    qsizetype e = 0;
    bool hyphenated = false;
    const WordInfo *w = nextWord(t, from, &s, &e, true, &hyphenated);
    if (!w) {
        // "second" is no number word: "seconds" are time.
        return last == WordKind::Tens && from < t.size() && t[from] == u'-' && startsWithLower(t, from + 1, u"second")
            && (from + 7 >= t.size() || !isLetter(t[from + 7]));
    }
    const bool ordinal = w->kind == WordKind::First
        || (w->kind == WordKind::Denominator && !w->plural && !equalsLower(t.mid(s, e - s), u"quarter"));
    return ordinal && (hyphenated || last == WordKind::Tens || last == WordKind::Hundred || last == WordKind::Scale);
}

// Number words: "forty-five thousand one hundred", "a dozen", "two thirds",
// "three in four", "half a million", "tens of thousands", "several hundred".
// `shares` off reads no "in"/"out of": a share's denominator is a plain
// number, which also bounds the recursion on "one in two in three in ...".
std::optional<Core> parseWords(QStringView t, qsizetype i, bool shares = true)
{
    qsizetype wend = 0;
    const WordInfo *w = wordAt(t, i, &wend);
    if (!w)
        return std::nullopt;
    Core c;
    c.inWords = true;
    qsizetype s = 0;
    qsizetype e = 0;
    const auto vagueRange = [&](double lowFactor, double base, qsizetype end) {
        c.vague = true;
        c.low = lowFactor * base;
        c.high = 10 * base;
        c.value = *c.low;
        c.end = end;
        return c;
    };
    switch (w->kind) {
    case WordKind::Vague: {
        // "tens of thousands", "hundreds of millions", "dozens", "thousands"
        if (wend + 3 < t.size() && t.mid(wend, 4) == u" of ") {
            const WordInfo *scale = wordAt(t, wend + 4, &e);
            if (scale && scale->kind == WordKind::Vague && scale->value >= 1e3 && scale->value > w->value)
                return vagueRange(1, w->value * scale->value, e);
        }
        if (w->value == 10)
            return std::nullopt; // "tens" alone is not a quantity
        if (w->value == 12) {
            c.vague = true;
            c.low = 24;
            c.high = 100;
            c.value = 24;
            c.end = wend;
            return c;
        }
        return vagueRange(2, w->value, wend);
    }
    case WordKind::Several: {
        // "several hundred", "a few thousand" (the article is read by Article).
        const WordInfo *scale = nextWord(t, wend, &s, &e, false);
        if (!scale || (scale->kind != WordKind::Hundred && scale->kind != WordKind::Scale && scale->kind != WordKind::Dozen))
            return std::nullopt;
        c.vague = true;
        c.low = w->value * scale->value;
        c.high = 9 * scale->value;
        c.value = *c.low;
        c.end = e;
        return c;
    }
    case WordKind::Half: {
        // "half a million", "half a dozen", "half million"
        const WordInfo *art = nextWord(t, wend, &s, &e, false);
        if (art && art->kind == WordKind::Scale) {
            c.value = 0.5 * art->value;
            c.end = e;
            return c;
        }
        if (art && art->kind == WordKind::Article) {
            qsizetype s2 = 0;
            qsizetype e2 = 0;
            const WordInfo *scale = nextWord(t, e, &s2, &e2, false);
            if (scale && (scale->kind == WordKind::Scale || scale->kind == WordKind::Dozen
                          || scale->kind == WordKind::Hundred)) {
                c.value = 0.5 * scale->value;
                c.end = e2;
                return c;
            }
            // "half an hour", "half a century": the unit is read by readTail.
            if (e + 1 < t.size() && t[e] == u' ' && UnitDetector::measureAt(t, e + 1, false)) {
                c.value = 0.5;
                c.end = e;
                return c;
            }
        }
        if (afterHedge(t, i) && !(wend < t.size() && t[wend] == u'-'))
            return fractionWords(t, c, 1, 2, wend);
        return std::nullopt;
    }
    case WordKind::Article: {
        const WordInfo *next = nextWord(t, wend, &s, &e, false);
        if (!next)
            return std::nullopt;
        if (next->kind == WordKind::Pair) {
            // "a couple of days", "a pair of F-16s": two. "A couple" alone
            // is two only at the end of a clause; "a couple from Kyiv" are people.
            if (startsWithLower(t, e, u" of ") || (startsWithLower(t, e, u" of") && e + 3 == t.size())) {
                c.value = 2;
                c.end = e + 3;
                return c;
            }
            if (e >= t.size() || t[e] == u'.' || t[e] == u',' || t[e] == u';' || t[e] == u'!' || t[e] == u'?') {
                c.value = 2;
                c.end = e;
                return c;
            }
            return std::nullopt;
        }
        if (next->kind == WordKind::Several && next->value == 2) {
            qsizetype s2 = 0;
            qsizetype e2 = 0;
            const WordInfo *scale = nextWord(t, e, &s2, &e2, false);
            if (scale && (scale->kind == WordKind::Hundred || scale->kind == WordKind::Scale || scale->kind == WordKind::Dozen)) {
                c.vague = true;
                c.low = 2 * scale->value;
                c.high = 5 * scale->value;
                c.value = *c.low;
                c.end = e2;
                return c;
            }
            return std::nullopt;
        }
        if (next->kind == WordKind::Denominator && !next->plural)
            return fractionWords(t, c, 1, next->value, e);
        if (next->kind == WordKind::Tens) {
            double den = 0;
            bool plural = false;
            qsizetype denEnd = 0;
            if (compoundDenominator(t, s, &den, &plural, &denEnd) && !plural && fractionEndsAt(t, denEnd))
                return fractionWords(t, c, 1, den, denEnd); // "a twenty-first"
            return std::nullopt;
        }
        if (next->kind == WordKind::Half) {
            c.value = 0.5;
            c.unit = QStringLiteral("fraction");
            c.end = e;
            return c;
        }
        if (next->kind != WordKind::Hundred && next->kind != WordKind::Scale && next->kind != WordKind::Dozen)
            return std::nullopt;
        break; // "a hundred", "a million", "a dozen": read on with a count of one
    }
    case WordKind::Denominator: {
        // "quarter million"
        const WordInfo *scale = nextWord(t, wend, &s, &e, false);
        if (!w->plural && w->value == 4 && scale && scale->kind == WordKind::Scale) {
            c.value = scale->value / 4;
            c.end = e;
            return c;
        }
        return std::nullopt;
    }
    case WordKind::Minus: {
        // "minus five", "negative one hundred", "minus 5"
        qsizetype s2 = 0;
        if (wend + 1 < t.size() && t[wend] == u' ' && isDigit(t[wend + 1])) {
            auto digits = parseDigits(t, wend + 1);
            if (!digits)
                return std::nullopt;
            digits->value = -digits->value;
            digits->plainDigits = false;
            return digits;
        }
        // "negative negative 5" is no number (and a chain of them no deep recursion)
        const WordInfo *next = nextWord(t, wend, &s2, &e, false);
        if (!next || next->kind == WordKind::Minus)
            return std::nullopt;
        auto inner = parseWords(t, s2);
        if (!inner || inner->vague)
            return std::nullopt;
        inner->value = -inner->value;
        return inner;
    }
    case WordKind::Unit:
    case WordKind::Teen:
    case WordKind::Tens:
        break;
    default:
        return std::nullopt;
    }

    double total = 0;
    double current = 0;
    double sinceHundred = 0; // the part of `current` after its "hundred" ("three hundred and two dozens")
    double lastScale = 1;
    double lastGroup = 0;    // what the last scale word added to `total` ("three lakh" before "crore")
    WordKind last = WordKind::And;
    qsizetype pos = i;
    qsizetype end = i;
    const WordInfo *word = w;
    qsizetype wordStart = i;
    qsizetype wordEndPos = wend;
    bool started = false;
    while (word) {
        bool take = true;
        WordKind kind = word->kind;
        // "three billions", "five hundreds", "three dozens": a plural after a count is exact.
        if (kind == WordKind::Vague && started && current > 0)
            kind = word->value == 12 ? WordKind::Dozen : word->value == 100 ? WordKind::Hundred : WordKind::Scale;
        else if (kind == WordKind::Vague && started && last == WordKind::Scale && word->value > 100)
            kind = WordKind::Scale; // "three thousand millions"
        switch (kind) {
        case WordKind::Article:
            if (started)
                take = false;
            else
                current = 1;
            break;
        case WordKind::Unit:
        case WordKind::Teen:
            if (started && (last == WordKind::Unit || last == WordKind::Teen || (last == WordKind::Tens && kind == WordKind::Teen))) {
                take = false;
            } else {
                current += word->value;
                sinceHundred += word->value;
            }
            break;
        case WordKind::Tens: {
            double den = 0;
            bool plural = false;
            qsizetype denEnd = 0;
            if (started && isCount(last)) {
                // "one twenty-fifth", "twenty twenty fifths": the count of a compound denominator
                if (total == 0 && compoundDenominator(t, wordStart, &den, &plural, &denEnd) && plural == (current > 1)
                    && (plural || fractionEndsAt(t, denEnd)))
                    return fractionWords(t, c, current, den, denEnd);
                take = false;
            } else if ((last == WordKind::Hundred || last == WordKind::Scale)
                       && compoundDenominator(t, wordStart, &den, &plural, &denEnd, true) && plural) {
                // "one hundred thirty-fifths": the hyphen makes one ordinal of tens and units
                return fractionWords(t, c, total + current, den, denEnd);
            } else {
                current += word->value;
                sinceHundred += word->value;
            }
            break;
        }
        case WordKind::Hundred:
            current = (current == 0 ? 1 : current) * 100;
            sinceHundred = 0;
            break;
        case WordKind::Dozen:
            if (sinceHundred > 0 && current > sinceHundred) {
                current += sinceHundred * 11; // "three hundred and two dozens": only the two are dozens
                sinceHundred *= 12;
            } else {
                current = (current == 0 ? 1 : current) * 12;
                sinceHundred = 0;
            }
            break;
        case WordKind::Scale:
            if (last == WordKind::Scale && current == 0 && word->value > lastScale) {
                // A scale of a scale: "three lakh crore", "three thousand millions".
                total += lastGroup * (word->value - 1);
                lastGroup *= word->value;
                lastScale *= word->value;
            } else {
                lastGroup = (current == 0 ? 1 : current) * word->value;
                total += lastGroup;
                current = 0;
                sinceHundred = 0;
                lastScale = word->value;
            }
            break;
        case WordKind::Denominator: {
            // "one third", "two thirds", "three quarters"; a plural also after a
            // larger numerator: "a hundred trillionths", "ninety-five hundred fifths".
            const double count = total + current;
            const bool counted = last == WordKind::Unit || last == WordKind::Teen || last == WordKind::Tens
                || last == WordKind::Article || (word->plural && (last == WordKind::Hundred || last == WordKind::Scale));
            if (count >= 1 && counted && word->plural == (count > 1) && (total == 0 || word->plural))
                return fractionWords(t, c, count, word->value, wordEndPos);
            take = false;
            break;
        }
        case WordKind::In: {
            // "three in four", "one in five", "one out of three", "two out of five hundred"
            qsizetype s2 = 0;
            qsizetype e2 = 0;
            qsizetype from = wordEndPos;
            if (!shares) {
                take = false;
                break;
            }
            if (word->value == 1) { // "out" needs its "of"
                if (!startsWithLower(t, from, u" of")) {
                    take = false;
                    break;
                }
                from += 3;
            }
            const WordInfo *den = nextWord(t, from, &s2, &e2, false);
            double denominator = 0;
            if (den && isCount(den->kind)) {
                if (const auto d = parseWords(t, s2, false); d && !d->vague && d->unit.isEmpty() && d->value == std::floor(d->value)) {
                    denominator = d->value;
                    e2 = d->end;
                }
            } else if (!den && from + 1 < t.size() && t[from] == u' ' && isDigit(t[from + 1])) {
                const auto d = parseDigits(t, from + 1);
                if (d && d->plainDigits) {
                    denominator = d->value;
                    e2 = d->end;
                }
            }
            if (total == 0 && current >= 1 && denominator > current && isCount(last)) {
                c.value = current / denominator;
                c.unit = QStringLiteral("fraction");
                c.end = e2;
                return c;
            }
            take = false;
            break;
        }
        case WordKind::Point: {
            // Decimals in words: "two point five million", "nought point
            // nought three", "ten point seventy-five". "At one point, ..." has
            // no digit word after it and stays "one".
            if (!started || !(last == WordKind::Unit || last == WordKind::Teen || last == WordKind::Tens || last == WordKind::Hundred)) {
                take = false;
                break;
            }
            qsizetype s2 = 0;
            qsizetype e2 = 0;
            double fraction = 0;
            double place = 0.1;
            qsizetype fractionEnd = wordEndPos;
            const WordInfo *d = nextWord(t, wordEndPos, &s2, &e2, false);
            for (; d && d->kind == WordKind::Unit; d = nextWord(t, e2, &s2, &e2, false)) {
                fraction += d->value * place;
                place /= 10;
                fractionEnd = e2;
            }
            if (fractionEnd == wordEndPos && d && (d->kind == WordKind::Teen || d->kind == WordKind::Tens)) {
                double digits = d->value;
                fractionEnd = e2;
                qsizetype e3 = 0;
                const WordInfo *unit = d->kind == WordKind::Tens ? nextWord(t, e2, &s2, &e3) : nullptr;
                if (unit && unit->kind == WordKind::Unit && unit->value > 0) {
                    digits += unit->value;
                    fractionEnd = e3;
                }
                fraction = digits / 100;
            }
            if (fractionEnd == wordEndPos) {
                take = false;
                break;
            }
            current += fraction;
            end = fractionEnd;
            qsizetype e3 = 0;
            const WordInfo *scale = nextWord(t, fractionEnd, &s2, &e3, false);
            if (scale && scale->kind == WordKind::Scale) {
                total += current * scale->value;
                current = 0;
                end = e3;
            }
            return finishWords(c, total, current, end);
        }
        case WordKind::And: {
            // "one hundred and five", "two and a half", "two and half"
            qsizetype s2 = 0;
            qsizetype e2 = 0;
            double fraction = 0;
            qsizetype halfEnd = 0;
            // "one million and a half", "five billion and three quarters": a
            // fraction of the scale before it, or of the smaller scale named
            // after it ("one billion and a half million").
            if (last == WordKind::Scale && current == 0 && readAndFraction(t, wordEndPos, &fraction, &halfEnd)) {
                double scale = lastScale;
                if (const WordInfo *smaller = nextWord(t, halfEnd, &s2, &e2, false);
                    smaller && smaller->kind == WordKind::Scale && smaller->value < lastScale) {
                    scale = smaller->value;
                    halfEnd = e2;
                }
                return finishWords(c, total + fraction * scale, 0, halfEnd);
            }
            // The fraction is tried first: "one hundred and three quarters" is
            // 100.75, not 103 quarters.
            if ((isCount(last) || last == WordKind::Hundred) && readAndFraction(t, wordEndPos, &fraction, &halfEnd)) {
                // "two and a half", "two and half", "five and a quarter", "twenty and three fifths"
                current += fraction;
                end = halfEnd;
                pos = halfEnd;
                last = WordKind::Half;
                qsizetype s3 = 0;
                qsizetype e3 = 0;
                const WordInfo *scale = nextWord(t, halfEnd, &s3, &e3, false);
                if (scale && scale->kind == WordKind::Scale) {
                    total += current * scale->value;
                    current = 0;
                    end = e3;
                }
                return finishWords(c, total, current, end);
            }
            const WordInfo *next = nextWord(t, wordEndPos, &s2, &e2, false);
            if (next && isCount(next->kind) && (last == WordKind::Hundred || last == WordKind::Scale)) {
                take = true; // the next word is read by the loop
                break;
            }
            take = false;
            break;
        }
        default:
            take = false;
        }
        if (!take)
            break;
        started = true;
        if (kind != WordKind::And) {
            last = kind;
            end = wordEndPos;
        }
        pos = wordEndPos;
        bool hyphenated = false;
        word = nextWord(t, pos, &wordStart, &wordEndPos, true, &hyphenated);
        // A hyphen only joins tens and units ("forty-five", "fifty - two");
        // "three-year" ends here.
        if (word && hyphenated && !(last == WordKind::Tens && word->kind == WordKind::Unit)
            && word->kind != WordKind::Denominator)
            word = nullptr;
    }
    if (!started || (last == WordKind::And) || ordinalFollows(t, end, last))
        return std::nullopt;
    return finishWords(c, total, current, end);
}


// Currency sign or code, then a sign, then digits or words.
struct Single
{
    qsizetype start = 0;
    Core core;
    QString currency;
};

bool isOrdinalSuffix(QStringView s)
{
    return equalsLower(s, u"st") || equalsLower(s, u"nd") || equalsLower(s, u"rd") || equalsLower(s, u"th");
}

double suffixScale(QStringView s)
{
    if (equalsLower(s, u"k"))
        return 1e3;
    if (equalsLower(s, u"m") || equalsLower(s, u"mn") || equalsLower(s, u"mln") || equalsLower(s, u"mil")
        || equalsLower(s, u"mio"))
        return 1e6;
    if (equalsLower(s, u"bn") || equalsLower(s, u"b") || equalsLower(s, u"bln") || equalsLower(s, u"bil"))
        return 1e9;
    if (equalsLower(s, u"tn") || equalsLower(s, u"trn") || equalsLower(s, u"tln") || equalsLower(s, u"trln"))
        return 1e12;
    return 0;
}

// After "4 thousand" or "3 hundred" (`lastScale`), the smaller groups that
// complete the number, in digits or words: "4 thousand 3 hundred and 21", "3
// hundred and one", "6 crore and two hundred". A group needs its own scale
// word, except the last one after "hundred and": "$5 million and 300 people"
// and "$5 million two years ago" stay two numbers.
void readGroups(QStringView t, Core &c, double lastScale)
{
    for (;;) {
        const bool joined = startsWithLower(t, c.end, u" and ");
        const qsizetype j = c.end + (joined ? 5 : 1);
        if (j >= t.size() || !(joined || t[c.end] == u' '))
            return;
        double value = 0;
        double scale = 1;
        qsizetype end = 0;
        if (isDigit(t[j])) {
            const auto d = parseDigits(t, j);
            if (!d || !d->plainDigits || d->value <= 0 || d->value >= 1000)
                return;
            value = d->value;
            end = d->end;
            qsizetype we = 0;
            const WordInfo *w = end + 1 < t.size() && t[end] == u' ' ? wordAt(t, end + 1, &we) : nullptr;
            if (w && (w->kind == WordKind::Scale || w->kind == WordKind::Hundred)) {
                if (w->value >= lastScale)
                    return; // "3 hundred and 2 hundred": two numbers
                value *= w->value;
                scale = w->value;
                end = we;
            }
        } else {
            const auto w = parseWords(t, j);
            if (!w || w->vague || !w->unit.isEmpty() || w->value <= 0 || w->value != std::floor(w->value))
                return;
            value = w->value;
            end = w->end;
            scale = value >= 100 ? value : 1; // the words read every smaller group themselves
        }
        if (value >= lastScale || (scale == 1 && !(joined && lastScale == 100)))
            return;
        c.value += value;
        c.end = end;
        if (scale == 1 || !isDigit(t[j]))
            return;
        lastScale = scale;
    }
}

// What follows the numeral: suffixes ("%", "bn", "km"), hyphen compounds
// ("three-year", "15-year-old"), scale words and written units.
bool readTail(QStringView t, Single &n)
{
    Core &c = n.core;
    if (!c.inWords) {
        // "1 point 1": a decimal read out, as in transcripts
        if (c.plainDigits && startsWithLower(t, c.end, u" point ") && c.end + 7 < t.size() && isDigit(t[c.end + 7])) {
            if (const auto d = parseDigits(t, c.end + 7); d && d->plainDigits) {
                c.value += d->value / std::pow(10.0, d->digitCount);
                c.end = d->end;
                c.plainDigits = false;
                c.decimals = true;
            }
        }
        readDigitFraction(t, c);
        if (c.end < t.size() && t[c.end] == u'%') {
            c.unit = QStringLiteral("%");
            ++c.end;
            c.plainDigits = false;
        } else if (c.end < t.size() && (isLetter(t[c.end]) || t[c.end] == u'°')) {
            qsizetype we = c.end;
            while (we < t.size() && isAsciiLetter(t[we]))
                ++we;
            const QStringView suffix = t.mid(c.end, we - c.end);
            const bool alone = we >= t.size() || !(isLetter(t[we]) || isDigit(t[we]));
            if (alone && isOrdinalSuffix(suffix))
                return false;
            if (alone && (equalsLower(suffix, u"s") || equalsLower(suffix, u"am") || equalsLower(suffix, u"pm")))
                return false; // "1990s", "5pm"
            if ((equalsLower(suffix, u"a") || equalsLower(suffix, u"p")) && we + 1 < t.size() && t[we] == u'.'
                && (t[we + 1] == u'm' || t[we + 1] == u'M'))
                return false; // "5a.m."
            // "1MM": millions in finance; "mm" are millimetres.
            const double scale = !alone ? 0 : suffix == u"MM" ? 1e6 : suffixScale(suffix);
            if (scale > 0) {
                c.value *= scale;
                c.scale = scale;
                c.end = we;
                c.plainDigits = false;
            } else if (alone && equalsLower(suffix, u"x")) {
                c.unit = QStringLiteral("times");
                c.end = we;
                c.plainDigits = false;
            } else if (alone && isCurrencyCode(suffix)) {
                n.currency = suffix.toString();
                c.end = we;
            } else if (const auto m = UnitDetector::measureAt(t, c.end, true)) {
                c.unit = m->unit;
                c.end = m->end;
                c.plainDigits = false;
            } else {
                return false; // "5G", "20A", "4x4": an identifier
            }
        }
        // "555-123-4567", "2024-05-01": codes and dates, not ranges.
        if (c.end + 1 < t.size() && t[c.end] == u'-' && isDigit(t[c.end + 1])) {
            qsizetype j = c.end + 1;
            while (j < t.size() && isDigit(t[j]))
                ++j;
            if (j + 1 < t.size() && (t[j] == u'-' || t[j] == u'/') && isDigit(t[j + 1]))
                return false;
        }
    }
    // Hyphen compounds: "three-year", "20-year low", "15-year-old", "five-fold".
    if (c.end + 1 < t.size() && (t[c.end] == u'-' || t[c.end] == u'\u2011') && isAsciiLetter(t[c.end + 1])) {
        qsizetype we = c.end + 1;
        while (we < t.size() && isAsciiLetter(t[we]))
            ++we;
        if (equalsLower(t.mid(c.end + 1, we - c.end - 1), u"fold")) {
            c.unit = QStringLiteral("times");
            c.end = we;
        } else if (const auto m = UnitDetector::measureAt(t, c.end + 1, false); m && c.unit.isEmpty()) {
            c.unit = m->unit;
            c.end = m->end;
            if (c.end + 3 < t.size() && t[c.end] == u'-' && equalsLower(t.mid(c.end + 1, 3), u"old")
                && (c.end + 4 >= t.size() || !isLetter(t[c.end + 4])))
                c.end += 4;
        }
        c.plainDigits = false;
        return true;
    }
    // Scale words after digits: "1.2 million", "3 dozen".
    if (!c.inWords && c.scale == 1 && c.end + 1 < t.size() && isSpace(t[c.end])) {
        qsizetype we = 0;
        const WordInfo *w = wordAt(t, c.end + 1, &we);
        // "3 millions", "5 hundreds": a plural after a count is exact.
        if (w && (w->kind == WordKind::Scale || w->kind == WordKind::Hundred || w->kind == WordKind::Dozen
                  || (w->kind == WordKind::Vague && (w->value == 12 || w->value >= 100)))) {
            c.value *= w->value;
            c.scale = w->value;
            c.end = we;
            c.plainDigits = false;
            // "5 lakh crore": a scale of a scale
            qsizetype we2 = 0;
            const WordInfo *w2 = w->kind == WordKind::Scale && c.end + 1 < t.size() && t[c.end] == u' ' ? wordAt(t, c.end + 1, &we2) : nullptr;
            if (w2 && w2->kind == WordKind::Scale && w2->value > w->value) {
                c.value *= w2->value;
                c.scale *= w2->value;
                c.end = we2;
            }
            // "3 million and a half"
            double fraction = 0;
            qsizetype fractionEnd = 0;
            if (w->kind == WordKind::Scale && startsWithLower(t, c.end, u" and")
                && readAndFraction(t, c.end + 4, &fraction, &fractionEnd)) {
                c.value += fraction * c.scale;
                c.end = fractionEnd;
            } else if (c.scale >= 100 && w->kind != WordKind::Dozen) {
                readGroups(t, c, c.scale);
            }
        } else if (const qsizetype e = wordEnd(t, c.end + 1); e > c.end + 1 && suffixScale(t.mid(c.end + 1, e - c.end - 1)) > 0
                   && (t.mid(c.end + 1, e - c.end - 1).size() > 1
                       || ((c.decimals || !n.currency.isEmpty()) && t[c.end + 1] != u'm'))) {
            // "2.5 mn"; a single letter apart only after decimals or money
            // ("2.33 k", "$5 M"): "5 m" are metres, "10 k" may be a race.
            c.value *= suffixScale(t.mid(c.end + 1, e - c.end - 1));
            c.end = e;
            c.plainDigits = false;
        }
    }
    // "5 and a half years", "2 and three quarters miles"
    if (!c.inWords && c.scale == 1 && c.unit.isEmpty() && startsWithLower(t, c.end, u" and")) {
        double fraction = 0;
        qsizetype fractionEnd = 0;
        if (readAndFraction(t, c.end + 4, &fraction, &fractionEnd)) {
            c.value += fraction;
            c.end = fractionEnd;
            c.plainDigits = false;
        }
    }
    // Written units: "12 percent", "30 per cent", "825 days", "4 million hryvnias".
    if (c.unit.isEmpty() || c.unit == u"fraction") {
        const qsizetype s = skipSpaces(t, c.end);
        if (s > c.end && s < t.size()) {
            if (const auto m = UnitDetector::measureAt(t, s, false)) {
                if (n.currency.isEmpty() || m->unit.size() != 3 || m->unit != m->unit.toUpper()) {
                    c.unit = m->unit;
                    c.end = m->end;
                    c.plainDigits = false;
                }
            }
        }
    }
    // "10 degrees below zero", "2 below zero": a temperature under freezing.
    if ((c.unit.isEmpty() || c.unit == u"degrees" || c.unit == u"°C" || c.unit == u"°F") && c.value > 0
        && startsWithLower(t, c.end, u" below zero") && (c.end + 11 >= t.size() || !isLetter(t[c.end + 11]))) {
        c.value = -c.value;
        c.end += 11;
        if (c.unit.isEmpty())
            c.unit = QStringLiteral("degrees");
        c.plainDigits = false;
    }
    // "115USD", "17 USD", "50 million EUR": a code after the number.
    if (n.currency.isEmpty() && c.unit.isEmpty() && c.end < t.size()) {
        qsizetype j = c.end < t.size() && t[c.end] == u' ' ? c.end + 1 : c.end;
        if (j + 3 <= t.size() && isCurrencyCode(t.mid(j, 3)) && (j + 3 >= t.size() || !(isLetter(t[j + 3]) || isDigit(t[j + 3])))) {
            n.currency = t.mid(j, 3).toString();
            c.end = j + 3;
        }
    }
    // "20€", "10$", "10 $": a sign after the digits.
    if (n.currency.isEmpty() && !c.inWords && c.end < t.size() && c.unit.isEmpty()) {
        static const struct { char16_t sign; QStringView code; } trailing[] = {
            {u'$', u"USD"}, {u'\u20ac', u"EUR"}, {u'\u00a3', u"GBP"}, {u'\u20b4', u"UAH"}, {u'\u20bd', u"RUB"}, {u'\u00a5', u"JPY"}};
        qsizetype j = c.end;
        if (j + 1 < t.size() && t[j] == u' ')
            ++j;
        for (const auto &tr : trailing)
            if (j < t.size() && t[j] == tr.sign && (j + 1 >= t.size() || !(isLetter(t[j + 1]) || isDigit(t[j + 1])))
                && !(j + 2 < t.size() && t[j + 1] == u' ' && isDigit(t[j + 2]))) {
                n.currency = tr.code.toString();
                c.end = j + 1;
            }
    }
    if (!n.currency.isEmpty()) {
        c.unit = n.currency;
        c.plainDigits = false;
    }
    return true;
}

std::optional<Single> parseSingle(QStringView t, qsizetype pos)
{
    Single n;
    n.start = pos;
    qsizetype i = pos;
    qsizetype afterSymbol = 0;
    if (currencySymbolAt(t, i, &afterSymbol, &n.currency) > 0)
        i = afterSymbol;
    bool negative = false;
    if (i + 1 < t.size() && (t[i] == u'-' || t[i] == u'\u2212' || t[i] == u'+') && isDigit(t[i + 1])) {
        if (i > 0 && !(isSpace(t[i - 1]) || t[i - 1] == u'(' || t[i - 1] == u'\n'))
            return std::nullopt;
        negative = t[i] != u'+';
        ++i;
    }
    std::optional<Core> core;
    if (i + 1 < t.size() && t[i] == u'.' && isDigit(t[i + 1]) && i == pos && (pos == 0 || isSpace(t[pos - 1]))) {
        // ".08": a decimal without its leading zero
        core = parseDigits(t, i + 1);
        if (core && core->plainDigits) {
            std::string numeral = "0.";
            appendAscii(numeral, t.mid(i + 1, core->end - i - 1));
            core->value = asciiToDouble(numeral);
            core->plainDigits = false;
        } else {
            core.reset();
        }
    } else if (i < t.size() && i == pos && n.currency.isEmpty()
               && vulgarFraction(t[i]) > 0) {
        // "½", "¾" alone: the fraction reader adds them to a zero
        Core z;
        z.end = i;
        readDigitFraction(t, z);
        z.unit = QStringLiteral("fraction");
        core = z;
    } else if (i < t.size() && isDigit(t[i])) {
        if (i == pos && rejectedBefore(t, pos))
            return std::nullopt;
        core = parseDigits(t, i);
    } else if (n.currency.isEmpty() && i == pos) {
        core = parseWords(t, i);
    }
    if (!core)
        return std::nullopt;
    n.core = *core;
    if (!readTail(t, n))
        return std::nullopt;
    // The sign applies after the tail, which reads "-4/5" as a fraction of plain digits.
    if (negative) {
        n.core.value = -n.core.value;
        n.core.plainDigits = false;
    }
    return n;
}

QStringView wordBefore(QStringView t, qsizetype pos)
{
    qsizetype e = pos;
    while (e > 0 && isSpace(t[e - 1]))
        --e;
    if (e == pos)
        return {};
    const qsizetype s = wordStartBefore(t, e);
    return t.mid(s, e - s);
}

// A range after the first numeral: "20-30", "20–30", "20 to 30",
// "between 20 and 30"; the second end may carry the scale and unit for both
// ("$20-30 million", "20-30%").
void readRange(QStringView t, qsizetype pos, Single &first)
{
    Core &a = first.core;
    if (a.vague)
        return;
    qsizetype j = a.end;
    qsizetype next = -1;
    if (j + 1 < t.size() && (t[j] == u'-' || t[j] == u'\u2013' || t[j] == u'\u2014') && !a.inWords) {
        next = j + 1;
    } else if (j + 3 < t.size() && t[j] == u' ' && (t[j + 1] == u'\u2013' || t[j + 1] == u'-') && t[j + 2] == u' ' && !a.inWords) {
        next = j + 3;
    } else if (t.mid(j).startsWith(u" to ") && !equalsLower(wordBefore(t, pos), u"from")) {
        next = j + 4;
    } else if (t.mid(j).startsWith(u" and ") && equalsLower(wordBefore(t, pos), u"between")) {
        next = j + 5;
    }
    if (next < 0 || next >= t.size())
        return;
    if (next == j + 1 && !isDigit(t[next]) && t[next] != u'$' && t[next] != u'\u20ac' && t[next] != u'\u00a3')
        return;
    const auto second = parseSingle(t, next);
    if (!second || second->core.vague)
        return;
    const Core &b = second->core;
    double low = a.value;
    if (a.scale == 1 && b.scale > 1 && low * b.scale <= b.value)
        low *= b.scale;
    if (!(low < b.value))
        return;
    a.low = low;
    a.high = b.value;
    a.value = low;
    a.end = b.end;
    a.plainDigits = a.plainDigits && b.plainDigits;
    if (a.unit.isEmpty())
        a.unit = b.unit;
    if (first.currency.isEmpty() && !second->currency.isEmpty())
        a.unit = second->currency;
}

// How much of `whole` one `part` is, for the pairs news writes together
// ("7 feet 10 inches", "2 hours and 45 minutes"); 0 for other pairs.
double partFactor(const QString &whole, const QString &part)
{
    static constexpr struct { std::u16string_view whole; std::u16string_view part; double factor; } pairs[] = {
        {u"ft", u"in", 1.0 / 12}, {u"yd", u"ft", 1.0 / 3}, {u"yd", u"in", 1.0 / 36}, {u"km", u"m", 1e-3},
        {u"km", u"cm", 1e-5}, {u"m", u"cm", 1e-2}, {u"m", u"mm", 1e-3}, {u"cm", u"mm", 0.1}, {u"kg", u"g", 1e-3},
        {u"lb", u"oz", 1.0 / 16}, {u"hours", u"minutes", 1.0 / 60}, {u"hours", u"seconds", 1.0 / 3600},
        {u"minutes", u"seconds", 1.0 / 60}, {u"days", u"hours", 1.0 / 24}, {u"weeks", u"days", 1.0 / 7},
        {u"years", u"months", 1.0 / 12},
    };
    for (const auto &p : pairs)
        if (whole == QStringView(p.whole.data(), qsizetype(p.whole.size()))
            && part == QStringView(p.part.data(), qsizetype(p.part.size())))
            return p.factor;
    return 0;
}

// Compound measures as one figure in the first unit: "7 feet 10 inches" =
// 7.833 ft, "2 years and 3 months" = 2.25 years, "$20 and 43c" = 20.43 USD.
// A comma joins parts only for units that are not decimal ("5 feet, 2
// inches"): "10 km, 400 m" is more often a list than one distance.
void readCompound(QStringView t, Single &n)
{
    Core &c = n.core;
    if (c.low || c.unit.isEmpty() || c.scale != 1)
        return;
    // Currencies are the canonical units in three capitals ("USD" from "$" or "dollars").
    const bool money = !n.currency.isEmpty()
        || (c.unit.size() == 3 && std::all_of(c.unit.cbegin(), c.unit.cend(), [](QChar ch) { return ch >= u'A' && ch <= u'Z'; }));
    const bool commaJoins = !money && c.unit != u"km" && c.unit != u"m" && c.unit != u"cm" && c.unit != u"kg";
    for (;;) {
        qsizetype j = c.end;
        double fraction = 0;
        qsizetype fractionEnd = 0;
        if (!money && startsWithLower(t, j, u" and") && readAndFraction(t, j + 4, &fraction, &fractionEnd)) {
            c.value += fraction; // "one hour and a half"
            c.end = fractionEnd;
            return;
        }
        if (startsWithLower(t, j, u" and "))
            j += 5;
        else if (commaJoins && startsWithLower(t, j, u", and "))
            j += 6;
        else if (commaJoins && startsWithLower(t, j, u", "))
            j += 2;
        else if (j + 1 < t.size() && t[j] == u' ')
            j += 1;
        else
            return;
        if (j >= t.size())
            return;
        const std::optional<Core> part = isDigit(t[j]) ? parseDigits(t, j) : parseWords(t, j);
        if (!part || part->vague || !part->unit.isEmpty() || part->value <= 0)
            return;
        qsizetype k = part->end;
        const bool attached = k < t.size() && isAsciiLetter(t[k]);
        if (!attached) {
            if (k + 1 >= t.size() || t[k] != u' ')
                return;
            ++k;
        }
        double factor = 0;
        qsizetype unitEnd = k;
        if (money) {
            const qsizetype we = wordEnd(t, k);
            const QStringView w = t.mid(k, we - k);
            if (equalsLower(w, u"cents") || equalsLower(w, u"cent") || equalsLower(w, u"pence")
                || (attached && (equalsLower(w, u"c") || equalsLower(w, u"p")))) {
                factor = 0.01;
                unitEnd = we;
            }
        } else if (const auto m = UnitDetector::measureAt(t, k, attached)) {
            factor = partFactor(c.unit, m->unit);
            unitEnd = m->end;
        }
        if (factor <= 0 || part->value * factor >= 1)
            return;
        c.value += part->value * factor;
        c.end = unitEnd;
        c.plainDigits = false;
    }
}

// Spoken fractions: "1 over 3", "one over twenty". Only a smaller number over
// a larger one that ends the clause, and never over a year: "lost 300 over
// 2023" is a period, "5 over 10 years" a span of time.
void readOver(QStringView t, Single &n)
{
    Core &c = n.core;
    if (c.low || c.vague || !c.unit.isEmpty() || !n.currency.isEmpty() || !startsWithLower(t, c.end, u" over ")
        || c.end + 6 >= t.size())
        return;
    const auto den = parseSingle(t, c.end + 6);
    if (!den || den->core.low || den->core.vague || !den->core.unit.isEmpty() || !den->currency.isEmpty()
        || !(c.value != 0 && std::fabs(c.value) < den->core.value))
        return;
    if (den->core.plainDigits && den->core.digitCount == 4 && den->core.value >= 1800 && den->core.value <= 2100)
        return;
    const qsizetype e = den->core.end;
    if (e < t.size() && !(t[e] == u'.' || t[e] == u',' || t[e] == u';' || t[e] == u'?' || t[e] == u'!' || t[e] == u')'
                          || t[e] == u'\n'))
        return;
    c.value /= den->core.value;
    c.end = e;
    c.unit = QStringLiteral("fraction");
    c.plainDigits = false;
}

// "1 in 4", "3 out of 10", "1 in twenty-one": a share in digits, like "one in
// four" in words. Not before a year ("3 in 2023") or a measure ("5 in 10
// days"), which make it a count over a period.
void readDigitShare(QStringView t, Single &n)
{
    Core &c = n.core;
    if (!c.plainDigits || !n.currency.isEmpty() || c.value < 1)
        return;
    qsizetype j = 0;
    if (startsWithLower(t, c.end, u" in "))
        j = c.end + 4;
    else if (startsWithLower(t, c.end, u" out of "))
        j = c.end + 8;
    else
        return;
    if (j >= t.size())
        return;
    const std::optional<Core> den = isDigit(t[j]) ? parseDigits(t, j) : parseWords(t, j, false);
    if (!den || den->vague || !den->unit.isEmpty() || den->value <= c.value || den->value != std::floor(den->value)
        || (isDigit(t[j]) && !den->plainDigits) || (den->digitCount == 4 && den->value >= 1800 && den->value <= 2100))
        return;
    if (den->end + 1 < t.size() && t[den->end] == u' ' && UnitDetector::measureAt(t, den->end + 1, false))
        return;
    c.value /= den->value;
    c.end = den->end;
    c.unit = QStringLiteral("fraction");
    c.plainDigits = false;
}

// "forty-five (45)", "two (2) drones", "45 (forty-five)": a number restated in
// the other notation is one figure; two would count it twice.
void readRestatement(QStringView t, Single &n)
{
    Core &c = n.core;
    if (c.low || c.vague || c.end + 2 >= t.size() || t[c.end] != u' ' || t[c.end + 1] != u'(')
        return;
    const auto inner = parseSingle(t, c.end + 2);
    if (!inner || inner->core.inWords == c.inWords || inner->core.value != c.value || inner->core.end >= t.size()
        || t[inner->core.end] != u')')
        return;
    c.end = inner->core.end + 1;
    c.plainDigits = false;
    if (c.unit.isEmpty())
        c.unit = inner->core.unit;
    if (const qsizetype s = c.end + 1; c.unit.isEmpty() && s < t.size() && t[c.end] == u' ') {
        if (const auto m = UnitDetector::measureAt(t, s, false)) {
            c.unit = m->unit;
            c.end = m->end;
        }
    }
}

} // namespace

bool NumberParser::mayStart(QStringView text, qsizetype pos)
{
    const QChar c = text[pos];
    if (isDigit(c))
        return true;
    switch (c.unicode()) {
    case u'$': case u'\u20ac': case u'\u00a3': case u'\u20b4': case u'\u00a5': case u'\u20bd': case u'\u20b9':
        return true;
    case u'-': case u'+': case u'\u2212':
        return pos + 1 < text.size() && isDigit(text[pos + 1]);
    case u'.':
        return pos + 1 < text.size() && isDigit(text[pos + 1]) && (pos == 0 || isSpace(text[pos - 1]));
    default:
        if (vulgarFraction(c) > 0)
            return true;
        break;
    }
    if (!isAsciiLetter(c) || (pos > 0 && isLetter(text[pos - 1])))
        return false;
    qsizetype end = 0;
    if (c.isUpper() && pos + 3 < text.size()) {
        QString unit;
        if (currencySymbolAt(text, pos, &end, &unit) > 0)
            return true;
    }
    const WordInfo *w = wordAt(text, pos, &end);
    return w && w->kind != WordKind::And && w->kind != WordKind::In && w->kind != WordKind::Point && w->kind != WordKind::First;
}

std::optional<ParsedNumber> NumberParser::parseAt(QStringView text, qsizetype pos, qsizetype *skipTo) const
{
    auto single = parseSingle(text, pos);
    if (!single) {
        if (skipTo) {
            qsizetype j = pos + 1;
            if (isLetter(text[pos]))
                j = wordEnd(text, pos);
            else
                while (j < text.size() && !isSpace(text[j]) && text[j] != u'\n')
                    ++j;
            *skipTo = j;
        }
        return std::nullopt;
    }
    readRange(text, pos, *single);
    readCompound(text, *single);
    readOver(text, *single);
    readDigitShare(text, *single);
    readRestatement(text, *single);
    const Core &c = single->core;
    ParsedNumber n;
    n.start = int(single->start);
    n.end = int(c.end);
    n.value = c.value;
    n.low = c.low;
    n.high = c.high;
    n.unit = c.unit;
    n.inWords = c.inWords;
    n.vague = c.vague;
    n.bareInteger = c.plainDigits && single->currency.isEmpty();
    n.digitCount = c.digitCount;
    return n;
}

} // namespace Claimbench
