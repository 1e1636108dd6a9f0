#pragma once

#include "core/domain/claim.h"

#include <QStringView>

#include <functional>

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

// Where `quote` is in `body` when it may be there more than once: the start of
// the occurrence nearest `near`, the earlier of two as near; with `score`, the
// occurrence that scores highest comes first and nearness only breaks ties.
// -1 when `quote` is empty or not in `body`. Offsets are UTF-16 code units,
// 0-based; `near` may lie anywhere, even outside the body.
qsizetype nearestOccurrence(QStringView body, QStringView quote, qsizetype near,
                            const std::function<qsizetype(qsizetype start)> &score = {});

} // namespace Claimbench
