#include "core/extract/textlayout.h"

#include <algorithm>
#include <iterator>
#include <vector>

namespace Claimbench {

namespace {

// Plain-text layout knows spaces and tabs; the rarer Unicode spaces inside a
// line change no column.
bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

struct Line
{
    qsizetype start = 0;
    qsizetype end = 0;    // before its CR LF or LF
    qsizetype width = 0;  // the column after its last non-blank character; 0 for a blank line
    qsizetype indent = 0; // blanks before its first character
    bool table = false;   // set only once the lengths say the text may be wrapped
};

std::vector<Line> linesOf(QStringView text)
{
    std::vector<Line> lines;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype lf = text.indexOf(u'\n', start);
        const qsizetype next = lf < 0 ? text.size() + 1 : lf + 1;
        qsizetype end = lf < 0 ? text.size() : lf;
        if (end > start && text[end - 1] == u'\r')
            --end;
        Line line{start, end};
        qsizetype last = end;
        while (last > start && isBlank(text[last - 1]))
            --last;
        line.width = last - start;
        while (line.indent < line.width && isBlank(text[start + line.indent]))
            ++line.indent;
        lines.push_back(line);
        start = next;
    }
    return lines;
}

bool followedByText(const std::vector<Line> &lines, std::size_t i)
{
    return lines[i].width > 0 && i + 1 < lines.size() && lines[i + 1].width > 0;
}

// The wrap width the line lengths show, or 0. Lines another line follows are
// the candidates: in a hard-wrapped text most of them are full, ending within
// a band below the width (the next word did not fit), and hardly any line is
// longer. One paragraph per line gives lengths spread far and wide.
// `screen`: a first look on the lengths alone, before the lines are read for
// tables, which only rules out texts whose lines are no wrap's.
int wrapWidthOf(const std::vector<Line> &lines, bool screen)
{
    std::vector<qsizetype> widths;
    qsizetype textLines = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].width == 0 || lines[i].table)
            continue;
        ++textLines;
        if (followedByText(lines, i) && !lines[i + 1].table)
            widths.push_back(lines[i].width);
    }
    if (widths.size() < 2)
        return 0;
    std::ranges::sort(widths);
    // Wrapped text has no width of its own beyond a printed page's; a few
    // lines past the width are unbreakable words, addresses, a title.
    const qsizetype width = widths[widths.size() - 1 - widths.size() / 10];
    if (width < 40 || width > 130)
        return 0;
    const qsizetype band = std::max<qsizetype>(8, width / 5);
    const auto full = std::ranges::count_if(widths, [&](qsizetype w) { return w >= width - band && w <= width; });
    qsizetype longer = 0;
    for (const Line &line : lines)
        longer += !line.table && line.width > width + band;
    if (full < 2 || (!screen && (full * 5 < qsizetype(widths.size()) * 3 || longer * 5 > textLines)))
        return 0;
    return int(width);
}

// A heading in capitals; not a line that ends a sentence with an acronym.
bool isCapitalHeading(QStringView line)
{
    if (line.endsWith(u'.') || line.endsWith(u','))
        return false;
    qsizetype letters = 0;
    for (QChar c : line) {
        if (c.isLower())
            return false;
        letters += c.isUpper();
    }
    return letters >= 2;
}

qsizetype firstWordLength(QStringView line)
{
    qsizetype n = 0;
    while (n < line.size() && !isBlank(line[n]))
        ++n;
    return n;
}

// Whether the text indents the lines that continue a paragraph deeper than
// its first (a hanging indent, as some mail clients and RTF or DOCX exports
// write it) rather than its first line deeper than the rest: of the lines
// indented deeper than the line before, more go on at their indent or end
// a paragraph than return to the shallower indent.
bool indentsContinuations(QStringView text, const std::vector<Line> &lines)
{
    qsizetype hanging = 0;
    qsizetype firstLine = 0;
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        const Line &a = lines[i];
        const Line &b = lines[i + 1];
        if (!followedByText(lines, i) || b.indent <= a.indent || a.table || b.table
            || TextLines::listItemTextColumn(text.mid(a.start, a.width)) >= 0)
            continue;
        if (!followedByText(lines, i + 1)) {
            ++hanging;
        } else if (!lines[i + 2].table) {
            hanging += lines[i + 2].indent == b.indent;
            firstLine += lines[i + 2].indent < b.indent;
        }
    }
    return hanging > firstLine;
}

// Whether the break after line a continues its paragraph on line b.
// `hanging`: the text indents continuation lines (indentsContinuations).
bool isSoft(QStringView text, const Line &a, const Line &b, qsizetype width, bool hanging)
{
    if (a.table || b.table)
        return false;
    const QStringView lineA = text.mid(a.start + a.indent, a.width - a.indent);
    const QStringView lineB = text.mid(b.start + b.indent, b.width - b.indent);
    if (TextLines::opensWithLabel(lineB) || TextLines::listItemTextColumn(lineB) >= 0)
        return false;
    if (isCapitalHeading(lineA) || isCapitalHeading(lineB))
        return false;
    // A list item goes on under its text (a hanging indent) or under its
    // marker, or at the text's indent of continuation lines; elsewhere a
    // deeper indent opens a paragraph, a shallower one follows an indented
    // first line (the other way round where the text indents continuations).
    if (const qsizetype itemText = TextLines::listItemTextColumn(lineA); itemText >= 0) {
        if (b.indent != a.indent + itemText && b.indent != a.indent && !(hanging && b.indent > a.indent))
            return false;
    } else if (hanging ? b.indent < a.indent : b.indent > a.indent) {
        return false;
    }
    const qsizetype band = std::max<qsizetype>(8, width / 5);
    return a.width >= width - band || a.width + 1 + firstWordLength(lineB) > width;
}

bool endsParagraph(QChar c)
{
    return c == u'\f' || c == u'\u2029';
}

// LF for every line break other than LF and CR LF, in a copy; a null string
// when there is none. Whole-text scans, so that text without such breaks
// costs no per-character work.
QString withLineFeeds(QStringView text)
{
    const bool other = text.contains(u'\r') || text.contains(u'\f') || text.contains(u'\u0085')
        || text.contains(u'\u2028') || text.contains(u'\u2029');
    if (!other)
        return {};
    QString copy = text.toString();
    for (qsizetype i = 0; i < copy.size(); ++i) {
        const QChar c = copy[i];
        if ((c == u'\r' && (i + 1 == copy.size() || copy[i + 1] != u'\n')) || c == u'\f' || c == u'\u0085'
            || c == u'\u2028' || c == u'\u2029')
            copy[i] = u'\n';
    }
    return copy == text ? QString() : copy;
}

} // namespace

TextLayout::TextLayout(QStringView original)
    : m_text(original)
    , m_reading(withLineFeeds(original))
{
    const QStringView text = reading();
    if (!text.contains(u'\n'))
        return;
    std::vector<Line> lines = linesOf(text);
    if (wrapWidthOf(lines, true) == 0)
        return;
    // The lengths allow a wrap: look at the lines themselves, and measure
    // again without the tables, whose rows are often of one width too.
    for (Line &line : lines)
        line.table = line.width > 0 && TextLines::isTableRow(text.mid(line.start, line.width));
    m_wrapWidth = wrapWidthOf(lines, false);
    if (m_wrapWidth == 0)
        return;
    const bool hanging = indentsContinuations(text, lines);
    // Each soft break from the end of a line's words to the start of the
    // next line's; the longer ones make the compact reading.
    QList<TextSpan> longBreaks;
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        const Line &a = lines[i];
        const Line &b = lines[i + 1];
        if (followedByText(lines, i) && !endsParagraph(original[b.start - 1]) && isSoft(text, a, b, m_wrapWidth, hanging)) {
            m_softBreaks.append(b.start - 1);
            if (b.start + b.indent - (a.start + a.width) > 1)
                longBreaks.append({a.start + a.width, b.start + b.indent});
        }
    }
    if (m_softBreaks.isEmpty())
        return;
    if (m_reading.isNull())
        m_reading = text.toString();
    for (const qsizetype lf : std::as_const(m_softBreaks)) {
        m_reading[lf] = u' ';
        if (lf > 0 && m_reading[lf - 1] == u'\r')
            m_reading[lf - 1] = u' ';
    }
    if (!longBreaks.isEmpty())
        compact(longBreaks);
}

void TextLayout::compact(const QList<TextSpan> &breaks)
{
    const QStringView text = m_reading;
    m_compact.reserve(text.size());
    m_shifts.reserve(breaks.size());
    qsizetype copied = 0;
    for (const TextSpan &b : breaks) {
        m_compact.append(text.sliced(copied, b.start - copied));
        m_compact.append(u' ');
        copied = b.end;
        m_shifts.append({m_compact.size(), copied - m_compact.size()});
    }
    m_compact.append(text.sliced(copied));
}

qsizetype TextLayout::textOffset(qsizetype compactOffset) const
{
    const auto after = std::ranges::upper_bound(m_shifts, compactOffset, {}, &Shift::from);
    return after == m_shifts.cbegin() ? compactOffset : compactOffset + std::prev(after)->by;
}

QList<TextSpan> TextLayout::paragraphs() const
{
    // In the reading every break left is a hard one.
    const QStringView text = reading();
    QList<TextSpan> spans;
    const auto emit = [&](qsizetype start, qsizetype end) {
        for (qsizetype i = start; i < end; ++i)
            if (!text[i].isSpace()) {
                spans.append({start, end});
                return;
            }
    };
    qsizetype start = 0;
    for (qsizetype lf = text.indexOf(u'\n'); lf >= 0; lf = text.indexOf(u'\n', lf + 1)) {
        emit(start, lf > start && text[lf - 1] == u'\r' ? lf - 1 : lf);
        start = lf + 1;
    }
    emit(start, text.size());
    return spans;
}

QList<TextSpan> paragraphs(QStringView text)
{
    return TextLayout(text).paragraphs();
}

namespace TextLines {

bool isNumericToken(QStringView token)
{
    bool digit = false;
    for (QChar c : token) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            digit = true;
        else if (!(u == u',' || u == u'.' || u == u'%' || u == u'-' || u == u'+' || u == u'(' || u == u')'
                   || u == u'$' || u == u'\u2212' || u == u'*'))
            return false;
    }
    return digit;
}

namespace {

// Running prose typed with tabs for spaces ("killed\tnear\tthe\tborder"):
// every cell one word, most of them lower-case words of letters, where a
// table's cells are numbers, names and headings, and a cell of several words
// is a table's label.
bool isProseWithTabs(QStringView line, qsizetype tokens)
{
    if (tokens < 5 || line.contains(u' '))
        return false;
    qsizetype lowerWords = 0;
    bool lower = true;
    bool letters = false;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        if (i == line.size() || isBlank(line[i])) {
            lowerWords += lower && letters;
            lower = true;
            letters = false;
        } else if (line[i].isLower()) {
            letters = true;
        } else if (line[i] != u',' && line[i] != u'.') {
            lower = false;
        }
    }
    return lowerWords * 3 >= tokens * 2;
}

} // namespace

bool isTableRow(QStringView line)
{
    qsizetype first = 0;
    while (first < line.size() && isBlank(line[first]))
        ++first;
    qsizetype last = line.size();
    while (last > first && isBlank(line[last - 1]))
        --last;
    qsizetype tokens = 0;
    qsizetype numbers = 0;
    qsizetype tabs = 0;
    for (qsizetype i = first; i < last;) {
        const qsizetype tokenStart = i;
        while (i < last && !isBlank(line[i]))
            ++i;
        ++tokens;
        numbers += isNumericToken(line.mid(tokenStart, i - tokenStart));
        const qsizetype gapStart = i;
        bool tab = false;
        for (; i < last && isBlank(line[i]); ++i)
            tab = tab || line[i] == u'\t';
        if (i == last)
            break;
        const QChar before = line[gapStart - 1];
        // Two spaces after a full stop or a speaker's label, as typists write.
        const bool sentenceSpacing = i - gapStart == 2
            && (((before == u'.' || before == u'?' || before == u'!') && !line[i].isDigit()) || before == u':');
        if (i - gapStart >= 2 && !tab && !sentenceSpacing)
            return true;
        tabs += tab;
    }
    if (tabs > 0)
        return !isProseWithTabs(line.sliced(first, last - first), tokens);
    return numbers >= 2 && numbers * 2 >= tokens;
}

qsizetype listItemTextColumn(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && isBlank(line[i]))
        ++i;
    if (i == line.size())
        return -1;
    const QChar c = line[i];
    qsizetype markerEnd = -1;
    if (c == u'-' || c == u'*' || c == u'\u2022' || c == u'\u2013' || c == u'\u00b7' || c == u'\u25aa') {
        markerEnd = i + 1;
    } else if (c == u'(' && i + 2 < line.size() && line[i + 2] == u')' && line[i + 1].isLetterOrNumber()) {
        markerEnd = i + 3; // "(a)", "(1)"
    } else {
        qsizetype j = i;
        while (j < line.size() && j - i < 2 && line[j].isDigit())
            ++j;
        if (j == i && line[i].isLower())
            j = i + 1; // "a)", "b."
        if (j > i && j < line.size() && (line[j] == u'.' || line[j] == u')'))
            markerEnd = j + 1;
    }
    if (markerEnd < 0 || markerEnd >= line.size() || !isBlank(line[markerEnd]))
        return -1;
    while (markerEnd < line.size() && isBlank(line[markerEnd]))
        ++markerEnd;
    return markerEnd;
}

} // namespace TextLines

} // namespace Claimbench
