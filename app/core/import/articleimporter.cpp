#include "core/import/articleimporter.h"

#include "core/anchor/claimanchorer.h"
#include "core/import/filepath.h"
#include "core/import/readerregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <functional>
#include <utility>

namespace Claimbench {

namespace {

// This file's messages, in ArticleImporter's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::ArticleImporter)
};

} // namespace

using namespace Qt::StringLiterals;

namespace {

// The project, not the file, failed to store it: later files would fail alike.
bool isProjectFailure(const Error &error)
{
    return error.code == Error::Code::Io || error.code == Error::Code::Busy || error.code == Error::Code::Database;
}

// Why stat or open of a path to read failed.
QString unreadableReason(int error)
{
    if (error == ENOENT || error == ENOTDIR)
        return Messages::tr("The file does not exist (moved or deleted?)");
    if (error == ELOOP)
        return Messages::tr("The path is a loop of symbolic links that never reaches a file");
    return Messages::tr("The file cannot be read (%1)").arg(qt_error_string(error));
}

// What a file that is not a regular one is, for the report.
QString nonRegularKind(mode_t mode)
{
    if (S_ISFIFO(mode))
        return Messages::tr("a named pipe");
    if (S_ISSOCK(mode))
        return Messages::tr("a socket");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return Messages::tr("a device");
    if (S_ISDIR(mode))
        return Messages::tr("a folder");
    return Messages::tr("not a file");
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

namespace {

// What an article read holds in memory until its batch is written: a batch
// of 200 PDFs must not hold their documents all at once.
qint64 heldBytes(const Article &article)
{
    qint64 bytes = article.body.size() * qint64(sizeof(QChar)) + article.document.size();
    for (const Page &page : article.pages.pages)
        bytes += sizeof(Page) + page.runs.size() * qint64(sizeof(PageRun));
    return bytes;
}

} // namespace

QString ImportOutcome::describe() const
{
    switch (status) {
    case Status::Imported:
        return u"imported"_s;
    case Status::Updated:
        return Messages::tr("updated: %1 claims re-anchored, %2 orphaned").arg(reanchored).arg(orphaned);
    case Status::Duplicate:
        return u"duplicate"_s;
    case Status::Skipped:
        return u"skipped: "_s + skipKind;
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

void ArticleImporter::setPassword(QByteArray password)
{
    m_password = std::move(password);
}

QStringList ArticleImporter::collectFiles(const QStringList &paths, QStringList *loops)
{
    QStringList files;
    QSet<QString> enteredFolders;
    // Depth first with an explicit stack; entries pushed in reverse to pop in name order.
    QStringList stack(paths.crbegin(), paths.crend());
    while (!stack.isEmpty()) {
        const QString path = stack.takeLast();
        const QByteArray nativePath = FilePath::toBytes(path);
        struct stat status{};
        if (::stat(nativePath.constData(), &status) != 0 || !S_ISDIR(status.st_mode)) {
            files.append(path);
            continue;
        }
        const QString canonical = FilePath::canonical(path);
        struct stat link{};
        if (loops && !canonical.isEmpty() && ::lstat(nativePath.constData(), &link) == 0 && S_ISLNK(link.st_mode)) {
            const QString holder = FilePath::canonical(QFileInfo(path).absolutePath());
            if (holder == canonical || holder.startsWith(canonical + u'/'))
                loops->append(path);
        }
        if (canonical.isEmpty() || enteredFolders.contains(canonical))
            continue;
        enteredFolders.insert(canonical);
        // readdir, not QDir: QDir leaves out names that are not UTF-8. A
        // folder that cannot be listed is kept, as a missing file is, so
        // that it fails on import with the reason instead of vanishing.
        auto names = FilePath::entryNames(path);
        if (!names) {
            files.append(path);
            continue;
        }
        names->removeIf([](const QString &name) { return name.startsWith(u'.'); });
        std::sort(names->begin(), names->end());
        const QString folder = path.endsWith(u'/') ? path : path + u'/';
        for (auto it = names->crbegin(); it != names->crend(); ++it)
            stack.append(folder + *it);
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
    const auto skip = [&](mode_t mode) {
        outcome.status = ImportOutcome::Status::Skipped;
        outcome.skipKind = u"not a regular file ("_s + nonRegularKind(mode) + u')';
        return fail(Messages::tr("Not a regular file (%1), not opened").arg(nonRegularKind(mode)));
    };
    // A FIFO, socket or device is skipped before it is opened: opening one
    // can block forever (a FIFO without writer) or act on the device.
    const QByteArray nativePath = FilePath::toBytes(path);
    struct stat status{};
    if (::stat(nativePath.constData(), &status) != 0)
        return fail(unreadableReason(errno));
    // A folder gets here when collectFiles could not list it: listed again,
    // it fails with the system's reason.
    if (S_ISDIR(status.st_mode)) {
        if (const auto listed = FilePath::entryNames(path); !listed)
            return fail(listed.error().toString());
    }
    if (!S_ISREG(status.st_mode))
        return skip(status.st_mode);
    // A folder imported may hold the project: reading it (or its -wal) would
    // close a descriptor of it, and that drops every lock this process holds
    // on it -- another program could then delete the -wal still in use.
    if (m_projectFiles.contains(std::pair{quint64(status.st_dev), quint64(status.st_ino)})) {
        outcome.status = ImportOutcome::Status::Skipped;
        outcome.skipKind = u"the project itself"_s;
        return fail(Messages::tr("The project's own file, not opened"));
    }
    // The path may have become a FIFO since stat: O_NONBLOCK keeps open from
    // waiting for a writer, and fstat of what was opened decides. Symbolic
    // links are followed (no O_NOFOLLOW): a link to an article imports it.
    const int descriptor = ::open(nativePath.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (descriptor < 0)
        return fail(unreadableReason(errno));
    QFile file;
    if (!file.open(descriptor, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(descriptor);
        return fail(Messages::tr("The file cannot be read (%1)").arg(file.errorString()));
    }
    if (::fstat(descriptor, &status) != 0)
        return fail(unreadableReason(errno));
    if (!S_ISREG(status.st_mode))
        return skip(status.st_mode);
    const QString limit = QString::number(double(m_maxFileSize) / (1024.0 * 1024.0), 'g', 3) + u" MB"_s;
    if (status.st_size > m_maxFileSize)
        return fail(Messages::tr("The file is larger than the %1 limit").arg(limit));
    // One byte more than allowed tells a file that grew since it was measured.
    const QByteArray bytes = file.read(m_maxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(Messages::tr("The file cannot be read (%1)").arg(file.errorString()));
    if (bytes.size() > m_maxFileSize)
        return fail(Messages::tr("The file is larger than the %1 limit").arg(limit));

    // The name gives the title when the text has none, so it is stored:
    // readable, not with the bytes that are not UTF-8.
    const QString storedPath = FilePath::readable(QFileInfo(path).absoluteFilePath());
    const ReaderRegistry &registry = ReaderRegistry::builtIn();
    auto read = registry.read(bytes, storedPath, ReadOptions{m_password});
    if (!read) {
        // Skipped: no format of ours. A reader's own Unsupported (a scan
        // without text) is a failure the user must read, not "format".
        if (read.error().code == Error::Code::Unsupported && !registry.readerFor(bytes, storedPath))
            outcome.status = ImportOutcome::Status::Skipped;
        outcome.needsPassword = read.error().code == Error::Code::NeedsPassword;
        return fail(read.error().toString());
    }
    // A document's text may expand far past its file (a DOCX of 2 MB holds
    // 190 MB of XML): it is held to the same limit as a text file.
    if (read->body.size() > m_maxFileSize)
        return fail(Messages::tr("The document's text is larger than the %1 limit").arg(limit));
    read->sourcePath = storedPath;
    read->contentHash = ArticleRepository::contentHashOf(read->body);
    outcome.status = ImportOutcome::Status::Imported;
    article = std::move(*read);
    return outcome;
}

QList<ImportOutcome> ArticleImporter::importAll(const QStringList &paths, const Progress &progress)
{
    m_projectFiles.clear();
    for (const QString &own : m_project->files()) {
        struct stat status{};
        if (::stat(QFile::encodeName(own).constData(), &status) == 0)
            m_projectFiles.append({quint64(status.st_dev), quint64(status.st_ino)});
    }
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
    // A name that is not UTF-8 is stored with U+FFFD for its odd bytes, a
    // path other names share: it identifies no stored article.
    const auto storedPathIdentifies = [&](qsizetype index) {
        return !outcomes[index].path.contains(QChar::ReplacementCharacter)
            && FilePath::readable(outcomes[index].path) == outcomes[index].path;
    };
    const auto replaceCorrected = [&]() -> Result<void> {
        QStringList urls;
        QStringList paths;
        for (qsizetype i = 0; i < pending.articles.size(); ++i) {
            const Article &article = pending.articles[i];
            if (!article.url.isEmpty())
                urls.append(article.url);
            else if (storedPathIdentifies(pending.outcomeIndexes[i]))
                paths.append(article.sourcePath);
        }
        const auto byUrl = repository.idsForUrls(urls);
        const auto byPath = repository.idsForSourcePaths(paths);
        if (!byUrl || !byPath)
            return std::unexpected(!byUrl ? byUrl.error() : byPath.error());
        if (byUrl->isEmpty() && byPath->isEmpty())
            return {};
        // The texts looked up again, after the URLs and paths: a file whose
        // article another import stored since dropStored() looked (two
        // analysts importing the same files) is that article's duplicate,
        // not its corrected version to write over it.
        if (auto again = dropStored(); !again)
            return again;
        pending.dropHandled([&](Article &article, qsizetype index) {
            const qint64 storedId = !article.url.isEmpty()         ? byUrl->value(article.url)
                                    : storedPathIdentifies(index) ? byPath->value(article.sourcePath)
                                                                  : 0;
            if (storedId == 0)
                return false;
            ImportOutcome &outcome = outcomes[index];
            if (const auto claims = repository.replace(storedId, article, &ClaimAnchorer::reanchor); claims) {
                outcome.status = ImportOutcome::Status::Updated;
                outcome.articleId = storedId;
                outcome.orphaned = int(std::ranges::count_if(*claims, &Claim::orphaned));
                outcome.reanchored = int(claims->size()) - outcome.orphaned;
            } else {
                outcome.status = ImportOutcome::Status::Failed;
                outcome.reason = claims.error().toString();
                outcome.projectFailed = isProjectFailure(claims.error());
            }
            return true;
        });
        return {};
    };

    const auto failed = [&](qsizetype index, const Error &error, bool projectFailed) {
        ImportOutcome &outcome = outcomes[index];
        outcome.status = ImportOutcome::Status::Failed;
        outcome.reason = error.toString();
        outcome.projectFailed = projectFailed;
    };

    // One file too large for the room left would fail its whole batch and
    // be blamed on the batch's first file: a batch the disk refuses is
    // written again one article at a time, so the files that fit are stored
    // and the refusals name the files that do not. Only when none fits is
    // the disk full for every file, a failure of the project.
    const auto addPending = [&] {
        auto written = repository.addAll(pending.articles);
        // Another program stored one of these texts after dropStored()
        // looked (two analysts importing the same files into one team
        // project): the batch was refused whole; look again, so those files
        // report "duplicate", and write the rest.
        for (int retry = 0; !written && written.error().code == Error::Code::Conflict && retry < 3; ++retry) {
            if (auto again = dropStored(); !again) {
                written = std::unexpected(again.error());
                break;
            }
            if (pending.articles.isEmpty())
                return;
            written = repository.addAll(pending.articles);
        }
        if (written || written.error().code != Error::Code::Io || pending.articles.size() == 1) {
            for (qsizetype i = 0; i < pending.articles.size(); ++i) {
                if (written)
                    outcomes[pending.outcomeIndexes[i]].articleId = pending.articles[i].id;
                else
                    failed(pending.outcomeIndexes[i], written.error(), isProjectFailure(written.error()));
            }
            return;
        }
        QList<std::pair<qsizetype, Error>> refused;
        for (qsizetype i = 0; i < pending.articles.size(); ++i) {
            QList<Article> one{std::move(pending.articles[i])};
            if (const auto alone = repository.addAll(one); alone)
                outcomes[pending.outcomeIndexes[i]].articleId = one.constFirst().id;
            else
                refused.append({pending.outcomeIndexes[i], alone.error()});
        }
        const bool noneFits = refused.size() == pending.articles.size();
        for (const auto &[index, error] : std::as_const(refused))
            failed(index, error, isProjectFailure(error) && (noneFits || error.code != Error::Code::Io));
    };

    const auto commitAndReport = [&] {
        if (!pending.articles.isEmpty()) {
            auto checked = dropStored();
            if (checked && !pending.articles.isEmpty())
                checked = replaceCorrected();
            if (!checked) {
                for (const qsizetype index : std::as_const(pending.outcomeIndexes))
                    failed(index, checked.error(), isProjectFailure(checked.error()));
            } else if (!pending.articles.isEmpty()) {
                addPending();
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
            const auto first = std::ranges::find(pending.articles, article->contentHash, &Article::contentHash);
            if (first != pending.articles.end())
                outcomes.last().duplicateOf = outcomes[pending.outcomeIndexes[first - pending.articles.begin()]].path;
            pending.repeats.append({outcomes.size() - 1, article->contentHash});
        } else if (article) {
            pending.bytes += heldBytes(*article);
            pending.hashes.insert(article->contentHash);
            pending.outcomeIndexes.append(outcomes.size() - 1);
            pending.articles.append(std::move(*article));
        }
        if (pending.articles.isEmpty() || pending.articles.size() >= kBatchArticles || pending.bytes >= kBatchBytes
            || sinceCommit.elapsed() >= kBatchMilliseconds)
            commitAndReport();
        if (cancelled)
            break;
    }
    commitAndReport();
    return outcomes;
}

} // namespace Claimbench
