#include "cli/commandline.h"
#include "common/clirun.h"
#include "common/teamserver.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

// `claimbench-cli server init|grant`: SPEC's exit codes and one line on
// stderr, against the server in CLAIMBENCH_TEST_SERVER; the usage errors
// need no server.
class TestServerCommand : public QObject
{
    Q_OBJECT

private:
    std::optional<TeamServer> m_server;

    void requireServer()
    {
        if (const QString why = TeamServer::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        m_server.emplace();
    }

    // A project on the test server, and a role of it granted reviewer: its name.
    QString projectWithReviewer()
    {
        if (runCli({u"server"_s, u"init"_s, m_server->url(), u"--admin"_s, m_server->adminRole()}).status != int(ExitOk))
            return {};
        const QString reviewer = m_server->role(u"reviewer"_s);
        if (runCli({u"server"_s, u"grant"_s, m_server->url(), reviewer, u"reviewer"_s}).status != int(ExitOk))
            return {};
        return reviewer;
    }

    static QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
    {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return file.fileName();
    }

    static void verifyOneErrorLine(const CliRun &run, int status)
    {
        QCOMPARE(run.status, status);
        QVERIFY2(run.err.startsWith(u"claimbench-cli"_s), qPrintable(run.err));
        if (status == int(ExitBadInput))
            QCOMPARE(run.err.count(u'\n'), 1);
    }

private Q_SLOTS:
    void cleanup() { m_server.reset(); }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString url = u"postgresql://admin@/desk?host=/tmp&port=5432"_s;
        QTest::newRow("no action") << QStringList{u"server"_s};
        QTest::newRow("unknown action") << QStringList{u"server"_s, u"drop"_s, url};
        QTest::newRow("init without --admin") << QStringList{u"server"_s, u"init"_s, url};
        QTest::newRow("init with a surplus argument") << QStringList{u"server"_s, u"init"_s, url, u"x"_s, u"--admin"_s, u"a"_s};
        QTest::newRow("grant without a team role") << QStringList{u"server"_s, u"grant"_s, url, u"olena"_s};
        QTest::newRow("grant of an unknown team role")
            << QStringList{u"server"_s, u"grant"_s, url, u"olena"_s, u"editor"_s};
        QTest::newRow("grant with --admin")
            << QStringList{u"server"_s, u"grant"_s, url, u"olena"_s, u"viewer"_s, u"--admin"_s, u"a"_s};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const CliRun run = runCli(arguments);
        verifyOneErrorLine(run, int(ExitUsage));
        QCOMPARE(run.out, QString());
    }

    void aBadUrlIsBadInput()
    {
        const CliRun run = runCli({u"server"_s, u"init"_s, u"postgresql://admin:secret@host/desk"_s, u"--admin"_s,
                                   u"admin"_s});
        verifyOneErrorLine(run, int(ExitBadInput));
    }

    void initTwiceThenGrant()
    {
        requireServer();
        const QString url = m_server->url();
        const QString admin = m_server->adminRole();
        const CliRun first = runCli({u"server"_s, u"init"_s, url, u"--admin"_s, admin});
        QVERIFY2(first.status == int(ExitOk), qPrintable(first.err));
        QVERIFY2(first.out.contains(u"created the database"_s), qPrintable(first.out + first.err));
        const CliRun second = runCli({u"server"_s, u"init"_s, url, u"--admin"_s, admin});
        QCOMPARE(second.status, int(ExitOk));
        QCOMPARE(second.lines.size(), 1);
        QVERIFY2(second.out.contains(u"nothing changed"_s), qPrintable(second.out));

        const QString olena = m_server->role(u"olena"_s);
        const CliRun granted = runCli({u"server"_s, u"grant"_s, url, olena, u"reviewer"_s});
        QCOMPARE(granted.status, int(ExitOk));
        QVERIFY(m_server->isMember(olena, u"claimbench_reviewer"_s));
        const CliRun again = runCli({u"server"_s, u"grant"_s, url, olena, u"reviewer"_s});
        QCOMPARE(again.status, int(ExitOk));
        QVERIFY2(again.out.contains(u" is already a reviewer; nothing changed"_s), qPrintable(again.out));
        QCOMPARE(runCli({u"server"_s, u"grant"_s, url, olena, u"analyst"_s}).status, int(ExitOk));
        const CliRun analystAgain = runCli({u"server"_s, u"grant"_s, url, olena, u"analyst"_s});
        QVERIFY2(analystAgain.out.contains(u" is already an analyst; nothing changed"_s), qPrintable(analystAgain.out));
    }

    void grantOfAMissingRoleIsBadInput()
    {
        requireServer();
        QCOMPARE(runCli({u"server"_s, u"init"_s, m_server->url(), u"--admin"_s, m_server->adminRole()}).status,
                 int(ExitOk));
        const CliRun run = runCli({u"server"_s, u"grant"_s, m_server->url(), m_server->database() + u"_nobody"_s,
                                   u"analyst"_s});
        verifyOneErrorLine(run, int(ExitBadInput));
        QVERIFY2(run.err.contains(u"CREATE ROLE"_s), qPrintable(run.err));
    }

    // The server refuses: the URL's user may not create roles or databases.
    void initByAnOrdinaryRoleIsBadInput()
    {
        requireServer();
        const QString ordinary = m_server->role(u"ordinary"_s);
        ServerAddress address = m_server->address(ordinary);
        const CliRun run = runCli({u"server"_s, u"init"_s, address.toString(), u"--admin"_s, ordinary});
        verifyOneErrorLine(run, int(ExitBadInput));
        QVERIFY(!m_server->scalar(u"SELECT 1 FROM pg_database WHERE datname = ?"_s, {m_server->database()}).isValid());
    }

    // A reviewer's import and new metric are refused by the server and
    // reported, and nothing else is printed: a refusal printed QPSQL's
    // "Unable to free statement" on stderr (cold test, issue 17), a prepared
    // statement freed in the transaction the refusal had aborted.
    void reviewersWritesAreRefusedWithoutDriverWarnings()
    {
        requireServer();
        const QString reviewer = projectWithReviewer();
        QVERIFY(!reviewer.isEmpty());
        QTemporaryDir dir;
        const QString article = writeFile(dir, u"drones.txt"_s, "63 drones were launched overnight.\n");
        QVERIFY(!article.isEmpty());
        QCOMPARE(runCli({u"import"_s, m_server->url(), article}).status, int(ExitOk));
        const QString script = writeFile(
            dir, u"claim.jsonl"_s, R"({"op":"create-claim","article":1,"start":0,"end":2,"metric":"drones launched"})" "\n");
        const QString other = writeFile(dir, u"shahed.txt"_s, "Forty Shahed drones were shot down.\n");
        QVERIFY(!script.isEmpty() && !other.isEmpty());

        static QStringList warnings;
        warnings.clear();
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext &, const QString &text) {
                if (type != QtDebugMsg && type != QtInfoMsg)
                    warnings.append(text);
            });
        const CliRun edit = runCli({u"edit"_s, m_server->url(reviewer), script});
        const CliRun import = runCli({u"import"_s, m_server->url(reviewer), other});
        // A file already stored is refused the same way, not called a duplicate.
        const CliRun stored = runCli({u"import"_s, m_server->url(reviewer), article});
        qInstallMessageHandler(previous);

        QVERIFY2(edit.status == int(ExitBadInput) && edit.err.contains(u"may not"_s), qPrintable(edit.err));
        const QString importSaid = import.out + import.err;
        QVERIFY2(import.status == int(ExitBadInput) && importSaid.contains(u"may not"_s), qPrintable(importSaid));
        QCOMPARE(stored.status, int(ExitBadInput));
        QCOMPARE(stored.out, QString());
        QCOMPARE(stored.err, u"claimbench-cli: "_s + m_server->url(reviewer)
                                 + u": Your role on the team server (reviewer) may not import articles\n"_s);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestServerCommand)
#include "tst_servercommand.moc"
