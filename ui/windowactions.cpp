#include "ui/windowactions.h"

#include "core/store/project.h"
#include "core/store/projectlocation.h"
#include "ui/actionaccess.h"
#include "ui/connect/connecttoserverdialog.h"
#include "ui/help/shortcutsdialog.h"
#include "ui/help/userguidedialog.h"
#include "ui/import/importcontroller.h"
#include "ui/projectcontroller.h"
#include "ui/projectcopy.h"
#include "ui/reader/readeractions.h"
#include "ui/widgets/filedialogs.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoGroup>

#include <boost/version.hpp>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

const QString kLastDirectoryKey = u"mainWindow/lastDirectory"_s;

} // namespace

WindowActions::WindowActions(QMainWindow *window, ProjectController *projects, QUndoGroup *undoGroup,
                             ReaderActions *reader)
    : QObject(window)
    , m_window(window)
    , m_projects(projects)
    , m_reader(reader)
{
    m_new = new QAction(QIcon::fromTheme(u"document-new"_s), tr("&New Project…"), this);
    m_new->setShortcut(QKeySequence::New);
    m_new->setStatusTip(tr("Create an empty project file"));
    connect(m_new, &QAction::triggered, this, &WindowActions::chooseNewProject);

    m_open = new QAction(QIcon::fromTheme(u"document-open"_s), tr("&Open Project…"), this);
    m_open->setShortcut(QKeySequence::Open);
    m_open->setStatusTip(tr("Open a project file"));
    connect(m_open, &QAction::triggered, this, &WindowActions::chooseProjectToOpen);

    m_connect = new QAction(QIcon::fromTheme(u"network-server"_s), tr("Connect to Ser&ver…"), this);
    m_connect->setObjectName(u"connectToServerAction"_s);
    // Beside Open's key; no platform binds Ctrl+Shift+O.
    m_connect->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
    m_connect->setStatusTip(tr("Open a team project on a PostgreSQL server"));
    connect(m_connect, &QAction::triggered, this, &WindowActions::chooseServerToConnect);

    m_close = new QAction(QIcon::fromTheme(u"document-close"_s), tr("&Close Project"), this);
    m_close->setShortcuts(QKeySequence::Close);
    m_close->setStatusTip(tr("Close the project; the next start opens none"));
    connect(m_close, &QAction::triggered, m_projects, &ProjectController::close);

    m_importFiles = new QAction(QIcon::fromTheme(u"document-import"_s), tr("&Import Files…"), this);
    m_importFiles->setShortcut(Qt::CTRL | Qt::Key_I);
    m_importFiles->setStatusTip(tr("Add saved web pages, text, Markdown, PDF or documents"));
    connect(m_importFiles, &QAction::triggered, this, &WindowActions::chooseFilesToImport);

    m_importFolder = new QAction(tr("Import &Folder…"), this);
    m_importFolder->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_I);
    m_importFolder->setStatusTip(tr("Add every article in a folder and its subfolders"));
    connect(m_importFolder, &QAction::triggered, this, &WindowActions::chooseFolderToImport);

    m_quit = new QAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    // Some platform themes bind nothing to Quit; Ctrl+Q is what users expect.
    if (m_quit->shortcut().isEmpty())
        m_quit->setShortcut(Qt::CTRL | Qt::Key_Q);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, m_window, &QWidget::close);

    // Ctrl+K everywhere; the window adds the standard Find key inside the
    // library, because the reader uses Find for find-in-article.
    m_search = new QAction(tr("&Search Library"), this);
    m_search->setShortcut(Qt::CTRL | Qt::Key_K);

    // F6 as in Qt Creator and KDE applications; Qt has no standard key for it.
    m_focusNext = new QAction(tr("&Focus Next Panel"), this);
    m_focusNext->setObjectName(u"focusNextPartAction"_s);
    m_focusNext->setShortcut(Qt::Key_F6);
    m_focusNext->setStatusTip(tr("Move the keyboard focus to the next panel"));
    m_focusPrevious = new QAction(tr("Focus Pre&vious Panel"), this);
    m_focusPrevious->setObjectName(u"focusPreviousPartAction"_s);
    m_focusPrevious->setShortcut(Qt::SHIFT | Qt::Key_F6);
    m_focusPrevious->setStatusTip(tr("Move the keyboard focus to the previous panel"));

    m_exportChart = new QAction(tr("Export &Chart…"), this);
    m_exportChart->setStatusTip(tr("Save the chart as PNG or SVG"));
    m_exportClaims = new QAction(tr("Export C&laims…"), this);
    m_exportClaims->setStatusTip(tr("Save the claims listed in the table as CSV or JSON"));

    m_about = new QAction(tr("&About Claimbench"), this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &WindowActions::showAbout);

    m_undo = undoGroup->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(u"undoAction"_s);
    m_undo->setIcon(QIcon::fromTheme(u"edit-undo"_s));
    m_undo->setShortcut(QKeySequence::Undo);
    // The menu names the step ("Undo Merge claimant “…” into “…”"); the tool
    // bar keeps a short button, the step staying in its tool tip.
    m_undo->setIconText(tr("Undo"));
    m_redo = undoGroup->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(u"redoAction"_s);
    m_redo->setIcon(QIcon::fromTheme(u"edit-redo"_s));
    m_redo->setIconText(tr("Redo"));
    // Ctrl+Shift+Z on every platform, and the platform's own key as well.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys.prepend(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    m_redo->setShortcuts(redoKeys);

    m_claimants = new QAction(tr("Claima&nts…"), this);
    m_claimants->setObjectName(u"claimantsAction"_s);
    m_claimants->setStatusTip(tr("Add another spelling of a claimant, or merge two claimants that are one"));

    m_resetLayout = new QAction(tr("Rese&t Layout"), this);
    m_resetLayout->setObjectName(u"resetLayoutAction"_s);
    m_resetLayout->setStatusTip(tr("Put the panels back where and as large as a first start has them"));

    m_aboutQt = new QAction(tr("About &Qt"), this);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    // Every edit is saved at once, so there is no Save: Save As's key makes the copy.
    m_saveCopy = new QAction(QIcon::fromTheme(u"document-save-as"_s), tr("Save Cop&y As…"), this);
    m_saveCopy->setObjectName(u"saveCopyAction"_s);
    m_saveCopy->setShortcut(QKeySequence::SaveAs);
    // KDE's and Windows' themes bind nothing to Save As; GNOME's and macOS's key then.
    if (m_saveCopy->shortcut().isEmpty())
        m_saveCopy->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    m_saveCopy->setStatusTip(tr("Save a copy of the project, as it is now, to another file"));
    connect(m_saveCopy, &QAction::triggered, this, &WindowActions::chooseCopyDestination);

    m_userGuide = new QAction(QIcon::fromTheme(u"help-contents"_s), tr("&User Guide"), this);
    m_userGuide->setObjectName(u"userGuideAction"_s);
    m_userGuide->setShortcut(QKeySequence::HelpContents);
    m_userGuide->setStatusTip(tr("How to import, read, tag, tabulate and chart: the analyst's day"));
    connect(m_userGuide, &QAction::triggered, this, &WindowActions::showUserGuide);

    m_keyboardShortcuts = new QAction(tr("&Keyboard Shortcuts"), this);
    m_keyboardShortcuts->setObjectName(u"keyboardShortcutsAction"_s);
    m_keyboardShortcuts->setStatusTip(tr("Every action that has a key, and its key"));
    connect(m_keyboardShortcuts, &QAction::triggered, this, &WindowActions::showKeyboardShortcuts);
}

void WindowActions::createMenus(const QList<QDockWidget *> &docks)
{
    m_toolBar = m_window->addToolBar(tr("Reader"));
    m_toolBar->setObjectName(u"readerToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_reader->createClaim());
    m_toolBar->addAction(m_undo);
    m_toolBar->addAction(m_redo);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_reader->find());
    m_toolBar->addAction(m_reader->zoomOut());
    m_toolBar->addAction(m_reader->zoomIn());
    m_toolBar->addAction(m_reader->syncScrolling());

    QMenuBar *bar = m_window->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    file->setObjectName(u"fileMenu"_s);
    file->addAction(m_new);
    file->addAction(m_open);
    file->addAction(m_connect);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(u"recentMenu"_s);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &WindowActions::fillRecentMenu);
    file->addAction(m_close);
    file->addAction(m_saveCopy);
    file->addSeparator();
    file->addAction(m_importFiles);
    file->addAction(m_importFolder);
    file->addSeparator();
    file->addAction(m_exportClaims);
    file->addAction(m_exportChart);
    file->addSeparator();
    file->addAction(m_quit);
    // A disabled Import's tip says why (ActionAccess), as the Edit menu's do.
    file->setToolTipsVisible(true);

    const ReaderActions *reader = m_reader;
    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->setObjectName(u"editMenu"_s);
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(reader->createClaim());
    edit->addAction(reader->acceptSuggestion());
    edit->addAction(reader->setClaimToSelection());
    edit->addAction(reader->deleteClaim());
    m_applyTagMenu = edit->addMenu(tr("Apply &Tag"));
    m_applyTagMenu->setObjectName(u"applyTagMenu"_s);
    m_applyTagMenu->addActions(reader->tagActions());
    m_applyTagMenu->setToolTipsVisible(true);
    edit->addAction(m_claimants);
    // A disabled entry's tip says why: a team role that may not write (ActionAccess).
    edit->setToolTipsVisible(true);
    edit->addSeparator();
    edit->addAction(reader->find());
    edit->addAction(reader->findNext());
    edit->addAction(reader->findPrevious());

    // The tag dock's own actions, so that each is in a menu as well.
    m_tagsMenu = bar->addMenu(tr("&Tags"));
    m_tagsMenu->setObjectName(u"tagsMenu"_s);
    m_tagsMenu->setToolTipsVisible(true);

    QMenu *view = bar->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);
    view->addAction(reader->showLeftPane());
    view->addAction(reader->showRightPane());
    view->addAction(reader->syncScrolling());
    view->addAction(reader->showSuggestions());
    view->addAction(reader->showPage());
    view->addSeparator();
    view->addAction(reader->zoomIn());
    view->addAction(reader->zoomOut());
    view->addAction(reader->zoomReset());
    view->addSeparator();
    for (QDockWidget *dock : docks) {
        view->addAction(dock->toggleViewAction());
        // Shown again, a dock tabbed with others comes to the front.
        connect(dock->toggleViewAction(), &QAction::triggered, dock, [dock](bool shown) {
            if (shown)
                dock->raise();
        });
    }
    view->addAction(m_toolBar->toggleViewAction());
    view->addAction(m_resetLayout);
    view->addSeparator();
    view->addAction(m_search);
    view->addAction(m_focusNext);
    view->addAction(m_focusPrevious);
    view->addAction(reader->nextMark());
    view->addAction(reader->previousMark());

    QMenu *help = bar->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    help->addAction(m_userGuide);
    help->addAction(m_keyboardShortcuts);
    help->addSeparator();
    help->addAction(m_about);
    help->addAction(m_aboutQt);
}

void WindowActions::update(bool hasProject, bool importing)
{
    const bool idle = hasProject && !importing;
    // A reviewer or a viewer on a team server may not add articles or edit
    // claimants (the server would refuse them anyway: Project::access).
    const ActionAccess access(m_projects->project().get());
    access.apply(m_importFiles, idle);
    access.apply(m_importFolder, idle);
    access.apply(m_claimants, hasProject);
    if (m_applyTagMenu)
        access.apply(m_applyTagMenu->menuAction(), hasProject);
    m_close->setEnabled(idle);
    m_saveCopy->setEnabled(hasProject);
    m_exportChart->setEnabled(hasProject);
    m_exportClaims->setEnabled(hasProject);
    m_search->setEnabled(hasProject);
}

QString WindowActions::aboutText()
{
    return tr("<h3>Claimbench %1</h3>"
              "<p>A workbench for analysts who track the numbers in the news: load articles, "
              "read them side by side, tag the figures they claim, and chart them over time.</p>"
              "<p>Built with Qt %2 (runtime %3), %4 %5, Boost.Locale %6 with ICU, "
              "and Gumbo for saved web pages.</p>")
        .arg(QCoreApplication::applicationVersion().toHtmlEscaped(), QStringLiteral(QT_VERSION_STR),
             QString::fromLatin1(qVersion()), Project::engineName(), Project::engineVersion(),
             QString::fromLatin1(BOOST_LIB_VERSION).replace(u'_', u'.'));
}

void WindowActions::showAbout()
{
    QMessageBox::about(m_window, tr("About Claimbench"), aboutText());
}

void WindowActions::showUserGuide()
{
    auto *guide = m_window->findChild<UserGuideDialog *>();
    if (!guide) {
        guide = new UserGuideDialog(m_window);
        guide->setObjectName(u"userGuideDialog"_s);
        guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    guide->show();
    guide->raise();
    guide->activateWindow();
}

void WindowActions::showKeyboardShortcuts()
{
    // Made afresh each time: the actions' keys and texts may have changed.
    delete m_window->findChild<ShortcutsDialog *>();
    auto *shortcuts = new ShortcutsDialog(m_window, m_window);
    shortcuts->setObjectName(u"shortcutsDialog"_s);
    shortcuts->setAttribute(Qt::WA_DeleteOnClose);
    shortcuts->show();
}

void WindowActions::chooseCopyDestination()
{
    const std::shared_ptr<Project> project = m_projects->project();
    if (!project)
        return;
    FileDialog dialog(m_window, tr("Save Copy As"), dialogDirectory());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDefaultSuffix(ProjectController::kSuffix);
    dialog.setNameFilter(tr("Claimbench projects (*.claimbench)"));
    // A team project is named by its database.
    const QString name = project->server() ? project->server()->database : QFileInfo(project->path()).completeBaseName();
    dialog.selectFile(tr("%1 copy.claimbench").arg(name));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    QSettings().setValue(kLastDirectoryKey, QFileInfo(path).absolutePath());
    m_window->statusBar()->clearMessage(); // an earlier copy's "Saved a copy…" is not this one's
    const Result<void> copied = ProjectCopy::run(m_window, project, path);
    if (copied) {
        m_window->statusBar()->showMessage(tr("Saved a copy of the project to %1").arg(QDir::toNativeSeparators(path)),
                                           15000);
    } else if (copied.error().code == Error::Code::Cancelled) {
        m_window->statusBar()->showMessage(tr("Copy cancelled; nothing was written."), 10000);
    } else {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Save Copy As"), tr("The copy could not be saved."),
                                    QMessageBox::Ok, m_window);
        box->setObjectName(u"saveCopyError"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(copied.error().message);
        box->setDetailedText(copied.error().detail);
        box->open();
    }
}

QString WindowActions::dialogDirectory() const
{
    const QString last = QSettings().value(kLastDirectoryKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void WindowActions::chooseNewProject()
{
    FileDialog dialog(m_window, tr("New Project"), dialogDirectory());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDefaultSuffix(ProjectController::kSuffix);
    dialog.setNameFilter(tr("Claimbench projects (*.claimbench)"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    QSettings().setValue(kLastDirectoryKey, QFileInfo(path).absolutePath());
    m_projects->create(path);
}

void WindowActions::chooseProjectToOpen()
{
    const QString path = FileDialog::getOpenFileName(m_window, tr("Open Project"), dialogDirectory(),
                                                     tr("Claimbench projects (*.claimbench);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(kLastDirectoryKey, QFileInfo(path).absolutePath());
    m_projects->open(path);
}

void WindowActions::chooseServerToConnect()
{
    ConnectToServerDialog dialog(m_projects, m_window);
    dialog.exec();
}

void WindowActions::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = m_projects->recentPaths();
    for (int i = 0; i < paths.size(); ++i) {
        const QString &path = paths.at(i);
        // "&1 name.claimbench — /folder", "&2 war on db.example.org —
        // postgresql://…": the number is the accelerator.
        const QString label = u'&' + QString::number(i + 1) + u"  "
            + QString(ProjectLocation::displayName(path) + u"  —  " + ProjectLocation::whereabouts(path))
                  .replace(u'&', u"&&"_s);
        QAction *action = m_recentMenu->addAction(label);
        connect(action, &QAction::triggered, this, [this, path] { m_projects->openRecent(path); });
    }
    if (paths.isEmpty())
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
}

void WindowActions::chooseFilesToImport()
{
    const QStringList paths = FileDialog::getOpenFileNames(m_window, tr("Import Files"), dialogDirectory(),
                                                           ImportController::fileDialogFilter());
    if (paths.isEmpty())
        return;
    QSettings().setValue(kLastDirectoryKey, QFileInfo(paths.constFirst()).absolutePath());
    Q_EMIT importRequested(paths);
}

void WindowActions::chooseFolderToImport()
{
    const QString folder = FileDialog::getExistingDirectory(m_window, tr("Import Folder"), dialogDirectory());
    if (folder.isEmpty())
        return;
    QSettings().setValue(kLastDirectoryKey, folder);
    Q_EMIT importRequested({folder});
}

} // namespace Claimbench
