#pragma once

#include "core/error.h"
#include "core/store/claimquery.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>
#include <utility>

namespace Claimbench {

class Project;

// Counts the claims of the claims table's filter, and of the whole project,
// on a thread of its own, so that the table shows its first rows before a
// count that takes long on a team server: COUNT of 1,000,000 claims costs
// ~200 ms there, and of a text filter's 20,000 matches over a second (GIN
// cannot count without rechecking each match in the heap). Each count()
// cancels the one still running, whose answer is never announced. The
// thread keeps its connection (a ClaimQuery of its own) between counts.
class ClaimCounter : public QObject
{
    Q_OBJECT
public:
    explicit ClaimCounter(QObject *parent = nullptr);
    // Cancels the count still running, closes the connection and ends the thread.
    ~ClaimCounter() override;

    // Counts over `project` from now on (nullptr: nothing), cancelling the
    // count still running; the connection to the previous project is closed
    // before this returns.
    void setProject(std::shared_ptr<Project> project);
    // Counts `filter`'s claims, and every claim when `withAll`.
    void count(const ClaimFilter &filter, bool withAll);
    // The count still running is not announced.
    void cancel();
    bool isCounting() const { return m_latest != nullptr; }

Q_SIGNALS:
    // `all` is -1 when it was not asked for.
    void counted(qint64 matching, qint64 all);
    void failed(const Claimbench::Error &error);

private:
    struct Job
    {
        ClaimFilter filter;
        bool withAll = false;
        std::atomic<bool> cancelled = false;
    };
    using Counts = std::pair<qint64, qint64>;
    // On the worker thread.
    Result<Counts> run(const Job &job, const std::shared_ptr<Project> &project);
    void closeQuery();
    // On this object's thread.
    void announce(const std::shared_ptr<Job> &job, const Result<Counts> &counts);

    std::shared_ptr<Project> m_project;
    std::shared_ptr<Job> m_latest; // announced when done, unless cancelled
    QThread m_thread;
    std::unique_ptr<QObject> m_context; // lives on m_thread: counts are queued to it
    // Touched on m_thread only: the project whose connection is open there.
    std::shared_ptr<Project> m_connected;
    std::optional<ClaimQuery> m_query;
};

} // namespace Claimbench
