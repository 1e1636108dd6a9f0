#include "common/resultcheck.h"
#include "core/store/migrations.h"
#include "core/store/project.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtEndian>

#include <array>

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

Article sampleArticle(const QString &title)
{
    Article a;
    a.title = title;
    a.body = u"Text of "_s + title;
    return a;
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
            Article a = sampleArticle(u"filler"_s);
            a.body = QString(20000, u'x');
            QVERIFY((*project)->articles().add(a));
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
            Article a = sampleArticle(u"before"_s);
            a.body = QString(20000, u'a');
            CLAIMBENCH_VERIFY_OK((*project)->articles().add(a));
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
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
