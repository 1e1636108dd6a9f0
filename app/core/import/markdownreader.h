#pragma once

#include "core/import/articlereader.h"

#include <QStringView>

namespace Claimbench {

// Turns Markdown (CommonMark with the usual extensions) into the plain text
// an analyst reads: one paragraph per block, blocks separated by a blank
// line, list items one per line, code kept as text, headings kept as their
// own paragraph; emphasis, link targets, reference definitions, images,
// inline HTML and rules dropped. Title, date and author come from YAML front
// matter when present, else the first heading and a date-only paragraph near
// the top.
//
// Parsed by md4c (CommonMark, GFM tables, strikethrough, task lists and
// permissive autolinks): a table is one paragraph with a row per line and its
// cells tab-separated, struck text is kept, an HTML block keeps its text
// without its tags. Not QTextDocument::setMarkdown: its toPlainText() joins
// paragraphs with a single newline (paragraph breaks lost), leaves U+FFFC for
// images, parses inline HTML with Qt's rich-text engine, and it needs a
// QGuiApplication for fonts — the CLI has none. Pure function, no I/O; never
// fails (any text is valid Markdown).
//
// As an ArticleReader: "Markdown", .md, .markdown, .mdown and .mkd; no
// signature (any text is valid Markdown).
class MarkdownReader : public ArticleReader
{
public:
    static Article parse(QStringView markdown);

    QString name() const override;
    QStringList suffixes() const override;
    Result<Article> read(const QByteArray &bytes, const ReadOptions &options) const override;
};

} // namespace Claimbench
