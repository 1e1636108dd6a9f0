#include "core/extract/numberparser_p.h"
#include "core/extract/textscan.h"
#include "core/extract/unitdetector.h"

#include <cmath>

// What follows a numeral and belongs to it: scale suffixes ("5bn"), smaller
// groups ("4 thousand 3 hundred"), percentages, units and multipliers.
namespace Claimbench::NumberScan {

using namespace TextScan;

namespace {

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

// After digits: a decimal read out ("1 point 1"), a fraction, "%", a scale
// suffix ("5bn"), "x", a currency code or a unit joined to them. False when
// the suffix makes the numeral no quantity ("3rd", "1990s", "5pm", "5G") or
// it is part of a code ("555-123-4567").
bool readDigitSuffix(QStringView t, Single &n)
{
    Core &c = n.core;
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
    return true;
}

// Hyphen compounds: "three-year", "20-year low", "15-year-old", "five-fold".
// True when one follows; it ends the numeral.
bool readHyphenCompound(QStringView t, Core &c)
{
    if (!(c.end + 1 < t.size() && (t[c.end] == u'-' || t[c.end] == u'\u2011') && isAsciiLetter(t[c.end + 1])))
        return false;
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

// Scale words after digits: "1.2 million", "3 dozen", "2.5 mn".
void readScaleWord(QStringView t, Single &n)
{
    Core &c = n.core;
    if (c.inWords || c.scale != 1 || c.end + 1 >= t.size() || !isSpace(t[c.end]))
        return;
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

// Written units: "12 percent", "30 per cent", "825 days", "4 million hryvnias".
void readWrittenUnit(QStringView t, Single &n)
{
    Core &c = n.core;
    if (!(c.unit.isEmpty() || c.unit == u"fraction"))
        return;
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
void readBelowZero(QStringView t, Core &c)
{
    if (!((c.unit.isEmpty() || c.unit == u"degrees" || c.unit == u"°C" || c.unit == u"°F") && c.value > 0
          && startsWithLower(t, c.end, u" below zero") && (c.end + 11 >= t.size() || !isLetter(t[c.end + 11]))))
        return;
    c.value = -c.value;
    c.end += 11;
    if (c.unit.isEmpty())
        c.unit = QStringLiteral("degrees");
    c.plainDigits = false;
}

// A currency after the number: a code ("115USD", "17 USD", "50 million
// EUR") or a sign ("20€", "10$", "10 $").
void readTrailingCurrency(QStringView t, Single &n)
{
    Core &c = n.core;
    if (n.currency.isEmpty() && c.unit.isEmpty() && c.end < t.size()) {
        qsizetype j = c.end < t.size() && t[c.end] == u' ' ? c.end + 1 : c.end;
        if (j + 3 <= t.size() && isCurrencyCode(t.mid(j, 3)) && (j + 3 >= t.size() || !(isLetter(t[j + 3]) || isDigit(t[j + 3])))) {
            n.currency = t.mid(j, 3).toString();
            c.end = j + 3;
        }
    }
    // "20€", "10$", "10 $": a sign after the digits.
    if (n.currency.isEmpty() && !c.inWords && c.end < t.size() && c.unit.isEmpty()) {
        static const struct { char16_t sign; QStringView code; } kTrailing[] = {
            {u'$', u"USD"}, {u'\u20ac', u"EUR"}, {u'\u00a3', u"GBP"}, {u'\u20b4', u"UAH"}, {u'\u20bd', u"RUB"}, {u'\u00a5', u"JPY"}};
        qsizetype j = c.end;
        if (j + 1 < t.size() && t[j] == u' ')
            ++j;
        for (const auto &tr : kTrailing)
            if (j < t.size() && t[j] == tr.sign && (j + 1 >= t.size() || !(isLetter(t[j + 1]) || isDigit(t[j + 1])))
                && !(j + 2 < t.size() && t[j + 1] == u' ' && isDigit(t[j + 2]))) {
                n.currency = tr.code.toString();
                c.end = j + 1;
            }
    }
}

} // namespace

bool readTail(QStringView t, Single &n)
{
    Core &c = n.core;
    if (!c.inWords && !readDigitSuffix(t, n))
        return false;
    if (readHyphenCompound(t, c))
        return true;
    readScaleWord(t, n);
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
    readWrittenUnit(t, n);
    readBelowZero(t, c);
    readTrailingCurrency(t, n);
    if (!n.currency.isEmpty()) {
        c.unit = n.currency;
        c.plainDigits = false;
    }
    return true;
}

} // namespace Claimbench::NumberScan
