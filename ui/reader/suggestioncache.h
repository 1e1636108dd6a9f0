#pragma once

#include "core/domain/partialdate.h"
#include "core/extract/figureextractor.h"

#include <QHash>
#include <QList>

class QTextBlock;

namespace Claimbench {

// The extractor's figures of one article, found paragraph by paragraph when
// a paragraph is first shown: opening a 1 MB article costs nothing, and only
// what the reader scrolls through is ever extracted.
//
// Offsets of the returned figures are UTF-16 indices into the whole article
// text (the document), end exclusive. A figure's claimant and as-of date come
// from its paragraph alone; ClaimDrafter drafts a claim from the whole text.
// Thread: the GUI thread.
class SuggestionCache
{
public:
    struct Suggestion
    {
        int start = 0;
        int end = 0;
        double confidence = 1.0;
    };

    // Forgets every paragraph; `published` anchors relative dates.
    void reset(PartialDate published);
    // The figures of `block`, extracted on first request.
    const QList<Suggestion> &forBlock(const QTextBlock &block);

private:
    FigureExtractor m_extractor;
    PartialDate m_published;
    QHash<int, QList<Suggestion>> m_byBlock; // by block number
};

} // namespace Claimbench
