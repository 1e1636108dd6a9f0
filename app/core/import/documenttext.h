#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Claimbench {

// Assembles the body of a word-processor document (DOCX, ODT) as its
// parser walks it: paragraphs separated by a blank line, a table as one
// line per row with its cells separated by a tab, and the notes after the
// text, after a blank line, one line each. Paragraphs, tables and notes may
// nest as the formats allow (a note inside a paragraph, a table inside a
// cell); an inner table's rows join its cell with spaces. Empty paragraphs
// are left out.
class DocumentText
{
public:
    void beginParagraph();
    // Appends to the innermost open paragraph; ignored outside one.
    void append(QStringView text);
    void endParagraph();

    void beginTable();
    void beginRow();
    void beginCell();
    void endCell();
    void endRow();
    void endTable();

    // The paragraphs until endNote() form one note's text, which endNote
    // returns instead of keeping it.
    void beginNote();
    QString endNote();
    // Lists a note after the text: "marker text".
    void addNote(const QString &marker, const QString &text);

    QString text() const;

private:
    enum class Sink { Body, Cell, Note };
    struct Table
    {
        QStringList rows;
        QStringList cells;
        QString cell;
    };
    void deliver(const QString &text);

    QStringList m_open;                    // open paragraphs, innermost last
    QList<Sink> m_sinks{Sink::Body};
    QList<Table> m_tables;
    QStringList m_noteTexts;               // open notes, innermost last
    QStringList m_blocks;
    QStringList m_notes;
};

} // namespace Claimbench
