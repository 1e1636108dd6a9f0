#include "common/resultcheck.h"
#include "common/teamserver.h"
#include "common/testfiles.h"
#include "core/domain/quoteplacement.h"
#include "core/import/articleimporter.h"
#include "core/store/project.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <boost/locale/encoding.hpp>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

const QString kUkrainianArticle = u"Title: США виділять Україні гуманітарну допомогу\nOutlet: Тестова редакція\n"
                                 "Published: 2016-07-07\nLanguage: uk\n\nСполучені Штати виділять Україні додатково "
                                 "23 мільйони доларів гуманітарної допомоги для переміщених осіб.\n"_s;

QByteArray textArticle(const QString &title, const QString &body)
{
    return (u"Title: "_s + title + u"\n\n"_s + body).toUtf8();
}

// Writes a file whose name is given as bytes (QFile would encode a name that
// is not UTF-8 lossily).
bool writeNative(const QByteArray &path, const QByteArray &bytes)
{
    const int descriptor = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (descriptor < 0)
        return false;
    const bool written = ::write(descriptor, bytes.constData(), size_t(bytes.size())) == bytes.size();
    return ::close(descriptor) == 0 && written;
}

} // namespace

class TestArticleImporter : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Project> m_project;

    QString path(const QString &name) const { return m_dir->filePath(name); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto project = Project::open(path(u"project.claimbench"_s), Project::OpenMode::CreateIfMissing);
        QVERIFY(project.has_value());
        m_project = *project;
        QVERIFY(QDir().mkpath(path(u"in"_s)));
    }
    void cleanup()
    {
        m_project.reset();
        m_dir.reset();
    }

    void outcomes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("describe");

        const int imported = int(ImportOutcome::Status::Imported);
        const int skipped = int(ImportOutcome::Status::Skipped);
        const int failed = int(ImportOutcome::Status::Failed);
        QTest::newRow("text") << u"a.txt"_s << textArticle(u"T"_s, u"Some 63 drones."_s) << imported << u"imported"_s;
        QTest::newRow("markdown") << u"a.md"_s << QByteArray("# Head\n\nSome *28* drones.") << imported
                                  << u"imported"_s;
        QTest::newRow("html") << u"a.html"_s
                              << QByteArray("<html><body><article><p>Russia launched 63 drones overnight, of which 28 "
                                            "were shot down, the air force said.</p></article></body></html>")
                              << imported << u"imported"_s;
        QTest::newRow("html sniffed in .txt") << u"page.txt"_s
                                              << QByteArray("<!DOCTYPE html><html><body><p>Twenty-one drones were "
                                                            "jammed overnight, officials said.</p></body></html>")
                                              << imported << u"imported"_s;
        QTest::newRow("extension-less text") << u"NOTES"_s << QByteArray("Plain notes about 18 injured.") << imported
                                             << u"imported"_s;
        QTest::newRow("png") << u"photo.png"_s << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << skipped
                             << u"skipped: format"_s;
        QTest::newRow("damaged pdf") << u"report.pdf"_s << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n") << failed
                                     << u"failed: The PDF is damaged: its structure cannot be read"_s;
        QTest::newRow("damaged docx") << u"report.docx"_s << QByteArray("PK\x03\x04\x14\0\x06\0", 8) << failed
                                      << u"failed: The document is a damaged ZIP archive (Truncated ZIP file header)"_s;
        QFile scan(QStringLiteral(CLAIMBENCH_SOURCE_DIR "/tests/data/import/testOCR.pdf"));
        QVERIFY(scan.open(QIODevice::ReadOnly));
        QTest::newRow("scanned pdf") << u"scan.pdf"_s << scan.readAll() << failed
                                     << u"failed: No text layer on any page; OCR is not supported"_s;
        QTest::newRow("damaged pdf named .txt") << u"fake.txt"_s << QByteArray("%PDF-1.4\n") << failed
                                                << u"failed: The PDF is damaged: its structure cannot be read"_s;
        QTest::newRow("csv") << u"table.csv"_s << QByteArray("a,b\n1,2\n") << skipped << u"skipped: format"_s;
        QTest::newRow("empty") << u"empty.txt"_s << QByteArray() << failed << u"failed: The file is empty"_s;
        QTest::newRow("whitespace only") << u"blank.md"_s << QByteArray(" \n\t\n") << failed
                                         << u"failed: The file is empty"_s;
        QTest::newRow("binary .txt") << u"bin.txt"_s << QByteArray("abc\0\x01\x02\x03" "def", 10) << failed
                                     << u"failed: The file is binary, not text"_s;
        QTest::newRow("control characters") << u"ctl.txt"_s << QByteArray(64, '\x01') + "text" << failed
                                            << u"failed: The file is binary, not text"_s;
        QTest::newRow("undecodable") << u"bad.txt"_s << QByteArray("\xEF\xBB\xBFok \xC3\x28 bad") << failed
                                     << u"failed: The file starts with a UTF-8 mark but is not valid UTF-8"_s;
        QTest::newRow("html without text") << u"empty.html"_s << QByteArray("<html><body><nav></nav></body></html>")
                                           << failed << u"failed: The page holds no article text"_s;
    }
    void outcomes()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        QFETCH(QString, describe);
        QVERIFY(writeFile(path(u"in/"_s + name), bytes));
        ArticleImporter importer(m_project);
        const QList<ImportOutcome> outcomes = importer.importAll({path(u"in/"_s + name)});
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes[0].describe(), describe);
        QCOMPARE(int(outcomes[0].status), status);
        const auto list = m_project->articles().list();
        QVERIFY(list.has_value());
        QCOMPARE(list->size(), status == int(ImportOutcome::Status::Imported) ? 1 : 0);
        if (status == int(ImportOutcome::Status::Imported)) {
            QCOMPARE(list->first().id, outcomes[0].articleId);
            QCOMPARE(list->first().sourcePath, QFileInfo(path(u"in/"_s + name)).absoluteFilePath());
        }
    }

    void duplicates()
    {
        QVERIFY(writeFile(path(u"in/1.txt"_s), textArticle(u"One"_s, u"Some 63 drones were launched."_s)));
        // Same body after case folding and whitespace collapsing.
        QVERIFY(writeFile(path(u"in/2.txt"_s), textArticle(u"Two"_s, u"some  63 DRONES were\nlaunched."_s)));
        QVERIFY(writeFile(path(u"in/3.md"_s), QByteArray("Other text, 28 shot down.")));
        ArticleImporter importer(m_project);
        QList<ImportOutcome> outcomes = importer.importAll({path(u"in"_s)});
        QCOMPARE(outcomes.size(), 3);
        QCOMPARE(outcomes[0].status, ImportOutcome::Status::Imported);
        QCOMPARE(outcomes[1].status, ImportOutcome::Status::Duplicate);
        QCOMPARE(outcomes[1].duplicateOf, outcomes[0].path); // not stored yet: the earlier file is named
        QCOMPARE(outcomes[2].status, ImportOutcome::Status::Imported);

        outcomes = importer.importAll({path(u"in"_s)});
        QCOMPARE(outcomes.size(), 3);
        for (const ImportOutcome &outcome : std::as_const(outcomes))
            QCOMPARE(outcome.describe(), u"duplicate"_s);
        QCOMPARE(outcomes[0].articleId, outcomes[1].articleId);
        QCOMPARE(m_project->articles().list()->size(), 2);
    }

    // Two analysts import the same files into one team project at once, in
    // opposite orders: each file is stored once, imported for one of them and
    // a duplicate for the other. Neither fails (their batches' inserts used
    // to wait for each other's content-hash keys: a deadlock) nor rewrites an
    // article as its own "corrected version" (a text stored by the other
    // between the two looks before writing).
    void twoImportsAtOnceIntoATeamProject()
    {
        if (const QString reason = TeamServer::unavailableReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        TeamServer server;
        QVERIFY(server.exec(u"CREATE DATABASE %1"_s.arg(server.database())));
        CLAIMBENCH_VERIFY_OK(Project::open(server.address(), Project::OpenMode::CreateIfMissing));
        constexpr int kFiles = 300;
        constexpr int kRounds = 6;
        for (int round = 0; round < kRounds; ++round) {
            QStringList forward;
            for (int i = 0; i < kFiles; ++i) {
                forward.append(path(u"in/r%1-f%2.txt"_s.arg(round).arg(i, 4, 10, QChar(u'0'))));
                QVERIFY(writeNative(QFile::encodeName(forward.last()),
                                    textArticle(u"Report %1"_s.arg(i), u"Round %1: %2 drones"_s.arg(round).arg(i))));
            }
            const QStringList backward(forward.rbegin(), forward.rend());
            QList<ImportOutcome> outcomes[2];
            QString errors[2];
            const auto importAs = [&](int analyst, const QStringList &files) {
                return QThread::create([&, analyst, files] {
                    auto project = Project::open(server.address(), Project::OpenMode::OpenExisting);
                    if (!project) {
                        errors[analyst] = project.error().toString();
                        return;
                    }
                    ArticleImporter importer(*project);
                    outcomes[analyst] = importer.importAll(files);
                });
            };
            const std::unique_ptr<QThread> first(importAs(0, forward));
            const std::unique_ptr<QThread> second(importAs(1, backward));
            first->start();
            second->start();
            QVERIFY(first->wait(120000) && second->wait(120000));
            QCOMPARE(errors[0] + errors[1], QString());
            QCOMPARE(outcomes[0].size(), kFiles);
            QCOMPARE(outcomes[1].size(), kFiles);
            QHash<QString, QList<ImportOutcome::Status>> byFile;
            for (const QList<ImportOutcome> &each : outcomes)
                for (const ImportOutcome &outcome : each) {
                    QVERIFY2(outcome.status == ImportOutcome::Status::Imported
                                 || outcome.status == ImportOutcome::Status::Duplicate,
                             qPrintable(outcome.path + u": "_s + outcome.describe()));
                    byFile[outcome.path].append(outcome.status);
                }
            for (const auto &[file, statuses] : byFile.asKeyValueRange())
                QVERIFY2(statuses.count(ImportOutcome::Status::Imported) == 1, qPrintable(file));
        }
        auto project = Project::open(server.address(), Project::OpenMode::ReadOnly);
        CLAIMBENCH_VERIFY_OK(project);
        const auto stored = (*project)->articles().list();
        CLAIMBENCH_VERIFY_OK(stored);
        QCOMPARE(stored->size(), kFiles * kRounds);
    }

    void foldersRecurseInStableOrder()
    {
        QVERIFY(writeFile(path(u"in/b.txt"_s), textArticle(u"b"_s, u"b body"_s)));
        QVERIFY(writeFile(path(u"in/a/z.md"_s), QByteArray("z body")));
        QVERIFY(writeFile(path(u"in/a/deeper/y.txt"_s), textArticle(u"y"_s, u"y body"_s)));
        QVERIFY(writeFile(path(u"in/.hidden.txt"_s), QByteArray("hidden")));
        const QStringList files = ArticleImporter::collectFiles({path(u"in"_s)});
        const QStringList expected = {path(u"in/a/deeper/y.txt"_s), path(u"in/a/z.md"_s), path(u"in/b.txt"_s)};
        QCOMPARE(files, expected);
        ArticleImporter importer(m_project);
        const QList<ImportOutcome> outcomes = importer.importAll({path(u"in"_s)});
        QCOMPARE(outcomes.size(), 3);
        for (const ImportOutcome &outcome : outcomes)
            QCOMPARE(outcome.status, ImportOutcome::Status::Imported);
    }

    void symlinkLoopEnds()
    {
        QVERIFY(writeFile(path(u"in/sub/x.txt"_s), textArticle(u"x"_s, u"x body"_s)));
        QVERIFY(QFile::link(path(u"in"_s), path(u"in/sub/loop"_s)));
        QVERIFY(QFile::link(path(u"in/sub"_s), path(u"in/sub/self"_s)));
        const QStringList files = ArticleImporter::collectFiles({path(u"in"_s), path(u"in/sub"_s)});
        QCOMPARE(files, QStringList{path(u"in/sub/x.txt"_s)});
    }

    // Regression: a FIFO among the inputs blocked the import forever in
    // open(), waiting for a writer. It is skipped without being opened, in a
    // folder and named directly. The import runs on a thread so that a hang
    // fails the test instead of stalling it: a writer then releases the
    // blocked open().
    void fifoIsSkippedWithoutOpening()
    {
        QVERIFY(writeFile(path(u"in/a.txt"_s), textArticle(u"a"_s, u"Some 63 drones."_s)));
        const QByteArray fifo = QFile::encodeName(path(u"in/b.txt"_s));
        QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
        QList<ImportOutcome> outcomes;
        const std::unique_ptr<QThread> worker(QThread::create([&] {
            outcomes = ArticleImporter(m_project).importAll({path(u"in"_s), path(u"in/b.txt"_s)});
            m_project->releaseThreadConnection();
        }));
        worker->start();
        const bool finished = worker->wait(QDeadlineTimer(30000));
        while (!worker->wait(QDeadlineTimer(100))) {
            const int writer = ::open(fifo.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
            if (writer >= 0)
                ::close(writer);
        }
        QVERIFY2(finished, "the import blocked on the FIFO");
        QCOMPARE(outcomes.size(), 3);
        QCOMPARE(outcomes[0].status, ImportOutcome::Status::Imported);
        for (const qsizetype i : {1, 2}) {
            QCOMPARE(outcomes[i].status, ImportOutcome::Status::Skipped);
            QCOMPARE(outcomes[i].describe(), u"skipped: not a regular file (a named pipe)"_s);
        }
        QCOMPARE(m_project->articles().list()->size(), 1);
    }

    // Regression: a name that is not UTF-8 was left out of a folder silently
    // (QDir skips it). Two such names that differ only in their odd byte are
    // two files, although both are stored with U+FFFD: the second is not
    // taken for a corrected version of the first.
    // Reading the project (or its -wal) as an article would close a
    // descriptor of it, which drops this process's SQLite locks on it.
    void theProjectsOwnFilesAreNotOpened()
    {
        QVERIFY(writeFile(path(u"in/a.txt"_s), textArticle(u"a"_s, u"Some 63 drones."_s)));
        QVERIFY(QFileInfo::exists(path(u"project.claimbench-wal"_s)));
        const QList<ImportOutcome> outcomes = ArticleImporter(m_project).importAll({m_dir->path()});
        QStringList own;
        for (const ImportOutcome &outcome : outcomes) {
            if (outcome.describe() == u"skipped: the project itself"_s)
                own.append(QFileInfo(outcome.path).fileName());
            else
                QCOMPARE(outcome.status, ImportOutcome::Status::Imported);
        }
        own.sort();
        QCOMPARE(own, (QStringList{u"project.claimbench"_s, u"project.claimbench-shm"_s,
                                   u"project.claimbench-wal"_s}));
        QCOMPARE(m_project->articles().list()->size(), 1);
    }

    void nameNotUtf8IsImported()
    {
        const QByteArray folder = QFile::encodeName(path(u"in/"_s));
        QVERIFY(writeNative(folder + "caf\xFF.txt", "Some 21 drones were jammed.\n"));
        ArticleImporter importer(m_project);
        QList<ImportOutcome> outcomes = importer.importAll({path(u"in"_s)});
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes[0].describe(), u"imported"_s);
        const auto stored = m_project->articles().get(outcomes[0].articleId);
        QVERIFY(stored);
        QCOMPARE(stored->sourcePath, path(u"in/caf\uFFFD.txt"_s));
        QVERIFY(stored->body.startsWith(u"Some 21 drones were jammed."_s));

        QVERIFY(writeNative(folder + "caf\xFE.txt", "Some 22 drones were jammed.\n"));
        outcomes = importer.importAll({path(u"in"_s)});
        QCOMPARE(outcomes.size(), 2);
        QCOMPARE(outcomes[0].describe(), u"imported"_s); // \xFE sorts first
        QCOMPARE(outcomes[1].describe(), u"duplicate"_s);
        QCOMPARE(m_project->articles().list()->size(), 2);
    }

    // Regression: a symbolic link loop named directly "did not exist".
    void symlinkLoopNamedDirectlyIsALoop()
    {
        QCOMPARE(::symlink("loop", QFile::encodeName(path(u"in/loop"_s)).constData()), 0);
        const QList<ImportOutcome> outcomes = ArticleImporter(m_project).importAll({path(u"in/loop"_s)});
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes[0].describe(), u"failed: The path is a loop of symbolic links that never reaches a file"_s);
    }

    void vanishedFileFails()
    {
        QVERIFY(writeFile(path(u"in/1.png"_s), QByteArray("\x89PNG\r\n\x1A\n", 8)));
        QVERIFY(writeFile(path(u"in/2.txt"_s), textArticle(u"two"_s, u"second body"_s)));
        QVERIFY(writeFile(path(u"in/3.txt"_s), textArticle(u"three"_s, u"third body"_s)));
        ArticleImporter importer(m_project);
        // The skipped first file is reported at once; the third vanishes then.
        const QList<ImportOutcome> outcomes =
            importer.importAll({path(u"in"_s)}, [&](const ImportOutcome &outcome, int done, int total) {
                if (done == 1)
                    QFile::remove(path(u"in/3.txt"_s));
                return outcome.path.size() > 0 && total == 3;
            });
        QCOMPARE(outcomes.size(), 3);
        QCOMPARE(outcomes[0].status, ImportOutcome::Status::Skipped);
        QCOMPARE(outcomes[1].status, ImportOutcome::Status::Imported);
        QCOMPARE(outcomes[2].describe(), u"failed: The file does not exist (moved or deleted?)"_s);
        QCOMPARE(m_project->articles().list()->size(), 1);
    }

    void missingPathFails()
    {
        ArticleImporter importer(m_project);
        const QList<ImportOutcome> outcomes = importer.importAll({path(u"in/nothing.txt"_s)});
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes[0].status, ImportOutcome::Status::Failed);
    }

    void sizeLimit()
    {
        QVERIFY(writeFile(path(u"in/big.txt"_s), QByteArray(2048, 'x')));
        QVERIFY(writeFile(path(u"in/small.txt"_s), QByteArray("small enough")));
        ArticleImporter importer(m_project);
        importer.setMaxFileSize(1024);
        const QList<ImportOutcome> outcomes = importer.importAll({path(u"in"_s)});
        QCOMPARE(outcomes.size(), 2);
        QVERIFY2(outcomes[0].describe().startsWith(u"failed: The file is larger than the"_s),
                 qPrintable(outcomes[0].describe()));
        QCOMPARE(outcomes[1].status, ImportOutcome::Status::Imported);
    }

    void progressAfterCommitInOrder()
    {
        for (int i = 0; i < 5; ++i)
            QVERIFY(writeFile(path(u"in/%1.txt"_s.arg(i)), textArticle(u"t"_s, u"body number %1"_s.arg(i))));
        QVERIFY(writeFile(path(u"in/5.pdf"_s), QByteArray("%PDF-1.4")));
        ArticleImporter importer(m_project);
        int calls = 0;
        const QList<ImportOutcome> outcomes =
            importer.importAll({path(u"in"_s)}, [&](const ImportOutcome &outcome, int done, int total) {
                ++calls;
                [&] {
                    QCOMPARE(done, calls);
                    QCOMPARE(total, 6);
                    if (outcome.status == ImportOutcome::Status::Imported)
                        QVERIFY(m_project->articles().get(outcome.articleId).has_value()); // committed
                }();
                return true;
            });
        QCOMPARE(calls, 6);
        QCOMPARE(outcomes.size(), 6);
    }

    void cancelStopsTheRest()
    {
        QVERIFY(writeFile(path(u"in/0.png"_s), QByteArray("\x89PNG\r\n\x1A\n", 8)));
        for (int i = 1; i < 4; ++i)
            QVERIFY(writeFile(path(u"in/%1.txt"_s.arg(i)), textArticle(u"t"_s, u"body %1"_s.arg(i))));
        ArticleImporter importer(m_project);
        const QList<ImportOutcome> outcomes =
            importer.importAll({path(u"in"_s)}, [](const ImportOutcome &, int, int) { return false; });
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(m_project->articles().list()->size(), 0);
    }

    void ukrainianIsSearchable_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("utf-8") << kUkrainianArticle.toUtf8();
        QTest::newRow("windows-1251") << QByteArray::fromStdString(
            boost::locale::conv::from_utf(kUkrainianArticle.toStdString(), "windows-1251"));
    }
    void ukrainianIsSearchable()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(writeFile(path(u"in/uk.txt"_s), bytes));
        ArticleImporter importer(m_project);
        const QList<ImportOutcome> outcomes = importer.importAll({path(u"in/uk.txt"_s)});
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes[0].describe(), u"imported"_s);
        const auto article = m_project->articles().get(outcomes[0].articleId);
        QVERIFY(article.has_value());
        QCOMPARE(article->language, u"uk"_s);
        QCOMPARE(article->published.toIso(), u"2016-07-07"_s);
        const auto hits = m_project->articles().search(u"допомоги"_s);
        QVERIFY(hits.has_value());
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().article.id, outcomes[0].articleId);
    }

    // A corrected version of a stored article (same URL, or same file without
    // one) replaces it; its claims follow the text or become orphans, never lost.
    void reimport_data()
    {
        QTest::addColumn<QString>("header");        // "URL: ..." or "" (matched by source path)
        QTest::addColumn<QString>("secondFile");    // where the corrected version is imported from
        QTest::addColumn<QString>("correction");    // the new body
        QTest::addColumn<QString>("outcome");       // its describe()
        QTest::addColumn<QStringList>("quotes");    // the claims' quotes afterwards, by id
        QTest::addColumn<QList<bool>>("orphaned");

        const QString url = u"URL: https://example.org/night\n"_s;
        QTest::newRow("same URL, text added before, CRLF")
            << url << u"in/b.txt"_s
            << u"Correction appended.\r\nOfficials said 63 drones were launched and 28 shot down."_s
            << u"updated: 2 claims re-anchored, 0 orphaned"_s
            << QStringList{u"63 drones"_s, u"28 shot down"_s} << QList<bool>{false, false};
        QTest::newRow("same URL, a figure corrected: orphan kept")
            << url << u"in/b.txt"_s << u"Officials said 63 drones were launched and 25 shot down."_s
            << u"updated: 1 claims re-anchored, 1 orphaned"_s
            << QStringList{u"63 drones"_s, u"28 shot down"_s} << QList<bool>{false, true};
        QTest::newRow("no URL, same file")
            << QString() << u"in/a.txt"_s << u"Officials said that 63 drones were launched and 28 shot down."_s
            << u"updated: 2 claims re-anchored, 0 orphaned"_s
            << QStringList{u"63 drones"_s, u"28 shot down"_s} << QList<bool>{false, false};
    }

    void reimport()
    {
        QFETCH(QString, header);
        QFETCH(QString, secondFile);
        QFETCH(QString, correction);
        QFETCH(QString, outcome);
        QFETCH(QStringList, quotes);
        QFETCH(QList<bool>, orphaned);
        const QString body = u"Officials said 63 drones were launched and 28 shot down."_s;
        const auto article = [&](const QString &text) {
            return (u"Title: Night\n"_s + header + u"\n"_s + text).toUtf8();
        };
        QVERIFY(writeFile(path(u"in/a.txt"_s), article(body)));
        ArticleImporter importer(m_project);
        const QList<ImportOutcome> first = importer.importAll({path(u"in/a.txt"_s)});
        QCOMPARE(first.size(), 1);
        const qint64 articleId = first.first().articleId;
        for (const QString &quote : {u"63 drones"_s, u"28 shot down"_s}) {
            Claim claim;
            claim.articleId = articleId;
            claim.start = int(body.indexOf(quote));
            claim.end = claim.start + int(quote.size());
            placeQuote(claim, body, claim.start, claim.end);
            QVERIFY(m_project->claims().add(claim));
        }

        QVERIFY(writeFile(path(secondFile), article(correction)));
        const QList<ImportOutcome> second = importer.importAll({path(secondFile)});
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.first().status, ImportOutcome::Status::Updated);
        QCOMPARE(second.first().describe(), outcome);
        QCOMPARE(second.first().articleId, articleId);
        QCOMPARE(m_project->articles().list()->size(), 1);
        const auto stored = m_project->articles().get(articleId);
        QVERIFY(stored);
        QCOMPARE(stored->body, correction);
        const auto claims = m_project->claims().listForArticle(articleId);
        QVERIFY(claims);
        QCOMPARE(claims->size(), 2);
        for (qsizetype i = 0; i < claims->size(); ++i) {
            const Claim &claim = claims->at(i);
            QCOMPARE(claim.quote, quotes[i]);
            QCOMPARE(claim.orphaned, orphaned[i]);
            if (!claim.orphaned)
                QCOMPARE(stored->body.mid(claim.start, claim.end - claim.start), claim.quote);
        }

        // The same correction again is a duplicate, not another update.
        QCOMPARE(importer.importAll({path(secondFile)}).first().status, ImportOutcome::Status::Duplicate);
    }
};

QTEST_GUILESS_MAIN(TestArticleImporter)
#include "tst_articleimporter.moc"
