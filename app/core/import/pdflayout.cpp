#include "core/import/pdflayout.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>

namespace Claimbench {

namespace {

// Running headers and footers are looked for in these bands at the top and
// bottom of a page, as fractions of its height; body text repeated lower
// down (a table's header row) is left alone.
constexpr double kMarginBand = 0.12;
// A page's first or last row is looked at in this wider band: some layouts put
// the foot line higher, e.g. tools.ietf.org's RFC PDFs (html2ps, A4) carry
// "Author  Standards Track  [Page N]" 14% up the page.
constexpr double kOutermostRowBand = 0.2;
// Two margin lines are the same running line when their vertical centres lie
// this close (points).
constexpr double kRunningLineSlack = 4.0;
// A gap between words wider than this many word heights separates table
// cells or columns; justified prose stretches a space to well under one.
constexpr double kCellGap = 1.0;
// Cells of consecutive rows line up when an edge or centre is this close (points).
constexpr double kAlignSlack = 3.0;

struct Row
{
    QList<int> words; // left to right
    QRectF box;
};

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    const auto middle = values.begin() + values.size() / 2;
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

double wordHeight(const QList<PdfWord> &words, const QList<int> &indices)
{
    QList<double> heights;
    heights.reserve(indices.size());
    for (int index : indices)
        heights.append(words[index].box.height());
    return std::max(1.0, median(heights));
}

QRectF unite(const QList<PdfWord> &words, const QList<int> &indices)
{
    QRectF box;
    for (int index : indices)
        box = box.isNull() ? words[index].box : box.united(words[index].box);
    return box;
}

// Words whose vertical centres fall within the first word's band share a
// row; the band does not grow, so two columns with offset baselines do not
// chain into one tall row.
QList<Row> groupRows(const QList<PdfWord> &words)
{
    QList<int> order;
    for (int i = 0; i < words.size(); ++i)
        order.append(i);
    std::ranges::stable_sort(order, [&](int a, int b) { return words[a].box.center().y() < words[b].box.center().y(); });
    QList<Row> rows;
    double bandTop = 0;
    double bandBottom = -1;
    for (int index : order) {
        const double centre = words[index].box.center().y();
        if (rows.isEmpty() || centre > bandBottom || centre < bandTop) {
            rows.append(Row{});
            bandTop = words[index].box.top();
            bandBottom = words[index].box.bottom();
        }
        rows.last().words.append(index);
    }
    for (Row &row : rows) {
        std::ranges::stable_sort(row.words, [&](int a, int b) { return words[a].box.left() < words[b].box.left(); });
        row.box = unite(words, row.words);
    }
    return rows;
}

QString runningKey(const QList<PdfWord> &words, const Row &row)
{
    QString key;
    for (int index : row.words) {
        for (QChar c : words[index].text) {
            if (c.isDigit()) {
                if (!key.endsWith(u'#'))
                    key.append(u'#');
            } else {
                key.append(c.toLower());
            }
        }
        key.append(u' ');
    }
    return key;
}

struct MarginLine
{
    int page = 0;
    int row = 0;
    double centre = 0;
};

// Rows in the top or bottom band (wider for a page's first and last row)
// that recur, same text up to its digits, at the same height on at least
// half the pages with text (and two of them).
QList<QList<bool>> runningLines(const QList<PdfPageWords> &pages, const QList<QList<Row>> &rows)
{
    QList<QList<bool>> running(rows.size());
    QHash<QString, QList<MarginLine>> byKey;
    int pagesWithText = 0;
    for (int page = 0; page < rows.size(); ++page) {
        running[page].resize(rows[page].size());
        pagesWithText += rows[page].isEmpty() ? 0 : 1;
        const double height = pages[page].size.height();
        for (int row = 0; row < rows[page].size(); ++row) {
            const QRectF &box = rows[page][row].box;
            const bool outermost = row == 0 || row == rows[page].size() - 1;
            const double band = height * (outermost ? kOutermostRowBand : kMarginBand);
            if (box.top() < band || box.bottom() > height - band)
                byKey[runningKey(pages[page].words, rows[page][row])].append({page, row, box.center().y()});
        }
    }
    const int needed = std::max(2, (pagesWithText + 1) / 2);
    for (auto it = byKey.begin(); it != byKey.end(); ++it) {
        QList<MarginLine> &lines = it.value();
        if (lines.size() < needed)
            continue;
        std::ranges::sort(lines, {}, &MarginLine::centre);
        // A window sliding over the lines sorted by height, counting the
        // distinct pages within the slack of each: linear in the lines, as a
        // footer on every one of 5,000 pages needs.
        QHash<int, int> linesOfPage; // in the window
        qsizetype low = 0;
        qsizetype high = 0;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            for (; high < lines.size() && lines[high].centre <= lines[i].centre + kRunningLineSlack; ++high)
                ++linesOfPage[lines[high].page];
            for (; lines[low].centre < lines[i].centre - kRunningLineSlack; ++low) {
                if (--linesOfPage[lines[low].page] == 0)
                    linesOfPage.remove(lines[low].page);
            }
            if (linesOfPage.size() >= needed)
                running[lines[i].page][lines[i].row] = true;
        }
    }
    return running;
}

// The widest gap between words of `row` that is wider than a cell gap,
// between `low` and `high` (x); an empty rectangle when none.
std::pair<double, double> widestGap(const QList<PdfWord> &words, const QList<int> &indices, double low, double high)
{
    const double minimum = kCellGap * wordHeight(words, indices);
    std::pair<double, double> best{0, 0};
    double reached = -1e9;
    for (int index : indices) {
        const QRectF &box = words[index].box;
        if (reached > -1e9 && box.left() - reached > minimum && box.left() - reached > best.second - best.first) {
            const double centre = (reached + box.left()) / 2;
            if (centre >= low && centre <= high)
                best = {reached, box.left()};
        }
        reached = std::max(reached, box.right());
    }
    return best;
}

// The widest part of [from, to] that no word of `indices` covers.
std::pair<double, double> freePart(const QList<PdfWord> &words, const QList<int> &indices, double from, double to)
{
    std::pair<double, double> best{0, 0};
    double start = from;
    for (int index : indices) { // left to right
        const QRectF &box = words[index].box;
        if (box.right() <= start || box.left() >= to) {
            continue;
        }
        if (box.left() - start > best.second - best.first)
            best = {start, box.left()};
        start = std::max(start, box.right());
    }
    if (to - start > best.second - best.first)
        best = {start, to};
    return best;
}

struct LineMaker
{
    const QList<PdfWord> &words;
    QList<PdfLine> lines;

    void add(const QList<int> &indices, double columnRight)
    {
        if (indices.isEmpty())
            return;
        PdfLine line;
        line.words = indices;
        line.cellStarts = {0};
        line.box = unite(words, indices);
        line.columnRight = columnRight;
        lines.append(line);
    }
};

bool hasCellGap(const QList<PdfWord> &words, const QList<int> &indices)
{
    return widestGap(words, indices, -1e9, 1e9).second > 0;
}

// Reads rows [first, last) as two columns split at `gutter` when they look
// like prose on both sides: most rows with text on both sides fill their
// side, and neither side is cut into cells. A table whose label and figures
// happen to leave a gap in the middle fails this and stays rows.
bool readAsColumns(const QList<PdfWord> &words, const QList<Row> &rows, qsizetype first, qsizetype last,
                   std::pair<double, double> gutter, LineMaker &maker)
{
    double left = 1e9;
    double right = -1e9;
    for (qsizetype i = first; i < last; ++i) {
        left = std::min(left, rows[i].box.left());
        right = std::max(right, rows[i].box.right());
    }
    QList<QList<int>> lefts;
    QList<QList<int>> rights;
    int bothSides = 0;
    int prose = 0;
    double leftEdge = left;
    double rightEdge = left;
    for (qsizetype i = first; i < last; ++i) {
        QList<int> leftWords;
        QList<int> rightWords;
        for (int index : rows[i].words)
            (words[index].box.center().x() < gutter.first ? leftWords : rightWords).append(index);
        if (!leftWords.isEmpty() && !rightWords.isEmpty()) {
            ++bothSides;
            const QRectF leftBox = unite(words, leftWords);
            const QRectF rightBox = unite(words, rightWords);
            const double width = right - left;
            if (leftBox.width() >= 0.6 * (gutter.first - left) && rightBox.width() >= 0.6 * (right - gutter.second)
                && leftBox.width() >= 0.25 * width && rightBox.width() >= 0.25 * width
                && !hasCellGap(words, leftWords) && !hasCellGap(words, rightWords))
                ++prose;
        }
        if (!leftWords.isEmpty())
            leftEdge = std::max(leftEdge, unite(words, leftWords).right());
        if (!rightWords.isEmpty())
            rightEdge = std::max(rightEdge, unite(words, rightWords).right());
        lefts.append(leftWords);
        rights.append(rightWords);
    }
    if (bothSides < 3 || prose * 2 < bothSides)
        return false;
    for (const QList<int> &line : std::as_const(lefts))
        maker.add(line, leftEdge);
    for (const QList<int> &line : std::as_const(rights))
        maker.add(line, rightEdge);
    return true;
}

// Rows to lines in reading order: a run of rows sharing a gutter near the
// middle of the text is read left column, then right column.
QList<PdfLine> readingOrder(const QList<PdfWord> &words, const QList<Row> &rows)
{
    LineMaker maker{words, {}};
    double left = 1e9;
    double right = -1e9;
    for (const Row &row : rows) {
        left = std::min(left, row.box.left());
        right = std::max(right, row.box.right());
    }
    const double width = right - left;
    qsizetype i = 0;
    while (i < rows.size()) {
        std::pair<double, double> gutter = widestGap(words, rows[i].words, left + 0.25 * width, left + 0.75 * width);
        if (gutter.second <= gutter.first) {
            maker.add(rows[i].words, right);
            ++i;
            continue;
        }
        const double minimum = 0.5 * wordHeight(words, rows[i].words);
        qsizetype end = i + 1;
        while (end < rows.size()) {
            const auto free = freePart(words, rows[end].words, gutter.first, gutter.second);
            if (free.second - free.first < minimum)
                break;
            gutter = free;
            ++end;
        }
        if (!readAsColumns(words, rows, i, end, gutter, maker)) {
            for (qsizetype row = i; row < end; ++row)
                maker.add(rows[row].words, right);
        }
        i = end;
    }
    return maker.lines;
}

struct Cell
{
    double left = 0;
    double right = 0;
};

QList<Cell> cellsOf(const QList<PdfWord> &words, PdfLine &line)
{
    const double minimum = kCellGap * wordHeight(words, line.words);
    QList<Cell> cells;
    line.cellStarts = {0};
    for (int i = 0; i < line.words.size(); ++i) {
        const QRectF &box = words[line.words[i]].box;
        if (i > 0 && box.left() - cells.last().right > minimum) {
            line.cellStarts.append(i);
            cells.append({box.left(), box.right()});
        } else if (i == 0) {
            cells.append({box.left(), box.right()});
        } else {
            cells.last().right = std::max(cells.last().right, box.right());
        }
    }
    return cells;
}

bool aligned(const QList<Cell> &a, const QList<Cell> &b)
{
    for (qsizetype i = 1; i < a.size(); ++i) {
        for (qsizetype j = 1; j < b.size(); ++j) {
            if (std::abs(a[i].left - b[j].left) <= kAlignSlack || std::abs(a[i].right - b[j].right) <= kAlignSlack
                || std::abs((a[i].left + a[i].right) - (b[j].left + b[j].right)) <= 2 * kAlignSlack)
                return true;
        }
    }
    return false;
}

// Lines whose cells line up with the line above or below are table rows.
void markTableRows(const QList<PdfWord> &words, QList<PdfLine> &lines)
{
    QList<QList<Cell>> cells;
    for (PdfLine &line : lines)
        cells.append(cellsOf(words, line));
    const auto adjacent = [&](qsizetype upper, qsizetype lower) {
        const QRectF &a = lines[upper].box;
        const QRectF &b = lines[lower].box;
        return b.top() > a.top() && b.top() - a.bottom() < 2.5 * a.height() && cells[upper].size() >= 2
            && cells[lower].size() >= 2 && aligned(cells[upper], cells[lower]);
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        lines[i].tableRow = (i > 0 && adjacent(i - 1, i)) || (i + 1 < lines.size() && adjacent(i, i + 1));
        if (!lines[i].tableRow)
            lines[i].cellStarts = {0};
    }
}

bool isHyphenated(const QString &text)
{
    return text.size() > 1 && (text.back() == u'-' || text.back() == QChar(0x00AD));
}

bool endsSentence(const QString &text)
{
    static const QString closing = QStringLiteral(".!?:\"'\u201D\u2019)");
    return !text.isEmpty() && closing.contains(text.back());
}

// A list item's marker: a bullet glyph (alone, or fused with the item's first
// word for the round and square ones), or an enumerator "1)", "12.", "a)",
// "(iv)". A letter with a full stop is left out: "J." opens a name.
bool opensListItem(const QString &firstWord)
{
    static const QRegularExpression marker(QStringLiteral(
        R"(^(?:[-\x{2013}\x{2022}\x{25E6}\x{25AA}\x{25CF}\x{25A0}\x{2023}\x{2043}])"
        R"(|[\x{2022}\x{25E6}\x{25AA}\x{25CF}\x{25A0}\x{2023}].*|\d{1,2}[.)]|[a-z]\)|\((?:\d{1,2}|[a-z]|[ivx]{1,4})\))$)"));
    return marker.match(firstWord).hasMatch();
}

// Whether `next` opens a new paragraph after `previous` (both prose lines).
bool startsParagraph(const QList<PdfWord> &words, const PdfLine &previous, const PdfLine &next, double usualGap)
{
    const double height = wordHeight(words, previous.words);
    const double nextHeight = wordHeight(words, next.words);
    const QString &lastWord = words[previous.words.last()].text;
    const QString &firstWord = words[next.words.first()].text;
    if (next.box.top() < previous.box.top()) // the next column or a region above: a paragraph goes on only mid-sentence
        return endsSentence(lastWord) || firstWord.isEmpty() || !firstWord.front().isLower();
    if (std::abs(height - nextHeight) > 0.2 * std::min(height, nextHeight))
        return true;
    if (opensListItem(firstWord) && !isHyphenated(lastWord))
        return true;
    if (next.box.top() - previous.box.bottom() > usualGap + 0.35 * height)
        return true;
    if (endsSentence(lastWord) && previous.columnRight - previous.box.right() > 4 * height)
        return true;
    // The next line's first word would have fitted at the end of this one:
    // the line was broken on purpose (a list item whose bullet is a picture,
    // an address), not wrapped.
    if (!isHyphenated(lastWord)
        && previous.columnRight - previous.box.right() > words[next.words.first()].box.width() + 2 * height)
        return true;
    return endsSentence(lastWord) && next.box.left() > previous.box.left() + height
        && previous.columnRight - next.box.right() < height;
}

QList<PdfBlock> blocksOf(const QList<PdfWord> &words, const QList<PdfLine> &lines)
{
    QList<double> gaps;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const double gap = lines[i].box.top() - lines[i - 1].box.bottom();
        if (gap > -0.5 * lines[i].box.height() && gap < 1.5 * lines[i].box.height())
            gaps.append(gap);
    }
    const double usualGap = std::max(0.0, median(gaps));
    QList<PdfBlock> blocks;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const PdfLine &line = lines[i];
        bool fresh = blocks.isEmpty() || blocks.last().table != line.tableRow;
        if (!fresh && line.tableRow) {
            const QRectF &above = blocks.last().lines.last().box;
            fresh = line.box.top() < above.top() || line.box.top() - above.bottom() > 2 * above.height();
        } else if (!fresh) {
            fresh = startsParagraph(words, blocks.last().lines.last(), line, usualGap);
        }
        if (fresh)
            blocks.append(PdfBlock{{}, line.tableRow});
        blocks.last().lines.append(line);
    }
    return blocks;
}

// The quarter turns most of the page's words read in.
int dominantTurns(const QList<PdfWord> &words)
{
    std::array<int, 4> counts{};
    for (const PdfWord &word : words) {
        if (word.quarterTurns >= 0 && word.quarterTurns < 4)
            ++counts[word.quarterTurns];
    }
    return int(std::ranges::max_element(counts) - counts.begin());
}

// `box` on a page of `size` seen after turning the page back by `turns`
// clockwise quarter turns.
QRectF turnedBack(const QRectF &box, const QSizeF &size, int turns)
{
    switch (turns) {
    case 1: // reads down; the line above lies to the right
        return QRectF(box.top(), size.width() - box.right(), box.height(), box.width());
    case 2:
        return QRectF(size.width() - box.right(), size.height() - box.bottom(), box.width(), box.height());
    case 3: // reads up; the line above lies to the left
        return QRectF(size.height() - box.bottom(), box.left(), box.height(), box.width());
    default:
        return box;
    }
}

} // namespace

PdfPageWords uprightPage(const PdfPageWords &page)
{
    const int turns = dominantTurns(page.words);
    if (turns == 0)
        return page;
    PdfPageWords upright = page;
    if (turns % 2 == 1)
        upright.size.transpose();
    for (PdfWord &word : upright.words) {
        word.box = turnedBack(word.box, page.size, turns);
        word.quarterTurns = word.quarterTurns < 0 ? -1 : (word.quarterTurns - turns + 4) % 4;
    }
    return upright;
}

QList<QList<PdfBlock>> layOutPdfPages(const QList<PdfPageWords> &displayed)
{
    QList<PdfPageWords> pages;
    pages.reserve(displayed.size());
    for (const PdfPageWords &page : displayed)
        pages.append(uprightPage(page));
    QList<QList<Row>> rows;
    rows.reserve(pages.size());
    for (const PdfPageWords &page : pages)
        rows.append(groupRows(page.words));
    const QList<QList<bool>> running = runningLines(pages, rows);
    QList<QList<PdfBlock>> laidOut;
    laidOut.reserve(pages.size());
    for (qsizetype page = 0; page < pages.size(); ++page) {
        QList<Row> kept;
        for (qsizetype row = 0; row < rows[page].size(); ++row) {
            if (!running[page][row])
                kept.append(rows[page][row]);
        }
        QList<PdfLine> lines = readingOrder(pages[page].words, kept);
        markTableRows(pages[page].words, lines);
        laidOut.append(blocksOf(pages[page].words, lines));
    }
    return laidOut;
}

} // namespace Claimbench
