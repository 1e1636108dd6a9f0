#pragma once

#include "core/domain/claim.h"

#include <QLineF>
#include <QPointF>

#include <optional>

namespace Claimbench {

// How a point's qualifier shows: a plain figure is a disc; a floor ("more
// than", "at least") points up; a ceiling ("less than", "at most", "up to")
// points down.
enum class MarkerShape { Disc, UpTriangle, DownTriangle };

// What a claim's status adds over its marker, so that a doubted figure never
// looks like one merely unchecked: a disputed claim is struck through once
// ("/"), a false one crossed out ("×"); unverified and corroborated ones are
// not marked.
enum class MarkerStrike { None, Slash, Cross };
MarkerStrike strikeOf(ClaimStatus status);

// One claim's marker as drawn, in the chart's item coordinates (logical
// pixels of the chart, before any export scaling).
struct ChartMarker
{
    qint64 claimId = 0;
    int series = 0;                // index into ChartData::series
    int point = 0;                 // index into that series' points
    QPointF center;
    MarkerShape shape = MarkerShape::Disc;
    bool hollow = false;           // dated by publication: no as-of date in the text
    bool light = false;            // "approximately": a paler fill
    MarkerStrike strike = MarkerStrike::None;
    std::optional<QLineF> range;   // low..high as a vertical error bar
};

// Markers with equal keys paint the same pixels: glyphKey() is the pixel the
// glyph is centred on and its look (series, shape, fill, strike); barKey()
// the pixels and series of its error bar (0 without one).
quint64 glyphKey(const ChartMarker &marker);
quint64 barKey(const ChartMarker &marker);

} // namespace Claimbench
