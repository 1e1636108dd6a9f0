#pragma once

#include "core/extract/datescanner.h"
#include "core/domain/monthnames.h"
#include "core/extract/textscan.h"

#include <QDate>
#include <QList>
#include <QStringView>

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <utility>

// Internals of DateScan::scan() shared by the files that implement it:
// character and word classes, the keyword table and the Scanner, whose
// readers are split by what a date starts with (datewords.cpp: a word,
// datenumerals.cpp: digits). Only those files include this header.
namespace Claimbench::DateScan {

// The scan's character and word classes are TextScan's (UTF-16 offsets).
using TextScan::isApostrophe;
using TextScan::isDash;
using TextScan::isDigit;
using TextScan::isLetter;
using TextScan::isSpace;
using TextScan::skipSpaces;
using TextScan::wordEnd;
using TextScan::wordStartBefore;

enum class WordKind { Month, MonthAbbrev, Weekday, WeekdayAbbrev, RelativeDay, Period };

struct Keyword
{
    std::u16string_view text; // lower case
    WordKind kind;
    int value;
};

// Keywords other than month names (kMonthNames).
inline constexpr std::array kOtherKeywords{
    Keyword{u"monday", WordKind::Weekday, 1},    Keyword{u"tuesday", WordKind::Weekday, 2},
    Keyword{u"monday", WordKind::Weekday, 1},    Keyword{u"tuesday", WordKind::Weekday, 2},
    Keyword{u"wednesday", WordKind::Weekday, 3}, Keyword{u"thursday", WordKind::Weekday, 4},
    Keyword{u"friday", WordKind::Weekday, 5},    Keyword{u"saturday", WordKind::Weekday, 6},
    Keyword{u"sunday", WordKind::Weekday, 7},    Keyword{u"mon", WordKind::WeekdayAbbrev, 1},
    Keyword{u"tue", WordKind::WeekdayAbbrev, 2}, Keyword{u"tues", WordKind::WeekdayAbbrev, 2},
    Keyword{u"wed", WordKind::WeekdayAbbrev, 3}, Keyword{u"thu", WordKind::WeekdayAbbrev, 4},
    Keyword{u"thur", WordKind::WeekdayAbbrev, 4}, Keyword{u"thurs", WordKind::WeekdayAbbrev, 4},
    Keyword{u"fri", WordKind::WeekdayAbbrev, 5}, Keyword{u"sat", WordKind::WeekdayAbbrev, 6},
    Keyword{u"sun", WordKind::WeekdayAbbrev, 7}, Keyword{u"yesterday", WordKind::RelativeDay, -1},
    Keyword{u"today", WordKind::RelativeDay, 0}, Keyword{u"tonight", WordKind::RelativeDay, 0},
    Keyword{u"tomorrow", WordKind::RelativeDay, 1},
    Keyword{u"week", WordKind::Period, int(Period::Week)},
    Keyword{u"weekend", WordKind::Period, int(Period::Weekend)},
    Keyword{u"month", WordKind::Period, int(Period::Month)},
    Keyword{u"year", WordKind::Period, int(Period::Year)},
};

inline constexpr auto kKeywords = [] {
    std::array<Keyword, kMonthNames.size() + kOtherKeywords.size()> all{};
    size_t k = 0;
    for (const MonthName &m : kMonthNames)
        all[k++] = Keyword{m.text, m.abbreviation ? WordKind::MonthAbbrev : WordKind::Month, m.month};
    for (const Keyword &w : kOtherKeywords)
        all[k++] = w;
    return all;
}();

constexpr char16_t lowerAscii(char16_t c) { return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c; }

// Index of the three ASCII letters that open a word, any case, or -1.
constexpr int prefixIndex(char16_t a, char16_t b, char16_t c)
{
    a = lowerAscii(a);
    b = lowerAscii(b);
    c = lowerAscii(c);
    if (a < u'a' || a > u'z' || b < u'a' || b > u'z' || c < u'a' || c > u'z')
        return -1;
    return ((a - u'a') * 26 + (b - u'a')) * 26 + (c - u'a');
}

// Bit i set when a keyword opens with the three letters of prefixIndex() i:
// the scanner asks about every word of a text, and this one test turns away
// nearly all of them ("the", "and", "for" share only their initial and length
// with a keyword).
inline constexpr std::array<quint64, 26 * 26 * 26 / 64 + 1> kKeywordPrefixes = [] {
    std::array<quint64, 26 * 26 * 26 / 64 + 1> bits{};
    for (const Keyword &k : kKeywords) {
        const int i = prefixIndex(k.text[0], k.text[1], k.text[2]);
        bits[size_t(i / 64)] |= quint64(1) << (i % 64);
    }
    return bits;
}();

inline bool sameWord(QStringView word, std::u16string_view lower)
{
    if (word.size() != qsizetype(lower.size()))
        return false;
    for (qsizetype i = 0; i < word.size(); ++i)
        if (lowerAscii(word[i].unicode()) != lower[size_t(i)])
            return false;
    return true;
}

inline bool isOneOf(QStringView word, std::initializer_list<std::u16string_view> lowerWords)
{
    return std::any_of(lowerWords.begin(), lowerWords.end(),
                       [&](std::u16string_view w) { return sameWord(word, w); });
}

// The keywords of each initial, as indexes into kKeywords (at most 15 per letter).
struct InitialIndex
{
    std::array<quint8, 15> keywords{};
    quint8 count = 0;
};
inline constexpr std::array<InitialIndex, 26> kKeywordsByInitial = [] {
    std::array<InitialIndex, 26> index{};
    for (size_t k = 0; k < kKeywords.size(); ++k) {
        InitialIndex &i = index[size_t(kKeywords[k].text.front() - u'a')];
        i.keywords[i.count++] = quint8(k);
    }
    return index;
}();

// Whether `word` can be a keyword: three to nine letters that open like one.
inline bool mayBeKeyword(QStringView word)
{
    if (word.size() < 3 || word.size() > 9)
        return false;
    const int i = prefixIndex(word[0].unicode(), word[1].unicode(), word[2].unicode());
    return i >= 0 && (kKeywordPrefixes[size_t(i / 64)] >> (i % 64) & 1);
}

const Keyword *keywordFor(QStringView word);

inline bool isUpper(QChar c) { return c.unicode() >= u'A' && c.unicode() <= u'Z'; }

// Words that put the number or month after them in a date: "in 2023",
// "since April", "by June".
bool isDatePreposition(QStringView w);

// Prepositions after which a four-digit number is a year even when a noun
// follows ("in 2022 troops crossed").
bool isYearPreposition(QStringView w);

// Hedges and currency words that make the next number a quantity.
bool isQuantityWord(QStringView w);

bool isCurrencySymbol(QChar c);

// A lower-case word naming what a number counts: plurals and the common
// collective nouns and units. "2000 troops" is a count, "2026 budget" a year.
bool isCountedNoun(QStringView w);

struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
};

// One pass over a text; the readers are const and look at `m_t` only.
class Scanner
{
public:
    explicit Scanner(QStringView text) : m_t(text) {}

    QList<Candidate> scan() const;

private:
    qsizetype digitsEnd(qsizetype i) const
    {
        while (i < m_t.size() && isDigit(m_t[i]))
            ++i;
        return i;
    }

    // Unlike wordEnd(), stops at an apostrophe: keywords carry no "'s".
    qsizetype lettersEnd(qsizetype i) const
    {
        while (i < m_t.size() && isLetter(m_t[i]))
            ++i;
        return i;
    }

    int number(qsizetype from, qsizetype to) const
    {
        int v = 0;
        for (qsizetype i = from; i < to; ++i)
            v = v * 10 + (m_t[i].unicode() - u'0');
        return v;
    }

    QChar at(qsizetype i) const { return i >= 0 && i < m_t.size() ? m_t[i] : QChar(); }

    // The number at i continues as a decimal or a thousands group ("2,000").
    bool continuesNumber(qsizetype i) const
    {
        return (at(i) == u',' || at(i) == u'.') && isDigit(at(i + 1));
    }

    // The word before pos, separated from it by horizontal space only.
    Span prevWord(qsizetype pos) const;

    // The word after pos, separated from it by horizontal space.
    Span nextWord(qsizetype pos) const;

    QStringView view(Span s) const { return m_t.sliced(s.start, s.end - s.start); }

    // Whether the clause before pos speaks of the future: "the council will
    // vote on Monday", "talks are due in July". The search stops at the
    // clause's punctuation and at a reporting verb, so that "Kyiv will get
    // aid, Zelensky said on Thursday" keeps Thursday in the past.
    bool futureClauseBefore(qsizetype pos) const;

    // Nothing but spaces, quotes or brackets between the sentence's end (or
    // the text's start) and pos.
    bool atSentenceStart(qsizetype pos) const;

    // Past the word "of" and the space after it at p; p when there is none.
    qsizetype skipOf(qsizetype p) const;

    // "early", "mid-", "late", "the end of", ... before a mention widen its
    // span; the resolution keeps the precision of the expression they modify.
    qsizetype extendModifiers(qsizetype start) const;

    // "last", "this" or "next" before a month, weekday or period noun.
    std::optional<std::pair<Direction, qsizetype>> directionBefore(qsizetype start) const;

    // "next year", "last year", "this year" after a yearless month or day:
    // the year offset and the end.
    std::optional<std::pair<int, qsizetype>> relativeYearAfter(qsizetype pos) const;

    // "the end of the year", "end of month", "later in the year": a period
    // of the anchor itself, widened to the phrase; start of the phrase or pos.
    qsizetype periodPhraseStart(qsizetype pos) const;

    // A lower-case counted noun after pos, possibly behind one capitalised
    // adjective ("2000 Russian soldiers").
    bool countedNounAfter(qsizetype pos) const;

    // A day of the month at p: 1-2 digits, an optional ordinal suffix.
    std::optional<std::pair<int, qsizetype>> dayAt(qsizetype p, bool *hasSuffix = nullptr) const;

    // A four-digit year after a month or day: "June 2025", "June 13, 2025",
    // "June of 2025".
    std::optional<std::pair<int, qsizetype>> yearAfter(qsizetype pos) const;

    // A year of five digits or more after a month or day ("12 March 10000"):
    // beyond any calendar the text can mean, so the month names no date
    // either. A count is not a year ("on 12 March 20000 people marched").
    bool yearBeyondCalendarAfter(qsizetype pos) const;

    // The month name after a day number: capitalised, or in lower case when
    // it is no common English word ("may", "march" and "august" are).
    std::optional<std::pair<int, qsizetype>> monthAt(qsizetype p) const;

    static bool validDay(int month, int day) { return QDate(2000, month, day).isValid(); }

    static Candidate dated(qsizetype start, qsizetype end, int year, int month, int day);

    // "13 June 2025", "13th June", "13th of June", "13 Jun. 2025".
    std::optional<Candidate> dayFirst(qsizetype i) const;

    // The second day of "13-14": the day and its end, when it follows the first.
    std::optional<std::pair<int, qsizetype>> dayRangeAfter(qsizetype dayEnd, int firstDay) const;

    // "the year after next", "the month after the next": two periods ahead.
    std::optional<Candidate> periodAfterNext(qsizetype i, qsizetype e, Period period) const;

    // "20th of next month", "the 15th day of next month", "21st this month".
    std::optional<Candidate> dayOfRelativeMonth(qsizetype i, int day, qsizetype dayEnd) const;

    // "June 13, 2025", "June 13", "June 2025", "June" (in date context).
    std::optional<Candidate> monthFirst(qsizetype i, const Keyword &k, qsizetype wordEnd, bool allowBare) const;

    std::optional<Candidate> atWord(qsizetype i, qsizetype e) const;

    // "Thursday", "last Thursday", "Thursday, June 12", "Fri 13 June 2025".
    std::optional<Candidate> weekday(qsizetype i, const Keyword &k, qsizetype e) const;

    // "next week", "of last week", "this week" after pos: the direction and the end.
    std::optional<std::pair<Direction, qsizetype>> weekAfter(qsizetype pos) const;

    // Numeric dates (ISO, n/n/yyyy, d.m.yyyy), day-first dates and years.
    std::optional<Candidate> atDigits(qsizetype i, qsizetype j) const;

    // Dates joined by one dash or slash with the month as a word:
    // "05-Aug-2016", "23/Sep/2020", "2019-aug-1", "Sep-23-2020", "Dec-2018", "Oct/2".
    std::optional<Candidate> chainDate(qsizetype i) const;

    // "2016-11", "2016/11": a month, unless the two digits are the next
    // year ("2022-23", "2024/25": a season or fiscal year, left to year()).
    std::optional<Candidate> yearMonth(qsizetype i, qsizetype j) const;

    // "11/2016", "3-2015": a month.
    std::optional<Candidate> monthYear(qsizetype i, qsizetype j) const;

    // The 1-2 digit field after the separator at p, or 0.
    qsizetype fieldEnd(qsizetype p, QChar sep) const;

    // "2025-06-13", "2025/06/13", "2025.06.13".
    std::optional<Candidate> isoDate(qsizetype i, qsizetype j) const;

    // "06/13/2025", "13/06/2025", "13.06.2025", "13-06-2025". Dotted dates
    // are European, day first; for slashes and dashes a number over 12 tells
    // the order, and when neither does the text's other dates may (find()).
    std::optional<Candidate> numericDate(qsizetype i, qsizetype j) const;

    // The link of a digit run to another by a dash or slash: "2014-2018",
    // "32 - 2015". Spaces are allowed around a hyphen or slash, not around
    // the dashes news uses as punctuation ("in 2015 — 32 people").
    static bool isLink(QChar c) { return c == u'-' || c == u'/'; }

    // Start of the digit run linked after j, or -1.
    qsizetype linkedRunAfter(qsizetype j) const;

    // End of the digit run linked before i, or -1.
    qsizetype linkedRunBefore(qsizetype i) const;

    // A digit run joined to other runs ("138-2010-2015", "32-2015",
    // "2015 - 32") is a phone number, a code or a score, unless the pair is a
    // year range ("2014-2018") or a season ("2022-23").
    bool partOfCode(qsizetype i, qsizetype j) const;

    // A bare year: 1900-2100 in date context. Not "2,000", "$2000",
    // "Su-2000", "2000 troops", "about 2000", "2000s", "20.5%".
    std::optional<Candidate> year(qsizetype i, qsizetype j) const;

    QStringView m_t;
};

} // namespace Claimbench::DateScan
