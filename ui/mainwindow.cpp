#include "ui/mainwindow.h"

#include "core/commands/projectsession.h"
#include "core/models/articlelistmodel.h"
#include "core/store/articlerepository.h"
#include "ui/charts/chartpanel.h"
#include "ui/claimants/claimantsdialog.h"
#include "ui/claimeditor/claimeditorpanel.h"
#include "ui/claims/claimstablepanel.h"
#include "ui/emptystatelabel.h"
#include "ui/import/importcontroller.h"
#include "ui/library/librarypanel.h"
#include "ui/reader/articletextedit.h"
#include "ui/reader/readeractions.h"
#include "ui/reader/readerpane.h"
#include "ui/reader/sidebysidereader.h"
#include "ui/tags/tagpanel.h"
#include "ui/widgets/filedialogs.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUndoView>

#include <boost/version.hpp>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

const QString ProjectSuffix = u"claimbench"_s;
const QString GeometryKey = u"mainWindow/geometry"_s;
const QString StateKey = u"mainWindow/state"_s;
const QString LastDirectoryKey = u"mainWindow/lastDirectory"_s;

// Local files and folders among dropped URLs; empty when anything else is.
QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            return {};
        paths.append(url.toLocalFile());
    }
    return paths;
}

bool isProjectFile(const QStringList &paths)
{
    return paths.size() == 1 && QFileInfo(paths.first()).suffix() == ProjectSuffix
        && QFileInfo(paths.first()).isFile();
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_articles(new ArticleListModel(this))
    , m_pickerArticles(new ArticleListModel(this))
    , m_import(new ImportController(this, this))
    , m_undoGroup(new QUndoGroup(this))
{
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks);

    m_library = new LibraryPanel(m_articles, this);
    m_libraryDock = new QDockWidget(tr("Library"), this);
    m_libraryDock->setObjectName(u"libraryDock"_s);
    m_libraryDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                               | QDockWidget::DockWidgetClosable);
    m_libraryDock->setWidget(m_library);
    addDockWidget(Qt::LeftDockWidgetArea, m_libraryDock);

    auto *undoView = new QUndoView(m_undoGroup, this);
    undoView->setObjectName(u"undoView"_s);
    undoView->setEmptyLabel(tr("<opened>"));
    m_undoDock = new QDockWidget(tr("Undo History"), this);
    m_undoDock->setObjectName(u"undoDock"_s);
    m_undoDock->setWidget(undoView);
    addDockWidget(Qt::LeftDockWidgetArea, m_undoDock);
    m_tagsDock = addPanelDock(tr("Tags"), u"tagsDock"_s, Qt::RightDockWidgetArea);
    m_editorDock = addPanelDock(tr("Claim Editor"), u"claimEditorDock"_s, Qt::RightDockWidgetArea);
    m_claimsDock = addPanelDock(tr("Claims"), u"claimsDock"_s, Qt::BottomDockWidgetArea);
    m_chartDock = addPanelDock(tr("Chart"), u"chartDock"_s, Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_libraryDock, m_undoDock);
    tabifyDockWidget(m_claimsDock, m_chartDock);
    m_libraryDock->raise();
    m_claimsDock->raise();

    m_centre = new QStackedWidget(this);
    m_centreEmpty = new EmptyStateLabel(m_centre);
    m_centreEmpty->setObjectName(u"centreEmptyState"_s);
    m_reader = new SideBySideReader(m_pickerArticles, m_centre);
    m_reader->setObjectName(u"reader"_s);
    m_centre->addWidget(m_centreEmpty);
    m_centre->addWidget(m_reader);
    setCentralWidget(m_centre);
    m_readerActions = new ReaderActions(m_reader, this);

    createActions();
    createToolBar();
    createMenus();
    createStatusBar();

    connect(m_library, &LibraryPanel::currentArticleChanged, this, &MainWindow::showArticle);
    connect(m_reader, &SideBySideReader::claimSelected, this, [this](qint64 claimId) {
        if (m_editorPanel)
            m_editorPanel->showClaim(claimId);
        if (m_claimsPanel)
            m_claimsPanel->setCurrentClaim(claimId);
    });
    // A new claim's fields are filled in next: the editor must be in sight,
    // not closed or tabbed behind another dock.
    connect(m_reader, &SideBySideReader::editClaimRequested, this, [this] {
        m_editorDock->show();
        m_editorDock->raise();
    });
    connect(m_reader, &SideBySideReader::paneVisibilityChanged, this, &MainWindow::updatePaneActions);
    for (ReaderPane *pane : {m_reader->left(), m_reader->right()})
        connect(pane, &ReaderPane::errorOccurred, this, &MainWindow::showError);
    connect(m_articles, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_pickerArticles, &QAbstractItemModel::modelReset, this, &MainWindow::updateCentre);
    connect(m_articles, &ArticleListModel::errorOccurred, this, [this](const Error &error) {
        showError(tr("The library could not be read."), error);
    });
    connect(m_import, &ImportController::runningChanged, this, &MainWindow::updateActions);
    connect(m_import, &ImportController::finished, this, &MainWindow::showImportSummary);

    resize(1500, 900);
    // The library wants room for titles; each reader pane a column of ~80 characters.
    resizeDocks({m_libraryDock}, {380}, Qt::Horizontal);
    restoreSettings();
    setProject(nullptr);
}

// Out of line: the members' types are complete here.
MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_newAction = new QAction(QIcon::fromTheme(u"document-new"_s), tr("&New Project…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Create an empty project file"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newProject);

    m_openAction = new QAction(QIcon::fromTheme(u"document-open"_s), tr("&Open Project…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a project file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseProjectToOpen);

    m_closeAction = new QAction(QIcon::fromTheme(u"document-close"_s), tr("&Close Project"), this);
    m_closeAction->setShortcuts(QKeySequence::Close);
    m_closeAction->setStatusTip(tr("Close the project; the next start opens none"));
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeProject);

    m_importFilesAction = new QAction(QIcon::fromTheme(u"document-import"_s), tr("&Import Files…"), this);
    m_importFilesAction->setShortcut(Qt::CTRL | Qt::Key_I);
    m_importFilesAction->setStatusTip(tr("Add saved web pages, text, Markdown, PDF or documents"));
    connect(m_importFilesAction, &QAction::triggered, this, &MainWindow::chooseFilesToImport);

    m_importFolderAction = new QAction(tr("Import &Folder…"), this);
    m_importFolderAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_I);
    m_importFolderAction->setStatusTip(tr("Add every article in a folder and its subfolders"));
    connect(m_importFolderAction, &QAction::triggered, this, &MainWindow::chooseFolderToImport);

    m_quitAction = new QAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    // Some platform themes bind nothing to Quit; Ctrl+Q is what users expect.
    if (m_quitAction->shortcut().isEmpty())
        m_quitAction->setShortcut(Qt::CTRL | Qt::Key_Q);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // Ctrl+K everywhere; the standard Find key only while the library has the
    // focus, because the reader will use Find for find-in-article.
    m_searchAction = new QAction(tr("&Search Library"), this);
    m_searchAction->setShortcut(Qt::CTRL | Qt::Key_K);
    connect(m_searchAction, &QAction::triggered, this, [this] {
        m_libraryDock->show();
        m_libraryDock->raise();
        m_library->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_library->searchField()->selectAll();
    });
    auto *findInLibrary = new QAction(m_library);
    findInLibrary->setShortcut(QKeySequence::Find);
    findInLibrary->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_library->addAction(findInLibrary);
    connect(findInLibrary, &QAction::triggered, m_searchAction, &QAction::trigger);

    m_exportChartAction = new QAction(tr("Export &Chart…"), this);
    m_exportChartAction->setStatusTip(tr("Save the chart as PNG or SVG"));
    connect(m_exportChartAction, &QAction::triggered, this, [this] {
        if (m_chartPanel) {
            m_chartDock->show();
            m_chartDock->raise();
            m_chartPanel->exportChart();
        }
    });
    m_exportClaimsAction = new QAction(tr("Export C&laims…"), this);
    m_exportClaimsAction->setStatusTip(tr("Save the claims listed in the table as CSV or JSON"));
    connect(m_exportClaimsAction, &QAction::triggered, this, [this] {
        if (m_claimsPanel)
            m_claimsPanel->exportRows();
    });

    m_aboutAction = new QAction(tr("&About Claimbench"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(u"undoAction"_s);
    m_undoAction->setIcon(QIcon::fromTheme(u"edit-undo"_s));
    m_undoAction->setShortcut(QKeySequence::Undo);
    // The menu names the step ("Undo Merge claimant “…” into “…”"); the tool
    // bar keeps a short button, the step staying in its tool tip.
    m_undoAction->setIconText(tr("Undo"));
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(u"redoAction"_s);
    m_redoAction->setIcon(QIcon::fromTheme(u"edit-redo"_s));
    m_redoAction->setIconText(tr("Redo"));
    // Ctrl+Shift+Z on every platform, and the platform's own key as well.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys.prepend(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    m_redoAction->setShortcuts(redoKeys);

    m_claimantsAction = new QAction(tr("Claima&nts…"), this);
    m_claimantsAction->setObjectName(u"claimantsAction"_s);
    m_claimantsAction->setStatusTip(tr("Add another spelling of a claimant, or merge two claimants that are one"));
    connect(m_claimantsAction, &QAction::triggered, this, &MainWindow::showClaimants);

    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"fileMenu"_s);
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(u"recentMenu"_s);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addAction(m_closeAction);
    file->addSeparator();
    file->addAction(m_importFilesAction);
    file->addAction(m_importFolderAction);
    file->addSeparator();
    file->addAction(m_exportClaimsAction);
    file->addAction(m_exportChartAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    const ReaderActions *reader = m_readerActions;
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(u"editMenu"_s);
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(reader->createClaim());
    edit->addAction(reader->acceptSuggestion());
    edit->addAction(reader->setClaimToSelection());
    edit->addAction(reader->deleteClaim());
    QMenu *tags = edit->addMenu(tr("Apply &Tag"));
    tags->setObjectName(u"applyTagMenu"_s);
    tags->addActions(reader->tagActions());
    edit->addAction(m_claimantsAction);
    edit->addSeparator();
    edit->addAction(reader->find());
    edit->addAction(reader->findNext());
    edit->addAction(reader->findPrevious());

    // The tag dock's own actions, so that each is in a menu as well.
    m_tagsMenu = menuBar()->addMenu(tr("&Tags"));
    m_tagsMenu->setObjectName(u"tagsMenu"_s);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);
    view->addAction(reader->showLeftPane());
    view->addAction(reader->showRightPane());
    view->addAction(reader->syncScrolling());
    view->addAction(reader->showSuggestions());
    view->addSeparator();
    view->addAction(reader->zoomIn());
    view->addAction(reader->zoomOut());
    view->addAction(reader->zoomReset());
    view->addSeparator();
    view->addAction(m_libraryDock->toggleViewAction());
    view->addAction(m_undoDock->toggleViewAction());
    for (QDockWidget *dock : {m_tagsDock, m_editorDock, m_claimsDock, m_chartDock})
        view->addAction(dock->toggleViewAction());
    view->addAction(m_toolBar->toggleViewAction());
    view->addSeparator();
    view->addAction(m_searchAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Reader"));
    m_toolBar->setObjectName(u"readerToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_readerActions->createClaim());
    m_toolBar->addAction(m_undoAction);
    m_toolBar->addAction(m_redoAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_readerActions->find());
    m_toolBar->addAction(m_readerActions->zoomOut());
    m_toolBar->addAction(m_readerActions->zoomIn());
    m_toolBar->addAction(m_readerActions->syncScrolling());
}

void MainWindow::createStatusBar()
{
    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(u"statusPath"_s);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"statusCount"_s);
    m_importLabel = new QLabel(this);
    m_importLabel->setObjectName(u"statusImport"_s);
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_importLabel);
    statusBar()->addPermanentWidget(m_countLabel);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    m_reader->restoreSettings(settings, {});
    m_readerActions->syncChecks();
}

void MainWindow::saveReaderSettings() const
{
    if (!m_project)
        return;
    QSettings settings;
    m_reader->saveSettings(settings, m_project->path());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    saveReaderSettings();
    event->accept();
}

bool MainWindow::openProject(const QString &path, Project::OpenMode mode)
{
    auto opened = Project::open(path, mode);
    if (!opened) {
        showError(tr("Could not open “%1”.").arg(QFileInfo(path).fileName()), opened.error());
        return false;
    }
    // What opening did on its own (a stale log moved aside) may hold an
    // analyst's lost work: said where it cannot be missed, not in the status bar.
    const QStringList notices = (*opened)->notices();
    m_recent.add(path);
    setProject(std::move(*opened));
    if (!notices.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Claimbench"),
                                    tr("Opened “%1”.").arg(QFileInfo(path).fileName()), QMessageBox::Ok, this);
        box->setObjectName(u"openNotice"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(notices.join(u'\n'));
        box->open();
    }
    return true;
}

QDockWidget *MainWindow::addPanelDock(const QString &title, const QString &objectName,
                                      Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    auto *empty = new EmptyStateLabel(dock);
    empty->setText(tr("No project open"));
    dock->setWidget(empty);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::replacePanels()
{
    for (QDockWidget *dock : {m_tagsDock, m_editorDock, m_claimsDock, m_chartDock}) {
        delete dock->widget();
        auto *empty = new EmptyStateLabel(dock);
        empty->setText(tr("No project open"));
        dock->setWidget(empty);
    }
    m_tagPanel = nullptr;
    m_editorPanel = nullptr;
    m_claimsPanel = nullptr;
    m_chartPanel = nullptr;
    m_tagsMenu->clear(); // its actions went with the tag panel
    m_tagsMenu->setEnabled(false);
    if (!m_session)
        return;
    m_tagPanel = new TagPanel(m_session, m_tagsDock);
    m_editorPanel = new ClaimEditorPanel(m_session, m_editorDock);
    m_claimsPanel = new ClaimsTablePanel(m_session, m_claimsDock);
    m_chartPanel = new ChartPanel(m_session, m_chartDock);
    for (const auto &[dock, panel] : {std::pair<QDockWidget *, QWidget *>{m_tagsDock, m_tagPanel},
                                      {m_editorDock, m_editorPanel},
                                      {m_claimsDock, m_claimsPanel},
                                      {m_chartDock, m_chartPanel}}) {
        delete dock->widget();
        dock->setWidget(panel);
    }
    m_tagsMenu->addActions({m_tagPanel->addTagAction(), m_tagPanel->addChildTagAction(), m_tagPanel->renameAction(),
                            m_tagPanel->recolorAction(), m_tagPanel->deleteAction()});
    m_tagsMenu->setEnabled(true);
    connect(m_claimsPanel, &ClaimsTablePanel::claimActivated, this, &MainWindow::showClaim);
    connect(m_claimsPanel, &ClaimsTablePanel::currentClaimChanged, this, &MainWindow::followCurrentClaim);
    connect(m_tagPanel, &TagPanel::tagChosen, this, &MainWindow::applyChosenTag);
    connect(m_chartPanel, &ChartPanel::claimActivated, this, &MainWindow::showClaim);
    connect(m_tagPanel, &TagPanel::errorOccurred, this, &MainWindow::showPanelError);
    connect(m_editorPanel, &ClaimEditorPanel::errorOccurred, this, &MainWindow::showPanelError);
    connect(m_claimsPanel, &ClaimsTablePanel::errorOccurred, this, &MainWindow::showPanelError);
}

void MainWindow::setProject(std::shared_ptr<Project> project)
{
    // The panes remember what they showed of the project being closed.
    saveReaderSettings();
    delete m_claimantsDialog; // it edits the closing project's claimants
    m_reader->setSession(nullptr);
    // Panels first: they hold the session.
    ProjectSession *closing = m_session;
    m_session = nullptr;
    replacePanels();
    delete closing;
    m_session = nullptr;
    m_project = std::move(project);
    if (m_project) {
        m_session = new ProjectSession(m_project, this);
        m_undoGroup->addStack(m_session->undoStack());
        m_undoGroup->setActiveStack(m_session->undoStack());
        connect(m_session, &ProjectSession::errorOccurred, this, [this](const Error &error) {
            showError(tr("The change could not be undone or redone."), error);
        });
        connect(m_session, &ProjectSession::tagsChanged, this, &MainWindow::updateTagKeys);
        // The library counts claims per article.
        connect(m_session, &ProjectSession::claimsChanged, m_articles, &ArticleListModel::reload);
    }
    replacePanels();
    m_library->searchField()->clear();
    m_articles->setSearch({});
    m_articles->setProject(m_project);
    m_pickerArticles->setProject(m_project);
    m_reader->setSession(m_session);
    if (m_project)
        m_reader->restoreSettings(QSettings(), m_project->path());
    m_readerActions->syncChecks();
    updateTagKeys();
    m_importLabel->clear();
    updateTitle();
    updateActions();
    updateCentre();
    updateStatus();
}

QString MainWindow::dialogDirectory() const
{
    const QString last = QSettings().value(LastDirectoryKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void MainWindow::newProject()
{
    FileDialog dialog(this, tr("New Project"), dialogDirectory());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDefaultSuffix(ProjectSuffix);
    dialog.setNameFilter(tr("Claimbench projects (*.claimbench)"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    QSettings().setValue(LastDirectoryKey, QFileInfo(path).absolutePath());
    // The dialog has asked before replacing the file; a new project must not
    // inherit another one's articles.
    if (QFileInfo::exists(path)) {
        if (m_project && QFileInfo(m_project->path()) == QFileInfo(path))
            setProject(nullptr);
        if (!QFile::remove(path)) {
            showError(tr("Could not create “%1”.").arg(QFileInfo(path).fileName()),
                      Error{Error::Code::Io, tr("The existing file could not be replaced."), path});
            return;
        }
    }
    openProject(path, Project::OpenMode::CreateIfMissing);
}

void MainWindow::chooseProjectToOpen()
{
    const QString path = FileDialog::getOpenFileName(
        this, tr("Open Project"), dialogDirectory(),
        tr("Claimbench projects (*.claimbench);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(LastDirectoryKey, QFileInfo(path).absolutePath());
    openProject(path);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = m_recent.paths();
    for (int i = 0; i < paths.size(); ++i) {
        const QString &path = paths.at(i);
        // "&1 name.claimbench — /folder": the number is the accelerator.
        const QString label = u'&' + QString::number(i + 1) + u"  " + QFileInfo(path).fileName()
            + u"  —  " + QDir::toNativeSeparators(QFileInfo(path).absolutePath());
        QAction *action = m_recentMenu->addAction(label);
        connect(action, &QAction::triggered, this, [this, path] { openRecent(path); });
    }
    if (paths.isEmpty())
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
}

void MainWindow::closeProject()
{
    // The import writes into this project and its summary is about it: the
    // progress dialog's Cancel is how an import is stopped, so closing waits.
    if (!m_project || m_import->isRunning())
        return;
    m_recent.forgetProjectToReopen();
    setProject(nullptr);
}

void MainWindow::openRecent(const QString &path)
{
    if (!QFileInfo(path).isFile()) {
        m_recent.remove(path);
        showError(tr("Could not open “%1”.").arg(QFileInfo(path).fileName()),
                  Error{Error::Code::NotFound,
                        tr("The file no longer exists; it has been removed from Open Recent."),
                        QDir::toNativeSeparators(path)});
        return;
    }
    openProject(path);
}

void MainWindow::chooseFilesToImport()
{
    const QStringList paths = FileDialog::getOpenFileNames(
        this, tr("Import Files"), dialogDirectory(), ImportController::fileDialogFilter());
    if (paths.isEmpty())
        return;
    QSettings().setValue(LastDirectoryKey, QFileInfo(paths.constFirst()).absolutePath());
    importPaths(paths);
}

void MainWindow::chooseFolderToImport()
{
    const QString folder = FileDialog::getExistingDirectory(this, tr("Import Folder"), dialogDirectory());
    if (folder.isEmpty())
        return;
    QSettings().setValue(LastDirectoryKey, folder);
    importPaths({folder});
}

bool MainWindow::importPaths(const QStringList &paths)
{
    if (!m_project || paths.isEmpty())
        return false;
    return m_import->start(m_project, paths);
}

void MainWindow::showImportSummary(const ImportSummary &summary)
{
    m_articles->reload();
    m_pickerArticles->reload();
    m_importLabel->setText(tr("Last import: %1").arg(summary.headline()));
    takeReplacedArticles(summary);

    auto *box = new QMessageBox(this);
    box->setObjectName(u"importSummary"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("Import"));
    box->setIcon(summary.failed > 0 ? QMessageBox::Warning : QMessageBox::Information);
    box->setText(summary.cancelled ? tr("Import cancelled.") : tr("Import finished."));
    box->setInformativeText(summary.headline());
    box->setDetailedText(summary.details());
    box->setStandardButtons(QMessageBox::Ok);
    // QMessageBox sizes itself to the short headline, which leaves the
    // details (one path per line) a sliver; a spacer row gives them room.
    if (auto *grid = qobject_cast<QGridLayout *>(box->layout()))
        grid->addItem(new QSpacerItem(560, 0, QSizePolicy::Minimum, QSizePolicy::Fixed), grid->rowCount(), 0, 1,
                      grid->columnCount());
    box->open();
    Q_EMIT importFinished(summary);
}

void MainWindow::takeReplacedArticles(const ImportSummary &summary)
{
    QList<qint64> replaced;
    for (const ImportOutcome &outcome : summary.outcomes)
        if (outcome.status == ImportOutcome::Status::Updated && !replaced.contains(outcome.articleId))
            replaced.append(outcome.articleId);
    if (!m_session || replaced.isEmpty())
        return;
    const bool hadHistory = m_session->undoStack()->count() > 0;
    m_session->noteArticlesReplaced(replaced);
    if (!hadHistory)
        return;
    const auto article = m_project->articles().get(replaced.constFirst());
    const QString title = article ? ArticleListModel::displayTitle(*article) : QString();
    statusBar()->showMessage(
        replaced.size() == 1 && !title.isEmpty()
            ? tr("Undo history cleared: “%1” was replaced by its corrected version.").arg(title)
            : tr("Undo history cleared: %1 articles were replaced by corrected versions.").arg(replaced.size()),
        15000);
}

void MainWindow::showArticle(qint64 articleId)
{
    if (!m_project || m_reader->paneShowing(articleId))
        return;
    m_reader->activePane()->showArticle(articleId);
}

void MainWindow::showClaim(qint64 claimId)
{
    if (!m_project)
        return;
    auto claim = m_project->claims().get(claimId);
    if (!claim) {
        showError(tr("The claim could not be shown."), claim.error());
        return;
    }
    ReaderPane *pane = m_reader->paneShowing(claim->articleId);
    if (!pane) {
        pane = m_reader->left();
        if (!pane->showArticle(claim->articleId))
            return;
    }
    m_reader->setPaneVisible(pane, true);
    m_readerActions->syncChecks();
    pane->selectClaim(claimId);
    pane->textEdit()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::followCurrentClaim(qint64 claimId)
{
    if (m_editorPanel)
        m_editorPanel->showClaim(claimId);
    m_reader->setCurrentClaim(claimId);
}

void MainWindow::applyChosenTag(qint64 tagId)
{
    if (!m_reader->activePane()->applyTagToSelectedClaim(tagId))
        statusBar()->showMessage(tr("Select a claim in the article to tag it."), 5000);
}

void MainWindow::updateTagKeys()
{
    if (!m_project) {
        m_readerActions->setTags({});
        return;
    }
    auto tags = m_project->tags().list();
    if (!tags) {
        showError(tr("The tags could not be read."), tags.error());
        return;
    }
    m_readerActions->setTags(*tags);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Claimbench"),
        tr("<h3>Claimbench %1</h3>"
           "<p>A workbench for analysts who track the numbers in the news: load articles, "
           "read them side by side, tag the figures they claim, and chart them over time.</p>"
           "<p>Built with Qt %2 (runtime %3), %4 %5, Boost.Locale %6 with ICU, "
           "and Gumbo for saved web pages.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped(), QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion()), Project::engineName(), Project::engineVersion(),
                 QString::fromLatin1(BOOST_LIB_VERSION).replace(u'_', u'.')));
}

void MainWindow::showError(const QString &headline, const Error &error)
{
    auto *box = new QMessageBox(this);
    box->setObjectName(u"errorMessage"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("Claimbench"));
    box->setIcon(QMessageBox::Warning);
    box->setText(headline);
    box->setInformativeText(error.message);
    if (!error.detail.isEmpty())
        box->setDetailedText(error.detail);
    box->setStandardButtons(QMessageBox::Ok);
    box->open();
}

void MainWindow::showPanelError(const QString &headline, const Error &error)
{
    if (error.code != Error::Code::InvalidInput)
        showError(headline, error);
}

void MainWindow::updateTitle()
{
    if (m_project) {
        setWindowFilePath(m_project->path());
        setWindowTitle(tr("%1 — Claimbench").arg(QFileInfo(m_project->path()).fileName()));
    } else {
        setWindowFilePath({});
        setWindowTitle(tr("Claimbench"));
    }
}

void MainWindow::showClaimants()
{
    if (!m_session)
        return;
    if (!m_claimantsDialog) {
        m_claimantsDialog = new ClaimantsDialog(m_session, this);
        m_claimantsDialog->setObjectName(u"claimantsDialog"_s);
        m_claimantsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_claimantsDialog->show();
    m_claimantsDialog->raise();
    m_claimantsDialog->activateWindow();
}

void MainWindow::updateActions()
{
    // Importing and closing wait for a running import.
    const bool idle = m_project && !m_import->isRunning();
    m_importFilesAction->setEnabled(idle);
    m_importFolderAction->setEnabled(idle);
    m_closeAction->setEnabled(idle);
    m_exportChartAction->setEnabled(m_project != nullptr);
    m_exportClaimsAction->setEnabled(m_project != nullptr);
    m_claimantsAction->setEnabled(m_project != nullptr);
    m_searchAction->setEnabled(m_project != nullptr);
    m_library->searchField()->setEnabled(m_project != nullptr);
}

void MainWindow::updatePaneActions()
{
    m_readerActions->syncChecks();
    m_readerActions->showLeftPane()->setEnabled(!m_reader->right()->isHidden());
    m_readerActions->showRightPane()->setEnabled(!m_reader->left()->isHidden());
}

void MainWindow::updateCentre()
{
    if (m_project && m_pickerArticles->rowCount() > 0) {
        m_centre->setCurrentWidget(m_reader);
        return;
    }
    m_centreEmpty->setText(m_project ? tr("No articles yet — File › Import Files… or drop files here")
                                     : tr("No project open — File › New Project or Open Project"));
    m_centre->setCurrentWidget(m_centreEmpty);
}

void MainWindow::updateStatus()
{
    if (!m_project) {
        m_pathLabel->setText(tr("No project"));
        m_countLabel->clear();
        return;
    }
    m_pathLabel->setText(QDir::toNativeSeparators(m_project->path()));
    const int rows = m_articles->rowCount();
    // Spelled out rather than "%n article(s)": no English plural catalogue ships.
    if (m_articles->search().isEmpty())
        m_countLabel->setText((rows == 1 ? tr("%1 article") : tr("%1 articles")).arg(rows));
    else
        m_countLabel->setText((rows == 1 ? tr("%1 match") : tr("%1 matches")).arg(rows));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    const bool canImport = m_project && !m_import->isRunning();
    if (!paths.isEmpty() && (isProjectFile(paths) || canImport))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    if (isProjectFile(paths))
        openProject(paths.constFirst());
    else
        importPaths(paths);
}

} // namespace Claimbench
