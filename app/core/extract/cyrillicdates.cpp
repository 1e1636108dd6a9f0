#include "core/extract/cyrillicdates.h"

namespace Claimbench {

CyrillicDateResolver::CyrillicDateResolver(PartialDate published)
    : m_published(published)
{
}

QList<DateMention> CyrillicDateResolver::find(QStringView) const
{
    return {};
}

CyrillicAsOf::CyrillicAsOf(QStringView text, const QList<DateMention> &dates, const QList<Figure> &figures,
                           const QList<TextSpan> &sentences, PartialDate published)
    : m_text(text)
    , m_dates(dates)
    , m_figures(figures)
    , m_sentences(sentences)
    , m_published(published)
{
}

PartialDate CyrillicAsOf::find(qsizetype) const
{
    return {};
}

} // namespace Claimbench
