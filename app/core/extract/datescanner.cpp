#include "core/extract/datescanner.h"
#include "core/extract/datescanner_p.h"

namespace Claimbench::DateScan {

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

QList<Candidate> Scanner::scan() const
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
                || (c.kind == Candidate::Kind::Weekday && !c.day) || c.kind == Candidate::Kind::RelativePeriod))
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

Span Scanner::prevWord(qsizetype pos) const
{
    qsizetype k = pos;
    while (k > 0 && isSpace(m_t[k - 1]))
        --k;
    if (k == pos)
        return {pos, pos};
    return {wordStartBefore(m_t, k), k};
}

Span Scanner::nextWord(qsizetype pos) const
{
    const qsizetype p = skipSpaces(m_t, pos);
    if (p == pos)
        return {pos, pos};
    return {p, wordEnd(m_t, p)};
}

bool Scanner::futureClauseBefore(qsizetype pos) const
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

bool Scanner::atSentenceStart(qsizetype pos) const
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

qsizetype Scanner::skipOf(qsizetype p) const
{
    const qsizetype e = lettersEnd(p);
    const qsizetype q = skipSpaces(m_t, e);
    return q > e && sameWord(m_t.sliced(p, e - p), u"of") ? q : p;
}

qsizetype Scanner::extendModifiers(qsizetype start) const
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

std::optional<std::pair<Direction, qsizetype>> Scanner::directionBefore(qsizetype start) const
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

std::optional<std::pair<int, qsizetype>> Scanner::relativeYearAfter(qsizetype pos) const
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

qsizetype Scanner::periodPhraseStart(qsizetype pos) const
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

bool Scanner::countedNounAfter(qsizetype pos) const
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

std::optional<std::pair<int, qsizetype>> Scanner::dayAt(qsizetype p, bool *hasSuffix) const
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

std::optional<std::pair<int, qsizetype>> Scanner::yearAfter(qsizetype pos) const
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

bool Scanner::yearBeyondCalendarAfter(qsizetype pos) const
{
    qsizetype p = skipSpaces(m_t, pos);
    if (at(p) == u',')
        p = skipSpaces(m_t, p + 1);
    if (p == pos)
        return false;
    p = skipOf(p);
    const qsizetype e = digitsEnd(p);
    return e - p > 4 && !isLetter(at(e)) && !continuesNumber(e) && !countedNounAfter(e);
}

std::optional<std::pair<int, qsizetype>> Scanner::monthAt(qsizetype p) const
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

Candidate Scanner::dated(qsizetype start, qsizetype end, int year, int month, int day)
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

QList<Candidate> scan(QStringView text)
{
    return Scanner(text).scan();
}

} // namespace Claimbench::DateScan
