#include "core/extract/cyrillicnumbers.h"

#include "core/extract/textscan.h"

namespace Claimbench {

using namespace TextScan;

std::optional<ParsedNumber> CyrillicNumberParser::parseAt(QStringView text, qsizetype pos, qsizetype *skipTo) const
{
    qsizetype end = pos;
    while (end < text.size() && isDigit(text[end]))
        ++end;
    if (skipTo)
        *skipTo = end;
    if (end == pos)
        return std::nullopt;
    ParsedNumber n;
    n.start = int(pos);
    n.end = int(end);
    n.value = text.sliced(pos, end - pos).toDouble();
    n.bareInteger = true;
    n.digitCount = int(end - pos);
    return n;
}

bool CyrillicNumberParser::mayStart(QStringView text, qsizetype pos)
{
    return isDigit(text[pos]) && (pos == 0 || !isDigit(text[pos - 1]));
}

bool CyrillicNumberParser::isNotAFigure(QStringView, const ParsedNumber &, qsizetype)
{
    return false;
}

} // namespace Claimbench
