#pragma once

#include "core/import/articlereader.h"

namespace Claimbench {

// Reads a web page as saved from a browser: the charset it declares (or the
// one detected), its metadata (HtmlMetadataReader) and its main text
// (ContentExtractor). Parsing only — nothing is fetched, no script runs.
// Errors: InvalidInput when the bytes cannot be decoded or the page holds no
// article text.
//
// As an ArticleReader: "HTML", .html, .htm, .xhtml and .shtml; recognizes a
// document start (an optional XML declaration and comments, then <!doctype
// html>, <html>, <head> or <body>) and refuses binary bytes before parsing.
class HtmlReader : public ArticleReader
{
public:
    static Result<Article> parse(const QByteArray &bytes);

    QString name() const override;
    QStringList suffixes() const override;
    bool recognizes(QByteArrayView bytes) const override;
    Result<Article> read(const QByteArray &bytes, const ReadOptions &options) const override;

    // The charset named by <meta charset> or <meta http-equiv="Content-Type">
    // within the first 4 KB (the browser's pre-scan window), or empty.
    static QByteArray declaredCharset(const QByteArray &bytes);
};

} // namespace Claimbench
