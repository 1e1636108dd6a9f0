#pragma once

#include "core/commands/projectsession.h"
#include "core/domain/article.h"
#include "core/error.h"
#include "core/extract/figureextractor.h"

namespace Claimbench {

class Project;

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
    // is; nullptr extracts the first figure inside or overlapping the range
    // (a parenthesised conversion only when it is the only one), reading
    // the text before it for the claimant. The figure fills
    // value/low/high/unit/qualifier/asOf and the claimant; the metric is the
    // one of the latest claim with the same claimant and unit, when there is
    // one. Names come resolved: a claimant the project knows by name or alias
    // is claimantId, and only a new one is left as claimantName for the
    // session to create; metricName stays empty. No figure: the rest of the
    // draft stays empty.
    // InvalidInput when the range lies outside the body.
    Result<ClaimDraft> draft(const Article &article, int start, int end, const Figure *figure = nullptr) const;

private:
    // `draft` with what `figure` says, its claimant looked up once.
    Result<ClaimDraft> filled(ClaimDraft draft, const Figure &figure) const;

    const Project &m_project;
    FigureExtractor m_extractor;
};

} // namespace Claimbench
