#include "core/import/documenttext.h"

namespace Claimbench {

using namespace Qt::StringLiterals;

namespace {

void appendJoined(QString &to, const QString &text)
{
    if (!to.isEmpty())
        to += u' ';
    to += text;
}

} // namespace

void DocumentText::beginParagraph()
{
    m_open.append(QString());
}

void DocumentText::append(QStringView text)
{
    if (!m_open.isEmpty())
        m_open.last() += text;
}

void DocumentText::endParagraph()
{
    if (m_open.isEmpty())
        return;
    deliver(m_open.takeLast().trimmed());
}

void DocumentText::beginTable()
{
    m_tables.append(Table());
}

void DocumentText::beginRow()
{
    if (!m_tables.isEmpty())
        m_tables.last().cells.clear();
}

void DocumentText::beginCell()
{
    if (m_tables.isEmpty())
        return;
    m_tables.last().cell.clear();
    m_sinks.append(Sink::Cell);
}

void DocumentText::endCell()
{
    if (m_tables.isEmpty() || m_sinks.last() != Sink::Cell)
        return;
    m_sinks.removeLast();
    Table &table = m_tables.last();
    table.cells.append(table.cell);
    table.cell.clear();
}

void DocumentText::endRow()
{
    if (m_tables.isEmpty())
        return;
    Table &table = m_tables.last();
    if (!table.cells.join(QString()).trimmed().isEmpty())
        table.rows.append(table.cells.join(u'\t'));
    table.cells.clear();
}

void DocumentText::endTable()
{
    if (m_tables.isEmpty())
        return;
    deliver(m_tables.takeLast().rows.join(u'\n'));
}

void DocumentText::beginNote()
{
    m_sinks.append(Sink::Note);
    m_noteTexts.append(QString());
}

QString DocumentText::endNote()
{
    if (m_noteTexts.isEmpty() || m_sinks.last() != Sink::Note)
        return {};
    m_sinks.removeLast();
    return m_noteTexts.takeLast();
}

void DocumentText::addNote(const QString &marker, const QString &text)
{
    m_notes.append(marker + u' ' + text.trimmed());
}

void DocumentText::deliver(const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    switch (m_sinks.last()) {
    case Sink::Body:
        m_blocks.append(text);
        break;
    case Sink::Cell: {
        // A cell is one line of its row: an inner table's breaks and tabs become spaces.
        QString flat = text;
        flat.replace(u'\n', u' ').replace(u'\t', u' ');
        appendJoined(m_tables.last().cell, flat);
        break;
    }
    case Sink::Note:
        appendJoined(m_noteTexts.last(), text);
        break;
    }
}

QString DocumentText::text() const
{
    QString text = m_blocks.join(u"\n\n"_s);
    if (!m_notes.isEmpty()) {
        if (!text.isEmpty())
            text += u"\n\n"_s;
        text += m_notes.join(u'\n');
    }
    return text;
}

} // namespace Claimbench
