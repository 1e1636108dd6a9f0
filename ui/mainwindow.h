#pragma once

#include "core/error.h"
#include "core/store/project.h"
#include "ui/import/importsummary.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QDockWidget;
class QLabel;
class QStackedWidget;
class QUndoGroup;

namespace Claimbench {

class ArticleListModel;
class ChartPanel;
class ComparisonPanel;
class ClaimEditorPanel;
class ClaimantsDialog;
class ClaimsTablePanel;
class EmptyStateLabel;
class ErrorReporter;
class ImportController;
class LibraryPanel;
class ProjectController;
class ProjectSession;
class ReaderActions;
class ReaderPane;
class SideBySideReader;
class TagPanel;
class WindowActions;

// The Claimbench window: the side-by-side reader in the centre, the library
// and undo history as docks, the tag, claim editor, claims and chart panels
// as docks, and a status bar with the project path, the article count and
// the last import's outcome. Composition only: the project's lifetime is
// ProjectController's, the menus, tool bar and their actions are
// WindowActions' and ReaderActions', what an import reports is ImportReport's;
// the pieces live in ui/library, ui/reader, ui/import and the panels' folders.
//
// The panels are made once and take each project's session (setSession());
// without a project their docks say "No project open". Every edit goes
// through the session's undo stack.
// Shortcuts: Ctrl+K (and Find inside the library dock) searches the library;
// Find inside a reader pane finds in its article. F6 and Shift+F6 move the
// focus from part to part of the window (FocusCycle).
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
    const std::shared_ptr<Project> &project() const;
    // nullptr while no project is open.
    ProjectSession *session() const;
    SideBySideReader *reader() const { return m_reader; }
    ReaderActions *readerActions() const { return m_readerActions; }

    // Opens the claim's article in the pane already showing it, else in the
    // left pane, and selects its quote. Every panel's claimActivated ends here.
    void showClaim(qint64 claimId);
    // Two claims' quotes side by side, both panes shown: `leftClaimId`
    // selected in the left pane (the current claim), `rightClaimId` (0: none)
    // marked in the right one as its counterpart. The focus stays put.
    void showClaimsSideBySide(qint64 leftClaimId, qint64 rightClaimId);
    // The claim the analyst is on, from the claims table's current row: the
    // editor shows it and a pane showing its article selects it; no article
    // is opened (showClaim() does that). The reader's selection, in turn,
    // moves the table's current row, so that one claim is current everywhere.
    void followCurrentClaim(qint64 claimId);

    // The default layout, for the window's present size (View › Reset
    // Layout): the reader in the centre, both panes at equal widths; one
    // column on the right, the claim editor above the library, tags and undo
    // history (tabbed); the claims table and the chart tabbed under the
    // reader. Closed, floated and moved docks come back; the tool bar too.
    void resetLayout();

    // Imports files and folders into the open project on a worker thread;
    // returns false (doing nothing) without a project or during an import.
    bool importPaths(const QStringList &paths);

Q_SIGNALS:
    // After the library has reloaded with what an import added.
    void importFinished(const Claimbench::ImportSummary &summary);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createDocks();
    // The window's and the reader's actions to the panels (mainwindowactions.cpp).
    void connectActions();
    void connectPanels();
    QDockWidget *addPanelDock(const QString &title, const QString &objectName, Qt::DockWidgetArea area);
    void restoreSettings();
    void saveReaderSettings() const;
    // The chart opens tall: in front of the claims table it gets more height.
    void growChart(bool inFront);

    // The project is about to change: what shows the old one lets go of its session.
    void releaseProject();
    void showProject(ProjectSession *session);
    // A panel's dock shows the panel with a project, else "No project open".
    void showPanels(bool shown);
    void showNotices(const QString &path, const QStringList &notices);
    void finishImport(const ImportSummary &summary);
    void updateTagKeys();
    void showArticle(qint64 articleId);
    // The tag chosen in the tag dock goes to the claim selected in the reader.
    void applyChosenTag(qint64 tagId);
    void showClaimants();
    // Shows `pane` and selects the claim in the article it shows.
    void selectClaimIn(ReaderPane *pane, qint64 claimId);
    void showError(const QString &headline, const Error &error);
    // A panel's failed save or read, shown beside the panel's fields too, in
    // a dock that may be tabbed away or closed. Bad input is answered beside
    // the field it was typed in, not in a message box.
    void showPanelError(const QString &headline, const Error &error);
    // The library's read met a lost server connection: read it again.
    void readLibraryAgain();

    void updateTitle();
    void updateActions();
    // Only one pane shown: its View action is disabled, so both cannot be hidden.
    void updatePaneActions();
    // A project without panes remembered for it (opened for the first time
    // here): its newest article with claims in the left pane and its first
    // claim current, so that the reader, table and editor show claims at once.
    void showOpening();
    void updateCentre();
    void updateStatus();

    ProjectController *m_projects;
    ArticleListModel *m_articles;
    ArticleListModel *m_pickerArticles; // unfiltered, for the panes' pickers
    ImportController *m_import;
    QUndoGroup *m_undoGroup;

    LibraryPanel *m_library = nullptr;
    QDockWidget *m_libraryDock = nullptr;
    QDockWidget *m_undoDock = nullptr;
    QDockWidget *m_tagsDock = nullptr;
    QDockWidget *m_editorDock = nullptr;
    QDockWidget *m_claimsDock = nullptr;
    QDockWidget *m_chartDock = nullptr;
    QDockWidget *m_comparisonDock = nullptr;
    TagPanel *m_tagPanel = nullptr;
    ClaimEditorPanel *m_editorPanel = nullptr;
    ClaimsTablePanel *m_claimsPanel = nullptr;
    ChartPanel *m_chartPanel = nullptr;
    ComparisonPanel *m_comparisonPanel = nullptr;
    QStackedWidget *m_centre = nullptr;
    EmptyStateLabel *m_centreEmpty = nullptr;
    SideBySideReader *m_reader = nullptr;
    ReaderActions *m_readerActions = nullptr;
    WindowActions *m_actions = nullptr;

    QLabel *m_pathLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    ErrorReporter *m_errors = nullptr;
    QLabel *m_importLabel = nullptr;

    QPointer<ClaimantsDialog> m_claimantsDialog; // one per open project
    // No saved layout was restored: the first show lays the window out for
    // the size it is shown at.
    bool m_layoutPending = false;
    // About the window, not a project: a project change leaves it shown.
    QString m_layoutNotice;
    // The height under the reader before the chart's tab came to the front
    // and made it taller; 0 while the chart is not in front.
    int m_heightBeforeChart = 0;
};

} // namespace Claimbench
