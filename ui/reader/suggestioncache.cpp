#include "ui/reader/suggestioncache.h"

#include <QPromise>
#include <QThreadPool>

#include <algorithm>

namespace Claimbench {

namespace {

bool isParagraphEnd(QChar c)
{
    // Where QTextDocument starts a new block in the (import-normalized) text.
    return c == u'\n' || c == QChar::ParagraphSeparator;
}

// The figures of the paragraph text[start, end), offsets into `text`.
void extractParagraph(const FigureExtractor &extractor, const DocumentVoice &voice, QStringView text, int start,
                      int end, PartialDate published, QList<SuggestionCache::Suggestion> &into)
{
    if (end <= start)
        return;
    for (Figure figure : extractor.extractPart(text, start, end, voice, published).figures) {
        figure.start += start;
        figure.end += start;
        into.append({figure.start, figure.end, figure.confidence, figure});
    }
}

} // namespace

SuggestionCache::SuggestionCache(QObject *parent)
    : QObject(parent)
    , m_extractor(std::make_shared<const FigureExtractor>())
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_job.isCanceled() || m_job.resultCount() == 0)
            return;
        m_suggestions = m_job.result();
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
    m_voice.reset();
    m_suggestions.clear();
    m_ready = false;

    auto promise = std::make_shared<QPromise<QList<Suggestion>>>();
    m_job = promise->future();
    m_watcher.setFuture(m_job);
    promise->start();
    QThreadPool::globalInstance()->start([promise, text, context, extractor = m_extractor] {
        QList<Suggestion> found;
        const DocumentVoice voice = extractor->voiceOf(text, context);
        int start = 0;
        for (int i = 0; i <= text.size(); ++i) {
            if (i < text.size() && !isParagraphEnd(text.at(i)))
                continue;
            // A newer text or a closed reader: stop between paragraphs.
            if (promise->isCanceled())
                break;
            extractParagraph(*extractor, voice, text, start, i, context.published, found);
            start = i + 1;
        }
        if (!promise->isCanceled())
            promise->addResult(std::move(found));
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
    int start = offset;
    while (start > 0 && !isParagraphEnd(m_text.at(start - 1)))
        --start;
    QList<Suggestion> paragraph;
    if (m_ready) {
        // Suggestions never cross a paragraph: those holding `offset` start
        // between the paragraph's start and it.
        const auto found = startingIn(start, offset + 1);
        paragraph = QList<Suggestion>(found.begin(), found.end());
    } else {
        int end = offset;
        while (end < m_text.size() && !isParagraphEnd(m_text.at(end)))
            ++end;
        if (!m_voice)
            m_voice = std::make_shared<const DocumentVoice>(m_extractor->voiceOf(m_text, m_context));
        extractParagraph(*m_extractor, *m_voice, m_text, start, end, m_context.published, paragraph);
    }
    paragraph.removeIf([offset](const Suggestion &s) { return s.start > offset || s.end < offset; });
    return paragraph;
}

} // namespace Claimbench
