#include "core/drafting/claimdrafter.h"

#include "core/domain/quoteplacement.h"
#include "core/store/project.h"

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// How far back the extractor reads before the selection: enough for the
// sentences that name a claimant ("..., the ministry said. It added ...")
// without extracting a whole long article for one selection.
constexpr qsizetype kLookBehind = 2000;

// The stretch of `body` the extractor reads for [start, end): whole lines,
// from the start of the paragraph (or kLookBehind before the selection) to
// the end of the selection's last line.
std::pair<qsizetype, qsizetype> window(QStringView body, int start, int end)
{
    const qsizetype paragraph = body.lastIndexOf(u"\n\n", qMax(0, start - 1));
    qsizetype from = paragraph < 0 ? 0 : paragraph + 2;
    if (start - from > kLookBehind) {
        const qsizetype line = body.lastIndexOf(u'\n', start - kLookBehind);
        from = line < 0 ? 0 : line + 1;
    }
    const qsizetype lineEnd = body.indexOf(u'\n', end);
    return {from, lineEnd < 0 ? body.size() : lineEnd};
}

const Figure *chosenFigure(const QList<Figure> &figures, int start, int end)
{
    const Figure *conversion = nullptr;
    for (const Figure &figure : figures) {
        const bool overlaps = start == end ? figure.start <= start && start < figure.end
                                           : figure.start < end && figure.end > start;
        if (!overlaps)
            continue;
        if (figure.restates < 0)
            return &figure;
        if (!conversion)
            conversion = &figure;
    }
    return conversion;
}

} // namespace

ClaimDrafter::ClaimDrafter(const Project &project)
    : m_project(project)
{
}

Result<ClaimDraft> ClaimDrafter::draft(const Article &article, int start, int end, const Figure *figure) const
{
    const QString &body = article.body;
    if (start < 0 || end < start || end > body.size())
        return makeError(Error::Code::InvalidInput, u"The selection lies outside the article's text"_s,
                         u"%1-%2 of %3"_s.arg(start).arg(end).arg(body.size()));
    ClaimDraft draft;
    Claim &claim = draft.claim;
    claim.articleId = article.id;
    placeQuote(claim, body, start, end);

    if (figure)
        return filled(std::move(draft), *figure);
    const auto [from, to] = window(body, start, end);
    const Extraction extraction = m_extractor.extract(QStringView(body).sliced(from, to - from), article.published);
    const Figure *found = chosenFigure(extraction.figures, int(start - from), int(end - from));
    if (!found)
        return draft;
    return filled(std::move(draft), *found);
}

Result<ClaimDraft> ClaimDrafter::filled(ClaimDraft draft, const Figure &figure) const
{
    Claim &claim = draft.claim;
    claim.value = figure.value;
    claim.low = figure.low;
    claim.high = figure.high;
    claim.unit = figure.unit;
    claim.qualifier = figure.qualifier;
    claim.asOf = figure.asOf;
    if (figure.claimant.isEmpty())
        return draft;
    auto claimant = m_project.claimants().findByNameOrAlias(figure.claimant);
    if (!claimant)
        return std::unexpected(claimant.error());
    if (!*claimant) {
        draft.claimantName = figure.claimant;
        return draft;
    }
    claim.claimantId = (*claimant)->id;
    auto metricId = m_project.claims().latestMetricOf(claim.claimantId, claim.unit);
    if (!metricId)
        return std::unexpected(metricId.error());
    claim.metricId = *metricId;
    return draft;
}

} // namespace Claimbench
