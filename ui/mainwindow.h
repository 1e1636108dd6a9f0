#pragma once

#include "core/error.h"
#include "core/store/project.h"
#include "ui/import/importsummary.h"
#include "ui/recentprojects.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;
class QUndoGroup;

namespace Claimbench {

class ArticleListModel;
class ChartPanel;
class ClaimEditorPanel;
class ClaimantsDialog;
class ClaimsTablePanel;
class EmptyStateLabel;
class ImportController;
class LibraryPanel;
class ProjectSession;
class ReaderActions;
class SideBySideReader;
class TagPanel;

// The Claimbench window: the side-by-side reader in the centre, the library
// and undo history as docks, File/Edit/View/Help menus, a tool bar, and a
// status bar with the project path, the article count and the last import's
// outcome. Composition only: the pieces live in ui/library, ui/reader,
// ui/import.
//
// One ProjectSession per open project, made in setProject() and handed to
// every panel: every edit goes through its undo stack.
// Shortcuts: Ctrl+K (and Find inside the library dock) searches the library;
// Find inside a reader pane finds in its article.
// Errors are shown in non-blocking message boxes; the window stays usable.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or, with CreateIfMissing, creates) the project and shows it,
    // adding it to Open Recent. On failure shows why, keeps the project that
    // was open, and returns false.
    bool openProject(const QString &path,
                     Project::OpenMode mode = Project::OpenMode::OpenExisting);
    const std::shared_ptr<Project> &project() const { return m_project; }
    // nullptr while no project is open.
    ProjectSession *session() const { return m_session; }
    SideBySideReader *reader() const { return m_reader; }
    ReaderActions *readerActions() const { return m_readerActions; }

    // Opens the claim's article in the pane already showing it, else in the
    // left pane, and selects its quote. Every panel's claimActivated ends here.
    void showClaim(qint64 claimId);
    // The claim the analyst is on, from the claims table's current row: the
    // editor shows it and a pane showing its article selects it; no article
    // is opened (showClaim() does that). The reader's selection, in turn,
    // moves the table's current row, so that one claim is current everywhere.
    void followCurrentClaim(qint64 claimId);

    // Imports files and folders into the open project on a worker thread;
    // returns false (doing nothing) without a project or during an import.
    bool importPaths(const QStringList &paths);

Q_SIGNALS:
    // After the library has reloaded with what an import added.
    void importFinished(const Claimbench::ImportSummary &summary);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void restoreSettings();
    void saveReaderSettings() const;
    void updateTagKeys();
    QDockWidget *addPanelDock(const QString &title, const QString &objectName, Qt::DockWidgetArea area);
    // The panels take the session when made: each project gets new ones.
    void replacePanels();

    void setProject(std::shared_ptr<Project> project);
    void newProject();
    void chooseProjectToOpen();
    // Back to the empty window; refused during an import. The next start
    // opens no project (Open Recent still lists it).
    void closeProject();
    void openRecent(const QString &path);
    void fillRecentMenu();
    void chooseFilesToImport();
    void chooseFolderToImport();
    void showImportSummary(const ImportSummary &summary);
    // Articles the import replaced by corrected versions: the panes show the
    // new text, and the undo history, whose steps point into the old texts,
    // is cleared (the status bar says why).
    void takeReplacedArticles(const ImportSummary &summary);
    void showArticle(qint64 articleId);
    // The tag chosen in the tag dock goes to the claim selected in the reader.
    void applyChosenTag(qint64 tagId);
    void showClaimants();
    void showAbout();
    void showError(const QString &headline, const Error &error);
    // A panel's failed save or read, shown beside the panel's fields too, in
    // a dock that may be tabbed away or closed. Bad input is answered beside
    // the field it was typed in, not in a message box.
    void showPanelError(const QString &headline, const Error &error);

    void updateTitle();
    void updateActions();
    // Only one pane shown: its View action is disabled, so both cannot be hidden.
    void updatePaneActions();
    void updateCentre();
    void updateStatus();
    QString dialogDirectory() const;

    std::shared_ptr<Project> m_project;
    RecentProjects m_recent;
    ArticleListModel *m_articles = nullptr;
    ArticleListModel *m_pickerArticles = nullptr; // unfiltered, for the panes' pickers
    ImportController *m_import = nullptr;
    ProjectSession *m_session = nullptr;
    QUndoGroup *m_undoGroup = nullptr;

    LibraryPanel *m_library = nullptr;
    QDockWidget *m_libraryDock = nullptr;
    QDockWidget *m_undoDock = nullptr;
    QDockWidget *m_tagsDock = nullptr;
    QDockWidget *m_editorDock = nullptr;
    QDockWidget *m_claimsDock = nullptr;
    QDockWidget *m_chartDock = nullptr;
    TagPanel *m_tagPanel = nullptr;
    ClaimEditorPanel *m_editorPanel = nullptr;
    ClaimsTablePanel *m_claimsPanel = nullptr;
    ChartPanel *m_chartPanel = nullptr;
    QStackedWidget *m_centre = nullptr;
    EmptyStateLabel *m_centreEmpty = nullptr;
    SideBySideReader *m_reader = nullptr;
    ReaderActions *m_readerActions = nullptr;
    QToolBar *m_toolBar = nullptr;

    QLabel *m_pathLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_importLabel = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_claimantsAction = nullptr;
    QMenu *m_tagsMenu = nullptr; // the tag dock's actions, refilled per project
    QPointer<ClaimantsDialog> m_claimantsDialog; // one per open project
    QAction *m_importFilesAction = nullptr;
    QAction *m_importFolderAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_exportChartAction = nullptr;
    QAction *m_exportClaimsAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace Claimbench
