#include "common/freshprojects.h"
#include "common/resultcheck.h"
#include "core/commands/projectsession.h"
#include "core/models/namelistmodel.h"
#include "core/store/project.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

QStringList spellings(const NameListModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row).data().toString());
    return result;
}

} // namespace

class TestNameListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        auto project = m_projects.open();
        CLAIMBENCH_VERIFY_OK(project);
        m_session = std::make_unique<ProjectSession>(*project);
        Claimant ministry{0, u"UK Defence Ministry"_s, {u"UK Defense Ministry"_s, u"MoD"_s}};
        Claimant staff{0, u"General Staff of Ukraine"_s, {}};
        auto ministryId = m_session->createClaimant(ministry);
        CLAIMBENCH_VERIFY_OK(ministryId);
        m_ministry = *ministryId;
        CLAIMBENCH_VERIFY_OK(m_session->createClaimant(staff));
        CLAIMBENCH_VERIFY_OK(m_session->createMetric(Metric{0, u"Russian casualties"_s, u"troops"_s, {}}));
    }

    void cleanup() { m_session.reset(); }

    void withoutSessionHasNoRows()
    {
        NameListModel model(NameListModel::Kind::Metrics);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.idAt(0), 0);
        QCOMPARE(model.rowOfId(1), -1);
        QVERIFY(model.nameOf(1).isEmpty());
    }

    void listsClaimantNamesOnly()
    {
        NameListModel model(NameListModel::Kind::Claimants);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(m_session.get());
        QCOMPARE(spellings(model), (QStringList{u"General Staff of Ukraine"_s, u"UK Defence Ministry"_s}));
        QCOMPARE(model.nameOf(m_ministry), u"UK Defence Ministry"_s);
        QCOMPARE(model.idAt(model.rowOfId(m_ministry)), m_ministry);
    }

    void aliasesResolveToTheirClaimant()
    {
        NameListModel model(NameListModel::Kind::Claimants, NameListModel::Spellings::NamesAndAliases);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(m_session.get());
        const QStringList all = spellings(model);
        QCOMPARE(all.size(), 4);
        const int alias = int(all.indexOf(u"UK Defense Ministry"_s));
        QVERIFY(alias >= 0);
        QCOMPARE(model.idAt(alias), m_ministry);
        QVERIFY(model.index(alias).data(NameListModel::IsAliasRole).toBool());
        QVERIFY(model.index(alias).data(Qt::ToolTipRole).toString().contains(u"UK Defence Ministry"_s));
        // The claimant's own row is its name, not an alias.
        QCOMPARE(model.index(model.rowOfId(m_ministry)).data().toString(), u"UK Defence Ministry"_s);
        QVERIFY(!model.index(model.rowOfId(m_ministry)).data(NameListModel::IsAliasRole).toBool());
    }

    void reloadsWhenTheSessionAddsOne_data()
    {
        QTest::addColumn<bool>("metrics");
        QTest::newRow("metric") << true;
        QTest::newRow("claimant") << false;
    }

    void reloadsWhenTheSessionAddsOne()
    {
        QFETCH(bool, metrics);
        NameListModel model(metrics ? NameListModel::Kind::Metrics : NameListModel::Kind::Claimants);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(m_session.get());
        const int before = model.rowCount();
        auto added = metrics ? m_session->createMetric(Metric{0, u"Drones launched"_s, {}, {}})
                             : m_session->createClaimant(Claimant{0, u"CSIS"_s, {}});
        CLAIMBENCH_VERIFY_OK(added);
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(model.nameOf(*added), metrics ? u"Drones launched"_s : u"CSIS"_s);
        model.setSession(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

private:
    FreshProjects m_projects;
    std::unique_ptr<ProjectSession> m_session;
    qint64 m_ministry = 0;
};

QTEST_GUILESS_MAIN(TestNameListModel)
#include "tst_namelistmodel.moc"
