#pragma once

#include "core/domain/article.h"
#include "core/error.h"

#include <QByteArray>

namespace Claimbench {

// Reads a web page as saved from a browser: the charset it declares (or the
// one detected), its metadata (HtmlMetadataReader) and its main text
// (ContentExtractor). Parsing only — nothing is fetched, no script runs.
// Errors: InvalidInput when the bytes cannot be decoded or the page holds no
// article text.
class HtmlReader
{
public:
    static Result<Article> read(const QByteArray &bytes);

    // The charset named by <meta charset> or <meta http-equiv="Content-Type">
    // within the first 4 KB (the browser's pre-scan window), or empty.
    static QByteArray declaredCharset(const QByteArray &bytes);
};

} // namespace Claimbench
