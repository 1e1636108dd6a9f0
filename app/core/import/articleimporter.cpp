#include "core/import/articleimporter.h"

#include "core/import/articlereader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <functional>
#include <utility>

namespace Claimbench {

using namespace Qt::StringLiterals;

namespace {

// The project, not the file, failed to store it: later files would fail alike.
bool isProjectFailure(const Error &error)
{
    return error.code == Error::Code::Io || error.code == Error::Code::Busy || error.code == Error::Code::Database;
}

} // namespace

// Articles read but not yet committed, with the outcomes they belong to.
struct ArticleImporter::Pending
{
    QList<Article> articles;
    QList<qsizetype> outcomeIndexes;
    QSet<QByteArray> hashes;
    // Files that repeat an article of this batch: outcome index and hash.
    QList<std::pair<qsizetype, QByteArray>> repeats;
    qint64 bytes = 0;

    // Takes out of the batch the articles that `handled(article, outcomeIndex)`
    // settles (true), keeping the others in order.
    void dropHandled(const std::function<bool(Article &, qsizetype)> &handled)
    {
        qsizetype kept = 0;
        for (qsizetype i = 0; i < articles.size(); ++i) {
            if (handled(articles[i], outcomeIndexes[i]))
                continue;
            articles.swapItemsAt(kept, i);
            outcomeIndexes[kept++] = outcomeIndexes[i];
        }
        articles.resize(kept);
        outcomeIndexes.resize(kept);
    }

    void clear()
    {
        articles.clear();
        outcomeIndexes.clear();
        hashes.clear();
        repeats.clear();
        bytes = 0;
    }
};

QString ImportOutcome::describe() const
{
    switch (status) {
    case Status::Imported:
        return u"imported"_s;
    case Status::Updated:
        return u"updated: %1 claims re-anchored, %2 orphaned"_s.arg(reanchored).arg(orphaned);
    case Status::Duplicate:
        return u"duplicate"_s;
    case Status::Skipped:
        return u"skipped: format"_s;
    case Status::Failed:
        break;
    }
    return u"failed: "_s + reason;
}

ArticleImporter::ArticleImporter(std::shared_ptr<Project> project)
    : m_project(std::move(project))
{
}

void ArticleImporter::setMaxFileSize(qint64 bytes)
{
    m_maxFileSize = bytes;
}

QStringList ArticleImporter::collectFiles(const QStringList &paths, QStringList *loops)
{
    QStringList files;
    QSet<QString> enteredFolders;
    // Depth first with an explicit stack; entries pushed in reverse to pop in name order.
    QStringList stack(paths.crbegin(), paths.crend());
    while (!stack.isEmpty()) {
        const QString path = stack.takeLast();
        const QFileInfo info(path);
        if (!info.isDir()) {
            files.append(path);
            continue;
        }
        const QString canonical = info.canonicalFilePath();
        if (loops && info.isSymLink() && !canonical.isEmpty()) {
            const QString holder = QFileInfo(info.absolutePath()).canonicalFilePath();
            if (holder == canonical || holder.startsWith(canonical + u'/'))
                loops->append(path);
        }
        if (canonical.isEmpty() || enteredFolders.contains(canonical))
            continue;
        enteredFolders.insert(canonical);
        const QFileInfoList entries =
            QDir(path).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System, QDir::Name);
        for (auto it = entries.crbegin(); it != entries.crend(); ++it)
            stack.append(it->filePath());
    }
    return files;
}

ImportOutcome ArticleImporter::readOne(const QString &path, std::optional<Article> &article) const
{
    ImportOutcome outcome{path, ImportOutcome::Status::Failed, {}, 0};
    const auto fail = [&](const QString &reason) {
        outcome.reason = reason;
        return outcome;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(u"The file does not exist (moved or deleted?)"_s);
    const QString limit = QString::number(double(m_maxFileSize) / (1024.0 * 1024.0), 'g', 3) + u" MB"_s;
    if (info.size() > m_maxFileSize)
        return fail(u"The file is larger than the "_s + limit + u" limit"_s);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"The file cannot be read ("_s + file.errorString() + u')');
    // One byte more than allowed tells a file that grew since it was measured.
    const QByteArray bytes = file.read(m_maxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(u"The file cannot be read ("_s + file.errorString() + u')');
    if (bytes.size() > m_maxFileSize)
        return fail(u"The file is larger than the "_s + limit + u" limit"_s);

    auto read = readArticle(bytes, path);
    if (!read) {
        if (read.error().code == Error::Code::Unsupported)
            outcome.status = ImportOutcome::Status::Skipped;
        return fail(read.error().toString());
    }
    read->sourcePath = info.absoluteFilePath();
    read->contentHash = ArticleRepository::contentHashOf(read->body);
    outcome.status = ImportOutcome::Status::Imported;
    article = std::move(*read);
    return outcome;
}

QList<ImportOutcome> ArticleImporter::importAll(const QStringList &paths, const Progress &progress)
{
    const QStringList files = collectFiles(paths);
    const int total = int(files.size());
    QList<ImportOutcome> outcomes;
    outcomes.reserve(total);
    ArticleRepository repository = m_project->articles();
    Pending pending;
    qsizetype reported = 0;
    bool cancelled = false;
    QElapsedTimer sinceCommit;
    sinceCommit.start();

    // One query finds the batch's articles the store holds already: they and
    // the files repeating them are duplicates of the stored article.
    const auto dropStored = [&]() -> Result<void> {
        const auto stored =
            repository.idsForContentHashes(QList<QByteArray>(pending.hashes.cbegin(), pending.hashes.cend()));
        if (!stored)
            return std::unexpected(stored.error());
        if (stored->isEmpty())
            return {};
        for (const auto &[index, hash] : std::as_const(pending.repeats))
            outcomes[index].articleId = stored->value(hash);
        pending.dropHandled([&](const Article &article, qsizetype index) {
            const auto id = stored->constFind(article.contentHash);
            if (id == stored->cend())
                return false;
            outcomes[index].status = ImportOutcome::Status::Duplicate;
            outcomes[index].articleId = *id;
            return true;
        });
        return {};
    };

    // A file whose stored article has the same URL (or, without one, the same
    // source path) but other text is a corrected version: it replaces that
    // article, and its claims are re-anchored, instead of being added.
    const auto replaceCorrected = [&]() -> Result<void> {
        QStringList urls;
        QStringList paths;
        for (const Article &article : std::as_const(pending.articles))
            (article.url.isEmpty() ? paths : urls).append(article.url.isEmpty() ? article.sourcePath : article.url);
        const auto byUrl = repository.idsForUrls(urls);
        const auto byPath = repository.idsForSourcePaths(paths);
        if (!byUrl || !byPath)
            return std::unexpected(!byUrl ? byUrl.error() : byPath.error());
        if (byUrl->isEmpty() && byPath->isEmpty())
            return {};
        pending.dropHandled([&](Article &article, qsizetype index) {
            const qint64 storedId = article.url.isEmpty() ? byPath->value(article.sourcePath) : byUrl->value(article.url);
            if (storedId == 0)
                return false;
            ImportOutcome &outcome = outcomes[index];
            if (const auto count = repository.replace(storedId, article); count) {
                outcome.status = ImportOutcome::Status::Updated;
                outcome.articleId = storedId;
                outcome.reanchored = count->placed;
                outcome.orphaned = count->orphaned;
            } else {
                outcome.status = ImportOutcome::Status::Failed;
                outcome.reason = count.error().toString();
                outcome.projectFailed = isProjectFailure(count.error());
            }
            return true;
        });
        return {};
    };

    const auto commitAndReport = [&] {
        if (!pending.articles.isEmpty()) {
            auto written = dropStored();
            if (written && !pending.articles.isEmpty())
                written = replaceCorrected();
            if (written && !pending.articles.isEmpty())
                written = repository.addAll(pending.articles);
            for (qsizetype i = 0; i < pending.articles.size(); ++i) {
                ImportOutcome &outcome = outcomes[pending.outcomeIndexes[i]];
                if (written) {
                    outcome.articleId = pending.articles[i].id;
                } else {
                    outcome.status = ImportOutcome::Status::Failed;
                    outcome.reason = written.error().toString();
                    outcome.projectFailed = isProjectFailure(written.error());
                }
            }
            pending.clear();
        }
        sinceCommit.restart();
        for (; reported < outcomes.size() && !cancelled; ++reported) {
            if (progress && !progress(outcomes[reported], int(reported + 1), total))
                cancelled = true;
        }
    };

    for (const QString &path : files) {
        std::optional<Article> article;
        outcomes.append(readOne(path, article));
        if (article && pending.hashes.contains(article->contentHash)) {
            outcomes.last().status = ImportOutcome::Status::Duplicate;
            pending.repeats.append({outcomes.size() - 1, article->contentHash});
        } else if (article) {
            pending.bytes += article->body.size() * qint64(sizeof(QChar));
            pending.hashes.insert(article->contentHash);
            pending.outcomeIndexes.append(outcomes.size() - 1);
            pending.articles.append(std::move(*article));
        }
        if (pending.articles.isEmpty() || pending.articles.size() >= batchArticles || pending.bytes >= batchBytes
            || sinceCommit.elapsed() >= batchMilliseconds)
            commitAndReport();
        if (cancelled)
            break;
    }
    commitAndReport();
    return outcomes;
}

} // namespace Claimbench
