#include "ui/import/importcontroller.h"

#include "ui/import/importworker.h"
#include "ui/reader/sessionpasswords.h"

#include "core/import/filepath.h"
#include "core/import/readerregistry.h"

#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QProgressDialog>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

std::optional<QString> askPassword(QWidget *parent, const QString &message)
{
    bool ok = false;
    const QString password = QInputDialog::getText(parent, ImportController::tr("Password"), message,
                                                   QLineEdit::Password, {}, &ok);
    if (!ok)
        return std::nullopt;
    return password;
}

} // namespace

ImportController::ImportController(QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
    , m_passwordPrompt(askPassword)
{
}

void ImportController::setPasswordPrompt(PasswordPrompt prompt)
{
    m_passwordPrompt = prompt ? std::move(prompt) : PasswordPrompt(askPassword);
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
    if (m_running)
        return false;
    m_running = true;
    m_project = std::move(project);
    m_outcomes.clear();
    m_locked.clear();
    m_retrying = false;
    m_wrongPassword = false;
    startWorker(paths, {});
    Q_EMIT runningChanged(true);
    return true;
}

void ImportController::startWorker(const QStringList &paths, const QByteArray &password)
{
    m_thread = new QThread(this);
    m_thread->setObjectName(u"import"_s);
    m_worker = new ImportWorker(m_project, paths);
    m_worker->setPassword(password);
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
    // A modal dialog's setValue() runs the event loop, where finish() may
    // have closed it.
    if (!m_progress)
        return;
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
    closeProgress();
    if (m_retrying) {
        m_retrying = false;
        const ImportOutcome outcome = outcomes.value(0, m_outcomes.at(m_locked.first()));
        m_wrongPassword = outcome.needsPassword && !cancelled;
        if (!m_wrongPassword) {
            if (!outcomes.isEmpty())
                m_outcomes[m_locked.first()] = outcome;
            if (outcome.status != ImportOutcome::Status::Failed && outcome.status != ImportOutcome::Status::Skipped)
                rememberPassword(outcome.path);
            m_locked.removeFirst();
        }
    } else {
        m_outcomes = outcomes;
        m_total = total;
        m_cancelled = cancelled;
        // A cancelled import asks for nothing more.
        for (int i = 0; i < m_outcomes.size() && !cancelled; ++i)
            if (m_outcomes.at(i).needsPassword)
                m_locked.append(i);
        // The library shows the batch's other files while the prompts wait.
        if (!m_locked.isEmpty())
            Q_EMIT batchImported();
    }
    askNextPassword();
}

void ImportController::rememberPassword(const QString &path)
{
    // The page view opens the stored bytes, the file's: it finds the
    // password there instead of asking again.
    QFile file(path);
    if (file.open(QIODevice::ReadOnly))
        SessionPasswords::remember(file.readAll(), m_retryPassword);
}

void ImportController::closeProgress()
{
    // Stopped and hidden now: a prompt's nested event loop does not run a
    // deferred delete, and the dialog's minimumDuration timer would show it,
    // window-modal, over the prompt. Deleted later all the same, never here:
    // this may run inside the dialog's own setValue(), whose event loop
    // delivered finish().
    if (!m_progress)
        return;
    QProgressDialog *progress = m_progress;
    m_progress = nullptr;
    progress->disconnect(this);
    progress->reset(); // stops the minimumDuration timer
    progress->hide();
    progress->deleteLater();
}

void ImportController::askNextPassword()
{
    while (!m_locked.isEmpty()) {
        const QString name = FilePath::readable(QFileInfo(m_outcomes.at(m_locked.first()).path).fileName());
        const QString message = m_wrongPassword
            ? tr("The password does not open the PDF.\nPassword for %1:").arg(name)
            : tr("%1 is encrypted.\nPassword:").arg(name);
        const std::optional<QString> password = m_passwordPrompt(m_dialogParent, message);
        if (password) {
            m_retrying = true;
            m_retryPassword = password->toUtf8();
            startWorker({m_outcomes.at(m_locked.first()).path}, password->toUtf8());
            return;
        }
        // Skipped: the file stays failed, as the batch reported it.
        m_wrongPassword = false;
        m_locked.removeFirst();
    }
    m_running = false;
    m_project.reset();
    Q_EMIT runningChanged(false);
    Q_EMIT finished(ImportSummary::of(m_outcomes, m_total, m_cancelled));
}

} // namespace Claimbench
