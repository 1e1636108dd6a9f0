#pragma once

#include "core/import/articlereader.h"

namespace Claimbench {

// Reads a Word document (Office Open XML, .docx) from its ZIP package
// (ZipArchive's limits): word/document.xml's paragraphs (headings and list
// items too), each table as one line per row with its cells separated by a
// tab, footnotes and endnotes after the text, numbered in the order the text
// cites them ("[1]"); tracked changes as accepted (deleted text dropped,
// inserted kept). Title, author, creation day and language from
// docProps/core.xml. Every XML part goes through XmlPart (no DTD, no
// entity). Errors: InvalidInput (damaged, no word/document.xml, a DTD),
// TooLarge (ZipArchive's limits).
//
// As an ArticleReader: "DOCX", .docx; recognizes a ZIP whose first bytes
// name a "word/" part or "[Content_Types].xml".
class DocxReader : public ArticleReader
{
public:
    QString name() const override;
    QStringList suffixes() const override;
    bool recognizes(QByteArrayView bytes) const override;
    QByteArrayView containerSignature() const override;
    Result<Article> read(const QByteArray &bytes, const ReadOptions &options) const override;
};

} // namespace Claimbench
