#pragma once

#include "core/extract/numberparser.h"

#include <QStringView>

#include <optional>

// Numbers that name, point or number rather than count ("Voyager 1",
// "(3,4)", "1. Notes", "21 Victoria Avenue", "in 88"), and numbers the parser
// refuses that measure all the same ("M63 MPH"). FigureExtractor asks these
// about each numeral it reads. `n`'s offsets and `lineStart`, `sentenceStart`
// and `limit` are UTF-16 indices into `t`. Internal to core/extract.
namespace Claimbench::NumberRoles {

// A reference mark in brackets ("(1,2)", "[3]") or an enumerator ("1) ... 2)").
bool isReferenceMark(QStringView t, const ParsedNumber &n, qsizetype lineStart);

// The number of a list item opening its line ("1. Not seasonally adjusted.").
bool isListNumber(QStringView t, const ParsedNumber &n, qsizetype lineStart);

// Digits behind a one-letter mark or a slash with a unit of measure after
// them ("M63 MPH", "5 mg/850 mg"), read from `pos`; nullopt otherwise.
std::optional<ParsedNumber> measureBehindMark(QStringView t, const NumberParser &parser, qsizetype pos);

// A house number ("10 Downing Street").
bool isStreetNumber(QStringView t, const ParsedNumber &n);

// A year in two digits after "in" ("Bush in 88 and 92").
bool isShortYear(QStringView t, const ParsedNumber &n);

// A scale declared for the figures around it, not a figure: "(in
// thousands)", "Killed (thousands)", "in millions of USD".
bool isScaleStatement(QStringView t, const ParsedNumber &n);

// A model or mission: a name inside the sentence, the number, no plural noun
// up to `limit` ("Voyager 1 is", "a Falcon 9 rocket"). Table cells are the
// caller's to exclude.
bool isNamedDesignation(QStringView t, const ParsedNumber &n, qsizetype sentenceStart, qsizetype limit);

} // namespace Claimbench::NumberRoles
