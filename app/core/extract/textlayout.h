#pragma once

#include "core/extract/sentencesplitter.h"
#include "core/extract/textlines.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Claimbench {

// The line structure of a plain text: which of its line breaks are soft (a
// space inside a paragraph hard-wrapped by e-mail, a wire service, a
// terminal or a PDF) and which end a paragraph, a list item, a table row, a
// speaker's turn or a heading. Decided from the text alone: a text is
// hard-wrapped when most lines that another line follows end within a
// narrow band below one width (the wrap width) and few lines pass it. A text
// with one paragraph per line, as web pages and news feeds give, has none of
// that evidence and keeps every break.
//
// Offsets are UTF-16 indices into the text (0-based, end exclusive). A line
// break is LF, CR LF, a lone CR (old Mac files), NEL, U+2028, a form feed or
// U+2029; the last two always end a paragraph. The layout keeps a view of
// the text: the text must outlive it.
class TextLayout
{
public:
    explicit TextLayout(QStringView text);

    // The width hard-wrapped lines break at, in UTF-16 units; 0 when the
    // text is not hard-wrapped (then it has no soft break).
    int wrapWidth() const { return m_wrapWidth; }
    bool hasSoftBreaks() const { return !m_softBreaks.isEmpty(); }

    // The text as the extractor reads it: the same length, every soft break
    // (its CR and LF) a space and every other line break LF (CR LF stays), so
    // that offsets into it index the text and the extractor's lines are its
    // lines. A view of the text itself when it is read as it is; else of a
    // copy the layout owns.
    QStringView reading() const { return m_reading.isNull() ? m_text : QStringView(m_reading); }
    bool readsTextAsIs() const { return m_reading.isNull(); }

    // The reading with every soft break exactly one space, whatever its
    // characters: CR LF, blanks ending a line, blanks or tabs opening the
    // next. The number parser joins "1.2 million" across one space only and
    // tables take two for a cell gap, so a break of more characters must not
    // read as more spaces. The reading itself (same offsets as the text) when
    // every soft break is one character, as in LF-wrapped text; else a
    // shorter copy whose offsets textOffset() maps back.
    QStringView compactReading() const { return m_compact.isNull() ? reading() : QStringView(m_compact); }
    bool compacts() const { return !m_compact.isNull(); }
    // The text's offset of an offset into compactReading() (0 to its size):
    // a character's own offset; the space of a soft break maps to the
    // break's first character (the end of its line's words).
    qsizetype textOffset(qsizetype compactOffset) const;

    // The paragraphs: the spans between hard breaks that hold more than
    // white space, a soft break inside a span, the break itself outside.
    QList<TextSpan> paragraphs() const;

private:
    // Builds the compact reading from the reading, each of `breaks` (soft
    // breaks of more than one character, in text order) one space.
    void compact(const QList<TextSpan> &breaks);

    QStringView m_text;
    int m_wrapWidth = 0;
    QList<qsizetype> m_softBreaks; // index of the LF of each soft break
    QString m_reading;
    // Compact offsets from `from` on are `by` less than the text's.
    struct Shift
    {
        qsizetype from = 0;
        qsizetype by = 0;
    };
    QString m_compact;
    QList<Shift> m_shifts; // by `from`, one per soft break of more than one character
};

// TextLayout(text).paragraphs(): for a caller that extracts one paragraph at
// a time (the reader, the claim drafter) and wants a hard-wrapped paragraph
// whole. Extract from the same span of TextLayout::reading(), so that a
// break inside it reads as a space.
QList<TextSpan> paragraphs(QStringView text);

namespace TextLines {

// A line (no line break in it) that lays out cells: two or more spaces or a
// tab between two of its words (not the two spaces some writers put after a
// full stop), or mostly numbers ("12.5   3.4  -0.2").
bool isTableRow(QStringView line);

// A word of digits and the signs around them: "1,203", "-0.2", "(4%)".
bool isNumericToken(QStringView token);

// The column where the text of a list item starts ("- ", "* ", "• ",
// "1. ", "2) ", "(a) " at the line's indentation), or -1 when the line is
// no list item.
qsizetype listItemTextColumn(QStringView line);

} // namespace TextLines

} // namespace Claimbench
