#pragma once

#include "core/extract/figureextractor.h"

#include <QJsonObject>
#include <QStringView>

namespace Claimbench {

// The JSON object SPEC.md gives for `claimbench-cli extract`:
// {"figures": [{start, end, text, value, low, high, unit, qualifier,
// claimant, as_of, confidence, restates}], "dates": [{start, end, text,
// resolved}]}. `text` must be the text `e` was extracted from: offsets are
// converted from UTF-16 to Unicode code points (end exclusive). Integral
// values are written as JSON integers; missing values as null.
QJsonObject extractionToJson(QStringView text, const Extraction &e);

} // namespace Claimbench
