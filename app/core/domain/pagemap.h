#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>

namespace Claimbench {

// Where an article's text lies on the pages of the document it was read from
// (a PDF): each page's range of body offsets and, per text run (a word as the
// document draws it), its box on the page. A claim's offsets thereby give its
// page and the rectangles to highlight in the page view. Offsets index the
// body in UTF-16 code units, like claim offsets; boxes are in PDF points
// (1/72 inch) with the origin at the page's top left, y growing down.
struct PageRun
{
    int start = 0; // [start, end) in the body
    int end = 0;
    QRectF box;
};

struct Page
{
    int start = 0; // the page's text: [start, end) in the body, in reading order
    int end = 0;
    QSizeF size;   // in points, as displayed (rotation applied)
    QList<PageRun> runs; // in body order
};

struct PageMap
{
    QList<Page> pages; // pages[0] is page 1; a page without text has start == end

    bool isEmpty() const { return pages.isEmpty(); }
    // The 1-based page of body offset `offset`: the last page with text
    // that starts at or before it (text between two pages' ranges belongs to
    // the earlier page); 0 when no page with text starts so early.
    int pageOf(int offset) const;
    // The boxes on 1-based `page` of the text in [start, end): each run
    // overlapping the range, cut to the part of it inside the range in
    // proportion to its characters. Empty for a page out of range.
    QList<QRectF> boxesOf(int page, int start, int end) const;
};

} // namespace Claimbench
