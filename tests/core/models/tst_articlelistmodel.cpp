#include "common/freshprojects.h"
#include "common/resultcheck.h"
#include "common/samplearticles.h"
#include "core/models/articlelistmodel.h"
#include "core/store/articlerepository.h"
#include "core/store/project.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

QStringList titles(const ArticleListModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, ArticleListModel::TitleColumn).data().toString());
    return result;
}

} // namespace

class TestArticleListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        auto project = m_projects.open();
        CLAIMBENCH_VERIFY_OK(project);
        m_project = *project;
        QList<Article> articles{
            makeArticle(u"Losses surpass one million"_s, u"Kyiv Post"_s, PartialDate::day(2025, 6, 13),
                        u"Russian casualties have surpassed one million troops, the General Staff said."_s),
            makeArticle(u"Drone attacks overnight"_s, u"Reuters"_s, PartialDate::month(2024, 11),
                        u"Russia launched 63 drones overnight; 28 were shot down."_s),
            makeArticle(u"Statement to the OSCE"_s, u"GOV.UK"_s, PartialDate::year(2023),
                        u"The United Kingdom estimates more than 300,000 Russian casualties."_s),
        };
        auto added = m_project->articles().addAll(articles);
        CLAIMBENCH_VERIFY_OK(added);
    }

    void cleanup()
    {
        m_project.reset();
    }

    void withoutProjectHasNoRows()
    {
        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(ArticleListModel::ColumnCount));
        model.setSearch(u"drones"_s);
        QCOMPARE(model.rowCount(), 0);
    }

    void listsEveryArticleNewestFirst()
    {
        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(m_project);
        QCOMPARE(titles(model), (QStringList{u"Losses surpass one million"_s,
                                             u"Drone attacks overnight"_s,
                                             u"Statement to the OSCE"_s}));
        const QModelIndex first = model.index(0, 0);
        QVERIFY(first.data(ArticleListModel::ArticleIdRole).toLongLong() > 0);
        QCOMPARE(model.articleIdAt(0), first.data(ArticleListModel::ArticleIdRole).toLongLong());
        QCOMPARE(model.rowOfArticle(model.articleIdAt(2)), 2);
        QCOMPARE(model.rowOfArticle(-5), -1);
        QCOMPARE(model.articleIdAt(3), 0);
        QCOMPARE(model.index(0, ArticleListModel::OutletColumn).data().toString(), u"Kyiv Post"_s);
        QCOMPARE(model.index(0, ArticleListModel::ClaimsColumn).data().toInt(), 0);
    }

    void searchSwitchesToFullText_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("one word") << u"drones"_s << QStringList{u"Drone attacks overnight"_s};
        QTest::newRow("word in two bodies")
            << u"casualties"_s
            << QStringList{u"Losses surpass one million"_s, u"Statement to the OSCE"_s};
        QTest::newRow("no match") << u"inflation"_s << QStringList{};
        QTest::newRow("FTS syntax is just text") << u"\"drones AND ("_s << QStringList{};
        QTest::newRow("blank lists all")
            << u"   "_s
            << QStringList{u"Losses surpass one million"_s, u"Drone attacks overnight"_s,
                           u"Statement to the OSCE"_s};
    }

    void searchSwitchesToFullText()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy errors(&model, &ArticleListModel::errorOccurred);
        model.setProject(m_project);
        model.setSearch(query);
        QStringList found = titles(model);
        // Rank order is the repository's business; the set of hits is ours.
        found.sort();
        expected.sort();
        QCOMPARE(found, expected);
        QCOMPARE(errors.count(), 0);
    }

    // A search ranked elsewhere (ArticleSearcher) shows as setSearch() would,
    // snippets read when a row's are first asked for.
    void aSearchResultShowsAsTheSameSearchWould()
    {
        for (const int sortColumn : {-1, int(ArticleListModel::TitleColumn)}) {
            ArticleListModel reference;
            reference.setProject(m_project);
            reference.sort(sortColumn);
            reference.setSearch(u"casualties"_s);
            ArticleListModel model;
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.setProject(m_project);
            model.sort(sortColumn);
            QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
            auto ranked = m_project->articles().rankedIds(u"casualties"_s);
            CLAIMBENCH_VERIFY_OK(ranked);
            model.showSearchResult(u" casualties "_s, *ranked);
            QCOMPARE(resets.count(), 1);
            QCOMPARE(model.search(), u"casualties"_s);
            QCOMPARE(titles(model), titles(reference));
            QCOMPARE(model.rowCount(), 2);
            for (int row = 0; row < model.rowCount(); ++row) {
                const QString snippet = model.index(row, 0).data(ArticleListModel::SnippetRole).toString();
                QVERIFY2(snippet.contains(u"[casualties]"_s), qPrintable(snippet));
                QVERIFY(model.index(row, 0).data(Qt::ToolTipRole).toString().endsWith(snippet));
            }
            model.showSearchResult({}, {});
            QCOMPARE(model.rowCount(), 3);
            QVERIFY(model.index(0, 0).data(ArticleListModel::SnippetRole).toString().isEmpty());
        }
    }

    void clearingTheSearchListsAllAgain()
    {
        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(m_project);
        model.setSearch(u"drones"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.search(), u"drones"_s);
        model.setSearch({});
        QCOMPARE(model.rowCount(), 3);
    }

    void reloadPicksUpNewArticles()
    {
        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(m_project);
        Article later = makeArticle(u"Newest report"_s, u"BBC"_s, PartialDate::day(2026, 1, 2),
                                    u"Over 1.2 million casualties."_s);
        QVERIFY(m_project->articles().add(later));
        QCOMPARE(model.rowCount(), 3);
        model.reload();
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, 0).data().toString(), u"Newest report"_s);
    }

    void droppingTheProjectEmptiesTheModel()
    {
        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(m_project);
        QCOMPARE(model.rowCount(), 3);
        model.setProject(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void untitledArticleShowsItsFileName()
    {
        Article article;
        article.sourcePath = u"/tmp/saved/report.txt"_s;
        QCOMPARE(ArticleListModel::displayTitle(article), u"report.txt"_s);
        article.title = u"  A  title\n"_s;
        QCOMPARE(ArticleListModel::displayTitle(article), u"A title"_s);
    }

    void displayDateKeepsThePrecision_data()
    {
        QTest::addColumn<PartialDate>("date");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown") << PartialDate() << QString();
        QTest::newRow("year") << PartialDate::year(2023) << u"2023"_s;
        QTest::newRow("month") << PartialDate::month(2024, 11)
                               << QLocale().toString(QDate(2024, 11, 1), u"MMM yyyy");
        QTest::newRow("day") << PartialDate::day(2025, 6, 13)
                             << QLocale().toString(QDate(2025, 6, 13), u"d MMM yyyy");
    }

    void displayDateKeepsThePrecision()
    {
        QFETCH(PartialDate, date);
        QFETCH(QString, expected);
        QCOMPARE(ArticleListModel::displayDate(date), expected);
    }

    void publishedSortsChronologically()
    {
        ArticleListModel model;
        model.setProject(m_project);
        const auto sortKey = [&](int row) {
            return model.index(row, ArticleListModel::PublishedColumn)
                .data(ArticleListModel::SortRole).toString();
        };
        QVERIFY(sortKey(2) < sortKey(1));
        QVERIFY(sortKey(1) < sortKey(0));
    }

    // The library sorted through a QSortFilterProxyModel (SortRole, case
    // insensitive) until the model sorted itself: both orders must agree,
    // ties included, in both directions, listing and searching.
    void sortsAsTheSortFilterProxyDid_data()
    {
        QTest::addColumn<QString>("search");
        QTest::newRow("listing") << QString();
        QTest::newRow("search") << u"casualties"_s;
    }

    void sortsAsTheSortFilterProxyDid()
    {
        QFETCH(QString, search);
        QList<Article> ties{
            makeArticle(u"drone attacks overnight"_s, u"reuters"_s, PartialDate::month(2024, 11),
                        u"Another 40 drones and casualties."_s),
            makeArticle(u"Élan of the army"_s, u"Kyiv Post"_s, PartialDate::day(2024, 11, 1),
                        u"Casualties: 12 soldiers."_s),
            makeArticle(QString(), QString(), PartialDate(), u"Untitled casualties, 7."_s),
            makeArticle(u" \u00A0\t"_s, QString(), PartialDate(), u"Blank-titled casualties, 8."_s),
        };
        ties[2].sourcePath = u"/saved/b-file.txt"_s;
        ties[3].sourcePath = u"/saved/a-file.txt"_s;
        CLAIMBENCH_VERIFY_OK(m_project->articles().addAll(ties));
        Claim claim;
        claim.articleId = ties[1].id;
        claim.end = 2;
        CLAIMBENCH_VERIFY_OK(m_project->claims().add(claim));

        ArticleListModel reference;
        reference.setProject(m_project);
        reference.setSearch(search);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&reference);
        proxy.setSortRole(ArticleListModel::SortRole);
        proxy.setSortCaseSensitivity(Qt::CaseInsensitive);

        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(m_project);
        model.setSearch(search);
        const auto ids = [](const QAbstractItemModel &m) {
            QList<qint64> result;
            for (int row = 0; row < m.rowCount(); ++row)
                result.append(m.index(row, 0).data(ArticleListModel::ArticleIdRole).toLongLong());
            return result;
        };
        QVERIFY(model.rowCount() >= 4);
        for (int column = 0; column < ArticleListModel::ColumnCount; ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                proxy.sort(column, order);
                model.sort(column, order);
                QCOMPARE(ids(model), ids(proxy));
            }
        }
        proxy.sort(-1);
        model.sort(-1);
        QCOMPARE(ids(model), ids(reference));
        QCOMPARE(ids(proxy), ids(reference));
    }

    void sortKeepsTheCurrentRowOnItsArticle()
    {
        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(m_project);
        const QPersistentModelIndex oldest = model.index(2, ArticleListModel::OutletColumn);
        const qint64 id = model.articleIdAt(2);
        model.sort(ArticleListModel::PublishedColumn, Qt::AscendingOrder);
        QCOMPARE(oldest.row(), 0);
        QCOMPARE(oldest.column(), int(ArticleListModel::OutletColumn));
        QCOMPARE(model.articleIdAt(0), id);
        // A reload (an edit elsewhere) keeps the sort.
        model.reload();
        QCOMPARE(model.articleIdAt(0), id);
    }

    void readsOnlyThePagesItIsAskedFor()
    {
        QList<Article> many;
        for (int i = 0; i < 2 * ArticleListModel::pageSize + 50; ++i)
            many.append(makeArticle(u"Report %1"_s.arg(i, 4, 10, QChar(u'0')), u"Wire"_s, PartialDate::year(2000),
                                    u"Body %1."_s.arg(i)));
        CLAIMBENCH_VERIFY_OK(m_project->articles().addAll(many));
        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProject(m_project);
        const int rows = 3 + int(many.size());
        QCOMPARE(model.rowCount(), rows);
        // Oldest last, newest id first among equal dates: the last row is the
        // first report added.
        QCOMPARE(model.index(rows - 1, ArticleListModel::TitleColumn).data().toString(), u"Report 0000"_s);
        QCOMPARE(model.rowOfArticle(many.first().id), rows - 1);
        QCOMPARE(model.index(3, ArticleListModel::TitleColumn).data().toString(),
                 u"Report %1"_s.arg(many.size() - 1, 4, 10, QChar(u'0')));
        model.sort(ArticleListModel::TitleColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, ArticleListModel::TitleColumn).data().toString(), u"Statement to the OSCE"_s);
    }

private:
    FreshProjects m_projects;
    std::shared_ptr<Project> m_project;
};

QTEST_GUILESS_MAIN(TestArticleListModel)
#include "tst_articlelistmodel.moc"
