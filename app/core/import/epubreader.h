#pragma once

#include "core/import/articlereader.h"

namespace Claimbench {

// Reads an EPUB book from its ZIP package (ZipArchive's limits):
// META-INF/container.xml names the package document (OPF), whose spine
// lists the chapters in reading order; each XHTML chapter's whole body goes
// through the HTML reader's text rendering (ContentExtractor::renderText,
// not Readability's main-content guess), chapters separated by a blank
// line. Title, author, date and language from the OPF's Dublin Core
// metadata. Paths resolve inside the archive only. Errors: InvalidInput
// (damaged, no container or OPF, a spine item outside the archive, a DTD in
// container.xml or the OPF), TooLarge (ZipArchive's limits).
//
// As an ArticleReader: "EPUB", .epub; recognizes a ZIP whose first entry is
// the stored "mimetype" application/epub+zip.
class EpubReader : public ArticleReader
{
public:
    QString name() const override;
    QStringList suffixes() const override;
    bool recognizes(QByteArrayView bytes) const override;
    QByteArrayView containerSignature() const override;
    Result<Article> read(const QByteArray &bytes, const ReadOptions &options) const override;
};

} // namespace Claimbench
