#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Claimbench {

// The number words of Ukrainian and Russian in their case and gender forms,
// for CyrillicNumberParser: a table built once, looked up by the word as
// written (any letter case, any of the apostrophes ' ’ ʼ ‘, ё or е).
struct CyrillicNumberWord
{
    enum Kind {
        Digit,      // 1-9 (and 0)
        Teen,       // 10-19
        Tens,       // 20-90
        Hundreds,   // 100-900
        Scale,      // тисяча, мільйон, млн, ... (value: the multiplier)
        OneAndHalf, // полтора, півтори: 1.5, a scale may follow
        Half,       // пів, пол: half of the scale or noun that follows
        Fraction,   // половина, третина, чверть, треть: a part of a whole
        Collective, // двоє, троє, четверо: a count of people
        Multiplier, // утричі, вдвое, тричі, трижды: so many times
        Minus,      // мінус, минус
        Vague,      // десятки, сотні: tens, hundreds of something
        Several,    // кілька, несколько: several, before a scale ("кілька тисяч")
    };
    Kind kind = Digit;
    double value = 0;
    bool standsAlone = true; // a scale word that counts by itself ("тисяча", not "тисячі": thousands)
};

namespace CyrillicNumberWords {

// The entry of `word`, or nullptr when it is no number word.
const CyrillicNumberWord *find(QStringView word);

// Whether `noun` is a measure that "пів"/"пол" halves glued or apart
// ("півгодини", "полчаса", "пол литра"): periods and units of measure.
bool isHalvedNoun(QStringView noun);

// A quantity said vaguely, as English's "tens of thousands" or "several
// hundred": its low and high end.
struct VagueQuantity
{
    qsizetype end = 0;
    double low = 0;
    double high = 0;
};

// The vague quantity that starts at `pos`: "десятки", "сотні тисяч",
// "кілька сотень", "несколько тысяч", a scale word alone in the plural
// ("тисячі людей", "мільйони"); nullopt elsewhere.
std::optional<VagueQuantity> vagueAt(QStringView text, qsizetype pos);

// The word lower-cased with one apostrophe (') and е for ё: the tables' key.
QString key(QStringView word);

// Whether `c` joins the letters of a Ukrainian word (' ’ ʼ ‘ between letters).
bool isApostrophe(QChar c);

// End of the word that starts at `i`, apostrophes inside it included.
qsizetype wordEnd(QStringView text, qsizetype i);

// The word that starts at `i` (empty when none).
QStringView wordAt(QStringView text, qsizetype i);

// The word after `i`, past spaces (never a line break); empty when
// something else follows. `start` receives where it starts.
QStringView nextWord(QStringView text, qsizetype i, qsizetype *start = nullptr);

// The word before `pos`, past spaces, and past the full stop of an
// abbreviation ("вул.", "буд.") when `pastFullStop`.
QStringView previousWordOf(QStringView text, qsizetype pos, bool pastFullStop = false);

// Where the commas that group thousands as English writes them end, for the
// digits text[pos, digitsEnd) (one to three of them): "1,200,000", and
// "1,200" beside an English word (a quote in English inside a Ukrainian
// report), where Ukrainian writes a decimal comma ("1,2"); -1 otherwise.
// Whether `word` may open with the stem of a number word ("одно-",
// "дво-", "п'яти-", "сорока-"): its first three letters are one of theirs.
// A cheap test before the look for an age or a measure in one word
// ("однорічна", "шестилетний"), which runs on every word.
bool mayStartNumberStem(QStringView word);

// A currency sign ("$", "€", "₴", "₽", "£") and its code, or a code written
// out ("usd", lower-case).
bool isCurrencySign(QChar c, QString *code);
bool isCurrencyCode(QStringView word);

qsizetype englishGroupsEnd(QStringView text, qsizetype pos, qsizetype digitsEnd);

} // namespace CyrillicNumberWords

} // namespace Claimbench
