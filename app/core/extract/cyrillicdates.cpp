#include "core/extract/cyrillicdates.h"

#include "core/extract/cyrillicdates_p.h"
#include "core/extract/textscan.h"

#include <QDate>

#include <algorithm>

#include <optional>

namespace Claimbench {

using namespace TextScan;
using DateScan::Candidate;
using DateScan::Direction;
using DateScan::Period;
using CyrillicDateWords::Kind;
using CyrillicDateWords::Word;

namespace {

bool isCyrillic(QChar c) { return c.unicode() >= 0x0400 && c.unicode() <= 0x04FF; }

class Scanner
{
public:
    explicit Scanner(QStringView text) : m_t(text) {}

    // The candidates in text order; `rangeEnds` gets where each range of
    // days ("1–7 вересня", "з 1 по 7 вересня") ends: (its start, last day).
    QList<Candidate> scan(QList<std::pair<qsizetype, int>> *rangeEnds) const;

private:
    QChar at(qsizetype i) const { return i >= 0 && i < m_t.size() ? m_t[i] : QChar(); }

    struct Found
    {
        Word word;
        qsizetype start = 0;
        qsizetype end = 0;
    };

    // The word at `i` when the table knows it; nullopt otherwise.
    std::optional<Found> wordAt(qsizetype i) const
    {
        const qsizetype e = wordEnd(m_t, i);
        if (e == i || !isCyrillic(m_t[i]))
            return std::nullopt;
        const std::optional<Word> w = CyrillicDateWords::lookUp(m_t.sliced(i, e - i));
        return w ? std::optional(Found{*w, i, e}) : std::nullopt;
    }

    // The word after `pos` past horizontal spaces.
    std::optional<Found> nextWord(qsizetype pos) const { return wordAt(skipSpaces(m_t, pos)); }

    // The known word right before `pos`, spaces between.
    std::optional<Found> previousWord(qsizetype pos) const
    {
        qsizetype e = pos;
        while (e > 0 && isSpace(m_t[e - 1]))
            --e;
        const qsizetype s = wordStartBefore(m_t, e);
        return s < e ? wordAt(s) : std::nullopt;
    }

    qsizetype digitsEnd(qsizetype i) const
    {
        return std::find_if_not(m_t.begin() + i, m_t.end(), [](QChar c) { return isDigit(c); }) - m_t.begin();
    }

    int number(qsizetype from, qsizetype to) const { return m_t.sliced(from, to - from).toInt(); }

    // The end of a year word after a year's digits ("2022 року", "2018р.",
    // "2011 г."), its full stop included; `pos` when there is none.
    qsizetype yearWordEnd(qsizetype pos) const;
    // A year after a day-month or month: "вересня 2025 року"; its value and end.
    std::optional<std::pair<int, qsizetype>> yearAfter(qsizetype pos) const;
    // "минулого року", "прошлого года" after a month: the year's offset from
    // the publication's and the end.
    std::optional<std::pair<int, qsizetype>> relativeYearAfter(qsizetype pos) const;
    // The candidate of a month (and day) at [start, end) with the year
    // written after `end`, if any: "вересня 2025 року", "февраля прошлого года".
    Candidate withYearAfter(qsizetype start, qsizetype end, int month, int day) const;
    // A day number at `i` with its ordinal ending ("18-го", "31-ое"): the day and its end.
    std::optional<std::pair<int, qsizetype>> dayAt(qsizetype i) const;
    // A date that starts with digits; `lastDay`, when given, gets the last
    // day of a range of days (0 for any other date).
    std::optional<Candidate> atDigits(qsizetype i, int *lastDay = nullptr) const;
    std::optional<Candidate> numericDate(qsizetype i, qsizetype j) const;
    std::optional<Candidate> yearOnly(qsizetype i, qsizetype j) const;
    std::optional<Candidate> atWord(const Found &w) const;
    // "Понеділок, 18 лютого": the day-month after a weekday, widened to it.
    std::optional<Candidate> dateAfterWeekday(const Found &w) const;
    std::optional<Candidate> monthOnly(const Found &w) const;
    std::optional<Candidate> relative(const Found &direction) const;
    // The calendar day in apposition after `pos` ("за минулу добу, 22
    // листопада"), which names the day the phrase means; nullopt when none.
    std::optional<Candidate> dayInApposition(qsizetype pos) const;

    QStringView m_t;
};

Candidate dated(qsizetype start, qsizetype end, int year, int month, int day)
{
    return {.kind = year ? Candidate::Kind::Absolute : Candidate::Kind::Yearless,
            .start = start, .end = end, .year = year, .month = month, .day = day};
}

bool validDay(int month, int day) { return QDate(2000, month, day).isValid(); }

qsizetype Scanner::yearWordEnd(qsizetype pos) const
{
    const qsizetype s = skipSpaces(m_t, pos);
    const qsizetype e = wordEnd(m_t, s);
    if (e == s || !CyrillicDateWords::isYearWord(m_t.sliced(s, e - s)))
        return pos;
    if (e - s <= 2) // "р.", "г.", "рр.": abbreviations
        return at(e) == u'.' ? e + 1 : e;
    return e;
}

std::optional<std::pair<int, qsizetype>> Scanner::yearAfter(qsizetype pos) const
{
    const qsizetype s = skipSpaces(m_t, pos);
    const qsizetype e = digitsEnd(s);
    if (s == pos || e - s != 4 || ((at(e) == u',' || at(e) == u'.') && isDigit(at(e + 1))))
        return std::nullopt;
    const qsizetype afterYear = yearWordEnd(e);
    if (isLetter(at(e)) && afterYear == e) // "2018р." is a year, "2018th" none
        return std::nullopt;
    const int year = number(s, e);
    if (year < 1000)
        return std::nullopt;
    return std::pair{year, afterYear};
}

std::optional<std::pair<int, qsizetype>> Scanner::dayAt(qsizetype i) const
{
    const qsizetype j = digitsEnd(i);
    if (j - i < 1 || j - i > 2)
        return std::nullopt;
    const int day = number(i, j);
    if (day < 1 || day > 31)
        return std::nullopt;
    qsizetype e = j;
    if (isDash(at(j)) && isCyrillic(at(j + 1))) { // "18-го", "13-е", "31-ое"
        const qsizetype s = wordEnd(m_t, j + 1);
        if (s - j - 1 <= 3)
            e = s;
    }
    return std::pair{day, e};
}

std::optional<Candidate> Scanner::atDigits(qsizetype i, int *lastDay) const
{
    const qsizetype j = digitsEnd(i);
    if (const auto c = numericDate(i, j))
        return c;
    if (j - i == 4)
        return yearOnly(i, j);
    const auto day = dayAt(i);
    if (!day)
        return std::nullopt;
    // "1–7 вересня", "з 1 по 7 вересня": a range of days is its month,
    // ending on its last day.
    qsizetype afterDays = day->second;
    int rangeEnd = 0;
    const qsizetype p = skipSpaces(m_t, day->second);
    std::optional<std::pair<int, qsizetype>> second;
    if (isDash(at(day->second)) && isDigit(at(day->second + 1))) {
        second = dayAt(day->second + 1);
    } else if (const auto po = wordAt(p); po && po->end - po->start <= 2 && (at(p) == u'п' || at(p) == u'д')) {
        const qsizetype q = skipSpaces(m_t, po->end); // "по", "до"
        if (q > po->end && isDigit(at(q)))
            second = dayAt(q);
    }
    if (second && second->first > day->first) {
        afterDays = second->second;
        rangeEnd = second->first;
    }
    const auto month = nextWord(afterDays);
    if (!month || month->start == afterDays || (month->word.kind != Kind::Month && month->word.kind != Kind::MonthAbbrev))
        return std::nullopt;
    const int m = month->word.value;
    if (!validDay(m, rangeEnd ? rangeEnd : day->first))
        return std::nullopt;
    qsizetype end = month->end;
    if (month->word.kind == Kind::MonthAbbrev && at(end) == u'.')
        ++end;
    if (lastDay)
        *lastDay = rangeEnd;
    return withYearAfter(i, end, m, rangeEnd ? 0 : day->first);
}

std::optional<std::pair<int, qsizetype>> Scanner::relativeYearAfter(qsizetype pos) const
{
    const auto direction = nextWord(pos);
    if (!direction || direction->start == pos || direction->word.kind != Kind::Direction)
        return std::nullopt;
    const auto year = nextWord(direction->end);
    if (!year || year->word.kind != Kind::PeriodNoun || Period(year->word.value) != Period::Year)
        return std::nullopt;
    const auto d = Direction(direction->word.value);
    const int delta = d == Direction::Last ? -1 : d == Direction::Next ? 1 : 0;
    return std::pair{delta + direction->word.offset, year->end};
}

Candidate Scanner::withYearAfter(qsizetype start, qsizetype end, int month, int day) const
{
    if (const auto year = yearAfter(end))
        return dated(start, year->second, year->first, month, day);
    if (const auto relative = relativeYearAfter(end)) {
        Candidate c = dated(start, relative->second, 0, month, day);
        c.yearRelative = true;
        c.yearDelta = relative->first;
        return c;
    }
    return dated(start, end, 0, month, day);
}

// "07.09.2025", "24.02.22", "2025-09-07", and "07.12" (a day and month
// without a year, as loss reports write "станом на 07.12"): the month has
// two digits, so that "1.5" and "15.2" stay numbers.
std::optional<Candidate> Scanner::numericDate(qsizetype i, qsizetype j) const
{
    if (j - i == 4 && at(j) == u'-' && isDigit(at(j + 1))) {
        const qsizetype m = digitsEnd(j + 1);
        if (m - j - 1 != 2 || at(m) != u'-')
            return std::nullopt;
        const qsizetype d = digitsEnd(m + 1);
        const QDate date(number(i, j), number(j + 1, m), number(m + 1, d));
        if (d - m - 1 != 2 || !date.isValid() || isDigit(at(d)))
            return std::nullopt;
        return dated(i, d, date.year(), date.month(), date.day());
    }
    if (j - i > 2 || at(j) != u'.')
        return std::nullopt;
    const qsizetype m = digitsEnd(j + 1);
    if (m - j - 1 != 2)
        return std::nullopt;
    const int day = number(i, j);
    const int month = number(j + 1, m);
    if (month < 1 || month > 12 || !validDay(month, day))
        return std::nullopt;
    if (at(m) == u'.' && isDigit(at(m + 1))) {
        const qsizetype y = digitsEnd(m + 1);
        if ((y - m - 1 != 2 && y - m - 1 != 4) || ((at(y) == u',' || at(y) == u'.') && isDigit(at(y + 1))))
            return std::nullopt;
        int year = number(m + 1, y);
        if (y - m - 1 == 2) // "24.02.22": the century closest to now
            year += year <= QDate::currentDate().year() % 100 + 10 ? 2000 : 1900;
        if (!QDate(year, month, day).isValid())
            return std::nullopt;
        return dated(i, yearWordEnd(y), year, month, day);
    }
    if (at(m) == u',' || at(m) == u'%' || isDigit(at(m)) || (at(m) == u'.' && isDigit(at(m + 1))))
        return std::nullopt;
    return dated(i, at(m) == u'.' && (m + 1 == m_t.size() || isSpace(at(m + 1))) ? m + 1 : m, 0, month, day);
}

// "2022 року", "у 2024 році", "2022-го", "2023 год": a year needs its word,
// an ordinal ending, or "у"/"в" before it and no counted noun after it.
std::optional<Candidate> Scanner::yearOnly(qsizetype i, qsizetype j) const
{
    const int year = number(i, j);
    if (year < 1000 || year > 2999 || (at(j) == u',' && isDigit(at(j + 1))) || at(j) == u'%')
        return std::nullopt;
    if (isDash(at(j)) && isCyrillic(at(j + 1))) { // "2022-го", "2022-му"
        const qsizetype e = wordEnd(m_t, j + 1);
        return e - j - 1 <= 2 ? std::optional(dated(i, e, year, 0, 0)) : std::nullopt;
    }
    if (const qsizetype e = yearWordEnd(j); e > j)
        return dated(i, e, year, 0, 0);
    // "2022–2023 роках": the first year of a range takes the word of the second.
    if ((isDash(at(j)) || at(j) == u'/') && digitsEnd(j + 1) == j + 5 && yearWordEnd(j + 5) > j + 5)
        return dated(i, j, year, 0, 0);
    if (year < 1900 || year > 2100)
        return std::nullopt;
    const auto before = previousWord(i);
    const bool inYear = before && before->word.kind == Kind::Preposition && before->end - before->start <= 2
        && (at(before->start).toLower() == u'у' || at(before->start).toLower() == u'в');
    if (!inYear)
        return std::nullopt;
    const qsizetype n = skipSpaces(m_t, j);
    if (n > j && isLetter(at(n)) && at(n).isLower()) {
        // "у 2023 та 2024 роках" is two years; "у 2000 будинках" a count.
        const qsizetype e = wordEnd(m_t, n);
        if (!inList(m_t.sliced(n, e - n), {u"та", u"і", u"й", u"и", u"або", u"или", u"по", u"до"}))
            return std::nullopt;
    }
    return dated(i, j, year, 0, 0);
}

std::optional<Candidate> Scanner::dateAfterWeekday(const Found &w) const
{
    qsizetype p = w.end;
    if (at(p) == u'.')
        ++p;
    if (at(p) != u',')
        return std::nullopt;
    p = skipSpaces(m_t, p + 1);
    if (!isDigit(at(p)))
        return std::nullopt;
    std::optional<Candidate> c = atDigits(p);
    if (!c || !c->day)
        return std::nullopt;
    c->start = w.start;
    return c;
}

// "у липні", "з вересня", "в сентябре", "вересень 2025", "Липень 2018р.".
std::optional<Candidate> Scanner::monthOnly(const Found &w) const
{
    if (const Candidate c = withYearAfter(w.start, w.end, w.word.value, 0); c.end > w.end)
        return c;
    // "січень–вересень 2024 року": the first month of a range takes the
    // year of the second.
    if (qsizetype p = skipSpaces(m_t, w.end); isDash(at(p))) {
        const auto second = nextWord(p + 1);
        if (second && second->word.kind == Kind::Month && second->word.value > w.word.value)
            if (const auto year = yearAfter(second->end))
                return dated(w.start, w.end, year->first, w.word.value, 0);
    }
    const auto before = previousWord(w.start);
    if (!before)
        return std::nullopt;
    if (before->word.kind == Kind::Direction) { // "минулого вересня", "в прошлом сентябре"
        Candidate c = dated(before->start, w.end, 0, w.word.value, 0);
        c.direction = Direction(before->word.value);
        return c;
    }
    if (before->word.kind != Kind::Preposition)
        return std::nullopt;
    // A nominative month stands alone only as what a figure is "за" (for).
    if (w.word.nominative && !inList(m_t.sliced(before->start, before->end - before->start), {u"за", u"на"}))
        return std::nullopt;
    return dated(w.start, w.end, 0, w.word.value, 0);
}

std::optional<Candidate> Scanner::dayInApposition(qsizetype pos) const
{
    qsizetype p = pos;
    while (p < m_t.size() && (isSpace(m_t[p]) || m_t[p] == u',' || isDash(m_t[p]) || m_t[p] == u'('))
        ++p;
    if (!isDigit(at(p)))
        return std::nullopt;
    auto c = atDigits(p);
    return c && c->day ? c : std::nullopt;
}

// "минулого тижня", "в прошлом году", "цього року", "минулої доби",
// "за минувшие сутки", "прошедшей ночи", "минулої неділі".
std::optional<Candidate> Scanner::relative(const Found &direction) const
{
    const auto noun = nextWord(direction.end);
    if (!noun || noun->start == direction.end)
        return std::nullopt;
    Candidate c;
    c.start = direction.start;
    c.end = noun->end;
    c.direction = Direction(direction.word.value);
    switch (noun->word.kind) {
    case Kind::PeriodNoun:
        c.kind = Candidate::Kind::RelativePeriod;
        c.period = Period(noun->word.value);
        c.offset = direction.word.offset;
        return c;
    case Kind::Weekday:
        c.kind = Candidate::Kind::Weekday;
        c.weekday = noun->word.value;
        return c;
    case Kind::DayNoun:
    case Kind::NightNoun:
        if (c.direction == Direction::Next)
            return std::nullopt;
        // Both are mentions; the phrase means the day the date names.
        if (auto day = dayInApposition(noun->end)) {
            day->start = c.start;
            day->end = c.end;
            return day;
        }
        c.kind = Candidate::Kind::RelativeDay;
        c.offset = noun->word.kind == Kind::DayNoun && c.direction == Direction::Last ? -1 : 0;
        return c;
    default:
        return std::nullopt;
    }
}

std::optional<Candidate> Scanner::atWord(const Found &w) const
{
    switch (w.word.kind) {
    case Kind::Month:
        return monthOnly(w);
    case Kind::Weekday:
    case Kind::WeekdayAbbrev: {
        if (auto c = dateAfterWeekday(w))
            return c;
        const auto before = previousWord(w.start);
        if (w.word.kind == Kind::WeekdayAbbrev || !before || before->word.kind != Kind::Preposition)
            return std::nullopt;
        return Candidate{.kind = Candidate::Kind::Weekday, .start = w.start, .end = w.end, .weekday = w.word.value};
    }
    case Kind::RelativeDay:
        return Candidate{.kind = Candidate::Kind::RelativeDay, .start = w.start, .end = w.end, .offset = w.word.value};
    case Kind::RelativeYear:
        return Candidate{.kind = Candidate::Kind::RelativePeriod, .start = w.start, .end = w.end,
                         .offset = w.word.value, .direction = Direction::This, .period = Period::Year};
    case Kind::Direction:
        return relative(w);
    default:
        return std::nullopt;
    }
}

QList<Candidate> Scanner::scan(QList<std::pair<qsizetype, int>> *rangeEnds) const
{
    QList<Candidate> out;
    qsizetype i = 0;
    while (i < m_t.size()) {
        const QChar c = m_t[i];
        if (isDigit(c)) {
            const QChar before = at(i - 1);
            const bool free = !isDigit(before) && !isLetter(before) && before != u'.' && before != u','
                && before != u'+' && !(isDash(before) && isLetter(at(i - 2)));
            int lastDay = 0;
            const std::optional<Candidate> found = free ? atDigits(i, &lastDay) : std::nullopt;
            if (found) {
                out.append(*found);
                if (lastDay)
                    rangeEnds->append({i, lastDay});
                i = found->end;
            } else {
                i = digitsEnd(i);
            }
            continue;
        }
        if (!isLetter(c)) {
            ++i;
            continue;
        }
        const qsizetype e = std::max(wordEnd(m_t, i), i + 1);
        const std::optional<Found> w = isCyrillic(c) ? wordAt(i) : std::nullopt;
        const std::optional<Candidate> found = w ? atWord(*w) : std::nullopt;
        if (found && found->start >= (out.isEmpty() ? 0 : out.last().end)) {
            out.append(*found);
            i = found->end;
        } else {
            i = e;
        }
    }
    return out;
}

} // namespace

CyrillicDateResolver::CyrillicDateResolver(PartialDate published)
    : m_published(published)
{
}

QList<DateMention> CyrillicDateResolver::find(QStringView text) const
{
    QList<std::pair<qsizetype, int>> rangeEnds;
    const QList<Candidate> candidates = Scanner(text).scan(&rangeEnds);
    QList<DateMention> mentions = DateResolver(m_published).resolve(text, candidates);
    const auto mentionAt = [&](qsizetype start) -> DateMention * {
        const auto m = std::lower_bound(mentions.begin(), mentions.end(), start,
                                        [](const DateMention &d, qsizetype pos) { return d.start < pos; });
        return m != mentions.end() && m->start == start ? &*m : nullptr;
    };
    // A range of days is its month; its figures are of its last day.
    for (const auto &[start, lastDay] : std::as_const(rangeEnds))
        if (DateMention *m = mentionAt(start); m && m->resolved.precision() == DatePrecision::Month)
            m->periodEnd = PartialDate::day(m->resolved.date().year(), m->resolved.date().month(), lastDay);
    // A week's figures are of its Sunday, or of the publication day while it
    // runs ("упродовж минулого тижня" → its last day, as "in the week to 8
    // July" is of that day); the mention keeps its month or year.
    if (m_published.precision() == DatePrecision::Day) {
        const QDate published = m_published.date();
        for (const Candidate &c : candidates) {
            const bool week = c.kind == Candidate::Kind::RelativePeriod && c.period == Period::Week;
            DateMention *m = week ? mentionAt(c.start) : nullptr;
            if (!m)
                continue;
            const int weeks = c.offset + (c.direction == Direction::Last ? -1 : c.direction == Direction::Next ? 1 : 0);
            const QDate sunday = published.addDays(Qt::Sunday - published.dayOfWeek() + 7 * weeks);
            m->periodEnd = PartialDate(weeks == 0 ? published : sunday, DatePrecision::Day);
        }
    }
    return mentions;
}

} // namespace Claimbench
