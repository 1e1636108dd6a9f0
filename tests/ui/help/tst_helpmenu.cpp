#include "common/isolatedsettings.h"
#include "ui/help/shortcutsdialog.h"
#include "ui/help/userguidedialog.h"
#include "ui/mainwindow.h"
#include "ui/windowactions.h"

#include <QAction>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <algorithm>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

struct Row
{
    QString action, keys, place;
    bool operator==(const Row &) const = default;
};

QList<Row> rows(const QTreeWidget *list, bool visibleOnly)
{
    QList<Row> result;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = list->topLevelItem(i);
        if (!visibleOnly || !item->isHidden())
            result.append({item->text(0), item->text(1), item->text(2)});
    }
    return result;
}

QString native(const QKeySequence &key)
{
    return key.toString(QKeySequence::NativeText);
}

} // namespace

// The Help menu: a list of keys made from the window's actions, and the
// user guide built into the program.
class TestHelpMenu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(m_settingsDir.path(), u"tst_helpmenu"_s); }
    void init() { QSettings().clear(); }

    void helpMenuOffersGuideAndShortcuts()
    {
        MainWindow window;
        const QMenu *help = window.menuBar()->findChild<QMenu *>(u"helpMenu"_s);
        QStringList texts;
        for (const QAction *action : help->actions())
            texts.append(action->text());
        QVERIFY2(texts.contains(u"&User Guide"_s) && texts.contains(u"&Keyboard Shortcuts"_s),
                 qPrintable(texts.join(u", ")));
        const auto *actions = window.findChild<WindowActions *>();
        QCOMPARE(actions->userGuide()->shortcut(), QKeySequence(QKeySequence::HelpContents));
    }

    void shortcutsAreListedFromTheActions()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // An action added now is listed too: the list is made from the actions.
        QMenu *view = window.menuBar()->findChild<QMenu *>(u"viewMenu"_s);
        QAction *added = view->addAction(u"&Brand New View"_s);
        added->setShortcut(Qt::CTRL | Qt::ALT | Qt::Key_B);

        window.findChild<WindowActions *>()->keyboardShortcuts()->trigger();
        auto *dialog = window.findChild<ShortcutsDialog *>(u"shortcutsDialog"_s);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const auto *list = dialog->findChild<QTreeWidget *>(u"shortcutList"_s);
        const QList<Row> all = rows(list, false);

        QVERIFY(all.contains(Row{u"Create Claim from Selection"_s, native(Qt::CTRL | Qt::Key_T), u"Edit"_s}));
        QVERIFY(all.contains(Row{u"Save Copy As…"_s, native(Qt::CTRL | Qt::SHIFT | Qt::Key_S), u"File"_s}));
        QVERIFY(all.contains(Row{u"Brand New View"_s, native(Qt::CTRL | Qt::ALT | Qt::Key_B), u"View"_s}));
        QVERIFY(all.contains(Row{u"Search Library"_s, native(Qt::CTRL | Qt::Key_K), u"View"_s}));
        // Every action in a menu that has a key is there, under its menu.
        int withKeys = 0;
        for (const QAction *top : window.menuBar()->actions()) {
            for (const QAction *action : top->menu()->actions()) {
                if (action->shortcuts().isEmpty() || action->menu())
                    continue;
                ++withKeys;
                const QString text = QString(action->text()).remove(u'&');
                QVERIFY2(std::ranges::any_of(all, [&](const Row &r) { return r.action == text; }), qPrintable(text));
            }
        }
        QVERIFY(withKeys > 15);
        for (const Row &row : all)
            QVERIFY2(!row.action.contains(u'&') && !row.keys.isEmpty(), qPrintable(row.action));

        // Searching narrows the list; any column matches.
        auto *search = dialog->findChild<QLineEdit *>(u"shortcutSearch"_s);
        QTest::keyClicks(search, u"zoom"_s);
        const auto mentionsZoom = [](const Row &r) {
            return QString(r.action + r.keys + r.place).contains(u"zoom"_s, Qt::CaseInsensitive);
        };
        const QList<Row> zoom = rows(list, true);
        QVERIFY(zoom.size() >= 2);
        QVERIFY(std::ranges::all_of(zoom, mentionsZoom));
        QCOMPARE(zoom.size(), std::ranges::count_if(all, mentionsZoom));
        search->clear();
        QTest::keyClicks(search, native(Qt::CTRL | Qt::Key_T).toLower());
        const QList<Row> ctrlT = rows(list, true);
        QVERIFY(!ctrlT.isEmpty() && ctrlT.size() < all.size());
        QVERIFY(ctrlT.contains(Row{u"Create Claim from Selection"_s, native(Qt::CTRL | Qt::Key_T), u"Edit"_s}));
        search->clear();
        QCOMPARE(rows(list, true).size(), all.size());
    }

    void userGuideOpensFromTheBuiltInCopy()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<WindowActions *>()->userGuide()->trigger();
        auto *guide = window.findChild<UserGuideDialog *>(u"userGuideDialog"_s);
        QVERIFY(guide);
        QVERIFY(QTest::qWaitForWindowExposed(guide));
        QFile source(QStringLiteral(CLAIMBENCH_SOURCE_DIR) + u"/docs/user-guide.md"_s);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QFile bundled(UserGuideDialog::kResource.toString());
        QVERIFY(bundled.open(QIODevice::ReadOnly));
        QCOMPARE(bundled.readAll(), source.readAll());
        // Drawn from its Markdown: headings, not "##".
        const QString shown = guide->browser()->toPlainText();
        QVERIFY2(shown.contains(u"Ctrl+T"_s) && shown.contains(u"Save Copy As"_s), qPrintable(shown.left(200)));
        QVERIFY(!shown.contains(u"## "_s));
        QVERIFY(guide->browser()->document()->toMarkdown().contains(u"# Claimbench user guide"_s));
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestHelpMenu)
#include "tst_helpmenu.moc"
