#pragma once

#include "core/extract/figureextractor.h"
#include "core/extract/numberparser.h"
#include "core/extract/unitdetector.h"

#include <QString>
#include <QStringView>

#include <optional>

// How FigureExtractor reads the unit of a figure from the words around its
// numeral: minor parts ("15 dollars 50"), an article as the whole ("an hour
// and 45 minutes"), fractions of a unit, currencies written before it,
// bracketed, shared and scaled units. Offsets are UTF-16 indices into the
// text, end exclusive. Internal to core/extract.
namespace Claimbench::FigureUnits {

// A currency code ("USD", "EUR"): three capital letters.
bool isMoney(const QString &unit);

// "15 dollars 50", "$20 and 43.", "20 ringgit and 43 sen", "1 hour thirty":
// a whole number right after an amount of money or time is the amount's
// minor part when it names the minor unit or, bare, ends its clause.
// Returns the part's share of one unit, or 0 when `n` is not such a part of
// `prev`. Elsewhere ("$20, 15 of them") the second number stands on its own.
double minorPartOf(QStringView t, const Figure &prev, const ParsedNumber &n);

// "an hour and 45 minutes", "a dollar and 42 cents", "a month and a half":
// the article is one of the unit before "and", and the figure is its part.
// Moves the figure's start to the article and sets its value and unit.
void joinArticleWhole(QStringView t, qsizetype floor, Figure &f);

// "one and a quarter of an hour", "three quarters of an hour": a fraction of
// the unit named after "of".
std::optional<UnitMatch> fractionOfUnit(QStringView t, const ParsedNumber &n);

// "ringgit 42", "malaysian ringgits 42": a currency named before the number,
// in lower case ("Euro 96" is a tournament).
std::optional<QString> currencyBefore(QStringView t, qsizetype figureStart, qsizetype floor);

// "20 (kg)", "20 [kg]": a unit in brackets right after the number.
std::optional<UnitMatch> bracketedUnit(QStringView t, qsizetype pos);

// "75 USD million": a scale word after the currency code.
double scaleAfter(QStringView t, qsizetype pos, qsizetype *end);

// "45 and 50 mg", "2 or 3 km": a number joined to the next one shares the
// unit of measure written after that one.
QString sharedMeasure(QStringView t, const NumberParser &parser, qsizetype end);

// "half hour", "half-litre", "quarter-mile": a fraction word straight before
// a unit of measure is that share of the unit.
std::optional<ParsedNumber> fractionOfMeasure(QStringView t, qsizetype pos);

} // namespace Claimbench::FigureUnits
