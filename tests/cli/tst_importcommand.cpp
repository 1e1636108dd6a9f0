#include "cli/commandline.h"
#include "common/clirun.h"
#include "common/freshprojects.h"
#include "common/resultcheck.h"
#include "common/shareddata.h"
#include "common/testfiles.h"
#include "core/import/articleimporter.h"
#include "core/import/articlereader.h"
#include "core/import/readerregistry.h"
#include "core/store/project.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

// What stderr says before the summary: each failed file of the stdout report
// again, as "claimbench-cli: <path>: <reason>".
QString failureLines(const QStringList &report)
{
    const QString marker = u": failed: "_s;
    QString text;
    for (const QString &line : report) {
        const qsizetype at = line.indexOf(marker);
        if (at >= 0)
            text += u"claimbench-cli: " + line.left(at) + u": " + line.mid(at + marker.size()) + u'\n';
    }
    return text;
}

const QByteArray kDronesText = "Drones overnight\n\nRussia launched 63 drones and decoys overnight; "
                               "air defences destroyed 28 of them.\n";

} // namespace

class TestImportCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_inputs = m_projects.filePath(u"inputs-%1"_s.arg(++m_runs));
        const Result<QString> location = m_projects.location(u"project-"_s);
        CLAIMBENCH_VERIFY_OK(location);
        m_project = *location;
        QVERIFY(QDir().mkpath(m_inputs));
        QVERIFY(writeFile(m_inputs + u"/a-drones.txt"_s, kDronesText));
        QVERIFY(writeFile(m_inputs + u"/b-losses.md"_s,
                          "# Losses\n\nRussian casualties have surpassed **one million** troops.\n"));
        QVERIFY(writeFile(m_inputs + u"/c-kharkiv.html"_s,
                          "<!DOCTYPE html><html><head><title>Kharkiv</title></head><body>"
                          "<p>In Kharkiv, 18 people including four children were injured.</p>"
                          "</body></html>"));
        QVERIFY(writeFile(m_inputs + u"/d-chart.png"_s,
                          QByteArray::fromHex("89504e470d0a1a0a0000000d49484452") + QByteArray(64, '\0')));
        QVERIFY(writeFile(m_inputs + u"/e-drones-again.txt"_s, kDronesText));
        QVERIFY(writeFile(m_inputs + u"/f-empty.txt"_s, QByteArray()));
    }

    // The password comes from a file, never the command line; a file that
    // cannot be read is the caller's mistake, found before any project is made.
    void passwordFileThatCannotBeReadIsAUsageError()
    {
        const CliRun run = runCli({u"import"_s, u"--password-file"_s, m_projects.filePath(u"no-such-file"_s), m_project,
                                   m_inputs});
        QCOMPARE(run.status, 1);
        QVERIFY2(run.err.contains(u"--password-file"_s), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        // No project made: no file, or the server's database still empty.
        QVERIFY(!QFile::exists(m_project));
        const auto reopened = Project::open(m_project);
        QVERIFY(!reopened);
        QCOMPARE(reopened.error().code, Error::Code::NotFound);
    }

    // An encrypted PDF without its password fails asking for one
    // (needsPassword) while the batch goes on; --password-file's first line,
    // without its line break, opens it.
    void encryptedPdfNeedsItsPassword()
    {
        const QList<const ArticleReader *> readers = ReaderRegistry::builtIn().readers();
        if (std::ranges::none_of(readers, [](const ArticleReader *r) { return r->suffixes().contains(u"pdf"_s); }))
            QSKIP("no PDF reader registered");
        const QString pdf = m_inputs + u"/g-encrypted.pdf"_s;
        QVERIFY(QFile::copy(QStringLiteral(CLAIMBENCH_SOURCE_DIR "/tests/data/import/testPassword4Spaces.pdf"), pdf));
        {
            const auto project = Project::open(m_project, Project::OpenMode::CreateIfMissing);
            CLAIMBENCH_VERIFY_OK(project);
            ArticleImporter importer(*project);
            const QList<ImportOutcome> outcomes = importer.importAll({m_inputs});
            const auto encrypted = std::ranges::find(outcomes, pdf, &ImportOutcome::path);
            QVERIFY(encrypted != outcomes.end());
            QCOMPARE(encrypted->status, ImportOutcome::Status::Failed);
            QVERIFY(encrypted->needsPassword);
            QVERIFY(std::ranges::count(outcomes, ImportOutcome::Status::Imported, &ImportOutcome::status) >= 3);
            QVERIFY(!std::ranges::find(outcomes, m_inputs + u"/a-drones.txt"_s, &ImportOutcome::path)
                         ->needsPassword);
        }
        const QString passwordFile = m_projects.filePath(u"password-%1"_s.arg(m_runs));
        QVERIFY(writeFile(passwordFile, "    \r\nsecond line\n"));
        const CliRun run = runCli({u"import"_s, u"--password-file"_s, passwordFile, m_project, pdf});
        QCOMPARE(run.out, pdf + u": imported\n"_s);
        QCOMPARE(run.status, 0);
        const auto project = Project::open(m_project);
        CLAIMBENCH_VERIFY_OK(project);
        const auto ids = (*project)->articles().idsForSourcePaths({QFileInfo(pdf).absoluteFilePath()});
        CLAIMBENCH_VERIFY_OK(ids);
        QCOMPARE(ids->size(), 1);
        QVERIFY(!(*project)->articles().pageMap(ids->begin().value()).value().isEmpty());
        QVERIFY(!(*project)->articles().document(ids->begin().value()).value().isEmpty());
    }

    // The help names the formats from the registry: a reader added there
    // appears with every suffix, and no line outgrows the rest of the help.
    void helpNamesEveryRegisteredFormat()
    {
        const CliRun run = runCli({u"import"_s, u"--help"_s});
        QCOMPARE(run.status, 0);
        const QString help = QString(run.out).replace(u'\n', u' ');
        for (const ArticleReader *reader : ReaderRegistry::builtIn().readers()) {
            QVERIFY2(help.contains(u' ' + reader->name() + u" (."), qPrintable(reader->name()));
            for (const QString &suffix : reader->suffixes()) {
                const QString named = u'.' + suffix;
                QVERIFY2(help.contains(named + u',') || help.contains(named + u')'), qPrintable(named));
            }
        }
        for (const QString &line : run.out.split(u'\n'))
            QVERIFY2(line.size() <= 78, qPrintable(line));
    }

    // One line per file, in the importer's stable order, each naming the file
    // and its outcome; the summary on stderr; failures make the exit code 2.
    void importsAFolder()
    {
        const CliRun run = runCli({u"import"_s, m_project, m_inputs});
        const QStringList files = ArticleImporter::collectFiles({m_inputs});
        QCOMPARE(run.lines.size(), files.size());
        const QStringList expected{u"imported"_s, u"imported"_s, u"imported"_s,
                                   u"skipped: format"_s, u"duplicate"_s, u"failed: "_s};
        QCOMPARE(files.size(), expected.size());
        for (qsizetype i = 0; i < files.size(); ++i) {
            QVERIFY2(run.lines[i].startsWith(files[i] + u": " + expected[i]), qPrintable(run.lines[i]));
        }
        QVERIFY2(run.lines.constLast().size() > files.constLast().size() + u": failed: "_s.size(),
                 "a failure names its reason");
        QCOMPARE(run.err, failureLines(run.lines) + u"3 imported, 1 duplicate, 1 skipped, 1 failed\n"_s);
        QCOMPARE(run.status, 2);

        const Result<std::shared_ptr<Project>> project = Project::open(m_project);
        QVERIFY(project);
        const Result<QList<Article>> articles = (*project)->articles().list();
        QVERIFY(articles);
        QCOMPARE(articles->size(), 3);
    }

    // Importing the same folder again adds nothing and says so.
    void secondRunReportsDuplicates()
    {
        QCOMPARE(runCli({u"import"_s, m_project, m_inputs}).status, 2);
        const CliRun again = runCli({u"import"_s, m_project, m_inputs});
        QCOMPARE(again.err, failureLines(again.lines) + u"0 imported, 4 duplicate, 1 skipped, 1 failed\n"_s);
        QCOMPARE(again.status, 2);
        QVERIFY2(again.lines.constFirst().endsWith(u": duplicate"_s), qPrintable(again.lines.constFirst()));
    }

    void everyFileUsableExitsZero()
    {
        const CliRun run = runCli({u"import"_s, m_project, m_inputs + u"/a-drones.txt"_s,
                                   m_inputs + u"/d-chart.png"_s, m_inputs + u"/e-drones-again.txt"_s});
        QCOMPARE(run.lines,
                 (QStringList{m_inputs + u"/a-drones.txt: imported"_s,
                              m_inputs + u"/d-chart.png: skipped: format"_s,
                              m_inputs + u"/e-drones-again.txt: duplicate"_s}));
        QCOMPARE(run.err, failureLines(run.lines) + u"1 imported, 1 duplicate, 1 skipped, 0 failed\n"_s);
        QCOMPARE(run.status, 0);
    }

    // A project path that holds something else: exit 2, one line naming it,
    // nothing imported and the file unchanged byte for byte.
    void projectPathThatIsATextFileIsUntouched()
    {
        const QString notes = m_projects.filePath(u"notes-%1.txt"_s.arg(m_runs));
        QVERIFY(writeFile(notes, kDronesText));
        const CliRun run = runCli({u"import"_s, notes, m_inputs});
        QCOMPARE(run.status, 2);
        QCOMPARE(run.lines, QStringList());
        QVERIFY2(run.err.startsWith(u"claimbench-cli: "_s + notes + u": "_s), qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1);
        QCOMPARE(readFile(notes), kDronesText);
    }

    void projectInMissingFolderIsBadInput()
    {
        const QString path = m_projects.filePath(u"no-such-folder/p.claimbench"_s);
        const CliRun run = runCli({u"import"_s, path, m_inputs});
        QCOMPARE(run.status, 2);
        QCOMPARE(run.lines, QStringList());
        QVERIFY2(run.err.startsWith(u"claimbench-cli: "_s + path + u": "_s), qPrintable(run.err));
        QVERIFY(!QFile::exists(path));
    }

    // A path that is not there fails (exit 2) without stopping the others.
    void missingInputFailsAndTheRestImports()
    {
        const QString missing = m_inputs + u"/vanished.txt"_s;
        const CliRun run = runCli({u"import"_s, m_project, missing, m_inputs + u"/a-drones.txt"_s});
        QCOMPARE(run.lines.size(), 2);
        QVERIFY2(run.lines[0].startsWith(missing + u": failed: "_s), qPrintable(run.lines[0]));
        QCOMPARE(run.lines[1], m_inputs + u"/a-drones.txt: imported"_s);
        QCOMPARE(run.err, failureLines(run.lines) + u"1 imported, 0 duplicate, 0 skipped, 1 failed\n"_s);
        QCOMPARE(run.status, 2);
    }

    // Regression: a newline in a file name split its report line. A name
    // with a control character or a double quote is written in double
    // quotes with C escapes, on stdout and stderr; other names as before.
    void oddNamesAreQuoted()
    {
        const QString folder = m_projects.filePath(u"odd-%1"_s.arg(m_runs));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(writeFile(folder + u"/plain name.txt"_s, kDronesText));
        QVERIFY(writeFile(folder + u"/say \"hi\".md"_s, "# Hi\n\nSome 5 tanks crossed.\n"));
        QVERIFY(writeFile(folder + u"/two\nlines\t\x01.txt"_s, "Lines\n\nSome 7 ships sailed.\n"));
        QVERIFY(writeFile(folder + u"/z\u2028empty.txt"_s, QByteArray()));
        const CliRun run = runCli({u"import"_s, m_project, folder});
        const QString quoted = u"\""_s + folder;
        QCOMPARE(run.lines, QStringList({folder + u"/plain name.txt: imported"_s,
                                         quoted + u"/say \\\"hi\\\".md\": imported"_s,
                                         quoted + u"/two\\nlines\\t\\x01.txt\": imported"_s,
                                         quoted + u"/z\\u2028empty.txt\": failed: The file is empty"_s}));
        QCOMPARE(run.err, u"claimbench-cli: "_s + quoted + u"/z\\u2028empty.txt\": The file is empty\n"_s
                              + u"3 imported, 0 duplicate, 0 skipped, 1 failed\n"_s);
        QCOMPARE(run.status, 2);
    }

    // The real corpus: every article imports, the annotation files are
    // skipped, and `articles` lists exactly what was imported.
    void importsTheCorpus()
    {
        CLAIMBENCH_REQUIRE_SHARED_DIR(corpus, "CLAIMBENCH_CORPUS");
        const CliRun run = runCli({u"import"_s, m_project, corpus.absolutePath()});
        QCOMPARE(run.status, 0);
        qsizetype imported = 0;
        for (const QString &line : run.lines) {
            if (line.contains(u".gold.json: "_s))
                QVERIFY2(line.endsWith(u": skipped: format"_s), qPrintable(line));
            else if (line.contains(u".txt: "_s))
                QVERIFY2(line.endsWith(u": imported"_s), qPrintable(line));
            imported += line.endsWith(u": imported"_s) ? 1 : 0;
        }
        QVERIFY(imported >= 9);

        const CliRun listed = runCli({u"articles"_s, m_project, u"--format=json"_s});
        QCOMPARE(listed.status, 0);
        const QJsonArray rows = QJsonDocument::fromJson(listed.lines.join(u'\n').toUtf8()).array();
        QCOMPARE(rows.size(), imported);
        bool sawUkrainian = false;
        for (const QJsonValue &row : rows) {
            const QJsonObject article = row.toObject();
            QVERIFY(QFileInfo(article.value(u"source"_s).toString()).isAbsolute());
            if (article.value(u"source"_s).toString().endsWith(u"24-voa-ukrainian-us-aid-23-million.txt"_s)) {
                sawUkrainian = true;
                QCOMPARE(article.value(u"published"_s).toString(), u"2016-07-07"_s);
                QCOMPARE(article.value(u"language"_s).toString(), u"uk"_s);
            }
        }
        QVERIFY(sawUkrainian);
    }

private:
    FreshProjects m_projects;
    int m_runs = 0;
    QString m_inputs;
    QString m_project;
};

QTEST_GUILESS_MAIN(TestImportCommand)
#include "tst_importcommand.moc"
