#include "common/isolatedsettings.h"
#include "common/resultcheck.h"
#include "common/samplearticles.h"
#include "common/testfiles.h"
#include "core/drafting/claimdrafter.h"
#include "core/commands/projectsession.h"
#include "core/models/claimstablemodel.h"
#include "core/models/tagtreemodel.h"
#include "core/store/project.h"
#include "ui/charts/chartpanel.h"
#include "ui/claimants/claimantsdialog.h"
#include "ui/claimeditor/claimeditorpanel.h"
#include "ui/claims/claimstablepanel.h"
#include "ui/library/librarypanel.h"
#include "ui/mainwindow.h"
#include "ui/reader/articletextedit.h"
#include "ui/reader/readeractions.h"
#include "ui/reader/articleview.h"
#include "ui/reader/orphanlist.h"
#include "ui/reader/readerpane.h"
#include "ui/reader/sidebysidereader.h"
#include "ui/recentprojects.h"
#include "ui/tags/tagpanel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QUndoStack>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QFocusFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

QAction *actionNamed(QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions())
        if (action->text() == text)
            return action;
    return nullptr;
}

QMenu *menuNamed(QMainWindow &window, const QString &objectName)
{
    return window.menuBar()->findChild<QMenu *>(objectName);
}

QString labelText(QMainWindow &window, const QString &objectName)
{
    const auto *label = window.findChild<QLabel *>(objectName);
    return label ? label->text() : QString();
}

// Chooses the article in the pane's picker as a user does from its list.
void pickArticle(ReaderPane *pane, const QString &title)
{
    QComboBox *picker = pane->picker();
    const int row = picker->findText(title);
    picker->setCurrentIndex(row);
    Q_EMIT picker->activated(row);
}

QList<Claim> storedClaims(const QString &projectPath)
{
    auto project = Project::open(projectPath);
    if (!project)
        return {};
    auto claims = (*project)->claims().list();
    if (!claims)
        return {};
    // In the order they were made: the store lists them by date, and a claim's
    // pre-filled as-of depends on the extractor.
    std::ranges::sort(*claims, {}, &Claim::id);
    return *claims;
}

// Shows the window wide enough for both panes, active, with the project open.
bool openInWindow(MainWindow &window, const QString &projectPath)
{
    window.resize(1600, 1000);
    window.show();
    return QTest::qWaitForWindowActive(&window) && window.openProject(projectPath);
}

// openInWindow() with the left pane emptied, as an analyst who closed its
// article left it: a first open shows the newest article there.
bool openWithEmptyPanes(MainWindow &window, const QString &projectPath)
{
    if (!openInWindow(window, projectPath))
        return false;
    window.reader()->left()->showArticle(0);
    return window.reader()->left()->articleId() == 0;
}

// Adds the tags through the session; their ids, or empty on failure.
QList<qint64> addTags(ProjectSession *session, const QStringList &names)
{
    QList<qint64> ids;
    for (const QString &name : names) {
        Tag tag;
        tag.name = name;
        tag.color = QColor(0x61, 0xaf, 0xef);
        auto created = session->createTag(tag);
        if (!created)
            return {};
        ids.append(*created);
    }
    return ids;
}

// Shows "Drone attacks overnight" in the left pane, selects "63 drones" and
// presses Ctrl+T there, as the analyst does; returns the pane's text.
ArticleTextEdit *claimDronesInLeftPane(MainWindow &window)
{
    ReaderPane *left = window.reader()->left();
    pickArticle(left, u"Drone attacks overnight"_s);
    ArticleTextEdit *text = left->textEdit();
    const int start = int(left->article().body.indexOf(u"63 drones"_s));
    text->setFocus();
    text->selectRange(start, start + 9);
    QTest::keyClick(text, Qt::Key_T, Qt::ControlModifier);
    return text;
}

// Selects [start, end) of the pane's text from the keyboard: the caret at
// `start`, then Shift+Right to `end`.
void selectByKeyboard(ArticleTextEdit *text, int start, int end)
{
    text->selectRange(start, start);
    text->setFocus();
    for (int i = start; i < end; ++i)
        QTest::keyClick(text, Qt::Key_Right, Qt::ShiftModifier);
}

// The middle of the character boundary before `position`, in viewport coordinates.
// Corrects the claim editor's value field as an analyst does: a click into
// the field showing `shown`, Ctrl+A, `typed`, Enter.
void retypeClaimValue(QLineEdit *value, const QString &shown, const QString &typed)
{
    QTRY_VERIFY(value->isVisible());
    QCOMPARE(value->text(), shown);
    QTest::mouseClick(value, Qt::LeftButton);
    QTRY_VERIFY(value->hasFocus());
    QTest::keyClick(value, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(value, typed);
    QTest::keyClick(value, Qt::Key_Return);
}

QPoint pointAt(ArticleTextEdit *text, int position)
{
    QTextCursor cursor(text->document());
    cursor.setPosition(position);
    return text->cursorRect(cursor).center();
}

QDockWidget *dockNamed(MainWindow &window, const QString &objectName)
{
    return window.findChild<QDockWidget *>(objectName);
}

// The text of a dock's "No project open" label, or empty when it holds a panel.
QString dockEmptyText(MainWindow &window, const QString &objectName)
{
    const auto *empty = qobject_cast<QLabel *>(dockNamed(window, objectName)->widget());
    return empty ? empty->text() : QString();
}

// Claims `quote` (its first occurrence) in the article as Ctrl+T does: drafted, then
// created through the session. The claim's id, 0 on failure.
qint64 claimQuote(ProjectSession *session, qint64 articleId, const QString &quote)
{
    auto article = session->project()->articles().get(articleId);
    if (!article)
        return 0;
    const int start = int(article->body.indexOf(quote));
    if (start < 0)
        return 0;
    auto draft = ClaimDrafter(*session->project()).draft(*article, start, start + int(quote.size()));
    if (!draft)
        return 0;
    auto created = session->createClaim(*draft);
    return created ? *created : 0;
}

qint64 articleTitled(MainWindow &window, const QString &title)
{
    auto articles = window.project()->articles().list();
    for (const Article &article : articles ? *articles : QList<Article>{})
        if (article.title == title)
            return article.id;
    return 0;
}

// Claims the "300,000" of the OSCE statement and shows it in the claim
// editor, as the analyst would before editing it; the claim's id, 0 when
// it could not be made.
qint64 claimEstimateInEditor(MainWindow &window)
{
    const qint64 claimId =
        claimQuote(window.session(), articleTitled(window, u"Statement to the OSCE"_s), u"300,000"_s);
    if (claimId)
        window.findChild<ClaimEditorPanel *>()->showClaim(claimId);
    return claimId;
}

// Clicks the library's row of the article, as the analyst chooses one.
void clickLibraryRow(MainWindow &window, const QString &title)
{
    auto *view = window.findChild<QTableView *>(u"libraryView"_s);
    const QModelIndexList found =
        view->model()->match(view->model()->index(0, 0), Qt::DisplayRole, title, 1, Qt::MatchExactly);
    if (found.isEmpty())
        return;
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(found.first()).center());
}

// Double-clicks the library's row of the article, as the analyst opens one.
void doubleClickLibraryRow(MainWindow &window, const QString &title)
{
    auto *view = window.findChild<QTableView *>(u"libraryView"_s);
    const QModelIndexList found =
        view->model()->match(view->model()->index(0, 0), Qt::DisplayRole, title, 1, Qt::MatchExactly);
    if (found.isEmpty())
        return;
    const QPoint at = view->visualRect(found.first()).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
}

// The View menu's action bound to `key`, or nullptr.
QAction *viewActionWithKey(MainWindow &window, const QKeySequence &key)
{
    for (QAction *action : menuNamed(window, u"viewMenu"_s)->actions())
        if (action->shortcuts().contains(key))
            return action;
    return nullptr;
}

// The colour at the middle of the pane's left edge, where the active pane is framed.
QColor paneEdgeColor(ReaderPane *pane)
{
    return pane->grab().toImage().pixelColor(0, pane->height() / 2);
}

QTableView *claimsView(MainWindow &window)
{
    return window.findChild<ClaimsTablePanel *>()->view();
}

// The claim of the claims table's current row, 0 without one.
qint64 currentTableClaim(MainWindow &window)
{
    return claimsView(window)->currentIndex().data(ClaimsTableModel::ClaimIdRole).toLongLong();
}

// The claims table's row for the claim, or -1.
int tableRowOf(MainWindow &window, qint64 claimId)
{
    const QAbstractItemModel *model = window.findChild<ClaimsTablePanel *>()->view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(ClaimsTableModel::ClaimIdRole).toLongLong() == claimId)
            return row;
    return -1;
}

// Clicks the claim's cell in `column` of the claims table; twice more for a double-click.
void clickTableRow(MainWindow &window, qint64 claimId, bool doubleClick = false,
                   int column = ClaimsTableModel::ArticleColumn)
{
    QTableView *view = claimsView(window);
    const QModelIndex cell = view->model()->index(tableRowOf(window, claimId), column);
    view->scrollTo(cell);
    const QPoint at = view->visualRect(cell).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    if (doubleClick)
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
}

// Right-clicks the claims table's current row and chooses Set status › `status`.
void setStatusFromTableMenu(MainWindow &window, ClaimStatus status)
{
    QTableView *view = claimsView(window);
    QTimer::singleShot(0, view, [status] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QAction *statusMenu = menu ? actionNamed(menu, u"Set status"_s) : nullptr;
        if (QAction *choice = statusMenu ? actionNamed(statusMenu->menu(), claimStatusName(status)) : nullptr)
            choice->trigger();
        if (menu)
            menu->close();
    });
    const QPoint at = view->visualRect(view->currentIndex()).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
    QApplication::sendEvent(view->viewport(), &event);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        isolateSettings(m_settingsDir.path(), u"tst_mainwindow"_s);
    }

    void init()
    {
        QSettings().clear();
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        m_projectPath = m_dir->filePath(u"library.claimbench"_s);
        auto project = Project::open(m_projectPath, Project::OpenMode::CreateIfMissing);
        CLAIMBENCH_VERIFY_OK(project);
        QList<Article> articles{
            makeArticle(u"Losses surpass one million"_s, u"Kyiv Post"_s, PartialDate::day(2025, 6, 13),
                        u"Russian casualties have surpassed one million troops, the General Staff said."_s),
            makeArticle(u"Drone attacks overnight"_s, u"Reuters"_s, PartialDate::month(2024, 11),
                        u"Russia launched 63 drones overnight; 28 were shot down.\n\nEighteen people were injured."_s),
            makeArticle(u"Statement to the OSCE"_s, u"GOV.UK"_s, PartialDate::year(2023),
                        u"The United Kingdom estimates more than 300,000 Russian casualties."_s),
        };
        auto added = (*project)->articles().addAll(articles);
        CLAIMBENCH_VERIFY_OK(added);
    }

    void cleanup() { m_dir.reset(); }

    void startsWithoutAProject()
    {
        MainWindow window;
        window.show();
        QVERIFY(!window.project());
        QCOMPARE(window.windowTitle(), u"Claimbench"_s);
        const auto *centre = window.findChild<QLabel *>(u"centreEmptyState"_s);
        QVERIFY(centre);
        QVERIFY(centre->isVisible());
        QVERIFY(centre->text().startsWith(u"No project open"_s));
        QVERIFY(!window.findChild<QLineEdit *>(u"librarySearch"_s)->isEnabled());
    }

    void menusHoldTheActionsWithStandardShortcuts()
    {
        MainWindow window;
        QMenu *file = menuNamed(window, u"fileMenu"_s);
        QVERIFY(file);
        QAction *newProject = actionNamed(file, u"&New Project…"_s);
        QAction *open = actionNamed(file, u"&Open Project…"_s);
        QAction *importFiles = actionNamed(file, u"&Import Files…"_s);
        QAction *importFolder = actionNamed(file, u"Import &Folder…"_s);
        QAction *quit = actionNamed(file, u"&Quit"_s);
        QVERIFY(newProject && open && importFiles && importFolder && quit);
        QCOMPARE(newProject->shortcut(), QKeySequence(QKeySequence::New));
        QCOMPARE(open->shortcut(), QKeySequence(QKeySequence::Open));
        QCOMPARE(open->shortcut(), QKeySequence(u"Ctrl+O"_s));
        if (!QKeySequence(QKeySequence::Quit).isEmpty())
            QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
        QCOMPARE(quit->shortcut(), QKeySequence(u"Ctrl+Q"_s));
        QVERIFY(menuNamed(window, u"recentMenu"_s));

        // Importing needs a project.
        QVERIFY(!importFiles->isEnabled());
        QVERIFY(!importFolder->isEnabled());
        QVERIFY(window.openProject(m_projectPath));
        QVERIFY(importFiles->isEnabled());
        QVERIFY(importFolder->isEnabled());

        QMenu *help = menuNamed(window, u"helpMenu"_s);
        QVERIFY(help);
        QVERIFY(actionNamed(help, u"&About Claimbench"_s));
        QVERIFY(actionNamed(help, u"About &Qt"_s));
    }

    void openingAProjectListsItsArticles()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_projectPath));
        QVERIFY(window.windowTitle().contains(u"library.claimbench"_s));
        auto *view = window.findChild<QTableView *>(u"libraryView"_s);
        QVERIFY(view);
        QCOMPARE(view->model()->rowCount(), 3);
        QCOMPARE(view->model()->index(0, 0).data().toString(), u"Losses surpass one million"_s);
        QCOMPARE(labelText(window, u"statusCount"_s), u"3 articles"_s);
        QVERIFY(labelText(window, u"statusPath"_s).endsWith(u"library.claimbench"_s));
        // The reader shows, each pane saying how to choose an article.
        QVERIFY(window.reader()->isVisible());
        QVERIFY(!window.findChild<QLabel *>(u"centreEmptyState"_s)->isVisible());
        QCOMPARE(RecentProjects().paths().value(0), QFileInfo(m_projectPath).absoluteFilePath());
    }

    void typingInTheSearchFieldFilters()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_projectPath));
        auto *search = window.findChild<QLineEdit *>(u"librarySearch"_s);
        auto *view = window.findChild<QTableView *>(u"libraryView"_s);
        QTest::keyClicks(search, u"drones"_s);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 0).data().toString(), u"Drone attacks overnight"_s);
        QCOMPARE(labelText(window, u"statusCount"_s), u"1 match"_s);

        search->clear();
        QTRY_COMPARE(view->model()->rowCount(), 3);

        QTest::keyClicks(search, u"inflation"_s);
        QTRY_COMPARE(view->model()->rowCount(), 0);
        QTRY_VERIFY(window.findChild<LibraryPanel *>()->findChild<QStackedWidget *>()
                        ->currentWidget()->property("text").toString().contains(u"inflation"_s));
    }

    void ctrlKFocusesTheSearchField()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openProject(m_projectPath));
        auto *search = window.findChild<QLineEdit *>(u"librarySearch"_s);
        window.findChild<QTableView *>(u"libraryView"_s)->setFocus();
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
    }

    void selectingAnArticleShowsIt()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_projectPath));
        window.reader()->left()->showArticle(0);
        auto *view = window.findChild<QTableView *>(u"libraryView"_s);
        const QModelIndex drones = view->model()->index(1, 0);
        QCOMPARE(drones.data().toString(), u"Drone attacks overnight"_s);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(drones).center());

        // It opens in the active pane, the left one at first.
        ArticleView *articleView = window.reader()->left()->view();
        QTRY_VERIFY(articleView->isVisible());
        QCOMPARE(articleView->title(), u"Drone attacks overnight"_s);
        QCOMPARE(articleView->textEdit()->toPlainText(),
                 u"Russia launched 63 drones overnight; 28 were shot down.\n\nEighteen people were injured."_s);
        QVERIFY(articleView->findChild<QLabel *>(u"articleMeta"_s)->text().startsWith(u"Reuters"_s));
        QVERIFY(articleView->textEdit()->isReadOnly());

        // A search that still lists the article keeps it selected and shown.
        QTest::keyClicks(window.findChild<QLineEdit *>(u"librarySearch"_s), u"overnight"_s);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->currentIndex().data().toString(), u"Drone attacks overnight"_s);
        QCOMPARE(articleView->title(), u"Drone attacks overnight"_s);
    }

    // Regression: the article view was laid out while hidden behind the empty
    // state, and the text kept that width: clipped, with a horizontal bar.
    void articleTextWrapsInAWideWindow()
    {
        auto project = Project::open(m_projectPath);
        QVERIFY(project);
        Article wide = makeArticle(u"Wide"_s, u"Wire"_s, PartialDate::day(2026, 2, 1),
                                   QString(6000, u'x').replace(u"xxxxxx"_s, u"words "_s));
        QVERIFY((*project)->articles().add(wide));

        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(m_projectPath));
        auto *view = window.findChild<QTableView *>(u"libraryView"_s);
        QCOMPARE(view->model()->index(0, 0).data().toString(), u"Wide"_s);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(view->model()->index(0, 0)).center());
        auto *text = window.reader()->left()->textEdit();
        QTRY_VERIFY(text->isVisible());
        QCOMPARE(text->horizontalScrollBar()->maximum(), 0);
        window.resize(1200, 900);
        QTRY_COMPARE(text->width() < 1000, true);
        QCOMPARE(text->horizontalScrollBar()->maximum(), 0);
    }

    void aStaleLogMovedAsideOnOpeningIsSaid()
    {
        const QString project = m_dir->filePath(u"stale.claimbench"_s);
        QVERIFY(writeFile(project + u"-wal"_s, "a log left by a killed program"));
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(project, Project::OpenMode::CreateIfMissing));
        auto *box = window.findChild<QMessageBox *>(u"openNotice"_s);
        QVERIFY(box);
        QVERIFY2(box->informativeText().contains(u"stale"_s), qPrintable(box->informativeText()));
        QCOMPARE(QDir(m_dir->path()).entryList({u"stale.claimbench-wal.stale-*"_s}, QDir::Files).size(), 1);
        box->close();
    }

    void importRunsOnAWorkerAndReloadsTheLibrary()
    {
        const QString emptyProject = m_dir->filePath(u"empty.claimbench"_s);
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(emptyProject, Project::OpenMode::CreateIfMissing));
        QCOMPARE(window.findChild<QTableView *>(u"libraryView"_s)->model()->rowCount(), 0);
        QVERIFY(window.findChild<QLabel *>(u"centreEmptyState"_s)->text().startsWith(u"No articles yet"_s));

        QVERIFY(QDir(m_dir->path()).mkpath(u"incoming/nested"_s));
        QVERIFY(writeFile(m_dir->filePath(u"incoming/first.txt"_s),
                          "Title: First report\n\nRussia launched 63 drones overnight.\n"));
        QVERIFY(writeFile(m_dir->filePath(u"incoming/nested/second.txt"_s),
                          "Title: Second report\n\nKyiv said 28 drones were shot down.\n"));
        QVERIFY(writeFile(m_dir->filePath(u"incoming/nested/copy-of-first.txt"_s),
                          "Title: First report\n\nRussia launched 63 drones overnight.\n"));

        QSignalSpy finished(&window, &MainWindow::importFinished);
        QVERIFY(window.importPaths({m_dir->filePath(u"incoming"_s)}));
        // One import at a time.
        QVERIFY(!window.importPaths({m_dir->filePath(u"incoming"_s)}));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);

        const auto summary = finished.at(0).at(0).value<ImportSummary>();
        QCOMPARE(summary.total, 3);
        QCOMPARE(summary.imported, 2);
        QCOMPARE(summary.duplicates, 1);
        QVERIFY(!summary.cancelled);
        QCOMPARE(window.findChild<QTableView *>(u"libraryView"_s)->model()->rowCount(), 2);
        QCOMPARE(labelText(window, u"statusCount"_s), u"2 articles"_s);
        QVERIFY(labelText(window, u"statusImport"_s).contains(u"2 imported"_s));

        auto *box = window.findChild<QMessageBox *>(u"importSummary"_s);
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(u"1 duplicate"_s));
        QVERIFY(box->detailedText().contains(u"copy-of-first.txt"_s));
        // Wide enough for a path per line, not sized to the headline.
        QTRY_VERIFY(box->isVisible());
        QVERIFY2(box->width() >= 560, qPrintable(QString::number(box->width())));
        box->close();
        QVERIFY(window.importPaths({m_dir->filePath(u"incoming/nested/second.txt"_s)}));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        QCOMPARE(finished.at(1).at(0).value<ImportSummary>().duplicates, 1);
    }

    void cancellingTheProgressDialogStopsTheImport()
    {
        const QString emptyProject = m_dir->filePath(u"cancelled.claimbench"_s);
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(emptyProject, Project::OpenMode::CreateIfMissing));
        QVERIFY(QDir(m_dir->path()).mkpath(u"many"_s));
        // More files than one import transaction holds: a cancel leaves some unread.
        const int fileCount = ArticleImporter::kBatchArticles + 100;
        for (int i = 0; i < fileCount; ++i)
            QVERIFY(writeFile(m_dir->filePath(u"many/%1.txt"_s.arg(i, 4, 10, QChar(u'0'))),
                              "Title: Night " + QByteArray::number(i) + "\n\n"
                                  + QByteArray::number(i * 7) + " drones were launched.\n"));

        QSignalSpy finished(&window, &MainWindow::importFinished);
        QVERIFY(window.importPaths({m_dir->filePath(u"many"_s)}));
        auto *progress = window.findChild<QProgressDialog *>(u"importProgress"_s);
        QVERIFY(progress);
        auto *cancelButton = progress->findChild<QPushButton *>();
        QVERIFY(cancelButton);
        cancelButton->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        const auto summary = finished.at(0).at(0).value<ImportSummary>();
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.total, fileCount);
        QVERIFY(summary.handled() < fileCount);
        QVERIFY(summary.headline().contains(u"cancelled after"_s));
        // Whatever was committed before the cancel is listed, nothing more.
        QCOMPARE(window.findChild<QTableView *>(u"libraryView"_s)->model()->rowCount(), summary.imported);
        QTRY_VERIFY(!window.findChild<QProgressDialog *>(u"importProgress"_s));
    }

    void droppingFilesImportsThem()
    {
        const QString emptyProject = m_dir->filePath(u"dropped.claimbench"_s);
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(emptyProject, Project::OpenMode::CreateIfMissing));
        const QString file = m_dir->filePath(u"dropped.txt"_s);
        QVERIFY(writeFile(file, "Title: Dropped\n\nAbout 250,000 killed in action.\n"));

        QSignalSpy finished(&window, &MainWindow::importFinished);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(&window, &drop);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(window.findChild<QTableView *>(u"libraryView"_s)->model()->index(0, 0).data().toString(),
                 u"Dropped"_s);
    }

    void aProjectThatFailsToOpenIsReported()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(m_projectPath));
        const QString notAProject = m_dir->filePath(u"notes.claimbench"_s);
        QVERIFY(writeFile(notAProject, "these are plain notes, not a database\n"));
        QVERIFY(!window.openProject(notAProject));
        auto *box = window.findChild<QMessageBox *>(u"errorMessage"_s);
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->text().contains(u"notes.claimbench"_s));
        QVERIFY(!box->informativeText().isEmpty());
        // The project that was open stays open and usable.
        QCOMPARE(window.project()->path(), QFileInfo(m_projectPath).absoluteFilePath());
        QCOMPARE(window.findChild<QTableView *>(u"libraryView"_s)->model()->rowCount(), 3);
        box->close();
    }

    void openRecentDropsAProjectThatIsGone()
    {
        const QString gone = m_dir->filePath(u"gone.claimbench"_s);
        RecentProjects recent;
        recent.add(m_projectPath);
        recent.add(gone);
        MainWindow window;
        window.show();
        QMenu *menu = menuNamed(window, u"recentMenu"_s);
        Q_EMIT menu->aboutToShow();
        const QList<QAction *> entries = menu->actions();
        QCOMPARE(entries.size(), 2);
        QVERIFY(entries.at(0)->text().contains(u"gone.claimbench"_s));
        entries.at(0)->trigger();
        auto *box = window.findChild<QMessageBox *>(u"errorMessage"_s);
        QVERIFY(box);
        QVERIFY(box->informativeText().contains(u"removed from Open Recent"_s));
        QCOMPARE(recent.paths(), QStringList{QFileInfo(m_projectPath).absoluteFilePath()});
        QVERIFY(!window.project());

        Q_EMIT menu->aboutToShow();
        menu->actions().at(0)->trigger();
        QVERIFY(window.project());
        box->close();
    }

    void recentProjectsKeepsTheLastEight()
    {
        RecentProjects recent;
        for (int i = 0; i < 10; ++i)
            recent.add(m_dir->filePath(u"p%1.claimbench"_s.arg(i)));
        recent.add(m_dir->filePath(u"p5.claimbench"_s));
        const QStringList paths = recent.paths();
        QCOMPARE(paths.size(), RecentProjects::kMaxCount);
        QVERIFY(paths.at(0).endsWith(u"p5.claimbench"_s));
        QVERIFY(paths.at(1).endsWith(u"p9.claimbench"_s));
        QCOMPARE(paths.count(m_dir->filePath(u"p5.claimbench"_s)), 1);
    }

    void taggingInTheReaderIsUndoableAndSaved()
    {
        qint64 claimId = 0;
        {
            MainWindow window;
            window.resize(1600, 1000);
            window.show();
            QVERIFY(QTest::qWaitForWindowActive(&window));
            QVERIFY(window.openProject(m_projectPath));
            ReaderPane *left = window.reader()->left();
            ReaderPane *right = window.reader()->right();
            pickArticle(left, u"Losses surpass one million"_s);
            QTRY_COMPARE(left->article().title, u"Losses surpass one million"_s);
            pickArticle(right, u"Drone attacks overnight"_s);
            QTRY_COMPARE(right->article().title, u"Drone attacks overnight"_s);

            // Select "one million troops" and press Ctrl+T.
            ArticleTextEdit *text = left->textEdit();
            const int start = int(left->article().body.indexOf(u"one million troops"_s));
            text->setFocus();
            text->selectRange(start, start + 18);
            QTest::keyClick(text, Qt::Key_T, Qt::ControlModifier);
            QList<Claim> claims = storedClaims(m_projectPath);
            QCOMPARE(claims.size(), 1);
            const Claim created = claims.first();
            claimId = created.id;
            QCOMPARE(created.quote, u"one million troops"_s);
            QCOMPARE(created.start, start);
            QCOMPARE(created.value, std::optional<double>(1000000));
            QCOMPARE(left->selectedClaim(), claimId);
            QCOMPARE(text->highlights().size(), 1);

            // An edit through the session, as the claim editor makes it.
            ClaimDraft edit{created, u"Russian casualties"_s, {}};
            edit.claim.status = ClaimStatus::Disputed;
            CLAIMBENCH_VERIFY_OK(window.session()->updateClaim(edit, u"Edit status of claim"_s));
            QCOMPARE(storedClaims(m_projectPath).value(0).status, ClaimStatus::Disputed);
            QVERIFY(storedClaims(m_projectPath).value(0).metricId != 0);

            auto *undo = window.findChild<QAction *>(u"undoAction"_s);
            auto *redo = window.findChild<QAction *>(u"redoAction"_s);
            QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
            QVERIFY(redo->shortcuts().contains(QKeySequence(u"Ctrl+Shift+Z"_s)));
            QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
            QCOMPARE(storedClaims(m_projectPath).value(0).status, ClaimStatus::Unverified);
            QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
            QCOMPARE(storedClaims(m_projectPath).value(0).status, ClaimStatus::Disputed);
            undo->trigger();
            undo->trigger();
            QVERIFY(storedClaims(m_projectPath).isEmpty());
            QVERIFY(text->highlights().isEmpty());
            redo->trigger();
            redo->trigger();
            QCOMPARE(storedClaims(m_projectPath).size(), 1);
            QCOMPARE(storedClaims(m_projectPath).value(0).status, ClaimStatus::Disputed);
            QCOMPARE(text->highlights().size(), 1);
            window.close();
        }

        // Reopened: the panes show the same articles, and the claim is found.
        MainWindow again;
        again.show();
        QVERIFY(again.openProject(m_projectPath));
        QCOMPARE(again.reader()->left()->article().title, u"Losses surpass one million"_s);
        QCOMPARE(again.reader()->right()->article().title, u"Drone attacks overnight"_s);
        QCOMPARE(again.reader()->left()->textEdit()->highlights().value(0).claimId, claimId);
        again.reader()->left()->showArticle(0);
        again.showClaim(claimId);
        QCOMPARE(again.reader()->left()->articleId(), storedClaims(m_projectPath).value(0).articleId);
        QCOMPARE(again.reader()->left()->selectedClaim(), claimId);
        QCOMPARE(again.reader()->left()->textEdit()->textCursor().selectedText(), u"one million troops"_s);
    }

    void numberKeysApplyTheFirstNineTags()
    {
        MainWindow window;
        QVERIFY(openInWindow(window, m_projectPath));
        QCOMPARE(addTags(window.session(), {u"Casualties"_s, u"Drones"_s}).size(), 2);
        const QList<QAction *> &keys = window.readerActions()->tagActions();
        QVERIFY(keys.at(1)->text().contains(u"Drones"_s));
        QVERIFY(!keys.at(1)->isEnabled()); // no claim selected yet

        ReaderPane *left = window.reader()->left();
        ArticleTextEdit *text = claimDronesInLeftPane(window);
        QCOMPARE(storedClaims(m_projectPath).size(), 1);
        QVERIFY(keys.at(1)->isEnabled());
        QVERIFY(!keys.at(2)->isEnabled()); // no third tag
        QTest::keyClick(text, Qt::Key_2);
        auto tags = window.project()->tags().list();
        CLAIMBENCH_VERIFY_OK(tags);
        QCOMPARE(storedClaims(m_projectPath).value(0).tagId, tags->at(1).id);
        // Drawn in the tag's colour.
        QCOMPARE(text->highlights().value(0).color, QColor(0x61, 0xaf, 0xef));
        // Digits typed in a field never tag.
        left->picker()->setFocus();
        QTest::keyClicks(left->picker()->lineEdit(), u"1"_s);
        QCOMPARE(storedClaims(m_projectPath).value(0).tagId, tags->at(1).id);
        // Delete removes the selected claim; undo brings it back.
        pickArticle(left, u"Drone attacks overnight"_s);
        left->selectClaim(storedClaims(m_projectPath).value(0).id);
        text->setFocus();
        QTest::keyClick(text, Qt::Key_Delete);
        QVERIFY(storedClaims(m_projectPath).isEmpty());
        window.session()->undoStack()->undo();
        QCOMPARE(storedClaims(m_projectPath).size(), 1);
    }

    void taggingActionsFollowTheSelection()
    {
        MainWindow window;
        QVERIFY(openWithEmptyPanes(window, m_projectPath));
        QCOMPARE(addTags(window.session(), {u"Casualties"_s}).size(), 1);
        const ReaderActions *actions = window.readerActions();
        const auto enabled = [actions] {
            return QList<bool>{actions->createClaim()->isEnabled(), actions->deleteClaim()->isEnabled(),
                               actions->setClaimToSelection()->isEnabled(),
                               actions->tagActions().at(0)->isEnabled()};
        };
        // Nothing to act on without an article.
        QCOMPARE(enabled(), (QList<bool>{false, false, false, false}));
        QVERIFY(!actions->acceptSuggestion()->isEnabled());

        ReaderPane *left = window.reader()->left();
        ReaderPane *right = window.reader()->right();
        pickArticle(left, u"Drone attacks overnight"_s);
        pickArticle(right, u"Losses surpass one million"_s);
        ArticleTextEdit *text = left->textEdit();
        text->setFocus();
        QVERIFY(actions->acceptSuggestion()->isEnabled());
        // Ctrl+T acts on a selection or on the figure at the caret.
        QCOMPARE(enabled(), (QList<bool>{true, false, false, false}));
        const int start = int(left->article().body.indexOf(u"63 drones"_s));
        text->selectRange(start, start + 9);
        QCOMPARE(enabled(), (QList<bool>{true, false, false, false}));
        QTest::keyClick(text, Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(storedClaims(m_projectPath).size(), 1);
        // The new claim is selected, its quote too.
        QCOMPARE(enabled(), (QList<bool>{true, true, true, true}));
        text->selectRange(start + 3, start + 3);
        QCOMPARE(enabled(), (QList<bool>{true, true, false, true}));

        // The other pane has neither a selection nor a selected claim.
        right->textEdit()->setFocus();
        QTRY_COMPARE(window.reader()->activePane(), right);
        QCOMPARE(enabled(), (QList<bool>{true, false, false, false}));
        text->setFocus();
        QTRY_COMPARE(window.reader()->activePane(), left);
        QCOMPARE(enabled(), (QList<bool>{true, true, false, true}));

        // Undoing the creation takes the selected claim away.
        window.session()->undoStack()->undo();
        QCOMPARE(left->selectedClaim(), qint64(0));
        QCOMPARE(enabled(), (QList<bool>{true, false, false, false}));
        // So does another article.
        window.session()->undoStack()->redo();
        left->selectClaim(storedClaims(m_projectPath).value(0).id);
        QVERIFY(actions->deleteClaim()->isEnabled());
        pickArticle(left, u"Statement to the OSCE"_s);
        QCOMPARE(enabled(), (QList<bool>{true, false, false, false}));
    }

    void choosingATagInTheTagDockTagsTheSelectedClaim()
    {
        MainWindow window;
        QVERIFY(openInWindow(window, m_projectPath));
        const QList<qint64> tagIds = addTags(window.session(), {u"Casualties"_s, u"Drones"_s});
        QCOMPARE(tagIds.size(), 2);
        auto *tree = window.findChild<QTreeView *>(u"tagTree"_s);
        QVERIFY(tree);
        const auto chooseTag = [tree](const QString &name) {
            const QModelIndexList found = tree->model()->match(
                tree->model()->index(0, TagTreeModel::NameColumn), Qt::DisplayRole, name, 1,
                Qt::MatchExactly | Qt::MatchRecursive);
            QVERIFY(!found.isEmpty());
            tree->setFocus();
            tree->setCurrentIndex(found.first());
            QTest::keyClick(tree, Qt::Key_Return);
        };

        // With no claim selected, choosing a tag changes nothing and says why.
        const int steps = window.session()->undoStack()->count();
        chooseTag(u"Drones"_s);
        QCOMPARE(window.session()->undoStack()->count(), steps);
        QVERIFY(window.statusBar()->currentMessage().contains(u"Select a claim"_s));

        claimDronesInLeftPane(window);
        QCOMPARE(storedClaims(m_projectPath).size(), 1);

        chooseTag(u"Drones"_s);
        QCOMPARE(storedClaims(m_projectPath).value(0).tagId, tagIds.at(1));
        // One undo step on top of the creation.
        QCOMPARE(window.session()->undoStack()->count(), steps + 2);
        window.session()->undoStack()->undo();
        QCOMPARE(storedClaims(m_projectPath).value(0).tagId, qint64(0));
        window.session()->undoStack()->redo();
        QCOMPARE(storedClaims(m_projectPath).value(0).tagId, tagIds.at(1));
    }

    void readerStateIsRestoredOnStart()
    {
        {
            MainWindow window;
            window.show();
            QVERIFY(window.openProject(m_projectPath));
            window.reader()->left()->showArticle(window.project()->articles().list()->at(2).id);
            window.reader()->right()->showArticle(window.project()->articles().list()->at(0).id);
            window.reader()->right()->textEdit()->setZoom(3);
            window.readerActions()->syncScrolling()->trigger();
            window.close();
        }
        MainWindow window;
        window.show();
        QVERIFY(window.readerActions()->syncScrolling()->isChecked());
        QCOMPARE(window.reader()->right()->textEdit()->zoom(), 3);
        QCOMPARE(window.reader()->left()->textEdit()->zoom(), 0);
        QVERIFY(window.openProject(m_projectPath));
        QCOMPARE(window.reader()->left()->article().title, u"Statement to the OSCE"_s);
        QCOMPARE(window.reader()->right()->article().title, u"Losses surpass one million"_s);

        // Another project does not inherit the articles.
        QVERIFY(window.openProject(m_dir->filePath(u"other.claimbench"_s), Project::OpenMode::CreateIfMissing));
        QCOMPARE(window.reader()->left()->articleId(), 0);
    }

    void firstOpenShowsTheNewestArticleWithClaims()
    {
        qint64 firstInText = 0;
        {
            MainWindow window;
            QVERIFY(window.openProject(m_projectPath));
            // The newest article shows when no article has claims.
            QCOMPARE(window.reader()->left()->article().title, u"Losses surpass one million"_s);
            const qint64 drones = articleTitled(window, u"Drone attacks overnight"_s);
            QVERIFY(claimQuote(window.session(), drones, u"28"_s));
            firstInText = claimQuote(window.session(), drones, u"63 drones"_s);
            QVERIFY(firstInText);
        }
        QSettings().clear();
        const QList<Claim> claimsBefore = storedClaims(m_projectPath);

        MainWindow window;
        QVERIFY(openInWindow(window, m_projectPath));
        ReaderPane *left = window.reader()->left();
        QCOMPARE(left->article().title, u"Drone attacks overnight"_s);
        QCOMPARE(left->selectedClaim(), firstInText);
        QCOMPARE(left->textEdit()->highlights().size(), 2);
        QCOMPARE(window.reader()->right()->articleId(), 0);
        QCOMPARE(window.findChild<ClaimEditorPanel *>()->claimId(), firstInText);
        QCOMPARE(window.findChild<ClaimsTablePanel *>()->currentClaim(), firstInText);
        QCOMPARE(window.session()->undoStack()->count(), 0);
        QCOMPARE(storedClaims(m_projectPath).size(), claimsBefore.size());

        // What the panes showed when the project was left wins on the next open.
        pickArticle(left, u"Statement to the OSCE"_s);
        window.close();
        MainWindow again;
        QVERIFY(again.openProject(m_projectPath));
        QCOMPARE(again.reader()->left()->article().title, u"Statement to the OSCE"_s);
        QCOMPARE(again.reader()->left()->selectedClaim(), qint64(0));
    }

    void editMenuHoldsTheTaggingActions()
    {
        MainWindow window;
        QMenu *edit = menuNamed(window, u"editMenu"_s);
        QVERIFY(edit);
        QAction *create = actionNamed(edit, u"&Create Claim from Selection"_s);
        QVERIFY(create);
        QCOMPARE(create->shortcut(), QKeySequence(u"Ctrl+T"_s));
        QCOMPARE(actionNamed(edit, u"&Delete Claim"_s)->shortcut(), QKeySequence(QKeySequence::Delete));
        QCOMPARE(actionNamed(edit, u"&Find in Article…"_s)->shortcut(), QKeySequence(QKeySequence::Find));
        QVERIFY(menuNamed(window, u"applyTagMenu"_s));
        QMenu *view = menuNamed(window, u"viewMenu"_s);
        QCOMPARE(actionNamed(view, u"Zoom &In"_s)->shortcut(), QKeySequence(QKeySequence::ZoomIn));
        QVERIFY(actionNamed(view, u"Undo History"_s));
    }

    // Edit › Claimants opens the claimants of the open project, and another
    // project's dialog never outlives its project.
    void claimantsAreEditedFromTheEditMenu()
    {
        {
            auto project = Project::open(m_projectPath);
            CLAIMBENCH_VERIFY_OK(project);
            Claimant staff{0, u"General Staff of Ukraine"_s, {u"ZSU"_s}};
            CLAIMBENCH_VERIFY_OK((*project)->claimants().add(staff));
        }
        MainWindow window;
        QAction *claimants = actionNamed(menuNamed(window, u"editMenu"_s), u"Claima&nts…"_s);
        QVERIFY(claimants);
        QVERIFY(!claimants->isEnabled());
        QVERIFY(openInWindow(window, m_projectPath));
        QVERIFY(claimants->isEnabled());
        claimants->trigger();
        QPointer<ClaimantsDialog> dialog = window.findChild<ClaimantsDialog *>(u"claimantsDialog"_s);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->list()->model()->rowCount(), 1);
        QVERIFY(dialog->spellingsLabel()->text().contains(u"ZSU"_s));

        QVERIFY(window.openProject(m_dir->filePath(u"other.claimbench"_s), Project::OpenMode::CreateIfMissing));
        QVERIFY(!dialog);
    }

    // The tag dock's actions are in the menu bar too, those of the open
    // project's tag panel; without a project the menu is disabled.
    void tagsMenuHoldsTheTagDocksActions()
    {
        MainWindow window;
        QMenu *tags = menuNamed(window, u"tagsMenu"_s);
        QVERIFY(tags);
        QVERIFY(!tags->isEnabled());
        QVERIFY(openInWindow(window, m_projectPath));
        QVERIFY(tags->isEnabled());
        auto *panel = window.findChild<TagPanel *>();
        QVERIFY(panel);
        QCOMPARE(tags->actions(), (QList<QAction *>{panel->addTagAction(), panel->addChildTagAction(),
                                                    panel->renameAction(), panel->recolorAction(),
                                                    panel->deleteAction()}));
        QVERIFY(window.openProject(m_dir->filePath(u"other.claimbench"_s), Project::OpenMode::CreateIfMissing));
        QCOMPARE(tags->actions().size(), 5);
        QVERIFY(tags->actions().first() == window.findChild<TagPanel *>()->addTagAction());
    }

    // A long step name stays in the Edit menu and the tool tip: the tool bar's
    // Undo button does not grow with it.
    void toolBarUndoKeepsItsShortName()
    {
        MainWindow window;
        QVERIFY(openInWindow(window, m_projectPath));
        CLAIMBENCH_VERIFY_OK(window.session()->createClaimant({0, u"A claimant with a very long name indeed"_s, {}}));
        auto *undo = window.findChild<QAction *>(u"undoAction"_s);
        QVERIFY(undo);
        QVERIFY2(undo->text().contains(u"very long name"_s), qPrintable(undo->text()));
        QCOMPARE(undo->iconText(), u"Undo"_s);
        QVERIFY(undo->toolTip().contains(u"very long name"_s));
    }

    void closeProjectReturnsToTheEmptyWindow()
    {
        MainWindow window;
        QVERIFY(openInWindow(window, m_projectPath));
        QMenu *file = menuNamed(window, u"fileMenu"_s);
        QAction *close = actionNamed(file, u"&Close Project"_s);
        QVERIFY(close);
        QVERIFY(close->shortcuts().contains(QKeySequence(u"Ctrl+W"_s)));
        // Right after Open Recent, as the platform's applications place it.
        const QList<QAction *> fileActions = file->actions();
        QCOMPARE(fileActions.indexOf(close), fileActions.indexOf(menuNamed(window, u"recentMenu"_s)->menuAction()) + 1);
        QVERIFY(close->isEnabled());

        ReaderPane *left = window.reader()->left();
        pickArticle(left, u"Drone attacks overnight"_s);
        const qint64 articleId = left->articleId();
        claimDronesInLeftPane(window);
        QCOMPARE(storedClaims(m_projectPath).size(), 1);
        auto *undo = window.findChild<QAction *>(u"undoAction"_s);
        QVERIFY(undo->isEnabled());

        QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);
        QVERIFY(!window.project());
        QVERIFY(!window.session());
        QCOMPARE(window.windowTitle(), u"Claimbench"_s);
        QVERIFY(window.findChild<QLabel *>(u"centreEmptyState"_s)->text().startsWith(u"No project open"_s));
        for (const QString &dock : {u"tagsDock"_s, u"claimEditorDock"_s, u"claimsDock"_s, u"chartDock"_s})
            QCOMPARE(dockEmptyText(window, dock), u"No project open"_s);
        QCOMPARE(labelText(window, u"statusPath"_s), u"No project"_s);
        QVERIFY(!close->isEnabled());
        QVERIFY(!undo->isEnabled());
        QVERIFY(!actionNamed(file, u"&Import Files…"_s)->isEnabled());
        QVERIFY(!actionNamed(file, u"Export C&laims…"_s)->isEnabled());
        QVERIFY(!window.findChild<QLineEdit *>(u"librarySearch"_s)->isEnabled());
        QVERIFY(!window.readerActions()->createClaim()->isEnabled());
        // The claim made before closing is stored.
        QCOMPARE(storedClaims(m_projectPath).size(), 1);

        // The next start opens no project; Open Recent still lists it.
        QVERIFY(RecentProjects().projectToReopen().isEmpty());
        QCOMPARE(RecentProjects().paths().value(0), QFileInfo(m_projectPath).absoluteFilePath());
        // The panes were saved before closing: reopened, it shows the article again.
        QVERIFY(window.openProject(m_projectPath));
        QCOMPARE(window.reader()->left()->articleId(), articleId);
        QCOMPARE(RecentProjects().projectToReopen(), QFileInfo(m_projectPath).absoluteFilePath());
    }

    // Settings from before Close Project existed reopen the newest recent project.
    void theProjectToReopenDefaultsToTheNewestRecentOne()
    {
        QSettings().setValue(u"recentProjects"_s, QStringList{u"/p/a.claimbench"_s, u"/p/b.claimbench"_s});
        QCOMPARE(RecentProjects().projectToReopen(), u"/p/a.claimbench"_s);
        RecentProjects().forgetProjectToReopen();
        QVERIFY(RecentProjects().projectToReopen().isEmpty());
        RecentProjects().add(u"/p/b.claimbench"_s);
        QCOMPARE(RecentProjects().projectToReopen(), u"/p/b.claimbench"_s);
    }

    // Issue 12: the chart is built on a worker thread. Closing the project,
    // or the window, while it builds waits for the worker, draws nothing and
    // lets go of the project.
    void closingDuringAChartBuildIsSafe()
    {
        for (const bool closeWindow : {false, true}) {
            MainWindow window;
            QVERIFY(openInWindow(window, m_projectPath));
            Metric metric;
            metric.name = closeWindow ? u"Charted while the window closes"_s : u"Charted while the project closes"_s;
            CLAIMBENCH_VERIFY_OK(window.session()->createMetric(metric));
            auto *chart = window.findChild<ChartPanel *>();
            dockNamed(window, u"chartDock"_s)->raise();
            QVERIFY(chart->isBuilding());
            if (closeWindow) {
                window.close(); // and destroyed at the end of the loop, still building
                continue;
            }
            const std::weak_ptr<Project> project = window.project();
            QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);
            QVERIFY(!window.project());
            QVERIFY(!chart->isBuilding());
            QVERIFY(project.expired());
            QTest::qWait(50);
            QCOMPARE(dockEmptyText(window, u"chartDock"_s), u"No project open"_s);
        }
    }

    // The import writes into the project and reports on it: closing waits for
    // it (its progress dialog cancels it).
    void closeProjectWaitsForAnImport()
    {
        MainWindow window;
        QVERIFY(openInWindow(window, m_projectPath));
        QAction *close = actionNamed(menuNamed(window, u"fileMenu"_s), u"&Close Project"_s);
        const QString file = m_dir->filePath(u"late.txt"_s);
        QVERIFY(writeFile(file, "Title: Late report\n\nAbout 40 drones were launched.\n"));
        QSignalSpy finished(&window, &MainWindow::importFinished);
        QVERIFY(window.importPaths({file}));
        QVERIFY(!close->isEnabled());
        close->trigger();
        QVERIFY(window.project());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(close->isEnabled());
        QCOMPARE(window.findChild<QTableView *>(u"libraryView"_s)->model()->rowCount(), 4);
        window.findChild<QMessageBox *>(u"importSummary"_s)->close();
    }

    void creatingAClaimBringsTheClaimEditorForward()
    {
        MainWindow window;
        QVERIFY(openInWindow(window, m_projectPath));
        QDockWidget *editor = dockNamed(window, u"claimEditorDock"_s);
        // Closed by the analyst.
        editor->close();
        QVERIFY(!editor->isVisible());
        claimDronesInLeftPane(window);
        QCOMPARE(storedClaims(m_projectPath).size(), 1);
        QTRY_VERIFY(editor->isVisible());

        // Tabbed behind the tag dock; a suggestion accepted with Return.
        QDockWidget *tags = dockNamed(window, u"tagsDock"_s);
        window.tabifyDockWidget(tags, editor);
        tags->raise();
        // A dock behind another's tab stays "visible", with nothing of it on screen.
        QTRY_VERIFY(editor->visibleRegion().isEmpty());
        ArticleTextEdit *text = window.reader()->left()->textEdit();
        text->selectRange(int(window.reader()->left()->article().body.indexOf(u"28"_s)) + 1,
                          int(window.reader()->left()->article().body.indexOf(u"28"_s)) + 1);
        QTest::keyClick(text, Qt::Key_Return);
        QCOMPARE(storedClaims(m_projectPath).size(), 2);
        QTRY_VERIFY(!editor->visibleRegion().isEmpty());
        QVERIFY(tags->visibleRegion().isEmpty());
    }

    // Regression: Ctrl+T on a claim's own words made a second, identical claim.
    void ctrlTOnAClaimsOwnWordsSelectsIt()
    {
        MainWindow window;
        QVERIFY(openInWindow(window, m_projectPath));
        ArticleTextEdit *text = claimDronesInLeftPane(window);
        ReaderPane *left = window.reader()->left();
        const qint64 claimId = storedClaims(m_projectPath).value(0).id;
        const int steps = window.session()->undoStack()->count();
        // Elsewhere first, so that the claim is no longer selected.
        QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, pointAt(text, int(left->article().body.size()) - 2));
        QCOMPARE(left->selectedClaim(), qint64(0));

        const int start = int(left->article().body.indexOf(u"63 drones"_s));
        selectByKeyboard(text, start, start + 9);
        QCOMPARE(text->textCursor().selectedText(), u"63 drones"_s);
        QTest::keyClick(text, Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(storedClaims(m_projectPath).size(), 1);
        QCOMPARE(window.session()->undoStack()->count(), steps);
        QCOMPARE(left->selectedClaim(), claimId);
        QCOMPARE(window.findChild<QLabel *>(u"claimQuote"_s)->text().contains(u"<b>63 drones</b>"_s), true);

        // A range that only overlaps the claim is another claim.
        selectByKeyboard(text, start, start + 19);
        QTest::keyClick(text, Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(storedClaims(m_projectPath).size(), 2);
    }

    // Regression: after a corrected version was imported, the pane kept the
    // old text, the editor and the table the old claim, and Ctrl+Z undid
    // into offsets of the old text.
    void reimportingACorrectedArticleShowsItsNewText()
    {
        MainWindow window;
        QVERIFY(openInWindow(window, m_projectPath));
        ReaderPane *left = window.reader()->left();
        pickArticle(left, u"Drone attacks overnight"_s);
        ArticleTextEdit *text = left->textEdit();
        const QString oldBody = left->article().body;
        const int shotStart = int(oldBody.indexOf(u"28 were shot down"_s));
        text->setFocus();
        text->selectRange(shotStart, shotStart + 17);
        QTest::keyClick(text, Qt::Key_T, Qt::ControlModifier);
        const int dronesStart = int(oldBody.indexOf(u"63 drones"_s));
        text->selectRange(dronesStart, dronesStart + 9);
        QTest::keyClick(text, Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(storedClaims(m_projectPath).size(), 2);
        const qint64 dronesId = left->selectedClaim();
        QCOMPARE(window.findChild<ClaimEditorPanel *>()->claimId(), dronesId);
        QVERIFY(window.findChild<QLabel *>(u"claimQuote"_s)->text().contains(u"launched"_s));
        QCOMPARE(window.session()->undoStack()->count(), 2);

        // The same URL with other text is a corrected version of the article.
        const QString newBody =
            u"Russia fired 63 drones overnight; 25 were shot down.\n\nEighteen people were injured."_s;
        const QString file = m_dir->filePath(u"corrected.txt"_s);
        QVERIFY(writeFile(file, (u"Title: Drone attacks overnight\nURL: "_s + left->article().url + u"\n\n"_s
                                 + newBody).toUtf8()));
        QSignalSpy finished(&window, &MainWindow::importFinished);
        QVERIFY(window.importPaths({file}));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        const auto summary = finished.at(0).at(0).value<ImportSummary>();
        QCOMPARE(summary.outcomes.value(0).status, ImportOutcome::Status::Updated);
        window.findChild<QMessageBox *>(u"importSummary"_s)->close();

        // The pane shows the new text, the claim at its new place, the other one orphaned.
        QCOMPARE(left->article().body, newBody);
        QCOMPARE(text->toPlainText(), newBody);
        const int newStart = int(newBody.indexOf(u"63 drones"_s));
        QCOMPARE(text->highlights().size(), 1);
        QCOMPARE(text->highlights().value(0).claimId, dronesId);
        QCOMPARE(text->highlights().value(0).start, newStart);
        QCOMPARE(text->highlights().value(0).end, newStart + 9);
        QCOMPARE(left->orphanList()->count(), 1);
        QCOMPARE(left->selectedClaim(), dronesId);
        // The editor and the table show the re-anchored claim.
        QVERIFY(window.findChild<QLabel *>(u"claimQuote"_s)->text().contains(u"fired"_s));
        const QAbstractItemModel *table = window.findChild<ClaimsTablePanel *>()->view()->model();
        QCOMPARE(table->index(tableRowOf(window, dronesId), 0).data(ClaimsTableModel::StartRole).toInt(), newStart);

        // Nothing left to undo into the old text.
        const auto placements = [this] {
            QList<std::tuple<qint64, int, int, bool>> rows;
            for (const Claim &c : storedClaims(m_projectPath))
                rows.append({c.id, c.start, c.end, c.orphaned});
            return rows;
        };
        const auto after = placements();
        QCOMPARE(window.session()->undoStack()->count(), 0);
        QVERIFY(!window.findChild<QAction *>(u"undoAction"_s)->isEnabled());
        QVERIFY(window.statusBar()->currentMessage().contains(u"Undo history cleared"_s));
        QVERIFY(window.statusBar()->currentMessage().contains(u"Drone attacks overnight"_s));
        text->setFocus();
        QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(placements(), after);
        QCOMPARE(after.size(), 2);
        QVERIFY(after.contains({dronesId, newStart, newStart + 9, false}));
    }

    // The analyst's round, by keyboard and mouse only, checked on the stored
    // rows and on screen, then found again in a new window.
    void analystTagsEditsUndoesAndFindsTheClaimAgain()
    {
        qint64 claimId = 0;
        {
            MainWindow window;
            QVERIFY(openWithEmptyPanes(window, m_projectPath));
            ReaderPane *left = window.reader()->left();

            // Type part of the title in the picker, choose it from the list.
            QLineEdit *pickerField = left->picker()->lineEdit();
            QTest::mouseClick(pickerField, Qt::LeftButton);
            QTRY_VERIFY(pickerField->hasFocus());
            QTest::keyClicks(pickerField, u"attacks"_s);
            QAbstractItemView *choices = left->picker()->completer()->popup();
            QTRY_VERIFY(choices->isVisible());
            QCOMPARE(choices->model()->rowCount(), 1);
            QTest::keyClick(choices, Qt::Key_Down);
            QTest::keyClick(choices, Qt::Key_Return);
            QTRY_COMPARE(left->article().title, u"Drone attacks overnight"_s);
            QCOMPARE(left->view()->title(), u"Drone attacks overnight"_s);

            // Drag over "28 were shot down", press Ctrl+T.
            ArticleTextEdit *text = left->textEdit();
            const QString body = left->article().body;
            const int start = int(body.indexOf(u"28 were shot down"_s));
            const int end = start + 17;
            QTest::mousePress(text->viewport(), Qt::LeftButton, {}, pointAt(text, start));
            QTest::mouseMove(text->viewport(), pointAt(text, start + 8));
            QTest::mouseMove(text->viewport(), pointAt(text, end));
            QTest::mouseRelease(text->viewport(), Qt::LeftButton, {}, pointAt(text, end));
            QCOMPARE(text->textCursor().selectedText(), u"28 were shot down"_s);
            QTest::keyClick(text, Qt::Key_T, Qt::ControlModifier);
            QList<Claim> stored = storedClaims(m_projectPath);
            QCOMPARE(stored.size(), 1);
            claimId = stored.value(0).id;
            QCOMPARE(stored.value(0).quote, u"28 were shot down"_s);
            QCOMPARE(stored.value(0).start, start);
            QCOMPARE(stored.value(0).value, std::optional<double>(28));
            QCOMPARE(text->highlights().value(0).claimId, claimId);

            // Correct the value in the claim editor.
            auto *value = window.findChild<QLineEdit *>(u"claimValue"_s);
            retypeClaimValue(value, u"28"_s, u"27"_s);
            QCOMPARE(storedClaims(m_projectPath).value(0).value, std::optional<double>(27));
            QCOMPARE(value->text(), u"27"_s);

            // Back in the article: click the claim, undo, redo.
            QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, pointAt(text, start + 5));
            QTRY_VERIFY(text->hasFocus());
            QCOMPARE(left->selectedClaim(), claimId);
            QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier);
            QCOMPARE(storedClaims(m_projectPath).value(0).value, std::optional<double>(28));
            QCOMPARE(value->text(), u"28"_s);
            QTest::keyClick(text, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
            QCOMPARE(storedClaims(m_projectPath).value(0).value, std::optional<double>(27));
            QCOMPARE(value->text(), u"27"_s);
            QCOMPARE(storedClaims(m_projectPath).size(), 1);
            window.close();
        }

        MainWindow again;
        QVERIFY(openInWindow(again, m_projectPath));
        const int row = tableRowOf(again, claimId);
        QVERIFY(row >= 0);
        const QAbstractItemModel *table = again.findChild<ClaimsTablePanel *>()->view()->model();
        QCOMPARE(table->index(row, ClaimsTableModel::ValueColumn).data(ClaimsTableModel::RawValueRole).toDouble(), 27.0);
        QCOMPARE(table->index(row, ClaimsTableModel::QuoteColumn).data().toString(), u"28 were shot down"_s);
        ReaderPane *left = again.reader()->left();
        QCOMPARE(left->article().title, u"Drone attacks overnight"_s);
        QCOMPARE(left->textEdit()->highlights().value(0).claimId, claimId);
        QCOMPARE(left->textEdit()->highlights().value(0).start,
                 int(left->article().body.indexOf(u"28 were shot down"_s)));
    }

    // Regression (issue 20, bug 1): every edit reloaded the library, which
    // selected its row again and opened that article in the active pane,
    // scrolled to the top, in place of the one being worked on.
    void anEditKeepsThePaneOnTheArticleBeingWorkedOn()
    {
        QStringList paragraphs;
        for (int i = 1; i <= 60; ++i)
            paragraphs << u"Paragraph %1 describes the front line in some detail."_s.arg(i);
        paragraphs.insert(45, u"Overnight Russia launched 63 drones; 28 were shot down."_s);
        qint64 longId = 0;
        {
            auto project = Project::open(m_projectPath);
            QVERIFY(project);
            Article article = makeArticle(u"A long night"_s, u"Ukrinform"_s, PartialDate::day(2025, 6, 1),
                                          paragraphs.join(u"\n\n"_s));
            auto added = (*project)->articles().add(article);
            CLAIMBENCH_VERIFY_OK(added);
            longId = *added;
        }
        MainWindow window;
        QVERIFY(openInWindow(window, m_projectPath));
        QCOMPARE(addTags(window.session(), {u"Drones"_s}).size(), 1);
        const qint64 claimId = claimQuote(window.session(), longId, u"63 drones"_s);
        QVERIFY(claimId != 0);
        ReaderPane *left = window.reader()->left();

        // The library opens one article; a double-click in the claims table
        // another one's claim, its quote selected far down.
        clickLibraryRow(window, u"Losses surpass one million"_s);
        QTRY_COMPARE(left->article().title, u"Losses surpass one million"_s);
        clickTableRow(window, claimId, true);
        QCOMPARE(left->articleId(), longId);
        QCOMPARE(left->selectedClaim(), claimId);
        QCOMPARE(left->textEdit()->textCursor().selectedText(), u"63 drones"_s);
        QVERIFY(left->textEdit()->verticalScrollBar()->value() > 0);
        const auto place = [left] {
            return u"article %1, claim %2, quote “%3”, scrolled to %4"_s.arg(left->articleId())
                .arg(left->selectedClaim())
                .arg(left->textEdit()->textCursor().selectedText())
                .arg(left->textEdit()->verticalScrollBar()->value());
        };
        QString workingPlace = place();
        const auto stored = [this, claimId] {
            for (const Claim &c : storedClaims(m_projectPath))
                if (c.id == claimId)
                    return c;
            return Claim{};
        };

        // The status from the table's context menu.
        setStatusFromTableMenu(window, ClaimStatus::Disputed);
        QCOMPARE(stored().status, ClaimStatus::Disputed);
        QCoreApplication::processEvents();
        QCOMPARE(place(), workingPlace);

        // The value edited in the table's cell: Right to it from the article's, F2.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTableView *table = claimsView(window);
        table->setFocus();
        QCOMPARE(table->currentIndex().column(), int(ClaimsTableModel::ArticleColumn));
        for (int column = ClaimsTableModel::ArticleColumn; column < ClaimsTableModel::ValueColumn; ++column)
            QTest::keyClick(table, Qt::Key_Right);
        QTest::keyClick(table, Qt::Key_F2);
        auto *cellEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(cellEditor);
        cellEditor->selectAll();
        QTest::keyClicks(cellEditor, u"64"_s);
        QTest::keyClick(cellEditor, Qt::Key_Return);
        QTRY_COMPARE(stored().value, std::optional<double>(64)); // the delegate commits queued
        QCoreApplication::processEvents();
        QCOMPARE(place(), workingPlace);

        // The status chosen in the claim editor.
        auto *status = window.findChild<QComboBox *>(u"claimStatus"_s);
        QCOMPARE(window.findChild<ClaimEditorPanel *>()->claimId(), claimId);
        status->setCurrentIndex(status->findData(int(ClaimStatus::Corroborated)));
        Q_EMIT status->activated(status->currentIndex());
        QCOMPARE(stored().status, ClaimStatus::Corroborated);
        QCoreApplication::processEvents();
        QCOMPARE(place(), workingPlace);

        // Key 1 on the claim opened from a chart point (what a click on its marker emits).
        clickLibraryRow(window, u"Statement to the OSCE"_s);
        // It fills the empty pane beside the one being worked on.
        QTRY_COMPARE(window.reader()->right()->article().title, u"Statement to the OSCE"_s);
        Q_EMIT window.findChild<ChartPanel *>()->claimActivated(claimId);
        QCOMPARE(left->articleId(), longId);
        workingPlace = place();
        QTest::keyClick(left->textEdit(), Qt::Key_1);
        QVERIFY(stored().tagId != 0);
        QCoreApplication::processEvents();
        QCOMPARE(place(), workingPlace);
    }

    // Regression (issue 20, bug 3): after an edit was saved, Ctrl+Z in the
    // claim editor's field did nothing: the field's own, empty, undo took it.
    void undoKeysInAClaimEditorFieldReachTheProject()
    {
        MainWindow window;
        QVERIFY(openInWindow(window, m_projectPath));
        claimDronesInLeftPane(window);
        const auto storedValue = [this] { return storedClaims(m_projectPath).value(0).value; };
        auto *value = window.findChild<QLineEdit *>(u"claimValue"_s);
        retypeClaimValue(value, u"63"_s, u"64"_s);
        QCOMPARE(storedValue(), std::optional<double>(64));

        QTest::keyClick(value, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(storedValue(), std::optional<double>(63));
        QCOMPARE(value->text(), u"63"_s);
        QTest::keyClick(value, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(storedValue(), std::optional<double>(64));
        QCOMPARE(value->text(), u"64"_s);

        // Typing not yet saved is the field's to undo; then the project's step.
        QTest::keyClicks(value, u"5"_s);
        QTest::keyClick(value, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(value->text(), u"64"_s);
        QCOMPARE(storedValue(), std::optional<double>(64));
        QTest::keyClick(value, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(storedValue(), std::optional<double>(63));

        // An editable list (the claimant) passes the keys on the same way.
        auto *claimant = window.findChild<QComboBox *>(u"claimClaimant"_s);
        claimant->setFocus();
        QTRY_VERIFY(claimant->hasFocus());
        claimant->lineEdit()->selectAll();
        QTest::keyClicks(claimant, u"Air Force"_s);
        QTest::keyClick(claimant, Qt::Key_Return);
        QVERIFY(storedClaims(m_projectPath).value(0).claimantId != 0);
        QTest::keyClick(claimant, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(storedClaims(m_projectPath).value(0).claimantId, qint64(0));
        QCOMPARE(storedValue(), std::optional<double>(63));
    }

    // Regression (issue 20, bug 4): a single click on a claims-table row left
    // the claim editor on the previous claim.
    void theCurrentClaimIsOneInTableEditorAndReader()
    {
        MainWindow window;
        QVERIFY(openInWindow(window, m_projectPath));
        ProjectSession *session = window.session();
        const qint64 drones = articleTitled(window, u"Drone attacks overnight"_s);
        const qint64 launched = claimQuote(session, drones, u"63 drones"_s);
        const qint64 shot = claimQuote(session, drones, u"28 were shot down"_s);
        const qint64 losses = claimQuote(session, articleTitled(window, u"Losses surpass one million"_s),
                                         u"one million troops"_s);
        QVERIFY(launched && shot && losses);
        ReaderPane *left = window.reader()->left();
        pickArticle(left, u"Drone attacks overnight"_s);
        auto *editor = window.findChild<ClaimEditorPanel *>();
        QTableView *table = claimsView(window);
        const auto tableClaim = [table] {
            return table->currentIndex().data(ClaimsTableModel::ClaimIdRole).toLongLong();
        };

        // A click on a row: the editor and the pane showing its article follow.
        clickTableRow(window, launched);
        QCOMPARE(editor->claimId(), launched);
        QCOMPARE(left->selectedClaim(), launched);
        QCOMPARE(left->textEdit()->textCursor().selectedText(), u"63 drones"_s);
        QVERIFY(table->hasFocus());

        // The keyboard moves the current row, and the claim with it.
        QTest::keyClick(table, tableRowOf(window, launched) == 0 ? Qt::Key_Down : Qt::Key_Up);
        QVERIFY(tableClaim() != launched);
        QCOMPARE(editor->claimId(), tableClaim());

        // A claim of an article no pane shows: no article is opened, and the
        // pane outlines none of its own claims.
        clickTableRow(window, losses);
        QCOMPARE(editor->claimId(), losses);
        QCOMPARE(left->articleId(), drones);
        QCOMPARE(left->selectedClaim(), qint64(0));
        QVERIFY(!left->textEdit()->textCursor().hasSelection());
        QCOMPARE(window.reader()->right()->articleId(), qint64(0));

        // A click on a claim in the reader moves the table's row to it.
        ArticleTextEdit *text = left->textEdit();
        QTest::mouseClick(text->viewport(), Qt::LeftButton, {},
                          pointAt(text, int(left->article().body.indexOf(u"28 were"_s)) + 1));
        QCOMPARE(left->selectedClaim(), shot);
        QCOMPARE(editor->claimId(), shot);
        QCOMPARE(tableClaim(), shot);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);

        // An edit that re-sorts the table keeps the row on the claim.
        table->sortByColumn(ClaimsTableModel::StatusColumn, Qt::AscendingOrder);
        QCOMPARE(tableClaim(), shot);
        ClaimDraft disputed{*window.project()->claims().get(shot), {}, {}};
        disputed.claim.status = ClaimStatus::Disputed;
        CLAIMBENCH_VERIFY_OK(session->updateClaim(disputed, u"Edit status"_s));
        QCOMPARE(tableClaim(), shot);
        QCOMPARE(editor->claimId(), shot);

        // A chart point opens its claim, which the table's row follows.
        Q_EMIT window.findChild<ChartPanel *>()->claimActivated(losses);
        QCOMPARE(left->selectedClaim(), losses);
        QCOMPARE(tableClaim(), losses);
        QCOMPARE(editor->claimId(), losses);
    }

    // Regression (issue 19, cold GUI test F2): an undo refused because
    // another program changed the claim left the table and the editor
    // showing the value the store no longer held. Since issue 17 the refusal
    // asks Keep Theirs or Apply Mine, the views already showing theirs.
    void aRefusedUndoShowsTheClaimAsTheStoreHoldsIt_data()
    {
        QTest::addColumn<QString>("button");
        QTest::addColumn<int>("valueAfter");
        QTest::newRow("keep theirs") << u"keepTheirs"_s << 12345;
        QTest::newRow("apply mine") << u"applyMine"_s << 0; // the value before the session's edit
    }
    void aRefusedUndoShowsTheClaimAsTheStoreHoldsIt()
    {
        QFETCH(QString, button);
        QFETCH(int, valueAfter);
        MainWindow window;
        QVERIFY(openInWindow(window, m_projectPath));
        const qint64 claimId = claimEstimateInEditor(window);
        QVERIFY(claimId);
        QAbstractItemModel *table = claimsView(window)->model();
        const QString before =
            table->index(tableRowOf(window, claimId), ClaimsTableModel::ValueColumn).data().toString();
        QVERIFY(table->setData(table->index(tableRowOf(window, claimId), ClaimsTableModel::ValueColumn),
                               QLocale().toString(316000)));
        {
            auto other = Project::open(m_projectPath);
            CLAIMBENCH_VERIFY_OK(other);
            auto theirs = (*other)->claims().get(claimId);
            CLAIMBENCH_VERIFY_OK(theirs);
            theirs->value = 12345;
            CLAIMBENCH_VERIFY_OK((*other)->claims().update(*theirs));
        }

        QString asked;
        QString tableWhileAsked;
        QString editorWhileAsked;
        QTimer::singleShot(0, &window, [&] {
            auto *box = window.findChild<QMessageBox *>(u"conflictMessage"_s);
            if (!box)
                return;
            asked = box->informativeText();
            tableWhileAsked =
                table->index(tableRowOf(window, claimId), ClaimsTableModel::ValueColumn).data().toString();
            editorWhileAsked = window.findChild<QLineEdit *>(u"claimValue"_s)->text();
            box->findChild<QPushButton *>(button)->click();
        });
        window.findChild<QAction *>(u"undoAction"_s)->trigger();
        QVERIFY2(asked.contains(u" was changed by "_s) && asked.contains(u"its value is now 12345"_s),
                 qPrintable(asked));
        QCOMPARE(tableWhileAsked, QLocale().toString(12345));
        QCOMPARE(editorWhileAsked, QLocale().toString(12345));
        QVERIFY(!window.findChild<QMessageBox *>(u"errorMessage"_s)); // asked once, not told again
        const QString after = valueAfter ? QLocale().toString(valueAfter) : before;
        QCOMPARE(table->index(tableRowOf(window, claimId), ClaimsTableModel::ValueColumn).data().toString(), after);
        QCOMPARE(window.findChild<QAction *>(u"redoAction"_s)->isEnabled(), button == u"applyMine"_s);
    }

    // Regression (issue 19, cold GUI test F3): a save refused because the
    // project file was deleted showed only in the panel that made it, which
    // may be tabbed away; the window says it whichever panel made the edit.
    void aRefusedSaveIsShownByTheWindow()
    {
        MainWindow window;
        QVERIFY(openInWindow(window, m_projectPath));
        const qint64 claimId = claimEstimateInEditor(window);
        QVERIFY(claimId);
        QVERIFY(QFile::remove(m_projectPath));
        dockNamed(window, u"chartDock"_s)->raise();

        auto *value = window.findChild<QLineEdit *>(u"claimValue"_s);
        value->setFocus();
        value->setText(QLocale().toString(316000));
        QTest::keyClick(value, Qt::Key_Return);
        auto *box = window.findChild<QMessageBox *>(u"errorMessage"_s);
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY(box->informativeText().contains(u"replaced or deleted"_s));
        box->close();
    }

    void oneReaderPaneAlwaysShows()
    {
        MainWindow window;
        QVERIFY(openInWindow(window, m_projectPath));
        QAction *showLeft = window.readerActions()->showLeftPane();
        QAction *showRight = window.readerActions()->showRightPane();
        QVERIFY(showLeft->isEnabled() && showRight->isEnabled());
        showRight->trigger();
        QVERIFY(window.reader()->right()->isHidden());
        // The left pane is the only one: its action cannot hide it.
        QVERIFY(!showLeft->isEnabled());
        showLeft->trigger();
        window.reader()->setPaneVisible(window.reader()->left(), false);
        QVERIFY(!window.reader()->left()->isHidden());
        QVERIFY(showLeft->isChecked());
        showRight->trigger();
        QVERIFY(!window.reader()->right()->isHidden());
        QVERIFY(showLeft->isEnabled() && showRight->isEnabled());
    }

    // Issue 20, layout and flow: which pane the library, the editor and the
    // tag keys act on is seen, in the platform's highlight colour, dark or light.
    void theActivePaneIsFramed()
    {
        MainWindow window;
        QVERIFY(openInWindow(window, m_projectPath));
        ReaderPane *left = window.reader()->left();
        ReaderPane *right = window.reader()->right();
        pickArticle(left, u"Drone attacks overnight"_s);
        pickArticle(right, u"Losses surpass one million"_s);
        const QColor highlight = window.palette().color(QPalette::Highlight);
        QCOMPARE(window.reader()->activePane(), left);
        QCOMPARE(paneEdgeColor(left), highlight);
        QVERIFY(paneEdgeColor(right) != highlight);

        // A click into the other pane makes it the active one, framed.
        QTest::mouseClick(right->textEdit()->viewport(), Qt::LeftButton, {}, pointAt(right->textEdit(), 3));
        QCOMPARE(window.reader()->activePane(), right);
        QCOMPARE(paneEdgeColor(right), highlight);
        QVERIFY(paneEdgeColor(left) != highlight);

        // A dark palette frames it in its own highlight colour.
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
        dark.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
        dark.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
        dark.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
        window.setPalette(dark);
        QCOMPARE(paneEdgeColor(right), QColor(0x3d, 0xae, 0xe9));
        QVERIFY(paneEdgeColor(left) != QColor(0x3d, 0xae, 0xe9));

        // With one pane shown, there is nothing to tell apart.
        window.readerActions()->showLeftPane()->trigger();
        QVERIFY(left->isHidden());
        QVERIFY(paneEdgeColor(right) != QColor(0x3d, 0xae, 0xe9));
    }

    // Issue 20: opening a second article from the library put it over the
    // first while the other pane stood empty.
    void aLibraryOpenFillsAnEmptyPaneBeforeReplacing()
    {
        MainWindow window;
        QVERIFY(openWithEmptyPanes(window, m_projectPath));
        ReaderPane *left = window.reader()->left();
        ReaderPane *right = window.reader()->right();
        const qint64 drones = articleTitled(window, u"Drone attacks overnight"_s);
        const qint64 losses = articleTitled(window, u"Losses surpass one million"_s);
        const qint64 statement = articleTitled(window, u"Statement to the OSCE"_s);

        doubleClickLibraryRow(window, u"Drone attacks overnight"_s);
        QCOMPARE(left->articleId(), drones);
        QCOMPARE(right->articleId(), qint64(0));

        // The right pane is empty: the next article goes there, and it becomes the active pane.
        doubleClickLibraryRow(window, u"Losses surpass one million"_s);
        QCOMPARE(left->articleId(), drones);
        QCOMPARE(right->articleId(), losses);
        QCOMPARE(window.reader()->activePane(), right);
        QVERIFY(right->isMarkedActive());
        QVERIFY(!left->isMarkedActive());

        // Both full: the active pane's article is replaced.
        doubleClickLibraryRow(window, u"Statement to the OSCE"_s);
        QCOMPARE(left->articleId(), drones);
        QCOMPARE(right->articleId(), statement);

        // Enter on the library's row opens it again after the pane's picker showed another.
        pickArticle(right, u"Losses surpass one million"_s);
        QCOMPARE(right->articleId(), losses);
        auto *library = window.findChild<QTableView *>(u"libraryView"_s);
        library->setFocus();
        QTest::keyClick(library, Qt::Key_Return);
        QCOMPARE(right->articleId(), statement);
        QCOMPARE(left->articleId(), drones);
    }

    // Issue 20: F6 and Shift+F6 move the focus from part to part, as in Qt
    // Creator and KDE applications, passing over what is not shown.
    void f6CyclesTheFocusThroughTheWindowsParts()
    {
        MainWindow window;
        QVERIFY(openInWindow(window, m_projectPath));
        QAction *next = viewActionWithKey(window, QKeySequence(Qt::Key_F6));
        QAction *previous = viewActionWithKey(window, QKeySequence(Qt::SHIFT | Qt::Key_F6));
        QVERIFY(next);
        QVERIFY(previous);
        ReaderPane *left = window.reader()->left();
        ReaderPane *right = window.reader()->right();
        pickArticle(left, u"Drone attacks overnight"_s);
        pickArticle(right, u"Losses surpass one million"_s);
        auto *library = window.findChild<QTableView *>(u"libraryView"_s);
        auto *editor = window.findChild<ClaimEditorPanel *>();
        QVERIFY(dockNamed(window, u"claimEditorDock"_s)->isVisible());
        // The editor takes the focus when it shows a claim's fields.
        QVERIFY(claimEstimateInEditor(window));
        const auto press = [](const QKeySequence &key) {
            QTest::keySequence(QApplication::focusWidget(), key);
            return QApplication::focusWidget();
        };

        library->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), library);
        QCOMPARE(press(Qt::Key_F6), left->textEdit());
        QCOMPARE(window.reader()->activePane(), left);
        QCOMPARE(press(Qt::Key_F6), right->textEdit());
        QCOMPARE(window.reader()->activePane(), right);
        QVERIFY(right->isMarkedActive());
        QCOMPARE(press(Qt::Key_F6), claimsView(window));
        // The table is framed, as its style may show no focus.
        QCOMPARE(window.findChild<QFocusFrame *>(u"focusFrame"_s)->widget(), claimsView(window));
        // Into the editor's first field, not the scroll area around the fields.
        QWidget *field = press(Qt::Key_F6);
        QVERIFY(editor->isAncestorOf(field));
        QVERIFY(qobject_cast<QLineEdit *>(field) || qobject_cast<QComboBox *>(field));
        QVERIFY(!window.findChild<QFocusFrame *>(u"focusFrame"_s)->widget());
        // Round the cycle, back to the library.
        for (int i = 0; i < 8 && QApplication::focusWidget() != library; ++i) {
            QWidget *focused = press(Qt::Key_F6);
            QVERIFY(focused && focused->isVisible());
        }
        QCOMPARE(QApplication::focusWidget(), library);

        // Backwards, and past what is hidden: the right pane, the claims dock.
        window.readerActions()->showRightPane()->trigger();
        dockNamed(window, u"claimsDock"_s)->close();
        QCOMPARE(press(Qt::Key_F6), left->textEdit());
        QVERIFY(!claimsView(window)->isAncestorOf(press(Qt::Key_F6)));
        QVERIFY(editor->isAncestorOf(QApplication::focusWidget()));
        QCOMPARE(press(QKeySequence(Qt::SHIFT | Qt::Key_F6)), left->textEdit());
        QCOMPARE(press(QKeySequence(Qt::SHIFT | Qt::Key_F6)), library);
    }

    // Issue 20: Alt+Down and Alt+Up step through an article's claims and
    // suggestions in text order; each claim becomes the current claim.
    void altDownStepsThroughTheArticlesClaimsAndSuggestions()
    {
        MainWindow window;
        QVERIFY(openInWindow(window, m_projectPath));
        ProjectSession *session = window.session();
        const qint64 drones = articleTitled(window, u"Drone attacks overnight"_s);
        const qint64 launched = claimQuote(session, drones, u"63 drones"_s);
        const qint64 injured = claimQuote(session, drones, u"Eighteen people"_s);
        QVERIFY(launched && injured);
        ReaderPane *left = window.reader()->left();
        pickArticle(left, u"Drone attacks overnight"_s);
        ArticleTextEdit *text = left->textEdit();
        QTRY_VERIFY(text->suggestionsReady());
        const auto shotDown = text->suggestionAt(int(left->article().body.indexOf(u"28"_s)));
        QVERIFY(shotDown);
        auto *editor = window.findChild<ClaimEditorPanel *>();
        QTableView *table = claimsView(window);
        const auto tableClaim = [&window] { return currentTableClaim(window); };
        text->setFocus();
        text->selectRange(0, 0);
        const auto step = [text](Qt::Key key) { QTest::keyClick(text, key, Qt::AltModifier); };

        step(Qt::Key_Down);
        QCOMPARE(left->selectedClaim(), launched);
        QCOMPARE(text->textCursor().selectedText(), u"63 drones"_s);
        QCOMPARE(editor->claimId(), launched);
        QCOMPARE(tableClaim(), launched);

        // A suggestion is selected; no claim is current.
        step(Qt::Key_Down);
        QCOMPARE(left->selectedClaim(), qint64(0));
        QCOMPARE(text->textCursor().selectionStart(), shotDown->start);
        QCOMPARE(text->textCursor().selectionEnd(), shotDown->end);
        QCOMPARE(editor->claimId(), qint64(0));
        QVERIFY(table->selectionModel()->selectedRows().isEmpty());

        step(Qt::Key_Down);
        QCOMPARE(left->selectedClaim(), injured);
        QCOMPARE(editor->claimId(), injured);
        QCOMPARE(tableClaim(), injured);
        QVERIFY(text->hasFocus());

        // The last one: it stays, and the status bar says why.
        step(Qt::Key_Down);
        QCOMPARE(left->selectedClaim(), injured);
        QVERIFY(window.statusBar()->currentMessage().startsWith(u"No further claim"_s));

        step(Qt::Key_Up);
        QCOMPARE(text->textCursor().selectionStart(), shotDown->start);
        step(Qt::Key_Up);
        QCOMPARE(left->selectedClaim(), launched);
        QCOMPARE(tableClaim(), launched);
        step(Qt::Key_Up);
        QCOMPARE(left->selectedClaim(), launched);
        QVERIFY(window.statusBar()->currentMessage().startsWith(u"No earlier claim"_s));

        // From a click on a claim, the step goes on from that claim.
        QTest::mouseClick(text->viewport(), Qt::LeftButton, {},
                          pointAt(text, int(left->article().body.indexOf(u"Eighteen"_s)) + 2));
        QCOMPARE(left->selectedClaim(), injured);
        step(Qt::Key_Up);
        QCOMPARE(text->textCursor().selectionStart(), shotDown->start);
        // Enter accepts the suggestion stepped to.
        QTest::keyClick(text, Qt::Key_Return);
        auto claims = window.project()->claims().listForArticle(drones);
        CLAIMBENCH_VERIFY_OK(claims);
        QCOMPARE(claims->size(), 3);
    }

    // Issue 20, "Done when": the analyst's day in one walk. At every step the
    // articles open, the current claim and the chart's series are what the
    // analyst left them at.
    void theAnalystsDay()
    {
        MainWindow window;
        QVERIFY(openInWindow(window, m_projectPath));
        ReaderPane *left = window.reader()->left();
        ReaderPane *right = window.reader()->right();
        auto *editor = window.findChild<ClaimEditorPanel *>();
        const auto openArticles = [left, right] {
            return QStringList{left->article().title, right->article().title};
        };
        const auto current = [&](qint64 claimId) {
            return editor->claimId() == claimId && currentTableClaim(window) == claimId;
        };
        const auto typeInto = [](QComboBox *box, const QString &text) {
            box->setFocus();
            box->lineEdit()->selectAll();
            QTest::keyClicks(box, text);
            // Enter goes where a user's key would: to the completer's list when it shows.
            QWidget *popup = QApplication::activePopupWidget();
            QTest::keyClick(popup ? popup : box, Qt::Key_Return);
            QVERIFY(!QApplication::activePopupWidget());
        };
        auto *metricBox = window.findChild<QComboBox *>(u"claimMetric"_s);
        const auto claimIds = [this] {
            QList<qint64> ids;
            for (const Claim &c : storedClaims(m_projectPath))
                ids.append(c.id);
            return ids;
        };

        // Two articles side by side: the second fills the empty pane.
        doubleClickLibraryRow(window, u"Losses surpass one million"_s);
        QTRY_COMPARE(left->article().title, u"Losses surpass one million"_s);
        doubleClickLibraryRow(window, u"Statement to the OSCE"_s);
        QTRY_COMPARE(openArticles(), (QStringList{u"Losses surpass one million"_s, u"Statement to the OSCE"_s}));

        // Claim 1: Ctrl+T on a selection, its metric typed in the editor.
        ArticleTextEdit *leftText = left->textEdit();
        const int million = int(left->article().body.indexOf(u"one million troops"_s));
        leftText->setFocus();
        leftText->selectRange(million, million + 18);
        QTest::keyClick(leftText, Qt::Key_T, Qt::ControlModifier);
        QTRY_COMPARE(claimIds().size(), 1);
        const qint64 losses = claimIds().at(0);
        QVERIFY(current(losses));
        typeInto(metricBox, u"Russian casualties"_s);
        QTRY_VERIFY(storedClaims(m_projectPath).value(0).metricId != 0);
        const qint64 casualties = storedClaims(m_projectPath).value(0).metricId;
        QCOMPARE(openArticles(), (QStringList{u"Losses surpass one million"_s, u"Statement to the OSCE"_s}));

        // Claim 2: the extractor's suggestion in the other pane, reached with
        // Alt+Down and accepted with Enter.
        ArticleTextEdit *rightText = right->textEdit();
        QTRY_VERIFY(rightText->suggestionsReady());
        rightText->setFocus();
        rightText->selectRange(0, 0);
        QTest::keyClick(rightText, Qt::Key_Down, Qt::AltModifier);
        QVERIFY(rightText->textCursor().selectedText().contains(u"300,000"_s));
        QTest::keyClick(rightText, Qt::Key_Return);
        QTRY_COMPARE(claimIds().size(), 2);
        const qint64 osce = claimIds().at(1);
        QVERIFY(current(osce));
        QCOMPARE(right->selectedClaim(), osce);
        typeInto(metricBox, u"Russian casualties"_s);
        QTRY_COMPARE(storedClaims(m_projectPath).value(1).metricId, casualties);

        // Claim 3: Ctrl+T in a third article, then its value corrected in the table.
        pickArticle(left, u"Drone attacks overnight"_s);
        QCOMPARE(openArticles(), (QStringList{u"Drone attacks overnight"_s, u"Statement to the OSCE"_s}));
        const int drones = int(left->article().body.indexOf(u"63 drones"_s));
        leftText->setFocus();
        leftText->selectRange(drones, drones + 9);
        QTest::keyClick(leftText, Qt::Key_T, Qt::ControlModifier);
        QTRY_COMPARE(claimIds().size(), 3);
        const qint64 launched = claimIds().at(2);
        QVERIFY(current(launched));
        // To the table's current row (the new claim's) and along it to the value.
        QTableView *table = claimsView(window);
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        QCOMPARE(currentTableClaim(window), launched);
        QTest::keyClick(table, Qt::Key_Home);
        for (int column = 0; column < ClaimsTableModel::ValueColumn; ++column)
            QTest::keyClick(table, Qt::Key_Right);
        QCOMPARE(table->currentIndex().column(), int(ClaimsTableModel::ValueColumn));
        QTest::keyClick(table, Qt::Key_F2);
        auto *cell = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(cell);
        cell->selectAll();
        QTest::keyClicks(cell, u"64"_s);
        QTest::keyClick(cell, Qt::Key_Return);
        QTRY_COMPARE(storedClaims(m_projectPath).value(2).value, std::optional<double>(64));
        QVERIFY(current(launched));
        QCOMPARE(left->selectedClaim(), launched);

        // A status changed from the table, for a claim of an article no pane shows.
        clickTableRow(window, losses);
        QVERIFY(current(losses));
        setStatusFromTableMenu(window, ClaimStatus::Disputed);
        QCOMPARE(storedClaims(m_projectPath).value(0).status, ClaimStatus::Disputed);
        QCoreApplication::processEvents();
        QCOMPARE(openArticles(), (QStringList{u"Drone attacks overnight"_s, u"Statement to the OSCE"_s}));
        QVERIFY(current(losses));

        // The metric charted: one line per claimant, one point each.
        dockNamed(window, u"chartDock"_s)->raise();
        auto *chart = window.findChild<ChartPanel *>();
        chart->setMetrics({casualties});
        QTRY_VERIFY(!chart->isBuilding());
        const ChartData shown = chart->shownData();
        QCOMPARE(shown.metrics, QStringList{u"Russian casualties"_s});
        int points = 0;
        for (const ChartSeries &series : shown.series)
            points += int(series.points.size());
        QCOMPARE(shown.series.size(), 2);
        QCOMPARE(points, 2);
        QCOMPARE(openArticles(), (QStringList{u"Drone attacks overnight"_s, u"Statement to the OSCE"_s}));
        QVERIFY(current(losses));

        // Exported: the file written, the path said, nothing else moved.
        const QString png = m_dir->filePath(u"casualties.png"_s);
        QTimer::singleShot(0, &window, [png] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->findChild<QLineEdit *>()->setText(png);
            dialog->accept();
        });
        chart->exportChart();
        QVERIFY(QFileInfo(png).size() > 0);
        QVERIFY2(window.statusBar()->currentMessage().contains(png), qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(chart->metrics(), QList<qint64>{casualties});
        QCOMPARE(chart->shownData().series.size(), 2);
        QCOMPARE(openArticles(), (QStringList{u"Drone attacks overnight"_s, u"Statement to the OSCE"_s}));
        QVERIFY(current(losses));
    }

    void geometryIsSavedOnClose()
    {
        {
            MainWindow window;
            window.show();
            window.resize(900, 640);
            window.close();
        }
        QVERIFY(!QSettings().value(u"mainWindow/geometry"_s).toByteArray().isEmpty());
        QVERIFY(!QSettings().value(u"mainWindow/state"_s).toByteArray().isEmpty());
    }

    // The About box names the storage engine as the project reports it
    // (the window includes no engine header).
    void aboutNamesTheStorageEngine()
    {
        MainWindow window;
        window.show();
        QString shown;
        QTimer::singleShot(0, &window, [&shown] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shown = box->text();
                box->accept();
            }
        });
        actionNamed(window.findChild<QMenu *>(u"helpMenu"_s), u"&About Claimbench"_s)->trigger();
        QVERIFY2(shown.contains(u"<p>Built with Qt "_s), qPrintable(shown));
        QVERIFY2(shown.contains(u", SQLite "_s + Project::engineVersion() + u", Boost.Locale "_s), qPrintable(shown));
    }

private:
    QTemporaryDir m_settingsDir;
    std::optional<QTemporaryDir> m_dir;
    QString m_projectPath;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
