#include "core/domain/quoteplacement.h"

namespace Claimbench {

void placeQuote(Claim &claim, QStringView body, int start, int end)
{
    Q_ASSERT(0 <= start && start <= end && end <= body.size());
    claim.start = start;
    claim.end = end;
    claim.quote = body.sliced(start, end - start).toString();
    const int before = qMax(0, start - kQuoteContextLength);
    claim.contextBefore = body.sliced(before, start - before).toString();
    claim.contextAfter = body.mid(end, kQuoteContextLength).toString();
}

} // namespace Claimbench
