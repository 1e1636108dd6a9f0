#include "ui/reader/suggestioncache.h"

#include <QTextBlock>

namespace Claimbench {

void SuggestionCache::reset(PartialDate published)
{
    m_published = published;
    m_byBlock.clear();
}

const QList<SuggestionCache::Suggestion> &SuggestionCache::forBlock(const QTextBlock &block)
{
    auto found = m_byBlock.find(block.blockNumber());
    if (found != m_byBlock.end())
        return *found;
    QList<Suggestion> suggestions;
    const QString text = block.text();
    const int base = block.position();
    for (const Figure &figure : m_extractor.extract(text, m_published).figures)
        suggestions.append({base + figure.start, base + figure.end, figure.confidence});
    return *m_byBlock.insert(block.blockNumber(), std::move(suggestions));
}

} // namespace Claimbench
