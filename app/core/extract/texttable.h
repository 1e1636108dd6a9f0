#pragma once

#include "core/extract/sentencesplitter.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Claimbench {

// What a table laid out in plain text says about one of its cells: rows of
// figures under a header row ("Province   Dead   Missing"), their cells in
// columns of characters or between tabs, as statistics releases and toll
// reports print them.
struct TableCell
{
    // The words of the header lines over the cell's column, top to bottom.
    QString header;
    // What the header says the column counts: a unit in brackets, "%", else
    // its head noun in lower case ("dead", "cases", "deaths/day"); empty
    // when it says nothing.
    QString unit;
    // What the column counts per ("Per pupil rate", "Deaths per day"):
    // "pupil", "day"; or empty.
    QString per;
    // Who the row's figures come from: its cell in a "Source" column, else
    // what a line beside the table names ("Source: X", "figures from X"); or
    // empty.
    QString source;
};

// The tables of a plain text, found on demand: cellAt() reads the lines
// around the span it is asked about and keeps the last table it found, so a
// text costs one pass over its table lines however many cells are asked
// about, and nothing where no figure is. Offsets are UTF-16 indices into the text (0-based, end exclusive).
// The text must outlive the object; not for use on several threads at once.
class TextTables
{
public:
    explicit TextTables(QStringView text);

    // The cell that holds text[start, end) when that span is a number in a
    // row under a table's header, outside the row's label; nullopt otherwise.
    // `line` is the line that holds the span, without its line break.
    std::optional<TableCell> cellAt(TextSpan line, qsizetype start, qsizetype end);

private:
    // What the lines above a row say about it.
    struct RowContext
    {
        qsizetype row = -1;         // the row's line start
        qsizetype headerStart = -1; // the header lines are text[headerStart, headerEnd); -1 when none
        qsizetype headerEnd = -1;
        QString sectionUnit;        // the unit a heading above the row names in brackets ("TEMPERATURE (F)")
        QString source;
    };
    RowContext contextOf(qsizetype row);
    QString sourceAround(qsizetype headerStart, qsizetype headerEnd) const;
    void readHeader();
    QString sourceColumn(QStringView row, const QList<TextSpan> &rowCells) const;

    QStringView m_text;
    RowContext m_last;          // of the last row asked about: the next row of its table climbs only to it
    qsizetype m_plainLine = -1; // the last line found to be no table row
    QList<TextSpan> m_rowCells; // of m_last.row
    bool m_rowTabs = false;     // of m_last.row
    QString m_rowSource;        // of m_last.row, from a source column
    TextSpan m_sourceHeader{-1, -1}; // the header lines sourceAround() last read around
    QString m_sourceOfHeader;        // what it found there

    // The header lines of m_last (its rules left out) with their cells,
    // read once per table, and where in them a "Source" column is headed.
    struct HeaderLine
    {
        QStringView text;
        QList<TextSpan> cells;
        bool tabs = false;
    };
    qsizetype m_headerStart = -1; // the header m_header holds
    QList<HeaderLine> m_header;
    qsizetype m_sourceLine = -1;  // index in m_header, or -1
    TextSpan m_sourceWord;
};

} // namespace Claimbench
