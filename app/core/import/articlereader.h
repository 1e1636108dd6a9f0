#pragma once

#include "core/domain/article.h"
#include "core/error.h"

#include <QByteArray>
#include <QString>

namespace Claimbench {

enum class ArticleFormat { PlainText, Markdown, Html, Unsupported };

// The format of a file, from its extension and its first bytes: magic
// numbers of documents and images (PDF, ZIP-based Office/EPUB, PNG, JPEG,
// ...) always mean Unsupported; an HTML document start makes a .txt (or
// extension-less) file Html; .txt/.text, .md/.markdown, .html/.htm/.xhtml
// name their format; a file without extension is text when it decodes as
// text; any other extension is Unsupported.
ArticleFormat sniffFormat(const QByteArray &bytes, const QString &fileName);

// Parses one file's bytes into an Article (no store, no I/O). `fileName`
// picks the format and supplies the title when the file has none; it is not
// opened. sourcePath, contentHash and id are left empty.
// Errors: Unsupported (not an article format), InvalidInput (empty, binary,
// undecodable, no text).
Result<Article> readArticle(const QByteArray &bytes, const QString &fileName);

} // namespace Claimbench
