#include "ui/reader/articletextedit.h"

#include <QEvent>
#include <QScrollBar>

#include <algorithm>

namespace Claimbench {

namespace {
// The least white space beside the text, so it never touches the frame.
constexpr int MinimumSideMargin = 16;
}

ArticleTextEdit::ArticleTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setFrameShape(QFrame::NoFrame);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    document()->setDocumentMargin(12);
    // The margins beside the column are outside the viewport; paint them like
    // the page so the column does not look boxed in.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void ArticleTextEdit::setMeasure(int characters)
{
    m_measure = std::max(20, characters);
    updateColumn();
}

void ArticleTextEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateColumn();
}

void ArticleTextEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateColumn();
}

void ArticleTextEdit::updateColumn()
{
    const int documentMargin = int(document()->documentMargin());
    const int column = fontMetrics().averageCharWidth() * m_measure + 2 * documentMargin;
    const int full = width() - 2 * frameWidth();
    // The vertical scroll bar takes room at the right edge only when it shows;
    // reserving it always keeps the text from jumping sideways when it does.
    const int scrollBar = verticalScrollBar()->sizeHint().width();
    const int left = std::max(MinimumSideMargin, (full - column) / 2);
    const int right = std::max(MinimumSideMargin, full - left - column - scrollBar);
    const QMargins margins(left, 0, right, 0);
    if (margins == m_margins)
        return;
    m_margins = margins;
    setViewportMargins(margins);
    Q_EMIT textColumnChanged(frameWidth() + left + documentMargin,
                             frameWidth() + right + scrollBar + documentMargin);
}

} // namespace Claimbench
