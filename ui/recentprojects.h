#pragma once

#include <QStringList>

namespace Claimbench {

// The project files opened last, newest first, at most MaxCount, kept in
// the application's QSettings (organization and application names must be
// set before use). Paths are stored absolute and clean.
class RecentProjects
{
public:
    static constexpr int MaxCount = 8;

    QStringList paths() const;
    // Moves `path` to the front, dropping the oldest beyond MaxCount.
    void add(const QString &path);
    void remove(const QString &path);

private:
    void store(const QStringList &paths);
};

} // namespace Claimbench
