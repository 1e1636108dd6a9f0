#include "ui/help/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// "&Save Copy As…" → "Save Copy As…"; "R&&D" → "R&D".
QString withoutMnemonic(QString text)
{
    text.replace(u"&&"_s, QString(QChar(0xfffc)));
    text.remove(u'&');
    text.replace(QChar(0xfffc), u'&');
    return text;
}

QString nativeKeys(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys.append(key.toString(QKeySequence::NativeText));
    return keys.join(u", ");
}

void addMenu(const QMenu *menu, const QString &place, QList<ShortcutsDialog::Entry> &entries,
             QSet<const QAction *> &listed)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator() || listed.contains(action))
            continue;
        listed.insert(action);
        if (const QMenu *sub = action->menu()) {
            addMenu(sub, place + u" › "_s + withoutMnemonic(sub->title()), entries, listed);
            continue;
        }
        if (!action->shortcuts().isEmpty())
            entries.append({place, withoutMnemonic(action->text()), nativeKeys(action)});
    }
}

// Where an action in no menu acts: the title of its dock, else the window's.
QString placeOf(const QAction *action, const QMainWindow *window)
{
    for (const QObject *owner = action->parent(); owner; owner = owner->parent()) {
        if (const auto *dock = qobject_cast<const QDockWidget *>(owner))
            return withoutMnemonic(dock->windowTitle());
    }
    return window->windowTitle().isEmpty() ? ShortcutsDialog::tr("Window") : window->windowTitle();
}

} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::entries(const QMainWindow *window)
{
    QList<Entry> entries;
    QSet<const QAction *> listed;
    if (const QMenuBar *bar = window->menuBar()) {
        for (const QAction *top : bar->actions()) {
            if (const QMenu *menu = top->menu())
                addMenu(menu, withoutMnemonic(menu->title()), entries, listed);
        }
    }
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (listed.contains(action) || action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        entries.append({placeOf(action, window), withoutMnemonic(action->text()), nativeKeys(action)});
    }
    return entries;
}

ShortcutsDialog::ShortcutsDialog(const QMainWindow *window, QWidget *parent)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_search->setObjectName(u"shortcutSearch"_s);
    m_search->setPlaceholderText(tr("Search actions, menus or keys"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(u"shortcutList"_s);
    m_list->setHeaderLabels({tr("Action"), tr("Keys"), tr("Menu")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSortingEnabled(false);
    for (const Entry &entry : entries(window))
        m_list->addTopLevelItem(new QTreeWidgetItem(QStringList{entry.action, entry.keys, entry.place}));
    for (int column = 0; column < m_list->columnCount(); ++column)
        m_list->resizeColumnToContents(column);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &ShortcutsDialog::setFilter);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(680, 560);
    m_search->setFocus();
}

void ShortcutsDialog::setFilter(const QString &text)
{
    const QString wanted = text.trimmed();
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        bool matches = wanted.isEmpty();
        for (int column = 0; column < m_list->columnCount() && !matches; ++column)
            matches = item->text(column).contains(wanted, Qt::CaseInsensitive);
        item->setHidden(!matches);
    }
}

} // namespace Claimbench
