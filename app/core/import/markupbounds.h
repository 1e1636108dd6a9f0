#pragma once

#include "core/error.h"

#include <QByteArray>

namespace Claimbench {

// Bounds what Gumbo is asked to parse, in one linear pass over the bytes
// that follows the HTML tokenizer's tag, attribute, comment and raw-text
// rules. Gumbo (Debian's 0.10.1) does work that grows with the square of
// some shapes of markup, and has no option to stop:
//  - each attribute is checked against every earlier one of its tag for a
//    duplicate, so one tag with 160,000 attributes took 85 s. Attributes past
//    kMaxAttributesPerTag are left out. The 100 saved pages of
//    ../shared/html-pages have at most 36 on any element (a Washington Post
//    page); 128 keeps every real tag whole and each check under 128 compares;
//  - every start and end tag scans the stack of open elements, so 40,000
//    unclosed <div> take 2.3 s and 3 million (15 MB) would take hours. The
//    pass adds up, over all tags, the elements left open before each tag (a
//    bound on those scans; elements the parser closes by itself, such as
//    <p> and <li>, and void ones, are not counted) and refuses the page past
//    kMaxNestingWork, about 3 s of Gumbo on a shared 2-core machine; the
//    most any of the 100 saved pages needs is 141,559 (wikipedia-2);
//  - a page with more than kMaxTags tags is refused: Gumbo's tree and ours
//    cost a few hundred bytes per element. The largest saved page has 19,000
//    tags in 1 MB, so 1,000,000 lets a 50 MB page of that density through.
// The internal subset of a DOCTYPE (`<!DOCTYPE html [ <!ENTITY x "y"> ]>`),
// which HTML does not know and Gumbo ends at its first `>`, leaving `]>` in
// the text, is left out too; its entities are not expanded.
// Everything else is passed through byte for byte. Stateless, thread-safe.
class MarkupBounds
{
public:
    static constexpr int kMaxAttributesPerTag = 128;
    static constexpr qsizetype kMaxTags = 1'000'000;
    static constexpr quint64 kMaxNestingWork = 1'000'000'000;

    // `utf8` bounded as above (the same bytes when nothing is left out), or
    // Error::Code::TooLarge naming the limit the page is over.
    static Result<QByteArray> apply(const QByteArray &utf8);
};

} // namespace Claimbench
