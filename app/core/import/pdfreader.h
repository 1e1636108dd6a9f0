#pragma once

#include "core/import/articlereader.h"

namespace Claimbench {

// Reads a PDF's text layer with Poppler (Qt 6 binding): each page's words in
// reading order (pdflayout.h: running headers and footers dropped, two-column
// regions left column first, table rows on one line with tab-separated
// cells), lines of a paragraph joined and hyphenation at line ends undone
// (pdfpagetext.h), paragraphs and pages separated by a blank line. The
// Article carries a PageMap (one Page per PDF page, one PageRun per word)
// and the input bytes as its document. Metadata: the Info dictionary's
// Title (unless it is a converter's placeholder), Author and CreationDate.
//
// Only text is read: no JavaScript runs, no link or embedded file is
// followed, nothing is fetched.
//
// Errors: InvalidInput (damaged), NeedsPassword (encrypted; no or a wrong
// options.password), TooLarge (over kMaxPages, or text extraction past
// kTimeBudgetMs), Unsupported (no text layer on any page: a scan).
//
// As an ArticleReader: "PDF", .pdf, recognizes bytes opening with "%PDF-".
class PdfReader : public ArticleReader
{
public:
    static constexpr int kMaxPages = 5000;
    static constexpr int kTimeBudgetMs = 120'000;

    QString name() const override;
    QStringList suffixes() const override;
    bool recognizes(QByteArrayView bytes) const override;
    Result<Article> read(const QByteArray &bytes, const ReadOptions &options) const override;
};

} // namespace Claimbench
