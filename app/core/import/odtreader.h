#pragma once

#include "core/import/articlereader.h"

namespace Claimbench {

// Reads an OpenDocument text (.odt) from its ZIP package (ZipArchive's
// limits): content.xml's headings, paragraphs and list items, each table as
// one line per row with its cells separated by a tab, and the notes after
// the text under their citation ("[1]"); text:s, text:tab and
// text:line-break as the spaces, tab and break they stand for; comments and
// the deleted text of tracked changes left out. Title, author
// (meta:initial-creator, else dc:creator), creation day and language from
// meta.xml. Every XML part goes through XmlPart. Errors: InvalidInput
// (damaged, no content.xml, a DTD), TooLarge (ZipArchive's limits).
//
// As an ArticleReader: "ODT", .odt; recognizes a ZIP whose first entry is
// the stored "mimetype" application/vnd.oasis.opendocument.text.
class OdtReader : public ArticleReader
{
public:
    QString name() const override;
    QStringList suffixes() const override;
    bool recognizes(QByteArrayView bytes) const override;
    QByteArrayView containerSignature() const override;
    Result<Article> read(const QByteArray &bytes, const ReadOptions &options) const override;
};

} // namespace Claimbench
