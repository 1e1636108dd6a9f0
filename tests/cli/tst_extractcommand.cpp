#include "clirun.h"
#include "cli/commandline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

    void bomIsTolerated()
    {
        const CliRun run = runCli({u"extract"_s}, "\xEF\xBB\xBF" "12 people");
        QCOMPARE(run.status, int(ExitOk));
        QCOMPARE(object(run.lines.constFirst()).value(u"figures"_s).toArray().at(0).toObject().value(u"start"_s).toInt(), 0);
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

    void badPublishedIsUsageError()
    {
        const CliRun run = runCli({u"extract"_s, u"--published"_s, u"13/06/2025"_s}, "12 people");
        QCOMPARE(run.status, int(ExitUsage));
        QVERIFY(run.lines.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExtractCommand)
#include "tst_extractcommand.moc"
