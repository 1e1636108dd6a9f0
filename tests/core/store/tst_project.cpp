#include "common/resultcheck.h"
#include "core/store/migrations.h"
#include "core/store/project.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtEndian>

#include <array>

#include <sys/file.h>
#include <unistd.h>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Runs SQL on a plain connection, as another program would write the file.
void writeWithSqlite(const QString &path, const QStringList &statements)
{
    const QString name = u"fixture-writer"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &sql : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// PRAGMA integrity_check on a plain connection of the test's own.
QString integrity(const QString &path)
{
    const QString name = u"fixture-inspector"_s;
    QString verdict;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QSqlQuery q(db);
        verdict = db.open() && q.exec(u"PRAGMA integrity_check"_s) && q.next() ? q.value(0).toString()
                                                                                : db.lastError().text();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}

// Restores a folder's permissions when a test ends, so QTemporaryDir can remove it.
auto restoreWritable(const QString &folder)
{
    return qScopeGuard([folder] {
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    });
}

Article sampleArticle(const QString &title)
{
    Article a;
    a.title = title;
    a.body = u"Text of "_s + title;
    return a;
}

// Adds `count` articles titled "<prefix> <i>", the i-th with a body of
// `size` copies of 'a' + i: pages enough for a file to grow past its WAL.
Result<void> addLongArticles(Project &project, const QString &prefix, int count, qsizetype size)
{
    for (int i = 0; i < count; ++i) {
        Article a = sampleArticle(u"%1 %2"_s.arg(prefix).arg(i));
        a.body = QString(size, QChar(u'a' + i));
        if (auto added = project.articles().add(a); !added)
            return std::unexpected(added.error());
    }
    return {};
}

} // namespace

class TestProject : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsAProjectWithTheCurrentSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"new.claimbench"_s);
        {
            auto project = Project::open(path, Project::OpenMode::CreateIfMissing);
            CLAIMBENCH_VERIFY_OK(project);
            QCOMPARE((*project)->path(), QFileInfo(path).absoluteFilePath());
            QVERIFY(QFileInfo::exists(path + u"-wal"_s)); // WAL mode while open
            Article a = sampleArticle(u"first"_s);
            QVERIFY((*project)->articles().add(a));
        }
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s)); // checkpointed and removed on close
        auto reopened = Project::open(path);
        QVERIFY(reopened);
        QCOMPARE((*reopened)->articles().list()->size(), 1);

        const QString name = u"inspect"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA user_version"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), currentSchemaVersion());
            QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"wal"_s);
        }
        QSqlDatabase::removeDatabase(name);
    }

    void openExistingOnAMissingFileIsNotFound()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"missing.claimbench"_s);
        auto project = Project::open(path);
        QVERIFY(!project);
        QCOMPARE(project.error().code, Error::Code::NotFound);
        QVERIFY(!QFileInfo::exists(path));
    }

    void createInAMissingFolderIsAnIoError()
    {
        QTemporaryDir dir;
        auto project = Project::open(dir.filePath(u"no/such/folder/p.claimbench"_s),
                                     Project::OpenMode::CreateIfMissing);
        QVERIFY(!project);
        QCOMPARE(project.error().code, Error::Code::Io);
    }

    void rejectsFilesThatAreNotProjectsUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("code");
        const int notAProject = int(Error::Code::NotAProject);
        QTest::newRow("random bytes") << u"random"_s << notAProject;
        QTest::newRow("text file") << u"text"_s << notAProject;
        QTest::newRow("empty file") << u"empty"_s << notAProject;
        QTest::newRow("other program's SQLite") << u"other"_s << notAProject;
        QTest::newRow("version 0 with tables") << u"version0"_s << notAProject;
        QTest::newRow("truncated project") << u"truncated"_s << notAProject;
        QTest::newRow("damaged header") << u"damaged"_s << notAProject;
        QTest::newRow("newer schema") << u"newer"_s << int(Error::Code::NewerSchema);
    }
    void rejectsFilesThatAreNotProjectsUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(int, code);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"file.claimbench"_s);
        const auto makeProject = [&] {
            auto project = Project::open(path, Project::OpenMode::CreateIfMissing);
            QVERIFY(project);
            QVERIFY(addLongArticles(**project, u"filler"_s, 1, 20000));
        };
        if (kind == u"random") {
            QByteArray bytes(8192, Qt::Uninitialized);
            for (char &c : bytes)
                c = char(QRandomGenerator::global()->bounded(256));
            writeBytes(path, bytes);
        } else if (kind == u"text") {
            writeBytes(path, "Leave a Reply\nCopyright 2024\n");
        } else if (kind == u"empty") {
            writeBytes(path, {});
        } else if (kind == u"other") {
            writeWithSqlite(path, {u"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"_s,
                                   u"INSERT INTO notes (text) VALUES ('hello')"_s});
        } else if (kind == u"version0") {
            writeWithSqlite(path, {u"CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT)"_s,
                                   u"CREATE TABLE claims (id INTEGER PRIMARY KEY)"_s});
        } else if (kind == u"truncated" || kind == u"damaged") {
            makeProject();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            if (kind == u"truncated") {
                QVERIFY(file.size() > 8192);
                QVERIFY(file.resize(file.size() / 2 + 100));
            } else {
                file.seek(16); // page size: 3 is no power of two
                file.write(QByteArray("\x00\x03", 2));
            }
        } else if (kind == u"newer") {
            makeProject();
            writeWithSqlite(path, {u"PRAGMA user_version=%1"_s.arg(currentSchemaVersion() + 1)});
        }
        const QStringList before = QDir(dir.path()).entryList(QDir::Files);
        const QByteArray hash = fileHash(path);

        for (auto mode : {Project::OpenMode::OpenExisting, Project::OpenMode::CreateIfMissing}) {
            auto project = Project::open(path, mode);
            QVERIFY(!project);
            QCOMPARE(int(project.error().code), code);
            QVERIFY(!project.error().message.isEmpty());
        }
        QCOMPARE(fileHash(path), hash);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), before); // no -wal/-shm left behind
    }

    // SIGKILL during a checkpoint can leave page 1, with the grown page count,
    // in the file before the pages that grow it; the WAL still holds them all.
    // Such a file is SQLite's to recover, not a truncated project.
    void opensWhatAnInterruptedCheckpointLeft()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"live.claimbench"_s);
        const QString crashed = dir.filePath(u"crashed.claimbench"_s);
        {
            auto project = Project::open(path, Project::OpenMode::CreateIfMissing);
            CLAIMBENCH_VERIFY_OK(project);
            CLAIMBENCH_VERIFY_OK(addLongArticles(**project, u"before"_s, 1, 20000));
        }
        auto project = Project::open(path);
        CLAIMBENCH_VERIFY_OK(project);
        Article grown = sampleArticle(u"in the WAL"_s);
        grown.body = QString(200000, u'b');
        CLAIMBENCH_VERIFY_OK((*project)->articles().add(grown));
        // The state a kill leaves: the file as last checkpointed, the WAL beside it.
        QVERIFY(QFile::copy(path, crashed));
        QVERIFY(QFile::copy(path + u"-wal"_s, crashed + u"-wal"_s));
        project->reset();

        QFile wal(crashed + u"-wal"_s);
        QVERIFY(wal.open(QIODevice::ReadOnly));
        const QByteArray frames = wal.readAll();
        const qint64 pageSize = qFromBigEndian<quint32>(frames.constData() + 8);
        QByteArray pageOne;
        for (qint64 at = 32; at + 24 + pageSize <= frames.size(); at += 24 + pageSize)
            if (qFromBigEndian<quint32>(frames.constData() + at) == 1)
                pageOne = frames.mid(at + 24, pageSize);
        QVERIFY(!pageOne.isEmpty());
        QFile file(crashed);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.write(pageOne) == pageSize); // the checkpoint's first write
        const qint64 headerPages = qFromBigEndian<quint32>(pageOne.constData() + 28);
        QVERIFY2(headerPages * pageSize > file.size(), "the fixture must look truncated by its header");
        file.close();

        auto reopened = Project::open(crashed);
        CLAIMBENCH_VERIFY_OK(reopened);
        const auto articles = (*reopened)->articles().list();
        CLAIMBENCH_VERIFY_OK(articles);
        QCOMPARE(articles->size(), 2);
    }

    // Regression: the switch to WAL, which needs the file to itself, met
    // another program's lock and was reported as "Could not switch the
    // project to WAL mode", a plain database error.
    void anotherProgramHoldingTheFileIsBusy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"held.claimbench"_s);
        CLAIMBENCH_VERIFY_OK(Project::open(path, Project::OpenMode::CreateIfMissing));
        writeWithSqlite(path, {u"PRAGMA journal_mode=DELETE"_s});
        const QString name = u"other-program"_s;
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QVERIFY(QSqlQuery(other).exec(u"BEGIN IMMEDIATE"_s));
            auto project = Project::open(path);
            QVERIFY(!project);
            QCOMPARE(project.error().code, Error::Code::Busy);
            QVERIFY2(project.error().message.contains(u"locked by another program"_s),
                     qPrintable(project.error().toString()));
            QSqlQuery(other).exec(u"ROLLBACK"_s);
            other.close();
        }
        QSqlDatabase::removeDatabase(name);
        CLAIMBENCH_VERIFY_OK(Project::open(path));
    }

    void readOnlyProjectIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ro.claimbench"_s);
        QVERIFY(Project::open(path, Project::OpenMode::CreateIfMissing));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        const QByteArray hash = fileHash(path);
        auto project = Project::open(path);
        QVERIFY(!project);
        QCOMPARE(project.error().code, Error::Code::Io);
        QVERIFY(project.error().message.contains(u"read-only"_s));
        QCOMPARE(fileHash(path), hash);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"ro.claimbench"_s});
    }

    // Regression (issue 19): a project created where a killed import had left
    // k.cb-wal beside a deleted k.cb got that log replayed into it (the old
    // project's articles, or a file failing integrity_check).
    void staleLogBesideAMissingProjectIsMovedAsideNotReplayed()
    {
        QTemporaryDir dir;
        const QString old = dir.filePath(u"old.claimbench"_s);
        const QString path = dir.filePath(u"k.claimbench"_s);
        auto killed = Project::open(old, Project::OpenMode::CreateIfMissing);
        CLAIMBENCH_VERIFY_OK(killed);
        CLAIMBENCH_VERIFY_OK(addLongArticles(**killed, u"old"_s, 20, 5000));
        // What a kill leaves once the project file itself is deleted.
        QVERIFY(QFile::copy(old + u"-wal"_s, path + u"-wal"_s));
        QVERIFY(QFile::copy(old + u"-shm"_s, path + u"-shm"_s));
        const QByteArray staleLog = fileHash(path + u"-wal"_s);
        killed->reset();

        auto project = Project::open(path, Project::OpenMode::CreateIfMissing);
        CLAIMBENCH_VERIFY_OK(project);
        QCOMPARE((*project)->articles().list()->size(), 0);
        QCOMPARE((*project)->notices().size(), 1);
        QVERIFY2((*project)->notices().constFirst().contains(u"moved aside"_s),
                 qPrintable((*project)->notices().constFirst()));
        project->reset();
        QCOMPARE(integrity(path), u"ok"_s);
        const QStringList kept = QDir(dir.path()).entryList({u"k.claimbench-wal.stale-*"_s}, QDir::Files);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(fileHash(dir.filePath(kept.constFirst())), staleLog); // kept for whoever wants it back
    }

    // Regression (issue 19): an import went on writing after its project
    // file was replaced (mv other k.cb) or deleted, said "imported", and the
    // log it left beside the path was replayed into the file now there.
    void aWriterStopsWhenItsFileIsReplacedOrDeleted_data()
    {
        QTest::addColumn<bool>("replaced");
        QTest::newRow("replaced") << true;
        QTest::newRow("deleted") << false;
    }
    void aWriterStopsWhenItsFileIsReplacedOrDeleted()
    {
        QFETCH(bool, replaced);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"k.claimbench"_s);
        const QString other = dir.filePath(u"other.claimbench"_s);
        {
            auto project = Project::open(other, Project::OpenMode::CreateIfMissing);
            CLAIMBENCH_VERIFY_OK(project);
            Article a = sampleArticle(u"the other project's"_s);
            CLAIMBENCH_VERIFY_OK((*project)->articles().add(a));
        }
        const QByteArray otherBytes = fileHash(other);
        auto project = Project::open(path, Project::OpenMode::CreateIfMissing);
        CLAIMBENCH_VERIFY_OK(project);
        CLAIMBENCH_VERIFY_OK(addLongArticles(**project, u"before"_s, 10, 5000));
        if (replaced)
            QCOMPARE(::rename(QFile::encodeName(other).constData(), QFile::encodeName(path).constData()), 0);
        else
            QVERIFY(QFile::remove(path));

        Article after = sampleArticle(u"after"_s);
        auto added = (*project)->articles().add(after);
        QVERIFY(!added);
        QCOMPARE(added.error().code, Error::Code::Io);
        QVERIFY2(added.error().message.contains(path) && added.error().message.contains(u"replaced or deleted"_s),
                 qPrintable(added.error().toString()));
        project->reset();

        if (replaced) {
            QCOMPARE(integrity(path), u"ok"_s);
            QCOMPARE(fileHash(path), otherBytes);
            auto reopened = Project::open(path);
            CLAIMBENCH_VERIFY_OK(reopened);
            const auto articles = (*reopened)->articles().list();
            CLAIMBENCH_VERIFY_OK(articles);
            QCOMPARE(articles->size(), 1);
            QCOMPARE(articles->constFirst().title, u"the other project's"_s);
        } else {
            auto created = Project::open(path, Project::OpenMode::CreateIfMissing);
            CLAIMBENCH_VERIFY_OK(created);
            QCOMPARE((*created)->articles().list()->size(), 0);
            created->reset();
            QCOMPARE(integrity(path), u"ok"_s);
        }
    }

    // Cold test (issue 18): a worker thread's first read of a project deleted
    // while it was open (the comparison's, after a new threshold) made the
    // file again, empty, where the project had been.
    void aWorkerDoesNotMakeADeletedProjectAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"k.claimbench"_s);
        auto project = Project::open(path, Project::OpenMode::CreateIfMissing);
        CLAIMBENCH_VERIFY_OK(project);
        Article article = sampleArticle(u"before"_s);
        CLAIMBENCH_VERIFY_OK((*project)->articles().add(article));
        for (const QString &file : QStringList{path, path + u"-wal"_s, path + u"-shm"_s})
            QFile::remove(file);
        bool readFailed = false;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            readFailed = !(*project)->articles().list();
            (*project)->releaseThreadConnection();
        }));
        worker->start();
        QVERIFY(worker->wait(30000));
        QVERIFY(readFailed);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
    }

    // Issue 19: a kill while a project was being created left its hidden
    // temporary file behind for good. One still being built is kept.
    void abandonedBuildsAreRemovedLiveOnesKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.claimbench"_s);
        const QString abandoned = dir.filePath(u".p.claimbench-new-a1b2c3"_s);
        const QString live = dir.filePath(u".p.claimbench-new-x9y8z7"_s);
        const QString unrelated = dir.filePath(u".q.claimbench-new-a1b2c3"_s);
        for (const QString &file : QStringList{abandoned, abandoned + u"-wal"_s, live, unrelated})
            writeBytes(file, "SQLite format 3");
        QFile building(live);
        QVERIFY(building.open(QIODevice::ReadOnly));
        QCOMPARE(::flock(building.handle(), LOCK_EX | LOCK_NB), 0);

        CLAIMBENCH_VERIFY_OK(Project::open(path, Project::OpenMode::CreateIfMissing));
        QVERIFY(!QFileInfo::exists(abandoned));
        QVERIFY(!QFileInfo::exists(abandoned + u"-wal"_s));
        QVERIFY(QFileInfo::exists(live));
        QVERIFY(QFileInfo::exists(unrelated));
    }

    // Issue 19: a read-only project could not even be listed.
    void readOnlyModeReadsAReadOnlyFileAndWritesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ro.claimbench"_s);
        {
            auto project = Project::open(path, Project::OpenMode::CreateIfMissing);
            CLAIMBENCH_VERIFY_OK(project);
            Article a = sampleArticle(u"stored"_s);
            CLAIMBENCH_VERIFY_OK((*project)->articles().add(a));
        }
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        const QByteArray hash = fileHash(path);
        {
            auto project = Project::open(path, Project::OpenMode::ReadOnly);
            CLAIMBENCH_VERIFY_OK(project);
            const auto articles = (*project)->articles().list();
            CLAIMBENCH_VERIFY_OK(articles);
            QCOMPARE(articles->size(), 1);
            Article b = sampleArticle(u"refused"_s);
            auto added = (*project)->articles().add(b);
            QVERIFY(!added);
            QCOMPARE(added.error().code, Error::Code::Io);
            QVERIFY2(added.error().message.contains(u"read-only"_s) && added.error().message.contains(path),
                     qPrintable(added.error().toString()));
        }
        QCOMPARE(fileHash(path), hash);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"ro.claimbench"_s});
    }

    // Issue 19: in a read-only folder (or mount) every open failed with "is
    // not a Claimbench project (attempt to write a readonly database)":
    // SQLite could not create the -shm a WAL reader needs. Root may write in
    // any folder, so the folder's owner write bit stands in for the mount.
    void readOnlyFolderIsReadAndRefusedForWriting()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"ro"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/p.claimbench"_s;
        {
            auto project = Project::open(path, Project::OpenMode::CreateIfMissing);
            CLAIMBENCH_VERIFY_OK(project);
            Article a = sampleArticle(u"stored"_s);
            CLAIMBENCH_VERIFY_OK((*project)->articles().add(a));
        }
        const auto restore = restoreWritable(folder);
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const QByteArray hash = fileHash(path);
        {
            auto project = Project::open(path, Project::OpenMode::ReadOnly);
            CLAIMBENCH_VERIFY_OK(project);
            const auto articles = (*project)->articles().list();
            CLAIMBENCH_VERIFY_OK(articles);
            QCOMPARE(articles->size(), 1);
        }
        for (auto mode : {Project::OpenMode::OpenExisting, Project::OpenMode::CreateIfMissing}) {
            auto project = Project::open(path, mode);
            QVERIFY(!project);
            QCOMPARE(project.error().code, Error::Code::Io);
            QVERIFY2(project.error().message.contains(u"read-only"_s) && project.error().message.contains(path),
                     qPrintable(project.error().toString()));
        }
        auto created = Project::open(folder + u"/new.claimbench"_s, Project::OpenMode::CreateIfMissing);
        QVERIFY(!created);
        QVERIFY2(created.error().message.contains(u"read-only"_s), qPrintable(created.error().toString()));
        QCOMPARE(fileHash(path), hash);
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{u"p.claimbench"_s});
    }

    // A read-only open never upgrades, and never reads a schema older than
    // its readers understand with their SQL: it is refused, the file untouched.
    // (tst_migrations reads the oldest readable one.)
    void readOnlyModeRefusesAnOlderSchemaAndAMissingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.claimbench"_s);
        CLAIMBENCH_VERIFY_OK(Project::open(path, Project::OpenMode::CreateIfMissing));
        writeWithSqlite(path, {u"PRAGMA user_version=%1"_s.arg(kOldestReadableSchemaVersion - 1)});
        const QByteArray hash = fileHash(path);
        auto project = Project::open(path, Project::OpenMode::ReadOnly);
        QVERIFY(!project);
        QCOMPARE(project.error().code, Error::Code::Unsupported);
        QVERIFY2(project.error().message.contains(u"older Claimbench"_s), qPrintable(project.error().toString()));
        QCOMPARE(fileHash(path), hash);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"old.claimbench"_s});

        auto missing = Project::open(dir.filePath(u"missing.claimbench"_s), Project::OpenMode::ReadOnly);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QVERIFY(!QFileInfo::exists(dir.filePath(u"missing.claimbench"_s)));
    }

    void workerThreadUsesItsOwnConnection()
    {
        QTemporaryDir dir;
        auto project = Project::open(dir.filePath(u"t.claimbench"_s), Project::OpenMode::CreateIfMissing);
        QVERIFY(project);
        std::shared_ptr<Project> shared = *project;
        ArticleRepository mainThreadRepository = shared->articles();

        bool workerAdded = false;
        bool foreignRepositoryRefused = false;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            Article a = sampleArticle(u"from worker"_s);
            workerAdded = shared->articles().add(a).has_value();
            Article b = sampleArticle(u"through the main thread's repository"_s);
            foreignRepositoryRefused = !mainThreadRepository.add(b).has_value();
            shared->releaseThreadConnection();
        }));
        QTest::ignoreMessage(QtWarningMsg, "QSqlDatabasePrivate::database: requested database does "
                                           "not belong to the calling thread.");
        worker->start();
        QVERIFY(worker->wait(10000));
        QVERIFY(workerAdded);
        QVERIFY(foreignRepositoryRefused);
        auto listed = mainThreadRepository.list();
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().title, u"from worker"_s);
    }

    void concurrentWritersWaitInsteadOfFailing()
    {
        QTemporaryDir dir;
        auto project = Project::open(dir.filePath(u"w.claimbench"_s), Project::OpenMode::CreateIfMissing);
        QVERIFY(project);
        std::shared_ptr<Project> shared = *project;
        constexpr int perThread = 40;
        std::array<int, 2> failures{};
        std::array<std::unique_ptr<QThread>, 2> workers;
        for (int w = 0; w < 2; ++w) {
            workers[w].reset(QThread::create([&shared, &failures, w] {
                for (int i = 0; i < perThread; ++i) {
                    Article a = sampleArticle(u"worker %1 article %2"_s.arg(w).arg(i));
                    if (!shared->articles().add(a))
                        ++failures[w];
                }
                shared->releaseThreadConnection();
            }));
            workers[w]->start();
        }
        for (auto &worker : workers)
            QVERIFY(worker->wait(60000));
        QCOMPARE(failures, (std::array<int, 2>{}));
        QCOMPARE(shared->articles().list()->size(), 2 * perThread);
    }

    void repositoryOfAClosedProjectReportsAnError()
    {
        QTemporaryDir dir;
        auto project = Project::open(dir.filePath(u"c.claimbench"_s), Project::OpenMode::CreateIfMissing);
        QVERIFY(project);
        ArticleRepository articles = (*project)->articles();
        project->reset();
        auto listed = articles.list();
        QVERIFY(!listed);
        QCOMPARE(listed.error().code, Error::Code::Database);
    }

    void twoProjectsOpenAtOnceStaySeparate()
    {
        QTemporaryDir dir;
        auto first = Project::open(dir.filePath(u"a.claimbench"_s), Project::OpenMode::CreateIfMissing);
        auto second = Project::open(dir.filePath(u"b.claimbench"_s), Project::OpenMode::CreateIfMissing);
        QVERIFY(first && second);
        Article a = sampleArticle(u"only in a"_s);
        QVERIFY((*first)->articles().add(a));
        QCOMPARE((*first)->articles().list()->size(), 1);
        QCOMPARE((*second)->articles().list()->size(), 0);
    }

    // The About box names the engine through the project, not <sqlite3.h>:
    // the version is the library the SQL driver runs.
    void engineIsNamedWithItsVersion()
    {
        QCOMPARE(Project::engineName(), u"SQLite"_s);
        const QString version = Project::engineVersion();
        QVERIFY2(QRegularExpression(u"^\\d+\\.\\d+\\.\\d+$"_s).match(version).hasMatch(), qPrintable(version));
        const QString name = u"tst_project_engine"_s;
        const auto remove = qScopeGuard([&name] { QSqlDatabase::removeDatabase(name); });
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(u":memory:"_s);
            QVERIFY(db.open());
            QSqlQuery query(u"SELECT sqlite_version()"_s, db);
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toString(), version);
        }
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
