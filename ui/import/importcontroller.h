#pragma once

#include "ui/import/importsummary.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QProgressDialog;
class QThread;
class QWidget;

namespace Claimbench {

class ImportWorker;
class Project;

// Runs one import at a time on its own thread, with a window-modal progress
// dialog ("n of N: file name") whose Cancel stops after the current file.
// Lives on the GUI thread.
class ImportController : public QObject
{
    Q_OBJECT
public:
    // `dialogParent` (not owned) parents the progress dialog.
    explicit ImportController(QWidget *dialogParent, QObject *parent = nullptr);
    // Cancels a running import and waits for its current file to finish.
    ~ImportController() override;

    bool isRunning() const { return m_thread != nullptr; }

    // The Import Files dialog's name filter: every suffix ReaderRegistry
    // reads as "Articles", then all files.
    static QString fileDialogFilter();

    // Starts importing `paths` (files and folders) into `project`; false,
    // doing nothing, while another import runs.
    bool start(std::shared_ptr<Project> project, const QStringList &paths);
    void cancel();

Q_SIGNALS:
    void runningChanged(bool running);
    void finished(const Claimbench::ImportSummary &summary);

private:
    void showProgress(int done, int total, const QString &path);
    void finish(const QList<ImportOutcome> &outcomes, int total, bool cancelled);

    QWidget *m_dialogParent;
    QThread *m_thread = nullptr;
    ImportWorker *m_worker = nullptr;
    QPointer<QProgressDialog> m_progress;
};

} // namespace Claimbench
