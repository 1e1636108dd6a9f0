#include "ui/import/importcontroller.h"

#include "ui/import/importworker.h"

#include "core/import/filepath.h"
#include "core/import/readerregistry.h"

#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Claimbench {

ImportController::ImportController(QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
{
}

ImportController::~ImportController()
{
    if (!m_thread)
        return;
    m_worker->cancel();
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

QString ImportController::fileDialogFilter()
{
    return tr("Articles (%1);;All files (*)").arg(ReaderRegistry::builtIn().namePatterns());
}

bool ImportController::start(std::shared_ptr<Project> project, const QStringList &paths)
{
    if (m_thread)
        return false;
    m_thread = new QThread(this);
    m_thread->setObjectName(u"import"_s);
    m_worker = new ImportWorker(std::move(project), paths);
    m_worker->moveToThread(m_thread);

    m_progress = new QProgressDialog(m_dialogParent);
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setWindowTitle(tr("Importing"));
    m_progress->setLabelText(tr("Looking for files…"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(300);
    m_progress->setRange(0, 0);
    m_progress->setMinimumWidth(m_progress->fontMetrics().averageCharWidth() * 60);
    connect(m_progress, &QProgressDialog::canceled, this, &ImportController::cancel);

    connect(m_thread, &QThread::started, m_worker, &ImportWorker::run);
    connect(m_worker, &ImportWorker::started, this, [this](int total) {
        if (m_progress)
            m_progress->setRange(0, total);
    });
    connect(m_worker, &ImportWorker::progressed, this, &ImportController::showProgress);
    connect(m_worker, &ImportWorker::finished, this, &ImportController::finish);
    m_thread->start();
    Q_EMIT runningChanged(true);
    return true;
}

void ImportController::cancel()
{
    if (!m_worker)
        return;
    m_worker->cancel();
}

void ImportController::showProgress(int done, int total, const QString &path)
{
    if (!m_progress || m_progress->wasCanceled())
        return;
    m_progress->setMaximum(total);
    m_progress->setValue(done);
    const QString name = FilePath::readable(QFileInfo(path).fileName());
    m_progress->setLabelText(tr("%1 of %2: %3").arg(done).arg(total).arg(
        m_progress->fontMetrics().elidedText(name, Qt::ElideMiddle, m_progress->minimumWidth())));
}

void ImportController::finish(const QList<ImportOutcome> &outcomes, int total, bool cancelled)
{
    // run() has returned: the worker's thread has nothing left to do.
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    m_worker = nullptr;
    delete m_thread;
    m_thread = nullptr;
    if (m_progress)
        m_progress->deleteLater();
    Q_EMIT runningChanged(false);
    Q_EMIT finished(ImportSummary::of(outcomes, total, cancelled));
}

} // namespace Claimbench
