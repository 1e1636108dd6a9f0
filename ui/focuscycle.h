#pragma once

#include <QFocusFrame>
#include <QList>
#include <QObject>
#include <QPointer>


namespace Claimbench {

// The parts of the window that F6 and Shift+F6 move the keyboard focus
// through, in a cycle, as Qt Creator and KDE applications do. A part is
// passed over while it is not visible (a closed dock, a dock tabbed behind
// another, a hidden reader pane) or holds nothing that takes the focus.
// A part's list or table that has the focus is framed (QFocusFrame): some
// styles draw no focus there, and the analyst must see where keys go.
// Thread: the GUI thread.
class FocusCycle : public QObject
{
    Q_OBJECT
public:
    // `window` holds the parts and the frame drawn around a focused list or
    // table of a part.
    explicit FocusCycle(QWidget *window);
    ~FocusCycle() override;

    // Appends a part; `preferred` (one of its widgets) takes the focus when
    // the part is entered, while it is visible and enabled; otherwise the
    // part's first widget that takes the focus by Tab does. Neither is owned.
    void addPart(QWidget *part, QWidget *preferred = nullptr);

    // Into the part after (before) the one holding the focus; from outside
    // every part, into the first (last).
    void focusNext();
    void focusPrevious();

private:
    struct Part
    {
        QPointer<QWidget> widget;
        QPointer<QWidget> preferred;
    };
    void step(int direction);
    void frameFocus(QWidget *old, QWidget *now);
    // The widget that takes the focus in `part`, nullptr when it cannot.
    static QWidget *focusTarget(const Part &part);

    QList<Part> m_parts;
    // Guarded, as the parts are: the frame lives beside the framed widget,
    // and both go with their dock while the window is torn down.
    QPointer<QFocusFrame> m_frame;
};

} // namespace Claimbench
