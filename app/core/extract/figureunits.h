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

// A unit named before the number: a currency in lower case ("ringgit 42",
// "malaysian ringgits 42"; "Euro 96" is a tournament), or the magnitude of
// an earthquake ("a magnitude 6.1 quake", "a magnitude of 6.1").
std::optional<QString> unitNamedBefore(QStringView t, qsizetype figureStart, qsizetype floor);

// Units that only the figures around a figure, or the words beyond its
// clause, settle; run once the figures of the text are read:
// - a unit stated once for a list of counts: "12, 15 and 20 drones", "3, 4
//   or 5 percent" take the unit of the last item; in "drones 45, missiles 3"
//   each count follows its noun;
// - a rate after a conversion: "0.07 inches (0.18 centimeters) per year"
//   makes both in/year and cm/year;
// - casualties with no noun: "107 killed", "killing 12 and wounding 30" count
//   people, unless an earlier figure of the sentence counts something else
//   they are part of ("45,100 troops had been killed and 390,000 injured",
//   "casualties exceeded one million, with 250,000 killed");
// - an age: "Daniel Smith, 19, was arrested", "when she was six" (years);
// - people that a relative clause describes: "one million who have it";
// - the base of a comparison: "505,000 claims, down from 752,000" (claims);
// - a compound adjective: "the two-party system" (parties);
// - a vague quantity of a noun: "thousands of people" (people).
void unitsFromContext(QStringView t, QList<Figure> &figures);

// Items of a list of counts take the unit the list states once: after its
// last item ("12, 15 and 18 drones"), in a label before a colon ("Losses in
// tanks: 12, 15, 18"), or before each item ("drones 45, missiles 3").
void unitsOfLists(QStringView t, QList<Figure> &figures);

// "Sweden defeated South Korea 1 – 0": each side of a match score counts
// what the sport of the text scores (goals, points, runs, games), each side
// of a vote tally ("the Senate voted 52-48") votes; a team's name after the
// score is no counted noun. Run by unitsFromContext before its other rules.
void unitsOfScores(QStringView t, QList<Figure> &figures);

// "13 SW Waskom", "4 NNE Fort Worth": a distance in miles and a compass
// point from a place, as US weather services (NWS, SPC) locate a storm; `pos`
// is the end of the numeral.
bool isDistanceFromPlace(QStringView t, qsizetype pos);

// "20 (kg)", "20 [kg]": a unit in brackets right after the number.
std::optional<UnitMatch> bracketedUnit(QStringView t, qsizetype pos);

// "12.5" under "Jobs (thousands)", "Output, in millions", "Population
// ('000)": a table's cell written in digits alone is in the scale its
// column's header declares; multiplies the figure's value (and range) by it.
void scaleToHeader(QStringView header, Figure &f);

// "75 USD million": a scale word after the currency code.
double scaleAfter(QStringView t, qsizetype pos, qsizetype *end);

// "45 and 50 mg", "2 or 3 km": a number joined to the next one shares the
// unit of measure written after that one.
QString sharedMeasure(QStringView t, const NumberParser &parser, qsizetype end);

// "half hour", "half-litre", "quarter-mile": a fraction word straight before
// a unit of measure is that share of the unit.
std::optional<ParsedNumber> fractionOfMeasure(QStringView t, qsizetype pos);

// "a. 825. Today is 825 days since ...": a figure standing alone as a list
// heading is the one the next sentence states with its unit. `sentences[k]`
// is the sentence of `figures[k]`.
void unitsOfListHeadings(QStringView text, const QList<TextSpan> &sentences, QList<Figure> &figures);

} // namespace Claimbench::FigureUnits
