#include "core/extract/texttable.h"

#include "core/domain/monthnames.h"
#include "core/extract/textlayout.h"
#include "core/extract/textlines.h"
#include "core/extract/textscan.h"
#include "core/extract/unitdetector.h"

#include <QList>

#include <algorithm>
#include <array>

#include <string_view>

namespace Claimbench {

using namespace std::string_view_literals;
using namespace Qt::StringLiterals;

namespace {

constexpr int kClimb = 40; // lines between a row and its header: headings, other rows
constexpr int kTableLines = 400;
constexpr int kSourceLinesAround = 2;
constexpr qsizetype kHeadingWidth = 60; // a heading among a table's rows ("TEMPERATURE (F)", "Source: X")
constexpr qsizetype kCaptionWidth = 120; // a caption or note beside a table, not a paragraph

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

qsizetype lineEnd(QStringView text, qsizetype lineStart)
{
    qsizetype end = text.indexOf(u'\n', lineStart);
    if (end < 0)
        end = text.size();
    if (end > lineStart && text[end - 1] == u'\r')
        --end;
    return end;
}

QStringView lineAt(QStringView text, qsizetype lineStart)
{
    return text.mid(lineStart, lineEnd(text, lineStart) - lineStart);
}

// The start of the line after (before) the one that starts at `lineStart`,
// or -1 at the end (start) of the text.
qsizetype nextLine(QStringView text, qsizetype lineStart)
{
    const qsizetype lf = text.indexOf(u'\n', lineStart);
    return lf < 0 ? -1 : lf + 1;
}

qsizetype previousLine(QStringView text, qsizetype lineStart)
{
    if (lineStart == 0)
        return -1;
    return lineStart == 1 ? 0 : text.lastIndexOf(u'\n', lineStart - 2) + 1;
}

bool isBlankLine(QStringView line)
{
    return std::ranges::all_of(line, [](QChar c) { return isBlank(c) || c == u'\r'; });
}

// "------   -----", "=====", "+----+----+", "..........": rules under a
// header or a table.
bool isRule(QStringView line)
{
    qsizetype marks = 0;
    for (QChar c : line) {
        if (c == u'-' || c == u'=' || c == u'_' || c == u'\u2500' || c == u'.')
            ++marks;
        else if (!(isBlank(c) || c == u'+' || c == u'|'))
            return false;
    }
    return marks >= 3;
}

// Whether two blanks or a tab stand near line[start, end): a number in a
// cell has a cell's edge beside it. A test of a few characters per figure
// that spares the reading of a paragraph of prose.
bool cellGapNear(QStringView line, qsizetype start, qsizetype end)
{
    constexpr qsizetype kReach = 40;
    const qsizetype to = std::min(line.size() - 1, end + kReach);
    for (qsizetype i = std::max<qsizetype>(0, start - kReach); i < to; ++i)
        if (line[i] == u'\t' || (line[i] == u' ' && isBlank(line[i + 1])))
            return true;
    return false;
}

// A number in the line beside a year: "2023   2024" heads columns.
bool holdsFigure(QStringView line)
{
    for (qsizetype i = 0; i < line.size();) {
        while (i < line.size() && isBlank(line[i]))
            ++i;
        const qsizetype start = i;
        while (i < line.size() && !isBlank(line[i]))
            ++i;
        const QStringView token = line.mid(start, i - start);
        if (!TextLines::isNumericToken(token))
            continue;
        bool year = false;
        const int value = token.toInt(&year);
        if (!(year && token.size() == 4 && value >= 1800 && value <= 2100))
            return true;
    }
    return false;
}

// The cells of a table line: runs of words that one space joins, split by
// a tab or two or more blanks. Offsets into the line.
QList<TextSpan> cellsOf(QStringView line)
{
    QList<TextSpan> cells;
    qsizetype i = 0;
    while (i < line.size()) {
        while (i < line.size() && isBlank(line[i]))
            ++i;
        if (i == line.size())
            break;
        TextSpan cell{i, i};
        while (i < line.size()) {
            while (i < line.size() && !isBlank(line[i]))
                ++i;
            cell.end = i;
            if (i + 1 < line.size() && line[i] == u' ' && !isBlank(line[i + 1]))
                ++i;
            else
                break;
        }
        cells.append(cell);
    }
    return cells;
}

qsizetype cellIndexAt(const QList<TextSpan> &cells, qsizetype pos)
{
    // The cells are in order: a row of thousands of them is searched, not walked.
    const auto c = std::partition_point(cells.cbegin(), cells.cend(), [pos](const TextSpan &t) { return t.end <= pos; });
    if (c != cells.cend())
        return pos >= c->start ? c - cells.cbegin() : -1;
    return -1;
}

// The header cell over the figure at [start, end) of a row: by position
// among tab-separated cells when both lines count them alike (the header
// may leave out the row labels' column), else by the characters above the
// figure, else the nearest header cell within a few columns.
TextSpan headerCellOver(const QList<TextSpan> &cells, bool tabs, const QList<TextSpan> &rowCells, qsizetype cell,
                        qsizetype start, qsizetype end)
{
    if (tabs) {
        const qsizetype shift = rowCells.size() - cells.size();
        if ((shift == 0 || shift == 1) && cell - shift >= 0)
            return cells[cell - shift];
    }
    constexpr qsizetype kNearest = 3;
    TextSpan best{-1, -1};
    qsizetype bestOverlap = 0;
    qsizetype bestGap = kNearest + 1;
    // The cells are in order: only those near the figure can be over it.
    auto c = std::partition_point(cells.cbegin(), cells.cend(),
                                  [&](const TextSpan &t) { return t.end <= start - kNearest; });
    for (; c != cells.cend() && c->start < end + kNearest; ++c) {
        const qsizetype overlap = std::min(c->end, end) - std::max(c->start, start);
        const qsizetype gap = -overlap;
        if (overlap > bestOverlap || (bestOverlap == 0 && overlap <= 0 && gap < bestGap)) {
            best = *c;
            bestOverlap = std::max<qsizetype>(overlap, 0);
            bestGap = overlap > 0 ? 0 : gap;
        }
    }
    return best;
}

// A unit of measure a heading names in brackets: "(%)", "(percent)",
// "(F)" (degrees: a table's one-letter temperature scale), "(IN)", "(km)".
QString bracketedUnit(QStringView line)
{
    for (qsizetype open = line.indexOf(u'('); open >= 0; open = line.indexOf(u'(', open + 1)) {
        const qsizetype close = line.indexOf(u')', open);
        if (close < 0)
            break;
        const QStringView inside = line.mid(open + 1, close - open - 1).trimmed();
        if (inside == u"%" || TextScan::equalsLower(inside, u"percent") || TextScan::equalsLower(inside, u"per cent"))
            return QStringLiteral("%");
        if (inside == u"F" || inside == u"\u00b0F")
            return QStringLiteral("\u00b0F");
        if (inside == u"C" || inside == u"\u00b0C")
            return QStringLiteral("\u00b0C");
        const QString lower = inside.toString().toLower();
        if (const auto m = UnitDetector::measureAt(lower, 0, false); m && m->end == lower.size())
            return m->unit;
    }
    return {};
}

// The word after "per" among a header's lower-case words, or empty.
QString perOf(const QStringList &words)
{
    const qsizetype at = words.indexOf(u"per"_s);
    return at >= 0 && at + 1 < words.size() ? words[at + 1] : QString();
}

// What a column header says its cells count: a unit in brackets, "%" for a
// percentage, else the head noun of its words outside brackets ("Missing
// persons" -> persons, "Number of deaths" -> deaths); `section` (a unit a
// heading above the row names) before the head noun.
QString unitOfHeader(const QString &header, const QString &section)
{
    if (QString unit = bracketedUnit(header); !unit.isEmpty())
        return unit;
    const QString lower = header.toLower();
    if (lower.contains(u'%') || lower.contains(u"percent") || lower.contains(u"per cent"))
        return QStringLiteral("%");
    if (!section.isEmpty())
        return section;
    QString words;
    int depth = 0;
    for (QChar c : lower) {
        depth += c == u'(' ? 1 : c == u')' ? -1 : 0;
        if (depth == 0 && c != u')')
            words += TextScan::isLetter(c) || c == u'\'' ? c : QChar(u' ');
    }
    QStringList list = words.split(u' ', Qt::SkipEmptyParts);
    const QString per = perOf(list);
    if (const qsizetype at = list.indexOf(u"per"_s); at >= 0)
        list.resize(at);
    if (list.isEmpty())
        return {};
    const QString head = list.constLast();
    // Words that name a column's role or period ("Jan. 2012", "Year to
    // date"), not what it counts.
    if (TextScan::inList(head, {u"total"sv, u"number"sv, u"count"sv, u"value"sv, u"amount"sv, u"change"sv,
                                u"no"sv, u"figure"sv, u"figures"sv, u"estimate"sv, u"rate"sv, u"year"sv,
                                u"years"sv, u"quarter"sv, u"month"sv, u"week"sv, u"date"sv, u"period"sv})
        || std::ranges::any_of(kMonthNames, [&](const MonthName &m) { return TextScan::equalsLower(head, m.text); })
        || UnitDetector::isTimeZone(head))
        return {};
    return per.isEmpty() ? head : head + u'/' + per;
}

// "Start Time:      03:38 PM CST", "Rating:    EF2": a field's label and its
// one value, as storm surveys, incident reports and forms print a record a
// line; the value belongs to its label, never to a column under it.
bool isRecordLine(QStringView line)
{
    const auto label = TextLines::labelAt(line, TextLines::LabelKind::Field);
    if (!label || !label->blankAfter)
        return false;
    const QList<TextSpan> cells = cellsOf(line);
    return cells.size() == 2 && cells.front().end == label->colon + 1;
}

// Whether text[at - marker.size() + 1, at] is `marker` (in lower case) as
// Qt::CaseInsensitive compares: by simple case folding.
bool markerEndsAt(QStringView text, qsizetype at, std::u16string_view marker)
{
    const qsizetype start = at + 1 - qsizetype(marker.size());
    if (start < 0)
        return false;
    for (qsizetype k = qsizetype(marker.size()) - 1; k >= 0; --k) {
        const char16_t c = text[start + k].unicode();
        const char32_t folded = c < 128 ? (c >= u'A' && c <= u'Z' ? c + 32 : c) : QChar::toCaseFolded(char32_t(c));
        if (folded != marker[size_t(k)])
            return false;
    }
    return true;
}

// Who a line says a table's figures come from: "Source: X", "Sources: X",
// "Figures from X", "Data from X", "according to X", "compiled by X"; X runs
// to a comma, semicolon, bracket, colon or the end of the line.
QString sourceIn(QStringView line)
{
    static constexpr std::u16string_view kMarkers[] = {u"sources:"sv, u"source:"sv, u"figures from "sv,
                                                       u"data from "sv, u"according to "sv, u"compiled by "sv};
    // Where each marker first stands, as line.indexOf(marker, 0,
    // Qt::CaseInsensitive) finds it: every marker ends with ':' or ' ',
    // which nothing else folds to, so one pass compares only there where a
    // search per marker would fold and hash every character six times.
    std::array<qsizetype, std::size(kMarkers)> first;
    first.fill(-1);
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] != u':' && line[i] != u' ')
            continue;
        for (size_t m = 0; m < std::size(kMarkers); ++m)
            if (first[m] < 0 && kMarkers[m].back() == line[i] && markerEndsAt(line, i, kMarkers[m]))
                first[m] = i + 1 - qsizetype(kMarkers[m].size());
    }
    for (size_t m = 0; m < std::size(kMarkers); ++m) {
        const std::u16string_view marker = kMarkers[m];
        const qsizetype at = first[m];
        if (at < 0)
            continue;
        qsizetype s = TextScan::skipSpaces(line, at + qsizetype(marker.size()));
        qsizetype e = s;
        while (e < line.size() && line[e] != u',' && line[e] != u';' && line[e] != u'(' && line[e] != u':')
            ++e;
        QStringView name = line.mid(s, e - s).trimmed();
        if (name.endsWith(u'.'))
            name.chop(1);
        if (!name.isEmpty() && name.size() <= 100)
            return name.toString();
    }
    return {};
}

} // namespace

TextTables::TextTables(QStringView text)
    : m_text(text)
{
}

TextTables::RowContext TextTables::contextOf(qsizetype row)
{
    RowContext c;
    c.row = row;
    bool sectionSeen = false;
    int blanks = 0;
    qsizetype p = previousLine(m_text, row);
    for (int steps = 0; p >= 0 && steps < kClimb; p = previousLine(m_text, p), ++steps) {
        if (p == m_last.row) { // a row of the same table, asked about before
            if (!sectionSeen)
                c.sectionUnit = m_last.sectionUnit;
            c.headerStart = m_last.headerStart;
            c.headerEnd = m_last.headerEnd;
            c.source = m_last.source;
            return c;
        }
        const QStringView line = lineAt(m_text, p);
        if (isBlankLine(line)) {
            if (++blanks > 1)
                break;
            continue;
        }
        blanks = 0;
        if (isRule(line))
            continue;
        const bool figures = holdsFigure(line);
        const bool cells = TextLines::isTableRow(line);
        if (!figures && cells && isRecordLine(line))
            return c; // a record above the row: a form's line, under no header
        if (!figures && cells)
            break; // the header's lowest row of cells
        if (figures && !cells)
            return c; // prose: the row has no header
        if (!figures && !sectionSeen) {
            c.sectionUnit = bracketedUnit(line);
            sectionSeen = !c.sectionUnit.isEmpty();
        }
    }
    if (p < 0 || blanks > 1 || !TextLines::isTableRow(lineAt(m_text, p)) || holdsFigure(lineAt(m_text, p)))
        return c;
    // The header: that row with the lines of words just above and below it
    // (a header of two lines, a word floated over its column).
    const auto isHeaderLine = [&](qsizetype q) {
        const QStringView line = lineAt(m_text, q);
        return !isBlankLine(line) && !isRule(line) && !holdsFigure(line)
            && (TextLines::isTableRow(line) || isBlank(line.front()));
    };
    c.headerStart = p;
    for (qsizetype q = previousLine(m_text, p); q >= 0 && isHeaderLine(q); q = previousLine(m_text, q))
        c.headerStart = q;
    qsizetype below = nextLine(m_text, p);
    while (below >= 0 && below < row && isHeaderLine(below))
        below = nextLine(m_text, below);
    c.headerEnd = below < 0 ? m_text.size() : below;
    // The rows of one table under rows without figures find the same header.
    if (c.headerStart != m_sourceHeader.start || c.headerEnd != m_sourceHeader.end) {
        m_sourceHeader = {c.headerStart, c.headerEnd};
        m_sourceOfHeader = sourceAround(c.headerStart, c.headerEnd);
    }
    c.source = m_sourceOfHeader;
    return c;
}

// The source a line names in a table's header, among its rows and headings,
// or in a caption or note just above or below it (one blank line may stand
// between); a paragraph of prose beside a table speaks of more than it.
QString TextTables::sourceAround(qsizetype headerStart, qsizetype headerEnd) const
{
    const auto isHeading = [](QStringView line) {
        return line.trimmed().size() <= kHeadingWidth && !holdsFigure(line);
    };
    QString source;
    const auto lookFor = [&](qsizetype from, auto step) {
        int blanks = 0;
        int lines = 0;
        for (qsizetype p = from; p >= 0 && lines < kSourceLinesAround && source.isEmpty(); p = step(m_text, p)) {
            const QStringView line = lineAt(m_text, p);
            if (isBlankLine(line)) {
                if (++blanks > 1)
                    break;
                continue;
            }
            if (line.trimmed().size() > kCaptionWidth)
                break;
            ++lines;
            source = sourceIn(line);
        }
    };
    qsizetype p = headerStart;
    int blanks = 0;
    for (int k = 0; p >= 0 && k < kTableLines && source.isEmpty(); p = nextLine(m_text, p), ++k) {
        const QStringView line = lineAt(m_text, p);
        if (isBlankLine(line)) {
            if (++blanks > 1)
                break;
            continue;
        }
        blanks = 0;
        if (p >= headerEnd && !TextLines::isTableRow(line) && !isRule(line) && !isHeading(line))
            break; // the table has ended
        source = sourceIn(line);
    }
    if (source.isEmpty() && p >= 0)
        lookFor(p, nextLine);
    if (source.isEmpty())
        lookFor(previousLine(m_text, headerStart), previousLine);
    return source;
}

// The header lines of m_last, their cells, and the word that heads a
// "Source" column of its own (not "Energy source").
void TextTables::readHeader()
{
    m_headerStart = m_last.headerStart;
    m_header.clear();
    m_sourceLine = -1;
    for (qsizetype p = m_last.headerStart; p >= 0 && p < m_last.headerEnd; p = nextLine(m_text, p)) {
        const QStringView header = lineAt(m_text, p);
        if (isRule(header))
            continue;
        m_header.append({header, cellsOf(header), header.contains(u'\t')});
        for (qsizetype i = 0; i < header.size() && m_sourceLine < 0;) {
            while (i < header.size() && !TextScan::isLetter(header[i]))
                ++i;
            const qsizetype start = i;
            i = TextScan::wordEnd(header, i);
            const QStringView word = header.mid(start, i - start);
            if ((TextScan::equalsLower(word, u"source") || TextScan::equalsLower(word, u"sources"))
                && !(start >= 2 && header[start - 1] == u' ' && TextScan::isLetter(header[start - 2]))) {
                m_sourceLine = m_header.size() - 1;
                m_sourceWord = {start, i};
            }
        }
    }
}

// The row's cell in the "Source" column, if the table has one: "Health
// Ministry", "Dept of Highways".
QString TextTables::sourceColumn(QStringView row, const QList<TextSpan> &rowCells) const
{
    if (m_sourceLine < 0)
        return {};
    const HeaderLine &header = m_header[m_sourceLine];
    TextSpan cell{-1, -1};
    if (header.tabs && m_rowTabs) {
        const qsizetype shift = rowCells.size() - header.cells.size();
        const qsizetype at = cellIndexAt(header.cells, m_sourceWord.start);
        if (at >= 0 && (shift == 0 || shift == 1))
            cell = rowCells[at + shift];
    } else {
        const auto under = std::ranges::find_if(rowCells, [&](const TextSpan &c) {
            return std::min(c.end, m_sourceWord.end) > std::max(c.start, m_sourceWord.start);
        });
        if (under != rowCells.cend())
            cell = *under;
    }
    return cell.start < 0 ? QString() : row.mid(cell.start, cell.end - cell.start).toString();
}

std::optional<TableCell> TextTables::cellAt(TextSpan line, qsizetype start, qsizetype end)
{
    if (line.start == m_plainLine)
        return std::nullopt;
    const QStringView row = m_text.mid(line.start, line.end - line.start);
    if (line.start != m_last.row) {
        if (!cellGapNear(row, start - line.start, end - line.start))
            return std::nullopt;
        if (!TextLines::isTableRow(row)) {
            m_plainLine = line.start;
            return std::nullopt;
        }
        m_last = contextOf(line.start);
        if (m_last.headerStart != m_headerStart)
            readHeader();
        m_rowCells = cellsOf(row);
        m_rowTabs = row.contains(u'\t');
        m_rowSource = sourceColumn(row, m_rowCells);
    }
    if (m_last.headerStart < 0)
        return std::nullopt;
    const QList<TextSpan> &rowCells = m_rowCells;
    const qsizetype cell = cellIndexAt(rowCells, start - line.start);
    if (cell < 0)
        return std::nullopt;
    const TextSpan &span = rowCells[cell];
    if (cell == 0 && std::ranges::any_of(row.mid(span.start, span.end - span.start), TextScan::isLetter))
        return std::nullopt; // the row's label
    TableCell found;
    for (const HeaderLine &header : std::as_const(m_header)) {
        const TextSpan over = headerCellOver(header.cells, header.tabs && m_rowTabs, rowCells, cell, start - line.start,
                                             end - line.start);
        if (over.start < 0)
            continue;
        if (!found.header.isEmpty())
            found.header += u' ';
        found.header += header.text.mid(over.start, over.end - over.start);
    }
    if (found.header.isEmpty())
        return std::nullopt;
    found.unit = unitOfHeader(found.header, m_last.sectionUnit);
    found.per = perOf(found.header.toLower().split(u' ', Qt::SkipEmptyParts));
    found.source = m_rowSource.isEmpty() ? m_last.source : m_rowSource;
    return found;
}

} // namespace Claimbench
