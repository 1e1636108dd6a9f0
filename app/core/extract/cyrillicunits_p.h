#pragma once

#include "core/extract/textscan.h"

#include <QString>
#include <QStringView>

// Text helpers shared by cyrillicunits.cpp (nouns) and
// cyrillicunitsqualifier.cpp (hedges).
namespace Claimbench::CyrillicUnitsText {

// Where the spaces before `pos` begin, never before `floor`.
inline qsizetype spacesBefore(QStringView text, qsizetype pos, qsizetype floor)
{
    while (pos > floor && TextScan::isSpace(text[pos - 1]))
        --pos;
    return pos;
}

inline QString lower(QStringView word)
{
    return word.toString().toLower();
}

} // namespace Claimbench::CyrillicUnitsText
