#include "core/domain/quoteplacement.h"

#include <cstdlib>

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

qsizetype nearestOccurrence(QStringView body, QStringView quote, qsizetype near,
                            const std::function<qsizetype(qsizetype start)> &score)
{
    if (quote.isEmpty())
        return -1;
    qsizetype best = -1;
    qsizetype bestScore = 0;
    for (qsizetype at = body.indexOf(quote); at >= 0; at = body.indexOf(quote, at + 1)) {
        const qsizetype here = score ? score(at) : 0;
        if (best < 0 || here > bestScore || (here == bestScore && std::abs(at - near) < std::abs(best - near))) {
            best = at;
            bestScore = here;
        }
        // Occurrences come in order: past `near`, the later ones are only farther.
        if (!score && at >= near)
            break;
    }
    return best;
}

} // namespace Claimbench
