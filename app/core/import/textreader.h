#pragma once

#include "core/import/articlereader.h"

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
//
// As an ArticleReader: "text", .txt and .text, no signature of its own; the
// registry's fallback for the files no other format claims.
class TextReader : public ArticleReader
{
public:
    static Article parse(QStringView text);

    QString name() const override;
    QStringList suffixes() const override;
    Result<Article> read(const QByteArray &bytes, const ReadOptions &options) const override;
};

} // namespace Claimbench
