#include "common/freshprojects.h"
#include "common/projectauthor.h"
#include "common/resultcheck.h"
#include "core/domain/quoteplacement.h"
#include "core/store/claimrepository.h"
#include "core/store/project.h"

#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

// Schema version 8 (issue 17, several analysts at once): every claim, tag,
// metric and claimant row records who made it and who last wrote it, and a
// row version; a write against an old version is refused with a message
// that names who changed the row, when, and both values.
class TestAuthorship : public QObject
{
    Q_OBJECT

    FreshProjects m_projects;
    std::shared_ptr<Project> m_project;
    Article m_article;
    QString m_me;

    Claim claimOf(QStringView quote)
    {
        Claim claim;
        claim.articleId = m_article.id;
        const int start = int(m_article.body.indexOf(quote));
        placeQuote(claim, m_article.body, start, start + int(quote.size()));
        return claim;
    }

    // "changed by <me> at HH:mm" of a row written just now.
    QString changedByMeNow(const QDateTime &when) const
    {
        return u"changed by %1 at %2"_s.arg(m_me, when.toLocalTime().toString(u"HH:mm"_s));
    }

private Q_SLOTS:
    void init()
    {
        auto project = m_projects.open();
        CLAIMBENCH_VERIFY_OK(project);
        m_project = *project;
        m_me = expectedAuthor(*m_project);
        QVERIFY(!m_me.isEmpty());
        m_article = {};
        m_article.title = u"Thin line"_s;
        m_article.body = u"The General Staff said 63 drones were launched on Thursday night."_s;
        CLAIMBENCH_VERIFY_OK(m_project->articles().add(m_article));
    }
    void cleanup() { m_project.reset(); }

    // A file records the operating system's user, a server the role the
    // connection logged in as; inserts fill both names, updates the last.
    void everyInsertAndUpdateRecordsWho()
    {
        Claim claim = claimOf(u"63");
        CLAIMBENCH_VERIFY_OK(m_project->claims().add(claim));
        QCOMPARE(claim.createdBy, m_me);
        QCOMPARE(claim.changedBy, m_me);
        Claim stored = m_project->claims().get(claim.id).value();
        QCOMPARE(stored.createdBy, m_me);
        QCOMPARE(stored.changedBy, m_me);

        Tag tag{0, 0, u"Drones"_s, {}, 0};
        CLAIMBENCH_VERIFY_OK(m_project->tags().add(tag));
        Metric metric{0, u"Drones launched"_s, u"drones"_s, {}};
        CLAIMBENCH_VERIFY_OK(m_project->metrics().add(metric));
        Claimant claimant{0, u"General Staff"_s, {u"Genshtab"_s}};
        CLAIMBENCH_VERIFY_OK(m_project->claimants().add(claimant));
        const Tag storedTag = m_project->tags().get(tag.id).value();
        const Metric storedMetric = m_project->metrics().get(metric.id).value();
        const Claimant storedClaimant = m_project->claimants().get(claimant.id).value();
        for (const auto &[what, createdBy, changedBy, version, updated] :
             {std::tuple{"tag", storedTag.createdBy, storedTag.changedBy, storedTag.version, storedTag.updated},
              std::tuple{"metric", storedMetric.createdBy, storedMetric.changedBy, storedMetric.version,
                         storedMetric.updated},
              std::tuple{"claimant", storedClaimant.createdBy, storedClaimant.changedBy, storedClaimant.version,
                         storedClaimant.updated}}) {
            QVERIFY2(createdBy == m_me && changedBy == m_me, what);
            QVERIFY2(version == 1, what);
            QVERIFY2(updated.isValid() && updated.secsTo(QDateTime::currentDateTimeUtc()) < 60, what);
        }
    }

    // Tags, metrics and claimants carry a row version (claims have since
    // version 5), raised by every write of the row.
    void writesRaiseTheRowVersion()
    {
        Tag tag{0, 0, u"Drones"_s, {}, 0};
        CLAIMBENCH_VERIFY_OK(m_project->tags().add(tag));
        CLAIMBENCH_VERIFY_OK(m_project->tags().rename(tag.id, u"UAVs"_s));
        CLAIMBENCH_VERIFY_OK(m_project->tags().recolor(tag.id, QColor(Qt::red)));
        Tag parent{0, 0, u"Air"_s, {}, 0};
        CLAIMBENCH_VERIFY_OK(m_project->tags().add(parent));
        CLAIMBENCH_VERIFY_OK(m_project->tags().move(tag.id, parent.id, 0));
        QCOMPARE(m_project->tags().get(tag.id)->version, 4);
        QCOMPARE(m_project->tags().get(parent.id)->version, 1); // a new child changes no field of its parent

        Claimant claimant{0, u"General Staff"_s, {}};
        CLAIMBENCH_VERIFY_OK(m_project->claimants().add(claimant));
        CLAIMBENCH_VERIFY_OK(m_project->claimants().addAlias(claimant.id, u"Genshtab"_s));
        CLAIMBENCH_VERIFY_OK(m_project->claimants().removeAlias(claimant.id, u"Genshtab"_s));
        QCOMPARE(m_project->claimants().get(claimant.id)->version, 3);

        Claimant other{0, u"ZSU"_s, {}};
        CLAIMBENCH_VERIFY_OK(m_project->claimants().add(other));
        Claim claim = claimOf(u"63");
        claim.claimantId = other.id;
        CLAIMBENCH_VERIFY_OK(m_project->claims().add(claim));
        const auto merge = m_project->claimants().merge(other.id, claimant.id);
        CLAIMBENCH_VERIFY_OK(merge);
        QCOMPARE(m_project->claimants().get(claimant.id)->version, 4);
        QCOMPARE(m_project->claims().get(claim.id)->version, 2);
        CLAIMBENCH_VERIFY_OK(m_project->claimants().unmerge(*merge));
        QCOMPARE(m_project->claimants().get(other.id)->createdBy, m_me); // put back as it was made
        QCOMPARE(m_project->claims().get(claim.id)->claimantId, other.id);
        QCOMPARE(m_project->claims().get(claim.id)->version, 3);
    }

    // A claim edited against an old version: refused, naming who changed it,
    // when, and both values of each field; nothing written.
    void claimConflictNamesWhoWhenAndBothValues()
    {
        Claim claim = claimOf(u"63");
        claim.value = 63;
        claim.status = ClaimStatus::Corroborated;
        CLAIMBENCH_VERIFY_OK(m_project->claims().add(claim));
        const Claim seen = claim;
        Claim theirs = claim;
        theirs.status = ClaimStatus::Disputed;
        CLAIMBENCH_VERIFY_OK(m_project->claims().update(theirs));
        const Claim afterTheirs = m_project->claims().get(claim.id).value();

        ClaimChange mine;
        Claim written = seen;
        written.status = ClaimStatus::False;
        mine.replaced = {written};
        mine.expected = {seen};
        const auto refused = m_project->claims().apply(mine);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Conflict);
        const QString message = refused.error().message;
        QVERIFY2(message.startsWith(u"Claim %1 was %2 since this step: "_s.arg(claim.id).arg(
                     changedByMeNow(afterTheirs.updated))),
                 qPrintable(message));
        QVERIFY2(message.contains(u"its status is now disputed, this step would make it false"_s), qPrintable(message));
        QVERIFY2(message.endsWith(u"Nothing was changed"_s), qPrintable(message));
        QCOMPARE(m_project->claims().get(claim.id)->status, ClaimStatus::Disputed);
        QCOMPARE(m_project->claims().get(claim.id)->version, afterTheirs.version);

        // A removal against the old version: the same, and the claim stays.
        ClaimChange removal;
        removal.removed = {claim.id};
        removal.expected = {seen};
        const auto kept = m_project->claims().apply(removal);
        QVERIFY(!kept);
        QVERIFY2(kept.error().message.contains(u"this step would delete it"_s), qPrintable(kept.error().message));
        CLAIMBENCH_VERIFY_OK(m_project->claims().get(claim.id));

        // Against the version now: written, and the version raised.
        mine.expected = {afterTheirs};
        CLAIMBENCH_VERIFY_OK(m_project->claims().apply(mine));
        QCOMPARE(mine.replaced.first().version, afterTheirs.version + 1);
        QCOMPARE(m_project->claims().get(claim.id)->status, ClaimStatus::False);
    }

    // The same for each tag edit: rename, recolour, move and delete.
    void tagConflictsNameWhoWhenAndBothValues()
    {
        Tag tag{0, 0, u"Drones"_s, QColor(Qt::red), 0};
        CLAIMBENCH_VERIFY_OK(m_project->tags().add(tag));
        Tag parent{0, 0, u"Air"_s, {}, 0};
        CLAIMBENCH_VERIFY_OK(m_project->tags().add(parent));
        const Tag seen = m_project->tags().get(tag.id).value();
        CLAIMBENCH_VERIFY_OK(m_project->tags().rename(tag.id, u"UAVs"_s));
        CLAIMBENCH_VERIFY_OK(m_project->tags().recolor(tag.id, QColor(Qt::green)));
        CLAIMBENCH_VERIFY_OK(m_project->tags().move(tag.id, parent.id, 0));
        const Tag theirs = m_project->tags().get(tag.id).value();
        const QString prefix = u"Tag %1 was %2 since this step: "_s.arg(tag.id).arg(changedByMeNow(theirs.updated));

        const auto renamed = m_project->tags().rename(tag.id, u"Drones (air)"_s, &seen);
        const auto recolored = m_project->tags().recolor(tag.id, QColor(Qt::blue), &seen);
        const auto moved = m_project->tags().move(tag.id, 0, 0, &seen);
        const auto removed = m_project->tags().remove(tag.id, 0, &seen);
        const QList<std::pair<const Result<void> *, QString>> cases{
            {&renamed, u"its name is now “UAVs”, this step would make it “Drones (air)”"_s},
            {&recolored, u"its color is now #ff00ff00, this step would make it #ff0000ff"_s},
            {&moved, u"its parent is now tag %1, this step would make it the top level"_s.arg(parent.id)},
            {&removed, u"its name is now “UAVs”; its color is now #ff00ff00; its parent is now tag %1; this step "
                       "would delete it"_s.arg(parent.id)},
        };
        for (const auto &[result, part] : cases) {
            QVERIFY(!*result);
            QCOMPARE(result->error().code, Error::Code::Conflict);
            const QString message = result->error().message;
            QVERIFY2(message.startsWith(prefix) && message.contains(part), qPrintable(message));
        }
        const Tag after = m_project->tags().get(tag.id).value();
        QCOMPARE(after.name, theirs.name);
        QCOMPARE(after.version, theirs.version);

        // Against the tag as it is now, each goes ahead.
        CLAIMBENCH_VERIFY_OK(m_project->tags().rename(tag.id, u"Drones (air)"_s, &theirs));
        const Tag now = m_project->tags().get(tag.id).value();
        QCOMPARE(now.version, theirs.version + 1);
        CLAIMBENCH_VERIFY_OK(m_project->tags().remove(tag.id, 0, &now));
        QVERIFY(!m_project->tags().get(tag.id));
    }

    // A version moved by a write that left the checked field as the step
    // expects (a sibling's move renumbers, a recolour after a rename) is no
    // conflict: nothing would be lost.
    void tagVersionMovedButFieldAsExpectedIsWritten()
    {
        Tag tag{0, 0, u"Drones"_s, {}, 0};
        CLAIMBENCH_VERIFY_OK(m_project->tags().add(tag));
        const Tag seen = m_project->tags().get(tag.id).value();
        CLAIMBENCH_VERIFY_OK(m_project->tags().recolor(tag.id, QColor(Qt::red)));
        CLAIMBENCH_VERIFY_OK(m_project->tags().rename(tag.id, u"UAVs"_s, &seen));
        QCOMPARE(m_project->tags().get(tag.id)->name, u"UAVs"_s);
    }
};

QTEST_GUILESS_MAIN(TestAuthorship)
#include "tst_authorship.moc"
