#include "ui/projectcontroller.h"

#include "core/commands/projectsession.h"
#include "core/store/projectlocation.h"

#include <QCursor>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>

namespace Claimbench {

ProjectController::ProjectController(QObject *parent)
    : QObject(parent)
{
}

// Out of line: the session's type is complete here.
ProjectController::~ProjectController() = default;

namespace {

// A busy cursor while the project opens (an older project's schema upgrade,
// a server's answer): seconds at most. Without a GUI application, as in
// tests, there is no cursor.
class BusyCursor
{
public:
    BusyCursor()
    {
        if (m_shown)
            QGuiApplication::setOverrideCursor(QCursor(Qt::WaitCursor));
    }
    ~BusyCursor()
    {
        if (m_shown)
            QGuiApplication::restoreOverrideCursor();
    }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;

private:
    const bool m_shown = qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
};

} // namespace

bool ProjectController::open(const QString &path, Project::OpenMode mode)
{
    if (ProjectLocation::isServer(path)) {
        const Result<ServerAddress> address = ServerAddress::parse(path);
        if (!address) {
            Q_EMIT errorOccurred(tr("Could not open “%1”.").arg(ProjectLocation::whereabouts(path)), address.error());
            return false;
        }
        return openServer(*address, mode);
    }
    Result<std::shared_ptr<Project>> opened = [&] {
        const BusyCursor busy;
        return Project::open(path, mode);
    }();
    if (!opened) {
        Q_EMIT errorOccurred(tr("Could not open “%1”.").arg(QFileInfo(path).fileName()), opened.error());
        return false;
    }
    adopt(std::move(*opened));
    return true;
}

bool ProjectController::openServer(const ServerAddress &address, Project::OpenMode mode)
{
    std::optional<BusyCursor> busy(std::in_place);
    // The prompt is answered with the normal cursor.
    const ServerLogin::PasswordPrompt ask
        = m_passwordPrompt ? ServerLogin::PasswordPrompt([&](const ServerAddress &tried, int attempt, const Error &why) {
              busy.reset();
              std::optional<QString> password = m_passwordPrompt(tried, attempt, why);
              busy.emplace();
              return password;
          })
                           : ServerLogin::PasswordPrompt();
    Result<std::shared_ptr<Project>> opened = ServerLogin::open(address, mode, ask);
    busy.reset();
    if (!opened) {
        if (opened.error().code != Error::Code::Cancelled)
            Q_EMIT errorOccurred(tr("Could not open “%1”.").arg(ProjectLocation::displayName(address)),
                                 opened.error());
        return false;
    }
    adopt(std::move(*opened));
    return true;
}

void ProjectController::adopt(std::shared_ptr<Project> project)
{
    // The project's own path: a file's absolute path, a server's URL without
    // the password.
    const QString path = project->path();
    const QStringList notices = project->notices();
    m_recent.add(path);
    setProject(std::move(project));
    if (!notices.isEmpty())
        Q_EMIT noticesReported(path, notices);
}

bool ProjectController::create(const QString &path)
{
    if (QFileInfo::exists(path)) {
        if (m_project && QFileInfo(m_project->path()) == QFileInfo(path))
            setProject(nullptr);
        if (!QFile::remove(path)) {
            Q_EMIT errorOccurred(tr("Could not create “%1”.").arg(QFileInfo(path).fileName()),
                                 Error{Error::Code::Io, tr("The existing file could not be replaced."), path});
            return false;
        }
    }
    return open(path, Project::OpenMode::CreateIfMissing);
}

bool ProjectController::openRecent(const QString &path)
{
    if (!ProjectLocation::isServer(path) && !QFileInfo(path).isFile()) {
        m_recent.remove(path);
        Q_EMIT errorOccurred(tr("Could not open “%1”.").arg(QFileInfo(path).fileName()),
                             Error{Error::Code::NotFound,
                                   tr("The file no longer exists; it has been removed from Open Recent."),
                                   QDir::toNativeSeparators(path)});
        return false;
    }
    return open(path);
}

void ProjectController::close()
{
    if (!m_project || m_locked)
        return;
    m_recent.forgetProjectToReopen();
    setProject(nullptr);
}

void ProjectController::setProject(std::shared_ptr<Project> project)
{
    Q_EMIT projectAboutToChange();
    delete m_session;
    m_session = nullptr;
    m_project = std::move(project);
    if (m_project)
        m_session = new ProjectSession(m_project, this);
    Q_EMIT projectChanged(m_session);
}

} // namespace Claimbench
