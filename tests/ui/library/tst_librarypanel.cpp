#include "common/freshprojects.h"
#include "common/resultcheck.h"
#include "core/commands/projectsession.h"
#include "core/models/articlelistmodel.h"
#include "core/models/articlesearcher.h"
#include "core/store/articlerepository.h"
#include "ui/library/librarypanel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <optional>

using namespace Claimbench;
using namespace Qt::StringLiterals;

class TestLibraryPanel : public QObject
{
    Q_OBJECT

    FreshProjects m_projects;

    // A session on a new project holding one article titled `title`.
    std::unique_ptr<ProjectSession> newSession(const QString &title)
    {
        auto project = m_projects.open();
        if (!project)
            return nullptr;
        Article article;
        article.title = title;
        article.url = u"https://example.org/"_s + title;
        article.body = u"Russia launched 63 drones overnight."_s;
        QList<Article> articles{article};
        if (!(*project)->articles().addAll(articles))
            return nullptr;
        return std::make_unique<ProjectSession>(*project);
    }

    // `count` articles on m_first, each `sentence` said a different number
    // of times (and numbered, so that none is a duplicate).
    bool addReports(int count, const QString &sentence)
    {
        QList<Article> articles;
        for (int i = 0; i < count; ++i) {
            Article article;
            article.title = u"Report %1"_s.arg(i);
            article.url = u"https://example.org/report/%1"_s.arg(i);
            article.body = sentence.repeated(1 + i % 5) + QString::number(i);
            articles.append(article);
        }
        return m_first->project()->articles().addAll(articles).has_value();
    }

    static QString firstTitle(const ArticleListModel &model)
    {
        return model.index(0, ArticleListModel::TitleColumn).data().toString();
    }

    std::unique_ptr<ProjectSession> m_first;
    std::unique_ptr<ProjectSession> m_second;
    std::optional<ArticleListModel> m_model;
    std::optional<LibraryPanel> m_panel;

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Every test starts with the panel on m_first; m_second is another project.
    void init()
    {
        m_first = newSession(u"First"_s);
        m_second = newSession(u"Second"_s);
        QVERIFY(m_first && m_second);
        m_model.emplace();
        m_panel.emplace(&*m_model);
        m_panel->setSession(m_first.get());
    }

    void cleanup()
    {
        m_panel.reset();
        m_model.reset();
        m_first.reset();
        m_second.reset();
    }

    // The date and count columns were sized from the text alone and elided
    // "30 May 2024" to "30 May 20…" once the style's padding came in; each
    // must fit what the view's own delegate asks for, and its title sorted.
    void fixedColumnsFitTheirWidestCells()
    {
        Article article;
        article.title = u"Late"_s;
        article.url = u"https://example.org/late"_s;
        article.body = u"Text."_s;
        article.published = PartialDate::day(2024, 9, 28);
        QList<Article> articles{article};
        QVERIFY(m_first->project()->articles().addAll(articles));
        m_panel->setSession(nullptr);
        m_panel->setSession(m_first.get());
        m_panel->resize(300, 400);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(&*m_panel));
        const QAbstractItemView *view = m_panel->view(); // QTableView hides the public overload
        QHeaderView *header = m_panel->view()->horizontalHeader();
        header->setSortIndicator(ArticleListModel::ClaimsColumn, Qt::DescendingOrder);
        for (int column : {int(ArticleListModel::PublishedColumn), int(ArticleListModel::ClaimsColumn)}) {
            QVERIFY2(header->sectionSize(column) >= view->sizeHintForColumn(column),
                     qPrintable(u"column %1: %2 < %3"_s.arg(column).arg(header->sectionSize(column))
                                    .arg(view->sizeHintForColumn(column))));
            QVERIFY(header->sectionSize(column) >= header->sectionSizeHint(column));
        }
    }

    // In the default layout's narrow right-hand column the titles were cut
    // to "…": the outlet gives way to the title, and returns when wide.
    void aNarrowLibraryKeepsItsTitlesReadable()
    {
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(&*m_panel));
        QHeaderView *header = m_panel->view()->horizontalHeader();
        const int character = m_panel->view()->fontMetrics().averageCharWidth();
        for (const int width : {260, 300, 360, 480, 800}) {
            m_panel->resize(width, 400);
            QCoreApplication::processEvents();
            const int title = header->sectionSize(ArticleListModel::TitleColumn);
            QVERIFY2(title >= 14 * character,
                     qPrintable(u"%1 px wide: title %2 px"_s.arg(width).arg(title)));
        }
        QVERIFY(!header->isSectionHidden(ArticleListModel::OutletColumn));
        QCOMPARE(header->sectionSize(ArticleListModel::OutletColumn), 16 * character);
        m_panel->resize(260, 400);
        QCoreApplication::processEvents();
        QVERIFY(header->isSectionHidden(ArticleListModel::OutletColumn));
    }

    void setSessionListsItsArticlesWithTheSearchCleared()
    {
        QCOMPARE(m_model->rowCount(), 1);
        QCOMPARE(firstTitle(*m_model), u"First"_s);

        m_panel->searchField()->setText(u"nothing matches this"_s);
        QTest::keyClick(m_panel->searchField(), Qt::Key_Return);
        QCOMPARE(m_model->rowCount(), 0);

        m_panel->setSession(m_second.get());
        QVERIFY(m_panel->searchField()->text().isEmpty());
        QVERIFY(m_model->search().isEmpty());
        QCOMPARE(firstTitle(*m_model), u"Second"_s);

        m_panel->setSession(nullptr);
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(!m_model->project());
    }

    // A common word is shown ranked among its newest matches first; the
    // ranking of all of them must then replace it, not be taken for a repeat.
    void typingShowsTheFullRankingAfterTheQuickOne()
    {
        QVERIFY(addReports(30, u"Drones were shot down. "_s));
        m_panel->searcher()->setQuickRankingMatches(5);
        QSignalSpy ranked(m_panel->searcher(), &ArticleSearcher::ranked);
        m_panel->searchField()->setText(u"drones"_s);
        QTRY_COMPARE_WITH_TIMEOUT(ranked.count(), 2, 10000);
        QCOMPARE(ranked.at(0).at(2).toBool(), false);
        QCOMPARE(ranked.at(1).at(2).toBool(), true);
        QCOMPARE(m_model->rowCount(), 31); // and "First"
        QCOMPARE(m_model->search(), u"drones"_s);
    }

    // A hostile test: after scrolling a result list to its end, the next
    // query's best matches appeared scrolled out of view.
    void aNewSearchShowsItsBestMatchesFromTheTop()
    {
        QVERIFY(addReports(80, u"Drones and missiles were launched. "_s));
        m_panel->setSession(nullptr);
        m_panel->setSession(m_first.get());
        m_panel->resize(400, 300);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(&*m_panel));
        QTableView *view = m_panel->view();
        m_panel->searchField()->setText(u"drones"_s);
        QTest::keyClick(m_panel->searchField(), Qt::Key_Return);
        QCOMPARE(m_model->rowCount(), 81);
        view->scrollToBottom();
        QVERIFY(view->verticalScrollBar()->value() > 0);
        m_panel->searchField()->setText(u"missiles"_s);
        QTest::keyClick(m_panel->searchField(), Qt::Key_Return);
        QCOMPARE(view->verticalScrollBar()->value(), 0);
        // An edit's reload of the same search keeps the list where it is.
        view->scrollToBottom();
        const int scrolled = view->verticalScrollBar()->value();
        QVERIFY(scrolled > 0);
        m_model->reload();
        QCOMPARE(view->verticalScrollBar()->value(), scrolled);
    }

    // The claims column counts claims per article, so a claim edit reloads
    // the library; a session the panel no longer holds reloads nothing.
    void reloadsOnlyOnItsSessionsClaimChanges()
    {
        QVERIFY(m_model->rowCount() > 0);
        // A reload merges the rows again (no reset): every row reports a change.
        QSignalSpy resets(&*m_model, &QAbstractItemModel::dataChanged);
        Q_EMIT m_first->claimsChanged({});
        QCOMPARE(resets.size(), 1);

        m_panel->setSession(m_second.get());
        resets.clear();
        Q_EMIT m_first->claimsChanged({});
        QCOMPARE(resets.size(), 0);
        Q_EMIT m_second->claimsChanged({});
        QCOMPARE(resets.size(), 1);
    }
};

QTEST_MAIN(TestLibraryPanel)
#include "tst_librarypanel.moc"
