#include "common/resultcheck.h"
#include "common/testbackend.h"
#include "common/testfiles.h"
#include "core/import/articleimporter.h"
#include "core/store/project.h"
#include "core/store/projectcopy.h"
#include "reliability/editscript.h"
#include "reliability/killedchild.h"
#include "reliability/projectinspector.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <stdio.h>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// How many kills per scenario (ctest runs 10 on a file, 3 on the test server,
// where each kill costs a new database and a copy of the starting project
// into it; tests/reliability/crash-harness.sh 100) and the seed of the first
// run; run i uses seed + i. A seed gives the
// kill delay only together with the run duration the delays are spread over
// (see runDurationMs), so a failing run prints both, and is repeated with
// CLAIMBENCH_CRASH_SEED=<seed> CLAIMBENCH_CRASH_RUN_MS=<duration> CLAIMBENCH_CRASH_KILLS=1.
int killCount()
{
    if (qEnvironmentVariableIsSet("CLAIMBENCH_CRASH_KILLS"))
        return qEnvironmentVariableIntValue("CLAIMBENCH_CRASH_KILLS");
    return onTestServer() ? 3 : 10;
}

quint32 firstSeed()
{
    return qEnvironmentVariableIsSet("CLAIMBENCH_CRASH_SEED")
               ? quint32(qEnvironmentVariable("CLAIMBENCH_CRASH_SEED").toULong())
               : 20261126u;
}

constexpr int kArticleFiles = 2000;
constexpr int kCopiedArticles = 600; // in the project killDuringCopy copies, each with a claim
constexpr int kAddedClaims = 1000;   // rows of one `claims --add`


QString describe(const StoreCheck &check)
{
    return u"integrity %1, %2 articles (%3 without full-text row, %4 empty)"_s.arg(check.integrity)
        .arg(check.articles)
        .arg(check.unindexedArticles)
        .arg(check.emptyBodies);
}

} // namespace

// Kills claimbench-cli with SIGKILL at seeded random moments while it imports
// a large batch, applies a script of claim edits, adds claims from a file
// and copies a project, then checks that the project opens, passes PRAGMA
// integrity_check, holds everything reported committed, shows nothing
// half-written, and takes the next command.
//
// The same scenarios run on a team server (ctest's tst_crashsafety_server):
// each kill gets a new database holding a copy of the starting project, and
// the inspector checks what consistency means there (projectinspector.h).
// The scenarios about the project file itself skip there.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killDuringImport();
    void killDuringEdits();
    void killDuringClaimsAdd();
    void killDuringCopy();
    void killThenDeleteThenCreate();
    void replaceOrDeleteDuringImport();

private:
    // A new project of the backend under test holding what the project file
    // `start` holds: a copy of the file, or a new database copied into.
    Result<QString> projectFrom(const QString &start);
    // Gives a project of projectFrom() back: deletes the file or drops the database.
    void discard(const QString &location);
    // runDurationMs() of `arguments` for a project of projectFrom(start).
    Result<int> runDurationFrom(const QString &start, const std::function<QStringList(const QString &)> &arguments);

    QTemporaryDir m_dir;
    ProjectLocations m_locations;
    QString m_articles;    // folder of kArticleFiles small articles
    QString m_emptyProject;
    QString m_editProject; // a few articles to place claims in
    QString m_fullProject; // kCopiedArticles articles and a claim in each: what killDuringCopy copies
};

Result<QString> TestCrashSafety::projectFrom(const QString &start)
{
    const auto location = m_locations.create();
    if (!location)
        return location;
    if (!onTestServer()) {
        if (!QFile::copy(start, *location))
            return makeError(Error::Code::Io, u"could not copy %1 to %2"_s.arg(start, *location));
        return location;
    }
    if (const auto copied = ProjectCopy::copy(start, *location); !copied)
        return std::unexpected(copied.error());
    return location;
}

Result<int> TestCrashSafety::runDurationFrom(const QString &start,
                                             const std::function<QStringList(const QString &)> &arguments)
{
    const auto project = projectFrom(start);
    if (!project)
        return std::unexpected(project.error());
    const int duration = runDurationMs(arguments(*project));
    discard(*project);
    return duration;
}

void TestCrashSafety::discard(const QString &location)
{
    if (!onTestServer()) {
        QFile::remove(location);
        return;
    }
    if (const auto dropped = dropServerDatabase(location); !dropped)
        qWarning("%s", qPrintable(dropped.error().toString()));
}

void TestCrashSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(CLAIMBENCH_CLI)), CLAIMBENCH_CLI " is not built");
    m_articles = m_dir.filePath(u"articles"_s);
    QVERIFY(QDir().mkpath(m_articles));
    for (int i = 0; i < kArticleFiles; ++i) {
        QFile file(m_articles + u"/article-%1.txt"_s.arg(i, 4, 10, QChar(u'0')));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(u"Title: Crash article %1\nOutlet: Harness\nPublished: 2025-06-12\n\n"
                   "Officials said %1 drones were launched overnight and %2 were shot down; "
                   "crashmarker text number %1 closes the article.\n"_s.arg(i)
                       .arg(i % 97)
                       .toUtf8());
    }

    m_emptyProject = m_dir.filePath(u"empty.claimbench"_s);
    m_editProject = m_dir.filePath(u"edit.claimbench"_s);
    CLAIMBENCH_VERIFY_OK(Project::open(m_emptyProject, Project::OpenMode::CreateIfMissing));
    const auto project = Project::open(m_editProject, Project::OpenMode::CreateIfMissing);
    CLAIMBENCH_VERIFY_OK(project);
    ArticleImporter importer(*project);
    const QStringList some{m_articles + u"/article-0001.txt"_s, m_articles + u"/article-0002.txt"_s,
                           m_articles + u"/article-0003.txt"_s};
    for (const ImportOutcome &outcome : importer.importAll(some))
        QCOMPARE(outcome.status, ImportOutcome::Status::Imported);

    m_fullProject = m_dir.filePath(u"full.claimbench"_s);
    QStringList copied{u"import"_s, m_fullProject};
    for (int i = 0; i < kCopiedArticles; ++i)
        copied.append(m_articles + u"/article-%1.txt"_s.arg(i, 4, 10, QChar(u'0')));
    const ChildRun imported = runToEnd(copied);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QJsonArray claims;
    for (int i = 0; i < kCopiedArticles; ++i)
        claims.append(QJsonObject{{u"article_title"_s, u"Crash article %1"_s.arg(i)},
                                  {u"quote"_s, u"drones"_s},
                                  {u"value"_s, i},
                                  {u"note"_s, u"full %1"_s.arg(i)}});
    const QString claimsFile = m_dir.filePath(u"full-claims.json"_s);
    QVERIFY(writeFile(claimsFile, QJsonDocument(claims).toJson()));
    const ChildRun added = runToEnd({u"claims"_s, m_fullProject, u"--add"_s, claimsFile});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
}

void TestCrashSafety::killDuringImport()
{
    const auto timed = runDurationFrom(m_emptyProject, [&](const QString &path) {
        return QStringList{u"import"_s, path, m_articles};
    });
    CLAIMBENCH_VERIFY_OK(timed);
    const int fullRunMs = *timed;
    int killed = 0;
    int reportedTotal = 0;
    int unreportedTotal = 0;
    for (int run = 0; run < killCount(); ++run) {
        const quint32 seed = firstSeed() + quint32(run);
        QRandomGenerator rng(seed);
        const auto project = projectFrom(m_emptyProject);
        CLAIMBENCH_VERIFY_OK(project);
        const QString &path = *project;
        const int delayMs = rng.bounded(20, fullRunMs);
        const ChildRun child = runAndKill({u"import"_s, path, m_articles}, delayMs);
        const QString where = killDescription(seed, fullRunMs, delayMs);
        const auto sayWhichKill = namedOnFailure(where);
        QVERIFY2(child.killed || child.exitCode == 0, qPrintable(where + child.err));
        killed += child.killed;

        QSet<QString> reported;
        for (const QString &line : child.lines) {
            QVERIFY2(line.endsWith(u": imported"), qPrintable(where + line));
            reported.insert(QFileInfo(line.chopped(10)).completeBaseName());
        }
        CLAIMBENCH_VERIFY_OK(Project::open(path));
        const auto check = inspectStore(path);
        CLAIMBENCH_VERIFY_OK(check);
        QVERIFY2(check->integrity == u"ok" && check->unindexedArticles == 0 && check->emptyBodies == 0,
                 qPrintable(where + describe(*check)));
        const auto articles = (*Project::open(path))->articles().list();
        CLAIMBENCH_VERIFY_OK(articles);
        QSet<QString> stored;
        for (const Article &article : *articles)
            stored.insert(u"article-%1"_s.arg(article.title.section(u' ', 2).toInt(), 4, 10, QChar(u'0')));
        QVERIFY2(stored.contains(reported), qPrintable(where + u"a reported article is missing"_s));
        // Committed but not yet reported when killed: at most one batch.
        const qsizetype unreported = stored.size() - reported.size();
        QVERIFY2(unreported <= ArticleImporter::kBatchArticles, qPrintable(where + describe(*check)));
        reportedTotal += int(reported.size());
        unreportedTotal += int(unreported);

        // A re-run completes: the stored files are duplicates, the rest imported.
        const ChildRun again = runToEnd({u"import"_s, path, m_articles});
        QVERIFY2(again.exitCode == 0, qPrintable(where + again.err));
        const auto after = inspectStore(path);
        CLAIMBENCH_VERIFY_OK(after);
        QVERIFY2(after->integrity == u"ok" && after->articles == kArticleFiles && after->unindexedArticles == 0,
                 qPrintable(where + u"after a re-run: "_s + describe(*after)));
        discard(path);
    }
    qInfo("crash-harness import: %d runs (delays drawn from 20 to %d ms), %d killed mid-run, %d articles reported and found, "
          "%d committed but not yet reported, 0 failures",
          killCount(), fullRunMs, killed, reportedTotal, unreportedTotal);
}

void TestCrashSafety::killDuringEdits()
{
    const auto base = Project::open(m_editProject);
    CLAIMBENCH_VERIFY_OK(base);
    const auto articles = (*base)->articles().list();
    CLAIMBENCH_VERIFY_OK(articles);
    QList<qint64> articleIds;
    for (const Article &article : *articles)
        articleIds.append(article.id);

    int fullRunMs = 0;
    {
        QRandomGenerator rng(firstSeed() - 1);
        const QString scriptPath = m_dir.filePath(u"timed.jsonl"_s);
        QVERIFY(writeFile(scriptPath, generateScript(rng, articleIds).text));
        const auto timed = runDurationFrom(m_editProject, [&](const QString &path) {
            return QStringList{u"edit"_s, path, scriptPath};
        });
        CLAIMBENCH_VERIFY_OK(timed);
        fullRunMs = *timed;
    }
    const QString followUp = m_dir.filePath(u"follow-up.jsonl"_s);
    QVERIFY(writeFile(followUp, R"({"op":"create-tag","name":"after the kill"})" "\n"));
    int killed = 0;
    int reportedTotal = 0;
    int inFlightLanded = 0;
    for (int run = 0; run < killCount(); ++run) {
        const quint32 seed = firstSeed() + quint32(run);
        QRandomGenerator rng(seed);
        const EditScript script = generateScript(rng, articleIds);
        const QString scriptPath = m_dir.filePath(u"script-%1.jsonl"_s.arg(seed));
        QVERIFY(writeFile(scriptPath, script.text));
        const auto project = projectFrom(m_editProject);
        CLAIMBENCH_VERIFY_OK(project);
        const QString &path = *project;

        const int delayMs = rng.bounded(20, fullRunMs);
        const ChildRun child = runAndKill({u"edit"_s, path, scriptPath}, delayMs);
        const QString where = killDescription(seed, fullRunMs, delayMs);
        const auto sayWhichKill = namedOnFailure(where);
        QVERIFY2(child.killed || child.exitCode == 0, qPrintable(where + child.err));
        killed += child.killed;
        qsizetype committed = 0;
        for (const QString &line : child.lines) {
            QVERIFY2(line.startsWith(u"committed %1 "_s.arg(committed + 1)), qPrintable(where + line));
            ++committed;
        }

        const auto check = inspectStore(path);
        CLAIMBENCH_VERIFY_OK(check);
        QCOMPARE(check->integrity, u"ok"_s);
        const auto stored = storedState(path);
        CLAIMBENCH_VERIFY_OK(stored);
        // Every reported line is in; the line running at the kill may be too.
        const bool exact = *stored == script.states.at(committed);
        const bool withNext = committed + 1 < script.states.size() && *stored == script.states.at(committed + 1);
        QVERIFY2(exact || withNext,
                 qPrintable(where + u"after %1 reported lines the project holds %2 claims and %3 tags, "
                                    "expected %4 claims and %5 tags"_s.arg(committed)
                                    .arg(stored->claims.size())
                                    .arg(stored->tags.size())
                                    .arg(script.states.at(committed).claims.size())
                                    .arg(script.states.at(committed).tags.size())));
        reportedTotal += int(committed);
        inFlightLanded += !exact;
        // The project takes the next edit (nothing left locked or half-done).
        const ChildRun again = runToEnd({u"edit"_s, path, followUp});
        QVERIFY2(again.exitCode == 0 && again.lines.size() == 1, qPrintable(where + again.err));
        discard(path);
        QFile::remove(scriptPath);
    }
    qInfo("crash-harness edit: %d runs (delays drawn from 20 to %d ms), %d killed mid-run, %d edits reported and found, "
          "%d runs with the unreported edit in flight already saved, 0 failures",
          killCount(), fullRunMs, killed, reportedTotal, inFlightLanded);
}

// `claims --add` writes all its rows in one transaction and prints them only
// after it committed: killed at any moment, the project holds all of them or
// none, all of them once a row was printed, and a re-run adds them again.
void TestCrashSafety::killDuringClaimsAdd()
{
    QJsonArray rows;
    for (int i = 0; i < kAddedClaims; ++i)
        rows.append(QJsonObject{{u"article_title"_s, u"Crash article %1"_s.arg(1 + i % 3)},
                                {u"quote"_s, u"drones"_s},
                                {u"value"_s, i + 1},
                                {u"note"_s, u"added %1"_s.arg(i)}});
    const QString rowsPath = m_dir.filePath(u"added-claims.json"_s);
    QVERIFY(writeFile(rowsPath, QJsonDocument(rows).toJson()));
    const auto timed = runDurationFrom(m_editProject, [&](const QString &path) {
        return QStringList{u"claims"_s, path, u"--add"_s, rowsPath};
    });
    CLAIMBENCH_VERIFY_OK(timed);
    const int fullRunMs = *timed;
    int killed = 0;
    int landed = 0;
    for (int run = 0; run < killCount(); ++run) {
        const quint32 seed = firstSeed() + quint32(run);
        QRandomGenerator rng(seed);
        const auto project = projectFrom(m_editProject);
        CLAIMBENCH_VERIFY_OK(project);
        const int delayMs = rng.bounded(20, fullRunMs);
        const ChildRun child = runAndKill({u"claims"_s, *project, u"--add"_s, rowsPath}, delayMs);
        const QString where = killDescription(seed, fullRunMs, delayMs);
        const auto sayWhichKill = namedOnFailure(where);
        QVERIFY2(child.killed || child.exitCode == 0, qPrintable(where + child.err));
        killed += child.killed;

        const auto check = inspectStore(*project);
        CLAIMBENCH_VERIFY_OK(check);
        QVERIFY2(check->integrity == u"ok", qPrintable(where + describe(*check)));
        QVERIFY2(check->claims == 0 || check->claims == kAddedClaims,
                 qPrintable(where + u"%1 of %2 claims added"_s.arg(check->claims).arg(kAddedClaims)));
        if (!child.lines.isEmpty())
            QCOMPARE(check->claims, qint64(kAddedClaims));
        landed += check->claims != 0;

        const ChildRun again = runToEnd({u"claims"_s, *project, u"--add"_s, rowsPath});
        QVERIFY2(again.exitCode == 0 && again.lines.size() == kAddedClaims, qPrintable(where + again.err));
        const auto after = inspectStore(*project);
        CLAIMBENCH_VERIFY_OK(after);
        QCOMPARE(after->claims, check->claims + kAddedClaims);
        discard(*project);
    }
    qInfo("crash-harness claims --add: %d runs (delays drawn from 20 to %d ms), %d killed mid-run, %d with all %d "
          "claims in, the rest with none, 0 failures",
          killCount(), fullRunMs, killed, landed, kAddedClaims);
}

// `copy FILE DEST` killed mid-way, DEST a new file or an empty database on
// the test server: DEST is left without a row of the project or with all of
// them (the same exports as the source), and a re-run copies it whole, or
// says in one line that DEST already holds a project.
void TestCrashSafety::killDuringCopy()
{
    const QString sourceDump = exportedDump(m_fullProject);
    QVERIFY2(sourceDump.count(u"\"full "_s) == kCopiedArticles, qPrintable(sourceDump.right(500)));
    const auto timed = m_locations.create();
    CLAIMBENCH_VERIFY_OK(timed);
    const int fullRunMs = runDurationMs({u"copy"_s, m_fullProject, *timed});
    discard(*timed);
    int killed = 0;
    int whole = 0;
    for (int run = 0; run < killCount(); ++run) {
        const quint32 seed = firstSeed() + quint32(run);
        QRandomGenerator rng(seed);
        const auto destination = m_locations.create();
        CLAIMBENCH_VERIFY_OK(destination);
        const int delayMs = rng.bounded(20, fullRunMs);
        const ChildRun child = runAndKill({u"copy"_s, m_fullProject, *destination}, delayMs);
        const QString where = killDescription(seed, fullRunMs, delayMs);
        const auto sayWhichKill = namedOnFailure(where);
        QVERIFY2(child.killed || child.exitCode == 0, qPrintable(where + child.err));
        killed += child.killed;

        bool empty = false;
        if (onTestServer()) {
            // No table but the project's own record of itself holds a row.
            const auto tables = serverTableSummary(*destination);
            CLAIMBENCH_VERIFY_OK(tables);
            empty = std::all_of(tables->cbegin(), tables->cend(), [](const QString &table) {
                return table.startsWith(u"claimbench_project: "_s) || table.contains(u": 0, "_s);
            });
        } else {
            empty = !QFileInfo::exists(*destination);
        }
        if (!empty) {
            QCOMPARE(exportedDump(*destination), sourceDump);
            ++whole;
            const ChildRun again = runToEnd({u"copy"_s, m_fullProject, *destination});
            const QStringList said = again.err.split(u'\n', Qt::SkipEmptyParts);
            QVERIFY2(again.exitCode == 2 && said.size() == 1 && said.constFirst().contains(*destination)
                         && (said.constFirst().contains(u"is not empty"_s)
                             || said.constFirst().contains(u"already exists"_s)),
                     qPrintable(where + again.err));
        } else {
            // A kill while DEST's tables were made leaves none (a new
            // project's schema is one transaction), so the re-run copies.
            const ChildRun again = runToEnd({u"copy"_s, m_fullProject, *destination});
            QVERIFY2(again.exitCode == 0, qPrintable(where + u"a re-run into what the kill left: "_s + again.err));
            QCOMPARE(exportedDump(*destination), sourceDump);
        }
        const auto check = inspectStore(*destination);
        CLAIMBENCH_VERIFY_OK(check);
        QVERIFY2(check->integrity == u"ok" && check->unindexedArticles == 0, qPrintable(where + describe(*check)));
        discard(*destination);
    }
    qInfo("crash-harness copy: %d runs (delays drawn from 20 to %d ms), %d killed mid-run, %d left a whole copy, "
          "the rest no row and were copied again",
          killCount(), fullRunMs, killed, whole);
}

// Issue 19: an import killed, its project file deleted, and a new project
// created under the same name: the killed import's -wal must not be replayed
// into the new project (it was: the old articles came back, or the file
// failed integrity_check). The log is moved aside and the new project holds
// exactly what the second import reported.
void TestCrashSafety::killThenDeleteThenCreate()
{
    CLAIMBENCH_SKIP_ON_SERVER("about a project file's -wal left beside a deleted file; a server keeps no log beside "
                              "the project");
    const QString timed = m_dir.filePath(u"timed-stale.claimbench"_s);
    QVERIFY(QFile::copy(m_emptyProject, timed));
    const int fullRunMs = runDurationMs({u"import"_s, timed, m_articles});
    const QStringList few{m_articles + u"/article-0001.txt"_s, m_articles + u"/article-0002.txt"_s,
                          m_articles + u"/article-0003.txt"_s};
    int killed = 0;
    int setAside = 0;
    for (int run = 0; run < killCount(); ++run) {
        const quint32 seed = firstSeed() + quint32(run);
        QRandomGenerator rng(seed);
        const QString folder = m_dir.filePath(u"stale-%1"_s.arg(seed));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/k.claimbench"_s;
        QVERIFY(QFile::copy(m_emptyProject, path));
        const int delayMs = rng.bounded(20, fullRunMs);
        const ChildRun child = runAndKill({u"import"_s, path, m_articles}, delayMs);
        const QString where = killDescription(seed, fullRunMs, delayMs);
        const auto sayWhichKill = namedOnFailure(where);
        killed += child.killed;
        const bool logLeft = QFileInfo::exists(path + u"-wal"_s);
        QVERIFY(QFile::remove(path));

        const ChildRun again = runAndKill(QStringList{u"import"_s, path} + few, 120000);
        QVERIFY2(!again.killed && again.exitCode == 0, qPrintable(where + again.err));
        QCOMPARE(again.lines.size(), few.size());
        QCOMPARE(again.err.contains(u"moved aside"_s), logLeft);
        setAside += logLeft;
        const auto check = inspectStore(path);
        CLAIMBENCH_VERIFY_OK(check);
        QVERIFY2(check->integrity == u"ok" && check->articles == few.size(), qPrintable(where + describe(*check)));
        QDir(folder).removeRecursively();
    }
    qInfo("crash-harness stale log: %d runs (delays drawn from 20 to %d ms), %d killed mid-run, %d logs moved aside "
          "from a new project, 0 failures",
          killCount(), fullRunMs, killed, setAside);
}

// Issue 19: an import whose project file was replaced (mv other k.cb) or
// deleted while it ran went on, said "imported", exited 0 and left a
// malformed file. It must stop at its next commit with an error naming the
// file, and leave the file now at the path untouched.
void TestCrashSafety::replaceOrDeleteDuringImport()
{
    CLAIMBENCH_SKIP_ON_SERVER("about a project file renamed over or deleted under a running import; a server "
                              "database is not a path another program can replace");
    const QString timed = m_dir.filePath(u"timed-replaced.claimbench"_s);
    QVERIFY(QFile::copy(m_emptyProject, timed));
    const int fullRunMs = runDurationMs({u"import"_s, timed, m_articles});
    const auto otherCheck = inspectStore(m_editProject);
    CLAIMBENCH_VERIFY_OK(otherCheck);
    int stopped = 0;
    int openedLate = 0;
    int afterLastCommit = 0;
    for (int run = 0; run < killCount(); ++run) {
        const quint32 seed = firstSeed() + quint32(run);
        QRandomGenerator rng(seed);
        const bool replace = run % 2 == 0;
        const QString folder = m_dir.filePath(u"replaced-%1"_s.arg(seed));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + u"/k.claimbench"_s;
        const QString other = folder + u"/other.claimbench"_s;
        QVERIFY(QFile::copy(m_emptyProject, path));
        QVERIFY(QFile::copy(m_editProject, other));
        const QByteArray otherBytes = fileChecksum(other);
        const int delayMs = rng.bounded(20, fullRunMs);
        bool interfered = false;
        const ChildRun child = runAndInterfere({u"import"_s, path, m_articles}, delayMs, [&] {
            interfered = replace ? ::rename(QFile::encodeName(other).constData(), QFile::encodeName(path).constData()) == 0
                                 : QFile::remove(path);
        });
        const QString where = killDescription(seed, fullRunMs, delayMs) + (replace ? u"replaced: "_s : u"deleted: "_s);
        const auto sayWhichKill = namedOnFailure(where);
        if (!interfered || child.exitCode == 0) {
            // Done before the file changed, or the file changed before the
            // import opened it: then it imported into the file it found.
            QVERIFY2(child.exitCode == 0, qPrintable(where + child.err));
            if (interfered && !replace && !QFileInfo::exists(path)) {
                ++afterLastCommit; // deleted as the import was closing
            } else {
                const auto check = inspectStore(path);
                CLAIMBENCH_VERIFY_OK(check);
                QVERIFY2(check->integrity == u"ok", qPrintable(where + describe(*check)));
                if (interfered && fileChecksum(path) == otherBytes) {
                    QCOMPARE(check->articles, otherCheck->articles); // replaced as it was closing
                    ++afterLastCommit;
                } else {
                    QVERIFY2(check->articles == kArticleFiles, qPrintable(where + describe(*check)));
                    openedLate += interfered;
                }
            }
            QDir(folder).removeRecursively();
            continue;
        }
        // Deleted while the import was opening it: refused as missing.
        const bool refused = child.err.contains(u"replaced or deleted"_s)
            || (!replace && child.err.contains(u"There is no project file"_s));
        QVERIFY2(child.exitCode == 2 && refused && child.err.contains(path),
                 qPrintable(where + u"exit %1: "_s.arg(child.exitCode) + child.err));
        ++stopped;
        if (replace) {
            QCOMPARE(fileChecksum(path), otherBytes);
            const auto check = inspectStore(path);
            CLAIMBENCH_VERIFY_OK(check);
            QVERIFY2(check->integrity == u"ok" && check->articles == otherCheck->articles,
                     qPrintable(where + describe(*check)));
        } else {
            QVERIFY(!QFileInfo::exists(path));
            const ChildRun again = runAndKill({u"import"_s, path, m_articles + u"/article-0001.txt"_s}, 120000);
            QVERIFY2(!again.killed && again.exitCode == 0, qPrintable(where + again.err));
            const auto check = inspectStore(path);
            CLAIMBENCH_VERIFY_OK(check);
            QVERIFY2(check->integrity == u"ok" && check->articles == 1, qPrintable(where + describe(*check)));
        }
        QDir(folder).removeRecursively();
    }
    qInfo("crash-harness replaced file: %d runs (delays drawn from 20 to %d ms), %d replaced or deleted mid-run and "
          "stopped with an error, %d before the import opened it, %d after its last commit, 0 failures",
          killCount(), fullRunMs, stopped, openedLate, afterLastCommit);
}

} // namespace Claimbench

QTEST_GUILESS_MAIN(Claimbench::TestCrashSafety)
#include "tst_crashsafety.moc"
