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

Core vagueRange(Core c, double lowFactor, double base, qsizetype end)
{
    c.vague = true;
    c.low = lowFactor * base;
    c.high = 10 * base;
    c.value = *c.low;
    c.end = end;
    return c;
}

// "tens of thousands", "hundreds of millions", "dozens", "thousands"
std::optional<Core> vagueWords(QStringView t, const WordInfo &w, qsizetype wend, Core c)
{
    qsizetype e = 0;
    if (wend + 3 < t.size() && t.mid(wend, 4) == u" of ") {
        const WordInfo *scale = wordAt(t, wend + 4, &e);
        if (scale && scale->kind == WordKind::Vague && scale->value >= 1e3 && scale->value > w.value)
            return vagueRange(c, 1, w.value * scale->value, e);
    }
    if (w.value == 10)
        return std::nullopt; // "tens" alone is not a quantity
    if (w.value == 12) {
        c.vague = true;
        c.low = 24;
        c.high = 100;
        c.value = 24;
        c.end = wend;
        return c;
    }
    return vagueRange(c, 2, w.value, wend);
}

// "several hundred", "a few thousand" (the article is read by articleWords).
std::optional<Core> severalWords(QStringView t, const WordInfo &w, qsizetype wend, Core c)
{
    qsizetype s = 0;
    qsizetype e = 0;
    const WordInfo *scale = nextWord(t, wend, &s, &e, false);
    if (!scale || (scale->kind != WordKind::Hundred && scale->kind != WordKind::Scale && scale->kind != WordKind::Dozen))
        return std::nullopt;
    c.vague = true;
    c.low = w.value * scale->value;
    c.high = 9 * scale->value;
    c.value = *c.low;
    c.end = e;
    return c;
}

// "half a million", "half a dozen", "half million"; "half" alone after a hedge.
std::optional<Core> halfWords(QStringView t, qsizetype i, qsizetype wend, Core c)
{
    qsizetype s = 0;
    qsizetype e = 0;
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
    // A sentence that opens with "Half of" gives a share ("Half of the
    // cases occurred ..."); elsewhere a bare "half" is too often a part
    // ("the second half of the year") to be taken without a hedge.
    const bool opensShare = t[i].isUpper() && startsWithLower(t, wend, u" of ");
    if ((afterHedge(t, i) || opensShare) && !(wend < t.size() && t[wend] == u'-'))
        return fractionWords(t, c, 1, 2, wend);
    return std::nullopt;
}

// "a couple of days", "a few hundred", "a third", "a half". `readOn` is set
// for "a hundred", "a million", "a dozen": a count of one that countWords
// reads on from.
std::optional<Core> articleWords(QStringView t, qsizetype wend, Core c, bool *readOn)
{
    qsizetype s = 0;
    qsizetype e = 0;
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
    *readOn = next->kind == WordKind::Hundred || next->kind == WordKind::Scale || next->kind == WordKind::Dozen;
    return std::nullopt;
}

// "quarter million"
std::optional<Core> quarterWords(QStringView t, const WordInfo &w, qsizetype wend, Core c)
{
    qsizetype s = 0;
    qsizetype e = 0;
    const WordInfo *scale = nextWord(t, wend, &s, &e, false);
    if (!w.plural && w.value == 4 && scale && scale->kind == WordKind::Scale) {
        c.value = scale->value / 4;
        c.end = e;
        return c;
    }
    return std::nullopt;
}

// "minus five", "negative one hundred", "minus 5"
std::optional<Core> minusWords(QStringView t, qsizetype wend)
{
    qsizetype s2 = 0;
    qsizetype e = 0;
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

// A number being counted word by word: "forty-five thousand one hundred".
struct Tally
{
    double total = 0;
    double current = 0;
    double sinceHundred = 0; // the part of `current` after its "hundred" ("three hundred and two dozens")
    double lastScale = 1;
    double lastGroup = 0;    // what the last scale word added to `total` ("three lakh" before "crore")
    WordKind last = WordKind::And;
    bool started = false;
};

// What one word does to the tally: it joins the number (Take), ends it
// before the word (Stop), or completes it (Finish: a fraction, a share,
// decimals), `result` being the whole reading.
struct Step
{
    enum Kind { Take, Stop, Finish } kind = Take;
    std::optional<Core> result;
};

Step stop()
{
    return {Step::Stop, std::nullopt};
}

Step finish(std::optional<Core> result)
{
    return {Step::Finish, std::move(result)};
}

// The kind `word` counts as in the tally: "three billions", "five hundreds",
// "three dozens": a plural after a count is exact.
WordKind countedKind(const WordInfo &word, const Tally &n)
{
    if (word.kind == WordKind::Vague && n.started && n.current > 0)
        return word.value == 12 ? WordKind::Dozen : word.value == 100 ? WordKind::Hundred : WordKind::Scale;
    if (word.kind == WordKind::Vague && n.started && n.last == WordKind::Scale && word.value > 100)
        return WordKind::Scale; // "three thousand millions"
    return word.kind;
}

Step countTens(QStringView t, const WordInfo &word, qsizetype wordStart, Tally &n, Core &c)
{
    double den = 0;
    bool plural = false;
    qsizetype denEnd = 0;
    if (n.started && isCount(n.last)) {
        // "one twenty-fifth", "twenty twenty fifths": the count of a compound denominator
        if (n.total == 0 && compoundDenominator(t, wordStart, &den, &plural, &denEnd) && plural == (n.current > 1)
            && (plural || fractionEndsAt(t, denEnd)))
            return finish(fractionWords(t, c, n.current, den, denEnd));
        return stop();
    }
    if ((n.last == WordKind::Hundred || n.last == WordKind::Scale)
        && compoundDenominator(t, wordStart, &den, &plural, &denEnd, true) && plural) {
        // "one hundred thirty-fifths": the hyphen makes one ordinal of tens and units
        return finish(fractionWords(t, c, n.total + n.current, den, denEnd));
    }
    n.current += word.value;
    n.sinceHundred += word.value;
    return {};
}

void countScale(const WordInfo &word, Tally &n)
{
    if (n.last == WordKind::Scale && n.current == 0 && word.value > n.lastScale) {
        // A scale of a scale: "three lakh crore", "three thousand millions".
        n.total += n.lastGroup * (word.value - 1);
        n.lastGroup *= word.value;
        n.lastScale *= word.value;
    } else {
        n.lastGroup = (n.current == 0 ? 1 : n.current) * word.value;
        n.total += n.lastGroup;
        n.current = 0;
        n.sinceHundred = 0;
        n.lastScale = word.value;
    }
}

// "one third", "two thirds", "three quarters"; a plural also after a
// larger numerator: "a hundred trillionths", "ninety-five hundred fifths".
Step countDenominator(QStringView t, const WordInfo &word, qsizetype wordEnd, const Tally &n, Core &c)
{
    const double count = n.total + n.current;
    const WordKind last = n.last;
    const bool counted = last == WordKind::Unit || last == WordKind::Teen || last == WordKind::Tens
        || last == WordKind::Article || (word.plural && (last == WordKind::Hundred || last == WordKind::Scale));
    if (count >= 1 && counted && word.plural == (count > 1) && (n.total == 0 || word.plural))
        return finish(fractionWords(t, c, count, word.value, wordEnd));
    return stop();
}

// "three in four", "one in five", "one out of three", "two out of five hundred"
Step countShare(QStringView t, const WordInfo &word, qsizetype wordEnd, const Tally &n, Core &c, bool shares)
{
    qsizetype s2 = 0;
    qsizetype e2 = 0;
    qsizetype from = wordEnd;
    if (!shares)
        return stop();
    if (word.value == 1) { // "out" needs its "of"
        if (!startsWithLower(t, from, u" of"))
            return stop();
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
    if (n.total == 0 && n.current >= 1 && denominator > n.current && isCount(n.last)) {
        c.value = n.current / denominator;
        c.unit = QStringLiteral("fraction");
        c.end = e2;
        return finish(c);
    }
    return stop();
}

// Decimals in words: "two point five million", "nought point nought three",
// "ten point seventy-five". "At one point, ..." has no digit word after it
// and stays "one".
Step countPoint(QStringView t, qsizetype wordEnd, Tally &n, Core &c)
{
    const WordKind last = n.last;
    if (!n.started || !(last == WordKind::Unit || last == WordKind::Teen || last == WordKind::Tens || last == WordKind::Hundred))
        return stop();
    qsizetype s2 = 0;
    qsizetype e2 = 0;
    double fraction = 0;
    double place = 0.1;
    qsizetype fractionEnd = wordEnd;
    const WordInfo *d = nextWord(t, wordEnd, &s2, &e2, false);
    for (; d && d->kind == WordKind::Unit; d = nextWord(t, e2, &s2, &e2, false)) {
        fraction += d->value * place;
        place /= 10;
        fractionEnd = e2;
    }
    if (fractionEnd == wordEnd && d && (d->kind == WordKind::Teen || d->kind == WordKind::Tens)) {
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
    if (fractionEnd == wordEnd)
        return stop();
    n.current += fraction;
    qsizetype end = fractionEnd;
    qsizetype e3 = 0;
    const WordInfo *scale = nextWord(t, fractionEnd, &s2, &e3, false);
    if (scale && scale->kind == WordKind::Scale) {
        n.total += n.current * scale->value;
        n.current = 0;
        end = e3;
    }
    return finish(finishWords(c, n.total, n.current, end));
}

// "one hundred and five", "two and a half", "two and half"
Step countAnd(QStringView t, qsizetype wordEnd, Tally &n, Core &c)
{
    qsizetype s2 = 0;
    qsizetype e2 = 0;
    double fraction = 0;
    qsizetype halfEnd = 0;
    // "one million and a half", "five billion and three quarters": a
    // fraction of the scale before it, or of the smaller scale named
    // after it ("one billion and a half million").
    if (n.last == WordKind::Scale && n.current == 0 && readAndFraction(t, wordEnd, &fraction, &halfEnd)) {
        double scale = n.lastScale;
        if (const WordInfo *smaller = nextWord(t, halfEnd, &s2, &e2, false);
            smaller && smaller->kind == WordKind::Scale && smaller->value < n.lastScale) {
            scale = smaller->value;
            halfEnd = e2;
        }
        return finish(finishWords(c, n.total + fraction * scale, 0, halfEnd));
    }
    // The fraction is tried first: "one hundred and three quarters" is
    // 100.75, not 103 quarters.
    if ((isCount(n.last) || n.last == WordKind::Hundred) && readAndFraction(t, wordEnd, &fraction, &halfEnd)) {
        // "two and a half", "two and half", "five and a quarter", "twenty and three fifths"
        n.current += fraction;
        qsizetype end = halfEnd;
        qsizetype s3 = 0;
        qsizetype e3 = 0;
        const WordInfo *scale = nextWord(t, halfEnd, &s3, &e3, false);
        if (scale && scale->kind == WordKind::Scale) {
            n.total += n.current * scale->value;
            n.current = 0;
            end = e3;
        }
        return finish(finishWords(c, n.total, n.current, end));
    }
    // The next word is read by the loop.
    const WordInfo *next = nextWord(t, wordEnd, &s2, &e2, false);
    if (next && isCount(next->kind) && (n.last == WordKind::Hundred || n.last == WordKind::Scale))
        return {};
    return stop();
}

// What `word` (of counted kind `kind`, at [wordStart, wordEnd)) does to the tally.
Step countWord(QStringView t, const WordInfo &word, WordKind kind, qsizetype wordStart, qsizetype wordEnd, Tally &n,
               Core &c, bool shares)
{
    switch (kind) {
    case WordKind::Article:
        if (n.started)
            return stop();
        n.current = 1;
        return {};
    case WordKind::Unit:
    case WordKind::Teen:
        if (n.started
            && (n.last == WordKind::Unit || n.last == WordKind::Teen || (n.last == WordKind::Tens && kind == WordKind::Teen)))
            return stop();
        n.current += word.value;
        n.sinceHundred += word.value;
        return {};
    case WordKind::Tens:
        return countTens(t, word, wordStart, n, c);
    case WordKind::Hundred:
        n.current = (n.current == 0 ? 1 : n.current) * 100;
        n.sinceHundred = 0;
        return {};
    case WordKind::Dozen:
        if (n.sinceHundred > 0 && n.current > n.sinceHundred) {
            n.current += n.sinceHundred * 11; // "three hundred and two dozens": only the two are dozens
            n.sinceHundred *= 12;
        } else {
            n.current = (n.current == 0 ? 1 : n.current) * 12;
            n.sinceHundred = 0;
        }
        return {};
    case WordKind::Scale:
        countScale(word, n);
        return {};
    case WordKind::Denominator:
        return countDenominator(t, word, wordEnd, n, c);
    case WordKind::In:
        return countShare(t, word, wordEnd, n, c, shares);
    case WordKind::Point:
        return countPoint(t, wordEnd, n, c);
    case WordKind::And:
        return countAnd(t, wordEnd, n, c);
    default:
        return stop();
    }
}

// A count in words from its first word `first` at [i, wend): units, tens,
// hundreds, scales, and the fractions, shares and decimals that end one.
std::optional<Core> countWords(QStringView t, qsizetype i, const WordInfo &first, qsizetype wend, Core &c, bool shares)
{
    Tally n;
    qsizetype end = i;
    const WordInfo *word = &first;
    qsizetype wordStart = i;
    qsizetype wordEndPos = wend;
    while (word) {
        const WordKind kind = countedKind(*word, n);
        Step step = countWord(t, *word, kind, wordStart, wordEndPos, n, c, shares);
        if (step.kind == Step::Finish)
            return std::move(step.result);
        if (step.kind == Step::Stop)
            break;
        n.started = true;
        if (kind != WordKind::And) {
            n.last = kind;
            end = wordEndPos;
        }
        bool hyphenated = false;
        word = nextWord(t, wordEndPos, &wordStart, &wordEndPos, true, &hyphenated);
        // A hyphen only joins tens and units ("forty-five", "fifty - two")
        // and a fraction ("three-and-a-half"); "three-year" ends here.
        if (word && hyphenated && !(n.last == WordKind::Tens && word->kind == WordKind::Unit)
            && word->kind != WordKind::Denominator && !(word->kind == WordKind::And && t[wordEndPos] == u'-'))
            word = nullptr;
    }
    if (!n.started || (n.last == WordKind::And) || ordinalFollows(t, end, n.last))
        return std::nullopt;
    return finishWords(c, n.total, n.current, end);
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
    switch (w->kind) {
    case WordKind::Vague:
        return vagueWords(t, *w, wend, c);
    case WordKind::Several:
        return severalWords(t, *w, wend, c);
    case WordKind::Half:
        return halfWords(t, i, wend, c);
    case WordKind::Article: {
        bool readOn = false;
        auto article = articleWords(t, wend, c, &readOn);
        if (!readOn)
            return article;
        break;
    }
    case WordKind::Denominator:
        return quarterWords(t, *w, wend, c);
    case WordKind::Minus:
        return minusWords(t, wend);
    case WordKind::Multiple: // "twice the speed", "more than twice"
        c.value = w->value;
        c.unit = QStringLiteral("times");
        c.end = wend;
        return c;
    case WordKind::Unit:
    case WordKind::Teen:
    case WordKind::Tens:
        break;
    default:
        return std::nullopt;
    }
    return countWords(t, i, *w, wend, c, shares);
}

} // namespace Claimbench::NumberScan
