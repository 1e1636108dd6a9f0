#pragma once

#include "core/extract/language.h"
#include "core/extract/numberparser.h"

#include <QStringView>

#include <optional>

namespace Claimbench {

// A hand-written scanner for the numerals of Ukrainian and Russian news text,
// the counterpart of NumberParser: digits with space or no-break-space
// thousands separators ("1 226 420"), the decimal comma ("11,9%", "1,2 млн"),
// scale words and abbreviations (тисяча/тисячі/тисяч, тис., млн, мільйон,
// миллион, млрд), number words in every case and gender (п'ять with either
// apostrophe, одна/один/одне, двох, трьохсот, полторы/півтори), fractions
// ("пів мільйона", "третина", "половина"), percentages ("13%", "13 відсотків",
// "на 13 %"), ranges ("від 400 до 500", "400–500"; "з 13% до 15%" is two
// figures), signed changes ("+20": ParsedNumber::signedChange), vague
// quantities ("десятки тисяч"), multipliers ("утричі") and a number with its
// measure in one word ("47-річний", "двухдневный"). Ordinals and "одна з" are
// not read. The counted noun is not part of the span: the unit is
// CyrillicUnits' to find. The word tables are CyrillicNumberWords'
// (cyrillicnumberwords.cpp), isNotAFigure is in cyrillicnotfigures.cpp.
// Stateless and thread-safe.
class CyrillicNumberParser
{
public:
    // Reads the numeral that begins exactly at `pos`; nullopt when no
    // quantity starts there, `skipTo` (if given) then receives where the
    // caller should continue.
    std::optional<ParsedNumber> parseAt(QStringView text, qsizetype pos, qsizetype *skipTo = nullptr) const;

    // True when a numeral may begin at `pos`: a digit, a sign or currency
    // sign before a digit, or the start of a number word. Cheap.
    static bool mayStart(QStringView text, qsizetype pos);

    // A numeral that names rather than counts: part of a proper name ("24
    // Канал", "Су-34", "Іскандер-М"), a list number, a time ("о 10:30"), a
    // reference mark. `sentenceStart` bounds the look back.
    static bool isNotAFigure(QStringView text, const ParsedNumber &number, qsizetype sentenceStart);
};

} // namespace Claimbench
