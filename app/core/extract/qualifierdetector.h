#pragma once

#include "core/domain/claim.h"

#include <QStringView>

namespace Claimbench {

// The hedge a text puts on one figure: "about 250,000", "more than 1,000",
// "at least 18", "fewer than 100", "no more than 5", "up to 30 per cent",
// "1,000 or more". A hedge governs only the figure right after (or, for
// trailing forms, right before) it. Stateless, thread-safe.
class QualifierDetector
{
public:
    // `start`/`end`: the figure's UTF-16 span in `text`; `sentenceStart` and
    // `sentenceEnd` bound the search. `afterUnit` is where a trailing hedge may
    // begin (after the counted noun, "1,000 troops or more").
    static Qualifier detect(QStringView text, qsizetype start, qsizetype end, qsizetype afterUnit,
                            qsizetype sentenceStart, qsizetype sentenceEnd);
};

} // namespace Claimbench
