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
        outcomes = importer.importAll(files, [this](const ImportOutcome &outcome, int done, int count) {
            Q_EMIT progressed(done, count, outcome.path);
            return !m_cancelled.load();
        });
    }
    // The importer's repositories used this thread's connection; a pooled
    // thread may be reused for anything, so give it back now.
    m_project->releaseThreadConnection();
    // A cancel during the last file left nothing out: not a cancelled run.
    Q_EMIT finished(outcomes, total, m_cancelled.load() && outcomes.size() < total);
}

} // namespace Claimbench
