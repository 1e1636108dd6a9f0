#pragma once

#include "core/domain/pagemap.h"
#include "core/import/pdflayout.h"

#include <QString>

namespace Claimbench {

struct PdfText
{
    QString body;
    PageMap pages;
};

// The body and page map of laid-out pages: a paragraph's lines joined with a
// space, a word hyphenated across a line end joined ("estim-" + "ates" ->
// "estimates" when both sides are lower-case letters, unless the document
// writes "byte-range" whole elsewhere and never "byterange"), a table row on one
// line with a tab between cells, paragraphs and pages separated by a blank
// line. One PageRun per word, covering exactly the text the word left in
// the body (its first half without the hyphen when joined).
PdfText composePdfText(const QList<PdfPageWords> &pages, const QList<QList<PdfBlock>> &blocks);

} // namespace Claimbench
