#include "common/freshprojects.h"
#include "common/resultcheck.h"
#include "core/domain/quoteplacement.h"
#include "core/store/project.h"

#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

class TestTagRepository : public QObject
{
    Q_OBJECT

    FreshProjects m_projects;
    std::shared_ptr<Project> m_project;

    Tag add(const QString &name, qint64 parentId = 0)
    {
        Tag tag{0, parentId, name, QColor(u"#cc3300"_s), 0};
        auto id = m_project->tags().add(tag);
        return id ? tag : Tag{};
    }
    // "name@position" of the children of `parentId`, in order.
    QStringList childrenOf(qint64 parentId)
    {
        QStringList names;
        const auto tags = m_project->tags().list();
        for (const Tag &tag : tags.value_or(QList<Tag>{}))
            if (tag.parentId == parentId)
                names << tag.name + u'@' + QString::number(tag.position);
        return names;
    }

    // A claim tagged `tagId` in a new article; id 0 when it could not be stored.
    Claim taggedClaim(qint64 tagId)
    {
        Article article;
        article.title = u"t"_s;
        article.body = u"63 drones"_s;
        Claim claim;
        claim.end = 2;
        claim.tagId = tagId;
        if (!m_project->articles().add(article))
            return claim;
        claim.articleId = article.id;
        placeQuote(claim, article.body, claim.start, claim.end);
        return m_project->claims().add(claim) ? claim : Claim{};
    }

private Q_SLOTS:
    void init()
    {
        auto project = m_projects.open();
        QVERIFY(project);
        m_project = *project;
    }
    void cleanup() { m_project.reset(); }

    void addAppendsSiblingsAndKeepsColor()
    {
        const Tag casualties = add(u"Casualties"_s);
        const Tag drones = add(u"Drones"_s);
        const Tag killed = add(u"Killed"_s, casualties.id);
        QVERIFY(casualties.id > 0 && killed.id > 0);
        QCOMPARE(drones.position, 1);
        QCOMPARE(killed.position, 0);
        QCOMPARE(childrenOf(0), (QStringList{u"Casualties@0"_s, u"Drones@1"_s}));
        auto got = m_project->tags().get(killed.id);
        QVERIFY(got);
        QCOMPARE(got->parentId, casualties.id);
        QCOMPARE(got->color, QColor(u"#cc3300"_s));

        Tag orphan{0, 999, u"Orphan"_s, {}, 0};
        QCOMPARE(m_project->tags().add(orphan).error().code, Error::Code::NotFound);
    }

    void claimCountsCountEachTagsClaimsAndSkipUntagged()
    {
        const Tag a = add(u"A"_s);
        const Tag b = add(u"B"_s);
        add(u"Unused"_s);
        const Claim first = taggedClaim(a.id);
        QVERIFY(first.id > 0);
        for (const qint64 tagId : {a.id, b.id, qint64(0)}) {
            Claim claim = first;
            claim.id = 0;
            claim.tagId = tagId;
            QVERIFY(m_project->claims().add(claim));
        }
        const auto counts = m_project->tags().claimCounts();
        QVERIFY(counts);
        QCOMPARE(*counts, (QHash<qint64, int>{{a.id, 2}, {b.id, 1}}));
    }

    void renameAndRecolor()
    {
        const Tag tag = add(u"Drones"_s);
        QVERIFY(m_project->tags().rename(tag.id, u"UAVs"_s));
        QVERIFY(m_project->tags().recolor(tag.id, QColor(0, 128, 255, 100)));
        auto got = m_project->tags().get(tag.id);
        QCOMPARE(got->name, u"UAVs"_s);
        QCOMPARE(got->color, QColor(0, 128, 255, 100));
        QCOMPARE(m_project->tags().rename(tag.id + 1, u"x"_s).error().code, Error::Code::NotFound);
    }

    void moveReordersBothSiblingListsAndRefusesCycles()
    {
        const Tag a = add(u"A"_s);
        const Tag b = add(u"B"_s);
        const Tag c = add(u"C"_s);
        const Tag a1 = add(u"A1"_s, a.id);
        QVERIFY(m_project->tags().move(c.id, 0, 0));
        QCOMPARE(childrenOf(0), (QStringList{u"C@0"_s, u"A@1"_s, u"B@2"_s}));
        QVERIFY(m_project->tags().move(b.id, a.id, 0));
        QCOMPARE(childrenOf(0), (QStringList{u"C@0"_s, u"A@1"_s}));
        QCOMPARE(childrenOf(a.id), (QStringList{u"B@0"_s, u"A1@1"_s}));

        auto cycle = m_project->tags().move(a.id, a1.id, 0);
        QVERIFY(!cycle);
        QCOMPARE(cycle.error().code, Error::Code::InvalidInput);
        QCOMPARE(m_project->tags().move(a.id, a.id, 0).error().code, Error::Code::InvalidInput);
        QCOMPARE(m_project->tags().get(a.id)->parentId, 0); // unchanged
    }

    void removeMovesClaimsAsTheCallerChoseAndChildrenUp()
    {
        const Tag a = add(u"A"_s);
        const Tag b = add(u"B"_s);
        const Tag a1 = add(u"A1"_s, a.id);
        const Claim claim = taggedClaim(a.id);
        QVERIFY(claim.id > 0);

        QCOMPARE(m_project->tags().remove(a.id, a.id).error().code, Error::Code::InvalidInput);
        QVERIFY(m_project->tags().remove(a.id, b.id));
        QCOMPARE(m_project->claims().get(claim.id)->tagId, b.id);
        QCOMPARE(m_project->tags().get(a1.id)->parentId, 0);
        QCOMPARE(childrenOf(0), (QStringList{u"B@0"_s, u"A1@1"_s}));

        QVERIFY(m_project->tags().remove(b.id));
        QCOMPARE(m_project->claims().get(claim.id)->tagId, 0); // untagged, never deleted
        QCOMPARE(m_project->tags().get(b.id).error().code, Error::Code::NotFound);
    }

    void restoreUndoesRemove()
    {
        const Tag a = add(u"A"_s);
        const Tag b = add(u"B"_s);
        const Tag a1 = add(u"A1"_s, a.id);
        const Tag a2 = add(u"A2"_s, a.id);
        const Claim claim = taggedClaim(a.id);
        QVERIFY(claim.id > 0);

        QVERIFY(m_project->tags().remove(a.id, b.id));
        CLAIMBENCH_VERIFY_OK(m_project->tags().restore(a, {a1.id, a2.id}, {claim.id}, b.id));
        QCOMPARE(childrenOf(0), (QStringList{u"A@0"_s, u"B@1"_s}));
        QCOMPARE(childrenOf(a.id), (QStringList{u"A1@0"_s, u"A2@1"_s}));
        QCOMPARE(m_project->tags().get(a.id)->color, a.color);
        QCOMPARE(m_project->claims().get(claim.id)->tagId, a.id);
        QCOMPARE(m_project->tags().restore(a).error().code, Error::Code::InvalidInput); // id taken
    }
};

QTEST_GUILESS_MAIN(TestTagRepository)
#include "tst_tagrepository.moc"
