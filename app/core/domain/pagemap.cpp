#include "core/domain/pagemap.h"

#include <algorithm>

namespace Claimbench {

int PageMap::pageOf(int offset) const
{
    // Past the last page starting at or before `offset`, then back over pages without text.
    auto holder = std::ranges::upper_bound(pages, offset, {}, &Page::start);
    while (holder != pages.begin()) {
        --holder;
        if (holder->start < holder->end)
            return int(holder - pages.begin()) + 1;
    }
    return 0;
}

QList<QRectF> PageMap::boxesOf(int page, int start, int end) const
{
    QList<QRectF> boxes;
    if (page < 1 || page > pages.size() || start >= end)
        return boxes;
    const QList<PageRun> &runs = pages[page - 1].runs;
    const auto first = std::ranges::upper_bound(runs, start, {}, &PageRun::end);
    for (auto run = first; run != runs.end() && run->start < end; ++run) {
        const int length = run->end - run->start;
        if (length <= 0)
            continue;
        const int from = std::max(start, run->start) - run->start;
        const int to = std::min(end, run->end) - run->start;
        const qreal unit = run->box.width() / length;
        boxes.append(QRectF(run->box.left() + from * unit, run->box.top(), (to - from) * unit, run->box.height()));
    }
    return boxes;
}

} // namespace Claimbench
