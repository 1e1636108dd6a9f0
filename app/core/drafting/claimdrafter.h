#pragma once

#include "core/commands/projectsession.h"
#include "core/domain/article.h"
#include "core/error.h"
#include "core/extract/figureextractor.h"

#include <optional>

namespace Claimbench {

class Project;

// An article as the extractor reads it, built once per text and shared (the
// reader's worker builds it and offers its figures as suggestions, so a
// claim drafted from a 20 MB article reads no part of it again): the text
// and the figures FigureExtractor::extract gives for the whole of it, which
// reads a hard-wrapped paragraph with each soft break one space however it is
// written (LF, CR LF, an indented next line: TextLayout::compactReading()) and
// places each figure back in the text. The reader and the drafter take a
// figure from these rather than extracting its paragraph alone, because a
// figure's as-of and claimant may come from lines outside its paragraph (a
// table's title and source line, a record's Date: field, a date given earlier
// in the article).
struct ArticleReading
{
    QString text; // the article's own (shared, not copied)
    QList<Figure> figures; // by start; offsets into the text, each figure's text the text's own

    static ArticleReading of(const FigureExtractor &extractor, const QString &text,
                             const ExtractionContext &context);
};

// Pre-fills a claim for a range of an article from the figure there, for
// ProjectSession::createClaimFromRange to write. It reads the text and the
// project and writes nothing, so it lives neither among the commands (every
// one an undo step that writes) nor beside the extractor (which reads text
// only, never a project).
// Thread: the thread whose connection the project's repositories use (the
// GUI thread); `project` must outlive the drafter.
class ClaimDrafter
{
public:
    explicit ClaimDrafter(const Project &project);

    // [start, end) are UTF-16 offsets into article.body (end exclusive; an
    // empty range is the caret). The draft always carries the article id,
    // the offsets, the quote and its context (placeQuote).
    // `figure`: the figure already read there (a suggestion's), taken as it
    // is; nullptr takes the first figure of the whole body's extraction
    // inside or overlapping the range (a parenthesised conversion only when
    // it is the only one). The figure fills
    // value/low/high/unit/qualifier/asOf and the claimant. Names come
    // resolved: a claimant the project knows by name or alias is
    // claimantId, and only a new one is left as claimantName for the
    // session to create. A name that only nearly matches a stored claimant
    // ("Britain's Ministry of Defence" for "UK Ministry of Defence") is
    // neither: the claimant stays empty and suggestionsFor() proposes the
    // stored one, so no near-duplicate is created unasked. The metric stays
    // empty (suggestionsFor() proposes one). A figure written as a change
    // over the previous report (Figure::change) fills the note saying so.
    // No figure: the rest of the draft stays empty.
    // InvalidInput when the range lies outside the body.
    Result<ClaimDraft> draft(const Article &article, int start, int end, const Figure *figure = nullptr) const;

    // What the analyst is offered, to take with one key, for a stored claim
    // without a claimant or without a metric.
    struct Suggestions
    {
        // The claimant the text names at the claim's range, as written, and
        // the stored claimant it nearly matches (ClaimantMatcher); both
        // empty when the claim has a claimant or the name matches none.
        QString claimantAsWritten;
        std::optional<Claimant> claimant;
        // For a claim without a metric: MetricRepository::suggestedFor the
        // claim's claimant (or the one proposed above) and unit; none for a
        // change over the previous report (Figure::change at its range).
        std::optional<Metric> metric;
    };
    Result<Suggestions> suggestionsFor(const Claim &claim) const;
    // The stored claimant `spelling` most likely names when it is no name
    // or alias of one (ClaimantMatcher::match); none when it is one (it
    // resolves to it as it is) or when no claimant, or several, are near.
    Result<std::optional<Claimant>> nearClaimant(const QString &spelling) const;
    // `unit` and the units the project's claims write the same noun with in
    // another case ("дрони" for "дронів": CyrillicUnits::unitKey); other
    // units alone.
    Result<QStringList> unitsLike(const QString &unit) const;

    // The figure of the whole body's extraction at [start, end), as draft()
    // chooses it when given none; none when the range holds no figure.
    // Offsets as for draft(), which they must satisfy. `reading`: the
    // article's, read with its published date, outlet and author, or nullptr
    // to read it here.
    std::optional<Figure> figureAt(const Article &article, int start, int end,
                                   const ArticleReading *reading = nullptr) const;

private:
    // `draft` with what `figure` says, its claimant looked up once.
    Result<ClaimDraft> filled(ClaimDraft draft, const Figure &figure) const;

    const Project &m_project;
    FigureExtractor m_extractor;
};

} // namespace Claimbench
