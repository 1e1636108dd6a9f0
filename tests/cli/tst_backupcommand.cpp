#include "cli/commandline.h"
#include "common/clirun.h"
#include "common/freshprojects.h"
#include "common/resultcheck.h"
#include "core/store/project.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

// `claimbench-cli backup PROJECT DEST`: SPEC's exit codes, one line on stderr.
class TestBackupCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_projects.emplace();
        const Result<QString> location = m_projects->location();
        CLAIMBENCH_VERIFY_OK(location);
        m_project = *location;
        QFile article(m_projects->filePath(u"drones.txt"_s));
        QVERIFY(article.open(QIODevice::WriteOnly) && article.write("63 drones were launched overnight.\n") > 0);
        article.close();
        QCOMPARE(runCli({u"import"_s, m_project, article.fileName()}).status, int(ExitOk));
    }

    void copiesTheProject()
    {
        const QString copy = m_projects->filePath(u"copy.claimbench"_s);
        const CliRun run = runCli({u"backup"_s, m_project, copy});
        QCOMPARE(run.status, int(ExitOk));
        QCOMPARE(run.out, QString());
        QCOMPARE(run.err, QString());
        const CliRun listed = runCli({u"articles"_s, copy});
        QCOMPARE(listed.status, int(ExitOk));
        QCOMPARE(listed.out, runCli({u"articles"_s, m_project}).out);
    }

    void refusesTheProjectItself()
    {
        CLAIMBENCH_SKIP_ON_SERVER("about the project file: a copy over itself");
        const QByteArray before = fileBytes(m_project);
        const CliRun run = runCli({u"backup"_s, m_project, m_project});
        QCOMPARE(run.status, int(ExitBadInput));
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.startsWith(u"claimbench-cli: "_s + m_project + u": "_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"the project being copied"_s), qPrintable(run.err));
        QCOMPARE(fileBytes(m_project), before);
    }

    void unwritableDestinationIsBadInput()
    {
        const QString copy = m_projects->filePath(u"missing/copy.claimbench"_s);
        const CliRun run = runCli({u"backup"_s, m_project, copy});
        QCOMPARE(run.status, int(ExitBadInput));
        QCOMPARE(run.err.count(u'\n'), 1);
        // Each path named once: the project copied, then where to.
        QVERIFY2(run.err.startsWith(u"claimbench-cli: "_s + m_project + u": Cannot save a copy to "_s + copy),
                 qPrintable(run.err));
        QCOMPARE(run.err.count(copy), 1);
        QVERIFY(!QFile::exists(copy));
    }

    void missingProjectIsBadInput()
    {
        const QString copy = m_projects->filePath(u"copy.claimbench"_s);
        const CliRun run = runCli({u"backup"_s, m_projects->filePath(u"none.claimbench"_s), copy});
        QCOMPARE(run.status, int(ExitBadInput));
        QVERIFY(!QFile::exists(copy));
        QVERIFY(!QFile::exists(m_projects->filePath(u"none.claimbench"_s)));
    }

    void usageErrors()
    {
        QCOMPARE(runCli({u"backup"_s, m_project}).status, int(ExitUsage));
        QCOMPARE(runCli({u"backup"_s, m_project, u"a"_s, u"b"_s}).status, int(ExitUsage));
        const CliRun help = runCli({u"backup"_s, u"--help"_s});
        QCOMPARE(help.status, int(ExitOk));
        QVERIFY2(help.out.contains(u"backup [options] PROJECT DEST"_s) || help.out.contains(u"backup PROJECT DEST"_s),
                 qPrintable(help.out));
        QVERIFY(runCli({u"--help"_s}).out.contains(u"\n  backup "_s));
    }

private:
    static QByteArray fileBytes(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    std::optional<FreshProjects> m_projects; // new for each test function
    QString m_project;
};

QTEST_GUILESS_MAIN(TestBackupCommand)
#include "tst_backupcommand.moc"
