#include "common/resultcheck.h"
#include "common/teamserver.h"
#include "common/unreachableserver.h"
#include "core/models/sampleclaims.h"
#include "core/store/project.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

// What a project holds, in a form QCOMPARE shows: every article and claim.
QStringList contents(const Project &project)
{
    QStringList rows;
    const auto articles = project.articles().list();
    const auto claims = project.claims().list();
    if (!articles || !claims)
        return {u"unreadable"_s};
    for (const Article &a : *articles) {
        const auto full = project.articles().get(a.id);
        rows.append(u"article %1 %2 %3 %4"_s.arg(a.id).arg(a.title, a.outlet).arg(full ? full->body.size() : -1));
    }
    for (const Claim &c : *claims)
        rows.append(u"claim %1 %2 %3 %4 %5"_s.arg(c.id).arg(c.articleId).arg(c.quote).arg(c.value.value_or(-1)).arg(
            c.note));
    return rows;
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

// An article whose text takes several backup steps (SqliteDialect::kBackupPagesPerStep).
Article bigArticle(const QString &title)
{
    Article article;
    article.title = title;
    QString body;
    for (int i = 0; body.size() < 3'000'000; ++i)
        body += u"Paragraph %1 counts %2 drones shot down over the region.\n"_s.arg(i).arg(i * 7);
    article.body = body;
    return article;
}

} // namespace

// Project::backupTo, the core of File › Save Copy As… and `claimbench-cli backup`.
class TestProjectBackup : public QObject
{
    Q_OBJECT

    bool addBigArticle()
    {
        QList<Article> big{bigArticle(u"Long report"_s)};
        return m_project->articles().addAll(big).has_value();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.emplace().isValid());
        m_path = m_dir->filePath(u"p.claimbench"_s);
        auto project = Project::open(m_path, Project::OpenMode::CreateIfMissing);
        CLAIMBENCH_VERIFY_OK(project);
        CLAIMBENCH_VERIFY_OK(SampleClaims::create(**project));
        m_project = *project;
    }
    void cleanup()
    {
        m_project.reset();
        m_dir.reset();
    }

    void copyEqualsTheOriginal()
    {
        const QString copyPath = m_dir->filePath(u"copy.claimbench"_s);
        CLAIMBENCH_VERIFY_OK(m_project->backupTo(copyPath));
        const auto copy = Project::open(copyPath, Project::OpenMode::ReadOnly);
        CLAIMBENCH_VERIFY_OK(copy);
        QCOMPARE(contents(**copy), contents(*m_project));
        QCOMPARE(contents(**copy).size(), 8); // 2 articles, 6 claims
        // Only the copy beside the project: no temporary name left.
        const QStringList left = filesIn(m_dir->path()).filter(u"-copy-"_s);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u", ")));
    }

    void replacesAnExistingFileOnlyWhenWhole()
    {
        const QString copyPath = m_dir->filePath(u"copy.claimbench"_s);
        QFile old(copyPath);
        QVERIFY(old.open(QIODevice::WriteOnly) && old.write("an older copy") > 0);
        old.close();
        QVERIFY(old.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        CLAIMBENCH_VERIFY_OK(m_project->backupTo(copyPath));
        const auto copy = Project::open(copyPath, Project::OpenMode::ReadOnly);
        CLAIMBENCH_VERIFY_OK(copy);
        QCOMPARE(contents(**copy), contents(*m_project));
        // The mode of the file it replaced, not the temporary file's private one.
        QCOMPARE(QFile::permissions(copyPath) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::ReadGroup | QFile::ReadOther);
    }

    // A transaction another connection holds open, and a write another
    // program commits between two steps of the copy: the copy is the project
    // as committed when it began, in one piece, and never starts over.
    void copyWhileAWriteIsInProgress()
    {
        QList<Article> big{bigArticle(u"Long report"_s)};
        CLAIMBENCH_VERIFY_OK(m_project->articles().addAll(big));
        const QStringList before = contents(*m_project);

        const QString writerName = u"writer"_s;
        {
            QSqlDatabase writer = QSqlDatabase::addDatabase(u"QSQLITE"_s, writerName);
            writer.setDatabaseName(m_path);
            QVERIFY(writer.open());
            QSqlQuery pending(writer);
            QVERIFY(pending.exec(u"BEGIN IMMEDIATE"_s));
            QVERIFY(pending.exec(u"UPDATE articles SET title = 'Uncommitted' WHERE id = %1"_s.arg(big.first().id)));

            auto other = Project::open(m_path);
            CLAIMBENCH_VERIFY_OK(other);
            int steps = 0;
            qint64 lastCopied = -1;
            bool monotonic = true;
            const QString copyPath = m_dir->filePath(u"copy.claimbench"_s);
            const Result<void> copied = m_project->backupTo(copyPath, [&](qint64 copiedPages, qint64 total) {
                monotonic = monotonic && copiedPages > lastCopied && copiedPages <= total;
                lastCopied = copiedPages;
                if (++steps == 1) {
                    // The open transaction ends; a commit lands mid-copy.
                    QSqlQuery(writer).exec(u"COMMIT"_s);
                    Article late;
                    late.title = u"Added during the copy"_s;
                    late.body = u"Forty drones."_s;
                    (void)(*other)->articles().add(late);
                }
                return true;
            });
            CLAIMBENCH_VERIFY_OK(copied);
            QVERIFY2(steps > 1, "the copy took one step: the test proves nothing about writes between steps");
            QVERIFY(monotonic);

            const auto copy = Project::open(copyPath, Project::OpenMode::ReadOnly);
            CLAIMBENCH_VERIFY_OK(copy);
            QCOMPARE(contents(**copy), before);
            const QStringList now = contents(*m_project);
            QVERIFY(now.join(u'\n').contains(u"Uncommitted"_s));
            QVERIFY(now.join(u'\n').contains(u"Added during the copy"_s));
            QSqlQuery check(writer);
            QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
            QCOMPARE(check.value(0).toString(), u"ok"_s);
            writer.close();
        }
        QSqlDatabase::removeDatabase(writerName);
    }

    void refusesTheProjectItself_data()
    {
        QTest::addColumn<QString>("destination"); // relative to the project's folder
        QTest::newRow("its path") << u"p.claimbench"_s;
        QTest::newRow("a link to it") << u"link.claimbench"_s;
        QTest::newRow("its log") << u"p.claimbench-wal"_s;
        QTest::newRow("a folder") << u"."_s;
    }
    void refusesTheProjectItself()
    {
        QFETCH(QString, destination);
        QVERIFY(QFile::link(m_path, m_dir->filePath(u"link.claimbench"_s)));
        const QStringList before = contents(*m_project);
        const QStringList filesBefore = filesIn(m_dir->path());
        const Result<void> copied = m_project->backupTo(m_dir->filePath(destination));
        QVERIFY(!copied);
        QCOMPARE(copied.error().code, Error::Code::InvalidInput);
        QVERIFY2(copied.error().message.contains(u"the project being copied"_s)
                     || copied.error().message.contains(u"folder"_s),
                 qPrintable(copied.error().toString()));
        QCOMPARE(filesIn(m_dir->path()), filesBefore);
        QCOMPARE(contents(*m_project), before);
    }

    // Found by a hostile test: the rename put a project where a device, a
    // pipe or a link was, and a log left beside DEST was applied to the new
    // copy on its next open (a corrupt copy, reported as a success).
    void refusesWhatIsNotAPlainFileOrHasALog_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("a pipe") << u"fifo"_s;
        QTest::newRow("a link to another file") << u"link"_s;
        QTest::newRow("a dangling link") << u"dangling"_s;
        QTest::newRow("a write-ahead log beside it") << u"-wal"_s;
        QTest::newRow("a rollback journal beside it") << u"-journal"_s;
    }
    void refusesWhatIsNotAPlainFileOrHasALog()
    {
        QFETCH(QString, kind);
        const QString destination = m_dir->filePath(u"dest.claimbench"_s);
        const QString other = m_dir->filePath(u"other.txt"_s);
        QFile text(other);
        QVERIFY(text.open(QIODevice::WriteOnly) && text.write("notes") > 0);
        text.close();
        if (kind == u"fifo"_s) {
            QCOMPARE(::mkfifo(QFile::encodeName(destination).constData(), 0600), 0);
        } else if (kind == u"link"_s) {
            QVERIFY(QFile::link(other, destination));
        } else if (kind == u"dangling"_s) {
            QVERIFY(QFile::link(m_dir->filePath(u"gone.txt"_s), destination));
        } else {
            QVERIFY(QFile::copy(other, destination));
            QVERIFY(QFile::copy(other, destination + kind));
        }
        const QStringList filesBefore = filesIn(m_dir->path());
        const Result<void> copied = m_project->backupTo(destination);
        QVERIFY(!copied);
        QCOMPARE(copied.error().code, Error::Code::InvalidInput);
        QCOMPARE(filesIn(m_dir->path()), filesBefore);
        QFile kept(other);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("notes"));
    }

    // The temporary name is short: any name the file system takes for DEST works.
    void aLongDestinationNameWorks()
    {
        const QString destination = m_dir->filePath(u"c"_s.repeated(240) + u".claimbench"_s);
        CLAIMBENCH_VERIFY_OK(m_project->backupTo(destination));
        const auto copy = Project::open(destination, Project::OpenMode::ReadOnly);
        CLAIMBENCH_VERIFY_OK(copy);
        QCOMPARE(contents(**copy), contents(*m_project));
    }

    // One clear error, and no file left where the copy was going.
    void unwritableDestinationLeavesNoFile_data()
    {
        QTest::addColumn<QString>("destination");
        QTest::newRow("missing folder") << u"no-such-folder/copy.claimbench"_s;
        QTest::newRow("read-only file system") << u"/proc/copy.claimbench"_s;
    }
    void unwritableDestinationLeavesNoFile()
    {
        QFETCH(QString, destination);
        const QString path = QDir(m_dir->path()).filePath(destination);
        const QStringList filesBefore = filesIn(m_dir->path());
        const Result<void> copied = m_project->backupTo(path);
        QVERIFY(!copied);
        QCOMPARE(copied.error().code, Error::Code::Io);
        QVERIFY2(copied.error().message == u"Cannot save a copy to "_s + path, qPrintable(copied.error().toString()));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(filesIn(m_dir->path()), filesBefore);
    }

    // The disk fills half-way (a file-size limit makes every write past it
    // fail, as a full disk does): nothing half-written is left.
    void fullDiskLeavesNoFile()
    {
        QVERIFY(addBigArticle());
        const QString copyPath = m_dir->filePath(u"copy.claimbench"_s);
        const QStringList filesBefore = filesIn(m_dir->path());
        rlimit saved{};
        QVERIFY(getrlimit(RLIMIT_FSIZE, &saved) == 0);
        const auto previous = std::signal(SIGXFSZ, SIG_IGN);
        const rlimit small{256 * 1024, saved.rlim_max};
        QVERIFY(setrlimit(RLIMIT_FSIZE, &small) == 0);
        const Result<void> copied = m_project->backupTo(copyPath);
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previous);
        QVERIFY(!copied);
        QCOMPARE(copied.error().code, Error::Code::Io);
        QCOMPARE(filesIn(m_dir->path()), filesBefore);
    }

    void cancelLeavesNoFile()
    {
        QVERIFY(addBigArticle());
        const QString copyPath = m_dir->filePath(u"copy.claimbench"_s);
        const QStringList filesBefore = filesIn(m_dir->path());
        const Result<void> copied = m_project->backupTo(copyPath, [](qint64, qint64) { return false; });
        QVERIFY(!copied);
        QCOMPARE(copied.error().code, Error::Code::Cancelled);
        QCOMPARE(filesIn(m_dir->path()), filesBefore);
    }

    // A team project's copy is its rows, in one snapshot of the server, in
    // a new file that then replaces DEST as a file's copy does (keeping
    // DEST's mode); a cancel or a lost server leaves DEST as it was and
    // nothing beside it.
    void aTeamProjectIsCopiedToAFile()
    {
        if (const QString reason = TeamServer::unavailableReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        TeamServer server;
        QVERIFY(server.exec(u"CREATE DATABASE %1"_s.arg(server.database())));
        auto team = Project::open(server.address(), Project::OpenMode::CreateIfMissing);
        CLAIMBENCH_VERIFY_OK(team);
        CLAIMBENCH_VERIFY_OK(SampleClaims::create(**team));
        const auto teamContents = contents(**team);

        const QString copyPath = m_dir->filePath(u"team copy.claimbench"_s);
        QFile old(copyPath);
        QVERIFY(old.open(QIODevice::WriteOnly) && old.write("an older copy") > 0);
        old.close();
        QVERIFY(old.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const QStringList filesBefore = filesIn(m_dir->path());

        const Result<void> cancelled = (*team)->backupTo(copyPath, [](qint64, qint64) { return false; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, Error::Code::Cancelled);
        QCOMPARE(filesIn(m_dir->path()), filesBefore);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("an older copy"));
        old.close();

        // The server lost while its rows are read: the error names it and
        // says the copy was not written (not the edit's "check that this
        // change was saved"); DEST is as it was, nothing beside it.
        {
            UnreachableServer unreachable;
            bool cut = false;
            const Result<void> lost = (*team)->backupTo(copyPath, [&](qint64, qint64) {
                cut = cut || unreachable.cut(server.url()).has_value();
                return true;
            });
            QVERIFY(cut);
            QVERIFY(!lost);
            QCOMPARE(lost.error().code, Error::Code::Disconnected);
            QVERIFY2(lost.error().message.contains((*team)->path()), qPrintable(lost.error().toString()));
            QVERIFY2(!lost.error().toString().contains(u"Check that this change was saved"_s),
                     qPrintable(lost.error().toString()));
            QVERIFY2(lost.error().message.contains(u"nothing was written to "_s + copyPath),
                     qPrintable(lost.error().toString()));
            QCOMPARE(filesIn(m_dir->path()), filesBefore);
            QVERIFY(old.open(QIODevice::ReadOnly));
            QCOMPARE(old.readAll(), QByteArray("an older copy"));
            old.close();
        } // served again: the next copy reconnects

        qint64 lastCopied = -1;
        qint64 total = 0;
        CLAIMBENCH_VERIFY_OK((*team)->backupTo(copyPath, [&](qint64 copied, qint64 all) {
            lastCopied = copied;
            total = all;
            return true;
        }));
        QVERIFY(total > 8);
        QCOMPARE(lastCopied, total);
        QCOMPARE(filesIn(m_dir->path()), filesBefore);
        struct stat copied{};
        QCOMPARE(::stat(QFile::encodeName(copyPath).constData(), &copied), 0);
        QCOMPARE(copied.st_mode & 0777, mode_t(0600));
        const auto copy = Project::open(copyPath, Project::OpenMode::ReadOnly);
        CLAIMBENCH_VERIFY_OK(copy);
        QVERIFY(!(*copy)->server());
        QCOMPARE(contents(**copy), teamContents);
        QCOMPARE(teamContents.size(), 8);
    }

private:
    std::optional<QTemporaryDir> m_dir;
    QString m_path;
    std::shared_ptr<Project> m_project;
};

QTEST_GUILESS_MAIN(TestProjectBackup)
#include "tst_projectbackup.moc"
