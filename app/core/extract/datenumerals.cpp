#include "core/extract/datescanner_p.h"

#include <QDate>

// The dates that start with digits: "2025-06-13", "13/06/2025", "June 2025"
// read back from its year, a year alone.
namespace Claimbench::DateScan {

std::optional<Candidate> Scanner::atDigits(qsizetype i, qsizetype j) const
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

std::optional<Candidate> Scanner::chainDate(qsizetype i) const
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

std::optional<Candidate> Scanner::yearMonth(qsizetype i, qsizetype j) const
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

std::optional<Candidate> Scanner::monthYear(qsizetype i, qsizetype j) const
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

qsizetype Scanner::fieldEnd(qsizetype p, QChar sep) const
{
    if (at(p) != sep || !isDigit(at(p + 1)))
        return 0;
    const qsizetype e = digitsEnd(p + 1);
    return e - p - 1 <= 2 ? e : 0;
}

std::optional<Candidate> Scanner::isoDate(qsizetype i, qsizetype j) const
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

std::optional<Candidate> Scanner::numericDate(qsizetype i, qsizetype j) const
{
    const QChar sep = at(j);
    if ((sep != u'-' && sep != u'/' && sep != u'.') || (isDash(at(i - 1)) && isDigit(at(i - 2))))
        return std::nullopt;
    const qsizetype se = fieldEnd(j, sep);
    if (!se || at(se) != sep || !isDigit(at(se + 1)))
        return std::nullopt;
    const qsizetype ye = digitsEnd(se + 1);
    // "12/13/22": forms and US reports write the year in two digits after
    // slashes, read as POSIX reads %y (69-99 the 1900s, else the 2000s).
    const bool shortYear = ye - se - 1 == 2 && sep == u'/' && !(at(ye) == u'/' && isDigit(at(ye + 1)));
    if ((ye - se - 1 != 4 && !shortYear) || isLetter(at(ye)) || continuesNumber(ye)
        || (isDash(at(ye)) && isDigit(at(ye + 1))))
        return std::nullopt;
    const int a = number(i, j);
    const int b = number(j + 1, se);
    const int written = number(se + 1, ye);
    const int y = !shortYear ? written : written >= 69 ? 1900 + written : 2000 + written;
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

qsizetype Scanner::linkedRunAfter(qsizetype j) const
{
    if (isDash(at(j)) && isDigit(at(j + 1)))
        return j + 1;
    const qsizetype p = skipSpaces(m_t, j);
    if (!isLink(at(p)))
        return -1;
    const qsizetype q = skipSpaces(m_t, p + 1);
    return isDigit(at(q)) ? q : -1;
}

qsizetype Scanner::linkedRunBefore(qsizetype i) const
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

bool Scanner::partOfCode(qsizetype i, qsizetype j) const
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

std::optional<Candidate> Scanner::year(qsizetype i, qsizetype j) const
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
    // "2011-12", "2024/25": a season or fiscal year, which ends in its second year.
    const qsizetype second = linkedRunAfter(j);
    const qsizetype secondEnd = second >= 0 ? digitsEnd(second) : second;
    const bool season = secondEnd - second == 2 && number(second, secondEnd) == (value + 1) % 100;
    Candidate c = season ? dated(start, secondEnd, value + 1, 0, 0) : dated(start, j, value, 0, 0);
    // "2016 November", "the 2024 May elections": the month narrows the year.
    qsizetype q = skipSpaces(m_t, j);
    if (at(q) == u',')
        q = skipSpaces(m_t, q + 1);
    if (q > j && !season) {
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

} // namespace Claimbench::DateScan
