#include "ui/mainwindow.h"

#include "core/commands/projectsession.h"
#include "core/models/articlelistmodel.h"
#include "core/store/changefeed.h"
#include "core/store/projectlocation.h"
#include "ui/charts/chartpanel.h"
#include "ui/compare/comparisonpanel.h"
#include "ui/claimants/claimantsdialog.h"
#include "ui/claimeditor/claimeditorpanel.h"
#include "ui/claims/claimstablepanel.h"
#include "ui/conflictmessage.h"
#include "ui/connect/serverpassworddialog.h"
#include "ui/emptystatelabel.h"
#include "ui/errorreporter.h"
#include "ui/import/importcontroller.h"
#include "ui/import/importreport.h"
#include "ui/library/librarypanel.h"
#include "ui/projectcontroller.h"
#include "ui/reader/articletextedit.h"
#include "ui/reader/readeractions.h"
#include "ui/reader/readerpane.h"
#include "ui/reader/sidebysidereader.h"
#include "ui/tags/tagpanel.h"
#include "ui/windowactions.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoView>

#include <utility>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

const QString kGeometryKey = u"mainWindow/geometry"_s;
const QString kStateKey = u"mainWindow/state"_s;
// How soon a read that met a lost server connection is tried again.
constexpr int kReadAgainMs = 2000;

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
    return paths.size() == 1 && QFileInfo(paths.first()).suffix() == ProjectController::kSuffix
        && QFileInfo(paths.first()).isFile();
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_projects(new ProjectController(this))
    , m_articles(new ArticleListModel(this))
    , m_pickerArticles(new ArticleListModel(this))
    , m_import(new ImportController(this, this))
    , m_undoGroup(new QUndoGroup(this))
{
    setAcceptDrops(true);
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    createDocks();

    m_centre = new QStackedWidget(this);
    m_centreEmpty = new EmptyStateLabel(m_centre);
    m_centreEmpty->setObjectName(u"centreEmptyState"_s);
    m_reader = new SideBySideReader(m_pickerArticles, m_centre);
    m_reader->setObjectName(u"reader"_s);
    m_centre->addWidget(m_centreEmpty);
    m_centre->addWidget(m_reader);
    setCentralWidget(m_centre);
    m_readerActions = new ReaderActions(m_reader, this);

    m_actions = new WindowActions(this, m_projects, m_undoGroup, m_readerActions);
    m_actions->createMenus(
        {m_libraryDock, m_undoDock, m_tagsDock, m_editorDock, m_claimsDock, m_chartDock, m_comparisonDock});
    connectActions();

    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(u"statusPath"_s);
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"statusCount"_s);
    m_importLabel = new QLabel(this);
    m_importLabel->setObjectName(u"statusImport"_s);
    // Permanent, so that a passing message ("Saved a copy…") never hides
    // which project this is, or on a team server the role.
    statusBar()->addPermanentWidget(m_pathLabel);
    statusBar()->addPermanentWidget(m_importLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    m_errors = new ErrorReporter(this);

    connectPanels();
    m_projects->setPasswordPrompt([this](const ServerAddress &address, int attempt, const Error &refusal) {
        return ServerPasswordDialog::ask(this, address, attempt, refusal);
    });
    connect(m_projects, &ProjectController::projectAboutToChange, this, &MainWindow::releaseProject);
    connect(m_projects, &ProjectController::projectChanged, this, &MainWindow::showProject);
    connect(m_projects, &ProjectController::noticesReported, this, &MainWindow::showNotices);
    connect(m_projects, &ProjectController::errorOccurred, this, &MainWindow::showError);
    // A reload merges rows (ArticleListModel::reload) rather than resetting.
    for (ArticleListModel *articles : {m_articles, m_pickerArticles}) {
        const auto update = articles == m_articles ? &MainWindow::updateStatus : &MainWindow::updateCentre;
        connect(articles, &QAbstractItemModel::modelReset, this, update);
        connect(articles, &QAbstractItemModel::rowsInserted, this, update);
        connect(articles, &QAbstractItemModel::rowsRemoved, this, update);
    }
    connect(m_articles, &ArticleListModel::errorOccurred, this, [this](const Error &error) {
        m_errors->showReadError(tr("The library could not be read."), error);
        // The read that met a lost connection closed it; the next connects
        // anew (or meets the loss again and comes back here), so that the
        // library does not stay empty after a server restart.
        if (error.code == Error::Code::Disconnected)
            QTimer::singleShot(kReadAgainMs, this, &MainWindow::readLibraryAgain);
    });
    connect(m_import, &ImportController::runningChanged, this, [this](bool running) {
        m_projects->setLocked(running);
        updateActions();
    });
    connect(m_import, &ImportController::batchImported, this, [this] {
        m_articles->reload();
        m_pickerArticles->reload();
    });
    connect(m_import, &ImportController::finished, this, &MainWindow::finishImport);

    // A first start fills the screen: the default layout needs its width for
    // two columns of reading beside the editor.
    if (const QScreen *screen = this->screen())
        resize(screen->availableGeometry().size());
    resetLayout();
    restoreSettings();
    showProject(nullptr);
}

// Out of line: the members' types are complete here. The window's hiding as
// it is destroyed makes the chart's dock report itself hidden: too late to resize.
MainWindow::~MainWindow()
{
    disconnect(m_chartDock, &QDockWidget::visibilityChanged, this, &MainWindow::growChart);
}

const std::shared_ptr<Project> &MainWindow::project() const
{
    return m_projects->project();
}

ProjectSession *MainWindow::session() const
{
    return m_projects->session();
}

void MainWindow::createDocks()
{
    m_library = new LibraryPanel(m_articles, this);
    m_libraryDock = new QDockWidget(tr("Library"), this);
    m_libraryDock->setObjectName(u"libraryDock"_s);
    m_libraryDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                               | QDockWidget::DockWidgetClosable);
    m_libraryDock->setWidget(m_library);
    addDockWidget(Qt::RightDockWidgetArea, m_libraryDock);

    auto *undoView = new QUndoView(m_undoGroup, this);
    undoView->setObjectName(u"undoView"_s);
    undoView->setEmptyLabel(tr("<opened>"));
    m_undoDock = new QDockWidget(tr("Undo History"), this);
    m_undoDock->setObjectName(u"undoDock"_s);
    m_undoDock->setWidget(undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_undoDock);
    m_tagsDock = addPanelDock(tr("Tags"), u"tagsDock"_s, Qt::RightDockWidgetArea);
    m_editorDock = addPanelDock(tr("Claim Editor"), u"claimEditorDock"_s, Qt::RightDockWidgetArea);
    m_claimsDock = addPanelDock(tr("Claims"), u"claimsDock"_s, Qt::BottomDockWidgetArea);
    m_chartDock = addPanelDock(tr("Chart"), u"chartDock"_s, Qt::BottomDockWidgetArea);
    m_comparisonDock = addPanelDock(tr("Comparison"), u"comparisonDock"_s, Qt::BottomDockWidgetArea);
    // The right column runs the window's whole height (resetLayout() arranges it).
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);

    m_tagPanel = new TagPanel(nullptr, m_tagsDock);
    m_editorPanel = new ClaimEditorPanel(nullptr, m_editorDock);
    m_claimsPanel = new ClaimsTablePanel(nullptr, m_claimsDock);
    m_chartPanel = new ChartPanel(nullptr, m_chartDock);
    m_comparisonPanel = new ComparisonPanel(nullptr, m_comparisonDock);
    for (QWidget *panel :
         std::initializer_list<QWidget *>{m_tagPanel, m_editorPanel, m_claimsPanel, m_chartPanel, m_comparisonPanel})
        panel->hide();
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

void MainWindow::connectPanels()
{
    connect(m_library, &LibraryPanel::currentArticleChanged, this, &MainWindow::showArticle);
    // Enter or a double-click opens the current row's article even where a
    // pane's picker has since shown another.
    connect(m_library->view(), &QAbstractItemView::activated, this,
            [this] { showArticle(m_library->currentArticleId()); });
    connect(m_reader, &SideBySideReader::claimSelected, this, [this](qint64 claimId) {
        if (!session())
            return;
        m_editorPanel->showClaim(claimId);
        m_claimsPanel->setCurrentClaim(claimId);
    });
    // A new claim's fields are filled in next: the editor must be in sight,
    // not closed or tabbed behind another dock.
    connect(m_reader, &SideBySideReader::editClaimRequested, this, [this] {
        m_editorDock->show();
        m_editorDock->raise();
    });
    connect(m_reader, &SideBySideReader::paneVisibilityChanged, this, &MainWindow::updatePaneActions);
    for (ReaderPane *pane : {m_reader->left(), m_reader->right()}) {
        connect(pane, &ReaderPane::errorOccurred, this, &MainWindow::showError);
        connect(pane, &ReaderPane::readFailed, m_errors, &ErrorReporter::showReadError);
        connect(pane, &ReaderPane::statusMessage, this, [this](const QString &message) {
            statusBar()->showMessage(message, 5000);
        });
    }
    connect(m_claimsPanel, &ClaimsTablePanel::claimActivated, this, &MainWindow::showClaim);
    connect(m_chartDock, &QDockWidget::visibilityChanged, this, &MainWindow::growChart);
    connect(m_claimsPanel, &ClaimsTablePanel::currentClaimChanged, this, &MainWindow::followCurrentClaim);
    connect(m_tagPanel, &TagPanel::tagChosen, this, &MainWindow::applyChosenTag);
    connect(m_chartPanel, &ChartPanel::claimActivated, this, &MainWindow::showClaim);
    connect(m_chartPanel, &ChartPanel::chartExported, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Exported chart to %1").arg(QDir::toNativeSeparators(path)), 15000);
    });
    connect(m_comparisonPanel, &ComparisonPanel::quotesRequested, this, &MainWindow::showClaimsSideBySide);
    connect(m_tagPanel, &TagPanel::errorOccurred, this, &MainWindow::showPanelError);
    connect(m_editorPanel, &ClaimEditorPanel::errorOccurred, this, &MainWindow::showPanelError);
    connect(m_claimsPanel, &ClaimsTablePanel::errorOccurred, this, &MainWindow::showPanelError);
}

void MainWindow::resetLayout()
{
    const QList<QDockWidget *> docks = {m_editorDock, m_libraryDock, m_tagsDock,   m_undoDock,
                                        m_claimsDock, m_chartDock,   m_comparisonDock};
    // Taken out before they are put back: docks tabbed again where they
    // already were left the Chart tab deaf to clicks on a first start.
    for (QDockWidget *dock : docks) {
        dock->setFloating(false);
        removeDockWidget(dock);
    }
    addDockWidget(Qt::RightDockWidgetArea, m_editorDock);
    addDockWidget(Qt::RightDockWidgetArea, m_libraryDock);
    tabifyDockWidget(m_libraryDock, m_tagsDock);
    tabifyDockWidget(m_tagsDock, m_undoDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_claimsDock);
    tabifyDockWidget(m_claimsDock, m_chartDock);
    tabifyDockWidget(m_chartDock, m_comparisonDock);
    for (QDockWidget *dock : docks)
        dock->show();
    m_libraryDock->raise();
    m_claimsDock->raise();
    addToolBar(Qt::TopToolBarArea, m_actions->toolBar());
    m_actions->toolBar()->show();

    // The reader is the centre: the column beside it takes a fifth of the
    // window (the editor's form needs 280 px), which leaves each pane a line
    // of about 80 characters at 1600 px and 65 at 1366 px. The claims table
    // and the chart get two fifths of the height: a table of a dozen rows
    // and a chart with a plot, the reader keeping twenty-odd lines. In the
    // column the editor shows every field; the library, tags and history
    // below it get the rest.
    resizeDocks({m_editorDock}, {std::max(280, width() / 5)}, Qt::Horizontal);
    resizeDocks({m_claimsDock}, {height() * 2 / 5}, Qt::Vertical);
    layout()->activate();
    const int separator = style()->pixelMetric(QStyle::PM_DockWidgetSeparatorExtent, nullptr, this);
    const int column = m_libraryDock->geometry().bottom() + 1 - m_editorDock->geometry().top() - separator;
    const int editorTitle = m_editorDock->sizeHint().height() - m_editorDock->widget()->sizeHint().height();
    const int editor = std::min(m_editorPanel->sizeHint().height() + editorTitle, column * 3 / 4);
    resizeDocks({m_editorDock, m_libraryDock}, {editor, column - editor}, Qt::Vertical);
    m_heightBeforeChart = 0;
    // The panes split the centre as it is after the docks' resizing.
    layout()->activate();
    m_reader->resetLayout();
}

void MainWindow::growChart(bool inFront)
{
    // Under the reader the chart would be a strip: while its tab is in front
    // it takes 55 % of the window's height (a plot of ~180 px at 768 px), and
    // the claims table, back in front, gets its height back.
    const bool tabbed = tabifiedDockWidgets(m_chartDock).contains(m_claimsDock);
    if (!tabbed || m_chartDock->isFloating() || dockWidgetArea(m_chartDock) != Qt::BottomDockWidgetArea)
        return;
    if (inFront && m_heightBeforeChart == 0) {
        // Sizes given to resizeDocks() include the tab bar under the docks.
        const int tall = std::max(m_claimsDock->height(), height() * 11 / 20);
        resizeDocks({m_chartDock}, {tall}, Qt::Vertical);
        layout()->activate();
        m_heightBeforeChart = m_claimsDock->height() + tall - m_chartDock->height();
    } else if (!inFront && m_claimsDock->isVisible() && m_heightBeforeChart != 0) {
        resizeDocks({m_claimsDock}, {std::exchange(m_heightBeforeChart, 0)}, Qt::Vertical);
    }
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    const QByteArray state = settings.value(kStateKey).toByteArray();
    m_layoutPending = !restoreState(state);
    if (m_layoutPending && !state.isEmpty()) {
        m_layoutNotice = tr("The saved window layout could not be read: this is the default one "
                            "(View › Reset Layout).");
        statusBar()->showMessage(m_layoutNotice, 30000);
    }
    m_reader->restoreSettings(settings, {});
    m_readerActions->syncChecks();
}

void MainWindow::saveReaderSettings() const
{
    if (!project())
        return;
    QSettings settings;
    m_reader->saveSettings(settings, project()->path());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    saveReaderSettings();
    event->accept();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Queued: the window first takes the size it is shown at and the panels
    // of a project opened with it, which would move the docks' separators.
    if (std::exchange(m_layoutPending, false))
        QTimer::singleShot(0, this, &MainWindow::resetLayout);
}

bool MainWindow::openProject(const QString &path, Project::OpenMode mode)
{
    return m_projects->open(path, mode);
}

void MainWindow::showNotices(const QString &path, const QStringList &notices)
{
    // What opening did on its own (a stale log moved aside) may hold an
    // analyst's lost work: said where it cannot be missed, not in the status bar.
    auto *box = new QMessageBox(QMessageBox::Information, tr("Claimbench"),
                                tr("Opened “%1”.").arg(ProjectLocation::displayName(path)), QMessageBox::Ok, this);
    box->setObjectName(u"openNotice"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(notices.join(u'\n'));
    box->open();
}

void MainWindow::releaseProject()
{
    // The panes remember what they showed of the project being closed.
    saveReaderSettings();
    delete m_claimantsDialog; // it edits the closing project's claimants
    m_reader->setSession(nullptr);
    showPanels(false);
    m_tagPanel->setSession(nullptr);
    m_editorPanel->setSession(nullptr);
    m_claimsPanel->setSession(nullptr);
    m_chartPanel->setSession(nullptr);
    m_comparisonPanel->setSession(nullptr);
}

void MainWindow::showPanels(bool shown)
{
    for (const auto &[dock, panel] : {std::pair<QDockWidget *, QWidget *>{m_tagsDock, m_tagPanel},
                                      {m_editorDock, m_editorPanel},
                                      {m_claimsDock, m_claimsPanel},
                                      {m_chartDock, m_chartPanel},
                                      {m_comparisonDock, m_comparisonPanel}}) {
        // The dock holds the panel or its "No project open" label; the other
        // stays its hidden child.
        auto *empty = dock->findChild<EmptyStateLabel *>(QString(), Qt::FindDirectChildrenOnly);
        QWidget *showing = shown ? panel : empty;
        if (dock->widget() == showing)
            continue;
        dock->setWidget(showing);
        showing->show();
    }
    m_actions->tagsMenu()->clear();
    if (shown)
        m_actions->tagsMenu()->addActions({m_tagPanel->addTagAction(), m_tagPanel->addChildTagAction(),
                                           m_tagPanel->renameAction(), m_tagPanel->recolorAction(),
                                           m_tagPanel->deleteAction()});
    m_actions->tagsMenu()->setEnabled(shown);
}

void MainWindow::showProject(ProjectSession *session)
{
    m_library->setSession(session);
    m_errors->setSession(session);
    if (session) {
        m_undoGroup->addStack(session->undoStack());
        m_undoGroup->setActiveStack(session->undoStack());
        connect(session, &ProjectSession::errorOccurred, this, [this](const Error &error) {
            showError(tr("The change could not be undone or redone."), error);
        });
        session->setConflictResolver([this](const Error &conflict) { return askConflictChoice(this, conflict); });
        connect(session, &ProjectSession::tagsChanged, this, &MainWindow::updateTagKeys);
        m_tagPanel->setSession(session);
        m_editorPanel->setSession(session);
        m_claimsPanel->setSession(session);
        m_chartPanel->setSession(session);
        m_comparisonPanel->setSession(session);
    }
    showPanels(session != nullptr);
    m_pickerArticles->setProject(project());
    m_reader->setSession(session);
    if (project() && !m_reader->restoreSettings(QSettings(), project()->path()))
        showOpening();
    m_readerActions->syncChecks();
    updateTagKeys();
    m_importLabel->clear();
    if (statusBar()->currentMessage() != m_layoutNotice)
        statusBar()->clearMessage(); // about the project before
    updateTitle();
    updateActions();
    updateCentre();
    updateStatus();
}

bool MainWindow::importPaths(const QStringList &paths)
{
    if (!project() || paths.isEmpty())
        return false;
    return m_import->start(project(), paths);
}

void MainWindow::finishImport(const ImportSummary &summary)
{
    m_articles->reload();
    m_pickerArticles->reload();
    m_importLabel->setText(tr("Last import: %1").arg(summary.headline()));
    if (const QString note = ImportReport::takeReplacedArticles(session(), summary); !note.isEmpty())
        statusBar()->showMessage(note, 15000);
    ImportReport::showSummary(this, summary, session());
    Q_EMIT importFinished(summary);
}

void MainWindow::showArticle(qint64 articleId)
{
    if (project() && articleId != 0)
        m_reader->openArticle(articleId);
}

void MainWindow::showClaim(qint64 claimId)
{
    if (!project())
        return;
    auto claim = project()->claims().get(claimId);
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
    selectClaimIn(pane, claimId);
}

void MainWindow::showClaimsSideBySide(qint64 leftClaimId, qint64 rightClaimId)
{
    if (!project())
        return;
    // The left claim is the current one (the editor shows it); the right one
    // is marked as its counterpart, in view.
    for (const auto &[pane, claimId] : {std::pair{m_reader->left(), leftClaimId}, {m_reader->right(), rightClaimId}}) {
        if (claimId == 0)
            continue;
        auto claim = project()->claims().get(claimId);
        if (!claim) {
            showError(tr("The claim could not be shown."), claim.error());
            return;
        }
        if (pane->articleId() != claim->articleId && !pane->showArticle(claim->articleId))
            return;
        m_reader->setPaneVisible(pane, true);
    }
    // The focus stays where the request came from: the comparison's rows
    // are walked with the keyboard, one Enter per row.
    QWidget *focused = QApplication::focusWidget();
    if (leftClaimId != 0)
        selectClaimIn(m_reader->left(), leftClaimId);
    if (rightClaimId != 0)
        m_reader->right()->markClaim(rightClaimId);
    if (focused)
        focused->setFocus(Qt::OtherFocusReason);
}

void MainWindow::selectClaimIn(ReaderPane *pane, qint64 claimId)
{
    m_reader->setPaneVisible(pane, true);
    m_readerActions->syncChecks();
    pane->selectClaim(claimId);
    pane->textEdit()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showOpening()
{
    auto opening = project()->articles().opening();
    if (!opening) {
        showError(tr("The library could not be read."), opening.error());
        return;
    }
    if (!*opening)
        return;
    if ((*opening)->claimId != 0)
        showClaim((*opening)->claimId);
    else
        m_reader->left()->showArticle((*opening)->articleId);
}

void MainWindow::followCurrentClaim(qint64 claimId)
{
    if (session())
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
    if (!project()) {
        m_readerActions->setTags({});
        return;
    }
    auto tags = project()->tags().list();
    if (!tags) {
        // Also after another analyst's change: a read nobody asked for.
        m_errors->showReadError(tr("The tags could not be read."), tags.error());
        return;
    }
    m_readerActions->setTags(*tags);
}

void MainWindow::showError(const QString &headline, const Error &error)
{
    m_errors->showError(headline, error);
}

void MainWindow::showPanelError(const QString &headline, const Error &error)
{
    if (error.code != Error::Code::InvalidInput)
        showError(headline, error);
}

void MainWindow::readLibraryAgain()
{
    // Not while the change feed cannot reach the server either: a read here
    // would only wait on the GUI thread (up to the connect timeout, for a
    // silent server). Checked again until it listens.
    const ChangeFeed *feed = session() ? session()->changeFeed() : nullptr;
    if (feed && !feed->isListening())
        QTimer::singleShot(kReadAgainMs, this, &MainWindow::readLibraryAgain);
    else
        m_articles->reload();
}

void MainWindow::updateTitle()
{
    if (project()) {
        // A server's URL is no file for the window system to show or drag.
        setWindowFilePath(project()->server() ? QString() : project()->path());
        setWindowTitle(tr("%1 — Claimbench").arg(ProjectLocation::displayName(project()->path())));
    } else {
        setWindowFilePath({});
        setWindowTitle(tr("Claimbench"));
    }
}

void MainWindow::showClaimants()
{
    if (!session())
        return;
    if (!m_claimantsDialog) {
        m_claimantsDialog = new ClaimantsDialog(session(), this);
        m_claimantsDialog->setObjectName(u"claimantsDialog"_s);
        m_claimantsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_claimantsDialog->show();
    m_claimantsDialog->raise();
    m_claimantsDialog->activateWindow();
}

void MainWindow::updatePaneActions()
{
    m_readerActions->syncChecks();
    m_readerActions->showLeftPane()->setEnabled(!m_reader->right()->isHidden());
    m_readerActions->showRightPane()->setEnabled(!m_reader->left()->isHidden());
}

void MainWindow::updateCentre()
{
    if (project() && m_pickerArticles->rowCount() > 0) {
        m_centre->setCurrentWidget(m_reader);
        return;
    }
    m_centreEmpty->setText(project() ? tr("No articles yet — File › Import Files… or drop files here")
                                     : tr("No project open — File › New Project or Open Project"));
    m_centre->setCurrentWidget(m_centreEmpty);
}

void MainWindow::updateStatus()
{
    if (!project()) {
        m_pathLabel->setText(tr("No project"));
        m_countLabel->clear();
        return;
    }
    QString where = project()->server() ? project()->path() : QDir::toNativeSeparators(project()->path());
    // The role on a team server (Project::access), so that a disabled action is no surprise.
    if (project()->server() && project()->access() == Project::Access::ReviewOnly)
        where += tr(" — reviewer: status and notes only");
    else if (project()->server() && project()->access() == Project::Access::ReadOnly)
        where += tr(" — viewer: read-only");
    else if (project()->server())
        where += tr(" — analyst");
    m_pathLabel->setText(where);
    const int rows = m_articles->rowCount();
    // One spelled out, more with %n: English needs no plural catalogue, Ukrainian picks its form by the count.
    if (m_articles->search().isEmpty())
        m_countLabel->setText(rows == 1 ? tr("1 article") : tr("%n articles", nullptr, rows));
    else if (rows >= ArticleListModel::kSearchHits)
        m_countLabel->setText(tr("best %n matches", nullptr, rows)); // more match; the list stops there
    else
        m_countLabel->setText(rows == 1 ? tr("1 match") : tr("%n matches", nullptr, rows));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    const bool canImport = project() && project()->access() == Project::Access::ReadWrite && !m_import->isRunning();
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
