#pragma once

#include "core/error.h"
#include "core/store/project.h"
#include "core/store/serverlogin.h"
#include "ui/recentprojects.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace Claimbench {

class ProjectSession;

// The open project's lifetime, apart from any window: opening and creating,
// closing, Open Recent, and what opening did on its own. It owns the
// project's ProjectSession and announces each change by signal; it shows
// nothing and calls nothing of the window, so it runs headless.
//
// A change of project emits projectAboutToChange() while the old session is
// still alive (its users let go of it), then projectChanged() with the new
// one. Failures are emitted as errorOccurred(); the project open before stays
// open. While locked (an import writes into the project), closing is refused.
// GUI thread.
class ProjectController : public QObject
{
    Q_OBJECT
public:
    // A project file's suffix, without the dot.
    static constexpr QLatin1StringView kSuffix{"claimbench"};

    explicit ProjectController(QObject *parent = nullptr);
    ~ProjectController() override;

    // nullptr while no project is open.
    const std::shared_ptr<Project> &project() const { return m_project; }
    // Owned by the controller; nullptr while no project is open.
    ProjectSession *session() const { return m_session; }
    // Open Recent, newest first.
    QStringList recentPaths() const { return m_recent.paths(); }

    // Opens (with CreateIfMissing, creates) the project and makes it current,
    // adding it to Open Recent. False, with errorOccurred(), when it cannot.
    // A `path` that is a server URL (ProjectLocation::isServer) opens that
    // server's project through openServer().
    bool open(const QString &path, Project::OpenMode mode = Project::OpenMode::OpenExisting);
    // Opens the project on a team server (ServerLogin::open: ~/.pgpass, then
    // the password prompt). The wait for the server (bounded by libpq's
    // connect timeout) shows a busy cursor; a cancelled password prompt is
    // no error. Open Recent keeps the URL without the password.
    bool openServer(const ServerAddress &address, Project::OpenMode mode = Project::OpenMode::OpenExisting);
    // Makes a project opened elsewhere (File › Connect to Server…'s dialog,
    // which connects on a worker thread) current, as open() does.
    void adopt(std::shared_ptr<Project> project);
    // How a server's password is asked (the window's dialog); none: a server
    // that wants one fails with NeedsPassword.
    void setPasswordPrompt(ServerLogin::PasswordPrompt prompt) { m_passwordPrompt = std::move(prompt); }
    // Makes an empty project at `path`, replacing a file there (the analyst
    // agreed to that in the file dialog): a new project must not inherit
    // another one's articles.
    bool create(const QString &path);
    // Opens a project of Open Recent; a file that no longer exists is dropped
    // from the list and reported (a server that does not answer is only
    // reported: it may be back tomorrow).
    bool openRecent(const QString &path);
    // Back to no project; the next start opens none (Open Recent still lists
    // it). Refused while locked.
    void close();

    // An import writes into the project and reports on it: it stays open
    // until the import ends.
    void setLocked(bool locked) { m_locked = locked; }
    bool isLocked() const { return m_locked; }

Q_SIGNALS:
    // The project is about to change; session() is still the old session.
    void projectAboutToChange();
    // The project changed; `session` is session() (nullptr: no project).
    void projectChanged(Claimbench::ProjectSession *session);
    // What opening `path` did on its own (a stale log moved aside, which may
    // hold a killed program's work), one sentence each; after projectChanged().
    void noticesReported(const QString &path, const QStringList &notices);
    void errorOccurred(const QString &headline, const Claimbench::Error &error);

private:
    void setProject(std::shared_ptr<Project> project);

    std::shared_ptr<Project> m_project;
    ProjectSession *m_session = nullptr;
    RecentProjects m_recent;
    ServerLogin::PasswordPrompt m_passwordPrompt;
    bool m_locked = false;
};

} // namespace Claimbench
