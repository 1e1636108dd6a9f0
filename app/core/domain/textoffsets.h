#pragma once

#include <QList>
#include <QStringView>

#include <optional>

namespace Claimbench {

// Converts offsets into one text between UTF-16 code units (QString indices,
// what the core stores) and Unicode code points (what SPEC's JSON and CSV
// carry, and what Python's str indices are). Both kinds are 0-based; the same
// functions serve start and exclusive end offsets.
//
// The constructor scans the text once, so converting many offsets of one text
// costs O(log n) each. The object keeps no reference to the text: it may
// outlive it, but only describes the text it was built from.
//
// An unpaired surrogate counts as one code point (Qt and Python both keep it
// as one character).
class TextOffsets
{
public:
    explicit TextOffsets(QStringView text);

    qsizetype utf16Length() const { return m_utf16Length; }
    qsizetype codePointLength() const { return m_utf16Length - m_pairStarts.size(); }

    // The code point offset of a UTF-16 offset. An offset between the two
    // halves of a surrogate pair rounds down to the pair's own code point.
    // std::nullopt when utf16Offset is negative or past the end.
    std::optional<qsizetype> toCodePoints(qsizetype utf16Offset) const;

    // The UTF-16 offset of a code point offset; std::nullopt when it is
    // negative or past the end of the text.
    std::optional<qsizetype> toUtf16(qsizetype codePointOffset) const;

private:
    QList<qsizetype> m_pairStarts; // UTF-16 index of every high surrogate that starts a pair, ascending
    qsizetype m_utf16Length = 0;
};

} // namespace Claimbench
