#pragma once

#include "core/domain/article.h"

#include <QStringView>

namespace Claimbench {

// Reads a plain-text article (already decoded). Two layouts:
//  - a header block: "Title:", "Outlet:", "URL:", "Published:" (YYYY-MM-DD
//    or "unknown"), "Language:", "Author:" lines, then a blank line; the body
//    is everything after that first blank line, exactly;
//  - a page saved as text: the title is the first non-empty line, the date
//    the first date-only line among the next few ("June 13, 2025"), and the
//    body is the whole text, so that offsets annotated against the file stay
//    valid.
// Either way only trailing boilerplate is cut from the end of the body
// (see trailingBoilerplateStart). Pure function, no I/O.
class TextReader
{
public:
    static Article read(QStringView text);
};

} // namespace Claimbench
