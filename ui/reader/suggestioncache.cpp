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

// The figures of the paragraph reading[start, end), offsets into the text.
// `reading` is the text as TextLayout reads it (a hard-wrapped paragraph's
// soft breaks as spaces); a figure's own text is the article's.
void extractParagraph(const FigureExtractor &extractor, const DocumentVoice &voice, QStringView reading,
                      QStringView text, int start, int end, PartialDate published,
                      QList<SuggestionCache::Suggestion> &into)
{
    if (end <= start)
        return;
    for (Figure figure : extractor.extractPart(reading, start, end, voice, published).figures) {
        figure.start += start;
        figure.end += start;
        figure.text = text.mid(figure.start, figure.end - figure.start).toString();
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
        QList<Suggestion> found;
        auto read = std::make_shared<const ArticleReading>(ArticleReading::of(*extractor, text, context));
        const QStringView reading = read->text;
        const DocumentVoice &voice = read->voice;
        int start = 0;
        for (int i = 0; i <= reading.size(); ++i) {
            if (i < reading.size() && !isParagraphEnd(reading.at(i)))
                continue;
            // A newer text or a closed reader: stop between paragraphs.
            if (promise->isCanceled())
                break;
            extractParagraph(*extractor, voice, reading, text, start, i, context.published, found);
            start = i + 1;
        }
        if (!promise->isCanceled())
            promise->addResult(Found{std::move(found), std::move(read)});
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
    const std::shared_ptr<const ArticleReading> read = articleReading();
    const QString &reading = read->text;
    int start = offset;
    while (start > 0 && !isParagraphEnd(reading.at(start - 1)))
        --start;
    QList<Suggestion> paragraph;
    if (m_ready) {
        // Suggestions never cross a paragraph: those holding `offset` start
        // between the paragraph's start and it.
        const auto found = startingIn(start, offset + 1);
        paragraph = QList<Suggestion>(found.begin(), found.end());
    } else {
        int end = offset;
        while (end < reading.size() && !isParagraphEnd(reading.at(end)))
            ++end;
        extractParagraph(*m_extractor, read->voice, reading, m_text, start, end, m_context.published, paragraph);
    }
    paragraph.removeIf([offset](const Suggestion &s) { return s.start > offset || s.end < offset; });
    return paragraph;
}

std::shared_ptr<const ArticleReading> SuggestionCache::articleReading() const
{
    if (!m_reading)
        m_reading = std::make_shared<const ArticleReading>(ArticleReading::of(*m_extractor, m_text, m_context));
    return m_reading;
}

} // namespace Claimbench
