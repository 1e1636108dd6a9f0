#pragma once

#include "core/domain/claim.h"

#include <QList>
#include <QStringView>

namespace Claimbench {

// Where a claim lies in a changed text, and how sure that is.
// start/end: UTF-16 offsets into the new body, end exclusive; for Orphaned
// they are the claim's old offsets, which the new body need not hold.
struct Anchoring
{
    enum class Kind {
        Exact,       // the quote is still at its old offsets
        Moved,       // the exact quote elsewhere: the occurrence with the best context, then the nearest
        Approximate, // the text between the claim's context reads almost the same, with the same digits
        Orphaned,    // nowhere to be placed: left for the analyst, never deleted
    };
    Kind kind = Kind::Orphaned;
    int start = 0;
    int end = 0;
};

// Places a claim again in a corrected version of its article (re-import).
// Pure and thread-safe. All offsets are UTF-16 code units (QString indices),
// so line-end changes, BOMs, combining marks and characters outside the BMP
// shift them like any other text.
class ClaimAnchorer
{
public:
    // At most this share of the quote may differ for an Approximate placement.
    static constexpr double kMaxEditShare = 0.25;

    // Exact at the old offsets; else the exact quote elsewhere (best
    // contextBefore/contextAfter match, then nearest to the old start); else
    // the text that the context (or its inner 16, then 8 characters) frames,
    // when its edit distance from the quote is at most kMaxEditShare of the
    // quote's length and it holds exactly the quote's digits, in order: a
    // figure never moves onto another figure ("12" onto "15"); else Orphaned.
    static Anchoring anchor(const Claim &claim, QStringView newBody);

    // The rows `claims` become in `newBody` (the corrected text of their
    // article), in the same order and with the same ids. A claim that anchor()
    // places gets the new offsets, the new text as its quote and fresh context
    // (placeQuote), and stops being an orphan; one it cannot place is flagged
    // orphaned with quote and offsets as they were. Nothing else changes: the
    // store writes these fields back (ArticleRepository::replace).
    static QList<Claim> reanchor(QList<Claim> claims, QStringView newBody);
};

} // namespace Claimbench
