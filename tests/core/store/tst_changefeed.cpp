// Other analysts' changes on a team server reach this program's views: two
// Projects on one server database stand for two analysts' programs.
#include "common/freshprojects.h"
#include "common/resultcheck.h"
#include "core/commands/projectsession.h"
#include "core/domain/quoteplacement.h"
#include "core/store/changefeed.h"
#include "core/store/project.h"

#include <QSignalSpy>
#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Claimbench::ProjectChanges)

namespace {

Claim claimOn(const Article &article)
{
    Claim claim;
    claim.articleId = article.id;
    placeQuote(claim, article.body, 0, 2);
    return claim;
}

} // namespace

class TestChangeFeed : public QObject
{
    Q_OBJECT

    FreshProjects m_projects;
    std::shared_ptr<Project> m_mine;   // this program's
    std::shared_ptr<Project> m_theirs; // another analyst's, on the same database
    std::unique_ptr<ChangeFeed> m_feed;
    Article m_article;

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ProjectChanges>(); }

    void init()
    {
        auto mine = m_projects.open();
        CLAIMBENCH_VERIFY_OK(mine);
        m_mine = *mine;
        m_feed = ChangeFeed::create(m_mine);
        if (!onTestServer()) {
            QVERIFY2(!m_feed, "a file project has no feed");
            QSKIP("a file project has no other analysts' notices; the rest runs on the server backend");
        }
        QVERIFY(m_feed);
        // It connects in the background; the other analyst writes once it listens.
        QTRY_VERIFY_WITH_TIMEOUT(m_feed->isListening(), 10'000);
        QVERIFY(m_feed->hasListened());
        auto theirs = Project::open(m_mine->path());
        CLAIMBENCH_VERIFY_OK(theirs);
        m_theirs = *theirs;
        m_article = Article{};
        m_article.title = u"Night of drones"_s;
        m_article.body = u"42 drones were launched overnight."_s;
        CLAIMBENCH_VERIFY_OK(m_theirs->articles().add(m_article));
        // The import's notice, which the tests below do not count.
        QSignalSpy imported(m_feed.get(), &ChangeFeed::changed);
        QVERIFY(imported.wait(2000));
    }

    void cleanup()
    {
        m_feed.reset();
        m_theirs.reset();
        m_mine.reset();
    }

    // Connecting is left to the feed's own thread: create() returns before
    // the server has answered, and the feed says when it listens.
    void connectsInTheBackground()
    {
        const std::unique_ptr<ChangeFeed> feed = ChangeFeed::create(m_mine);
        QVERIFY(feed);
        QVERIFY(!feed->isListening());
        QVERIFY(!feed->hasListened());
        QSignalSpy listening(feed.get(), &ChangeFeed::listeningChanged);
        QVERIFY(listening.wait(10'000));
        QCOMPARE(listening.constFirst().constFirst().toBool(), true);
        QVERIFY(feed->isListening());
    }

    // SPEC: other analysts' changes appear within a second.
    void anotherAnalystsClaimArrivesWithinASecond()
    {
        QSignalSpy spy(m_feed.get(), &ChangeFeed::changed);
        Claim claim = claimOn(m_article);
        CLAIMBENCH_VERIFY_OK(m_theirs->claims().add(claim));
        QVERIFY(spy.wait(1000));
        const auto changes = spy.takeFirst().constFirst().value<ProjectChanges>();
        QCOMPARE(changes.claimsOfArticles, QList<qint64>{m_article.id});
        QVERIFY(!changes.tags && !changes.metrics && !changes.claimants);
    }

    // A batch is gathered into one announcement.
    void manyWritesAreOneAnnouncement()
    {
        QSignalSpy spy(m_feed.get(), &ChangeFeed::changed);
        for (int i = 0; i < 50; ++i) {
            Claim claim = claimOn(m_article);
            CLAIMBENCH_VERIFY_OK(m_theirs->claims().add(claim));
        }
        QVERIFY(spy.wait(1000));
        QTest::qWait(ChangeFeed::kGatherMs * 2);
        QCOMPARE(spy.size(), 1);
    }

    void ownWritesAreLeftOut()
    {
        QSignalSpy spy(m_feed.get(), &ChangeFeed::changed);
        Claim claim = claimOn(m_article);
        CLAIMBENCH_VERIFY_OK(m_mine->claims().add(claim));
        QVERIFY(!spy.wait(ChangeFeed::kGatherMs * 4));
    }

    void tagsMetricsAndClaimantsAreNamed()
    {
        QSignalSpy spy(m_feed.get(), &ChangeFeed::changed);
        Tag tag;
        tag.name = u"Drones"_s;
        CLAIMBENCH_VERIFY_OK(m_theirs->tags().add(tag));
        Metric metric;
        metric.name = u"Drones launched"_s;
        CLAIMBENCH_VERIFY_OK(m_theirs->metrics().add(metric));
        Claimant claimant;
        claimant.name = u"Air Force of Ukraine"_s;
        CLAIMBENCH_VERIFY_OK(m_theirs->claimants().add(claimant));
        QVERIFY(spy.wait(1000));
        const auto changes = spy.takeFirst().constFirst().value<ProjectChanges>();
        QVERIFY(changes.tags);
        QVERIFY(changes.metrics);
        QVERIFY(changes.claimants);
        QVERIFY(changes.claimsOfArticles.isEmpty());
    }

    // The session announces them as its own, so every view reloads.
    void sessionAnnouncesThemAsItsOwn()
    {
        ProjectSession session(m_mine);
        QVERIFY(session.changeFeed());
        QTRY_VERIFY_WITH_TIMEOUT(session.changeFeed()->isListening(), 10'000);
        QSignalSpy claims(&session, &ProjectSession::claimsChanged);
        QSignalSpy tags(&session, &ProjectSession::tagsChanged);
        Claim claim = claimOn(m_article);
        CLAIMBENCH_VERIFY_OK(m_theirs->claims().add(claim));
        Tag tag;
        tag.name = u"Casualties"_s;
        CLAIMBENCH_VERIFY_OK(m_theirs->tags().add(tag));
        QVERIFY(claims.wait(1000));
        QCOMPARE(claims.constFirst().constFirst().value<QList<qint64>>(), QList<qint64>{m_article.id});
        QTRY_COMPARE_WITH_TIMEOUT(tags.size(), 1, 1000);
    }
};

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
