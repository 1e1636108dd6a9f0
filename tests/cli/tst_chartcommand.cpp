#include "cli/chartcommand.h"
#include "common/bundledsample.h"
#include "common/clirun.h"
#include "common/freshprojects.h"
#include "common/resultcheck.h"

#include <QDir>
#include <QFile>
#include <qplatformdefs.h>
#include <QImage>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

const QString kCasualties = u"Russian military casualties (killed and wounded)"_s;

// What reached the message handler while a test had it.
QStringList g_messages;

void recordMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_messages.append(message);
}

} // namespace

// `claimbench-cli chart` on the sample project that scripts/run.sh builds:
// resources/sample imported, resources/sample-tags.jsonl's tags made,
// resources/sample-claims.csv added.
class TestChartCommand : public QObject
{
    Q_OBJECT
private:
    FreshProjects m_projects;
    QString m_project;

    QString out(const QString &name) const { return m_projects.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        const Result<QString> sample = makeBundledSample(m_projects);
        CLAIMBENCH_VERIFY_OK(sample);
        m_project = *sample;
    }

    void pngAsAsked_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("dpi");
        QTest::newRow("defaults") << QStringList{} << QSize(1600, 900) << 96;
        QTest::newRow("300 dpi") << QStringList{u"--width"_s, u"2000"_s, u"--height"_s, u"1200"_s, u"--dpi"_s, u"300"_s}
                                 << QSize(2000, 1200) << 300;
        QTest::newRow("by outlet") << QStringList{u"--by"_s, u"outlet"_s, u"--width=800"_s, u"--height=500"_s}
                                   << QSize(800, 500) << 96;
    }
    void pngAsAsked()
    {
        QFETCH(QStringList, options);
        QFETCH(QSize, size);
        QFETCH(int, dpi);
        const QString png = out(u"chart.png"_s);
        QFile::remove(png);
        const CliRun run = runCli(QStringList{u"chart"_s, m_project, u"--metric"_s, kCasualties, u"--out"_s, png}
                                  + options);
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QVERIFY(run.err.isEmpty());
        QCOMPARE(run.lines.size(), 1);
        QVERIFY(run.lines.constFirst().startsWith(png));
        const QImage image(png);
        QCOMPARE(image.size(), size);
        QCOMPARE(std::lround(image.dotsPerMeterX() * 0.0254), dpi);
    }

    // The sample's casualty series: 28 claims, 7 claimants (the General
    // Staff's Ukrainian and Russian reports on its English claims' line).
    void sampleSeriesAreAllDrawn()
    {
        const CliRun run = runCli({u"chart"_s, m_project, u"--metric"_s, kCasualties.toUpper(), u"--out"_s,
                                   out(u"upper.png"_s)});
        QCOMPARE(run.status, 0);
        QVERIFY2(run.out.contains(u": 28 points in 7 series, 1600x900 at 96 dpi"_s), qPrintable(run.out));
    }

    // One analyst imported and tagged the whole sample: one line of all 28
    // claims; by tag, the sample's tags part them.
    void byAnalystAndByTag()
    {
        const CliRun byAnalyst = runCli({u"chart"_s, m_project, u"--metric"_s, kCasualties, u"--by"_s,
                                         u"analyst"_s, u"--out"_s, out(u"analyst.png"_s)});
        QCOMPARE(byAnalyst.status, 0);
        QVERIFY2(byAnalyst.out.contains(u": 28 points in 1 series,"_s), qPrintable(byAnalyst.out));
        const CliRun byTag = runCli({u"chart"_s, m_project, u"--metric"_s, kCasualties, u"--by"_s, u"tag"_s,
                                     u"--out"_s, out(u"tag.png"_s)});
        QCOMPARE(byTag.status, 0);
        QVERIFY2(byTag.out.contains(u": 28 points in "_s), qPrintable(byTag.out));
    }

    void svg()
    {
        const QString svg = out(u"chart.svg"_s);
        const CliRun run = runCli({u"chart"_s, m_project, u"--metric"_s, u"Russian military deaths"_s, u"--out"_s, svg});
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString text;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::Characters)
                text += xml.text();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(text.contains(u"Mediazona and BBC Russian"_s));
        QVERIFY(text.contains(u"Russian military deaths"_s));
    }

    // --out names a file: a FIFO, a folder or a symlink to a FIFO there is
    // refused and left as it was (QSaveFile renamed a regular file over the
    // symlink's target, the way /dev/full was replaced).
    void outThatIsNoRegularFileIsRefused_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char *kind : {"fifo", "folder", "symlink to fifo"})
            QTest::newRow(kind) << QString::fromLatin1(kind);
    }
    void outThatIsNoRegularFileIsRefused()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString fifo = dir.filePath(u"fifo.svg"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QString target = fifo;
        if (kind == u"folder") {
            target = dir.filePath(u"folder.svg"_s);
            QVERIFY(QDir().mkdir(target));
        } else if (kind == u"symlink to fifo") {
            target = dir.filePath(u"link.svg"_s);
            QVERIFY(QFile::link(fifo, target));
        }
        for (const QString &suffix : {u""_s, u".png"_s}) {
            if (!suffix.isEmpty())
                QVERIFY(QFile::rename(target, target + suffix));
            const CliRun run = runCli({u"chart"_s, m_project, u"--metric"_s, u"Russian military deaths"_s, u"--out"_s,
                                       target + suffix});
            QCOMPARE(run.status, int(ExitBadInput));
            QVERIFY2(run.err.contains(target + suffix) && run.err.contains(u"not a regular file"_s), qPrintable(run.err));
        }
        QT_STATBUF status;
        QCOMPARE(QT_LSTAT(QFile::encodeName(kind == u"fifo" ? fifo + u".png"_s : fifo).constData(), &status), 0);
        QVERIFY(S_ISFIFO(status.st_mode));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System).size(),
                 kind == u"fifo" ? 1 : 2);
    }

    // chart --out reaching a project (a symlink to it, or a project named
    // like an image) wrote the image over it: exit 0 and every claim gone.
    void outThatIsAProjectIsRefused_data()
    {
        QTest::addColumn<QString>("kind");
        for (const char *kind : {"symlink to the project", "project named .png", "its write-ahead log"})
            QTest::newRow(kind) << QString::fromLatin1(kind);
    }
    void outThatIsAProjectIsRefused()
    {
        CLAIMBENCH_SKIP_ON_SERVER("about the project file: its copies, links and log");
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString project = dir.filePath(u"p.claimbench"_s);
        QVERIFY(QFile::copy(m_project, project));
        QString target = dir.filePath(u"link.svg"_s);
        if (kind == u"symlink to the project") {
            QVERIFY(QFile::link(project, target));
        } else if (kind == u"project named .png") {
            target = dir.filePath(u"p.png"_s);
            QVERIFY(QFile::copy(m_project, target));
        } else {
            target = dir.filePath(u"log.png"_s);
            QFile log(target);
            QVERIFY(log.open(QIODevice::WriteOnly));
            log.write(QByteArray::fromHex("377f0682002de21800001000"));
        }
        QFile original(target);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray before = original.readAll();
        original.close();
        const CliRun run = runCli({u"chart"_s, kind == u"project named .png" ? target : project, u"--metric"_s,
                                   u"Russian military deaths"_s, u"--out"_s, target});
        QCOMPARE(run.status, int(ExitBadInput));
        QVERIFY2(run.err.contains(target) && run.err.contains(u"project"_s), qPrintable(run.err));
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        const CliRun listed = runCli({u"claims"_s, project, u"--format"_s, u"json"_s});
        QCOMPARE(listed.status, 0);
    }

    // Metric and claimant names are user text: markup in them stays text,
    // and the SVG stays well-formed XML (the title was written raw; the
    // legend's text Qt escapes itself).
    void svgEscapesNamesThatLookLikeMarkup()
    {
        const QString metric = u"</title><script>alert(1)</script><title> m<&>\"'"_s;
        const QString claimant = u"<b>&amp; \"x\" 'y'</b>"_s;
        const QString csvPath = out(u"hostile-claims.csv"_s);
        {
            QFile csv(csvPath);
            QVERIFY(csv.open(QIODevice::WriteOnly));
            const auto quoted = [](QString field) -> QString { return u'"' + field.replace(u"\""_s, u"\"\""_s) + u'"'; };
            csv.write((u"article_title,quote,value,metric,claimant,as_of\n"
                       u"\"US intelligence puts Russian losses at 315,000 killed or injured\","
                       u"\"315,000 Russian troops have been killed or injured\",315000,"_s
                       + quoted(metric) + u',' + quoted(claimant) + u",2023-12-12\n"_s)
                          .toUtf8());
        }
        const CliRun added = runCli({u"claims"_s, m_project, u"--add"_s, csvPath});
        QVERIFY2(added.status == 0, qPrintable(added.err + added.out));
        const QString svg = out(u"hostile.svg"_s);
        const CliRun run = runCli({u"chart"_s, m_project, u"--metric"_s, metric, u"--out"_s, svg});
        QVERIFY2(run.status == 0, qPrintable(run.err));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString title;
        while (!xml.atEnd()) {
            xml.readNext();
            QVERIFY2(!(xml.isStartElement() && xml.name() == u"script"), "markup from a metric name became an element");
            if (xml.isStartElement() && xml.name() == u"title")
                title = xml.readElementText();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(title.contains(metric), qPrintable(title));
    }

    // Regression: with XDG_RUNTIME_DIR unset (root in CI) a successful chart
    // printed Qt's "XDG_RUNTIME_DIR not set" warning on stderr, the CLI's
    // error channel. The warning comes while claimbench-cli's QApplication
    // starts, which main() prepares with dropRuntimeDirWarning(); here the
    // same Qt call is made in process, before and after installing it.
    void chartPrintsNothingOnStderrWithoutRuntimeDir()
    {
        const QByteArray runtimeDir = qgetenv("XDG_RUNTIME_DIR");
        qunsetenv("XDG_RUNTIME_DIR");
        g_messages.clear();
        const QtMessageHandler testHandler = qInstallMessageHandler(recordMessage);
        const auto restore = qScopeGuard([&] {
            qInstallMessageHandler(testHandler);
            if (!runtimeDir.isEmpty())
                qputenv("XDG_RUNTIME_DIR", runtimeDir);
        });

        QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
        QVERIFY2(g_messages.join(u'\n').contains(u"XDG_RUNTIME_DIR not set"_s), qPrintable(g_messages.join(u'\n')));

        g_messages.clear();
        dropRuntimeDirWarning();
        QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
        const CliRun run = runCli({u"chart"_s, m_project, u"--metric"_s, kCasualties, u"--out"_s, out(u"quiet.png"_s)});
        qWarning("another warning");
        QCOMPARE(run.status, 0);
        QCOMPARE(run.err, QString());
        QCOMPARE(g_messages, QStringList{u"another warning"_s}); // only that one message is dropped
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString png = u"x.png"_s;
        QTest::newRow("no --out") << QStringList{u"--metric"_s, u"m"_s};
        QTest::newRow("no --metric") << QStringList{u"--out"_s, png};
        QTest::newRow("other suffix") << QStringList{u"--metric"_s, u"m"_s, u"--out"_s, u"x.jpg"_s};
        QTest::newRow("zero width") << QStringList{u"--metric"_s, u"m"_s, u"--out"_s, png, u"--width"_s, u"0"_s};
        QTest::newRow("words for height") << QStringList{u"--metric"_s, u"m"_s, u"--out"_s, png, u"--height"_s, u"tall"_s};
        QTest::newRow("negative dpi") << QStringList{u"--metric"_s, u"m"_s, u"--out"_s, png, u"--dpi"_s, u"-3"_s};
        QTest::newRow("by someone") << QStringList{u"--metric"_s, u"m"_s, u"--out"_s, png, u"--by"_s, u"someone"_s};
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const CliRun run = runCli(QStringList{u"chart"_s, m_project} + arguments);
        QCOMPARE(run.status, 1);
        QVERIFY(run.err.startsWith(u"claimbench-cli chart: "_s));
        QVERIFY(!QFile::exists(u"x.png"_s));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("metric");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        QTest::newRow("project missing") << u"missing.claimbench"_s << kCasualties << u"a.png"_s << u"missing.claimbench"_s;
        QTest::newRow("unknown metric") << QString() << u"Tanks"_s << u"a.png"_s << u"there is no metric named \"Tanks\""_s;
        QTest::newRow("metric without points") << QString() << u"Empty metric"_s << u"a.png"_s
                                               << u"has no claim with both a value and a date"_s;
        QTest::newRow("folder missing") << QString() << kCasualties << u"no/folder/a.png"_s << u"no/folder/a.png"_s;
    }
    void badInput()
    {
        QFETCH(QString, project);
        QFETCH(QString, metric);
        QFETCH(QString, file);
        QFETCH(QString, reason);
        if (metric == u"Empty metric"_s) {
            // A claim without a value: the metric exists but has nothing to draw.
            const QString csv = out(u"novalue.csv"_s);
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("article_title,quote,metric\n"
                    "\"UK tells OSCE Russian casualties now exceed 300,000\",a conservative assessment,Empty metric\n");
            f.close();
            QCOMPARE(runCli({u"claims"_s, m_project, u"--add"_s, csv}).status, 0);
        }
        const QString path = project.isEmpty() ? m_project : out(project);
        const QString target = out(file);
        const CliRun run = runCli({u"chart"_s, path, u"--metric"_s, metric, u"--out"_s, target});
        QCOMPARE(run.status, 2);
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.contains(reason), qPrintable(run.err));
        QVERIFY(!QFile::exists(target));
    }
};

QTEST_MAIN(TestChartCommand)
#include "tst_chartcommand.moc"
