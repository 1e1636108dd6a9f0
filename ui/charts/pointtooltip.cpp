#include "ui/charts/pointtooltip.h"

#include "core/domain/partialdate.h"
#include "core/store/project.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

QString formatValue(const SeriesPoint &p)
{
    const QLocale locale;
    const auto number = [&](double v) { return locale.toString(v, 'f', v == std::floor(v) ? 0 : 2); };
    QString text = number(p.value);
    if (p.low || p.high)
        text += u" (%1–%2)"_s.arg(p.low ? number(*p.low) : u"?"_s, p.high ? number(*p.high) : u"?"_s);
    if (!p.unit.isEmpty())
        text += u' ' + p.unit;
    const QString qualifier = qualifierDisplayName(p.qualifier);
    return qualifier.isEmpty() ? text : qualifier + u' ' + text;
}

// `source`: the claim's names, article and quote.
QString tooltipText(const SeriesPoint &p, const PointSource &source)
{
    // No more precise than the source: a claim "as of December 2025" is not
    // one of Monday, 1 December.
    const QString date = PartialDate(p.date, p.datePrecision).toDisplayString();
    QString quote = source.quote.simplified();
    if (quote.size() > 240)
        quote = quote.left(239) + u'…';
    const QString status = claimStatusDisplayName(p.status);
    const bool doubted = p.status == ClaimStatus::Disputed || p.status == ClaimStatus::False;
    return u"<b>%1</b><br>%2<br>%3 · %4<br>%5<br><i>“%6”</i><br>%7"_s.arg(
        formatValue(p).toHtmlEscaped(),
        (source.claimant.isEmpty() ? PointTooltip::tr("Unattributed") : source.claimant).toHtmlEscaped(),
        (source.outlet.isEmpty() ? PointTooltip::tr("No outlet") : source.outlet).toHtmlEscaped(),
        p.datedByPublication ? PointTooltip::tr("published %1 (no as-of date)").arg(date) : PointTooltip::tr("as of %1").arg(date),
        PointTooltip::tr("Status: %1").arg(doubted ? u"<b>"_s + status + u"</b>"_s : status),
        quote.toHtmlEscaped(), source.articleTitle.toHtmlEscaped());
}

} // namespace

QString PointTooltip::text(const Project &project, const SeriesPoint &point)
{
    if (point.claimId != m_claimId) {
        m_source = SeriesBuilder(project).source(point.claimId).value_or(PointSource{});
        m_claimId = point.claimId;
    }
    return tooltipText(point, m_source);
}

} // namespace Claimbench
