#pragma once

#include "core/error.h"
#include "core/store/project.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <new>
#include <utility>

namespace Claimbench {

// A panel's read of the project (a chart's series, a comparison) on a worker
// thread with its own connection to the project, released when the read
// ends, so that a million claims never hold up the window.
//
// One build runs at a time. invalidate() says the panel wants another: the
// running build is told to stop and its result is dropped, never shown;
// `overtaken` is called instead once it ends, so that the panel starts the
// next one. The panel's destruction, and a new session, abandon() the
// running build, waiting for it, so that the project it reads outlives it.
// Header-only, like SessionBinding; GUI thread.
template <typename T>
class BackgroundBuild
{
public:
    using Work = std::function<Result<T>(const Project &project, const std::atomic<bool> *cancelled)>;

    // `context` is the panel, on whose thread `finished` and `overtaken` run;
    // the build is its member. `outOfMemory` is the error a build the memory
    // left cannot hold ends with: no exception leaves the worker.
    BackgroundBuild(QObject *context, QString threadName, QString outOfMemory,
                    std::function<void(Result<T>)> finished, std::function<void()> overtaken)
        : m_context(context)
        , m_threadName(std::move(threadName))
        , m_outOfMemory(std::move(outOfMemory))
        , m_finished(std::move(finished))
        , m_overtaken(std::move(overtaken))
    {
    }
    ~BackgroundBuild() { abandon(); }
    BackgroundBuild(const BackgroundBuild &) = delete;
    BackgroundBuild &operator=(const BackgroundBuild &) = delete;

    bool isRunning() const { return m_job != nullptr; }

    // The running build's result, if any, is not wanted any more.
    void invalidate()
    {
        ++m_generation;
        if (m_job)
            m_job->cancelled = true;
    }

    // Runs `work` on `project` on a new thread; does nothing while a build runs.
    void start(std::shared_ptr<Project> project, Work work)
    {
        if (m_job)
            return;
        auto job = std::make_unique<Job>();
        job->generation = m_generation;
        job->project = std::move(project);
        job->thread.reset(QThread::create([job = job.get(), work = std::move(work), outOfMemory = m_outOfMemory] {
            try {
                job->result = work(*job->project, &job->cancelled);
            } catch (const std::bad_alloc &) {
                job->result = makeError(Error::Code::TooLarge, outOfMemory);
            }
            job->project->releaseThreadConnection();
        }));
        job->thread->setObjectName(m_threadName);
        QObject::connect(job->thread.get(), &QThread::finished, m_context, [this, generation = m_generation] {
            // A build finish() already took, or one abandoned, has gone.
            if (m_job && m_job->generation == generation)
                finish();
        });
        m_job = std::move(job);
        m_job->thread->start();
    }

    // Waits for the running build, then hands its result to `finished`, or
    // calls `overtaken` when invalidate() came after its start.
    void finish()
    {
        if (!m_job)
            return;
        m_job->thread->wait();
        // Let go of here, on the GUI thread, with the project it held.
        const std::unique_ptr<Job> job = std::move(m_job);
        if (job->generation == m_generation)
            m_finished(std::move(job->result));
        else
            m_overtaken();
    }

    // Stops and waits for the running build; its result is dropped.
    void abandon()
    {
        if (!m_job)
            return;
        m_job->cancelled = true;
        m_job->thread->wait();
        m_job.reset();
    }

private:
    struct Job
    {
        quint64 generation = 0;
        // Held so the project outlives the worker.
        std::shared_ptr<Project> project;
        std::atomic<bool> cancelled = false;
        Result<T> result;  // written by the worker, read once it has ended
        std::unique_ptr<QThread> thread;
    };

    QObject *m_context;
    QString m_threadName;
    QString m_outOfMemory;
    std::function<void(Result<T>)> m_finished;
    std::function<void()> m_overtaken;
    // Counts invalidate()s: a build started at another count was overtaken.
    quint64 m_generation = 0;
    std::unique_ptr<Job> m_job;
};

} // namespace Claimbench
