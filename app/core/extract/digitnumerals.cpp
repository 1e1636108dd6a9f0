#include "core/extract/numberparser_p.h"
#include "core/extract/textscan.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>
#include <string_view>

// Numerals in digits: digit runs, currency signs and codes before them, and
// the fractions written after them.
namespace Claimbench::NumberScan {

using namespace TextScan;

bool isCurrencyCode(QStringView w)
{
    static constexpr std::u16string_view kCodes[] = {
        u"AED", u"ARS", u"AUD", u"BRL", u"BTC", u"CAD", u"CHF", u"CLP", u"CNY", u"COP", u"CZK", u"DKK", u"EGP",
        u"EUR", u"GBP", u"HKD", u"HUF", u"IDR", u"ILS", u"INR", u"IRR", u"JPY", u"KES", u"KRW", u"KZT", u"MXN",
        u"MYR", u"NGN", u"NOK", u"NZD", u"PHP", u"PKR", u"PLN", u"QAR", u"RUB", u"SAR", u"SEK", u"SGD", u"THB",
        u"TWD", u"UAH", u"USD", u"VND", u"ZAR",
    };
    if (w.size() != 3)
        return false;
    const std::u16string_view v(w.utf16(), 3);
    return std::binary_search(std::begin(kCodes), std::end(kCodes), v);
}

double currencySymbolAt(QStringView t, qsizetype i, qsizetype *end, QString *unit)
{
    static const struct { std::u16string_view text; std::u16string_view code; } kSymbols[] = {
        {u"US$", u"USD"}, {u"C$", u"CAD"}, {u"A$", u"AUD"}, {u"HK$", u"HKD"}, {u"NZ$", u"NZD"}, {u"S$", u"SGD"},
        {u"R$", u"BRL"}, {u"Rs.", u"INR"}, {u"Rs", u"INR"}, {u"RM", u"MYR"}, {u"$", u"USD"}, {u"€", u"EUR"}, {u"£", u"GBP"}, {u"₴", u"UAH"}, {u"¥", u"JPY"},
        {u"₽", u"RUB"}, {u"₹", u"INR"},
    };
    if (isAsciiLetter(t[i]) && !mayOpenCurrency(t, i))
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
    for (const auto &s : kSymbols) {
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

namespace {

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

} // namespace

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

void appendAscii(std::string &out, QStringView ascii)
{
    for (QChar ch : ascii)
        out += char(ch.unicode());
}

double asciiToDouble(const std::string &numeral)
{
    double value = 0;
    if (std::from_chars(numeral.data(), numeral.data() + numeral.size(), value).ec != std::errc())
        value = QString::fromLatin1(numeral).toDouble();
    return value;
}

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

double vulgarFraction(QChar ch)
{
    // U+2150..U+215E in code point order: ⅐ ⅑ ⅒ ⅓ ⅔ ⅕ ⅖ ⅗ ⅘ ⅙ ⅚ ⅛ ⅜ ⅝ ⅞
    static constexpr double kForms[] = {1.0 / 7, 1.0 / 9, 0.1,     1.0 / 3, 2.0 / 3, 0.2,   0.4,  0.6,
                                       0.8,     1.0 / 6, 5.0 / 6, 0.125,   0.375,   0.625, 0.875};
    const char16_t u = ch.unicode();
    if (u >= u'\u2150' && u <= u'\u215e')
        return kForms[u - u'\u2150'];
    return u == u'\u00bc' ? 0.25 : u == u'\u00bd' ? 0.5 : u == u'\u00be' ? 0.75 : 0;
}

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

} // namespace Claimbench::NumberScan
