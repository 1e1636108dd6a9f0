#pragma once

#include "core/error.h"
#include "core/store/project.h"
#include "ui/import/importsummary.h"
#include "ui/recentprojects.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;

namespace Claimbench {

class ArticleListModel;
class ArticleView;
class EmptyStateLabel;
class ImportController;
class LibraryPanel;

// The Claimbench window: the library dock (search + article table) beside
// the article being read, File/View/Help menus, and a status bar with the
// project path, the article count and the last import's outcome.
// Composition only: the pieces live in ui/library, ui/reader, ui/import.
//
// Shortcuts: Ctrl+K (and Find inside the library dock) searches the library;
// Find itself is left free for find-in-article in the reader.
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
    void createStatusBar();
    void restoreSettings();

    void setProject(std::shared_ptr<Project> project);
    void newProject();
    void chooseProjectToOpen();
    void openRecent(const QString &path);
    void fillRecentMenu();
    void chooseFilesToImport();
    void chooseFolderToImport();
    void showImportSummary(const ImportSummary &summary);
    void showArticle(qint64 articleId);
    void showAbout();
    void showError(const QString &headline, const Error &error);

    void updateTitle();
    void updateActions();
    void updateCentre();
    void updateStatus();
    QString dialogDirectory() const;

    std::shared_ptr<Project> m_project;
    RecentProjects m_recent;
    ArticleListModel *m_articles = nullptr;
    ImportController *m_import = nullptr;

    LibraryPanel *m_library = nullptr;
    QDockWidget *m_libraryDock = nullptr;
    QStackedWidget *m_centre = nullptr;
    EmptyStateLabel *m_centreEmpty = nullptr;
    ArticleView *m_articleView = nullptr;

    QLabel *m_pathLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_importLabel = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_importFilesAction = nullptr;
    QAction *m_importFolderAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace Claimbench
