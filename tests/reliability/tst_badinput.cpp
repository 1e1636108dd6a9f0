#include "cli/clistreams.h"
#include "common/clirun.h"
#include "common/resultcheck.h"
#include "common/testbackend.h"
#include "common/testfiles.h"
#include "core/import/articleimporter.h"
#include "core/store/project.h"
#include "core/store/projectcopy.h"
#include "reliability/projectinspector.h"

#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <fcntl.h>
#include <grp.h>
#include <unistd.h>

#include <csignal>
#include <functional>

using namespace Qt::StringLiterals;

namespace Claimbench {

// Makes a row's files in the row's folder and returns the claimbench-cli
// arguments to run against `project`, the row's project holding one article
// (project.claimbench in the folder, or a database on the test server).
using Setup = std::function<QStringList(const QDir &dir, const QString &project)>;

} // namespace Claimbench

Q_DECLARE_METATYPE(Claimbench::Setup)

namespace Claimbench {

namespace {

constexpr qint64 kMegabyte = 1024 * 1024;

const QByteArray kGoodArticle = "Title: A good article\nOutlet: Harness\n\n"
                               "The ministry said 120 drones were launched overnight.\n";

// `import PROJECT FILE` of a file with these bytes.
Setup importFile(const QString &name, const QByteArray &bytes)
{
    return [=](const QDir &dir, const QString &project) {
        writeFile(dir.filePath(name), bytes);
        return QStringList{u"import"_s, project, dir.filePath(name)};
    };
}

// `import PROJECT good.txt` after `damage` did something to the project file.
Setup importIntoDamaged(const std::function<void(const QString &project)> &damage)
{
    return [=](const QDir &dir, const QString &project) {
        writeFile(dir.filePath(u"good.txt"_s), kGoodArticle);
        damage(project);
        return QStringList{u"import"_s, project, dir.filePath(u"good.txt"_s)};
    };
}

QByteArray nested(int depth, const QByteArray &open, const QByteArray &close, const QByteArray &inside)
{
    return "<!DOCTYPE html><html><body>" + open.repeated(depth) + inside + close.repeated(depth) + "</body></html>";
}

// Sets SQLite's user_version (the schema version) of a project by hand.
void setSchemaVersion(const QString &path, int version)
{
    const QString name = u"badinput-schema"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open())
            QSqlQuery(db).exec(u"PRAGMA user_version=%1"_s.arg(version));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// A shell word that gives `bytes` exactly as one argument: QProcess encodes
// its QString arguments, which cannot hold a name that is not UTF-8.
QString shellBytes(QByteArrayView bytes)
{
    QString word = u"\"$(printf '"_s;
    for (const char byte : bytes)
        word += u"\\%1"_s.arg(uint(static_cast<uchar>(byte)), 3, 8, QChar(u'0'));
    return word + u"')\""_s;
}

// What a child claimbench-cli did.
struct ChildRun
{
    int status = -1; // -1 when it had to be killed
    QString out;
    QString err;
};

// Runs claimbench-cli as a child with arguments given as bytes; a child that
// has not finished after two minutes is killed: a hang fails, never stalls.
ChildRun runChild(const QList<QByteArray> &arguments, const std::function<void()> &inChild = {})
{
    QString script = u"exec "_s + shellBytes(CLAIMBENCH_CLI);
    for (const QByteArray &argument : arguments)
        script += u' ' + shellBytes(argument);
    QProcess child;
    if (inChild)
        child.setChildProcessModifier(inChild);
    child.start(u"/bin/sh"_s, {u"-c"_s, script});
    ChildRun run;
    if (!child.waitForFinished(120000)) {
        child.kill();
        child.waitForFinished();
    } else if (child.exitStatus() == QProcess::NormalExit) {
        run.status = child.exitCode();
    }
    run.out = QString::fromUtf8(child.readAllStandardOutput());
    run.err = QString::fromUtf8(child.readAllStandardError());
    return run;
}

// A child's file-size limit (RLIMIT_FSIZE) that makes every write past
// `limit` bytes fail with EFBIG, as writes to a full disk fail with ENOSPC
// (SIGXFSZ is ignored so the process sees the error instead of dying).
std::function<void()> fileSizeLimit(rlim_t limit)
{
    return [limit] {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit size{limit, limit};
        setrlimit(RLIMIT_FSIZE, &size);
    };
}

// `count` distinct paragraphs that count shells: text that compresses badly.
QByteArray paragraphs(const QByteArray &label, int count)
{
    QByteArray text;
    for (int i = 0; i < count; ++i)
        text += label + " paragraph " + QByteArray::number(i) + " says " + QByteArray::number(i * 7)
            + " shells fell.\n";
    return text;
}

// The lines of stderr that are messages (the import summary is not one).
QStringList messages(const QString &err)
{
    QStringList lines = err.split(u'\n', Qt::SkipEmptyParts);
    lines.removeIf([](const QString &line) { return !line.startsWith(u"claimbench-cli:"); });
    return lines;
}

} // namespace

// SPEC's bad-input bar, row by row: each bad file or project gets one clear
// message naming it, exit code 2, and leaves every file as it was (the
// project byte for byte, nothing added or removed beside it). Inputs that are
// odd but readable are imported whole, never half.
//
// On the team server (tst_badinput_server) each row's project is a new
// database holding the base project, and "changed nothing" is also its dump
// (projectDump) before and after; the rows about the project FILE and the
// full disk skip there, and the server's own bad projects (a missing
// database, another program's, a closed port) run there only.
class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusedWithoutChange_data();
    void refusedWithoutChange();
    void damagedProjectRefused_data();
    void damagedProjectRefused();
    void serverProjectRefused_data();
    void serverProjectRefused();
    void oddButReadableIsImported_data();
    void oddButReadableIsImported();
    void symlinkLoopIsReportedOnce();
    void fileVanishingAfterCollectionFailsAlone();
    void fullDiskChangesNothing_data();
    void fullDiskChangesNothing();
    void fullDiskFailsOnlyTheFileThatDoesNotFit();
    void nonRegularFilesAreSkippedUnopened();
    void unreadableFolderFailsAlone();
    void oddNamesNamedDirectly();
    void extractRefusesBadText_data();
    void extractRefusesBadText();

private:
    enum class RowProject { BaseCopy, EmptyDatabase };
    QDir newRowDir(RowProject project = RowProject::BaseCopy);
    void checkRefusedWithoutChange(const Setup &setup, const QString &subject, const QString &reason);
    void checkImported(int articles, const QString &text);

    QTemporaryDir m_dir;
    QString m_baseProject;
    TestDatabases m_databases; // the rows' projects on the server backend
    QString m_project;         // the project of the row newRowDir() made last
    int m_rows = 0;
};

void TestBadInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_baseProject = m_dir.filePath(u"base.claimbench"_s);
    QVERIFY(writeFile(m_dir.filePath(u"base.txt"_s), "Title: Base\n\nThe base article counts 7 ships.\n"));
    const CliRun run = runCli({u"import"_s, m_baseProject, m_dir.filePath(u"base.txt"_s)});
    QCOMPARE(run.status, int(ExitOk));
}

// A folder of its own and the row's project (m_project): a copy of the base
// project in the folder, or on the server a new database holding one (or
// nothing: EmptyDatabase). A database made here serves only this row
// (TestDatabases drops it when the next row makes one).
QDir TestBadInput::newRowDir(RowProject project)
{
    const QDir dir(m_dir.filePath(u"row%1"_s.arg(++m_rows)));
    dir.mkpath(u"."_s);
    m_project = dir.filePath(u"project.claimbench"_s);
    if (!onTestServer()) {
        QFile::copy(m_baseProject, m_project);
        return dir;
    }
    const auto database = m_databases.create();
    const auto copied = database && project == RowProject::BaseCopy ? ProjectCopy::copy(m_baseProject, *database)
                                                                     : Result<ProjectCopy::Outcome>{};
    if (!database || !copied)
        QTest::qFail(qPrintable((!database ? database.error() : copied.error()).toString()), __FILE__, __LINE__);
    m_project = database.value_or(QString());
    return dir;
}

// What a server project holds, seen from outside, for "changed nothing": its
// claims and articles as `claims --format json` and `articles --with-body`
// export them, and each table's rows, largest id and sum of row versions. On
// a file, nothing: the project's bytes are in the row folder's listing.
static QString projectDump(const QString &project)
{
    if (!onTestServer())
        return {};
    const CliRun claims = runCli({u"claims"_s, project, u"--format"_s, u"json"_s});
    const CliRun articles = runCli({u"articles"_s, project, u"--with-body"_s});
    const auto tables = serverTableSummary(project);
    const QString dump = claims.out + articles.out + claims.err + articles.err
        + (tables ? tables->join(u'\n') : tables.error().toString());
    // The base article: a dump that shows it is a dump of the project.
    return dump.contains(u"7 ships"_s) ? dump : u"not a dump of the base project: "_s + dump;
}

void TestBadInput::refusedWithoutChange_data()
{
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<QString>("subject"); // the file the message must name
    QTest::addColumn<QString>("reason");  // what the message must say

    QByteArray binary;
    for (int i = 0; i < 4096; ++i)
        binary.append(char(i * 37 % 256));
    QTest::newRow("binary file") << importFile(u"photo.txt"_s, binary) << u"photo.txt"_s << u"binary"_s;
    QTest::newRow("empty file") << importFile(u"empty.txt"_s, {}) << u"empty.txt"_s << u"empty"_s;
    QTest::newRow("blank file") << importFile(u"blank.txt"_s, " \n\n\t \n") << u"blank.txt"_s << u"empty"_s;
    QTest::newRow("invalid UTF-8 after a UTF-8 mark")
        << importFile(u"broken.txt"_s, "\xEF\xBB\xBFThe count rose to 12\xC3\x28 and \xFF\xFE more.\n")
        << u"broken.txt"_s << u"not valid UTF-8"_s;
    // Regression: damaged UTF-8 was imported as guessed legacy text, "ministryâ€™s figure was 12Ã(".
    const QByteArray damagedUtf8 = "The ministry\xE2\x80\x99s figure was 12\xC3\x28 drones.\n";
    QTest::newRow("invalid UTF-8 without a mark")
        << importFile(u"mixed.txt"_s, "Title: Bad\n\n" + damagedUtf8) << u"mixed.txt"_s
        << u"not valid UTF-8 at byte 42: the file mixes UTF-8 with other bytes"_s;
    QTest::newRow("invalid UTF-8 in a page without a charset")
        << importFile(u"mixed.html"_s, "<!DOCTYPE html><html><body><p>" + damagedUtf8 + "</p></body></html>")
        << u"mixed.html"_s << u"not valid UTF-8 at byte"_s;
    // Regression: UTF-16 without a mark was refused as "binary, not text".
    QTest::newRow("UTF-16 without a mark")
        << importFile(u"utf16.txt"_s, QByteArray("T\0h\0e\0 \0c\0o\0u\0n\0t\0 \0i\0s\0 \0001\0002\0.\0\n\0", 34))
        << u"utf16.txt"_s << u"UTF-16 text without a byte-order mark"_s;
    QTest::newRow("UTF-16 Cyrillic without a mark, big-endian")
        << importFile(u"utf16be.txt"_s, QByteArray("\x04\x1f\x04\x40\x04\x35\x04\x41\x04\x41\0 \0" "6\0" "3\0.\0\n", 20))
        << u"utf16be.txt"_s << u"UTF-16 text without a byte-order mark"_s;
    QTest::newRow("200 MB text") << Setup([](const QDir &dir, const QString &project) {
        QFile file(dir.filePath(u"huge.txt"_s));
        // Sparse: the importer refuses it by size before reading a byte.
        if (file.open(QIODevice::WriteOnly) && file.write("Title: Huge\n\nIt says 5 tanks.\n"))
            file.resize(200 * kMegabyte);
        return QStringList{u"import"_s, project, file.fileName()};
    }) << u"huge.txt"_s << u"larger than the 50 MB limit"_s;
    QTest::newRow("10,000 nested tags, no text")
        << importFile(u"nested.html"_s, nested(10000, "<div>", "</div>", {})) << u"nested.html"_s
        << u"no article text"_s;
    QTest::newRow("unterminated HTML, no text")
        << importFile(u"cut.html"_s, "<!DOCTYPE html><html><head><title>Cut</title></head><body><div><p class=\"")
        << u"cut.html"_s << u"no article text"_s;
    QTest::newRow("folder holding only a symlink loop") << Setup([](const QDir &dir, const QString &project) {
        dir.mkpath(u"only"_s);
        QFile::link(dir.filePath(u"only"_s), dir.filePath(u"only/loop"_s));
        return QStringList{u"import"_s, project, dir.filePath(u"only"_s)};
    }) << u"only"_s << u"no files to import, only a symbolic link back"_s;
    QTest::newRow("file that does not exist") << Setup([](const QDir &dir, const QString &project) {
        return QStringList{u"import"_s, project, dir.filePath(u"gone.txt"_s)};
    }) << u"gone.txt"_s << u"does not exist"_s;
}

// The rows about the project FILE itself: what is wrong is the file, not
// the input.
void TestBadInput::damagedProjectRefused_data()
{
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("reason");

    QTest::newRow("project that is not SQLite") << importIntoDamaged([](const QString &project) {
        writeFile(project, "These are my notes, not a database.\n");
    }) << u"project.claimbench"_s << u"is not a Claimbench project"_s;
    QTest::newRow("truncated project") << importIntoDamaged([](const QString &project) {
        QFile file(project);
        file.resize(file.size() / 3);
    }) << u"project.claimbench"_s << u"is not a Claimbench project"_s;
    QTest::newRow("project of another program") << importIntoDamaged([](const QString &project) {
        QFile::remove(project);
        const QString name = u"badinput-other"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(project);
            if (db.open())
                QSqlQuery(db).exec(u"CREATE TABLE recipes(name TEXT)"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }) << u"project.claimbench"_s << u"another program"_s;
    QTest::newRow("project of a newer schema")
        << importIntoDamaged([](const QString &project) { setSchemaVersion(project, 999); })
        << u"project.claimbench"_s << u"newer Claimbench"_s;
    QTest::newRow("read-only project") << importIntoDamaged([](const QString &project) {
        QFile::setPermissions(project, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    }) << u"project.claimbench"_s << u"read-only"_s;
    QTest::newRow("project that is a folder") << importIntoDamaged([](const QString &project) {
        QFile::remove(project);
        QDir().mkpath(project);
    }) << u"project.claimbench"_s << u"is not a Claimbench project"_s;
}

void TestBadInput::refusedWithoutChange()
{
    QFETCH(Setup, setup);
    QFETCH(QString, subject);
    QFETCH(QString, reason);
    checkRefusedWithoutChange(setup, subject, reason);
}

void TestBadInput::damagedProjectRefused()
{
    CLAIMBENCH_SKIP_ON_SERVER("about the project FILE (not SQLite, truncated, another program's, a newer schema, "
                              "read-only, a folder); the server's own bad projects are serverProjectRefused's rows");
    QFETCH(Setup, setup);
    QFETCH(QString, subject);
    QFETCH(QString, reason);
    checkRefusedWithoutChange(setup, subject, reason);
}

// Runs the row's command: one message naming `subject` (a file in the row's
// folder) and saying `reason`, exit 2, and nothing changed: the folder's
// files byte for byte (a file project among them) and, on a server, the
// project's rows (projectDump).
void TestBadInput::checkRefusedWithoutChange(const Setup &setup, const QString &subject, const QString &reason)
{
    const QDir dir = newRowDir();
    const QStringList arguments = setup(dir, m_project);
    const auto before = folderListing(dir.path());
    const QString dumpBefore = projectDump(m_project);

    const CliRun run = runCli(arguments);
    QCOMPARE(run.status, int(ExitBadInput));
    const QStringList said = messages(run.err);
    QCOMPARE(said.size(), 1);
    // Named first, or in the reason ("claimbench-cli: PATH is not a Claimbench project").
    const QString &message = said.constFirst();
    QVERIFY2(message.startsWith(u"claimbench-cli: "_s + dir.filePath(subject) + u": "_s)
                 || (message.startsWith(u"claimbench-cli: "_s) && message.contains(dir.filePath(subject))),
             qPrintable(message));
    QVERIFY2(message.contains(reason, Qt::CaseInsensitive), qPrintable(message));
    QCOMPARE(folderListing(dir.path()), before);
    QCOMPARE(projectDump(m_project), dumpBefore);
    QFile::setPermissions(dir.filePath(u"project.claimbench"_s), QFile::ReadOwner | QFile::WriteOwner);
}

// A team server's own bad projects, each refused by `import` (which would
// create a project in an empty database) with one line naming the URL, exit
// 2, and nothing created: no database, no table.
void TestBadInput::serverProjectRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");
    QTest::newRow("database that does not exist") << u"missing"_s << u"does not exist"_s;
    QTest::newRow("database of another program") << u"other"_s << u"is not a Claimbench project"_s;
    QTest::newRow("server that does not answer") << u"closed"_s << u"Could not connect"_s;
}

void TestBadInput::serverProjectRefused()
{
    if (!onTestServer())
        QSKIP("a team server's bad projects: tst_badinput_server runs them");
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    const QDir dir = newRowDir(RowProject::EmptyDatabase);
    QVERIFY(writeFile(dir.filePath(u"good.txt"_s), kGoodArticle));
    const auto admin = ServerAddress::parse(qEnvironmentVariable("CLAIMBENCH_TEST_SERVER"));
    CLAIMBENCH_VERIFY_OK(admin);
    ServerAddress address = *admin;
    const QString missing = u"cbt_missing_%1"_s.arg(QCoreApplication::applicationPid());
    // A port bound and never listened on: connections to it are refused.
    const int bound = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const auto closeBound = qScopeGuard([bound] { ::close(bound); });
    if (kind == u"missing") {
        address.database = missing;
    } else if (kind == u"other") {
        address = *ServerAddress::parse(m_project);
        const auto made = Inspection::withConnection<bool>(m_project, [](QSqlDatabase &db) -> Result<bool> {
            QSqlQuery q(db);
            if (!q.exec(u"CREATE TABLE recipes (name TEXT)"_s) || !q.exec(u"INSERT INTO recipes VALUES ('borscht')"_s))
                return makeError(Error::Code::Database, u"another program's table"_s, q.lastError().text());
            return true;
        });
        CLAIMBENCH_VERIFY_OK(made);
    } else {
        sockaddr_in local{};
        local.sin_family = AF_INET;
        local.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t size = sizeof local;
        QVERIFY(bound >= 0 && ::bind(bound, reinterpret_cast<const sockaddr *>(&local), sizeof local) == 0);
        QCOMPARE(::getsockname(bound, reinterpret_cast<sockaddr *>(&local), &size), 0);
        address.host = u"127.0.0.1"_s;
        address.port = ntohs(local.sin_port);
    }
    const QString url = address.toString();
    const auto tablesBefore = serverTableSummary(kind == u"other" ? url : m_project);
    CLAIMBENCH_VERIFY_OK(tablesBefore);

    const CliRun run = runCli({u"import"_s, url, dir.filePath(u"good.txt"_s)});
    QCOMPARE(run.status, int(ExitBadInput));
    // One line, libpq's explanation over several lines included; it names
    // the URL (first, or in the reason).
    const QStringList said = run.err.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(said.size() == 1, qPrintable(run.err));
    QVERIFY2(said.constFirst().startsWith(u"claimbench-cli: "_s) && said.constFirst().contains(url),
             qPrintable(run.err));
    QVERIFY2(said.constFirst().contains(reason), qPrintable(run.err));

    const auto created = Inspection::withConnection<QVariant>(qEnvironmentVariable("CLAIMBENCH_TEST_SERVER"),
                                                              [&](QSqlDatabase &db) {
                                                                  return Inspection::scalar(
                                                                      db, u"SELECT count(*) FROM pg_database WHERE "
                                                                          "datname = '%1'"_s.arg(missing));
                                                              });
    CLAIMBENCH_VERIFY_OK(created);
    QCOMPARE(created->toInt(), 0);
    const auto tablesAfter = serverTableSummary(kind == u"other" ? url : m_project);
    CLAIMBENCH_VERIFY_OK(tablesAfter);
    QCOMPARE(*tablesAfter, *tablesBefore);
    if (kind == u"other")
        QCOMPARE(*tablesAfter, QStringList{u"recipes: 1, 0, 0"_s});
}

void TestBadInput::oddButReadableIsImported_data()
{
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<int>("articles"); // imported by the run
    QTest::addColumn<QString>("text"); // a passage one of them must hold

    const QByteArray text = "<p>The ministry said 63 drones were launched and 28 shot down overnight.</p>";
    QTest::newRow("10,000 nested tags around text")
        << importFile(u"deep.html"_s, nested(10000, "<div><span>", "</span></div>", text)) << 1
        << u"63 drones were launched"_s;
    QTest::newRow("10,000 unclosed tags")
        << importFile(u"unclosed.html"_s, "<!DOCTYPE html><html><body>" + QByteArray("<div><b><i>").repeated(10000) + text)
        << 1 << u"28 shot down"_s;
    QTest::newRow("unterminated HTML") << importFile(u"cut.html"_s, "<html><body><article>" + text + "<p>Cut off")
                                       << 1 << u"63 drones"_s;
    QTest::newRow("legacy bytes without a charset")
        << importFile(u"latin.txt"_s, "Title: Caf\xE9\n\nThe caf\xE9 served 40 soldiers.\n") << 1
        << u"café served 40"_s;
    QTest::newRow("mixed bytes in a page that declares its charset")
        << importFile(u"declared.html"_s, "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                                          "charset=windows-1252\"></head><body><p>The ministry\xE2\x80\x99s "
                                          "figure was 12\xC3\x28 drones.</p></body></html>")
        << 1 << u"ministry\u00E2\u20AC\u2122s figure was 12\u00C3("_s;
}

void TestBadInput::oddButReadableIsImported()
{
    QFETCH(Setup, setup);
    QFETCH(int, articles);
    QFETCH(QString, text);
    const QDir dir = newRowDir();
    const CliRun run = runCli(setup(dir, m_project));
    QVERIFY2(run.status == ExitOk, qPrintable(run.err));
    QCOMPARE(run.out.count(u": imported\n"_s), articles);
    checkImported(articles, text);
}

// A folder with a file, a symlink loop back to it, and a second link to a
// folder inside it: the file is imported once, the loop is reported once
// (exit 2, as a failed file is), the second way in is just not walked twice.
void TestBadInput::symlinkLoopIsReportedOnce()
{
    const QDir dir = newRowDir();
    dir.mkpath(u"folder/inner"_s);
    QVERIFY(writeFile(dir.filePath(u"folder/inner/a.txt"_s), kGoodArticle));
    QVERIFY(QFile::link(dir.filePath(u"folder"_s), dir.filePath(u"folder/inner/loop"_s)));
    QVERIFY(QFile::link(dir.filePath(u"folder/inner"_s), dir.filePath(u"folder/again"_s)));
    const CliRun run =
        runCli({u"import"_s, m_project, dir.filePath(u"folder"_s)});
    QCOMPARE(run.status, int(ExitBadInput));
    QCOMPARE(run.out.count(u": imported\n"_s), 1);
    const QStringList said = messages(run.err);
    QCOMPARE(said.size(), 1);
    // Folders are walked by name, so the loop is met through "again" first.
    QVERIFY2(said.constFirst().startsWith(u"claimbench-cli: "_s + dir.filePath(u"folder/again/loop: "_s)),
             qPrintable(said.constFirst()));
    QVERIFY2(said.constFirst().contains(u"loop"_s), qPrintable(said.constFirst()));
    checkImported(1, u"120 drones"_s);
}

// The row's project is consistent (integrity_check, or the server's checks)
// and holds the base article plus `articles` imported ones, one of them
// containing `text`.
void TestBadInput::checkImported(int articles, const QString &text)
{
    const QString &path = m_project;
    const auto check = inspectStore(path);
    CLAIMBENCH_VERIFY_OK(check);
    QCOMPARE(check->integrity, u"ok"_s);
    QCOMPARE(check->articles, articles + 1);
    QCOMPARE(check->unindexedArticles, 0);
    const auto project = Project::open(path);
    CLAIMBENCH_VERIFY_OK(project);
    const auto hits = (*project)->articles().list();
    CLAIMBENCH_VERIFY_OK(hits);
    bool found = false;
    for (const Article &listed : *hits)
        found = found || (*project)->articles().get(listed.id)->body.contains(text);
    QVERIFY2(found, qPrintable(text));
}

// Removed between collectFiles() and reading (the GUI collects, then imports
// on a worker): that file fails with a reason, its neighbours are imported.
void TestBadInput::fileVanishingAfterCollectionFailsAlone()
{
    const QDir dir = newRowDir();
    dir.mkpath(u"batch"_s);
    for (const char *name : {"a.txt", "b.txt", "c.txt"})
        QVERIFY(writeFile(dir.filePath(u"batch/"_s + QLatin1StringView(name)),
                          "Title: " + QByteArray(name) + "\n\nIt counted " + QByteArray(name) + " 3 times.\n"));
    const QStringList collected = ArticleImporter::collectFiles({dir.filePath(u"batch"_s)});
    QCOMPARE(collected.size(), 3);
    QVERIFY(QFile::remove(collected.at(1)));

    const auto project = Project::open(m_project);
    CLAIMBENCH_VERIFY_OK(project);
    const QList<ImportOutcome> outcomes = ArticleImporter(*project).importAll(collected);
    QCOMPARE(outcomes.size(), 3);
    QCOMPARE(outcomes.at(0).status, ImportOutcome::Status::Imported);
    QCOMPARE(outcomes.at(1).status, ImportOutcome::Status::Failed);
    QVERIFY(outcomes.at(1).reason.contains(u"does not exist"_s));
    QCOMPARE(outcomes.at(2).status, ImportOutcome::Status::Imported);
    QCOMPARE((*project)->articles().list()->size(), 3);
}

// A full disk, made without root by the file-size limit (RLIMIT_FSIZE) of a
// child claimbench-cli: every write past `room` bytes fails with EFBIG, as
// writes to a full disk fail with ENOSPC (SIGXFSZ is ignored so the process
// sees the error instead of dying). SQLite's journal must roll the project
// back to exactly what it was.
void TestBadInput::fullDiskChangesNothing_data()
{
    QTest::addColumn<bool>("newProject");
    QTest::addColumn<qint64>("room"); // bytes the child may write past the project's size
    QTest::addColumn<QString>("saying"); // in the message, which names the project
    QTest::addColumn<int>("filesAfter"); // files too large for the room named after big.txt
    // Regression: an existing project's full disk was reported as "big.txt:
    // Could not save to the project (disk I/O error ...)", naming the article.
    QTest::newRow("import into an existing project") << false << 64 * 1024LL << u"the disk is full"_s << 0;
    // The import stops at the project's first refusal when no file fits:
    // one message, not one per file.
    QTest::newRow("import of three files into an existing project")
        << false << 64 * 1024LL << u"the disk is full or refuses more data (File too large); the import stopped, "
                                   "2 more files not imported"_s << 2;
    // Regression: a new project on a full disk was reported as "not a readable SQLite database".
    QTest::newRow("no room for a new project") << true << 8 * 1024LL << u"the disk is full"_s << 0;
    QTest::newRow("no room for a new project's log") << true << 16 * 1024LL << u"the disk is full"_s << 0;
}

void TestBadInput::fullDiskChangesNothing()
{
    CLAIMBENCH_SKIP_ON_SERVER("a full disk is made by the child's file-size limit (RLIMIT_FSIZE), which does not "
                              "apply to the server's writes");
    QFETCH(bool, newProject);
    QFETCH(qint64, room);
    QFETCH(QString, saying);
    QFETCH(int, filesAfter);
    const QDir dir = newRowDir();
    const QString project = dir.filePath(newProject ? u"new.claimbench"_s : u"project.claimbench"_s);
    // 2 MB of distinct text: more than the room left.
    QVERIFY(writeFile(dir.filePath(u"big.txt"_s), "Title: Big\n\n" + paragraphs("Big", 40000)));
    QStringList arguments{u"import"_s, project, dir.filePath(u"big.txt"_s)};
    for (int i = 0; i < filesAfter; ++i) {
        arguments.append(dir.filePath(u"big-%1.txt"_s.arg(i)));
        QVERIFY(writeFile(arguments.last(), "Title: Big\n\n" + paragraphs("Big " + QByteArray::number(i), 20000)));
    }
    const auto before = folderListing(dir.path());

    QProcess child;
    child.setChildProcessModifier(fileSizeLimit(rlim_t(QFileInfo(project).size() + room)));
    child.start(QStringLiteral(CLAIMBENCH_CLI), arguments);
    QVERIFY(child.waitForFinished(120000));
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QCOMPARE(child.exitCode(), int(ExitBadInput));
    const QStringList said = messages(QString::fromUtf8(child.readAllStandardError()));
    QCOMPARE(said.size(), 1);
    qInfo("%s", qPrintable(said.constFirst()));
    // The project named, first or in the reason.
    QVERIFY2(said.constFirst().startsWith(u"claimbench-cli: "_s)
                 && said.constFirst().contains(u"Could not write the project "_s + project),
             qPrintable(said.constFirst()));
    QVERIFY2(said.constFirst().contains(saying), qPrintable(said.constFirst()));
    if (!newProject) // one line, for big.txt: the files after it are not tried
        QCOMPARE(QString::fromUtf8(child.readAllStandardOutput()).count(u'\n'), 1);
    QCOMPARE(folderListing(dir.path()), before);
    if (!newProject) {
        const auto check = inspectStore(project);
        CLAIMBENCH_VERIFY_OK(check);
        QCOMPARE(check->integrity, u"ok"_s);
    }
}

// Regression: one file too large for a nearly full disk failed its whole
// batch (the others fitted), and the failure was blamed on the batch's first
// file. The files around it are imported; it fails alone, named.
void TestBadInput::fullDiskFailsOnlyTheFileThatDoesNotFit()
{
    CLAIMBENCH_SKIP_ON_SERVER("a full disk is made by the child's file-size limit (RLIMIT_FSIZE), which does not "
                              "apply to the server's writes");
    const QDir dir = newRowDir();
    const QString project = dir.filePath(u"project.claimbench"_s);
    QList<QByteArray> arguments{"import", QFile::encodeName(project)};
    const std::pair<QString, int> files[] = {{u"a-small.txt"_s, 3}, {u"b-small.txt"_s, 3}, {u"c-big.txt"_s, 4000},
                                             {u"d-small.txt"_s, 3}};
    for (const auto &[name, count] : files) {
        QVERIFY(writeFile(dir.filePath(name), "Title: " + name.toUtf8() + "\n\n" + paragraphs(name.toUtf8(), count)));
        arguments.append(QFile::encodeName(dir.filePath(name)));
    }
    const ChildRun run = runChild(arguments, fileSizeLimit(rlim_t(QFileInfo(project).size() + 64 * 1024)));
    QCOMPARE(run.status, int(ExitBadInput));
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0], dir.filePath(u"a-small.txt: imported"_s));
    QCOMPARE(lines[1], dir.filePath(u"b-small.txt: imported"_s));
    QVERIFY2(lines[2].startsWith(dir.filePath(u"c-big.txt: failed: Could not write the project "_s) + project
                                 + u": the disk is full"_s),
             qPrintable(lines[2]));
    QCOMPARE(lines[3], dir.filePath(u"d-small.txt: imported"_s));
    const QStringList said = messages(run.err);
    QCOMPARE(said.size(), 1);
    QVERIFY2(said.constFirst().startsWith(u"claimbench-cli: "_s + dir.filePath(u"c-big.txt: "_s)),
             qPrintable(said.constFirst()));
    const auto check = inspectStore(project);
    CLAIMBENCH_VERIFY_OK(check);
    QCOMPARE(check->integrity, u"ok"_s);
    QCOMPARE(check->articles, 1 + 3);
}

// Regression: a FIFO among the inputs blocked the import forever in open().
// FIFOs, sockets and devices are skipped without being opened, in a folder
// or named directly; the files beside them are imported.
void TestBadInput::nonRegularFilesAreSkippedUnopened()
{
    const QDir dir = newRowDir();
    dir.mkpath(u"in"_s);
    QVERIFY(writeFile(dir.filePath(u"in/a.txt"_s), kGoodArticle));
    const QByteArray fifo = QFile::encodeName(dir.filePath(u"in/b.txt"_s));
    QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    const QByteArray socketPath = QFile::encodeName(dir.filePath(u"in/c.txt"_s));
    QVERIFY(socketPath.size() < qsizetype(sizeof address.sun_path));
    std::copy(socketPath.cbegin(), socketPath.cend(), address.sun_path);
    const int listening = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    QVERIFY(listening >= 0);
    QCOMPARE(::bind(listening, reinterpret_cast<const sockaddr *>(&address), sizeof address), 0);
    const ChildRun run = runChild({"import", QFile::encodeName(m_project), QFile::encodeName(dir.filePath(u"in"_s)),
                                   fifo, "/dev/null"});
    ::close(listening);
    QCOMPARE(run.status, int(ExitOk));
    QCOMPARE(run.out.split(u'\n', Qt::SkipEmptyParts),
             QStringList({dir.filePath(u"in/a.txt: imported"_s),
                          dir.filePath(u"in/b.txt: skipped: not a regular file (a named pipe)"_s),
                          dir.filePath(u"in/c.txt: skipped: not a regular file (a socket)"_s),
                          dir.filePath(u"in/b.txt: skipped: not a regular file (a named pipe)"_s),
                          u"/dev/null: skipped: not a regular file (a device)"_s}));
    checkImported(1, u"120 drones"_s);
}

// Regression: a subfolder that could not be listed (chmod 000, run as an
// unprivileged user) was left out without a word: "0 failed", exit 0. It
// fails as one entry naming it and why, exit 2 as for an unreadable file;
// the files beside it are imported. Root reads through chmod 000, so the
// child claimbench-cli drops to uid/gid 65534 (nobody), which must reach
// the row's folder and write the project there. On the server it reaches
// the cluster over TCP (127.0.0.1), as the socket's folder admits only the
// cluster's owner.
void TestBadInput::unreadableFolderFailsAlone()
{
    const QDir dir = newRowDir();
    dir.mkpath(u"lq/noperm"_s);
    QVERIFY(writeFile(dir.filePath(u"lq/a.txt"_s), kGoodArticle));
    QVERIFY(writeFile(dir.filePath(u"lq/noperm/b.txt"_s), "Title: Hidden\n\nIt says 9 tanks.\n"));
    QVERIFY(writeFile(dir.filePath(u"lq/z.txt"_s), "Title: Last\n\nThe last one counts 4 boats.\n"));
    const auto mode = [](const QString &path, mode_t bits) { return ::chmod(QFile::encodeName(path).constData(), bits); };
    QCOMPARE(mode(m_dir.path(), 0711), 0);
    QCOMPARE(mode(dir.path(), 0777), 0);
    QString project = m_project;
    if (onTestServer()) {
        auto address = ServerAddress::parse(m_project);
        CLAIMBENCH_VERIFY_OK(address);
        if (address->host.startsWith(u'/'))
            address->host = u"127.0.0.1"_s;
        project = address->toString();
    } else {
        QCOMPARE(mode(m_project, 0777), 0);
    }
    QCOMPARE(mode(dir.filePath(u"lq/noperm"_s), 0), 0);
    const ChildRun run = runChild({"import", QFile::encodeName(project), QFile::encodeName(dir.filePath(u"lq"_s))},
                                  [] {
                                      if (::geteuid() == 0 && (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0
                                                               || ::setuid(65534) != 0))
                                          ::_exit(127);
                                  });
    QCOMPARE(mode(dir.filePath(u"lq/noperm"_s), 0700), 0);
    QCOMPARE(run.out.split(u'\n', Qt::SkipEmptyParts),
             QStringList({dir.filePath(u"lq/a.txt: imported"_s),
                          dir.filePath(u"lq/noperm: failed: The folder cannot be read (Permission denied)"_s),
                          dir.filePath(u"lq/z.txt: imported"_s)}));
    QCOMPARE(run.status, int(ExitBadInput));
    const QStringList said = messages(run.err);
    QCOMPARE(said.size(), 1);
    QVERIFY2(said.constFirst().startsWith(u"claimbench-cli: "_s + dir.filePath(u"lq/noperm: "_s)),
             qPrintable(said.constFirst()));
    QVERIFY2(run.err.contains(u"2 imported, 0 duplicate, 0 skipped, 1 failed"_s), qPrintable(run.err));
    checkImported(2, u"4 boats"_s);
}

// Regressions: a file name that is not UTF-8, named directly, "did not
// exist" (Qt decodes arguments lossily), and so did a symbolic link loop.
// The first is imported and reported quoted, with its byte escaped; the
// loop fails as a loop.
void TestBadInput::oddNamesNamedDirectly()
{
    const QDir dir = newRowDir();
    const QByteArray name = QFile::encodeName(dir.path()) + "/caf\xFF.txt";
    QVERIFY(writeFile(dir.filePath(u"plain.txt"_s), kGoodArticle));
    QCOMPARE(::rename(QFile::encodeName(dir.filePath(u"plain.txt"_s)).constData(), name.constData()), 0);
    const QByteArray loop = QFile::encodeName(dir.filePath(u"loop"_s));
    QCOMPARE(::symlink("loop", loop.constData()), 0);
    const ChildRun run = runChild({"import", QFile::encodeName(m_project), name, loop});
    QCOMPARE(run.status, int(ExitBadInput));
    QCOMPARE(run.out.split(u'\n', Qt::SkipEmptyParts),
             QStringList({u"\""_s + dir.path() + u"/caf\\xff.txt\": imported"_s,
                          dir.filePath(u"loop: failed: The path is a loop of symbolic links that never reaches a file"_s)}));
    checkImported(1, u"120 drones"_s);
}

void TestBadInput::extractRefusesBadText_data()
{
    QTest::addColumn<QByteArray>("input");
    static const char binary[] = "\x00\x01\x02\x03 5 tanks \x00\xFF\xFE";
    QTest::newRow("binary") << QByteArray(binary, sizeof binary - 1);
    QTest::newRow("invalid UTF-8") << QByteArray("The count rose to 12\xC3\x28 and \xFF more.\n");
}

void TestBadInput::extractRefusesBadText()
{
    CLAIMBENCH_SKIP_ON_SERVER("extract reads no project: the file backend's run covers it");
    QFETCH(QByteArray, input);
    const CliRun run = runCli({u"extract"_s, u"-"_s}, input);
    QCOMPARE(run.status, int(ExitBadInput));
    QCOMPARE(messages(run.err).size(), 1);
    QVERIFY(run.out.isEmpty());
}

} // namespace Claimbench

QTEST_GUILESS_MAIN(Claimbench::TestBadInput)
#include "tst_badinput.moc"
