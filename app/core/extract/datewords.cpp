#include "core/extract/datescanner_p.h"

// The dates that start with a word: "13 June" is read from its month,
// "last Friday", "next week", "yesterday" from their keyword.
namespace Claimbench::DateScan {

std::optional<Candidate> Scanner::dayFirst(qsizetype i) const
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
    if (!month || !validDay(month->first, range ? range->first : day->first)
        || yearBeyondCalendarAfter(month->second))
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

std::optional<std::pair<int, qsizetype>> Scanner::dayRangeAfter(qsizetype dayEnd, int firstDay) const
{
    if (!isDash(at(dayEnd)) || !isDigit(at(dayEnd + 1)))
        return std::nullopt;
    const auto second = dayAt(dayEnd + 1);
    return second && second->first > firstDay ? second : std::nullopt;
}

std::optional<Candidate> Scanner::periodAfterNext(qsizetype i, qsizetype e, Period period) const
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

std::optional<Candidate> Scanner::dayOfRelativeMonth(qsizetype i, int day, qsizetype dayEnd) const
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

std::optional<Candidate> Scanner::monthFirst(qsizetype i, const Keyword &k, qsizetype wordEnd, bool allowBare) const
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
            if (yearBeyondCalendarAfter(day->second))
                return std::nullopt;
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
    if (!allowBare || abbrev || yearBeyondCalendarAfter(end))
        return std::nullopt;
    if (const auto rel = relativeYearAfter(end)) { // "in June next year"
        Candidate c = dated(i, rel->second, 0, k.value, 0);
        c.yearRelative = true;
        c.yearDelta = rel->first;
        c.start = extendModifiers(i);
        return c;
    }
    // "between April and May 2014", "from June to August 2023", "April-May
    // 2014": the first month of a range has the year written after the last.
    qsizetype second = -1;
    if (isDash(at(end)) && isLetter(at(end + 1))) {
        second = end + 1;
    } else if (const QStringView link = view(nextWord(end)); TextScan::equalsLower(link, u"and") || TextScan::equalsLower(link, u"to")
               || TextScan::equalsLower(link, u"through") || TextScan::equalsLower(link, u"until")) {
        second = skipSpaces(m_t, link.data() - m_t.data() + link.size());
    }
    if (const auto last = second > 0 ? monthAt(second) : std::nullopt) {
        if (const auto year = yearAfter(last->second))
            return dated(i, end, last->first < k.value ? year->first - 1 : year->first, k.value, 0);
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

std::optional<Candidate> Scanner::atWord(qsizetype i, qsizetype e) const
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
            // "over the weekend", "at the weekend": the one just past, or the
            // next one in a future-tense clause.
            if (const Span the = prevWord(i); k->value == int(Period::Weekend) && sameWord(view(the), u"the")) {
                Candidate c;
                c.kind = Candidate::Kind::RelativePeriod;
                c.start = the.start;
                c.end = e;
                c.direction = Direction::Past;
                c.period = Period::Weekend;
                return c;
            }
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

std::optional<Candidate> Scanner::weekday(qsizetype i, const Keyword &k, qsizetype e) const
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

std::optional<std::pair<Direction, qsizetype>> Scanner::weekAfter(qsizetype pos) const
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

} // namespace Claimbench::DateScan
