#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace Claimbench {

// The geometry PdfReader reads a page's text from, kept apart from Poppler so
// that layout can be tested and reasoned about on plain values. Boxes are in
// points, origin at the page's top left, y growing down.
struct PdfWord
{
    QString text;
    QRectF box;
    bool spaceAfter = false; // Poppler saw a space after the word on its line
    // How the word's baseline runs on the displayed page, in clockwise
    // quarter turns from left to right: 1 top to bottom (a /Rotate 90 page),
    // 2 right to left upside down, 3 bottom to top; -1 when it cannot tell (one
    // letter).
    int quarterTurns = 0;
};

struct PdfPageWords
{
    QSizeF size;
    QList<PdfWord> words; // in Poppler's order
};

// One line of text as read: indices into its page's words, left to right.
// A table row is split into cells, each a range of `words`.
struct PdfLine
{
    QList<int> words;
    QList<int> cellStarts; // index into `words` where each cell starts; {0} for prose
    QRectF box;
    double columnRight = 0; // the right edge of the column the line sits in
    bool tableRow = false;
};

// A paragraph (prose lines to join with spaces) or a table (rows, one per line).
struct PdfBlock
{
    QList<PdfLine> lines;
    bool table = false;
};

// The page turned so that most of its words read left to right, their
// boxes mapped along: layout groups lines by y and reads them by x, so a
// /Rotate 90 page, whose lines run down the displayed page, is laid out in
// this frame while its words keep their displayed boxes for the page view.
// Indices of words are unchanged.
PdfPageWords uprightPage(const PdfPageWords &page);

// Reading order of each page's words: headers and footers repeated across
// pages dropped, two-column regions read left column first, lines grouped
// into paragraphs and table rows. One list of blocks per page, in page order.
QList<QList<PdfBlock>> layOutPdfPages(const QList<PdfPageWords> &displayed);

} // namespace Claimbench
