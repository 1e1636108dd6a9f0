#pragma once

#include <QList>
#include <QObject>
#include <QStringList>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QToolBar;
class QUndoGroup;

namespace Claimbench {

class ProjectController;
class ReaderActions;

// The window's own actions (project, import, export, undo, search, help),
// and the window's menus and tool bar, which hold these and the reader's
// (ReaderActions).
//
// The project actions act on the ProjectController: New and Open ask for a
// file, Connect to Server for a team server's project, Open Recent lists the
// controller's projects (files and servers), Close closes. The import
// actions ask for files or a folder and emit importRequested(). The file
// dialogs start in the folder last chosen in any of them. Search, the
// exports and Claimants are the window's to connect: they act on its panels.
class WindowActions : public QObject
{
    Q_OBJECT
public:
    // `window` gets the menus and the tool bar and parents the dialogs;
    // `projects`, `undoGroup` and `reader` are not owned and must outlive
    // the actions.
    WindowActions(QMainWindow *window, ProjectController *projects, QUndoGroup *undoGroup,
                  ReaderActions *reader);

    // Fills the menu bar and adds the tool bar. `docks`: the View menu's
    // toggles, in order.
    void createMenus(const QList<QDockWidget *> &docks);

    // What can be done: with a project, and without an import running
    // (importing and closing wait for it).
    void update(bool hasProject, bool importing);

    // The About box's text (HTML): the version and what Claimbench is built with.
    static QString aboutText();

    QAction *newProject() const { return m_new; }
    QAction *openProject() const { return m_open; }
    // File › Connect to Server…: a team project (ConnectToServerDialog).
    QAction *connectToServer() const { return m_connect; }
    QAction *closeProject() const { return m_close; }
    QAction *importFiles() const { return m_importFiles; }
    QAction *importFolder() const { return m_importFolder; }
    QAction *exportClaims() const { return m_exportClaims; }
    QAction *exportChart() const { return m_exportChart; }
    QAction *quit() const { return m_quit; }
    QAction *undo() const { return m_undo; }
    QAction *redo() const { return m_redo; }
    QAction *claimants() const { return m_claimants; }
    // View › Reset Layout, which the window connects.
    QAction *resetLayout() const { return m_resetLayout; }
    QAction *searchLibrary() const { return m_search; }
    // F6 and Shift+F6: the focus to the window's next or previous part,
    // which the window connects (see FocusCycle).
    QAction *focusNextPart() const { return m_focusNext; }
    QAction *focusPreviousPart() const { return m_focusPrevious; }
    // File › Save Copy As…: asks for a file and copies the open project
    // there (ProjectCopy), saying in the status bar where it went.
    QAction *saveCopy() const { return m_saveCopy; }
    // Help › User Guide (UserGuideDialog) and Help › Keyboard Shortcuts
    // (ShortcutsDialog), each opened once, beside the window.
    QAction *userGuide() const { return m_userGuide; }
    QAction *keyboardShortcuts() const { return m_keyboardShortcuts; }
    QAction *about() const { return m_about; }
    QAction *aboutQt() const { return m_aboutQt; }
    // The tag dock's actions, filled by the window per project.
    QMenu *tagsMenu() const { return m_tagsMenu; }
    QToolBar *toolBar() const { return m_toolBar; }

Q_SIGNALS:
    // The analyst chose files or a folder to import.
    void importRequested(const QStringList &paths);

private:
    void chooseNewProject();
    void chooseProjectToOpen();
    void chooseServerToConnect();
    void chooseFilesToImport();
    void chooseFolderToImport();
    void fillRecentMenu();
    void showAbout();
    void chooseCopyDestination();
    void showUserGuide();
    void showKeyboardShortcuts();
    QString dialogDirectory() const;

    QMainWindow *m_window;
    ProjectController *m_projects;
    ReaderActions *m_reader;
    QAction *m_new;
    QAction *m_open;
    QAction *m_connect;
    QAction *m_close;
    QAction *m_importFiles;
    QAction *m_importFolder;
    QAction *m_quit;
    QAction *m_search;
    QAction *m_focusNext;
    QAction *m_focusPrevious;
    QAction *m_exportChart;
    QAction *m_exportClaims;
    QAction *m_about;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_claimants;
    QAction *m_resetLayout;
    QAction *m_aboutQt;
    QAction *m_saveCopy;
    QAction *m_userGuide;
    QAction *m_keyboardShortcuts;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_tagsMenu = nullptr;
    QMenu *m_applyTagMenu = nullptr; // Edit › Apply Tag: the reader's tag keys
    QToolBar *m_toolBar = nullptr;
};

} // namespace Claimbench
