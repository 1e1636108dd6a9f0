#include "common/freshprojects.h"
#include "common/resultcheck.h"
#include "core/domain/quoteplacement.h"
#include "core/store/project.h"

#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

class TestClaimRepository : public QObject
{
    Q_OBJECT

    FreshProjects m_projects;
    std::shared_ptr<Project> m_project;
    Article m_article;

    Claim claimAt(int start, int end) const
    {
        Claim c;
        c.articleId = m_article.id;
        c.start = start;
        c.end = end;
        return c;
    }

private Q_SLOTS:
    void init()
    {
        auto project = m_projects.open();
        QVERIFY(project);
        m_project = *project;
        m_article = {};
        m_article.title = u"Thin line"_s;
        m_article.body = u"The UK Defence Ministry said approximately 250,000 killed in action "
                         "by October, and 63 drones were launched on Thursday night."_s;
        QVERIFY(m_project->articles().add(m_article));
    }
    void cleanup() { m_project.reset(); }

    void addWritesTheClaimAndStampsIt()
    {
        const int start = int(m_article.body.indexOf(u"approximately"_s));
        const int end = int(m_article.body.indexOf(u" killed"_s));
        Claim c;
        c.articleId = m_article.id;
        placeQuote(c, m_article.body, start, end);
        c.value = 250000;
        c.qualifier = Qualifier::Approximately;
        c.unit = u"killed"_s;
        c.asOf = PartialDate::month(2024, 10);
        c.status = ClaimStatus::Disputed;
        c.note = u"MoD estimate"_s;
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        auto id = m_project->claims().add(c);
        CLAIMBENCH_VERIFY_OK(id);
        QCOMPARE(c.id, *id);
        QCOMPARE(c.quote, u"approximately 250,000"_s);
        QCOMPARE(c.contextBefore, m_article.body.mid(start - 32, 32));
        QCOMPARE(c.contextAfter, m_article.body.mid(end, 32));
        QVERIFY(c.created >= before);
        QCOMPARE(c.updated, c.created);

        auto got = m_project->claims().get(*id);
        QVERIFY(got);
        QCOMPARE(got->articleId, m_article.id);
        QCOMPARE(got->start, start);
        QCOMPARE(got->end, end);
        QCOMPARE(got->quote, c.quote);
        QCOMPARE(got->contextBefore, c.contextBefore);
        QCOMPARE(got->value, std::optional<double>(250000));
        QCOMPARE(got->low, std::nullopt);
        QCOMPARE(got->qualifier, Qualifier::Approximately);
        QCOMPARE(got->unit, u"killed"_s);
        QCOMPARE(got->asOf, PartialDate::month(2024, 10));
        QCOMPARE(got->status, ClaimStatus::Disputed);
        QCOMPARE(got->note, c.note);
        QCOMPARE(got->metricId, 0);
        QCOMPARE(got->tagId, 0);
        QCOMPARE(got->created, c.created);
    }

    // Issue 12: the store is the lowest layer and derives nothing; placing
    // the quote is its callers' work. What it is given is what it keeps.
    void quoteAndContextAreWrittenAsGiven()
    {
        const int start = int(m_article.body.indexOf(u"63 drones"_s));
        Claim unplaced = claimAt(start, start + 9);
        CLAIMBENCH_VERIFY_OK(m_project->claims().add(unplaced));
        auto got = m_project->claims().get(unplaced.id);
        CLAIMBENCH_VERIFY_OK(got);
        QCOMPARE(got->quote, QString());
        QCOMPARE(got->contextBefore, QString());
        QCOMPARE(got->contextAfter, QString());

        got->quote = u"sixty-three drones"_s;
        got->contextAfter = u" were launched"_s;
        CLAIMBENCH_VERIFY_OK(m_project->claims().update(*got));
        auto updated = m_project->claims().get(unplaced.id);
        CLAIMBENCH_VERIFY_OK(updated);
        QCOMPARE(updated->quote, u"sixty-three drones"_s);
        QCOMPARE(updated->contextBefore, QString());
        QCOMPARE(updated->contextAfter, u" were launched"_s);
    }

    void offsetsOutsideTheBodyAreRefused_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::newRow("negative start") << -1 << 3;
        QTest::newRow("end before start") << 10 << 5;
        QTest::newRow("past the end") << 0 << 10000;
    }
    void offsetsOutsideTheBodyAreRefused()
    {
        QFETCH(int, start);
        QFETCH(int, end);
        Claim c = claimAt(start, end);
        auto added = m_project->claims().add(c);
        QVERIFY(!added);
        QCOMPARE(added.error().code, Error::Code::InvalidInput);
        QCOMPARE(c.id, 0);
        QCOMPARE(*m_project->claims().count(), 0);
    }

    void claimOfAMissingArticleIsNotFound()
    {
        Claim c = claimAt(0, 3);
        c.articleId = m_article.id + 1;
        QCOMPARE(m_project->claims().add(c).error().code, Error::Code::NotFound);
    }

    void updateKeepsCreatedAndRefreshesUpdated()
    {
        Claim c = claimAt(4, 23);
        QVERIFY(m_project->claims().add(c));
        const QDateTime created = c.created;
        QTest::qWait(5);
        c.value = 63;
        c.note = u"edited"_s;
        QVERIFY(m_project->claims().update(c));
        QVERIFY(c.updated > created);
        auto got = m_project->claims().get(c.id);
        QCOMPARE(got->created, created);
        QCOMPARE(got->updated, c.updated);
        QCOMPARE(got->note, u"edited"_s);
        QCOMPARE(got->value, std::optional<double>(63));

        Claim gone = c;
        gone.id = c.id + 50;
        QCOMPARE(m_project->claims().update(gone).error().code, Error::Code::NotFound);
    }

    void listsCountAndRemove()
    {
        Metric drones{0, u"Drones launched"_s, u"drones"_s, {}};
        QVERIFY(m_project->metrics().add(drones));
        Claim late = claimAt(80, 90);
        late.metricId = drones.id;
        late.asOf = PartialDate::day(2025, 6, 12);
        Claim early = claimAt(4, 23);
        early.asOf = PartialDate::year(2024);
        QVERIFY(m_project->claims().add(late));
        QVERIFY(m_project->claims().add(early));
        QCOMPARE(*m_project->claims().count(), 2);

        auto forArticle = m_project->claims().listForArticle(m_article.id);
        QVERIFY(forArticle);
        QCOMPARE(forArticle->size(), 2);
        QCOMPARE(forArticle->at(0).id, early.id); // by start offset

        auto all = m_project->claims().list();
        QCOMPARE(all->at(0).id, early.id); // by as-of date
        auto ofMetric = m_project->claims().list(drones.id);
        QCOMPARE(ofMetric->size(), 1);
        QCOMPARE(ofMetric->first().id, late.id);

        QVERIFY(m_project->claims().remove(early.id));
        QCOMPARE(*m_project->claims().count(), 1);
        QCOMPARE(m_project->claims().remove(early.id).error().code, Error::Code::NotFound);
    }

    void restorePutsBackIdAndTimestamps()
    {
        Claim c = claimAt(4, 23);
        c.value = 63;
        QVERIFY(m_project->claims().add(c));
        QVERIFY(m_project->claims().remove(c.id));
        CLAIMBENCH_VERIFY_OK(m_project->claims().restore(c));
        auto got = m_project->claims().get(c.id);
        CLAIMBENCH_VERIFY_OK(got);
        QCOMPARE(got->created, c.created);
        QCOMPARE(got->updated, c.updated);
        QCOMPARE(got->quote, c.quote);
        QCOMPARE(got->value, c.value);
        QCOMPARE(m_project->claims().restore(c).error().code, Error::Code::Conflict); // id taken
    }

    // One transaction: a later failing part leaves the new metric and the
    // first claim unwritten.
    void applyIsAllOrNothing()
    {
        ClaimChange change;
        change.newMetrics = {Metric{0, u"Drones launched"_s, u"drones"_s, {}}};
        change.newClaimants = {Claimant{0, u"Ukrainian Air Force"_s, {u"UAF"_s}}};
        Claim first = claimAt(4, 23);
        first.metricId = ClaimChange::newReference(0);
        first.claimantId = ClaimChange::newReference(0);
        change.inserted = {first, claimAt(0, 10000)};
        QCOMPARE(m_project->claims().apply(change).error().code, Error::Code::InvalidInput);
        QCOMPARE(change.newMetrics.first().id, 0);
        QCOMPARE(*m_project->claims().count(), 0);
        QCOMPARE(m_project->metrics().list()->size(), 0);
        QCOMPARE(m_project->claimants().list()->size(), 0);

        change.inserted.removeLast();
        CLAIMBENCH_VERIFY_OK(m_project->claims().apply(change));
        const Claim added = change.inserted.first();
        QVERIFY(added.id > 0);
        QCOMPARE(added.metricId, change.newMetrics.first().id);
        QCOMPARE(added.claimantId, change.newClaimants.first().id);

        ClaimChange undo;
        undo.removed = {added.id};
        undo.removedMetricIds = {change.newMetrics.first().id};
        undo.removedClaimantIds = {change.newClaimants.first().id};
        CLAIMBENCH_VERIFY_OK(m_project->claims().apply(undo));
        QCOMPARE(m_project->claimants().findByNameOrAlias(u"uaf"_s)->has_value(), false);

        CLAIMBENCH_VERIFY_OK(m_project->claims().apply(change)); // the redo: same ids
        QCOMPARE(m_project->claims().get(added.id)->created, added.created);
        QCOMPARE(m_project->metrics().get(added.metricId)->name, u"Drones launched"_s);
        QCOMPARE(m_project->claimants().findByNameOrAlias(u"uaf"_s)->value().id, added.claimantId);
    }

    // One step may bring in several names; each claim names its own by
    // placeholder, and a placeholder with nothing behind it is refused.
    void applyBringsInSeveralNames()
    {
        ClaimChange change;
        change.newMetrics = {Metric{0, u"Drones launched"_s, {}, {}}, Metric{0, u"Drones shot down"_s, {}, {}}};
        change.newClaimants = {Claimant{0, u"Ukrainian Air Force"_s, {}}};
        Claim launched = claimAt(0, 5);
        launched.metricId = ClaimChange::newReference(0);
        launched.claimantId = ClaimChange::newReference(0);
        Claim downed = claimAt(4, 23);
        downed.metricId = ClaimChange::newReference(1);
        change.inserted = {launched, downed};

        ClaimChange dangling = change;
        dangling.inserted.last().claimantId = ClaimChange::newReference(1);
        QCOMPARE(m_project->claims().apply(dangling).error().code, Error::Code::InvalidInput);
        QCOMPARE(m_project->metrics().list()->size(), 0);

        CLAIMBENCH_VERIFY_OK(m_project->claims().apply(change));
        const Claim first = *m_project->claims().get(change.inserted.at(0).id);
        const Claim second = *m_project->claims().get(change.inserted.at(1).id);
        QCOMPARE(m_project->metrics().get(first.metricId)->name, u"Drones launched"_s);
        QCOMPARE(m_project->metrics().get(second.metricId)->name, u"Drones shot down"_s);
        QCOMPARE(first.claimantId, change.newClaimants.first().id);
        QCOMPARE(second.claimantId, 0);
    }

    // Every write of a claim raises its version, whichever repository makes
    // it: what lets an undo tell that another program changed the row.
    void everyWriteRaisesTheVersion()
    {
        Claim c = claimAt(int(m_article.body.indexOf(u"63"_s)), int(m_article.body.indexOf(u" drones"_s)));
        Tag tag{0, 0, u"Air war"_s, QColor(Qt::red), 0};
        CLAIMBENCH_VERIFY_OK(m_project->tags().add(tag));
        Claimant staff{0, u"General Staff"_s, {}};
        Claimant genshtab{0, u"Genshtab"_s, {}};
        CLAIMBENCH_VERIFY_OK(m_project->claimants().add(staff));
        CLAIMBENCH_VERIFY_OK(m_project->claimants().add(genshtab));
        c.tagId = tag.id;
        c.claimantId = genshtab.id;
        CLAIMBENCH_VERIFY_OK(m_project->claims().add(c));
        QCOMPARE(c.version, 1);
        const auto versionNow = [&] { return m_project->claims().get(c.id).value_or(Claim{}).version; };
        QCOMPARE(versionNow(), 1);
        c.value = 63;
        CLAIMBENCH_VERIFY_OK(m_project->claims().update(c));
        QCOMPARE(c.version, 2);
        QCOMPARE(versionNow(), 2);
        auto merged = m_project->claimants().merge(genshtab.id, staff.id);
        CLAIMBENCH_VERIFY_OK(merged);
        QCOMPARE(versionNow(), 3);
        CLAIMBENCH_VERIFY_OK(m_project->claimants().unmerge(*merged));
        QCOMPARE(versionNow(), 4);
        CLAIMBENCH_VERIFY_OK(m_project->tags().remove(tag.id));
        QCOMPARE(versionNow(), 5);
        CLAIMBENCH_VERIFY_OK(m_project->tags().restore(tag, {}, {c.id}));
        QCOMPARE(versionNow(), 6);
        m_article.body.prepend(u"Update: "_s);
        CLAIMBENCH_VERIFY_OK(m_project->articles().replace(m_article.id, m_article, [](const QList<Claim> &claims, const QString &) { return claims; }));
        QCOMPARE(versionNow(), 7);
    }

    void danglingTagIsInvalidInput()
    {
        Claim c = claimAt(4, 23);
        c.tagId = 77;
        QCOMPARE(m_project->claims().add(c).error().code, Error::Code::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestClaimRepository)
#include "tst_claimrepository.moc"
