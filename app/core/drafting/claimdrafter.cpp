#include "core/drafting/claimdrafter.h"

#include "core/domain/claimantmatcher.h"
#include "core/domain/quoteplacement.h"
#include "core/extract/cyrillicunits.h"
#include "core/extract/cyrillicsources.h"
#include "core/store/project.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// This file's messages, in ClaimDrafter's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::ClaimDrafter)
};

} // namespace

namespace {

// `figures` by start, none overlapping another, so their ends are in order too.
const Figure *chosenFigure(const QList<Figure> &figures, int start, int end)
{
    const Figure *conversion = nullptr;
    const auto first = std::partition_point(figures.cbegin(), figures.cend(),
                                            [start](const Figure &f) { return f.end <= start; });
    for (auto figure = first; figure != figures.cend() && figure->start <= std::max(start, end - 1); ++figure) {
        const bool overlaps = start == end ? figure->start <= start && start < figure->end
                                           : figure->start < end && figure->end > start;
        if (!overlaps)
            continue;
        if (figure->restates < 0)
            return &*figure;
        if (!conversion)
            conversion = &*figure;
    }
    return conversion;
}

// The stored claimant `spelling` names; for a usual institution of the
// Ukrainian and Russian press, the one stored under any of its spellings (an
// analyst's "Генштаб" for the extractor's "Генштаб ЗСУ"); for a name in the
// other script, the one it romanises to ("Володимир Зеленський" for a stored
// "Volodymyr Zelensky"), so that one person is not two lines of a chart.
Result<std::optional<Claimant>> storedClaimant(const ClaimantRepository &claimants, const QString &spelling)
{
    auto found = claimants.findByNameOrAlias(spelling);
    if (!found || *found)
        return found;
    if (const CyrillicSources::Institution *institution = CyrillicSources::institutionSpelled(spelling)) {
        for (const QString &other : QStringList{institution->name} + institution->aliases) {
            found = claimants.findByNameOrAlias(other);
            if (!found || *found)
                return found;
        }
    }
    auto all = claimants.list();
    if (!all)
        return std::unexpected(all.error());
    return ClaimantMatcher(*all).matchInOtherScript(spelling);
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
        return makeError(Error::Code::InvalidInput, Messages::tr("The selection lies outside the article's text"),
                         u"%1-%2 of %3"_s.arg(start).arg(end).arg(body.size()));
    ClaimDraft draft;
    Claim &claim = draft.claim;
    claim.articleId = article.id;
    placeQuote(claim, body, start, end);

    if (figure)
        return filled(std::move(draft), *figure);
    const std::optional<Figure> found = figureAt(article, start, end);
    if (!found)
        return draft;
    return filled(std::move(draft), *found);
}

ArticleReading ArticleReading::of(const FigureExtractor &extractor, const QString &text,
                                  const ExtractionContext &context)
{
    // extract() reads the text as the extractor reads any text (a soft break
    // of any length one space) and places each figure in the text itself;
    // the text is shared, not copied.
    return {text, extractor.extract(text, context).figures};
}

std::optional<Figure> ClaimDrafter::figureAt(const Article &article, int start, int end,
                                             const ArticleReading *reading) const
{
    std::optional<ArticleReading> ownReading;
    if (!reading || reading->text.size() != article.body.size())
        reading = &ownReading.emplace(
            ArticleReading::of(m_extractor, article.body, ExtractionContext::of(article)));
    const Figure *found = chosenFigure(reading->figures, start, end);
    return found ? std::optional<Figure>(*found) : std::nullopt;
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
    // A day's change in a loss list ("танки — 11 603 (+4)") charted as it is
    // would sit beside the totals: the note says what it is.
    if (figure.change)
        claim.note = Messages::tr("Change over the previous report (%1), not a total").arg(figure.text);
    if (figure.claimant.isEmpty())
        return draft;
    auto claimant = storedClaimant(m_project.claimants(), figure.claimant);
    if (!claimant)
        return std::unexpected(claimant.error());
    if (*claimant) {
        claim.claimantId = (*claimant)->id;
        return draft;
    }
    auto near = nearClaimant(figure.claimant);
    if (!near)
        return std::unexpected(near.error());
    if (!*near)
        draft.claimantName = figure.claimant;
    return draft;
}

Result<std::optional<Claimant>> ClaimDrafter::nearClaimant(const QString &spelling) const
{
    const ClaimantRepository claimants = m_project.claimants();
    auto exact = claimants.findByNameOrAlias(spelling);
    if (!exact)
        return std::unexpected(exact.error());
    if (*exact)
        return std::optional<Claimant>{};
    auto all = claimants.list();
    if (!all)
        return std::unexpected(all.error());
    return ClaimantMatcher(*all).match(spelling);
}

Result<QStringList> ClaimDrafter::unitsLike(const QString &unit) const
{
    if (!CyrillicUnits::isCyrillic(unit))
        return QStringList{unit};
    auto stored = m_project.metrics().storedUnits();
    if (!stored)
        return std::unexpected(stored.error());
    const QString key = CyrillicUnits::unitKey(unit);
    QStringList units{unit};
    for (const QString &s : *stored)
        if (s != unit && CyrillicUnits::unitKey(s) == key)
            units.append(s);
    return units;
}

Result<ClaimDrafter::Suggestions> ClaimDrafter::suggestionsFor(const Claim &claim) const
{
    Suggestions suggestions;
    qint64 claimantId = claim.claimantId;
    std::optional<Figure> figure;
    if ((claimantId == 0 || claim.metricId == 0) && !claim.orphaned) {
        auto article = m_project.articles().get(claim.articleId);
        if (!article)
            return std::unexpected(article.error());
        if (claim.start >= 0 && claim.start <= claim.end && claim.end <= article->body.size())
            figure = figureAt(*article, claim.start, claim.end);
    }
    if (claimantId == 0 && figure && !figure->claimant.isEmpty()) {
        auto near = nearClaimant(figure->claimant);
        if (!near)
            return std::unexpected(near.error());
        if (*near) {
            suggestions.claimantAsWritten = figure->claimant;
            suggestions.claimant = *near;
            claimantId = (*near)->id;
        }
    }
    // A change over the previous report measures no level: the metric of the
    // claims with its unit (the totals) would chart it beside them.
    if (figure && figure->change)
        return suggestions;
    if (claim.metricId == 0) {
        auto units = unitsLike(claim.unit);
        if (!units)
            return std::unexpected(units.error());
        auto metric = m_project.metrics().suggestedFor(claimantId, *units);
        if (!metric)
            return std::unexpected(metric.error());
        suggestions.metric = *metric;
    }
    return suggestions;
}

} // namespace Claimbench
