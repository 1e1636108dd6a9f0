#include "core/extract/cyrillicunits.h"

namespace Claimbench {

CyrillicUnits::Reading CyrillicUnits::unitOf(QStringView, const ParsedNumber &number, TextSpan, qsizetype)
{
    return {number.unit, -1};
}

Qualifier CyrillicUnits::qualifierOf(QStringView, qsizetype, qsizetype, TextSpan)
{
    return Qualifier::None;
}

QString CyrillicUnits::unitKey(QStringView unit)
{
    return unit.toString().toCaseFolded();
}

} // namespace Claimbench
