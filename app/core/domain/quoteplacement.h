#pragma once

#include "core/domain/claim.h"

#include <QStringView>

namespace Claimbench {

// Characters of body kept on each side of a claim's quote: enough to place
// the quote again when the article's text changes (ClaimAnchorer).
inline constexpr int kQuoteContextLength = 32;

// Puts `claim` on [start, end) of `body`: sets start and end, the quote (the
// text of the range) and up to kQuoteContextLength characters of context on
// each side (fewer at the ends of the body). Offsets are UTF-16 code units
// (QString indices), 0-based, end exclusive; the caller checks
// 0 <= start <= end <= body.size(). The other fields are left alone.
void placeQuote(Claim &claim, QStringView body, int start, int end);

} // namespace Claimbench
