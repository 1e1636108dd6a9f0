#include "ui/focuscycle.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QScrollArea>
#include <QWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Claimbench {

FocusCycle::FocusCycle(QWidget *window)
    : QObject(window)
    , m_frame(new QFocusFrame(window))
{
    m_frame->setObjectName(u"focusFrame"_s);
    connect(qApp, &QApplication::focusChanged, this, &FocusCycle::frameFocus);
}

// See ~SideBySideReader(): the application outlives the window.
FocusCycle::~FocusCycle()
{
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
}

void FocusCycle::frameFocus(QWidget *, QWidget *now)
{
    // Lists and tables draw no focus of their own in some styles (Fusion):
    // the frame shows which part the keys go to.
    if (!m_frame)
        return;
    const bool inPart = std::ranges::any_of(m_parts, [now](const Part &part) {
        return now && part.widget && part.widget->isAncestorOf(now);
    });
    m_frame->setWidget(inPart && qobject_cast<QAbstractItemView *>(now) ? now : nullptr);
}

void FocusCycle::addPart(QWidget *part, QWidget *preferred)
{
    m_parts.append(Part{part, preferred});
}

void FocusCycle::focusNext()
{
    step(1);
}

void FocusCycle::focusPrevious()
{
    step(-1);
}

void FocusCycle::step(int direction)
{
    const QWidget *focused = QApplication::focusWidget();
    const auto count = m_parts.size();
    qsizetype current = direction > 0 ? -1 : count;
    for (qsizetype i = 0; i < count; ++i) {
        const QWidget *part = m_parts.at(i).widget;
        if (focused && part && (focused == part || part->isAncestorOf(focused)))
            current = i;
    }
    for (qsizetype n = 1; n <= count; ++n) {
        const qsizetype i = ((current + direction * n) % count + count) % count;
        if (QWidget *target = focusTarget(m_parts.at(i))) {
            target->setFocus(direction > 0 ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return;
        }
    }
}

QWidget *FocusCycle::focusTarget(const Part &part)
{
    if (!part.widget || !part.widget->isVisible())
        return nullptr;
    const auto takesFocus = [](const QWidget *widget) {
        return widget->isVisible() && widget->isEnabled();
    };
    if (part.preferred && takesFocus(part.preferred))
        return part.preferred;
    for (QWidget *widget = part.widget->nextInFocusChain(); widget != part.widget;
         widget = widget->nextInFocusChain()) {
        // A scroll area only holds the fields that take the focus.
        if (part.widget->isAncestorOf(widget) && (widget->focusPolicy() & Qt::TabFocus) && takesFocus(widget)
            && !qobject_cast<QScrollArea *>(widget))
            return widget;
    }
    return nullptr;
}

} // namespace Claimbench
