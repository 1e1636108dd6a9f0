#pragma once

#include "core/domain/partialdate.h"
#include "core/drafting/claimdrafter.h"
#include "core/extract/figureextractor.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <span>

namespace Claimbench {

// The extractor's figures of one article, offered by the reader as
// suggestions.
//
// setText() hands the whole article to a worker thread (the global
// QThreadPool) and returns at once, so opening an article never waits for
// the extractor and no page pays for extraction when it is first shown (a
// paragraph extracted on first paint made the slow pages of bench_reader).
// The reader draws no suggestions until ready() arrives, then repaints; the
// list is sorted by start, so a page finds its own by binary search.
// holding() answers before then from the worker's reading, waiting for it.
//
// The suggestions are the figures FigureExtractor::extract gives for the
// whole text (ArticleReading::figures), not each paragraph's own: a figure's
// as-of and claimant may come from outside its paragraph (a table's title
// and source line, a record's Date: field, a transcript speaker's turn, the
// publisher of a first-party release), and the reader suggests what
// `claimbench-cli extract` gives. Each suggestion keeps its figure, so that
// accepting it makes the claim the mark showed
// (ProjectSession::createClaimFromRange).
// Offsets are UTF-16 indices into the text given to setText(), end exclusive.
// Thread: the GUI thread; the worker gets copies and never touches this
// object, and a job is cancelled when the text is replaced or the cache is
// destroyed.
class SuggestionCache : public QObject
{
    Q_OBJECT
public:
    struct Suggestion
    {
        int start = 0;
        int end = 0;
        double confidence = 1.0;
        Figure figure; // offsets into the whole text, like start and end
    };

    explicit SuggestionCache(QObject *parent = nullptr);
    ~SuggestionCache() override;

    // Forgets the suggestions of the previous text and starts extracting
    // `text`, an article with the metadata `context`.
    void setText(const QString &text, const ExtractionContext &context);
    // Whether the whole text's suggestions have arrived.
    bool isReady() const { return m_ready; }
    // The suggestions starting in [start, end), by start; empty until ready.
    std::span<const Suggestion> startingIn(int start, int end) const;
    // The suggestions holding `offset` (their end included), by start.
    QList<Suggestion> holding(int offset) const;
    // The text as the extractor reads it with its voice and figures: the
    // worker's, waited for when asked before it is done (read here only when
    // the worker read nothing).
    std::shared_ptr<const ArticleReading> articleReading() const;

Q_SIGNALS:
    // The whole text's suggestions have arrived: views repaint.
    void ready();

private:
    std::shared_ptr<const FigureExtractor> m_extractor;
    QString m_text;
    ExtractionContext m_context;
    // What the worker found: the suggestions and the reading it made them from.
    struct Found
    {
        QList<Suggestion> suggestions;
        std::shared_ptr<const ArticleReading> reading;
    };
    // The worker's, or built by articleReading() when asked before it is done.
    mutable std::shared_ptr<const ArticleReading> m_reading;
    QFutureWatcher<Found> m_watcher;
    QFuture<Found> m_job;
    QList<Suggestion> m_suggestions; // by start
    bool m_ready = false;
};

} // namespace Claimbench
