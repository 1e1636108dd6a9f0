#pragma once

#include "core/domain/claim.h"
#include "core/extract/numberparser.h"
#include "core/extract/sentencesplitter.h"

#include <QString>
#include <QStringView>

namespace Claimbench {

// The counted noun of a Ukrainian or Russian figure and its hedge.
//
// A unit is the noun as the text writes it, lower-case ("805 дронів" →
// "дронів", "чотири ракети" → "ракети"), found whatever case the numeral
// governs and wherever it stands: past adjectives and names in quotes ("747
// ударних безпілотників", "9 крилатих «Іскандер-К»" of "13 ракет"), from the
// label before a dash in a list ("танки — 9419 (+20)"), never a preposition
// or an adjective by position. A stem table of the nouns news counts
// (people, soldiers, drones, missiles, shells, tanks, armoured vehicles,
// artillery systems, aircraft, currencies) decides what is a counted noun;
// stems, not a morphology. Stateless and thread-safe.
class CyrillicUnits
{
public:
    struct Reading
    {
        QString unit;       // as written, lower-case; or the number's own unit ("%", "UAH"); or empty
        qsizetype end = -1; // where the unit's words end in the text, -1 when it is not after the figure
    };

    // `number` as CyrillicNumberParser read it; `sentence` and `lineStart`
    // bound the search (a list's label stands at the line's start).
    static Reading unitOf(QStringView text, const ParsedNumber &number, TextSpan sentence, qsizetype lineStart);

    // The hedge before (or after) the figure at [start, end): понад, більше
    // ніж, щонайменше, близько, приблизно, майже, до, орієнтовно; более,
    // свыше, не менее, около, примерно, почти, до — as English's
    // vocabulary.
    static Qualifier qualifierOf(QStringView text, qsizetype start, qsizetype end, TextSpan sentence);

    // One key for a noun in all its cases and numbers ("дронів", "дрони",
    // "дрона" → one key; "ракет", "ракети" → another), so that units compare
    // equal wherever they are compared (chart series, the comparison view).
    // Words outside the stem table are case-folded only; English units
    // come back unchanged.
    static QString unitKey(QStringView unit);

    // True when `unit` is written in Cyrillic: a noun whose other cases
    // unitKey folds into its key.
    static bool isCyrillic(QStringView unit);
};

} // namespace Claimbench
