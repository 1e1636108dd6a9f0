#pragma once

#include "core/extract/datescanner.h"

#include <QStringView>

#include <optional>

// The words of Ukrainian and Russian dates (month names in every case,
// weekdays, relative days and periods), internal to cyrillicdates.cpp and
// cyrillicdatewords.cpp.
namespace Claimbench::CyrillicDateWords {

// What a word of a Ukrainian or Russian date is. The month forms are
// listed in full: stems would take "червоний" (red) for червень and "липа"
// (lime) for липень.
enum class Kind : quint8 {
    Month,        // value: 1-12; nominative: needs a day or year beside it
    MonthAbbrev,  // "бер.", "фев": only after a day
    Weekday,      // value: 1 (Monday) - 7
    WeekdayAbbrev,
    RelativeDay,  // value: days from the publication date
    RelativeYear, // value: years from the publication's ("торік": -1)
    Direction,    // value: Direction; offset: -1 for "позаминулого"
    PeriodNoun,   // value: Period
    DayNoun,      // "доба", "сутки": the day before publication after "минулої"
    NightNoun,    // "ніч", "ночи": the night that ends on the publication day
    Preposition,  // before a bare month or weekday: "у липні", "з вересня"
};

struct Word
{
    Kind kind;
    int value = 0;
    bool nominative = false; // months: "вересень", "сентябрь"
    int offset = 0;
};

// The table's entry for `word` (any case, either apostrophe), or nullopt.
std::optional<Word> lookUp(QStringView word);

// Whether `word` writes a year after its number: "року", "году", "р", "г".
bool isYearWord(QStringView word);

} // namespace Claimbench::CyrillicDateWords
