#include "cli/commandline.h"
#include "common/clirun.h"
#include "core/store/project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

QJsonObject object(const QString &line)
{
    return QJsonDocument::fromJson(line.toUtf8()).object();
}

} // namespace

class TestExtractCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stdinGivesOneObject()
    {
        const CliRun run = runCli({u"extract"_s, u"--published"_s, u"2025-06-13"_s},
                                  "The UK Defense Ministry said on Thursday that about 250,000 troops were killed.\n");
        QCOMPARE(run.status, int(ExitOk));
        QCOMPARE(run.lines.size(), 1);
        const QJsonObject json = object(run.lines.constFirst());
        const QJsonObject figure = json.value(u"figures"_s).toArray().at(0).toObject();
        QCOMPARE(figure.value(u"text"_s).toString(), u"250,000"_s);
        QCOMPARE(figure.value(u"value"_s).toInteger(), 250000);
        QCOMPARE(figure.value(u"unit"_s).toString(), u"troops"_s);
        QCOMPARE(figure.value(u"qualifier"_s).toString(), u"approximately"_s);
        QCOMPARE(figure.value(u"claimant"_s).toString(), u"UK Defense Ministry"_s);
        QCOMPARE(figure.value(u"as_of"_s).toString(), u"2025-06-12"_s);
        QCOMPARE(json.value(u"dates"_s).toArray().at(0).toObject().value(u"text"_s).toString(), u"Thursday"_s);
    }

    void offsetsCountCodePoints()
    {
        const CliRun run = runCli({u"extract"_s, u"-"_s}, "\xF0\x9F\x98\x80 63 drones");
        QCOMPARE(run.status, int(ExitOk));
        const QJsonObject figure = object(run.lines.constFirst()).value(u"figures"_s).toArray().at(0).toObject();
        QCOMPARE(figure.value(u"start"_s).toInt(), 2);
        QCOMPARE(figure.value(u"end"_s).toInt(), 4);
    }

    // SPEC: offsets index the input, and a BOM is part of it (tolerated, not
    // left out of the count): code point 0, the first character after it at
    // 1. Counted from after the BOM, the offsets were one short of the input.
    void bomCountsInOffsets_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("boms");
        QTest::newRow("one text") << QStringList() << 1;
        QTest::newRow("lines") << QStringList{u"--lines"_s} << 1;
        // Regression: the second of two BOMs was dropped, every offset one short.
        QTest::newRow("two BOMs") << QStringList() << 2;
        QTest::newRow("three BOMs, lines") << QStringList{u"--lines"_s} << 3;
    }
    void bomCountsInOffsets()
    {
        QFETCH(QStringList, options);
        QFETCH(int, boms);
        const CliRun run = runCli(QStringList{u"extract"_s} + options, QByteArray("\xEF\xBB\xBF").repeated(boms) + "12 people\n");
        QCOMPARE(run.status, int(ExitOk));
        const QJsonObject figure = object(run.lines.constFirst()).value(u"figures"_s).toArray().at(0).toObject();
        QCOMPARE(figure.value(u"start"_s).toInt(), boms);
        QCOMPARE(figure.value(u"end"_s).toInt(), boms + 2);
        QCOMPARE(figure.value(u"text"_s).toString(), u"12"_s);
    }

    // One read of a pipe returns what its writer has written so far: the
    // program read one chunk and took it for the whole input ("first 5
    // troops." without "then 7 drones.", 2,666 of 20,000 lines). The real
    // program, its stdin a pipe that a shell writes in two chunks a second
    // apart, or in many.
    void stdinPipeIsReadToItsEnd_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("writer"); // a shell command writing the input
        QTest::addColumn<int>("lines");      // JSON objects expected
        QTest::addColumn<QList<int>>("values"); // the figures of the first object
        const QString twoChunks = u"echo 'first 5 troops.'; sleep 1; echo 'then 7 drones.'"_s;
        QTest::newRow("one text, two chunks") << QStringList{u"-"_s} << twoChunks << 1 << QList<int>{5, 7};
        QTest::newRow("lines, two chunks") << QStringList{u"--lines"_s, u"-"_s} << twoChunks << 2 << QList<int>{5};
        QTest::newRow("20,000 lines") << QStringList{u"--lines"_s, u"-"_s}
                                      << u"yes 'About 20 tanks were seen.' | head -n 20000"_s << 20000
                                      << QList<int>{20};
    }
    void stdinPipeIsReadToItsEnd()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, writer);
        QFETCH(int, lines);
        QFETCH(QList<int>, values);
        QProcess shell;
        QProcess cli;
        shell.setStandardOutputProcess(&cli);
        cli.start(QStringLiteral(CLAIMBENCH_CLI), QStringList{u"extract"_s} + options);
        shell.start(u"/bin/sh"_s, {u"-c"_s, writer});
        QVERIFY(shell.waitForFinished(60000));
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.readAllStandardError(), QByteArray());
        QCOMPARE(cli.exitCode(), int(ExitOk));
        const QList<QByteArray> out = cli.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(out.size(), lines);
        QList<int> found;
        const QJsonArray figures = QJsonDocument::fromJson(out.constFirst()).object().value(u"figures"_s).toArray();
        for (const QJsonValue &figure : figures)
            found.append(figure.toObject().value(u"value"_s).toInt());
        QCOMPARE(found, values);
    }

    // A standard input that cannot be read (a folder, or closed) is an error
    // said once, never the end of the input nor a read retried forever.
    void unreadableStdinIsAnError_data()
    {
        QTest::addColumn<QString>("arguments"); // after the program, in sh syntax
        QTest::addColumn<QString>("redirection");
        QTest::newRow("extract, folder") << u"extract -"_s << u"< /"_s;
        QTest::newRow("extract --lines, folder") << u"extract --lines -"_s << u"< /"_s;
        QTest::newRow("extract, closed") << u"extract -"_s << u"<&-"_s;
        QTest::newRow("edit, folder") << u"edit \"$1\" -"_s << u"< /"_s;
        QTest::newRow("edit, closed") << u"edit \"$1\" -"_s << u"<&-"_s;
    }
    void unreadableStdinIsAnError()
    {
        QFETCH(QString, arguments);
        QFETCH(QString, redirection);
        QTemporaryDir dir;
        const QString project = dir.filePath(u"p.claimbench"_s);
        QVERIFY(Project::open(project, Project::OpenMode::CreateIfMissing).has_value());
        QProcess cli;
        cli.start(u"/bin/sh"_s, {u"-c"_s, u"exec \"$0\" "_s + arguments + u' ' + redirection,
                                 QStringLiteral(CLAIMBENCH_CLI), project});
        QVERIFY(cli.waitForFinished(20000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.readAllStandardOutput(), QByteArray());
        QCOMPARE(cli.exitCode(), int(ExitBadInput));
        const QByteArray err = cli.readAllStandardError();
        QVERIFY2(err.contains("stdin: could not read") && err.count('\n') == 1, err.constData());
    }

    // Regression: output lost to a full disk exited 0.
    void unwritableStdoutIsAnError_data()
    {
        QTest::addColumn<QString>("arguments");
        QTest::newRow("extract") << u"extract -"_s;
        QTest::newRow("extract --lines") << u"extract --lines -"_s;
    }
    void unwritableStdoutIsAnError()
    {
        QFETCH(QString, arguments);
        if (!QFile::exists(u"/dev/full"_s))
            QSKIP("no /dev/full here");
        QProcess cli;
        cli.start(u"/bin/sh"_s, {u"-c"_s, u"echo 'About 20 tanks.' | \"$0\" "_s + arguments + u" > /dev/full"_s,
                                 QStringLiteral(CLAIMBENCH_CLI)});
        QVERIFY(cli.waitForFinished(20000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), int(ExitBadInput));
        const QByteArray err = cli.readAllStandardError();
        QVERIFY2(err.contains("stdout: could not write") && err.count('\n') == 1, err.constData());
    }

    void linesGiveOneObjectEach()
    {
        const CliRun run = runCli({u"extract"_s, u"--lines"_s}, "About 20 tanks.\r\nNo numbers here\n12%\n");
        QCOMPARE(run.status, int(ExitOk));
        QCOMPARE(run.lines.size(), 3);
        QCOMPARE(object(run.lines[0]).value(u"figures"_s).toArray().at(0).toObject().value(u"start"_s).toInt(), 6);
        QVERIFY(object(run.lines[1]).value(u"figures"_s).toArray().isEmpty());
        QCOMPARE(object(run.lines[2]).value(u"figures"_s).toArray().at(0).toObject().value(u"unit"_s).toString(), u"%"_s);
    }

    void readsFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("It costs $72 billion.");
        file.close();
        const CliRun run = runCli({u"extract"_s, path});
        QCOMPARE(run.status, int(ExitOk));
        QCOMPARE(object(run.lines.constFirst()).value(u"figures"_s).toArray().at(0).toObject().value(u"unit"_s).toString(),
                 u"USD"_s);
    }

    void nulIsBinaryBadInput()
    {
        const CliRun run = runCli({u"extract"_s}, QByteArray("abc\0 5 people", 14));
        QCOMPARE(run.status, int(ExitBadInput));
        QVERIFY(run.lines.isEmpty());
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.contains(u"byte 3"_s) && run.err.contains(u"binary"_s), qPrintable(run.err));
    }

    void invalidUtf8NamesTheByte()
    {
        const CliRun run = runCli({u"extract"_s}, "caf\xE9 63");
        QCOMPARE(run.status, int(ExitBadInput));
        QVERIFY(run.lines.isEmpty());
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.contains(u"byte 3"_s) && run.err.contains(u"stdin"_s), qPrintable(run.err));
    }

    void missingFileIsBadInput()
    {
        const CliRun run = runCli({u"extract"_s, u"/nonexistent/claimbench.txt"_s});
        QCOMPARE(run.status, int(ExitBadInput));
        QVERIFY(run.err.contains(u"/nonexistent/claimbench.txt"_s));
    }

    void outletClaimsItsOwnReleasesFigures_data()
    {
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("claimant");
        QTest::newRow("statistics office") << u"Office for National Statistics"_s << u"Office for National Statistics"_s;
        QTest::newRow("name on two lines, one line") << u"Office for\nNational Statistics "_s
                                                    << u"Office for National Statistics"_s;
        QTest::newRow("news outlet") << u"The Dunmore Courier"_s << QString();
        QTest::newRow("none") << QString() << QString();
    }
    void outletClaimsItsOwnReleasesFigures()
    {
        QFETCH(QString, outlet);
        QFETCH(QString, claimant);
        QStringList args{u"extract"_s};
        if (!outlet.isEmpty())
            args << u"--outlet"_s << outlet;
        const CliRun run = runCli(args, "Unemployment rose to 4.2% in the three months to May.\n");
        QCOMPARE(run.status, int(ExitOk));
        const QJsonObject figure = object(run.lines.constFirst()).value(u"figures"_s).toArray().at(0).toObject();
        QCOMPARE(figure.value(u"claimant"_s).toString(), claimant);
    }

    void outletOfPastedTextIsUsageError()
    {
        const CliRun run = runCli({u"extract"_s, u"--outlet"_s, QString(400, u'M')}, "12 people");
        QCOMPARE(run.status, int(ExitUsage));
        QVERIFY(run.lines.isEmpty());
    }

    // SPEC: --language en|uk|ru|auto. The language decides which rules read
    // the text: a Ukrainian text read as English rules would take the next
    // word as the unit.
    void languageChoosesTheRules_data()
    {
        QTest::addColumn<QStringList>("language");
        QTest::newRow("default: auto") << QStringList();
        QTest::newRow("auto") << QStringList{u"--language"_s, u"auto"_s};
        QTest::newRow("uk") << QStringList{u"--language"_s, u"uk"_s};
        QTest::newRow("ru, a region tag") << QStringList{u"--language"_s, u"ru-RU"_s};
    }
    void languageChoosesTheRules()
    {
        QFETCH(QStringList, language);
        const CliRun run = runCli(QStringList{u"extract"_s} + language, "Росія випустила 805 дронів.\n");
        QCOMPARE(run.status, int(ExitOk));
        const QJsonArray figures = object(run.lines.constFirst()).value(u"figures"_s).toArray();
        QCOMPARE(figures.size(), 1);
        QCOMPARE(figures.at(0).toObject().value(u"value"_s).toDouble(), 805.0);
    }

    void unknownLanguageIsUsageError_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << u"de"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("a name") << u"Ukrainian"_s;
    }
    void unknownLanguageIsUsageError()
    {
        QFETCH(QString, language);
        const CliRun run = runCli({u"extract"_s, u"--language"_s, language}, "12 people");
        QCOMPARE(run.status, int(ExitUsage));
        QVERIFY(run.lines.isEmpty());
        QVERIFY2(run.err.contains(u"--language"_s), qPrintable(run.err));
    }

    void badPublishedIsUsageError()
    {
        const CliRun run = runCli({u"extract"_s, u"--published"_s, u"13/06/2025"_s}, "12 people");
        QCOMPARE(run.status, int(ExitUsage));
        QVERIFY(run.lines.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExtractCommand)
#include "tst_extractcommand.moc"
