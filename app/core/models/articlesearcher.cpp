#include "core/models/articlesearcher.h"

#include "core/store/articlerepository.h"
#include "core/store/project.h"

#include <QThread>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Claimbench {

ArticleSearcher::ArticleSearcher(QObject *parent)
    : QObject(parent)
{
}

ArticleSearcher::~ArticleSearcher()
{
    cancel();
    for (const std::unique_ptr<Job> &job : m_jobs)
        job->thread->wait();
}

void ArticleSearcher::setProject(std::shared_ptr<Project> project)
{
    cancel();
    m_project = std::move(project);
}

void ArticleSearcher::cancel()
{
    for (const std::unique_ptr<Job> &job : m_jobs)
        job->cancelled = true;
}

void ArticleSearcher::search(const QString &text)
{
    cancel();
    if (!m_project)
        return;
    auto job = std::make_unique<Job>();
    job->text = text;
    job->project = m_project;
    Job *running = job.get();
    job->thread.reset(QThread::create([running] {
        // No exception leaves the worker: a failure is a result like any other.
        try {
            running->result = running->project->articles().rankedIds(running->text, 100, &running->cancelled);
        } catch (const std::bad_alloc &) {
            running->result = makeError(Error::Code::TooLarge, tr("Not enough memory for this search"));
        }
        running->project->releaseThreadConnection();
    }));
    job->thread->setObjectName(u"search"_s);
    connect(job->thread.get(), &QThread::finished, this, [this, running] { finish(running); });
    m_jobs.push_back(std::move(job));
    running->thread->start();
}

void ArticleSearcher::finish(Job *job)
{
    const auto found = std::find_if(m_jobs.begin(), m_jobs.end(),
                                    [job](const std::unique_ptr<Job> &j) { return j.get() == job; });
    if (found == m_jobs.end())
        return;
    job->thread->wait();
    const std::unique_ptr<Job> done = std::move(*found);
    m_jobs.erase(found);
    if (done->cancelled)
        return;
    if (done->result)
        Q_EMIT ranked(done->text, *done->result);
    else
        Q_EMIT failed(done->result.error());
}

} // namespace Claimbench
