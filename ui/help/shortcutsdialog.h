#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QLineEdit;
class QMainWindow;
class QTreeWidget;

namespace Claimbench {

// Help › Keyboard Shortcuts: every action of a window that has a shortcut,
// read from the actions themselves when the dialog opens (never a list kept
// by hand): the menu it is in, its text without the mnemonic "&", and its
// keys in the platform's own spelling. A search field filters by any of the
// three.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Entry
    {
        QString place;  // "Edit › Apply Tag"; for an action in no menu, the dock or window it acts in
        QString action; // "Create Claim", the mnemonic "&" left out
        QString keys;   // "Ctrl+T", several joined by ", ", as the platform writes them
    };

    // `window`'s menu bar walked depth first, then the window's actions in no
    // menu (a dock's own keys). An action in two menus is listed once, under
    // the first.
    static QList<Entry> entries(const QMainWindow *window);

    explicit ShortcutsDialog(const QMainWindow *window, QWidget *parent = nullptr);

    // Shows only the rows whose place, action or keys contain `text`
    // (case-insensitive); empty shows all. The search field calls it.
    void setFilter(const QString &text);

private:
    QLineEdit *m_search = nullptr;
    QTreeWidget *m_list = nullptr;
};

} // namespace Claimbench
