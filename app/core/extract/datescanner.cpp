#include "core/extract/datescanner.h"

#include <QDate>

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

namespace Claimbench::DateScan {

namespace {

// Character classes of the scan, on UTF-16 code units. Index arguments are
// 0-based UTF-16 offsets; every function tolerates an index past the end.
bool isDigit(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }
inline bool isLetter(QChar c)
{
    const char16_t u = c.unicode();
    return u < 128 ? char16_t((u | 0x20) - u'a') < 26 : c.isLetter();
}
bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\u00a0' || u == u'\u202f' || u == u'\u2009';
}
bool isApostrophe(QChar c) { return c == u'\'' || c == u'\u2019'; }
bool isDash(QChar c) { return c == u'-' || c == u'\u2013' || c == u'\u2014' || c == u'\u2212'; }

qsizetype skipSpaces(QStringView t, qsizetype i)
{
    while (i < t.size() && isSpace(t[i]))
        ++i;
    return i;
}

// End of the word (letters and inner apostrophes: "Russia's") starting at i.
qsizetype wordEnd(QStringView t, qsizetype i)
{
    qsizetype j = i;
    while (j < t.size() && (isLetter(t[j]) || (isApostrophe(t[j]) && j > i && j + 1 < t.size() && isLetter(t[j + 1]))))
        ++j;
    return j;
}

// Start of the word that ends at end (exclusive); end when there is none.
qsizetype wordStartBefore(QStringView t, qsizetype end)
{
    qsizetype j = end;
    while (j > 0 && (isLetter(t[j - 1]) || (isApostrophe(t[j - 1]) && j > 1 && isLetter(t[j - 2]))))
        --j;
    return j;
}

enum class WordKind { Month, MonthAbbrev, Weekday, WeekdayAbbrev, RelativeDay, Period };

struct Keyword
{
    std::u16string_view text; // lower case
    WordKind kind;
    int value;
};

constexpr std::array kKeywords{
    Keyword{u"january", WordKind::Month, 1},     Keyword{u"february", WordKind::Month, 2},
    Keyword{u"march", WordKind::Month, 3},       Keyword{u"april", WordKind::Month, 4},
    Keyword{u"may", WordKind::Month, 5},         Keyword{u"june", WordKind::Month, 6},
    Keyword{u"july", WordKind::Month, 7},        Keyword{u"august", WordKind::Month, 8},
    Keyword{u"september", WordKind::Month, 9},   Keyword{u"october", WordKind::Month, 10},
    Keyword{u"november", WordKind::Month, 11},   Keyword{u"december", WordKind::Month, 12},
    Keyword{u"jan", WordKind::MonthAbbrev, 1},   Keyword{u"feb", WordKind::MonthAbbrev, 2},
    Keyword{u"mar", WordKind::MonthAbbrev, 3},   Keyword{u"apr", WordKind::MonthAbbrev, 4},
    Keyword{u"jun", WordKind::MonthAbbrev, 6},   Keyword{u"jul", WordKind::MonthAbbrev, 7},
    Keyword{u"aug", WordKind::MonthAbbrev, 8},   Keyword{u"sep", WordKind::MonthAbbrev, 9},
    Keyword{u"sept", WordKind::MonthAbbrev, 9},  Keyword{u"oct", WordKind::MonthAbbrev, 10},
    Keyword{u"nov", WordKind::MonthAbbrev, 11},  Keyword{u"dec", WordKind::MonthAbbrev, 12},
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
constexpr std::array<quint64, 26 * 26 * 26 / 64 + 1> kKeywordPrefixes = [] {
    std::array<quint64, 26 * 26 * 26 / 64 + 1> bits{};
    for (const Keyword &k : kKeywords) {
        const int i = prefixIndex(k.text[0], k.text[1], k.text[2]);
        bits[size_t(i / 64)] |= quint64(1) << (i % 64);
    }
    return bits;
}();

bool sameWord(QStringView word, std::u16string_view lower)
{
    if (word.size() != qsizetype(lower.size()))
        return false;
    for (qsizetype i = 0; i < word.size(); ++i)
        if (lowerAscii(word[i].unicode()) != lower[size_t(i)])
            return false;
    return true;
}

bool isOneOf(QStringView word, std::initializer_list<std::u16string_view> lowerWords)
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
constexpr std::array<InitialIndex, 26> kKeywordsByInitial = [] {
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

const Keyword *keywordFor(QStringView word)
{
    if (!mayBeKeyword(word))
        return nullptr;
    const InitialIndex &candidates = kKeywordsByInitial[size_t(lowerAscii(word[0].unicode()) - u'a')];
    for (quint8 k = 0; k < candidates.count; ++k)
        if (sameWord(word, kKeywords[candidates.keywords[k]].text))
            return &kKeywords[candidates.keywords[k]];
    return nullptr;
}

bool isUpper(QChar c) { return c.unicode() >= u'A' && c.unicode() <= u'Z'; }

// Words that put the number or month after them in a date: "in 2023",
// "since April", "by June".
bool isDatePreposition(QStringView w)
{
    return isOneOf(w, {u"in", u"since", u"by", u"during", u"until", u"till", u"from", u"before",
                       u"after", u"early", u"mid", u"late", u"through", u"throughout", u"between",
                       u"of", u"to", u"and", u"last", u"this", u"next", u"end", u"on"});
}

// Prepositions after which a four-digit number is a year even when a noun
// follows ("in 2022 troops crossed").
bool isYearPreposition(QStringView w)
{
    return isOneOf(w, {u"in", u"since", u"during", u"until", u"till", u"from", u"before", u"after",
                       u"early", u"late", u"through", u"throughout", u"between", u"by"});
}

// Hedges and currency words that make the next number a quantity.
bool isQuantityWord(QStringView w)
{
    return isOneOf(w, {u"about", u"around", u"approximately", u"nearly", u"almost", u"over",
                       u"some", u"than", u"least", u"roughly", u"estimated", u"only", u"just",
                       u"exactly", u"usd", u"eur", u"gbp", u"uah", u"rub", u"number",
                       u"page", u"flight", u"route", u"resolution", u"room"});
}

bool isCurrencySymbol(QChar c)
{
    return c == u'$' || c == u'#' || c == u'\u00a3' || c == u'\u20ac' || c == u'\u00a5'
        || c == u'\u20b4' || c == u'\u20bd';
}

// A lower-case word naming what a number counts: plurals and the common
// collective nouns and units. "2000 troops" is a count, "2026 budget" a year.
bool isCountedNoun(QStringView w)
{
    if (w.isEmpty() || isUpper(w[0]))
        return false;
    if (isOneOf(w, {u"people", u"men", u"women", u"children", u"personnel", u"staff", u"police",
                    u"more", u"of", u"per", u"km", u"kg", u"mm", u"cm", u"mi", u"ft", u"m", u"t",
                    u"mph", u"sq", u"square", u"aircraft", u"infantry", u"other", u"new"}))
        return true;
    if (w.size() < 3 || lowerAscii(w.back().unicode()) != u's')
        return false;
    if (w.endsWith(u"ss") || w.endsWith(u"us") || w.endsWith(u"is"))
        return false;
    return !isOneOf(w, {u"was", u"has", u"as", u"its", u"this", u"his", u"yes", u"whereas",
                        u"always", u"perhaps", u"news", u"besides", u"towards", u"afterwards",
                        u"does", u"goes", u"sees", u"says"});
}

struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
};

class Scanner
{
public:
    explicit Scanner(QStringView text) : m_t(text) {}

    QList<Candidate> scan() const
    {
        QList<Candidate> out;
        qsizetype lastEnd = 0;
        qsizetype i = 0;
        const qsizetype n = m_t.size();
        const auto take = [&](Candidate &&c) {
            // A modifier reaching back never swallows the previous mention.
            c.start = std::max(c.start, lastEnd);
            if (c.direction == Direction::Past
                && ((c.kind == Candidate::Kind::Yearless && !c.yearRelative)
                    || (c.kind == Candidate::Kind::Weekday && !c.day)))
                c.future = futureClauseBefore(c.start);
            lastEnd = c.end;
            i = c.end;
            out.append(std::move(c));
        };
        // The hot loop: one test per character, one shape test per word; the
        // parsers run only at digits and at words shaped like a keyword.
        while (i < n) {
            const char16_t c = m_t[i].unicode();
            if (c >= u'0' && c <= u'9') {
                const qsizetype j = digitsEnd(i);
                if (i == 0 || !isLetter(m_t[i - 1]))
                    if (auto found = atDigits(i, j)) {
                        take(*std::move(found));
                        continue;
                    }
                i = j;
            } else if (c < 128 ? (c | 0x20) >= u'a' && (c | 0x20) <= u'z' : m_t[i].isLetter()) {
                // "Friday's" is Friday: the keyword stops at the apostrophe.
                const qsizetype e = lettersEnd(i);
                if (mayBeKeyword(m_t.sliced(i, e - i)) && (i == 0 || !isDigit(m_t[i - 1])))
                    if (auto found = atWord(i, e)) {
                        take(*std::move(found));
                        continue;
                    }
                i = e;
            } else {
                ++i;
            }
        }
        return out;
    }

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
    Span prevWord(qsizetype pos) const
    {
        qsizetype k = pos;
        while (k > 0 && isSpace(m_t[k - 1]))
            --k;
        if (k == pos)
            return {pos, pos};
        return {wordStartBefore(m_t, k), k};
    }

    // The word after pos, separated from it by horizontal space.
    Span nextWord(qsizetype pos) const
    {
        const qsizetype p = skipSpaces(m_t, pos);
        if (p == pos)
            return {pos, pos};
        return {p, wordEnd(m_t, p)};
    }

    QStringView view(Span s) const { return m_t.sliced(s.start, s.end - s.start); }

    // Whether the clause before pos speaks of the future: "the council will
    // vote on Monday", "talks are due in July". The search stops at the
    // clause's punctuation and at a reporting verb, so that "Kyiv will get
    // aid, Zelensky said on Thursday" keeps Thursday in the past.
    bool futureClauseBefore(qsizetype pos) const
    {
        qsizetype k = pos;
        for (int words = 0; k > 0 && words < 16;) {
            const QChar c = m_t[k - 1];
            if (c == u',' || c == u';' || c == u':' || c == u'.' || c == u'!' || c == u'?' || c == u'('
                || c == u'\n' || c == u'\u2013' || c == u'\u2014')
                return false;
            if (!isLetter(c)) {
                --k;
                continue;
            }
            const qsizetype s = wordStartBefore(m_t, k);
            const QStringView w = m_t.sliced(s, k - s);
            if (isOneOf(w, {u"said", u"says", u"told", u"announced", u"reported", u"added", u"stated",
                            u"according", u"was", u"were", u"had", u"did"}))
                return false;
            const bool contraction = w.size() > 3 && isApostrophe(w[w.size() - 3]) && sameWord(w.last(2), u"ll");
            const bool wont = w.size() == 5 && sameWord(w.first(3), u"won") && isApostrophe(w[3]);
            if (contraction || wont
                || isOneOf(w, {u"will", u"shall", u"due", u"scheduled", u"expected", u"plans", u"planned", u"upcoming"}))
                return true;
            ++words;
            k = s;
        }
        return false;
    }

    // Nothing but spaces, quotes or brackets between the sentence's end (or
    // the text's start) and pos.
    bool atSentenceStart(qsizetype pos) const
    {
        qsizetype k = pos;
        while (k > 0) {
            const QChar c = m_t[k - 1];
            if (c == u'.' || c == u'!' || c == u'?' || c == u'\n' || c == u':')
                return true;
            if (!isSpace(c) && c != u'"' && c != u'\u201c' && c != u'(' && c != u'\'' && c != u'\u2018' && c != u'\r')
                return false;
            --k;
        }
        return true;
    }

    // Past the word "of" and the space after it at p; p when there is none.
    qsizetype skipOf(qsizetype p) const
    {
        const qsizetype e = lettersEnd(p);
        const qsizetype q = skipSpaces(m_t, e);
        return q > e && sameWord(m_t.sliced(p, e - p), u"of") ? q : p;
    }

    // "early", "mid-", "late", "the end of", ... before a mention widen its
    // span; the resolution keeps the precision of the expression they modify.
    qsizetype extendModifiers(qsizetype start) const
    {
        if (start >= 4 && isDash(m_t[start - 1])) {
            const qsizetype w = wordStartBefore(m_t, start - 1);
            return sameWord(m_t.sliced(w, start - 1 - w), u"mid") ? w : start;
        }
        const Span w = prevWord(start);
        const QStringView word = view(w);
        if (isOneOf(word, {u"early", u"mid", u"late", u"earlier", u"later"}))
            return w.start;
        if (sameWord(word, u"of")) {
            const Span w2 = prevWord(w.start);
            if (!isOneOf(view(w2), {u"end", u"start", u"beginning", u"middle"}))
                return start;
            const Span w3 = prevWord(w2.start);
            return sameWord(view(w3), u"the") ? w3.start : w2.start;
        }
        return start;
    }

    // "last", "this" or "next" before a month, weekday or period noun.
    std::optional<std::pair<Direction, qsizetype>> directionBefore(qsizetype start) const
    {
        const Span w = prevWord(start);
        const QStringView word = view(w);
        if (sameWord(word, u"last") || sameWord(word, u"previous"))
            return std::pair{Direction::Last, w.start};
        if (sameWord(word, u"this"))
            return std::pair{Direction::This, w.start};
        if (sameWord(word, u"next"))
            return std::pair{Direction::Next, w.start};
        if (sameWord(word, u"coming") || sameWord(word, u"upcoming")) {
            const Span w2 = prevWord(w.start);
            return std::pair{Direction::Coming, sameWord(view(w2), u"this") ? w2.start : w.start};
        }
        return std::nullopt;
    }

    // "next year", "last year", "this year" after a yearless month or day:
    // the year offset and the end.
    std::optional<std::pair<int, qsizetype>> relativeYearAfter(qsizetype pos) const
    {
        const Span w = nextWord(pos);
        const Span year = nextWord(w.end);
        if (w.start == w.end || !sameWord(view(year), u"year"))
            return std::nullopt;
        const QStringView word = view(w);
        const int delta = sameWord(word, u"next") ? 1 : sameWord(word, u"last") ? -1 : sameWord(word, u"this") ? 0 : 2;
        if (delta == 2)
            return std::nullopt;
        return std::pair{delta, year.end};
    }

    // "the end of the year", "end of month", "later in the year": a period
    // of the anchor itself, widened to the phrase; start of the phrase or pos.
    qsizetype periodPhraseStart(qsizetype pos) const
    {
        const Span the = prevWord(pos);
        const bool hasThe = sameWord(view(the), u"the");
        const Span w = hasThe ? prevWord(the.start) : the;
        const Span w2 = prevWord(w.start);
        if (sameWord(view(w), u"of") && isOneOf(view(w2), {u"end", u"start", u"beginning", u"middle"})) {
            const Span w3 = prevWord(w2.start);
            return sameWord(view(w3), u"the") ? w3.start : w2.start;
        }
        if (hasThe && sameWord(view(w), u"in") && isOneOf(view(w2), {u"earlier", u"later", u"early", u"late"}))
            return w2.start;
        return pos;
    }

    // A lower-case counted noun after pos, possibly behind one capitalised
    // adjective ("2000 Russian soldiers").
    bool countedNounAfter(qsizetype pos) const
    {
        const Span w = nextWord(pos);
        if (w.start == w.end)
            return false;
        if (isUpper(m_t[w.start])) {
            const Span w2 = nextWord(w.end);
            return w2.start != w2.end && isCountedNoun(view(w2));
        }
        return isCountedNoun(view(w));
    }

    // A day of the month at p: 1-2 digits, an optional ordinal suffix.
    std::optional<std::pair<int, qsizetype>> dayAt(qsizetype p, bool *hasSuffix = nullptr) const
    {
        if (!isDigit(at(p)))
            return std::nullopt;
        const qsizetype e = digitsEnd(p);
        if (e - p > 2 || continuesNumber(e) || at(e) == u':' || at(e) == u'%')
            return std::nullopt;
        const int day = number(p, e);
        if (day < 1 || day > 31)
            return std::nullopt;
        qsizetype end = e;
        if (isLetter(at(e))) {
            const qsizetype we = lettersEnd(e);
            if (!isOneOf(m_t.sliced(e, we - e), {u"st", u"nd", u"rd", u"th"}))
                return std::nullopt;
            end = we;
        }
        if (hasSuffix)
            *hasSuffix = end != e;
        return std::pair{day, end};
    }

    // A four-digit year after a month or day: "June 2025", "June 13, 2025",
    // "June of 2025".
    std::optional<std::pair<int, qsizetype>> yearAfter(qsizetype pos) const
    {
        qsizetype p = skipSpaces(m_t, pos);
        if (at(p) == u',')
            p = skipSpaces(m_t, p + 1);
        if (p == pos)
            return std::nullopt;
        p = skipOf(p); // "June of 2025"
        if (!isDigit(at(p)))
            return std::nullopt;
        const qsizetype e = digitsEnd(p);
        if (e - p != 4 || isLetter(at(e)) || continuesNumber(e))
            return std::nullopt;
        const int year = number(p, e);
        if (year < 1000 || year >= 3000)
            return std::nullopt;
        return std::pair{year, e};
    }

    // The month name after a day number: capitalised, or in lower case when
    // it is no common English word ("may", "march" and "august" are).
    std::optional<std::pair<int, qsizetype>> monthAt(qsizetype p) const
    {
        if (!isLetter(at(p)))
            return std::nullopt;
        const qsizetype e = lettersEnd(p);
        const Keyword *k = keywordFor(m_t.sliced(p, e - p));
        if (!k || (k->kind != WordKind::Month && k->kind != WordKind::MonthAbbrev))
            return std::nullopt;
        if (!isUpper(m_t[p]) && k->kind == WordKind::Month && (k->value == 3 || k->value == 5 || k->value == 8))
            return std::nullopt;
        return std::pair{k->value, k->kind == WordKind::MonthAbbrev && at(e) == u'.' ? e + 1 : e};
    }

    static bool validDay(int month, int day) { return QDate(2000, month, day).isValid(); }

    static Candidate dated(qsizetype start, qsizetype end, int year, int month, int day)
    {
        Candidate c;
        c.kind = year ? Candidate::Kind::Absolute : Candidate::Kind::Yearless;
        c.start = start;
        c.end = end;
        c.year = year;
        c.month = month;
        c.day = day;
        return c;
    }

    // "13 June 2025", "13th June", "13th of June", "13 Jun. 2025".
    std::optional<Candidate> dayFirst(qsizetype i) const
    {
        bool suffix = false;
        const auto day = dayAt(i, &suffix);
        if (!day)
            return std::nullopt;
        if (suffix)
            if (auto c = dayOfRelativeMonth(i, day->first, day->second))
                return c;
        // "13-14 June": a range of days is its month.
        const auto range = dayRangeAfter(day->second, day->first);
        const qsizetype afterDays = range ? range->second : day->second;
        const int d = range ? 0 : day->first;
        qsizetype p = skipSpaces(m_t, afterDays);
        if (p == afterDays)
            return std::nullopt;
        p = skipOf(p); // "13th of June"
        const auto month = monthAt(p);
        if (!month || !validDay(month->first, range ? range->first : day->first))
            return std::nullopt;
        if (const auto year = yearAfter(month->second))
            return dated(i, year->second, year->first, month->first, d);
        if (const auto rel = relativeYearAfter(month->second)) {
            Candidate c = dated(i, rel->second, 0, month->first, d);
            c.yearRelative = true;
            c.yearDelta = rel->first;
            return c;
        }
        return dated(i, month->second, 0, month->first, d);
    }

    // The second day of "13-14": the day and its end, when it follows the first.
    std::optional<std::pair<int, qsizetype>> dayRangeAfter(qsizetype dayEnd, int firstDay) const
    {
        if (!isDash(at(dayEnd)) || !isDigit(at(dayEnd + 1)))
            return std::nullopt;
        const auto second = dayAt(dayEnd + 1);
        return second && second->first > firstDay ? second : std::nullopt;
    }

    // "the year after next", "the month after the next": two periods ahead.
    std::optional<Candidate> periodAfterNext(qsizetype i, qsizetype e, Period period) const
    {
        const Span the = prevWord(i);
        Span w = nextWord(e);
        if (!sameWord(view(the), u"the") || !sameWord(view(w), u"after"))
            return std::nullopt;
        w = nextWord(w.end);
        if (sameWord(view(w), u"the"))
            w = nextWord(w.end);
        if (!sameWord(view(w), u"next"))
            return std::nullopt;
        Candidate c;
        c.kind = Candidate::Kind::RelativePeriod;
        c.start = the.start;
        c.end = w.end;
        c.direction = Direction::Next;
        c.offset = 1;
        c.period = period;
        return c;
    }

    // "20th of next month", "the 15th day of next month", "21st this month".
    std::optional<Candidate> dayOfRelativeMonth(qsizetype i, int day, qsizetype dayEnd) const
    {
        Span w = nextWord(dayEnd);
        if (sameWord(view(w), u"day"))
            w = nextWord(w.end);
        if (sameWord(view(w), u"of"))
            w = nextWord(w.end);
        const Span month = nextWord(w.end);
        if (!sameWord(view(month), u"month"))
            return std::nullopt;
        const auto dir = directionBefore(month.start);
        if (!dir || dir->second != w.start || dir->first == Direction::Coming)
            return std::nullopt;
        Candidate c;
        c.kind = Candidate::Kind::RelativePeriod;
        c.period = Period::Month;
        c.direction = dir->first;
        c.start = i;
        c.end = month.end;
        c.day = day;
        return c;
    }

    // "June 13, 2025", "June 13", "June 2025", "June" (in date context).
    std::optional<Candidate> monthFirst(qsizetype i, const Keyword &k, qsizetype wordEnd, bool allowBare) const
    {
        const bool abbrev = k.kind == WordKind::MonthAbbrev;
        if (!isUpper(m_t[i]) && (abbrev || k.value == 3 || k.value == 5 || k.value == 8))
            return std::nullopt;
        const qsizetype end = abbrev && at(wordEnd) == u'.' ? wordEnd + 1 : wordEnd;
        const bool comma = at(end) == u','; // "October, 1st" needs the ordinal suffix
        const qsizetype p = skipSpaces(m_t, comma ? end + 1 : end);
        bool suffix = false;
        if (p > end + (comma ? 1 : 0)) {
            if (const auto day = dayAt(p, &suffix); day && validDay(k.value, day->first) && (suffix || !comma)) {
                if (const auto range = dayRangeAfter(day->second, day->first); range && validDay(k.value, range->first)) {
                    const auto year = yearAfter(range->second); // "June 13-14, 2025": the month
                    return dated(i, year ? year->second : range->second, year ? year->first : 0, k.value, 0);
                }
                if (const auto year = yearAfter(day->second))
                    return dated(i, year->second, year->first, k.value, day->first);
                // "In May 20 soldiers died": the number counts soldiers.
                if (suffix || !countedNounAfter(day->second))
                    return dated(i, day->second, 0, k.value, day->first);
            }
        }
        if (const auto year = yearAfter(end)) {
            Candidate c = dated(i, year->second, year->first, k.value, 0);
            c.start = extendModifiers(i);
            return c;
        }
        if (!allowBare || abbrev)
            return std::nullopt;
        if (const auto rel = relativeYearAfter(end)) { // "in June next year"
            Candidate c = dated(i, rel->second, 0, k.value, 0);
            c.yearRelative = true;
            c.yearDelta = rel->first;
            c.start = extendModifiers(i);
            return c;
        }
        const QStringView before = view(prevWord(i));
        const bool datePrep = isDatePreposition(before) || (i > 0 && isDash(m_t[i - 1]));
        // "May" is also a name (Theresa May) and "June Carter" a person: a bare
        // month needs a preposition unless it is capitalised and not followed
        // by another capitalised word.
        if (!datePrep) {
            if (k.value == 5 || !isUpper(m_t[i]))
                return std::nullopt;
            const Span after = nextWord(end);
            if (after.start != after.end && isUpper(m_t[after.start]))
                return std::nullopt;
        }
        Candidate c = dated(i, end, 0, k.value, 0);
        if (const auto dir = directionBefore(i)) {
            c.direction = dir->first;
            c.start = dir->second;
        }
        c.start = extendModifiers(c.start);
        return c;
    }

    std::optional<Candidate> atWord(qsizetype i, qsizetype e) const
    {
        const Keyword *k = keywordFor(m_t.sliced(i, e - i));
        if (!k)
            return std::nullopt;
        switch (k->kind) {
        case WordKind::Month:
        case WordKind::MonthAbbrev:
            return chainDate(i).or_else([&] { return monthFirst(i, *k, e, true); });
        case WordKind::Weekday:
        case WordKind::WeekdayAbbrev:
            return weekday(i, *k, e);
        case WordKind::RelativeDay: {
            // "USA Today", "Edge of Tomorrow": capitalised inside a sentence, a name.
            if (isUpper(m_t[i]) && !atSentenceStart(i))
                return std::nullopt;
            Candidate c;
            c.kind = Candidate::Kind::RelativeDay;
            c.start = i;
            c.end = e;
            c.offset = k->value;
            return c;
        }
        case WordKind::Period: {
            // "this calendar year": the adjective does not change the period.
            const Span calendar = prevWord(i);
            const auto dir = directionBefore(sameWord(view(calendar), u"calendar") ? calendar.start : i);
            if (!dir) {
                if (auto c = periodAfterNext(i, e, Period(k->value)))
                    return c;
                const qsizetype start = k->value == int(Period::Weekend) ? i : periodPhraseStart(i);
                if (start == i)
                    return std::nullopt;
                Candidate c;
                c.kind = Candidate::Kind::RelativePeriod;
                c.start = start;
                c.end = e;
                c.direction = Direction::This;
                c.period = Period(k->value);
                return c;
            }
            if (k->value == int(Period::Week)) {
                Span w = nextWord(e);
                if (sameWord(view(w), u"on"))
                    w = nextWord(w.end);
                if (const Keyword *day = keywordFor(view(w)); day && day->kind == WordKind::Weekday) {
                    Candidate c;
                    c.kind = Candidate::Kind::Weekday;
                    c.start = dir->second;
                    c.end = w.end;
                    c.weekday = day->value;
                    c.direction = dir->first;
                    return c;
                }
            }
            Candidate c;
            c.kind = Candidate::Kind::RelativePeriod;
            c.start = extendModifiers(dir->second);
            c.end = e;
            c.direction = dir->first;
            c.period = Period(k->value);
            return c;
        }
        }
        return std::nullopt;
    }

    // "Thursday", "last Thursday", "Thursday, June 12", "Fri 13 June 2025".
    std::optional<Candidate> weekday(qsizetype i, const Keyword &k, qsizetype e) const
    {
        const bool abbrev = k.kind == WordKind::WeekdayAbbrev;
        qsizetype p = e;
        if (at(p) == u',' || (abbrev && at(p) == u'.'))
            ++p;
        const bool dashed = at(p) == u'-' && isLetter(at(p + 1)); // "Friday-Jun-15"
        const qsizetype q = dashed ? p + 1 : skipSpaces(m_t, p);
        std::optional<std::pair<int, qsizetype>> dayOnly;
        if (q > p) {
            std::optional<Candidate> date;
            if (isDigit(at(q))) {
                const qsizetype de = digitsEnd(q);
                date = de - q == 4 ? isoDate(q, de) : dayFirst(q);
                bool suffix = false;
                if (!date && de - q <= 2)
                    if (const auto day = dayAt(q, &suffix); day && (suffix || !countedNounAfter(day->second))
                        && !((isDash(at(day->second)) || at(day->second) == u'/') && isDigit(at(day->second + 1))))
                        dayOnly = day;
            } else if (isLetter(at(q))) {
                const qsizetype we = lettersEnd(q);
                if (const Keyword *m = keywordFor(m_t.sliced(q, we - q));
                    m && (m->kind == WordKind::Month || m->kind == WordKind::MonthAbbrev))
                    date = chainDate(q).or_else([&] { return monthFirst(q, *m, we, false); });
                else if (sameWord(m_t.sliced(q, we - q), u"the")) // "Friday the 13th"
                    dayOnly = dayAt(skipSpaces(m_t, we));
            }
            if (date && date->day) {
                date->start = i;
                return date;
            }
        }
        if (abbrev && !dayOnly)
            return std::nullopt;
        // "Black Friday", "Super Tuesday" name events, "every Monday" a set.
        const QStringView before = view(prevWord(i));
        if (isOneOf(before, {u"every", u"each"})
            || (!before.isEmpty() && isUpper(before[0])
                && isOneOf(before, {u"black", u"good", u"holy", u"bloody", u"super", u"cyber", u"ash", u"palm",
                                    u"easter", u"maundy", u"shrove", u"giving", u"mad", u"blue"})))
            return std::nullopt;
        Candidate c;
        c.kind = Candidate::Kind::Weekday;
        c.start = i;
        c.end = e;
        c.weekday = k.value;
        if (dayOnly) { // "Mon 13th": the latest 13th that fell on a Monday
            c.day = dayOnly->first;
            c.end = dayOnly->second;
        } else if (const auto dir = directionBefore(i)) {
            c.direction = dir->first;
            c.start = dir->second;
        } else if (const auto week = weekAfter(e)) { // "Tuesday next week", "Sunday of last week"
            c.direction = week->first;
            c.end = week->second;
        }
        return c;
    }

    // "next week", "of last week", "this week" after pos: the direction and the end.
    std::optional<std::pair<Direction, qsizetype>> weekAfter(qsizetype pos) const
    {
        Span w = nextWord(pos);
        if (sameWord(view(w), u"of"))
            w = nextWord(w.end);
        const Span week = nextWord(w.end);
        if (!sameWord(view(week), u"week"))
            return std::nullopt;
        if (const auto dir = directionBefore(week.start); dir && dir->second == w.start)
            return std::pair{dir->first, week.end};
        return std::nullopt;
    }

    // Numeric dates (ISO, n/n/yyyy, d.m.yyyy), day-first dates and years.
    std::optional<Candidate> atDigits(qsizetype i, qsizetype j) const
    {
        qsizetype b = i;
        while (b > 0 && isSpace(m_t[b - 1]))
            --b;
        if (isCurrencySymbol(at(b - 1)) || ((at(i - 1) == u',' || at(i - 1) == u'.') && isDigit(at(i - 2))))
            return std::nullopt; // "$12 December 27", "6,107.31 August"
        const qsizetype len = j - i;
        if ((len <= 2 || len == 4) && (at(j) == u'-' || at(j) == u'/') && isLetter(at(j + 1)))
            return chainDate(i);
        if (len == 4)
            return isoDate(i, j).or_else([&] { return yearMonth(i, j); }).or_else([&] { return year(i, j); });
        if (len <= 2)
            return numericDate(i, j).or_else([&] { return monthYear(i, j); }).or_else([&] { return dayFirst(i); });
        return std::nullopt;
    }

    // Dates joined by one dash or slash with the month as a word:
    // "05-Aug-2016", "23/Sep/2020", "2019-aug-1", "Sep-23-2020", "Dec-2018", "Oct/2".
    std::optional<Candidate> chainDate(qsizetype i) const
    {
        int month = 0;
        int year = 0;
        int day = 0;
        int parts = 0;
        QChar sep;
        qsizetype p = i;
        while (true) {
            qsizetype e = p;
            if (isDigit(at(p))) {
                e = digitsEnd(p);
                if (e - p == 4 && !year)
                    year = number(p, e);
                else if (e - p <= 2 && !day)
                    day = number(p, e);
                else
                    return std::nullopt;
            } else {
                e = lettersEnd(p);
                const Keyword *k = keywordFor(m_t.sliced(p, e - p));
                if (month || !k || (k->kind != WordKind::Month && k->kind != WordKind::MonthAbbrev))
                    return std::nullopt;
                month = k->value;
            }
            ++parts;
            const QChar c = at(e);
            const bool linked = (c == u'-' || c == u'/') && (parts == 1 || c == sep)
                && (isDigit(at(e + 1)) || isLetter(at(e + 1)));
            if (parts == 3 || !linked) {
                if (parts < 2 || !month || isLetter(at(e)) || continuesNumber(e) || (linked && parts == 3)
                    || (parts == 3 && (!year || !day)) || (year && year < 1000) || (day && !validDay(month, day)))
                    return std::nullopt;
                return dated(i, e, year, month, day);
            }
            sep = c;
            p = e + 1;
        }
    }

    // "2016-11", "2016/11": a month, unless the two digits are the next
    // year ("2022-23", "2024/25": a season or fiscal year, left to year()).
    std::optional<Candidate> yearMonth(qsizetype i, qsizetype j) const
    {
        const QChar sep = at(j);
        if ((sep != u'-' && sep != u'/') || (isDash(at(i - 1)) && isDigit(at(i - 2))))
            return std::nullopt;
        const qsizetype me = fieldEnd(j, sep);
        if (!me || isLetter(at(me)) || continuesNumber(me) || ((isDash(at(me)) || at(me) == u'/') && isDigit(at(me + 1))))
            return std::nullopt;
        const int y = number(i, j);
        const int m = number(j + 1, me);
        if (y < 1900 || y > 2100 || m < 1 || m > 12 || (me - j - 1 == 2 && m == (y + 1) % 100))
            return std::nullopt;
        return dated(i, me, y, m, 0);
    }

    // "11/2016", "3-2015": a month.
    std::optional<Candidate> monthYear(qsizetype i, qsizetype j) const
    {
        const QChar sep = at(j);
        if ((sep != u'-' && sep != u'/') || !isDigit(at(j + 1)) || (isDash(at(i - 1)) && isDigit(at(i - 2))))
            return std::nullopt;
        const qsizetype ye = digitsEnd(j + 1);
        if (ye - j - 1 != 4 || isLetter(at(ye)) || continuesNumber(ye) || ((isDash(at(ye)) || at(ye) == u'/') && isDigit(at(ye + 1))))
            return std::nullopt;
        const int m = number(i, j);
        const int y = number(j + 1, ye);
        if (y < 1900 || y > 2100 || m < 1 || m > 12)
            return std::nullopt;
        return dated(i, ye, y, m, 0);
    }

    // The 1-2 digit field after the separator at p, or 0.
    qsizetype fieldEnd(qsizetype p, QChar sep) const
    {
        if (at(p) != sep || !isDigit(at(p + 1)))
            return 0;
        const qsizetype e = digitsEnd(p + 1);
        return e - p - 1 <= 2 ? e : 0;
    }

    // "2025-06-13", "2025/06/13", "2025.06.13".
    std::optional<Candidate> isoDate(qsizetype i, qsizetype j) const
    {
        const QChar sep = at(j);
        if (sep != u'-' && sep != u'/' && sep != u'.')
            return std::nullopt;
        const qsizetype me = fieldEnd(j, sep);
        const qsizetype de = me ? fieldEnd(me, sep) : 0;
        const bool timeFollows = at(de) == u'T' && isDigit(at(de + 1)); // ISO 8601 date-time
        if (!de || (isLetter(at(de)) && !timeFollows) || continuesNumber(de))
            return std::nullopt;
        const QDate d(number(i, j), number(j + 1, me), number(me + 1, de));
        if (!d.isValid())
            return std::nullopt;
        return dated(i, de, d.year(), d.month(), d.day());
    }

    // "06/13/2025", "13/06/2025", "13.06.2025", "13-06-2025". Dotted dates
    // are European, day first; for slashes and dashes a number over 12 tells
    // the order, and when neither does the text's other dates may (find()).
    std::optional<Candidate> numericDate(qsizetype i, qsizetype j) const
    {
        const QChar sep = at(j);
        if ((sep != u'-' && sep != u'/' && sep != u'.') || (isDash(at(i - 1)) && isDigit(at(i - 2))))
            return std::nullopt;
        const qsizetype se = fieldEnd(j, sep);
        if (!se || at(se) != sep || !isDigit(at(se + 1)))
            return std::nullopt;
        const qsizetype ye = digitsEnd(se + 1);
        if (ye - se - 1 != 4 || isLetter(at(ye)) || continuesNumber(ye) || (isDash(at(ye)) && isDigit(at(ye + 1))))
            return std::nullopt;
        const int a = number(i, j);
        const int b = number(j + 1, se);
        const int y = number(se + 1, ye);
        Candidate c = dated(i, ye, y, 0, 0);
        if (sep == u'.' || (a > 12 && b <= 12)) {
            c.month = b;
            c.day = a;
            c.numericOrder = sep == u'.' ? 0 : 1;
        } else if (b > 12 && a <= 12) {
            c.month = a;
            c.day = b;
            c.numericOrder = -1;
        } else if (a == b) {
            c.month = c.day = a;
        } else {
            c.kind = Candidate::Kind::Ambiguous;
            c.month = a;
            c.day = b;
            return a <= 12 && b <= 12 && a >= 1 && b >= 1 ? std::optional(c) : std::nullopt;
        }
        if (!QDate(y, c.month, c.day).isValid())
            return std::nullopt;
        return c;
    }

    // The link of a digit run to another by a dash or slash: "2014-2018",
    // "32 - 2015". Spaces are allowed around a hyphen or slash, not around
    // the dashes news uses as punctuation ("in 2015 — 32 people").
    static bool isLink(QChar c) { return c == u'-' || c == u'/'; }

    // Start of the digit run linked after j, or -1.
    qsizetype linkedRunAfter(qsizetype j) const
    {
        if (isDash(at(j)) && isDigit(at(j + 1)))
            return j + 1;
        const qsizetype p = skipSpaces(m_t, j);
        if (!isLink(at(p)))
            return -1;
        const qsizetype q = skipSpaces(m_t, p + 1);
        return isDigit(at(q)) ? q : -1;
    }

    // End of the digit run linked before i, or -1.
    qsizetype linkedRunBefore(qsizetype i) const
    {
        if (isDash(at(i - 1)) && isDigit(at(i - 2)))
            return i - 1;
        qsizetype p = i;
        while (p > 0 && isSpace(m_t[p - 1]))
            --p;
        if (!isLink(at(p - 1)))
            return -1;
        --p;
        while (p > 0 && isSpace(m_t[p - 1]))
            --p;
        return isDigit(at(p - 1)) ? p : -1;
    }

    // A digit run joined to other runs ("138-2010-2015", "32-2015",
    // "2015 - 32") is a phone number, a code or a score, unless the pair is a
    // year range ("2014-2018") or a season ("2022-23").
    bool partOfCode(qsizetype i, qsizetype j) const
    {
        const qsizetype beforeEnd = linkedRunBefore(i);
        const qsizetype afterStart = linkedRunAfter(j);
        if (beforeEnd < 0 && afterStart < 0)
            return false;
        if (beforeEnd >= 0 && afterStart >= 0)
            return true;
        qsizetype s = afterStart;
        qsizetype e = afterStart;
        if (beforeEnd >= 0) {
            e = s = beforeEnd;
            while (s > 0 && isDigit(at(s - 1)))
                --s;
            if (linkedRunBefore(s) >= 0)
                return true;
        } else {
            e = digitsEnd(s);
            if (linkedRunAfter(e) >= 0)
                return true;
        }
        return e - s != 4 && !(afterStart >= 0 && e - s == 2 && number(s, e) == (number(i, j) + 1) % 100);
    }

    // A bare year: 1900-2100 in date context. Not "2,000", "$2000",
    // "Su-2000", "2000 troops", "about 2000", "2000s", "20.5%".
    std::optional<Candidate> year(qsizetype i, qsizetype j) const
    {
        const int value = number(i, j);
        if (value < 1900 || value > 2100)
            return std::nullopt;
        const QChar before = at(i - 1);
        if (isCurrencySymbol(before) || ((before == u',' || before == u'.') && isDigit(at(i - 2))))
            return std::nullopt;
        const qsizetype start = extendModifiers(i);
        if ((isDash(before) && start == i && isLetter(at(i - 2))) || partOfCode(i, j))
            return std::nullopt;
        const QChar after = at(j);
        if (isLetter(after) || after == u'%' || continuesNumber(j) || (isDash(after) && isLetter(at(j + 1))))
            return std::nullopt;
        if (isApostrophe(after) && value % 10 == 0 && lowerAscii(at(j + 1).unicode()) == u's')
            return std::nullopt; // "1990's": a decade
        Candidate c = dated(start, j, value, 0, 0);
        // "2016 November", "the 2024 May elections": the month narrows the year.
        qsizetype q = skipSpaces(m_t, j);
        if (at(q) == u',')
            q = skipSpaces(m_t, q + 1);
        if (q > j) {
            if (const auto month = monthAt(q); month && !isDigit(at(skipSpaces(m_t, month->second)))) {
                c.month = month->first;
                c.end = month->second;
                return c;
            }
        }
        const Span prevSpan = prevWord(i);
        const QStringView prev = view(prevSpan);
        // "later than 2018" is a year, "more than 2000" a quantity. After a
        // determiner the number modifies a noun: "the 2024 elections" (news
        // writes "the 2,000 troops").
        const bool strong = isYearPreposition(prev)
            || (sameWord(prev, u"than") && isOneOf(view(prevWord(prevSpan.start)), {u"later", u"earlier", u"sooner"}))
            || isOneOf(prev, {u"the", u"this", u"that", u"its", u"his", u"her", u"their", u"our", u"a", u"an"})
            || (prev.size() > 2 && isApostrophe(prev[prev.size() - 2]) && lowerAscii(prev.back().unicode()) == u's');
        if (start == i && !strong && (isQuantityWord(prev) || countedNounAfter(j)))
            return std::nullopt;
        if (isOneOf(view(nextWord(j)), {u"gmt", u"utc", u"bst", u"cet", u"cest", u"est", u"edt", u"pst", u"hours", u"hrs"}))
            return std::nullopt; // "at 2030 GMT": a time of day
        return c;
    }

    QStringView m_t;
};

} // namespace

QList<Candidate> scan(QStringView text)
{
    return Scanner(text).scan();
}

} // namespace Claimbench::DateScan
