#include "ui/projectcontroller.h"

#include "core/commands/projectsession.h"

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

bool ProjectController::open(const QString &path, Project::OpenMode mode)
{
    // Opening may upgrade an older project's schema: seconds, once, on a
    // large one. (Without a GUI application, as in tests, there is no cursor.)
    const bool withCursor = qobject_cast<QGuiApplication *>(QCoreApplication::instance());
    if (withCursor)
        QGuiApplication::setOverrideCursor(QCursor(Qt::WaitCursor));
    auto opened = Project::open(path, mode);
    if (withCursor)
        QGuiApplication::restoreOverrideCursor();
    if (!opened) {
        Q_EMIT errorOccurred(tr("Could not open “%1”.").arg(QFileInfo(path).fileName()), opened.error());
        return false;
    }
    const QStringList notices = (*opened)->notices();
    m_recent.add(path);
    setProject(std::move(*opened));
    if (!notices.isEmpty())
        Q_EMIT noticesReported(path, notices);
    return true;
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
    if (!QFileInfo(path).isFile()) {
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
