#include "core/domain/textoffsets.h"

#include <algorithm>

namespace Claimbench {

TextOffsets::TextOffsets(QStringView text)
    : m_utf16Length(text.size())
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i].isHighSurrogate() && text[i + 1].isLowSurrogate()) {
            m_pairStarts.append(i);
            ++i;
        }
    }
}

std::optional<qsizetype> TextOffsets::toCodePoints(qsizetype utf16Offset) const
{
    if (utf16Offset < 0 || utf16Offset > m_utf16Length)
        return std::nullopt;
    // Every pair that starts before the offset has one code unit more than
    // code points; counting the pair the offset splits makes it round down.
    const auto pairsBefore = std::lower_bound(m_pairStarts.cbegin(), m_pairStarts.cend(), utf16Offset)
                             - m_pairStarts.cbegin();
    return utf16Offset - pairsBefore;
}

std::optional<qsizetype> TextOffsets::toUtf16(qsizetype codePointOffset) const
{
    if (codePointOffset < 0 || codePointOffset > codePointLength())
        return std::nullopt;
    // The i-th pair starts at code point m_pairStarts[i] - i, which grows
    // strictly with i, so the pairs before the offset are a prefix.
    qsizetype lo = 0;
    qsizetype hi = m_pairStarts.size();
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        if (m_pairStarts[mid] - mid < codePointOffset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return codePointOffset + lo;
}

} // namespace Claimbench
