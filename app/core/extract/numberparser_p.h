#pragma once

#include <QString>
#include <QStringView>

#include <optional>
#include <string>

// Internals NumberParser's files share: the kinds of number words, what a
// numeral reads as while it is read, and the readers of its parts (digits,
// spelled numbers, what follows a numeral). Offsets are UTF-16 indices into
// the text, 0-based, end exclusive. Only core/extract's number*.cpp,
// digitnumerals.cpp and spellednumbers.cpp include this header.
namespace Claimbench::NumberScan {

// First: "first(s)", only a denominator inside a compound ("one twenty-first");
// alone it is an ordinal.
enum class WordKind { Unit, Teen, Tens, Hundred, Scale, Dozen, Half, Denominator, First, Article, Vague, Several, Pair, And, In, Point, Minus, Multiple };

struct WordInfo
{
    WordKind kind;
    double value;
    bool plural = false; // "thirds", "quarters": a fraction with a count above one
};


// What a numeral reads as so far; `end` is where it stops.
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

// Currency sign or code, then a sign, then digits or words.
struct Single
{
    qsizetype start = 0;
    Core core;
    QString currency;
};

// Looks up the word starting at i; `end` receives its end.
const WordInfo *wordAt(QStringView t, qsizetype i, qsizetype *end);

// The next number word after `from`, separated by spaces or a hyphen (also a
// spaced one, "fifty - two"); `hyphenated` (if given) tells which.
const WordInfo *nextWord(QStringView t, qsizetype from, qsizetype *start, qsizetype *end, bool allowHyphen = true,
                         bool *hyphenated = nullptr);

// ISO 4217 codes of the currencies news reports amounts in ("CAD 3.03",
// "42 MYR", "SEK 2m"). Only read next to digits.
bool isCurrencyCode(QStringView w);

double currencySymbolAt(QStringView t, qsizetype i, qsizetype *end, QString *unit);

// Whether the letter at i may open a currency code or sign ("USD", "US$",
// "Rs"): most capitalised words ("The") have a lower-case second letter.
inline bool mayOpenCurrency(QStringView t, qsizetype i)
{
    if (i + 1 >= t.size())
        return false;
    const char16_t next = t[i + 1].unicode();
    return next == u'$' || (next >= u'A' && next <= u'Z') || (t[i] == u'R' && next == u's');
}

bool rejectedBefore(QStringView t, qsizetype start);

// Appends `ascii` (digits, signs, a point: all below 128) to `out`.
void appendAscii(std::string &out, QStringView ascii);

// The double a numeral of digits, a point and an exponent reads as. Out of a
// double's range from_chars gives nothing; the numeral then reads as
// QString::toDouble's infinity or zero.
double asciiToDouble(const std::string &numeral);

// Digits with separators and decimals; nullopt for times, versions, ordinals
// and identifiers.
std::optional<Core> parseDigits(QStringView t, qsizetype i);

// The value of a Unicode vulgar fraction ("½", "⅙"), else 0.
double vulgarFraction(QChar ch);

// Fractions written with digits: "1/2", "2 1/2", "20/100", "½".
void readDigitFraction(QStringView t, Core &c);

// The fraction after "and": "a half", "half", "three quarters", "one third".
// `from` is the index just after "and".
bool readAndFraction(QStringView t, qsizetype from, double *fraction, qsizetype *end);

// `c` as the number total + current that ends at `end`.
std::optional<Core> finishWords(Core &c, double total, double current, qsizetype end);

// Units, teens and tens: the words that count.
bool isCount(WordKind k);

// A compound ordinal as a denominator, from its tens word at `at`:
// "twenty-fifth", "twenty firsts" (with `hyphenOnly`, only "thirty-fifths").
// Alone such a word is an ordinal; the caller has read the count before it.
bool compoundDenominator(QStringView t, qsizetype at, double *den, bool *plural, qsizetype *end, bool hyphenOnly = false);

// A singular compound fraction must end its phrase ("one twenty-fifth of the
// budget"): "a twenty-first century" is an ordinal.
bool fractionEndsAt(QStringView t, qsizetype at);

// The fraction count/den read up to `end`, or of the scale after it: "a
// quarter million", "two thirds of a million".
std::optional<Core> fractionWords(QStringView t, Core &c, double count, double den, qsizetype end);

// A hedge right before `pos` ("more than half", "nearly half"): with it a bare
// "half" is a share the text claims, where "half" alone is too often an
// idiom ("second half", "half-hearted") to count.
bool afterHedge(QStringView t, qsizetype pos);

// Whether the number words ending at `end` (their last word of kind `last`)
// are the start of an ordinal: "twenty-first", "thirty-second", "twenty
// third", "one hundred and fifth". "Two quarter-finals" counts.
bool ordinalFollows(QStringView t, qsizetype end, WordKind last);

// Number words: "forty-five thousand one hundred", "a dozen", "two thirds",
// "three in four", "half a million", "tens of thousands", "several hundred".
// `shares` off reads no "in"/"out of": a share's denominator is a plain
// number, which also bounds the recursion on "one in two in three in ...".
std::optional<Core> parseWords(QStringView t, qsizetype i, bool shares = true);

// What follows the numeral: suffixes ("%", "bn", "km"), hyphen compounds
// ("three-year", "15-year-old"), scale words and written units.
bool readTail(QStringView t, Single &n);

} // namespace Claimbench::NumberScan
