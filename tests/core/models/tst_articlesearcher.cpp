#include "common/freshprojects.h"
#include "common/resultcheck.h"
#include "common/samplearticles.h"
#include "core/models/articlesearcher.h"
#include "core/store/articlerepository.h"
#include "core/store/project.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <optional>

using namespace Claimbench;
using namespace Qt::StringLiterals;

class TestArticleSearcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto project = m_projects.open();
        CLAIMBENCH_VERIFY_OK(project);
        m_project = *project;
        QList<Article> articles;
        for (int i = 0; i < 300; ++i)
            articles.append(makeArticle(u"Report %1"_s.arg(i), u"Wire"_s, PartialDate::day(2025, 1, 1 + i % 28),
                                        u"Drones launched overnight, %1 shot down. "_s.arg(i).repeated(1 + i % 7)
                                            + (i % 3 ? u"Casualties rose."_s : u"Refugees left."_s)));
        CLAIMBENCH_VERIFY_OK(m_project->articles().addAll(articles));
    }

    void cleanupTestCase() { m_project.reset(); }

    void rankedIsTheRepositorysRanking()
    {
        ArticleSearcher searcher;
        searcher.setProject(m_project);
        QSignalSpy ranked(&searcher, &ArticleSearcher::ranked);
        QSignalSpy failed(&searcher, &ArticleSearcher::failed);
        searcher.search(u"drones shot"_s);
        QVERIFY(searcher.isSearching());
        QVERIFY(ranked.wait(10000));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(ranked.at(0).at(0).toString(), u"drones shot"_s);
        auto expected = m_project->articles().rankedIds(u"drones shot"_s);
        CLAIMBENCH_VERIFY_OK(expected);
        QCOMPARE(ranked.at(0).at(1).value<QList<qint64>>(), *expected);
        QCOMPARE(expected->size(), 100);
        QVERIFY(!searcher.isSearching());
    }

    // More matches than the quick ranking takes: its newest ones ranked
    // first, then all of them, as the repository ranks them.
    void aCommonWordIsRankedAmongItsNewestMatchesFirst()
    {
        ArticleSearcher searcher;
        searcher.setProject(m_project);
        searcher.setQuickRankingMatches(120);
        QSignalSpy ranked(&searcher, &ArticleSearcher::ranked);
        searcher.search(u"drones"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!searcher.isSearching(), 10000);
        QCOMPARE(ranked.count(), 2);
        QCOMPARE(ranked.at(0).at(2).toBool(), false);
        auto quick = m_project->articles().rankedIdsAmongNewest(u"drones"_s, 120);
        CLAIMBENCH_VERIFY_OK(quick);
        QCOMPARE(ranked.at(0).at(1).value<QList<qint64>>(), quick->ids);
        QCOMPARE(ranked.at(1).at(2).toBool(), true);
        QCOMPARE(ranked.at(1).at(1).value<QList<qint64>>(), *m_project->articles().rankedIds(u"drones"_s));

        // Fewer matches than that: one announcement, already complete.
        ranked.clear();
        searcher.search(u"refugees"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!searcher.isSearching(), 10000);
        QCOMPARE(ranked.count(), 1);
        QCOMPARE(ranked.at(0).at(2).toBool(), true);
        QCOMPARE(ranked.at(0).at(1).value<QList<qint64>>().size(), 100);
    }

    // Typing searches at every key: only the last text is announced.
    void aNewSearchCancelsTheOneRunning()
    {
        ArticleSearcher searcher;
        searcher.setProject(m_project);
        QSignalSpy ranked(&searcher, &ArticleSearcher::ranked);
        for (const QString &text : {u"d"_s, u"dr"_s, u"dro"_s, u"casualties"_s})
            searcher.search(text);
        QTRY_VERIFY_WITH_TIMEOUT(!searcher.isSearching(), 10000);
        QCOMPARE(ranked.count(), 1);
        QCOMPARE(ranked.at(0).at(0).toString(), u"casualties"_s);
        QCOMPARE(ranked.at(0).at(1).value<QList<qint64>>().size(), 100);
    }

    void cancelAnnouncesNothing()
    {
        ArticleSearcher searcher;
        searcher.setProject(m_project);
        QSignalSpy ranked(&searcher, &ArticleSearcher::ranked);
        searcher.search(u"refugees"_s);
        searcher.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!searcher.isSearching(), 10000);
        QCOMPARE(ranked.count(), 0);
    }

    void withoutAProjectNothingRuns()
    {
        ArticleSearcher searcher;
        QSignalSpy ranked(&searcher, &ArticleSearcher::ranked);
        searcher.search(u"drones"_s);
        QVERIFY(!searcher.isSearching());
        searcher.setProject(m_project);
        searcher.search(u"drones"_s);
        searcher.setProject(nullptr); // cancels
        // The search thread's connection is closed: nothing holds the project.
        QCOMPARE(m_project.use_count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!searcher.isSearching(), 10000);
        QCOMPARE(ranked.count(), 0);
    }

    // Destroyed mid-search (a project closed, the app quitting): it waits for
    // the worker, which must not outlive the project's connection.
    void destroyedWhileSearchingWaitsForTheWorker()
    {
        std::optional<ArticleSearcher> searcher(std::in_place);
        searcher->setProject(m_project);
        searcher->search(u"drones"_s);
        QVERIFY(searcher->isSearching());
        searcher.reset();
        QCOMPARE(m_project.use_count(), 1);
    }

private:
    FreshProjects m_projects;
    std::shared_ptr<Project> m_project;
};

QTEST_GUILESS_MAIN(TestArticleSearcher)
#include "tst_articlesearcher.moc"
