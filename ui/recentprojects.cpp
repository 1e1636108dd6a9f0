#include "ui/recentprojects.h"

#include "core/store/projectlocation.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

const QString kSettingsKey = u"recentProjects"_s;
const QString kReopenKey = u"reopenProject"_s;

QString normalized(const QString &path)
{
    // A server's URL (never with a password: Project::path()) is no file path.
    return ProjectLocation::isServer(path) ? path : QFileInfo(path).absoluteFilePath();
}

} // namespace

QStringList RecentProjects::paths() const
{
    return QSettings().value(kSettingsKey).toStringList();
}

void RecentProjects::add(const QString &path)
{
    const QString entry = normalized(path);
    QStringList list = paths();
    list.removeAll(entry);
    list.prepend(entry);
    store(list.mid(0, kMaxCount));
    QSettings().setValue(kReopenKey, entry);
}

void RecentProjects::remove(const QString &path)
{
    QStringList list = paths();
    if (list.removeAll(normalized(path)) > 0)
        store(list);
}

QString RecentProjects::projectToReopen() const
{
    const QSettings settings;
    // Settings that hold the list but no reopen entry reopen the most recent
    // project of the list.
    return settings.contains(kReopenKey) ? settings.value(kReopenKey).toString() : paths().value(0);
}

void RecentProjects::forgetProjectToReopen()
{
    QSettings().setValue(kReopenKey, QString());
}

void RecentProjects::store(const QStringList &paths)
{
    QSettings().setValue(kSettingsKey, paths);
}

} // namespace Claimbench
