#include "common/resultcheck.h"
#include "core/domain/quoteplacement.h"
#include "core/import/articleimporter.h"
#include "core/store/project.h"
#include "reliability/projectinspector.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

constexpr int kArticleFiles = 600;

// Writes `count` small distinct articles into `folder`, titles "<prefix> N".
bool writeArticles(const QString &folder, const QString &prefix, int count)
{
    if (!QDir().mkpath(folder))
        return false;
    for (int i = 0; i < count; ++i) {
        QFile file(folder + u"/%1-%2.txt"_s.arg(prefix).arg(i));
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(u"Title: %1 %2\nOutlet: Harness\n\nWitnesses counted %2 trucks at the %1 crossing "
                   "over %3 days.\n"_s.arg(prefix)
                       .arg(i)
                       .arg(i % 30 + 1)
                       .toUtf8());
    }
    return true;
}

int countImported(const QByteArray &stdoutBytes)
{
    return int(stdoutBytes.count(": imported\n"));
}

// Starts one claimbench-cli import into `path` per folder, all at once, and
// checks that each imported everything or met the other's lock (the files it
// refused say so, and nothing else went wrong), and that the project passes
// integrity_check and holds exactly the `reported` articles.
void importAtOnce(const QString &path, const QStringList &folders, int &reported)
{
    std::vector<std::unique_ptr<QProcess>> children;
    for (const QString &folder : folders) {
        children.push_back(std::make_unique<QProcess>());
        children.back()->start(QStringLiteral(CLAIMBENCH_CLI), {u"import"_s, path, folder});
    }
    for (const auto &child : children) {
        QVERIFY(child->waitForFinished(300000));
        const QByteArray out = child->readAllStandardOutput();
        const QByteArray err = child->readAllStandardError();
        reported += countImported(out);
        for (const QByteArray &line : out.split('\n'))
            QVERIFY2(line.isEmpty() || line.endsWith(": imported") || line.contains("locked by another program"),
                     line.constData());
        QVERIFY2(child->exitCode() == 0 || err.contains("locked by another program"), err.constData());
    }
    const auto check = inspectStore(path);
    CLAIMBENCH_VERIFY_OK(check);
    QCOMPARE(check->integrity, u"ok"_s);
    QCOMPARE(check->unindexedArticles, 0);
    QCOMPARE(check->articles, reported);
}

// A new project at `path` holding one article titled `title` with `body`.
Result<qint64> projectWithArticle(const QString &path, const QString &title, const QString &body)
{
    const auto project = Project::open(path, Project::OpenMode::CreateIfMissing);
    if (!project)
        return std::unexpected(project.error());
    Article article;
    article.title = title;
    article.body = body;
    return (*project)->articles().add(article);
}

// A new project at `path` holding one article and one claim on its "983"
// with `value`; the claim's id.
Result<qint64> projectWithDronesClaim(const QString &path, std::optional<double> value)
{
    const QString body = u"The ministry counted 983 drones this year."_s;
    const auto article = projectWithArticle(path, u"Drones this year"_s, body);
    if (!article)
        return std::unexpected(article.error());
    const auto project = Project::open(path);
    if (!project)
        return std::unexpected(project.error());
    Claim claim;
    claim.articleId = *article;
    claim.start = int(body.indexOf(u"983"_s));
    claim.end = claim.start + 3;
    claim.value = value;
    placeQuote(claim, body, claim.start, claim.end);
    return (*project)->claims().add(claim);
}

} // namespace

// Two programs on one project file: claimbench-cli writing in a child process
// while this process reads and writes through its own connection, and two
// children importing at once. Every write is either committed and found
// afterwards or refused with a clear "locked by another program" error; the
// file always passes PRAGMA integrity_check.
class TestTwoProcesses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readAndWriteWhileAnotherProcessImports();
    void twoProcessesImportAtOnce();
    void twoProcessesCreateOneProjectAtOnce();
    void undoRefusesWhatAnotherProcessChanged();
    void concurrentAddsShareTheNewNames();
    void tagUndoRefusesWhatAnotherProcessTagged();

private:
    QTemporaryDir m_dir;
};

void TestTwoProcesses::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(CLAIMBENCH_CLI)), CLAIMBENCH_CLI " is not built");
    QVERIFY(writeArticles(m_dir.filePath(u"north"_s), u"north"_s, kArticleFiles));
    QVERIFY(writeArticles(m_dir.filePath(u"south"_s), u"south"_s, kArticleFiles));
}

void TestTwoProcesses::readAndWriteWhileAnotherProcessImports()
{
    const QString path = m_dir.filePath(u"shared.claimbench"_s);
    const auto project = Project::open(path, Project::OpenMode::CreateIfMissing);
    CLAIMBENCH_VERIFY_OK(project);

    QProcess importer;
    importer.start(QStringLiteral(CLAIMBENCH_CLI), {u"import"_s, path, m_dir.filePath(u"north"_s)});
    QVERIFY(importer.waitForStarted());

    // Meanwhile: read the articles (their number only grows) and add tags.
    QSet<QString> tagsWritten;
    int refused = 0;
    qsizetype seen = 0;
    int round = 0;
    while (importer.state() != QProcess::NotRunning || round == 0) {
        const auto articles = (*project)->articles().list();
        if (articles) {
            QVERIFY(articles->size() >= seen);
            seen = articles->size();
        } else {
            QCOMPARE(articles.error().code, Error::Code::Busy);
        }
        Tag tag;
        tag.name = u"tag %1"_s.arg(++round);
        tag.color = QColor(Qt::red);
        if (const auto added = (*project)->tags().add(tag); added) {
            tagsWritten.insert(tag.name);
        } else {
            QCOMPARE(added.error().code, Error::Code::Busy);
            QVERIFY(added.error().message.contains(u"locked by another program"_s));
            ++refused;
        }
        importer.waitForFinished(20);
    }
    QCOMPARE(importer.exitCode(), 0);
    const int imported = countImported(importer.readAllStandardOutput());
    QCOMPARE(imported, kArticleFiles);

    const auto articles = (*project)->articles().list();
    const auto tags = (*project)->tags().list();
    CLAIMBENCH_VERIFY_OK(articles);
    CLAIMBENCH_VERIFY_OK(tags);
    QCOMPARE(articles->size(), imported);
    QSet<QString> tagsStored;
    for (const Tag &tag : *tags)
        tagsStored.insert(tag.name);
    QCOMPARE(tagsStored, tagsWritten);
    const auto check = inspectStore(path);
    CLAIMBENCH_VERIFY_OK(check);
    QCOMPARE(check->integrity, u"ok"_s);
    QCOMPARE(check->unindexedArticles, 0);
    qInfo("while a child imported %d articles: %d reads, %lld tags written, %d refused as busy", imported, round,
          qlonglong(tagsWritten.size()), refused);
}

void TestTwoProcesses::twoProcessesImportAtOnce()
{
    const QString path = m_dir.filePath(u"both.claimbench"_s);
    CLAIMBENCH_VERIFY_OK(Project::open(path, Project::OpenMode::CreateIfMissing));
    int reported = 0;
    importAtOnce(path, {m_dir.filePath(u"north"_s), m_dir.filePath(u"south"_s)}, reported);
    if (QTest::currentTestFailed())
        return;
    qInfo("two imports at once: %d of %d articles imported", reported, 2 * kArticleFiles);
}

// Two imports naming one project that does not exist yet, started together,
// many times so the creations overlap. Regression: the process that found the
// file missing but met the other's half-made file reported "not a Claimbench
// project", or removed the file (and the other's data) after failing.
void TestTwoProcesses::twoProcessesCreateOneProjectAtOnce()
{
    constexpr int rounds = 20;
    constexpr int filesEach = 5;
    QVERIFY(writeArticles(m_dir.filePath(u"east"_s), u"east"_s, filesEach));
    QVERIFY(writeArticles(m_dir.filePath(u"west"_s), u"west"_s, filesEach));
    int bothImported = 0;
    for (int round = 0; round < rounds && !QTest::currentTestFailed(); ++round) {
        int reported = 0;
        importAtOnce(m_dir.filePath(u"new-%1.claimbench"_s.arg(round)),
                     {m_dir.filePath(u"east"_s), m_dir.filePath(u"west"_s)}, reported);
        bothImported += reported == 2 * filesEach;
        QCOMPARE(QDir(m_dir.path()).entryList({u".new-*"_s}, QDir::Files | QDir::Hidden), QStringList());
    }
    qInfo("two processes creating one project, %d rounds: both imports stored in %d", rounds, bothImported);
}

// Process A edits a claim and, after process B edited the same claim, undoes
// its edit. Regression: A's undo wrote the claim as it was before A's edit,
// exit 0, and B's edit was lost. Now the undo is refused, naming the value B
// left and the one the undo would write, and B's edit stays.
void TestTwoProcesses::undoRefusesWhatAnotherProcessChanged()
{
    const QString path = m_dir.filePath(u"undo.claimbench"_s);
    const auto added = projectWithDronesClaim(path, 983);
    CLAIMBENCH_VERIFY_OK(added);
    const qint64 claimId = *added;
    const QByteArray id = QByteArray::number(claimId);

    QProcess a;
    a.start(QStringLiteral(CLAIMBENCH_CLI), {u"edit"_s, path, u"-"_s});
    QVERIFY(a.waitForStarted());
    a.write("{\"op\":\"update-claim\",\"claim\":" + id + ",\"value\":2}\n");
    QByteArray aOut;
    while (!aOut.contains('\n') && a.waitForReadyRead(30000))
        aOut += a.readAllStandardOutput();
    QCOMPARE(aOut, "committed 1 update-claim " + id + '\n');

    QProcess b;
    b.start(QStringLiteral(CLAIMBENCH_CLI), {u"edit"_s, path, u"-"_s});
    QVERIFY(b.waitForStarted());
    b.write("{\"op\":\"update-claim\",\"claim\":" + id + ",\"value\":99,\"note\":\"B\"}\n");
    b.closeWriteChannel();
    QVERIFY(b.waitForFinished(30000));
    QCOMPARE(b.exitCode(), 0);

    a.write("{\"op\":\"undo\"}\n");
    a.closeWriteChannel();
    QVERIFY(a.waitForFinished(30000));
    const QString aErr = QString::fromUtf8(a.readAllStandardError());
    QCOMPARE(a.exitCode(), 2);
    QVERIFY2(aErr.contains(u"stdin:2"_s) && aErr.contains(u" was changed by "_s)
                 && aErr.contains(u"its value is now 99, this step would make it 983"_s)
                 && aErr.contains(u"its note is now “B”, this step would make it empty"_s),
             qPrintable(aErr));

    const auto project = Project::open(path);
    CLAIMBENCH_VERIFY_OK(project);
    const auto stored = (*project)->claims().get(claimId);
    CLAIMBENCH_VERIFY_OK(stored);
    QCOMPARE(stored->value, std::optional<double>(99));
    QCOMPARE(stored->note, u"B"_s);
    qInfo("A's undo after B's edit: %s", qPrintable(aErr.trimmed()));
}

// A creates a tag, B tags a claim with it, A undoes the creation.
// Regression: A's undo deleted the tag (exit 0) and untagged B's claim.
void TestTwoProcesses::tagUndoRefusesWhatAnotherProcessTagged()
{
    const QString path = m_dir.filePath(u"tagundo.claimbench"_s);
    const auto added = projectWithDronesClaim(path, std::nullopt);
    CLAIMBENCH_VERIFY_OK(added);
    const qint64 claimId = *added;

    QProcess a;
    a.start(QStringLiteral(CLAIMBENCH_CLI), {u"edit"_s, path, u"-"_s});
    QVERIFY(a.waitForStarted());
    a.write("{\"op\":\"create-tag\",\"name\":\"T1\"}\n");
    QByteArray aOut;
    while (!aOut.contains('\n') && a.waitForReadyRead(30000))
        aOut += a.readAllStandardOutput();
    QVERIFY2(aOut.startsWith("committed 1 create-tag "), aOut.constData());
    const QByteArray tagId = aOut.trimmed().split(' ').last();

    QProcess b;
    b.start(QStringLiteral(CLAIMBENCH_CLI), {u"edit"_s, path, u"-"_s});
    QVERIFY(b.waitForStarted());
    b.write("{\"op\":\"update-claim\",\"claim\":" + QByteArray::number(claimId) + ",\"tag\":" + tagId + "}\n");
    b.closeWriteChannel();
    QVERIFY(b.waitForFinished(30000));
    QCOMPARE(b.exitCode(), 0);

    a.write("{\"op\":\"undo\"}\n");
    a.closeWriteChannel();
    QVERIFY(a.waitForFinished(30000));
    const QString aErr = QString::fromUtf8(a.readAllStandardError());
    QCOMPARE(a.exitCode(), 2);
    QVERIFY2(aErr.contains(u"stdin:2"_s) && aErr.contains(u"it now tags claim %1"_s.arg(claimId)), qPrintable(aErr));

    const auto project = Project::open(path);
    CLAIMBENCH_VERIFY_OK(project);
    const auto stored = (*project)->claims().get(claimId);
    CLAIMBENCH_VERIFY_OK(stored);
    QCOMPARE(stored->tagId, tagId.toLongLong());
    qInfo("A's undo after B tagged a claim: %s", qPrintable(aErr.trimmed()));
}

// Two `claims --add` started together whose rows name the same new metrics
// and claimant, many times so that both look the names up before either
// writes. Regression: the second to write refused its whole file ("There is
// already a metric called ...", exit 2, 0 added). Now a name the other just
// created resolves to its row: both add every claim, and each name is stored once.
void TestTwoProcesses::concurrentAddsShareTheNewNames()
{
    constexpr int rounds = 20;
    constexpr int rowsEach = 5;
    const QString title = u"Night of drones"_s;
    QString body;
    for (int i = 0; i < rowsEach; ++i)
        body += u"Report %1 counted %2 drones. "_s.arg(i).arg(100 + i);
    QStringList refusals;
    for (int round = 0; round < rounds && !QTest::currentTestFailed(); ++round) {
        const QString path = m_dir.filePath(u"names-%1.claimbench"_s.arg(round));
        CLAIMBENCH_VERIFY_OK(projectWithArticle(path, title, body));
        const QStringList metrics{u"Drones launched %1"_s.arg(round), u"Drones shot down %1"_s.arg(round)};
        const QString claimant = u"Air Force %1"_s.arg(round);
        std::vector<std::unique_ptr<QProcess>> children;
        for (const QString &side : {u"a"_s, u"b"_s}) {
            QJsonArray rows;
            for (int i = 0; i < rowsEach; ++i)
                rows.append(QJsonObject{{u"article_title"_s, title},
                                        {u"quote"_s, QString::number(100 + i)},
                                        {u"value"_s, 100 + i},
                                        {u"metric"_s, metrics.at(i % 2)},
                                        {u"claimant"_s, claimant},
                                        {u"note"_s, side}});
            const QString file = m_dir.filePath(u"names-%1-%2.json"_s.arg(round).arg(side));
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(QJsonDocument(rows).toJson());
            out.close();
            children.push_back(std::make_unique<QProcess>());
            children.back()->start(QStringLiteral(CLAIMBENCH_CLI), {u"claims"_s, path, u"--add"_s, file});
        }
        int added = 0;
        for (const auto &child : children) {
            QVERIFY(child->waitForFinished(60000));
            added += int(child->readAllStandardOutput().count(": added "));
            if (child->exitCode() != 0)
                refusals << u"round %1: "_s.arg(round) + QString::fromUtf8(child->readAllStandardError()).trimmed();
        }

        const auto project = Project::open(path);
        CLAIMBENCH_VERIFY_OK(project);
        const auto storedMetrics = (*project)->metrics().list();
        const auto storedClaimants = (*project)->claimants().list();
        const auto claims = (*project)->claims().list();
        CLAIMBENCH_VERIFY_OK(storedMetrics);
        CLAIMBENCH_VERIFY_OK(storedClaimants);
        CLAIMBENCH_VERIFY_OK(claims);
        QCOMPARE(storedMetrics->size(), 2);
        QCOMPARE(storedClaimants->size(), 1);
        QCOMPARE(claims->size(), added);
        for (const Claim &claim : *claims) {
            QCOMPARE(claim.claimantId, storedClaimants->first().id);
            const qsizetype metric = storedMetrics->at(0).id == claim.metricId ? 0 : 1;
            QCOMPARE(storedMetrics->at(metric).id, claim.metricId);
            QCOMPARE(storedMetrics->at(metric).name, metrics.at(int(claim.value.value_or(0) - 100) % 2));
        }
    }
    qInfo("two claims --add naming the same new names at once, %d rounds: %lld refused", rounds,
          qlonglong(refusals.size()));
    QVERIFY2(refusals.isEmpty(), qPrintable(refusals.join(u'\n')));
}

} // namespace Claimbench

QTEST_GUILESS_MAIN(Claimbench::TestTwoProcesses)
#include "tst_twoprocesses.moc"
