#pragma once

#include "ui/import/importsummary.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QProgressDialog;
class QThread;
class QWidget;

namespace Claimbench {

class ImportWorker;
class Project;

// Runs one import at a time on its own thread, with a window-modal progress
// dialog ("n of N: file name") whose Cancel stops after the current file.
// After the batch, each file that failed for want of a password
// (ImportOutcome::needsPassword) is asked for (passwordPrompt(), with the
// file's name; Cancel skips the file) and imported again with it, on the
// worker thread too; a wrong password asks again, saying so. finished()
// reports the batch with those files' new outcomes.
// Lives on the GUI thread.
class ImportController : public QObject
{
    Q_OBJECT
public:
    // `dialogParent` (not owned) parents the progress dialog.
    explicit ImportController(QWidget *dialogParent, QObject *parent = nullptr);
    // Cancels a running import and waits for its current file to finish.
    ~ImportController() override;

    // True from start() until finished(), password prompts included.
    bool isRunning() const { return m_running; }

    // Asks for a password: `message` names the file and, after a wrong one,
    // says it did not open it. nullopt: skip the file. The default is a
    // QInputDialog with the password hidden; tests give their own.
    using PasswordPrompt = std::function<std::optional<QString>(QWidget *parent, const QString &message)>;
    void setPasswordPrompt(PasswordPrompt prompt);

    // The Import Files dialog's name filter: every suffix ReaderRegistry
    // reads as "Articles", then all files.
    static QString fileDialogFilter();

    // Starts importing `paths` (files and folders) into `project`; false,
    // doing nothing, while another import runs.
    bool start(std::shared_ptr<Project> project, const QStringList &paths);
    void cancel();

Q_SIGNALS:
    void runningChanged(bool running);
    // The batch is stored and some of its files wait for passwords: the
    // library can show the others before the prompts.
    void batchImported();
    void finished(const Claimbench::ImportSummary &summary);

private:
    void startWorker(const QStringList &paths, const QByteArray &password);
    void showProgress(int done, int total, const QString &path);
    void finish(const QList<ImportOutcome> &outcomes, int total, bool cancelled);
    // Deletes the progress dialog at once, so that none is up (or can pop up
    // later) while a password prompt is open.
    void closeProgress();
    // Keeps the password that opened `path` for the page view (SessionPasswords).
    void rememberPassword(const QString &path);
    // Asks for the next locked file's password and imports it again; when
    // none is left, reports the batch.
    void askNextPassword();

    QWidget *m_dialogParent;
    QThread *m_thread = nullptr;
    ImportWorker *m_worker = nullptr;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<Project> m_project;
    PasswordPrompt m_passwordPrompt;
    bool m_running = false;
    // The batch's outcomes, its total and whether it was cancelled, while
    // its locked files are imported again.
    QList<ImportOutcome> m_outcomes;
    int m_total = 0;
    bool m_cancelled = false;
    QList<int> m_locked;          // indices into m_outcomes still to ask for
    bool m_retrying = false;      // the worker running imports m_locked.first()
    QByteArray m_retryPassword;   // ... with this password
    bool m_wrongPassword = false; // the last password given did not open it
};

} // namespace Claimbench
