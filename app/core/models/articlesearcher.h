#pragma once

#include "core/error.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

#include <array>
#include <atomic>
#include <memory>

namespace Claimbench {

class Project;

// Ranks the library's full-text searches on threads of their own, so that
// typing never waits for one: each search() cancels the one still running,
// whose result is never announced. The threads and their connections stay open
// between searches, so each key's search starts on a warm page cache.
// ArticleListModel::showSearchResult() shows what ranked() hands over. A
// search with more matches than quickRankingMatches() is announced twice:
// ranked among its newest matches first, at once, then among all of them.
class ArticleSearcher : public QObject
{
    Q_OBJECT
public:
    explicit ArticleSearcher(QObject *parent = nullptr);
    // Cancels the search still running and waits for the threads to end.
    ~ArticleSearcher() override;

    // Searches `project` from now on (nullptr: nothing), cancelling the
    // search still running; the threads' connections to the previous
    // project is closed before this returns.
    void setProject(std::shared_ptr<Project> project);
    void search(const QString &text);
    // The search still running is not announced.
    void cancel();
    bool isSearching() const { return m_latest != nullptr; }
    // Enough to rank in a few tens of milliseconds (bench_app).
    static constexpr int kQuickRankingMatches = 20000;
    int quickRankingMatches() const { return m_quickRankingMatches; }
    void setQuickRankingMatches(int matches) { m_quickRankingMatches = matches; }

Q_SIGNALS:
    // The ids matching `text`, best first (ArticleRepository::rankedIds());
    // `allMatches` false: among its newest matches only, the full ranking
    // follows.
    void ranked(const QString &text, const QList<qint64> &ids, bool allMatches);
    void failed(const Claimbench::Error &error);

private:
    struct Job
    {
        QString text;
        int quickRankingMatches = kQuickRankingMatches;
        std::atomic<bool> cancelled = false;
    };
    // A thread whose connection stays open between searches.
    struct Worker
    {
        QThread thread;
        // Lives on `thread`: searches are queued to it, one after another.
        std::unique_ptr<QObject> context;
        // Touched on `thread` only: the project whose connection is open there.
        std::shared_ptr<Project> connected;
        // Searches queued or running.
        std::atomic<int> load = 0;
    };
    // On the worker's thread.
    void run(Worker &worker, const std::shared_ptr<Job> &job, const std::shared_ptr<Project> &project);
    static void closeConnection(Worker &worker);
    // On this object's thread.
    void announce(const std::shared_ptr<Job> &job, const Result<QList<qint64>> &ids, bool allMatches);

    std::shared_ptr<Project> m_project;
    std::shared_ptr<Job> m_latest; // announced when done, unless cancelled
    int m_quickRankingMatches = kQuickRankingMatches;
    // Two: a cancelled search of a short prefix can keep one busy (FTS5
    // merges the prefix's terms in one step no cancel reaches) while the
    // next key's search runs on the other.
    std::array<Worker, 2> m_workers;
};

} // namespace Claimbench
