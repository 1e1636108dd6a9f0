#pragma once

#include "core/import/articleimporter.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

namespace Claimbench {

class Project;

// Runs ArticleImporter::importAll for one list of files and folders on the
// thread it has been moved to, reporting through queued-safe signals. A file
// that runs out of memory (std::bad_alloc) fails alone, "not enough memory";
// the others are imported.
// The project is shared (Project is thread-safe); the worker's thread gets
// its own connection, released before run() returns.
class ImportWorker : public QObject
{
    Q_OBJECT
public:
    ImportWorker(std::shared_ptr<Project> project, QStringList paths);

    // Any thread: the files not yet started are left out; the one being read
    // finishes (it is written in a transaction either way).
    void cancel() { m_cancelled = true; }
    // The password of encrypted files (ArticleImporter::setPassword); set
    // before run().
    void setPassword(QByteArray password) { m_password = std::move(password); }

public Q_SLOTS:
    void run();

Q_SIGNALS:
    // Before the first file: how many files the paths hold.
    void started(int total);
    // After each file, in order; `done` counts from 1.
    void progressed(int done, int total, const QString &path);
    void finished(const QList<Claimbench::ImportOutcome> &outcomes, int total, bool cancelled);

protected:
    // One ArticleImporter::importAll call; a test overrides it to throw
    // std::bad_alloc as a file too large for the memory left would.
    virtual QList<ImportOutcome> importFiles(ArticleImporter &importer, const QStringList &files,
                                             const ArticleImporter::Progress &progress);

private:
    std::shared_ptr<Project> m_project;
    QStringList m_paths;
    QByteArray m_password;
    std::atomic<bool> m_cancelled = false;
};

} // namespace Claimbench
