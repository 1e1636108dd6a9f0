#include "cli/commandline.h"
#include "common/clirun.h"
#include "common/resultcheck.h"
#include "common/teamserver.h"
#include "common/testbackend.h"
#include "common/testfiles.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

// The exports SPEC promises a round trip keeps byte for byte.
struct Exports
{
    QString claims;
    QString articles;
};

Exports exportsOf(const QString &project)
{
    return {runCli({u"claims"_s, project, u"--format"_s, u"json"_s}).out,
            runCli({u"articles"_s, project, u"--with-body"_s, u"--format"_s, u"json"_s}).out};
}

} // namespace

// `claimbench-cli copy SOURCE DEST`: SPEC's exit codes, one line on stderr,
// the rows and rate on stdout, the same exports after the copy.
class TestCopyCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_source = m_dir.filePath(u"source.claimbench"_s);
        const QString night = m_dir.filePath(u"night.txt"_s);
        const QString day = m_dir.filePath(u"day.txt"_s);
        QVERIFY(writeFile(night, "Drones overnight\n\n\xF0\x9F\x92\xA5 Russia launched 63 drones overnight; 28 were "
                                 "shot down.\n"));
        QVERIFY(writeFile(day, "\xD0\x92\xD0\xB4\xD0\xB5\xD0\xBD\xD1\x8C\n\n12 more by day.\n"));
        QCOMPARE(runCli({u"import"_s, m_source, night, day}).status, int(ExitOk));
        const QString claims = m_dir.filePath(u"claims.json"_s);
        QVERIFY(writeFile(claims, R"([
            {"article_title": "Drones overnight", "quote": "63 drones", "value": 63, "unit": "drones",
             "metric": "Drones launched", "claimant": "Ukrainian Air Force", "as_of": "2025-06-12",
             "note": "first line,\nsecond line"},
            {"article_title": "Drones overnight", "quote": "28", "value": 28, "low": 20, "high": 30.5,
             "qualifier": "at least", "metric": "Drones shot down"},
            {"article_title": "Вдень", "quote": "12", "value": 12, "as_of": "2025"}
        ])"));
        const CliRun added = runCli({u"claims"_s, m_source, u"--add"_s, claims});
        QVERIFY2(added.status == int(ExitOk), qPrintable(added.out + added.err));
        m_exports = exportsOf(m_source);
        QVERIFY(m_exports.claims.count(u"\"quote\""_s) == 3);
    }

    void copiesFileToFile()
    {
        const QString copy = m_dir.filePath(u"copy.claimbench"_s);
        const CliRun run = runCli({u"copy"_s, m_source, copy});
        QVERIFY2(run.status == int(ExitOk), qPrintable(run.err));
        QCOMPARE(run.err, QString());
        QCOMPARE(run.lines.size(), 1);
        static const QRegularExpression summary(u"^copied (\\d+) rows of (\\d+) tables to (.+) in [0-9.]+ s "
                                                "\\((\\d+) rows/s\\)$"_s);
        const QRegularExpressionMatch match = summary.match(run.lines.first());
        QVERIFY2(match.hasMatch(), qPrintable(run.out));
        QVERIFY(match.captured(1).toInt() >= 8); // 2 articles, 3 claims, 2 metrics, a claimant...
        QCOMPARE(match.captured(3), copy);
        const Exports copied = exportsOf(copy);
        QCOMPARE(copied.claims, m_exports.claims);
        QCOMPARE(copied.articles, m_exports.articles);
    }

    // file -> server -> file: byte for byte the same exports, ids included.
    void roundTripThroughServer()
    {
        CLAIMBENCH_SKIP_WITHOUT_SERVER();
        TestDatabases databases;
        const Result<QString> server = databases.create();
        CLAIMBENCH_VERIFY_OK(server);
        const CliRun there = runCli({u"copy"_s, m_source, *server});
        QVERIFY2(there.status == int(ExitOk), qPrintable(there.err));
        const Exports onServer = exportsOf(*server);
        QCOMPARE(onServer.claims, m_exports.claims);
        QCOMPARE(onServer.articles, m_exports.articles);
        const QString back = m_dir.filePath(u"back.claimbench"_s);
        const CliRun home = runCli({u"copy"_s, *server, back});
        QVERIFY2(home.status == int(ExitOk), qPrintable(home.err));
        const Exports roundTrip = exportsOf(back);
        QCOMPARE(roundTrip.claims, m_exports.claims);
        QCOMPARE(roundTrip.articles, m_exports.articles);
        // A second copy into the now full database is refused.
        const CliRun again = runCli({u"copy"_s, m_source, *server});
        QCOMPARE(again.status, int(ExitBadInput));
        QCOMPARE(again.err.count(u'\n'), 1);
        QVERIFY2(again.err.contains(u"not empty"_s), qPrintable(again.err));
        QVERIFY2(!again.err.contains(m_source), qPrintable(again.err));
    }

    // A URL with a password is refused without echoing the password, and
    // named once.
    void passwordInDestinationIsMasked()
    {
        const CliRun run = runCli({u"copy"_s, m_source, u"postgresql://anna:secret@db.example/war"_s});
        QCOMPARE(run.status, int(ExitBadInput));
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(!run.err.contains(u"secret"_s), qPrintable(run.err));
        QCOMPARE(run.err.count(u"postgresql://anna:***@db.example/war"_s), 1);
    }

    // A server's several-line reason is one line of the CLI's output, and a
    // connection lost mid-work is said in the CLI's words, not the window's.
    void aLostConnectionIsOneLine()
    {
        const QString reason = u"failed: The connection to the team server was lost; Claimbench reconnects for the "
                               "next step. Check that this change was saved (server closed the connection "
                               "unexpectedly\n\tThis probably means the server terminated abnormally\n)"_s;
        QCOMPARE(oneLineReason(reason),
                 u"failed: The server connection was lost (server closed the connection unexpectedly)"_s);
        QCOMPARE(oneLineReason(u"imported"_s), u"imported"_s);
    }

    void existingDestinationIsBadInput()
    {
        const QString taken = m_dir.filePath(u"taken.claimbench"_s);
        QVERIFY(writeFile(taken, "someone's notes"));
        const CliRun run = runCli({u"copy"_s, m_source, taken});
        QCOMPARE(run.status, int(ExitBadInput));
        QCOMPARE(run.out, QString());
        QCOMPARE(run.err.count(u'\n'), 1);
        // Named after DEST, which the message is about (not SOURCE).
        QVERIFY2(run.err.startsWith(u"claimbench-cli: "_s + taken + u": "_s + taken + u" already exists"_s),
                 qPrintable(run.err));
        QVERIFY2(!run.err.contains(m_source), qPrintable(run.err));
        QCOMPARE(readFile(taken), QByteArray("someone's notes"));
    }

    void missingSourceIsBadInput()
    {
        const QString missing = m_dir.filePath(u"missing.claimbench"_s);
        const QString copy = m_dir.filePath(u"never.claimbench"_s);
        const CliRun run = runCli({u"copy"_s, missing, copy});
        QCOMPARE(run.status, int(ExitBadInput));
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.startsWith(u"claimbench-cli: "_s + missing + u": "_s), qPrintable(run.err));
        QVERIFY(!QFile::exists(copy));
        QVERIFY(!QFile::exists(missing));
    }

    void unreachableServerIsBadInput()
    {
        const QString nowhere = u"postgresql://nobody@/claimbench?host=%1&port=1"_s.arg(m_dir.filePath(u"nosuch"_s));
        const CliRun run = runCli({u"copy"_s, m_source, nowhere});
        QCOMPARE(run.status, int(ExitBadInput));
        QCOMPARE(run.err.count(u'\n'), 1);
        // About DEST, named once, and not SOURCE.
        QVERIFY2(run.err.startsWith(u"claimbench-cli: Could not connect to "_s + nowhere), qPrintable(run.err));
        QCOMPARE(run.err.count(nowhere), 1);
        QVERIFY2(!run.err.contains(m_source), qPrintable(run.err));
    }

    // Cold test (issue 17): DEST's refusal was printed after SOURCE's name.
    // A role that may not build tables in the database DEST names.
    void aDestinationThatRefusesIsNamed()
    {
        CLAIMBENCH_SKIP_WITHOUT_SERVER();
        TeamServer server;
        QVERIFY(server.exec(u"CREATE DATABASE "_s + server.database()));
        const QString destination = server.url(server.role(u"ordinary"_s));
        const CliRun run = runCli({u"copy"_s, m_source, destination});
        QCOMPARE(run.status, int(ExitBadInput));
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.startsWith(u"claimbench-cli: Cannot copy to "_s + destination + u" ("_s), qPrintable(run.err));
        QVERIFY2(!run.err.contains(m_source), qPrintable(run.err));
        QCOMPARE(run.err.count(u'('), run.err.count(u')'));
    }

    void oneArgumentIsAUsageError()
    {
        const CliRun run = runCli({u"copy"_s, m_source});
        QCOMPARE(run.status, int(ExitUsage));
        QVERIFY(!run.err.isEmpty());
    }

    void helpNamesTheCommand()
    {
        const CliRun run = runCli({u"--help"_s});
        QCOMPARE(run.status, int(ExitOk));
        QVERIFY2(run.out.contains(u"copy"_s), qPrintable(run.out));
        const CliRun own = runCli({u"copy"_s, u"--help"_s});
        QCOMPARE(own.status, int(ExitOk));
        QVERIFY2(own.out.contains(u"SOURCE"_s) && own.out.contains(u"DEST"_s), qPrintable(own.out));
    }

private:
    QTemporaryDir m_dir;
    QString m_source;
    Exports m_exports;
};

QTEST_GUILESS_MAIN(TestCopyCommand)
#include "tst_copycommand.moc"
