#include "ui/reader/suggestioncache.h"

#include <QPromise>
#include <QThreadPool>

#include <algorithm>

namespace Claimbench {

namespace {

QList<SuggestionCache::Suggestion> suggestionsOf(const QList<Figure> &figures)
{
    QList<SuggestionCache::Suggestion> suggestions;
    suggestions.reserve(figures.size());
    for (const Figure &figure : figures)
        suggestions.append({figure.start, figure.end, figure.confidence, figure});
    return suggestions;
}

// The items of `items` (by start, none overlapping another) that hold
// `offset`, their end included: the last one starting at or before it, and
// the one before that when it ends there.
template <typename Item>
QList<Item> holdingIn(const QList<Item> &items, int offset)
{
    auto item = std::upper_bound(items.cbegin(), items.cend(), offset,
                                 [](int at, const Item &i) { return at < i.start; });
    QList<Item> found;
    for (int back = 0; back < 2 && item != items.cbegin(); ++back) {
        --item;
        if (item->end >= offset)
            found.prepend(*item);
    }
    return found;
}

} // namespace

SuggestionCache::SuggestionCache(QObject *parent)
    : QObject(parent)
    , m_extractor(std::make_shared<const FigureExtractor>())
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_job.isCanceled() || m_job.resultCount() == 0)
            return;
        Found found = m_job.result();
        m_suggestions = std::move(found.suggestions);
        m_reading = std::move(found.reading);
        m_ready = true;
        Q_EMIT ready();
    });
}

SuggestionCache::~SuggestionCache()
{
    m_job.cancel();
}

void SuggestionCache::setText(const QString &text, const ExtractionContext &context)
{
    m_job.cancel();
    m_text = text;
    m_context = context;
    m_reading.reset();
    m_suggestions.clear();
    m_ready = false;

    auto promise = std::make_shared<QPromise<Found>>();
    m_job = promise->future();
    m_watcher.setFuture(m_job);
    promise->start();
    QThreadPool::globalInstance()->start([promise, text, context, extractor = m_extractor] {
        // A newer text or a closed reader: the reading is not wanted.
        if (!promise->isCanceled()) {
            auto read = std::make_shared<const ArticleReading>(ArticleReading::of(*extractor, text, context));
            if (!promise->isCanceled())
                promise->addResult(Found{suggestionsOf(read->figures), std::move(read)});
        }
        promise->finish();
    });
}

std::span<const SuggestionCache::Suggestion> SuggestionCache::startingIn(int start, int end) const
{
    const auto byStart = [](const Suggestion &s, int offset) { return s.start < offset; };
    const auto first = std::lower_bound(m_suggestions.begin(), m_suggestions.end(), start, byStart);
    const auto last = std::lower_bound(first, m_suggestions.end(), end, byStart);
    return {first, last};
}

QList<SuggestionCache::Suggestion> SuggestionCache::holding(int offset) const
{
    if (offset < 0 || offset > m_text.size())
        return {};
    if (m_ready)
        return holdingIn(m_suggestions, offset);
    return suggestionsOf(holdingIn(articleReading()->figures, offset));
}

std::shared_ptr<const ArticleReading> SuggestionCache::articleReading() const
{
    if (!m_reading) {
        // The worker is reading this text: take its reading rather than read it twice.
        QFuture<Found> job = m_job;
        job.waitForFinished();
        if (!job.isCanceled() && job.resultCount() > 0)
            m_reading = job.result().reading;
        else
            m_reading = std::make_shared<const ArticleReading>(ArticleReading::of(*m_extractor, m_text, m_context));
    }
    return m_reading;
}

} // namespace Claimbench
