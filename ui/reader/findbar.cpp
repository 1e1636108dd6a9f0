#include "ui/reader/findbar.h"

#include "ui/reader/articletextedit.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTextCursor>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Claimbench {

FindBar::FindBar(ArticleTextEdit *text, QWidget *parent)
    : QWidget(parent)
    , m_text(text)
    , m_field(new QLineEdit(this))
    , m_count(new QLabel(this))
{
    m_field->setObjectName(u"findField"_s);
    m_field->setPlaceholderText(tr("Find in article"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_count->setObjectName(u"findCount"_s);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    const auto makeButton = [this](const QString &icon, const QString &fallback, const QString &tip) {
        auto *button = new QToolButton(this);
        button->setIcon(QIcon::fromTheme(icon));
        if (button->icon().isNull())
            button->setText(fallback);
        button->setToolTip(tip);
        button->setAutoRaise(true);
        return button;
    };
    QToolButton *previous = makeButton(u"go-up"_s, u"▲"_s, tr("Previous match (Shift+F3)"));
    QToolButton *next = makeButton(u"go-down"_s, u"▼"_s, tr("Next match (F3)"));
    QToolButton *close = makeButton(u"window-close"_s, u"✕"_s, tr("Close (Esc)"));
    previous->setObjectName(u"findPrevious"_s);
    next->setObjectName(u"findNext"_s);
    close->setObjectName(u"findClose"_s);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_count);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(close);

    connect(m_field, &QLineEdit::textChanged, this, &FindBar::search);
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_text->setFocus(Qt::OtherFocusReason);
    });
    hide();
}

void FindBar::open()
{
    const QString selected = m_text->selectedArticleText();
    // A selection within one line is a query.
    const bool oneLine = std::none_of(selected.begin(), selected.end(), [](QChar c) {
        return c == u'\n' || c == u'\r' || c == QChar::ParagraphSeparator;
    });
    if (!selected.isEmpty() && selected.size() < 100 && oneLine)
        m_field->setText(selected);
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void FindBar::textReplaced()
{
    search();
}

void FindBar::search()
{
    m_matches.clear();
    m_current = -1;
    const QString query = m_field->text();
    if (!query.isEmpty()) {
        // Offsets in the stored body are positions in the document.
        const QString &text = m_text->articleText();
        for (qsizetype at = text.indexOf(query, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(query, at + query.size(), Qt::CaseInsensitive))
            m_matches.append(int(at));
    }
    if (!m_matches.isEmpty()) {
        // The first match at or after the caret, as a reader expects.
        const int caret = m_text->textCursor().selectionStart();
        const auto first = std::lower_bound(m_matches.begin(), m_matches.end(), caret);
        select(first == m_matches.end() ? 0 : int(first - m_matches.begin()));
    }
    updateCount();
}

void FindBar::findNext()
{
    if (m_matches.isEmpty())
        return;
    select((m_current + 1) % int(m_matches.size()));
    updateCount();
}

void FindBar::findPrevious()
{
    if (m_matches.isEmpty())
        return;
    select((m_current - 1 + int(m_matches.size())) % int(m_matches.size()));
    updateCount();
}

void FindBar::select(int index)
{
    m_current = index;
    QTextCursor cursor(m_text->document());
    cursor.setPosition(m_matches.at(index));
    cursor.setPosition(m_matches.at(index) + int(m_field->text().size()), QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->centerCursor();
}

void FindBar::updateCount()
{
    if (m_field->text().isEmpty())
        m_count->clear();
    else if (m_matches.isEmpty())
        m_count->setText(tr("No matches"));
    else
        m_count->setText(tr("%1 of %2").arg(m_current + 1).arg(m_matches.size()));
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            hide();
            m_text->setFocus(Qt::OtherFocusReason);
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Claimbench
