#pragma once

#include "core/import/articlereader.h"

namespace Claimbench {

// Reads an RTF document (a news database's export: Factiva, LexisNexis /
// Nexis Uni) as plain text with paragraphs, blank-line separated like the
// other readers: \par ends a paragraph, \line breaks a line, \tab is a tab,
// a table row (\cell ... \row) is one line with its cells tab-separated, and
// the rows of one table make one paragraph. \'hh bytes decode in the current
// font's charset (\fcharset, \cpg) or else the document's code page
// (\ansicpg, 1252 by default); \uN is a UTF-16 unit, its \ucN fallback bytes
// skipped. Font, colour and style tables, pictures, objects, headers,
// footers, field instructions and every \* destination are dropped; a
// field's result is kept; footnotes follow the body after a blank line, one
// paragraph each.
// Title and author come from \info (\title, \author), else the title is a
// short first paragraph. The publication date is a date-only paragraph among
// the first four (where exports print it), else \info's \creatim.
// Iterative (no recursion on the input's nesting); unbalanced braces at the
// end are tolerated. Errors: InvalidInput when groups nest deeper than 1,000.
// Pure function, no I/O, any thread.
//
// As an ArticleReader: "RTF", .rtf; recognizes bytes that start "{\rtf".
class RtfReader : public ArticleReader
{
public:
    static Result<Article> parse(QByteArrayView rtf);

    QString name() const override;
    QStringList suffixes() const override;
    bool recognizes(QByteArrayView bytes) const override;
    Result<Article> read(const QByteArray &bytes, const ReadOptions &options) const override;
};

} // namespace Claimbench
