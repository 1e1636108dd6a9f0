#include "ui/reader/articletextedit.h"

#include <QEvent>
#include <QTextCursor>
#include <QTextFrame>

#include <algorithm>

namespace Claimbench {

namespace {
// The least white space beside the text, so it never touches the edges.
constexpr int MinimumSideMargin = 16;
// Above the first line and below the last.
constexpr int VerticalMargin = 12;
// Body text reads better with some air between lines.
constexpr int LineHeightPercent = 135;
}

ArticleTextEdit::ArticleTextEdit(QWidget *parent)
    : QTextEdit(parent)
{
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setAcceptRichText(false);
    setFrameShape(QFrame::NoFrame);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    document()->setDocumentMargin(VerticalMargin);
}

void ArticleTextEdit::setArticleText(const QString &text)
{
    setPlainText(text);
    // Block formats add spacing only: the characters, and so the positions
    // claims index, stay exactly the given text.
    QTextBlockFormat spacing;
    spacing.setLineHeight(LineHeightPercent, QTextBlockFormat::ProportionalHeight);
    QTextCursor all(document());
    all.select(QTextCursor::Document);
    all.mergeBlockFormat(spacing);
}

void ArticleTextEdit::setMeasure(int characters)
{
    m_measure = std::max(20, characters);
    updateColumn();
}

void ArticleTextEdit::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    updateColumn();
}

void ArticleTextEdit::changeEvent(QEvent *event)
{
    QTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateColumn();
}

void ArticleTextEdit::updateColumn()
{
    // The frame's side margins replace the document margin on those sides.
    const int column = fontMetrics().averageCharWidth() * m_measure;
    const int side = std::max(MinimumSideMargin, (viewport()->width() - column) / 2);
    if (side != m_sideMargin) {
        m_sideMargin = side;
        QTextFrameFormat format = document()->rootFrame()->frameFormat();
        format.setLeftMargin(side);
        format.setRightMargin(side);
        document()->rootFrame()->setFrameFormat(format);
    }
    const int left = viewport()->x() + side;
    const int right = width() - viewport()->geometry().right() - 1 + side;
    Q_EMIT textColumnChanged(left, right);
}

} // namespace Claimbench
