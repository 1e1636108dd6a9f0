#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Claimbench {

// A unit recognised in text: `end` is the UTF-16 index just past it.
struct UnitMatch
{
    qsizetype end = 0;
    QString unit;
};

// Finds what a figure counts or measures. Stateless, thread-safe; all
// positions are UTF-16 indices into the text passed in.
class UnitDetector
{
public:
    // A unit of measure or currency written at `pos` ("km", "kilometres",
    // "square miles", "per cent", "dollars", "cents", "days", "times", a sign
    // such as "¢" or "₾"), in canonical form ("km", "sq mi", "%", "USD",
    // "cents", "days"). `attached`: the unit touches the digits ("5km"), which
    // also admits one-letter abbreviations ("5g"; upper case only "30C").
    // "in" is an inch only where it cannot be the preposition: at the end of
    // a clause, before "thick"/"long"/"wide"..., or after feet ("5 ft 2 in").
    static std::optional<UnitMatch> measureAt(QStringView text, qsizetype pos, bool attached);

    // The counted noun of the figure that ends at `pos`: the head of the noun
    // phrase that follows ("63 drones and decoys" -> "drones", "2600 Main Battle
    // Tanks" -> "tanks"), lower case as written. Looks no further than `limit`.
    // `singular`: the count is one, so the noun is singular ("one bridge
    // remains" -> "bridge"). `end` receives the index after the noun (or `pos`
    // when none).
    static QString countedNoun(QStringView text, qsizetype pos, qsizetype limit, bool singular = false,
                               qsizetype *end = nullptr);

    // A rate written at `pos`: " a day", " per day", "/day", " each month"...
    // Returns the period ("day", "week", "month", "year", "hour").
    static std::optional<UnitMatch> rateAt(QStringView text, qsizetype pos, qsizetype limit);

    // A time zone's abbreviation ("CST", "GMT", "CEST", "MSK"): it follows a
    // clock time and measures nothing, in prose or in a table's header.
    static bool isTimeZone(QStringView word);

    // The canonical spelling of a unit, for comparing units written
    // differently: "kilometers" -> "km", "per cent" -> "%", "Troops/Day" ->
    // "troops/day", "year" -> "years". Unknown units come back lower-cased.
    static QString canonical(QStringView unit);
};

} // namespace Claimbench
