// A team server restarting while an analyst edits: the step that meets the
// lost connection says so clearly, the next one reconnects on its own, and no
// committed edit is lost; every other connection the project holds (the
// claims table's, the change feed's) recovers as well, and a server that
// does not answer never holds up opening the window. The server is a
// cluster of this test's own (scripts/pg-cluster.sh), since restarting or
// stopping the shared test server would cut the other suites' connections.
#include "common/resultcheck.h"
#include "core/commands/projectsession.h"
#include "core/domain/quoteplacement.h"
#include "core/models/claimstablemodel.h"
#include "core/store/changefeed.h"
#include "core/store/claimquery.h"
#include "core/store/project.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

const QString kClusterScript = QStringLiteral(CLAIMBENCH_SOURCE_DIR "/scripts/pg-cluster.sh");

// Runs pg-cluster.sh ACTION DIR; its standard output, or nullopt.
std::optional<QString> cluster(const QString &action, const QString &dir)
{
    QProcess script;
    script.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    script.start(u"bash"_s, {kClusterScript, action, dir});
    if (!script.waitForFinished(120'000) || script.exitStatus() != QProcess::NormalExit || script.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(script.readAllStandardOutput()).trimmed();
}

// The test's project, opened anew, and an article of its own text (the
// content hash is unique) with `claims` claims.
struct OpenedProject
{
    std::shared_ptr<Project> project;
    Article article;
};

Result<OpenedProject> openWithArticle(const QString &url, const QString &title, int claims)
{
    auto project = Project::open(url, Project::OpenMode::CreateIfMissing);
    if (!project)
        return std::unexpected(project.error());
    Article article;
    article.title = title;
    article.body = u"63 drones were launched overnight. "_s + title;
    if (auto added = (*project)->articles().add(article); !added)
        return std::unexpected(added.error());
    for (int i = 0; i < claims; ++i) {
        Claim claim;
        claim.articleId = article.id;
        placeQuote(claim, article.body, 0, 2);
        if (auto added = (*project)->claims().add(claim); !added)
            return std::unexpected(added.error());
    }
    return OpenedProject{*project, article};
}

// Another analyst's program, connecting now, adds a claim to `article`.
Result<qint64> claimByAnotherAnalyst(const QString &url, const Article &article)
{
    auto theirs = Project::open(url);
    if (!theirs)
        return std::unexpected(theirs.error());
    Claim claim;
    claim.articleId = article.id;
    placeQuote(claim, article.body, 0, 2);
    return (*theirs)->claims().add(claim);
}

// The cluster's postmaster stopped (SIGSTOP) for as long as it lives: the
// kernel still accepts connections to its socket, and nobody answers them,
// while the sessions already connected keep working (each has a server
// process of its own).
class StoppedServer
{
public:
    explicit StoppedServer(const QString &dir)
    {
        QFile pidFile(dir + u"/data/postmaster.pid"_s);
        if (pidFile.open(QIODevice::ReadOnly))
            m_pid = pidFile.readLine().trimmed().toInt();
        if (m_pid > 0 && ::kill(m_pid, SIGSTOP) != 0)
            m_pid = 0;
    }
    ~StoppedServer() { resume(); }
    StoppedServer(const StoppedServer &) = delete;
    StoppedServer &operator=(const StoppedServer &) = delete;

    bool isStopped() const { return m_pid > 0; }
    void resume()
    {
        if (m_pid > 0)
            ::kill(std::exchange(m_pid, 0), SIGCONT);
    }

private:
    pid_t m_pid = 0;
};

} // namespace

Q_DECLARE_METATYPE(Claimbench::ProjectChanges)

class TestServerRestart : public QObject
{
    Q_OBJECT

    QTemporaryDir m_parent;
    QString m_dir;
    QString m_url; // the project's database

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ProjectChanges>();
        QVERIFY(m_parent.isValid());
        // World-readable parents: as root the cluster runs as the postgres account.
        QFile::setPermissions(m_parent.path(), QFile::permissions(m_parent.path()) | QFile::ExeOther | QFile::ReadOther);
        m_dir = m_parent.filePath(u"cluster"_s);
        const auto admin = cluster(u"start"_s, m_dir);
        QVERIFY2(admin, "pg-cluster.sh could not start a cluster (is postgresql-15 installed?)");
        // The admin URL names the "postgres" database; the project gets one of its own.
        QProcess createdb;
        createdb.start(u"psql"_s, {*admin, u"-qc"_s, u"CREATE DATABASE restart_test"_s});
        QVERIFY(createdb.waitForFinished(60'000));
        QCOMPARE(createdb.exitCode(), 0);
        m_url = QString(*admin).replace(u"@/postgres?"_s, u"@/restart_test?"_s);
    }

    void cleanupTestCase()
    {
        if (!m_dir.isEmpty())
            cluster(u"stop"_s, m_dir);
    }

    void restartLosesNoCommittedEditAndReconnects()
    {
        auto project = Project::open(m_url, Project::OpenMode::CreateIfMissing);
        CLAIMBENCH_VERIFY_OK(project);
        Article article;
        article.title = u"Before the restart"_s;
        article.body = u"63 drones were launched overnight."_s;
        CLAIMBENCH_VERIFY_OK((*project)->articles().add(article));
        QList<qint64> committed;
        for (int i = 0; i < 20; ++i) {
            Claim claim;
            claim.articleId = article.id;
            placeQuote(claim, article.body, 0, 2);
            claim.note = u"edit %1"_s.arg(i);
            CLAIMBENCH_VERIFY_OK((*project)->claims().add(claim));
            committed << claim.id;
        }

        QVERIFY(cluster(u"restart"_s, m_dir));

        // The first step after the restart meets the cut connection.
        Claim during;
        during.articleId = article.id;
        placeQuote(during, article.body, 0, 2);
        const auto lost = (*project)->claims().add(during);
        QVERIFY(!lost);
        QCOMPARE(lost.error().code, Error::Code::Disconnected);
        QVERIFY2(lost.error().message.contains(u"reconnects"_s), qPrintable(lost.error().message));

        // The next one reconnects by itself.
        Claim after;
        after.articleId = article.id;
        placeQuote(after, article.body, 0, 2);
        after.note = u"after the restart"_s;
        CLAIMBENCH_VERIFY_OK((*project)->claims().add(after));
        committed << after.id;

        auto stored = (*project)->claims().list();
        CLAIMBENCH_VERIFY_OK(stored);
        QList<qint64> ids;
        for (const Claim &claim : *stored)
            ids << claim.id;
        for (const qint64 id : std::as_const(committed))
            QVERIFY2(ids.contains(id), qPrintable(u"committed claim %1 is gone"_s.arg(id)));
        QCOMPARE(ids.size(), committed.size());
    }

    // The claims table's own read connection (ClaimQuery) recovers like the
    // project's: the reload that meets the cut says Disconnected, the next
    // one shows the rows again (it said "The project database could not be
    // opened" until the project was reopened).
    void claimsTableReadsAgainAfterARestart()
    {
        const auto opened = openWithArticle(m_url, u"Table before the restart"_s, 3);
        CLAIMBENCH_VERIFY_OK(opened);
        const std::shared_ptr<Project> &project = opened->project;
        ProjectSession session(project);
        ClaimsTableModel model;
        model.setSession(&session);
        const int rows = model.rowCount();
        QVERIFY(rows >= 3);
        QSignalSpy errors(&model, &ClaimsTableModel::errorOccurred);

        QVERIFY(cluster(u"restart"_s, m_dir));

        model.reload();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.constFirst().constFirst().value<Error>().code, Error::Code::Disconnected);
        model.reload();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(model.rowCount(), rows);

        // A ClaimQuery of its own, as a chart or an export holds one.
        auto query = ClaimQuery::open(*project);
        CLAIMBENCH_VERIFY_OK(query);
        CLAIMBENCH_VERIFY_OK(query->count({}));
        QVERIFY(cluster(u"restart"_s, m_dir));
        const auto lost = query->count({});
        QVERIFY(!lost);
        QCOMPARE(lost.error().code, Error::Code::Disconnected);
        const auto again = query->count({});
        CLAIMBENCH_VERIFY_OK(again);
        QCOMPARE(*again, qint64(rows));
    }

    // The change feed's LISTEN connection hears nothing once the server has
    // restarted unless it connects again: it does, says everything may have
    // changed (the notices sent meanwhile are lost), and hears the next change.
    void changeFeedListensAgainAfterARestart()
    {
        const auto opened = openWithArticle(m_url, u"Feed before the restart"_s, 1);
        CLAIMBENCH_VERIFY_OK(opened);
        const Article &article = opened->article;
        const std::unique_ptr<ChangeFeed> feed = ChangeFeed::create(opened->project);
        QVERIFY(feed);
        QTRY_VERIFY_WITH_TIMEOUT(feed->isListening(), 10'000);
        QSignalSpy listening(feed.get(), &ChangeFeed::listeningChanged);
        QSignalSpy changed(feed.get(), &ChangeFeed::changed);

        QVERIFY(cluster(u"restart"_s, m_dir));

        QTRY_VERIFY_WITH_TIMEOUT(listening.size() >= 2, 30'000);
        QCOMPARE(listening.first().constFirst().toBool(), false);
        QCOMPARE(listening.last().constFirst().toBool(), true);
        QVERIFY(feed->isListening());
        QCOMPARE(changed.size(), 1);
        const auto everything = changed.takeFirst().constFirst().value<ProjectChanges>();
        QVERIFY(everything.everything);
        QVERIFY(everything.claimsOfArticles.contains(article.id));
        QVERIFY(everything.tags && everything.metrics && everything.claimants);

        CLAIMBENCH_VERIFY_OK(claimByAnotherAnalyst(m_url, article));
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 5000);
        const auto heard = changed.takeFirst().constFirst().value<ProjectChanges>();
        QVERIFY(!heard.everything);
        QCOMPARE(heard.claimsOfArticles, QList<qint64>{article.id});
    }

    // The window is built while a server that accepts connections and never
    // answers keeps the feed connecting (up to the 10 s connect timeout: the
    // window did not appear for that long): the session is there and usable
    // at once, the feed not yet listening, and it starts when the server answers.
    void sessionDoesNotWaitForTheFeedsServer()
    {
        const auto opened = openWithArticle(m_url, u"Before the server stopped answering"_s, 0);
        CLAIMBENCH_VERIFY_OK(opened);
        const Article &article = opened->article;
        StoppedServer stopped(m_dir);
        QVERIFY2(stopped.isStopped(), "could not stop the cluster's postmaster");

        ProjectSession session(opened->project);
        QVERIFY2(session.changeFeed(), "a server project's session follows other analysts");
        QVERIFY(!session.changeFeed()->isListening());
        ClaimDraft draft;
        draft.claim.articleId = article.id;
        placeQuote(draft.claim, article.body, 0, 2);
        CLAIMBENCH_VERIFY_OK(session.createClaim(draft));
        QVERIFY(!session.changeFeed()->isListening());

        stopped.resume();
        QTRY_VERIFY_WITH_TIMEOUT(session.changeFeed()->isListening(), 30'000);
        QSignalSpy claims(&session, &ProjectSession::claimsChanged);
        CLAIMBENCH_VERIFY_OK(claimByAnotherAnalyst(m_url, article));
        QTRY_VERIFY_WITH_TIMEOUT(!claims.isEmpty(), 5000);
        QVERIFY(claims.constLast().constFirst().value<QList<qint64>>().contains(article.id));
    }
};

QTEST_GUILESS_MAIN(TestServerRestart)
#include "tst_serverrestart.moc"
