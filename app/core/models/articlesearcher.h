#pragma once

#include "core/error.h"

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace Claimbench {

class Project;

// Ranks the library's full-text searches on a thread of their own, so that
// typing never waits for one: each search() cancels the one still running,
// whose result is never announced. ArticleListModel::showSearchResult() shows
// what ranked() hands over.
class ArticleSearcher : public QObject
{
    Q_OBJECT
public:
    explicit ArticleSearcher(QObject *parent = nullptr);
    // Cancels the search still running and waits for it to stop.
    ~ArticleSearcher() override;

    // Searches `project` from now on (nullptr: nothing), cancelling the search still running.
    void setProject(std::shared_ptr<Project> project);
    void search(const QString &text);
    // The search still running is not announced.
    void cancel();
    bool isSearching() const { return !m_jobs.empty(); }

Q_SIGNALS:
    // The ids matching `text`, best first (ArticleRepository::rankedIds()).
    void ranked(const QString &text, const QList<qint64> &ids);
    void failed(const Claimbench::Error &error);

private:
    struct Job
    {
        QString text;
        std::shared_ptr<Project> project;
        std::atomic<bool> cancelled = false;
        Result<QList<qint64>> result;
        std::unique_ptr<QThread> thread;
    };
    void finish(Job *job);

    std::shared_ptr<Project> m_project;
    // Cancelled ones finishing, then the latest.
    std::vector<std::unique_ptr<Job>> m_jobs;
};

} // namespace Claimbench
