#pragma once

#include <QString>
#include <QStringView>

namespace Claimbench::CyrillicNounStems {

// The nouns Ukrainian and Russian news counts (people, soldiers, drones,
// missiles, shells, tanks, armoured vehicles, artillery systems, aircraft,
// ships, targets, money, measures, durations), each stem with the endings of
// every case and number: a stem table, not a morphology.

// The key of `lowerWord`'s noun ("дронів", "дрони", "дрона" → "дрон"), or an
// empty string when the word is not a counted noun of the table.
QString keyOf(QStringView lowerWord);

// True for the words that follow a numeral without being what it counts:
// months ("7 вересня"), scale words the parser left ("1 млн"), pronouns, the
// year of a date ("2022 року").
bool isNeverAUnit(QStringView lowerWord);

// True when `lowerWord` ends as an adjective or participle does in every
// context ("ударних", "крилатих", "беспилотных", "оперативно-тактичного");
// `broad` also accepts endings that nouns share ("балістичні", "крилату",
// "ударною"), which the caller takes as an adjective only before another word.
bool looksLikeAdjective(QStringView lowerWord, bool broad);

// True for a verb form right after a number ("12 загинули", "40 було").
bool looksLikeVerb(QStringView lowerWord);

} // namespace Claimbench::CyrillicNounStems
