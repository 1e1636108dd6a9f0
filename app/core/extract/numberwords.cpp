#include "core/extract/numberparser_p.h"
#include "core/extract/textscan.h"

#include <array>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

// The number words, their look-up, and the fractions and ordinals they form.
namespace Claimbench::NumberScan {

using namespace TextScan;

namespace {

using NumberWord = std::pair<std::u16string_view, WordInfo>;

const std::vector<NumberWord> &numberWords()
{
    static const std::vector<NumberWord> kTable = {
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
        {u"twice", {WordKind::Multiple, 2}}, {u"thrice", {WordKind::Multiple, 3}},
    };
    return kTable;
}

// The number words by their first two letters (a one-letter word by its
// letter alone). The extractor looks up every word start of a text: most
// words find no number word that begins as they do, or none of their length
// ("the", "for"), and are turned away; the rest are compared with the few
// that do, ASCII folded as it goes, instead of being lower-cased into a copy
// and hashed.
class NumberWordIndex
{
public:
    static constexpr char16_t kNoLetter = u'a' + 26;

    struct Bucket
    {
        std::uint32_t lengths = 0; // bit n: a word of n letters
        std::vector<const NumberWord *> words;
    };

    NumberWordIndex()
    {
        for (const NumberWord &word : numberWords()) {
            Bucket &bucket = m_buckets[bucketOf(word.first[0], word.first.size() > 1 ? word.first[1] : kNoLetter)];
            bucket.lengths |= std::uint32_t(1) << word.first.size();
            bucket.words.push_back(&word);
        }
    }

    // The number words that start with `first` and then `second` (kNoLetter:
    // the one-letter words), both ASCII letters of either case.
    const Bucket &startingWith(char16_t first, char16_t second) const { return m_buckets[bucketOf(first, second)]; }

private:
    // Upper- and lower-case ASCII letters share a bucket: they differ in 0x20.
    static std::size_t bucketOf(char16_t first, char16_t second)
    {
        return std::size_t((first | 0x20) - u'a') * 27 + std::size_t((second | 0x20) - u'a');
    }

    std::array<Bucket, 26 * 27> m_buckets;
};

} // namespace

const WordInfo *wordAt(QStringView t, qsizetype i, qsizetype *end)
{
    if (i >= t.size() || !isAsciiLetter(t[i]) || (i > 0 && isLetter(t[i - 1])))
        return nullptr;
    static const NumberWordIndex kIndex;
    const bool oneLetter = i + 1 >= t.size() || !isAsciiLetter(t[i + 1]);
    const NumberWordIndex::Bucket &candidates = kIndex.startingWith(
        t[i].unicode(), oneLetter ? NumberWordIndex::kNoLetter : t[i + 1].unicode());
    if (candidates.lengths == 0)
        return nullptr;
    qsizetype j = i + 1;
    while (j < t.size() && isAsciiLetter(t[j]))
        ++j;
    // Number words have fewer than 32 letters.
    if ((j < t.size() && (isLetter(t[j]) || isDigit(t[j]))) || j - i >= 32 || !(candidates.lengths >> (j - i) & 1))
        return nullptr;
    const QStringView word = t.mid(i, j - i);
    for (const NumberWord *key : candidates.words) {
        if (equalsLower(word, QStringView(key->first.data(), qsizetype(key->first.size())))) {
            *end = j;
            return &key->second;
        }
    }
    return nullptr;
}

const WordInfo *nextWord(QStringView t, qsizetype from, qsizetype *start, qsizetype *end, bool allowHyphen,
                         bool *hyphenated)
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

bool readAndFraction(QStringView t, qsizetype from, double *fraction, qsizetype *end)
{
    qsizetype s = 0;
    qsizetype e = 0;
    // "three-and-a-half": hyphens after a hyphenated "and" join the fraction too.
    const WordInfo *w = nextWord(t, from, &s, &e, from >= 4 && t[from - 4] == u'-');
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
    } else if (hyphenated && den && den->kind != WordKind::Denominator && den->kind != WordKind::Half) {
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

bool compoundDenominator(QStringView t, qsizetype at, double *den, bool *plural, qsizetype *end, bool hyphenOnly)
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

bool fractionEndsAt(QStringView t, qsizetype at)
{
    return at >= t.size() || t[at] == u'.' || t[at] == u',' || t[at] == u';' || t[at] == u'!' || t[at] == u'?'
        || t[at] == u')' || t[at] == u'\n' || startsWithLower(t, at, u" of ");
}

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

} // namespace Claimbench::NumberScan
