#include "ui/recentprojects.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

const QString SettingsKey = u"recentProjects"_s;
const QString ReopenKey = u"reopenProject"_s;

QString normalized(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

QStringList RecentProjects::paths() const
{
    return QSettings().value(SettingsKey).toStringList();
}

void RecentProjects::add(const QString &path)
{
    const QString entry = normalized(path);
    QStringList list = paths();
    list.removeAll(entry);
    list.prepend(entry);
    store(list.mid(0, MaxCount));
    QSettings().setValue(ReopenKey, entry);
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
    // Settings written before projects could be closed know only the list.
    return settings.contains(ReopenKey) ? settings.value(ReopenKey).toString() : paths().value(0);
}

void RecentProjects::forgetProjectToReopen()
{
    QSettings().setValue(ReopenKey, QString());
}

void RecentProjects::store(const QStringList &paths)
{
    QSettings().setValue(SettingsKey, paths);
}

} // namespace Claimbench
