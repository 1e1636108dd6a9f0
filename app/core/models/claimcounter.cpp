#include "core/models/claimcounter.h"

#include "core/store/project.h"

using namespace Qt::StringLiterals;

namespace Claimbench {

ClaimCounter::ClaimCounter(QObject *parent)
    : QObject(parent)
    , m_context(std::make_unique<QObject>())
{
    m_thread.setObjectName(u"claim count"_s);
    m_context->moveToThread(&m_thread);
}

ClaimCounter::~ClaimCounter()
{
    setProject(nullptr);
    m_thread.quit();
    m_thread.wait();
}

void ClaimCounter::setProject(std::shared_ptr<Project> project)
{
    cancel();
    if (project != m_project && m_thread.isRunning())
        // Blocking: the connection must close before its project can be
        // destroyed, and on the thread that opened it.
        QMetaObject::invokeMethod(m_context.get(), [this] { closeQuery(); }, Qt::BlockingQueuedConnection);
    m_project = std::move(project);
}

void ClaimCounter::cancel()
{
    if (m_latest)
        m_latest->cancelled = true;
    m_latest.reset();
}

void ClaimCounter::count(const ClaimFilter &filter, bool withAll)
{
    cancel();
    if (!m_project)
        return;
    if (!m_thread.isRunning())
        m_thread.start();
    auto job = std::make_shared<Job>();
    job->filter = filter;
    job->withAll = withAll;
    m_latest = job;
    QMetaObject::invokeMethod(
        m_context.get(),
        [this, job, project = m_project] {
            // A filter typed since: its count is queued behind this one.
            if (job->cancelled)
                return;
            // No exception leaves the thread: a failure is a result like any other.
            Result<Counts> counts = Counts{};
            try {
                counts = run(*job, project);
            } catch (const std::bad_alloc &) {
                counts = makeError(Error::Code::TooLarge, tr("Not enough memory to count the claims"));
            }
            // Queued to this object: dropped if it is destroyed first.
            QMetaObject::invokeMethod(this, [this, job, counts] { announce(job, counts); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

Result<ClaimCounter::Counts> ClaimCounter::run(const Job &job, const std::shared_ptr<Project> &project)
{
    if (m_connected != project) {
        closeQuery();
        Result<ClaimQuery> opened = ClaimQuery::open(*project);
        if (!opened)
            return std::unexpected(opened.error());
        m_query.emplace(std::move(*opened));
        m_connected = project;
    }
    const Result<qint64> matching = m_query->count(job.filter, &job.cancelled);
    if (!matching)
        return std::unexpected(matching.error());
    if (!job.withAll)
        return Counts{*matching, -1};
    const Result<qint64> all = m_query->count({}, &job.cancelled);
    if (!all)
        return std::unexpected(all.error());
    return Counts{*matching, *all};
}

void ClaimCounter::closeQuery()
{
    m_query.reset();
    m_connected.reset();
}

void ClaimCounter::announce(const std::shared_ptr<Job> &job, const Result<Counts> &counts)
{
    if (job != m_latest || job->cancelled)
        return;
    m_latest.reset();
    if (counts)
        Q_EMIT counted(counts->first, counts->second);
    else
        Q_EMIT failed(counts.error());
}

} // namespace Claimbench
