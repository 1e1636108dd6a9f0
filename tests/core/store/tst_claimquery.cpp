#include "common/resultcheck.h"
#include "common/testbackend.h"
#include "core/models/sampleclaims.h"
#include "core/store/claimquery.h"
#include "core/store/project.h"
#include "core/store/sqlsupport.h"

#include <QTest>

#include <algorithm>

using namespace Claimbench;
using namespace Qt::StringLiterals;

using Key = ClaimQuery::SortKey;

namespace {
// The plan tests read SQLite's EXPLAIN QUERY PLAN wording.
constexpr const char *kSqlitePlans = "SQLite's query plans; the server's are bench/'s to measure";
} // namespace

class TestClaimQuery : public QObject
{
    Q_OBJECT

    SampleProject m_fixture;
    std::shared_ptr<Project> &m_project = m_fixture.project;
    SampleClaims &m_sample = m_fixture.sample;

    QList<qint64> ids(const QStringList &labels) const
    {
        QList<qint64> list;
        for (const QString &label : labels)
            list << m_sample.claims.value(label);
        return list;
    }

    static QList<qint64> idsOf(const QList<ClaimRow> &rows)
    {
        QList<qint64> list;
        for (const ClaimRow &row : rows)
            list << row.claim.id;
        return list;
    }

private Q_SLOTS:
    void init() { CLAIMBENCH_VERIFY_OK(m_fixture.open()); }
    void cleanup() { m_fixture.close(); }

    void rowCarriesNamesAndArticle()
    {
        auto query = ClaimQuery::open(*m_project);
        CLAIMBENCH_VERIFY_OK(query);
        auto rows = query->page({}, {}, 0, 100);
        CLAIMBENCH_VERIFY_OK(rows);
        QCOMPARE(rows->size(), 6);
        const ClaimRow &first = rows->first();
        QCOMPARE(first.claim.id, m_sample.claims[u"d63"_s]);
        QCOMPARE(first.claim.quote, u"63 drones were launched 🚀"_s);
        QCOMPARE(first.claim.value, std::optional<double>(63));
        QCOMPARE(first.claim.asOf, PartialDate::day(2024, 2, 29));
        QCOMPARE(first.claim.note, u"night total"_s);
        QCOMPARE(first.articleTitle, u"Night of drones"_s);
        QCOMPARE(first.articleUrl, u"https://kyivpost.example/1"_s);
        QCOMPARE(first.outlet, u"Kyiv Post"_s);
        QCOMPARE(first.published, PartialDate::day(2024, 3, 1));
        QCOMPARE(first.metric, u"Drones launched"_s);
        QCOMPARE(first.claimant, u"Ukrainian Air Force"_s);
        QCOMPARE(first.tag, u"Air war"_s);
        QCOMPARE(rows->at(3).claimant, QString());
    }

    // ClaimQuery and ClaimRepository read a claim's columns with one reader
    // (ClaimColumns), so a row's claim is the stored claim, field for field.
    void rowClaimIsTheStoredClaim()
    {
        auto query = ClaimQuery::open(*m_project);
        CLAIMBENCH_VERIFY_OK(query);
        auto rows = query->page({}, {}, 0, 100);
        CLAIMBENCH_VERIFY_OK(rows);
        QVERIFY(!rows->isEmpty());
        for (const ClaimRow &row : std::as_const(*rows)) {
            auto stored = m_project->claims().get(row.claim.id);
            CLAIMBENCH_VERIFY_OK(stored);
            QCOMPARE(row.claim.contextBefore, stored->contextBefore);
            QCOMPARE(row.claim.contextAfter, stored->contextAfter);
            QCOMPARE(row.claim.created, stored->created);
            QCOMPARE(row.claim.updated, stored->updated);
            QCOMPARE(row.claim.start, stored->start);
            QCOMPARE(row.claim.metricId, stored->metricId);
            QCOMPARE(row.claim.orphaned, stored->orphaned);
        }
    }

    void sorts_data()
    {
        QTest::addColumn<Key>("key");
        QTest::addColumn<QStringList>("ascending");
        // Empty values first; ties by id.
        QTest::newRow("id") << Key::Id << QStringList{u"d63"_s, u"d28"_s, u"t1m"_s, u"trange"_s, u"dnone"_s, u"d45"_s};
        QTest::newRow("value") << Key::Value << QStringList{u"dnone"_s, u"d28"_s, u"d45"_s, u"d63"_s, u"trange"_s, u"t1m"_s};
        QTest::newRow("low") << Key::Low << QStringList{u"d63"_s, u"d28"_s, u"t1m"_s, u"dnone"_s, u"d45"_s, u"trange"_s};
        QTest::newRow("as of") << Key::AsOf << QStringList{u"t1m"_s, u"dnone"_s, u"d45"_s, u"d63"_s, u"d28"_s, u"trange"_s};
        QTest::newRow("status") << Key::Status << QStringList{u"d63"_s, u"t1m"_s, u"dnone"_s, u"d45"_s, u"d28"_s, u"trange"_s};
        QTest::newRow("qualifier") << Key::Qualifier << QStringList{u"d63"_s, u"d28"_s, u"trange"_s, u"dnone"_s, u"d45"_s, u"t1m"_s};
        // An article's claims by their place in its text.
        QTest::newRow("article") << Key::ArticleTitle << QStringList{u"trange"_s, u"dnone"_s, u"d45"_s, u"d63"_s, u"d28"_s, u"t1m"_s};
        QTest::newRow("outlet") << Key::Outlet << QStringList{u"d63"_s, u"d28"_s, u"t1m"_s, u"trange"_s, u"dnone"_s, u"d45"_s};
        QTest::newRow("published") << Key::Published << QStringList{u"d63"_s, u"d28"_s, u"t1m"_s, u"trange"_s, u"dnone"_s, u"d45"_s};
        QTest::newRow("claimant") << Key::Claimant << QStringList{u"trange"_s, u"dnone"_s, u"t1m"_s, u"d45"_s, u"d63"_s, u"d28"_s};
        QTest::newRow("metric") << Key::Metric << QStringList{u"d63"_s, u"d28"_s, u"dnone"_s, u"d45"_s, u"t1m"_s, u"trange"_s};
        QTest::newRow("tag") << Key::Tag << QStringList{u"d28"_s, u"t1m"_s, u"trange"_s, u"dnone"_s, u"d45"_s, u"d63"_s};
        QTest::newRow("quote") << Key::Quote << QStringList{u"d28"_s, u"d45"_s, u"d63"_s, u"trange"_s, u"dnone"_s, u"t1m"_s};
    }
    void sorts()
    {
        QFETCH(Key, key);
        QFETCH(QStringList, ascending);
        auto query = ClaimQuery::open(*m_project);
        CLAIMBENCH_VERIFY_OK(query);
        auto up = query->page({}, {key, Qt::AscendingOrder}, 0, 100);
        CLAIMBENCH_VERIFY_OK(up);
        QCOMPARE(idsOf(*up), ids(ascending));
        auto down = query->page({}, {key, Qt::DescendingOrder}, 0, 100);
        CLAIMBENCH_VERIFY_OK(down);
        QList<qint64> reversed = ids(ascending);
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(idsOf(*down), reversed);

        // Pages of two put together are the whole list: no row twice, none lost.
        QList<qint64> paged;
        for (qint64 offset = 0; offset < 6; offset += 2) {
            auto page = query->page({}, {key, Qt::AscendingOrder}, offset, 2);
            CLAIMBENCH_VERIFY_OK(page);
            paged += idsOf(*page);
        }
        QCOMPARE(paged, ids(ascending));

        // The same from each page's last row on (keyset paging where the
        // key is a claims column), both ways: past ties, and into and out
        // of the empty values, which come first ascending and last
        // descending.
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QList<qint64> after;
            for (qint64 offset = 0; offset < 8; offset += 2) {
                auto page = query->pageAfter({}, {key, order}, after.isEmpty() ? 0 : after.last(), offset, 2);
                CLAIMBENCH_VERIFY_OK(page);
                after += idsOf(*page);
            }
            QCOMPARE(after, order == Qt::AscendingOrder ? ids(ascending) : reversed);
        }
    }

    // A filter narrows the rows after the last one as it narrows a page,
    // and a last row deleted since it was read leaves OFFSET to find the
    // rest.
    void pageAfterKeepsTheFilterAndSurvivesADeletedRow()
    {
        auto query = ClaimQuery::open(*m_project);
        CLAIMBENCH_VERIFY_OK(query);
        const ClaimFilter drones{.metricId = m_sample.drones};
        const ClaimQuery::Sort byValue{Key::Value, Qt::DescendingOrder};
        auto all = query->page(drones, byValue, 0, 100);
        CLAIMBENCH_VERIFY_OK(all);
        QCOMPARE(all->size(), 4);
        auto rest = query->pageAfter(drones, byValue, all->at(0).claim.id, 1, 100);
        CLAIMBENCH_VERIFY_OK(rest);
        QCOMPARE(idsOf(*rest), idsOf(all->mid(1)));
        CLAIMBENCH_VERIFY_OK(m_project->claims().remove(all->at(1).claim.id));
        auto afterGone = query->pageAfter(drones, byValue, all->at(1).claim.id, 1, 100);
        CLAIMBENCH_VERIFY_OK(afterGone);
        QCOMPARE(idsOf(*afterGone), idsOf(all->mid(2)));
    }

    void everySortIsServedByAnIndex_data()
    {
        QTest::addColumn<Key>("key");
        for (int k = int(Key::Id); k <= int(Key::ChangedBy); ++k)
            QTest::addRow("key %d", k) << Key(k);
    }
    void everySortIsServedByAnIndex()
    {
        CLAIMBENCH_SKIP_ON_SERVER(kSqlitePlans);
        QFETCH(Key, key);
        auto query = ClaimQuery::open(*m_project);
        CLAIMBENCH_VERIFY_OK(query);
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            auto plan = query->plan({}, {key, order});
            CLAIMBENCH_VERIFY_OK(plan);
            const QString text = plan->join(u'\n');
            QVERIFY2(!text.contains(u"TEMP B-TREE"_s), qPrintable(text));
            for (const QString &step : *plan)
                QVERIFY2(!step.startsWith(u"SCAN c"_s) || step.contains(u"INDEX"_s) || key == Key::Id,
                         qPrintable(text));
        }
    }

    // Issue 17: the claims table's Who column, by who last wrote a claim.
    void changedByFiltersSortsAndLists()
    {
        const Result<QSqlDatabase> db = Sql::connection(m_project->threadConnection());
        CLAIMBENCH_VERIFY_OK(db);
        CLAIMBENCH_VERIFY_OK(Sql::run(*db, u"UPDATE claims SET changed_by = 'mykola'"_s));
        CLAIMBENCH_VERIFY_OK(Sql::run(*db, u"UPDATE claims SET changed_by = 'олена' WHERE id = ? OR id = ?"_s,
                                      {m_sample.claims[u"d28"_s], m_sample.claims[u"trange"_s]}));
        CLAIMBENCH_VERIFY_OK(Sql::run(*db, u"UPDATE claims SET changed_by = '' WHERE id = ?"_s,
                                      {m_sample.claims[u"d45"_s]}));
        auto query = ClaimQuery::open(*m_project);
        CLAIMBENCH_VERIFY_OK(query);
        const auto analysts = query->analysts();
        CLAIMBENCH_VERIFY_OK(analysts);
        QCOMPARE(*analysts, (QStringList{u""_s, u"mykola"_s, u"олена"_s}));

        for (const auto &[who, expected] : {std::pair{u"олена"_s, QStringList{u"d28"_s, u"trange"_s}},
                                            std::pair{u""_s, QStringList{u"d45"_s}},
                                            std::pair{u"nobody"_s, QStringList{}}}) {
            const ClaimFilter filter{.changedBy = who};
            auto rows = query->page(filter, {}, 0, 100);
            CLAIMBENCH_VERIFY_OK(rows);
            QCOMPARE(idsOf(*rows), ids(expected));
            auto count = query->count(filter);
            CLAIMBENCH_VERIFY_OK(count);
            QCOMPARE(*count, expected.size());
        }

        // Unrecorded first, then by name; ties by id.
        const QStringList ascending{u"d45"_s, u"d63"_s, u"t1m"_s, u"dnone"_s, u"d28"_s, u"trange"_s};
        auto up = query->page({}, {Key::ChangedBy, Qt::AscendingOrder}, 0, 100);
        CLAIMBENCH_VERIFY_OK(up);
        QCOMPARE(idsOf(*up), ids(ascending));
        auto down = query->page({}, {Key::ChangedBy, Qt::DescendingOrder}, 0, 100);
        CLAIMBENCH_VERIFY_OK(down);
        QList<qint64> reversed = ids(ascending);
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(idsOf(*down), reversed);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("all") << u""_s << QStringList{u"d63"_s, u"d28"_s, u"t1m"_s, u"trange"_s, u"dnone"_s, u"d45"_s};
        QTest::newRow("text in quote") << u"text:DRONES"_s << QStringList{u"d63"_s, u"dnone"_s, u"d45"_s};
        QTest::newRow("text in note, prefix") << u"text:nig"_s << QStringList{u"d63"_s};
        QTest::newRow("text punctuation only") << u"text:(\"*"_s
                                               << QStringList{u"d63"_s, u"d28"_s, u"t1m"_s, u"trange"_s, u"dnone"_s, u"d45"_s};
        QTest::newRow("metric") << u"metric"_s << QStringList{u"t1m"_s, u"trange"_s};
        QTest::newRow("claimant") << u"claimant"_s << QStringList{u"t1m"_s, u"d45"_s};
        QTest::newRow("metric+claimant") << u"metric+claimant"_s << QStringList{u"t1m"_s};
        QTest::newRow("tag") << u"tag"_s << QStringList{u"d63"_s};
        QTest::newRow("status") << u"status"_s << QStringList{u"trange"_s};
        // as-of, else published: t1m (published 2024-03-01) and d45 (2024-05).
        QTest::newRow("from 2024-03") << u"from:2024-03"_s << QStringList{u"t1m"_s, u"trange"_s, u"dnone"_s, u"d45"_s};
        QTest::newRow("to 2024-02 covers the month") << u"to:2024-02"_s << QStringList{u"d63"_s, u"d28"_s};
        QTest::newRow("from..to 2024-04") << u"from:2024-04-01 to:2024-04"_s << QStringList{u"trange"_s};
        QTest::newRow("year") << u"from:2024 to:2024"_s << QStringList{u"d63"_s, u"d28"_s, u"t1m"_s, u"trange"_s, u"dnone"_s, u"d45"_s};
        QTest::newRow("text+date") << u"text:troops to:2024-03-31"_s << QStringList{u"t1m"_s};
        // A number typed in the text matches the value however the quote groups it.
        QTest::newRow("number typed plain finds 1,000,000") << u"text:1000000 number:1000000"_s << QStringList{u"t1m"_s};
        QTest::newRow("number typed grouped") << u"text:1,000,000 number:1000000"_s << QStringList{u"t1m"_s};
        QTest::newRow("number as a range's high") << u"text:30000 number:30000"_s << QStringList{u"trange"_s};
        QTest::newRow("number read from words") << u"text:1m number:1000000"_s << QStringList{u"t1m"_s};
        QTest::newRow("number+metric") << u"metric text:63 number:63"_s << QStringList{};
        QTest::newRow("value from") << u"min:1000"_s << QStringList{u"t1m"_s, u"trange"_s};
        QTest::newRow("value to") << u"max:28"_s << QStringList{u"d28"_s};
        QTest::newRow("value range") << u"min:30 max:63"_s << QStringList{u"d63"_s, u"d45"_s};
        QTest::newRow("value range+metric") << u"metric min:1000 max:30000"_s << QStringList{u"trange"_s};
        QTest::newRow("value range+text") << u"text:drones min:50"_s << QStringList{u"d63"_s};
    }
    void filters()
    {
        QFETCH(QString, what);
        QFETCH(QStringList, expected);
        ClaimFilter filter;
        for (const QString &part : what.split(u' ', Qt::SkipEmptyParts)) {
            if (part.startsWith(u"text:"_s))
                filter.text = part.mid(5);
            else if (part.startsWith(u"from:"_s))
                filter.from = PartialDate::fromIso(part.mid(5));
            else if (part.startsWith(u"to:"_s))
                filter.to = PartialDate::fromIso(part.mid(3));
            else if (part.startsWith(u"number:"_s))
                filter.textNumber = part.mid(7).toDouble();
            else if (part.startsWith(u"min:"_s))
                filter.minValue = part.mid(4).toDouble();
            else if (part.startsWith(u"max:"_s))
                filter.maxValue = part.mid(4).toDouble();
        }
        if (what.contains(u"metric"_s))
            filter.metricId = m_sample.troops;
        if (what.contains(u"claimant"_s))
            filter.claimantId = m_sample.generalStaff;
        if (what == u"tag"_s)
            filter.tagId = m_sample.airWar;
        if (what == u"status"_s)
            filter.status = ClaimStatus::Disputed;

        auto query = ClaimQuery::open(*m_project);
        CLAIMBENCH_VERIFY_OK(query);
        auto rows = query->page(filter, {}, 0, 100);
        CLAIMBENCH_VERIFY_OK(rows);
        QCOMPARE(idsOf(*rows), ids(expected));
        auto count = query->count(filter);
        CLAIMBENCH_VERIFY_OK(count);
        QCOMPARE(*count, expected.size());
        // The same filter under a name sort (two UNION arms, binds twice).
        auto byMetric = query->page(filter, {Key::Metric, Qt::AscendingOrder}, 0, 100);
        CLAIMBENCH_VERIFY_OK(byMetric);
        QCOMPARE(byMetric->size(), expected.size());
    }

    // Issue 20: "700000" typed into the filter did not find "700,000".
    void numberFindsItsGroupedSpellingInAQuote()
    {
        Claim unvalued;
        unvalued.articleId = m_sample.kyiv;
        const QString quote = u"1,000,000 troops"_s;
        const int start = int(SampleClaims::kyivBody().indexOf(quote));
        placeQuote(unvalued, SampleClaims::kyivBody(), start, start + int(quote.size()));
        auto id = m_project->claims().add(unvalued);
        CLAIMBENCH_VERIFY_OK(id);

        auto query = ClaimQuery::open(*m_project);
        CLAIMBENCH_VERIFY_OK(query);
        for (const QString &typed : {u"1000000"_s, u"1 000 000"_s}) {
            const ClaimFilter filter{.text = typed, .textNumber = 1000000.0};
            auto rows = query->page(filter, {}, 0, 100);
            CLAIMBENCH_VERIFY_OK(rows);
            QCOMPARE(idsOf(*rows), (QList<qint64>{m_sample.claims.value(u"t1m"_s), *id}));
            auto count = query->count(filter);
            CLAIMBENCH_VERIFY_OK(count);
            QCOMPARE(*count, 2);
        }
    }

    // The bounds use an index: claims_value alone, the chart's index with a metric.
    void valueRangeIsServedByAnIndex()
    {
        CLAIMBENCH_SKIP_ON_SERVER(kSqlitePlans);
        auto query = ClaimQuery::open(*m_project);
        CLAIMBENCH_VERIFY_OK(query);
        auto plan = query->plan({.minValue = 10.0, .maxValue = 100.0}, {Key::Value, Qt::AscendingOrder});
        CLAIMBENCH_VERIFY_OK(plan);
        QVERIFY2(plan->first().contains(u"INDEX claims_value"_s), qPrintable(plan->join(u" | "_s)));
        auto byMetric = query->plan({.metricId = m_sample.drones, .minValue = 10.0, .maxValue = 100.0},
                                    {Key::Value, Qt::AscendingOrder});
        CLAIMBENCH_VERIFY_OK(byMetric);
        QVERIFY2(byMetric->first().contains(u"INDEX claims_chart"_s), qPrintable(byMetric->join(u" | "_s)));
    }

    void seesWritesOfTheProjectConnection()
    {
        auto query = ClaimQuery::open(*m_project);
        CLAIMBENCH_VERIFY_OK(query);
        auto claim = m_project->claims().get(m_sample.claims[u"d28"_s]);
        CLAIMBENCH_VERIFY_OK(claim);
        claim->note = u"confirmed by radar"_s;
        CLAIMBENCH_VERIFY_OK(m_project->claims().update(*claim));
        auto rows = query->page({.text = u"radar"_s}, {}, 0, 10);
        CLAIMBENCH_VERIFY_OK(rows);
        QCOMPARE(idsOf(*rows), ids({u"d28"_s}));
        CLAIMBENCH_VERIFY_OK(m_project->claims().remove(m_sample.claims[u"d28"_s]));
        auto count = query->count({.text = u"radar"_s});
        CLAIMBENCH_VERIFY_OK(count);
        QCOMPARE(*count, 0);
    }

    void chartPointsWithValueOnly()
    {
        auto query = ClaimQuery::open(*m_project);
        CLAIMBENCH_VERIFY_OK(query);
        QList<qint64> visited;
        auto count = query->forEachChartPoint({m_sample.drones, m_sample.troops}, ClaimQuery::SeriesName::Claimant,
                                              [&](const ChartPointRow &row) { visited.append(row.claimId); });
        CLAIMBENCH_VERIFY_OK(count);
        QCOMPARE(*count, visited.size());
        std::sort(visited.begin(), visited.end());
        QList<qint64> expected = ids({u"d63"_s, u"d28"_s, u"t1m"_s, u"trange"_s, u"d45"_s});
        std::sort(expected.begin(), expected.end());
        QCOMPARE(visited, expected);
    }

    // The chart's one statement reads the index claims_chart alone (schema
    // v6), never a row of the claims table: a metric's points cost that
    // metric's index pages, not a seek into the table per claim.
    void chartPointsReadOneCoveringIndex()
    {
        CLAIMBENCH_SKIP_ON_SERVER(kSqlitePlans);
        auto query = ClaimQuery::open(*m_project);
        CLAIMBENCH_VERIFY_OK(query);
        for (const QList<qint64> &metrics : {QList<qint64>{m_sample.drones}, {m_sample.drones, m_sample.troops}}) {
            auto plan = query->chartPlan(metrics);
            CLAIMBENCH_VERIFY_OK(plan);
            QCOMPARE(plan->size(), 1);
            QVERIFY2(plan->first().contains(u"USING COVERING INDEX claims_chart"_s), qPrintable(plan->first()));
        }
    }
};

QTEST_GUILESS_MAIN(TestClaimQuery)
#include "tst_claimquery.moc"
