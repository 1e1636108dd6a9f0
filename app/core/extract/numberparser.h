#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Claimbench {

// One numeral as written, with what the numeral itself says about its unit.
// Offsets are UTF-16 indices into the text given to NumberParser::parseAt,
// end exclusive; the span covers currency symbols, scale words ("million"),
// attached units ("40%", "825 days", "three-year") and both ends of a range.
struct ParsedNumber
{
    int start = 0;
    int end = 0;
    double value = 0;            // for ranges and vague quantities: the low end
    std::optional<double> low;   // set for ranges ("20-30") and vague quantities ("dozens")
    std::optional<double> high;
    QString unit;                // canonical unit the numeral carries ("%", "USD", "km", "years", "times", "fraction") or empty
    bool inWords = false;        // spelled out ("forty-five", "half a million")
    bool vague = false;          // "dozens", "tens of thousands", "several hundred"
    bool bareInteger = false;    // plain digits only: no separator, sign, decimals, scale or unit (year-like)
    int digitCount = 0;          // digits of a bare integer
    bool signedChange = false;   // written with its sign as a change ("+20" in a loss list): value is the change
};

// A hand-written scanner for English numerals in news text: digits with
// thousands separators, decimals, signs, scale words and suffixes ("1.2m",
// "$5bn", "250K"), number words of any size, fractions, percentages,
// currencies, multipliers and ranges. It rejects tokens that are not
// quantities by their shape: ordinals ("3rd"), times of day ("10:30", "5pm"),
// designations and identifiers ("F-16", "G7", "USDL-12-0267"), versions
// ("1.2.3"). Years and other date parts are left to the caller, which knows the
// date mentions. Stateless and thread-safe.
class NumberParser
{
public:
    // Reads the numeral that begins exactly at `pos`. Returns nullopt when no
    // quantity starts there; `skipTo` (if given) then receives the index the
    // caller should continue scanning from (past a rejected identifier).
    std::optional<ParsedNumber> parseAt(QStringView text, qsizetype pos, qsizetype *skipTo = nullptr) const;

    // True when a numeral may begin at `pos`: a digit, a currency sign or code
    // before a digit, or a number word. Cheap: the extractor calls it on every
    // word start of the text.
    static bool mayStart(QStringView text, qsizetype pos);
};

} // namespace Claimbench
