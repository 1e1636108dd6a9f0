#pragma once

#include <QStringList>

namespace Claimbench {

// The projects opened last, newest first, at most kMaxCount, and the one to
// reopen on the next start, kept in the application's QSettings
// (organization and application names must be set before use). File paths
// are stored absolute and clean; a team server's project as its URL, which
// holds no password (Project::path()).
class RecentProjects
{
public:
    static constexpr int kMaxCount = 8;

    QStringList paths() const;
    // Moves `path` to the front, dropping the oldest beyond kMaxCount, and
    // makes it the project to reopen.
    void add(const QString &path);
    void remove(const QString &path);

    // The project opened last unless it was closed since (then empty).
    QString projectToReopen() const;
    // The project was closed on purpose: the next start opens none. The list
    // keeps it.
    void forgetProjectToReopen();

private:
    void store(const QStringList &paths);
};

} // namespace Claimbench
