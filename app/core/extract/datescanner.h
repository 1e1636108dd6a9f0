#pragma once

#include <QList>
#include <QStringView>

// The scanning half of DateResolver: finds the date expressions of a text
// and what each states, before any anchor (publication date) is applied.
// Internal to core/extract; DateResolver is the public interface.
namespace Claimbench::DateScan {

// Past: the latest occurrence not after the anchor. Last/This/Next: in the
// previous, current or next week, month or year. Coming: the first
// occurrence after the anchor ("this coming Friday").
enum class Direction { Past, Last, This, Next, Coming };
enum class Period { Week, Weekend, Month, Year };

// What the scan found, before the anchor (publication date or inferred) is
// known; resolution happens once the whole text has been read.
struct Candidate
{
    enum class Kind {
        Absolute,       // year given; month/day 0 when not stated
        Yearless,       // month (and day) without a year
        Ambiguous,      // n/n/yyyy with both numbers <= 12: first, second in month, day
        Weekday,        // weekday 1 (Monday) .. 7
        RelativeDay,    // offset days from the anchor ("yesterday")
        RelativePeriod, // "last month", "this year"
    };
    Kind kind = Kind::Absolute;
    qsizetype start = 0;
    qsizetype end = 0;
    int year = 0;
    int month = 0;
    // 0 when not stated; also the day of "Friday the 13th" (Weekday) and of
    // "the 20th of next month" (RelativePeriod).
    int day = 0;
    int weekday = 0;
    int offset = 0;            // RelativeDay: days from the anchor; RelativePeriod: periods beyond the direction's
    int numericOrder = 0;      // unambiguous n/n/yyyy: +1 day first, -1 month first
    bool yearRelative = false; // Yearless: "June next year", the year is anchor year + yearDelta
    int yearDelta = 0;
    bool future = false;       // Past-direction Yearless/Weekday in a future-tense clause ("will vote on Monday")
    Direction direction = Direction::Past;
    Period period = Period::Year;
};

// The candidates of text in text order, not overlapping; start/end are
// UTF-16 offsets into text, end exclusive. Pure function of the text:
// allocates only its result and may run on any thread.
QList<Candidate> scan(QStringView text);

} // namespace Claimbench::DateScan
