#include "ui/projectcopy.h"

#include "core/store/project.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace Claimbench {

namespace {

constexpr int kProgressSteps = 1000;
constexpr int kShowAfterMilliseconds = 400;
constexpr int kPollMilliseconds = 50;

} // namespace

Result<void> ProjectCopy::run(QWidget *parent, const std::shared_ptr<Project> &project, const QString &destination)
{
    std::atomic<bool> cancelled{false};
    std::atomic<int> done{0};
    Result<void> copied;
    // Captures by reference: the loop below outlives the thread.
    std::unique_ptr<QThread> worker(QThread::create([&] {
        copied = project->backupTo(destination, [&](qint64 copied, qint64 total) {
            done.store(total > 0 ? int(copied * kProgressSteps / total) : 0);
            return !cancelled.load();
        });
    }));

    QProgressDialog progress(tr("Saving a copy of the project…"), tr("Cancel"), 0, kProgressSteps, parent);
    progress.setObjectName(QStringLiteral("saveCopyProgress"));
    progress.setWindowTitle(tr("Save Copy As"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(kShowAfterMilliseconds);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&] { cancelled.store(true); });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &progress, [&] { progress.setValue(done.load()); });
    QEventLoop loop;
    QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    poll.start(kPollMilliseconds);
    loop.exec();
    worker->wait();
    return copied;
}

} // namespace Claimbench
