#include "core/extract/numberparser_p.h"
#include "core/extract/textscan.h"
#include "core/extract/unitdetector.h"

#include <cmath>
#include <string_view>

// Numbers in words: "forty-five thousand", "a dozen", "two thirds", "three
// in four", "half a million", "tens of thousands".
namespace Claimbench::NumberScan {

using namespace TextScan;

namespace {

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
    static constexpr std::u16string_view kHedges[] = {u"more than ", u"less than ", u"fewer than ", u"at least ",
                                                       u"nearly ",    u"almost ",    u"about ",      u"around ",
                                                       u"roughly ",   u"over ",      u"under "};
    for (const auto &h : kHedges) {
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

} // namespace

std::optional<Core> parseWords(QStringView t, qsizetype i, bool shares)
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

} // namespace Claimbench::NumberScan
