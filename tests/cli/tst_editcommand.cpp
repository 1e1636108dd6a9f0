// claimbench-cli edit, run in process: what a script's lines print, and that
// the first bad line stops the run with one message naming it while every
// line before it stays saved and nothing after it is applied.
#include "common/clirun.h"
#include "common/freshprojects.h"
#include "common/resultcheck.h"
#include "common/testfiles.h"
#include "core/store/project.h"

#include <QFile>
#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

// An emoji (one code point, two UTF-16 units) first, so that code point
// offsets in the script differ from the stored ones.
const QString kBody = u"\U0001F4A5 Russia launched 63 drones overnight; 28 were shot down."_s;

QStringList tagNames(const Project &project)
{
    QStringList names;
    if (const auto tags = project.tags().list())
        for (const Tag &tag : *tags)
            names.append(tag.name);
    return names;
}

} // namespace

class TestEditCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        const Result<QString> location = m_projects.location();
        CLAIMBENCH_VERIFY_OK(location);
        m_project = *location;
        const auto project = Project::open(m_project, Project::OpenMode::CreateIfMissing);
        CLAIMBENCH_VERIFY_OK(project);
        Article article;
        article.title = u"Drones, overnight"_s;
        article.body = kBody;
        const auto id = (*project)->articles().add(article);
        CLAIMBENCH_VERIFY_OK(id);
        m_article = *id;
    }

    void happyPathPrintsEachCommittedLine()
    {
        // Line 3 is blank: skipped, but still counted.
        const QByteArray script = "{\"op\":\"create-tag\",\"name\":\"Air war\",\"color\":\"#336699\"}\n"
                                  "{\"op\":\"create-claim\",\"article\":" + QByteArray::number(m_article)
            + ",\"start\":18,\"end\":27,\"value\":63,\"unit\":\"drones\",\"tag\":\"@1\"}\n"
              "\n"
              "{\"op\":\"update-claim\",\"claim\":\"@2\",\"note\":\"decoys included\"}\n"
              "{\"op\":\"undo\"}\n"
              "{\"op\":\"redo\"}\n";
        const QString scriptPath = m_projects.filePath(u"happy.jsonl"_s);
        QVERIFY(writeFile(scriptPath, script));
        const CliRun run = runCli({u"edit"_s, m_project, scriptPath});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.status, 0);

        const auto project = Project::open(m_project);
        CLAIMBENCH_VERIFY_OK(project);
        const auto tags = (*project)->tags().list();
        CLAIMBENCH_VERIFY_OK(tags);
        QCOMPARE(tags->size(), 1);
        const auto claims = (*project)->claims().list();
        CLAIMBENCH_VERIFY_OK(claims);
        QCOMPARE(claims->size(), 1);
        const Claim &claim = claims->constFirst();
        QCOMPARE(claim.quote, u"63 drones"_s);
        QCOMPARE(claim.tagId, tags->constFirst().id);
        QCOMPARE(claim.note, u"decoys included"_s);
        // Undo and redo report the undo stack's index afterwards.
        QCOMPARE(run.lines, (QStringList{u"committed 1 create-tag %1"_s.arg(tags->constFirst().id),
                                         u"committed 2 create-claim %1"_s.arg(claim.id),
                                         u"committed 4 update-claim %1"_s.arg(claim.id),
                                         u"committed 5 undo 2"_s, u"committed 6 redo 3"_s}));
    }

    // Line 1 creates a tag and line 2 a claim, line 3 is the bad one, line 4
    // would create another tag.
    void badLineStopsTheRun_data()
    {
        QTest::addColumn<QByteArray>("badLine");
        QTest::addColumn<QString>("saying");
        QTest::newRow("malformed JSON") << QByteArray("{\"op\":\"create-tag\",\"name\":") << u"not valid JSON"_s;
        QTest::newRow("not an object") << QByteArray("[\"create-tag\"]") << u"not a JSON object"_s;
        QTest::newRow("unknown op") << QByteArray("{\"op\":\"paint-claim\",\"claim\":1}")
                                    << u"unknown op \"paint-claim\""_s;
        QTest::newRow("no op") << QByteArray("{\"claim\":1}") << u"op is required"_s;
        QTest::newRow("claim without an article") << QByteArray("{\"op\":\"create-claim\",\"start\":1,\"end\":3}")
                                                  << u"article is required"_s;
        QTest::newRow("claim without offsets") << QByteArray("{\"op\":\"create-claim\",\"article\":1}")
                                               << u"create-claim needs start and end"_s;
        QTest::newRow("offsets outside the body")
            << QByteArray("{\"op\":\"create-claim\",\"article\":1,\"start\":50,\"end\":5000}")
            << u"start and end do not mark text"_s;
        QTest::newRow("tag without a name") << QByteArray("{\"op\":\"create-tag\",\"color\":\"#ff0000\"}")
                                            << u"create-tag needs a name"_s;
        QTest::newRow("value that is not a number")
            << QByteArray("{\"op\":\"update-claim\",\"claim\":\"@2\",\"value\":\"many\"}") << u"value must be a number"_s;
        QTest::newRow("claim that does not exist") << QByteArray("{\"op\":\"update-claim\",\"claim\":9999,\"note\":\"x\"}")
                                                   << u"There is no claim 9999"_s;
        QTest::newRow("deleting a claim that does not exist") << QByteArray("{\"op\":\"delete-claim\",\"claim\":9999}")
                                                              << u"There is no claim 9999"_s;
        QTest::newRow("deleting a tag that does not exist") << QByteArray("{\"op\":\"delete-tag\",\"tag\":9999}")
                                                            << u"There is no tag 9999"_s;
        QTest::newRow("article that does not exist")
            << QByteArray("{\"op\":\"create-claim\",\"article\":9999,\"start\":1,\"end\":3}") << u"There is no article 9999"_s;
        QTest::newRow("line that created nothing") << QByteArray("{\"op\":\"delete-claim\",\"claim\":\"@3\"}")
                                                   << u"line 3 created nothing"_s;
        // Ids out of qint64's range were cast: claim 1e300 became "no claim
        // -9223372036854775808", tag 1e20 cleared the claim's tag, parent
        // 1e20 made a top-level tag; 0, 1.5 and true name no row either.
        QTest::newRow("claim 1e300") << QByteArray("{\"op\":\"update-claim\",\"claim\":1e300,\"note\":\"x\"}")
                                     << u"claim must be an id"_s;
        QTest::newRow("tag 1e20") << QByteArray("{\"op\":\"update-claim\",\"claim\":\"@2\",\"tag\":1e20}")
                                  << u"tag must be an id"_s;
        QTest::newRow("parent 1e20") << QByteArray("{\"op\":\"create-tag\",\"name\":\"Child\",\"parent\":1e20}")
                                     << u"parent must be an id"_s;
        QTest::newRow("article 1e300") << QByteArray("{\"op\":\"create-claim\",\"article\":1e300,\"start\":1,\"end\":3}")
                                       << u"article must be an id"_s;
        QTest::newRow("claims_to 1e20") << QByteArray("{\"op\":\"delete-tag\",\"tag\":\"@1\",\"claims_to\":1e20}")
                                        << u"claims_to must be an id"_s;
        QTest::newRow("claim 0") << QByteArray("{\"op\":\"delete-claim\",\"claim\":0}") << u"claim must be an id"_s;
        QTest::newRow("claim 1.5") << QByteArray("{\"op\":\"delete-claim\",\"claim\":1.5}") << u"claim must be an id"_s;
        QTest::newRow("claim true") << QByteArray("{\"op\":\"delete-claim\",\"claim\":true}") << u"claim must be an id"_s;
        QTest::newRow("tag -1") << QByteArray("{\"op\":\"update-claim\",\"claim\":\"@2\",\"tag\":-1}")
                                << u"tag must be an id"_s;
        // Offsets were truncated: 18.5 moved the claim to 18.
        QTest::newRow("start 18.5") << QByteArray("{\"op\":\"update-claim\",\"claim\":\"@2\",\"start\":18.5,\"end\":27}")
                                    << u"start and end must be whole numbers"_s;
        QTest::newRow("end 1e300") << QByteArray("{\"op\":\"update-claim\",\"claim\":\"@2\",\"start\":18,\"end\":1e300}")
                                   << u"start and end must be whole numbers"_s;
        QTest::newRow("start a string") << QByteArray("{\"op\":\"update-claim\",\"claim\":\"@2\",\"start\":\"18\",\"end\":27}")
                                        << u"start and end must be whole numbers"_s;
        QTest::newRow("low an object") << QByteArray("{\"op\":\"update-claim\",\"claim\":\"@2\",\"low\":{\"a\":1}}")
                                       << u"low must be a number or null"_s;
        QTest::newRow("high a list") << QByteArray("{\"op\":\"update-claim\",\"claim\":\"@2\",\"high\":[1]}")
                                     << u"high must be a number or null"_s;
        QTest::newRow("note a list") << QByteArray("{\"op\":\"update-claim\",\"claim\":\"@2\",\"note\":[\"x\"]}")
                                     << u"note must be a string"_s;
        QTest::newRow("metric a number") << QByteArray("{\"op\":\"update-claim\",\"claim\":\"@2\",\"metric\":5}")
                                         << u"metric must be a string"_s;
        QTest::newRow("name a number") << QByteArray("{\"op\":\"create-tag\",\"name\":5}") << u"name must be a string"_s;
        QTest::newRow("color a list") << QByteArray("{\"op\":\"create-tag\",\"name\":\"C\",\"color\":[255]}")
                                      << u"color must be a string"_s;
        QTest::newRow("op a number") << QByteArray("{\"op\":5}") << u"op is required: a string"_s;
    }
    void badLineStopsTheRun()
    {
        QFETCH(QByteArray, badLine);
        QFETCH(QString, saying);
        const QByteArray script = "{\"op\":\"create-tag\",\"name\":\"Before\"}\n"
                                  "{\"op\":\"create-claim\",\"article\":" + QByteArray::number(m_article)
            + ",\"start\":18,\"end\":27,\"value\":63,\"tag\":\"@1\"}\n" + badLine + "\n"
            + "{\"op\":\"create-tag\",\"name\":\"After\"}\n";
        const QString scriptPath = m_projects.filePath(u"bad.jsonl"_s);
        QVERIFY(writeFile(scriptPath, script));
        const CliRun run = runCli({u"edit"_s, m_project, scriptPath});
        QCOMPARE(run.status, 2);
        const QStringList said = run.err.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(said.size(), 1);
        QVERIFY2(said.constFirst().startsWith(u"claimbench-cli: "_s + scriptPath + u":3: "_s),
                 qPrintable(said.constFirst()));
        QVERIFY2(said.constFirst().contains(saying), qPrintable(said.constFirst()));
        QCOMPARE(run.lines.size(), 2);
        QVERIFY(run.lines.at(0).startsWith(u"committed 1 create-tag "_s));
        QVERIFY(run.lines.at(1).startsWith(u"committed 2 create-claim "_s));

        const auto project = Project::open(m_project);
        CLAIMBENCH_VERIFY_OK(project);
        QCOMPARE(tagNames(**project), QStringList{u"Before"_s});
        const auto claims = (*project)->claims().list();
        CLAIMBENCH_VERIFY_OK(claims);
        QCOMPARE(claims->size(), 1);
        QCOMPARE(claims->constFirst().quote, u"63 drones"_s);
        QCOMPARE(claims->constFirst().note, QString());
        QCOMPARE(claims->constFirst().value, std::optional<double>(63));
        QCOMPARE(claims->constFirst().low, std::optional<double>());
        QCOMPARE(claims->constFirst().high, std::optional<double>());
        QCOMPARE(claims->constFirst().tagId, (*project)->tags().list()->constFirst().id);
    }

    // A fresh run has an empty undo stack, whatever the project holds.
    void undoWithNothingToUndo_data()
    {
        QTest::addColumn<QByteArray>("step");
        QTest::newRow("undo") << QByteArray("undo");
        QTest::newRow("redo") << QByteArray("redo");
    }
    void undoWithNothingToUndo()
    {
        QFETCH(QByteArray, step);
        const QByteArray script = "{\"op\":\"create-tag\",\"name\":\"Before\"}\n{\"op\":\"undo\"}\n{\"op\":\"" + step
            + "\"}\n{\"op\":\"" + step + "\"}\n{\"op\":\"create-tag\",\"name\":\"After\"}\n";
        const CliRun run = runCli({u"edit"_s, m_project, u"-"_s}, script);
        QCOMPARE(run.status, 2);
        // undo, undo: the second fails at line 3; redo, redo: the second fails at line 4.
        const QString line = step == "undo" ? u"3"_s : u"4"_s;
        QCOMPARE(run.err, u"claimbench-cli: stdin:%1: nothing to %2\n"_s.arg(line, QString::fromLatin1(step)));
        QCOMPARE(run.lines.size(), step == "undo" ? 2 : 3);
        const auto project = Project::open(m_project);
        CLAIMBENCH_VERIFY_OK(project);
        QCOMPARE(tagNames(**project), step == "undo" ? QStringList() : QStringList{u"Before"_s});
    }

private:
    FreshProjects m_projects;
    QString m_project;
    qint64 m_article = 0;
};

QTEST_GUILESS_MAIN(TestEditCommand)
#include "tst_editcommand.moc"
