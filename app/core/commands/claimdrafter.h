#pragma once

#include "core/commands/projectsession.h"
#include "core/domain/article.h"
#include "core/error.h"
#include "core/extract/figureextractor.h"

namespace Claimbench {

class Project;

// Pre-fills a claim for a selection in an article, from what the
// FigureExtractor reads there; the analyst then edits the draft and hands it
// to ProjectSession::createClaim. Reads the project, never writes it.
// Thread: the thread whose connection the project's repositories use (the
// GUI thread); `project` must outlive the drafter.
class ClaimDrafter
{
public:
    explicit ClaimDrafter(const Project &project);

    // [start, end) are UTF-16 offsets into article.body (end exclusive; an
    // empty range is the caret). The draft always carries the article id,
    // the offsets, the quote and its context. The first figure inside or
    // overlapping the range (a parenthesised conversion only when it is the
    // only one) fills value/low/high/unit/qualifier/asOf and claimantName
    // (claimantId too when the name or an alias is known); the metric is the
    // one of the latest claim with the same claimant and unit, when there is
    // one. No figure: the rest of the draft stays empty.
    // InvalidInput when the range lies outside the body.
    Result<ClaimDraft> draft(const Article &article, int start, int end) const;

private:
    const Project &m_project;
    FigureExtractor m_extractor;
};

} // namespace Claimbench
