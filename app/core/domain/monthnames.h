#pragma once

#include <array>
#include <string_view>

namespace Claimbench {

// An English month name as news writes it, lower case; `month` is 1..12.
struct MonthName
{
    std::u16string_view text;
    int month;
    bool abbreviation;
};

// The one list of month names the extractor and the importer's date lines
// read: the full names, then the abbreviations ("Sept" beside "Sep"; "May" has none).
inline constexpr std::array kMonthNames{
    MonthName{u"january", 1, false},  MonthName{u"february", 2, false}, MonthName{u"march", 3, false},
    MonthName{u"april", 4, false},    MonthName{u"may", 5, false},      MonthName{u"june", 6, false},
    MonthName{u"july", 7, false},     MonthName{u"august", 8, false},   MonthName{u"september", 9, false},
    MonthName{u"october", 10, false}, MonthName{u"november", 11, false}, MonthName{u"december", 12, false},
    MonthName{u"jan", 1, true},       MonthName{u"feb", 2, true},       MonthName{u"mar", 3, true},
    MonthName{u"apr", 4, true},       MonthName{u"jun", 6, true},       MonthName{u"jul", 7, true},
    MonthName{u"aug", 8, true},       MonthName{u"sep", 9, true},       MonthName{u"sept", 9, true},
    MonthName{u"oct", 10, true},      MonthName{u"nov", 11, true},      MonthName{u"dec", 12, true},
};

} // namespace Claimbench
