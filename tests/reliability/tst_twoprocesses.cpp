#include "common/resultcheck.h"
#include "core/import/articleimporter.h"
#include "core/store/project.h"
#include "reliability/projectinspector.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

constexpr int articleFiles = 600;

// Writes `count` small distinct articles into `folder`, titles "<prefix> N".
bool writeArticles(const QString &folder, const QString &prefix, int count)
{
    if (!QDir().mkpath(folder))
        return false;
    for (int i = 0; i < count; ++i) {
        QFile file(folder + u"/%1-%2.txt"_s.arg(prefix).arg(i));
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(u"Title: %1 %2\nOutlet: Harness\n\nWitnesses counted %2 trucks at the %1 crossing "
                   "over %3 days.\n"_s.arg(prefix)
                       .arg(i)
                       .arg(i % 30 + 1)
                       .toUtf8());
    }
    return true;
}

int countImported(const QByteArray &stdoutBytes)
{
    return int(stdoutBytes.count(": imported\n"));
}

// Starts one claimbench-cli import into `path` per folder, all at once, and
// checks that each imported everything or met the other's lock (the files it
// refused say so, and nothing else went wrong), and that the project passes
// integrity_check and holds exactly the `reported` articles.
void importAtOnce(const QString &path, const QStringList &folders, int &reported)
{
    std::vector<std::unique_ptr<QProcess>> children;
    for (const QString &folder : folders) {
        children.push_back(std::make_unique<QProcess>());
        children.back()->start(QStringLiteral(CLAIMBENCH_CLI), {u"import"_s, path, folder});
    }
    for (const auto &child : children) {
        QVERIFY(child->waitForFinished(300000));
        const QByteArray out = child->readAllStandardOutput();
        const QByteArray err = child->readAllStandardError();
        reported += countImported(out);
        for (const QByteArray &line : out.split('\n'))
            QVERIFY2(line.isEmpty() || line.endsWith(": imported") || line.contains("locked by another program"),
                     line.constData());
        QVERIFY2(child->exitCode() == 0 || err.contains("locked by another program"), err.constData());
    }
    const auto check = inspectStore(path);
    CLAIMBENCH_VERIFY_OK(check);
    QCOMPARE(check->integrity, u"ok"_s);
    QCOMPARE(check->unindexedArticles, 0);
    QCOMPARE(check->articles, reported);
}

} // namespace

// Two programs on one project file: claimbench-cli writing in a child process
// while this process reads and writes through its own connection, and two
// children importing at once. Every write is either committed and found
// afterwards or refused with a clear "locked by another program" error; the
// file always passes PRAGMA integrity_check.
class TestTwoProcesses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readAndWriteWhileAnotherProcessImports();
    void twoProcessesImportAtOnce();
    void twoProcessesCreateOneProjectAtOnce();

private:
    QTemporaryDir m_dir;
};

void TestTwoProcesses::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(CLAIMBENCH_CLI)), CLAIMBENCH_CLI " is not built");
    QVERIFY(writeArticles(m_dir.filePath(u"north"_s), u"north"_s, articleFiles));
    QVERIFY(writeArticles(m_dir.filePath(u"south"_s), u"south"_s, articleFiles));
}

void TestTwoProcesses::readAndWriteWhileAnotherProcessImports()
{
    const QString path = m_dir.filePath(u"shared.claimbench"_s);
    const auto project = Project::open(path, Project::OpenMode::CreateIfMissing);
    CLAIMBENCH_VERIFY_OK(project);

    QProcess importer;
    importer.start(QStringLiteral(CLAIMBENCH_CLI), {u"import"_s, path, m_dir.filePath(u"north"_s)});
    QVERIFY(importer.waitForStarted());

    // Meanwhile: read the articles (their number only grows) and add tags.
    QSet<QString> tagsWritten;
    int refused = 0;
    qsizetype seen = 0;
    int round = 0;
    while (importer.state() != QProcess::NotRunning || round == 0) {
        const auto articles = (*project)->articles().list();
        if (articles) {
            QVERIFY(articles->size() >= seen);
            seen = articles->size();
        } else {
            QCOMPARE(articles.error().code, Error::Code::Busy);
        }
        Tag tag;
        tag.name = u"tag %1"_s.arg(++round);
        tag.color = QColor(Qt::red);
        if (const auto added = (*project)->tags().add(tag); added) {
            tagsWritten.insert(tag.name);
        } else {
            QCOMPARE(added.error().code, Error::Code::Busy);
            QVERIFY(added.error().message.contains(u"locked by another program"_s));
            ++refused;
        }
        importer.waitForFinished(20);
    }
    QCOMPARE(importer.exitCode(), 0);
    const int imported = countImported(importer.readAllStandardOutput());
    QCOMPARE(imported, articleFiles);

    const auto articles = (*project)->articles().list();
    const auto tags = (*project)->tags().list();
    CLAIMBENCH_VERIFY_OK(articles);
    CLAIMBENCH_VERIFY_OK(tags);
    QCOMPARE(articles->size(), imported);
    QSet<QString> tagsStored;
    for (const Tag &tag : *tags)
        tagsStored.insert(tag.name);
    QCOMPARE(tagsStored, tagsWritten);
    const auto check = inspectStore(path);
    CLAIMBENCH_VERIFY_OK(check);
    QCOMPARE(check->integrity, u"ok"_s);
    QCOMPARE(check->unindexedArticles, 0);
    qInfo("while a child imported %d articles: %d reads, %lld tags written, %d refused as busy", imported, round,
          qlonglong(tagsWritten.size()), refused);
}

void TestTwoProcesses::twoProcessesImportAtOnce()
{
    const QString path = m_dir.filePath(u"both.claimbench"_s);
    CLAIMBENCH_VERIFY_OK(Project::open(path, Project::OpenMode::CreateIfMissing));
    int reported = 0;
    importAtOnce(path, {m_dir.filePath(u"north"_s), m_dir.filePath(u"south"_s)}, reported);
    if (QTest::currentTestFailed())
        return;
    qInfo("two imports at once: %d of %d articles imported", reported, 2 * articleFiles);
}

// Two imports naming one project that does not exist yet, started together,
// many times so the creations overlap. Regression: the process that found the
// file missing but met the other's half-made file reported "not a Claimbench
// project", or removed the file (and the other's data) after failing.
void TestTwoProcesses::twoProcessesCreateOneProjectAtOnce()
{
    constexpr int rounds = 20;
    constexpr int filesEach = 5;
    QVERIFY(writeArticles(m_dir.filePath(u"east"_s), u"east"_s, filesEach));
    QVERIFY(writeArticles(m_dir.filePath(u"west"_s), u"west"_s, filesEach));
    int bothImported = 0;
    for (int round = 0; round < rounds && !QTest::currentTestFailed(); ++round) {
        int reported = 0;
        importAtOnce(m_dir.filePath(u"new-%1.claimbench"_s.arg(round)),
                     {m_dir.filePath(u"east"_s), m_dir.filePath(u"west"_s)}, reported);
        bothImported += reported == 2 * filesEach;
        QCOMPARE(QDir(m_dir.path()).entryList({u".new-*"_s}, QDir::Files | QDir::Hidden), QStringList());
    }
    qInfo("two processes creating one project, %d rounds: both imports stored in %d", rounds, bothImported);
}

} // namespace Claimbench

QTEST_GUILESS_MAIN(Claimbench::TestTwoProcesses)
#include "tst_twoprocesses.moc"
