#include "ui/import/importworker.h"

#include "core/store/project.h"

namespace Claimbench {

ImportWorker::ImportWorker(std::shared_ptr<Project> project, QStringList paths)
    : m_project(std::move(project))
    , m_paths(std::move(paths))
{
}

void ImportWorker::run()
{
    const QStringList files = ArticleImporter::collectFiles(m_paths);
    const int total = int(files.size());
    Q_EMIT started(total);
    QList<ImportOutcome> outcomes;
    {
        ArticleImporter importer(m_project);
        importer.setPassword(m_password);
        QList<ImportOutcome> reported; // by the importFiles() call running
        const ArticleImporter::Progress progress = [&](const ImportOutcome &outcome, int, int) {
            reported.append(outcome);
            Q_EMIT progressed(int(outcomes.size() + reported.size()), total, outcome.path);
            return !m_cancelled.load();
        };
        // std::bad_alloc (a file too large for the memory left) must not end
        // the program with an import in flight: the transaction being filled
        // rolls back, the files from the first one not reported are imported
        // one at a time until the one that ran out of memory fails alone,
        // and the import goes on with the rest.
        bool alone = false;
        while (outcomes.size() < total && !m_cancelled.load()) {
            const qsizetype next = outcomes.size();
            reported.clear();
            try {
                outcomes.append(importFiles(importer, files.mid(next, alone ? 1 : -1), progress));
                alone = false;
            } catch (const std::bad_alloc &) {
                outcomes.append(reported);
                if (alone && outcomes.size() == next) {
                    ImportOutcome failed{files.at(next), ImportOutcome::Status::Failed,
                                         tr("Not enough memory to import this file")};
                    outcomes.append(failed);
                    Q_EMIT progressed(int(outcomes.size()), total, failed.path);
                    alone = false;
                } else {
                    alone = outcomes.size() == next;
                }
            }
        }
    }
    // The importer's repositories used this thread's connection; a pooled
    // thread may be reused for anything, so give it back now.
    m_project->releaseThreadConnection();
    // A cancel during the last file left nothing out: not a cancelled run.
    Q_EMIT finished(outcomes, total, m_cancelled.load() && outcomes.size() < total);
}

QList<ImportOutcome> ImportWorker::importFiles(ArticleImporter &importer, const QStringList &files,
                                               const ArticleImporter::Progress &progress)
{
    return importer.importAll(files, progress);
}

} // namespace Claimbench
