#include "core/extract/numberparser.h"

#include "core/extract/numberparser_p.h"
#include "core/extract/textscan.h"
#include "core/extract/unitdetector.h"

#include <cmath>
#include <string>
#include <string_view>

namespace Claimbench {

using namespace TextScan;
using namespace NumberScan;

namespace {


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

// A range after the first numeral: "20-30", "20–30", "20--30", "20 to 30",
// "between 20 and 30"; the second end may carry the scale and unit for both
// ("$20-30 million", "20-30%").
void readRange(QStringView t, qsizetype pos, Single &first)
{
    Core &a = first.core;
    if (a.vague)
        return;
    qsizetype j = a.end;
    qsizetype next = -1;
    if (j + 2 < t.size() && t[j] == u'-' && t[j + 1] == u'-' && isDigit(t[j + 2]) && !a.inWords) {
        next = j + 2; // "34--36 weeks": plain text writes the en dash as two hyphens
    } else if (j + 1 < t.size() && (t[j] == u'-' || t[j] == u'\u2013' || t[j] == u'\u2014') && !a.inWords) {
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
    // "rose 0.2 percentage point to 8.3 percent", "fell by 2.7% to 884,748":
    // a change, then a level; "$20 to 30" shares its currency.
    if (!a.unit.isEmpty() && a.unit != b.unit && (!b.unit.isEmpty() || first.currency.isEmpty()))
        return;
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
    static constexpr struct { std::u16string_view whole; std::u16string_view part; double factor; } kPairs[] = {
        {u"ft", u"in", 1.0 / 12}, {u"yd", u"ft", 1.0 / 3}, {u"yd", u"in", 1.0 / 36}, {u"km", u"m", 1e-3},
        {u"km", u"cm", 1e-5}, {u"m", u"cm", 1e-2}, {u"m", u"mm", 1e-3}, {u"cm", u"mm", 0.1}, {u"kg", u"g", 1e-3},
        {u"lb", u"oz", 1.0 / 16}, {u"hours", u"minutes", 1.0 / 60}, {u"hours", u"seconds", 1.0 / 3600},
        {u"minutes", u"seconds", 1.0 / 60}, {u"days", u"hours", 1.0 / 24}, {u"weeks", u"days", 1.0 / 7},
        {u"years", u"months", 1.0 / 12},
    };
    for (const auto &p : kPairs)
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
// four" in words; "one of every five", "1 in every 8" in words or digits.
// Not before a year ("3 in 2023") or a measure ("5 in 10 days"), which make
// it a count over a period.
void readDigitShare(QStringView t, Single &n)
{
    Core &c = n.core;
    if (!(c.plainDigits || c.inWords) || !n.currency.isEmpty() || c.value < 1)
        return;
    qsizetype j = 0;
    if (startsWithLower(t, c.end, u" of every ") || startsWithLower(t, c.end, u" in every "))
        j = c.end + 10;
    else if (!c.plainDigits)
        return;
    else if (startsWithLower(t, c.end, u" in "))
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
    // Asked at every word start of a text, so words come first.
    if (isAsciiLetter(c)) {
        if (pos > 0 && isLetter(text[pos - 1]))
            return false;
        qsizetype end = 0;
        if (c.isUpper() && pos + 3 < text.size() && mayOpenCurrency(text, pos)) {
            QString unit;
            if (currencySymbolAt(text, pos, &end, &unit) > 0)
                return true;
        }
        const WordInfo *w = wordAt(text, pos, &end);
        return w && w->kind != WordKind::And && w->kind != WordKind::In && w->kind != WordKind::Point
            && w->kind != WordKind::First;
    }
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
        return vulgarFraction(c) > 0;
    }
}

std::optional<ParsedNumber> NumberParser::parseAt(QStringView text, qsizetype pos, qsizetype *skipTo) const
{
    auto single = parseSingle(text, pos);
    if (!single) {
        if (skipTo) {
            qsizetype j = pos + 1;
            if (isLetter(text[pos]))
                j = wordEnd(text, pos);
            else // an identifier ends at a space or an ellipsis ("EF1...86 to 110 mph")
                while (j < text.size() && !isSpace(text[j]) && text[j] != u'\n' && text[j] != u'\u2026'
                       && !(text[j] == u'.' && j + 1 < text.size() && text[j + 1] == u'.'))
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
