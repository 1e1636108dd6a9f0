#include "core/extract/cyrillicsources.h"

namespace Claimbench {

CyrillicSources::CyrillicSources(QStringView text, Language language, const QString &outlet)
    : m_text(text)
    , m_language(language)
    , m_outlet(outlet)
{
}

QString CyrillicSources::claimantOf(TextSpan, qsizetype) const
{
    return {};
}

QString CyrillicSources::canonicalInstitution(QStringView)
{
    return {};
}

const QList<CyrillicSources::Institution> &CyrillicSources::institutions()
{
    static const QList<Institution> none;
    return none;
}

} // namespace Claimbench
