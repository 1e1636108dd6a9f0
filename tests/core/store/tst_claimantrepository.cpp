#include "common/freshprojects.h"
#include "common/resultcheck.h"
#include "core/store/project.h"

#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

// Claimants and metrics: the two name registries claims point to.
class TestClaimantRepository : public QObject
{
    Q_OBJECT

    FreshProjects m_projects;
    std::shared_ptr<Project> m_project;

private Q_SLOTS:
    void init()
    {
        auto project = m_projects.open();
        QVERIFY(project);
        m_project = *project;
    }
    void cleanup() { m_project.reset(); }

    void aliasResolvesToTheSameClaimant_data()
    {
        QTest::addColumn<QString>("spelling");
        QTest::newRow("name") << u"UK Defence Ministry"_s;
        QTest::newRow("alias") << u"UK Defense Ministry"_s;
        QTest::newRow("other case and spaces") << u"  uk DEFENSE   ministry"_s;
        QTest::newRow("alias given at add") << u"British MoD"_s;
    }
    void aliasResolvesToTheSameClaimant()
    {
        QFETCH(QString, spelling);
        Claimant mod{0, u"UK Defence Ministry"_s, {u"British MoD"_s, u"british mod"_s}};
        auto added = m_project->claimants().add(mod);
        CLAIMBENCH_VERIFY_OK(added);
        QCOMPARE(mod.aliases, QStringList{u"British MoD"_s}); // the repeated spelling dropped
        QVERIFY(m_project->claimants().addAlias(mod.id, u"UK Defense Ministry"_s));
        QVERIFY(m_project->claimants().addAlias(mod.id, u"uk defense ministry"_s)); // already has it

        auto found = m_project->claimants().findByNameOrAlias(spelling);
        QVERIFY(found);
        QVERIFY(found->has_value());
        QCOMPARE((*found)->id, mod.id);
        QCOMPARE((*found)->name, u"UK Defence Ministry"_s);
        QCOMPARE((*found)->aliases, (QStringList{u"British MoD"_s, u"UK Defense Ministry"_s}));
    }

    void spellingsAreUniqueAcrossClaimants()
    {
        Claimant mod{0, u"UK Defence Ministry"_s, {u"MoD"_s}};
        Claimant staff{0, u"General Staff"_s, {}};
        QVERIFY(m_project->claimants().add(mod));
        QVERIFY(m_project->claimants().add(staff));
        QCOMPARE(m_project->claimants().addAlias(staff.id, u"mod"_s).error().code,
                 Error::Code::InvalidInput);
        Claimant clash{0, u"MOD"_s, {}};
        QCOMPARE(m_project->claimants().add(clash).error().code, Error::Code::InvalidInput);
        Claimant blank{0, u"  "_s, {}};
        QCOMPARE(m_project->claimants().add(blank).error().code, Error::Code::InvalidInput);
        QCOMPARE(m_project->claimants().addAlias(999, u"x"_s).error().code, Error::Code::NotFound);
        QCOMPARE(*m_project->claimants().findByNameOrAlias(u"CSIS"_s), std::nullopt);

        auto all = m_project->claimants().list();
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).name, u"General Staff"_s);
        QCOMPARE(all->at(1).aliases, QStringList{u"MoD"_s});
    }

    void metricsAreFoundByNameCaseInsensitively()
    {
        Metric killed{0, u"Russian casualties (killed and wounded)"_s, u"troops"_s, u"cumulative"_s};
        Metric drones{0, u"Drones launched"_s, u"drones"_s, {}};
        QVERIFY(m_project->metrics().add(killed));
        auto added = m_project->metrics().add(drones);
        CLAIMBENCH_VERIFY_OK(added);
        Metric again{0, u"russian CASUALTIES (killed and wounded)"_s, {}, {}};
        QCOMPARE(m_project->metrics().add(again).error().code, Error::Code::InvalidInput);

        auto found = m_project->metrics().findByName(u"drones LAUNCHED"_s);
        QVERIFY(found && found->has_value());
        QCOMPARE((*found)->id, drones.id);
        QCOMPARE((*found)->unit, u"drones"_s);
        QCOMPARE(*m_project->metrics().findByName(u"refugees"_s), std::nullopt);
        auto all = m_project->metrics().list();
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).name, u"Drones launched"_s);
        QCOMPARE(all->at(1).description, u"cumulative"_s);
    }
};

QTEST_GUILESS_MAIN(TestClaimantRepository)
#include "tst_claimantrepository.moc"
