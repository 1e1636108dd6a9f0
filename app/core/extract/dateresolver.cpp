#include "core/extract/dateresolver.h"

#include "core/extract/datescanner.h"

#include <optional>
#include <utility>

namespace Claimbench {

namespace {

using DateScan::Candidate;
using DateScan::Direction;
using DateScan::Period;

// A day-month without a year ("on 27 June") usually names the coming
// occurrence when it is a few weeks ahead of the publication date (an
// announced summit, a deadline), and a past one otherwise.
constexpr int kUpcomingDays = 31;

// The date the relative expressions count from, to the precision known.
struct Anchor
{
    int year = 0;
    int month = 0; // 0: year only
    QDate day;     // null: no day

    static Anchor from(const PartialDate &d)
    {
        switch (d.precision()) {
        case DatePrecision::Unknown:
            return {};
        case DatePrecision::Year:
            return {d.date().year(), 0, {}};
        case DatePrecision::Month:
            return {d.date().year(), d.date().month(), {}};
        case DatePrecision::Day:
            return {d.date().year(), d.date().month(), d.date()};
        }
        return {};
    }
};

// The finest partial date containing both days: "last week" is a Month when
// the whole week lies in one month.
PartialDate containing(QDate a, QDate b)
{
    if (a == b)
        return {a, DatePrecision::Day};
    if (a.year() == b.year() && a.month() == b.month())
        return {a, DatePrecision::Month};
    if (a.year() == b.year())
        return {a, DatePrecision::Year};
    return {};
}

PartialDate resolveYearless(const Candidate &c, const Anchor &a)
{
    if (!a.year)
        return {};
    int year = a.year;
    if (c.yearRelative)
        return c.day ? PartialDate::day(year + c.yearDelta, c.month, c.day) : PartialDate::month(year + c.yearDelta, c.month);
    if (a.month) {
        // A month counts as not after the anchor when it is the anchor's month.
        const bool notAfter = c.month < a.month || (c.month == a.month && (!c.day || !a.day.isValid() || c.day <= a.day.day()));
        switch (c.direction) {
        case Direction::Past:
            if (c.future) { // "elections will be held in November": the next one
                const bool notBefore = c.month > a.month || (c.month == a.month && (!c.day || !a.day.isValid() || c.day >= a.day.day()));
                year = notBefore ? a.year : a.year + 1;
            } else if (c.day && a.day.isValid()) {
                const QDate thisYear(a.year, c.month, c.day);
                year = thisYear.isValid() && thisYear <= a.day.addDays(kUpcomingDays) ? a.year : a.year - 1;
            } else {
                year = notAfter ? a.year : a.year - 1;
            }
            break;
        case Direction::Last:
            year = c.month < a.month ? a.year : a.year - 1;
            break;
        case Direction::This:
            break;
        case Direction::Next:
        case Direction::Coming:
            year = c.month > a.month ? a.year : a.year + 1;
            break;
        }
    } else if (c.direction != Direction::Past && c.direction != Direction::This) {
        return {};
    }
    return c.day ? PartialDate::day(year, c.month, c.day) : PartialDate::month(year, c.month);
}

// A plain weekday is the latest one not after the anchor (in a future-tense
// clause, the first one not before it); "last", "this" and
// "next" pick it in the previous, current or next Monday-to-Sunday week, as
// "last week" does ("last Wednesday" said on a Thursday is eight days back).
PartialDate resolveWeekday(const Candidate &c, QDate anchor)
{
    if (c.day) {
        // Weekday and day of the month repeat within 14 months at most.
        for (QDate month(anchor.year(), anchor.month(), 1); month.year() >= anchor.year() - 2; month = month.addMonths(-1)) {
            const QDate d(month.year(), month.month(), c.day);
            if (d.isValid() && d <= anchor && d.dayOfWeek() == c.weekday)
                return {d, DatePrecision::Day};
        }
        return {};
    }
    const int dow = anchor.dayOfWeek();
    int weeks = 0;
    switch (c.direction) {
    case Direction::Past:
        if (c.future) // "the council will vote on Monday": the coming one, or today
            return {anchor.addDays((c.weekday - dow + 7) % 7), DatePrecision::Day};
        return {anchor.addDays(-((dow - c.weekday + 7) % 7)), DatePrecision::Day};
    case Direction::Last:
        weeks = -1;
        break;
    case Direction::This:
        break;
    case Direction::Next:
        weeks = 1;
        break;
    case Direction::Coming: {
        const int ahead = (c.weekday - dow + 7) % 7;
        return {anchor.addDays(ahead ? ahead : 7), DatePrecision::Day};
    }
    }
    return {anchor.addDays(c.weekday - dow + 7 * weeks), DatePrecision::Day};
}

// How many periods a relative period lies from the anchor's: -1 for "last
// month", 2 for "the year after next".
int periodsFromAnchor(const Candidate &c)
{
    return c.offset
        + (c.direction == Direction::Last                                           ? -1
               : c.direction == Direction::Next || c.direction == Direction::Coming ? 1
                                                                                    : 0);
}

// The first and last day of a week (Monday to Sunday) or weekend; "the
// weekend" without a direction is the latest one begun by the anchor, or
// the next one in a future-tense clause. Invalid days without an anchor day.
std::pair<QDate, QDate> weekDays(const Candidate &c, const Anchor &a)
{
    if (!a.day.isValid())
        return {};
    const int dow = a.day.dayOfWeek();
    if (c.period == Period::Weekend && c.direction == Direction::Past) {
        const QDate saturday = c.future ? a.day.addDays((Qt::Saturday - dow + 7) % 7)
                                        : a.day.addDays(-((dow - Qt::Saturday + 7) % 7));
        return {saturday, saturday.addDays(1)};
    }
    const int delta = periodsFromAnchor(c);
    const QDate monday = a.day.addDays(1 - dow + 7 * delta);
    return c.period == Period::Week ? std::pair{monday, monday.addDays(6)}
                                    : std::pair{monday.addDays(5), monday.addDays(6)};
}

PartialDate resolvePeriod(const Candidate &c, const Anchor &a)
{
    const int delta = periodsFromAnchor(c);
    switch (c.period) {
    case Period::Year:
        return a.year ? PartialDate::year(a.year + delta) : PartialDate();
    case Period::Month: {
        if (!a.month)
            return {};
        const QDate month = QDate(a.year, a.month, 1).addMonths(delta);
        return c.day ? PartialDate::day(month.year(), month.month(), c.day) : PartialDate(month, DatePrecision::Month);
    }
    case Period::Week:
    case Period::Weekend: {
        const auto [first, last] = weekDays(c, a);
        return first.isValid() ? containing(first, last) : PartialDate();
    }
    }
    return {};
}

// DateMention::periodEnd: the publication day while the period is still
// running ("this week" said on a Wednesday).
PartialDate periodEndOf(const Candidate &c, const Anchor &a)
{
    if (c.kind != Candidate::Kind::RelativePeriod || (c.period != Period::Week && c.period != Period::Weekend))
        return {};
    const auto [first, last] = weekDays(c, a);
    if (!first.isValid())
        return {};
    const QDate end = first <= a.day && a.day < last ? a.day : last;
    return c.period == Period::Weekend ? PartialDate(end, DatePrecision::Day) : PartialDate::month(end.year(), end.month());
}

// Without a publication date: the latest explicit day stands in for it when
// no explicit date of the text lies after it (a dateline); otherwise a
// yearless month takes the year of the nearest explicit date, preferring one
// before it.
class TextAnchors
{
public:
    explicit TextAnchors(const QList<Candidate> &candidates)
    {
        QDate latestDay;
        QDate latestStart;
        for (const Candidate &c : candidates) {
            if (c.kind != Candidate::Kind::Absolute && c.kind != Candidate::Kind::Ambiguous)
                continue;
            m_years.append({c.start, c.year});
            const QDate start(c.year, c.kind == Candidate::Kind::Absolute && c.month ? c.month : 1,
                              c.kind == Candidate::Kind::Absolute && c.day ? c.day : 1);
            latestStart = std::max(latestStart, start);
            if (c.kind == Candidate::Kind::Absolute && c.day)
                latestDay = std::max(latestDay, start);
        }
        if (latestDay.isValid() && latestDay >= latestStart)
            m_dateline = Anchor::from({latestDay, DatePrecision::Day});
    }

    const Anchor &dateline() const { return m_dateline; }

    Anchor yearNear(qsizetype pos) const
    {
        int before = 0;
        for (const auto &[start, year] : m_years) {
            if (start > pos)
                return {before ? before : year, 0, {}};
            before = year;
        }
        return {before, 0, {}};
    }

private:
    QList<std::pair<qsizetype, int>> m_years; // in text order
    Anchor m_dateline;
};

} // namespace

DateResolver::DateResolver(PartialDate published) : m_published(published) {}

QList<DateMention> DateResolver::find(QStringView text) const
{
    return resolve(text, DateScan::scan(text));
}

QList<DateMention> DateResolver::resolve(QStringView text, const QList<Candidate> &candidates) const
{
    if (candidates.isEmpty())
        return {};

    std::optional<TextAnchors> textAnchors;
    Anchor anchor = Anchor::from(m_published);
    if (m_published.isNull()) {
        textAnchors.emplace(candidates);
        anchor = textAnchors->dateline();
    }

    // Unambiguous numeric dates of the same text tell its convention.
    int order = 0;
    for (const Candidate &c : candidates)
        order += c.numericOrder;

    QList<DateMention> out;
    out.reserve(candidates.size());
    for (const Candidate &c : candidates) {
        PartialDate resolved;
        switch (c.kind) {
        case Candidate::Kind::Absolute:
            resolved = c.day ? PartialDate::day(c.year, c.month, c.day)
                : c.month    ? PartialDate::month(c.year, c.month)
                             : PartialDate::year(c.year);
            break;
        case Candidate::Kind::Ambiguous: {
            // A text reports what has happened: with no convention of its
            // own, a reading after the publication date is not the one meant.
            const QDate monthFirst(c.year, c.month, c.day);
            const QDate dayFirst(c.year, c.day, c.month);
            const bool oneAfterAnchor = anchor.day.isValid() && (monthFirst > anchor.day) != (dayFirst > anchor.day);
            resolved = order > 0       ? PartialDate::day(c.year, c.day, c.month)
                : order < 0            ? PartialDate::day(c.year, c.month, c.day)
                : oneAfterAnchor       ? PartialDate(monthFirst > anchor.day ? dayFirst : monthFirst, DatePrecision::Day)
                                       : PartialDate::year(c.year);
            break;
        }
        case Candidate::Kind::Yearless:
            resolved = resolveYearless(c, anchor.year || !textAnchors ? anchor : textAnchors->yearNear(c.start));
            break;
        case Candidate::Kind::Weekday:
            if (anchor.day.isValid())
                resolved = resolveWeekday(c, anchor.day);
            break;
        case Candidate::Kind::RelativeDay:
            if (anchor.day.isValid())
                resolved = {anchor.day.addDays(c.offset), DatePrecision::Day};
            break;
        case Candidate::Kind::RelativePeriod:
            resolved = resolvePeriod(c, anchor);
            break;
        }
        if (resolved.isNull())
            continue;
        out.append({int(c.start), int(c.end), text.sliced(c.start, c.end - c.start).toString(), resolved,
                    periodEndOf(c, anchor)});
    }
    return out;
}

} // namespace Claimbench
