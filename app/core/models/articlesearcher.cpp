#include "core/models/articlesearcher.h"

#include "core/models/articlelistmodel.h"
#include "core/store/articlerepository.h"
#include "core/store/project.h"

#include <QScopeGuard>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Claimbench {

ArticleSearcher::ArticleSearcher(QObject *parent)
    : QObject(parent)
{
    for (Worker &worker : m_workers) {
        worker.thread.setObjectName(u"search"_s);
        worker.context = std::make_unique<QObject>();
        worker.context->moveToThread(&worker.thread);
    }
}

ArticleSearcher::~ArticleSearcher()
{
    setProject(nullptr);
    for (Worker &worker : m_workers) {
        worker.thread.quit();
        worker.thread.wait();
    }
}

void ArticleSearcher::setProject(std::shared_ptr<Project> project)
{
    cancel();
    if (project != m_project)
        for (Worker &worker : m_workers)
            if (worker.thread.isRunning())
                // Blocking: the connection must close before its project can
                // be destroyed, and on this thread, not the worker's.
                QMetaObject::invokeMethod(
                    worker.context.get(), [&worker] { closeConnection(worker); }, Qt::BlockingQueuedConnection);
    m_project = std::move(project);
}

void ArticleSearcher::cancel()
{
    if (m_latest)
        m_latest->cancelled = true;
    m_latest.reset();
}

void ArticleSearcher::search(const QString &text)
{
    cancel();
    if (!m_project)
        return;
    Worker &worker = *std::min_element(m_workers.begin(), m_workers.end(),
                                       [](const Worker &a, const Worker &b) { return a.load < b.load; });
    if (!worker.thread.isRunning())
        worker.thread.start();
    auto job = std::make_shared<Job>();
    job->text = text;
    job->quickRankingMatches = m_quickRankingMatches;
    m_latest = job;
    ++worker.load;
    QMetaObject::invokeMethod(
        worker.context.get(), [this, &worker, job, project = m_project] { run(worker, job, project); },
        Qt::QueuedConnection);
}

void ArticleSearcher::closeConnection(Worker &worker)
{
    if (worker.connected)
        worker.connected->releaseThreadConnection();
    worker.connected.reset();
}

void ArticleSearcher::run(Worker &worker, const std::shared_ptr<Job> &job, const std::shared_ptr<Project> &project)
{
    const auto done = qScopeGuard([&worker] { --worker.load; });
    // A key pressed since: its search is queued behind this one.
    if (job->cancelled)
        return;
    if (worker.connected != project) {
        closeConnection(worker);
        worker.connected = project;
    }
    // Queued to this object: dropped if it is destroyed first.
    const auto post = [this, job](const Result<QList<qint64>> &ids, bool allMatches) {
        QMetaObject::invokeMethod(this, [this, job, ids, allMatches] { announce(job, ids, allMatches); },
                                  Qt::QueuedConnection);
    };
    // No exception leaves the thread: a failure is a result like any other.
    try {
        const ArticleRepository articles = project->articles();
        auto first = articles.rankedIdsAmongNewest(job->text, job->quickRankingMatches, ArticleListModel::kSearchHits,
                                                   &job->cancelled);
        if (!first) {
            post(std::unexpected(first.error()), true);
            return;
        }
        post(first->ids, first->allMatches);
        if (!first->allMatches)
            post(articles.rankedIds(job->text, ArticleListModel::kSearchHits, &job->cancelled), true);
    } catch (const std::bad_alloc &) {
        post(makeError(Error::Code::TooLarge, tr("Not enough memory for this search")), true);
    }
}

void ArticleSearcher::announce(const std::shared_ptr<Job> &job, const Result<QList<qint64>> &ids, bool allMatches)
{
    if (job != m_latest || job->cancelled)
        return;
    if (allMatches || !ids)
        m_latest.reset();
    if (ids)
        Q_EMIT ranked(job->text, *ids, allMatches);
    else
        Q_EMIT failed(ids.error());
}

} // namespace Claimbench
