#include "common/resultcheck.h"
#include "core/models/sampleclaims.h"
#include "core/store/project.h"

#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

class TestMetricRepository : public QObject
{
    Q_OBJECT

    SampleProject m_fixture;

private Q_SLOTS:
    void init() { CLAIMBENCH_VERIFY_OK(m_fixture.open()); }
    void cleanup() { m_fixture.close(); }

    void idByNameIgnoresCaseAndSpaces()
    {
        const Result<qint64> id = m_fixture.project->metrics().idByName(u"troop   LOSSES"_s);
        CLAIMBENCH_VERIFY_OK(id);
        QCOMPARE(*id, m_fixture.sample.troops);
        const Result<qint64> missing = m_fixture.project->metrics().idByName(u"Tanks"_s);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QVERIFY(missing.error().message.contains(u"Tanks"_s));
    }

    // Issue 20: a new claim's metric is suggested from the claims of the
    // same claimant and unit, else of the same unit; the most used wins,
    // the more recent breaks a tie.
    void suggestsTheMostUsedMetricOfClaimantAndUnit()
    {
        const SampleClaims &s = m_fixture.sample;
        MetricRepository metrics = m_fixture.project->metrics();
        Metric shotDown{0, u"Drones shot down"_s, u"drones"_s, {}};
        CLAIMBENCH_VERIFY_OK(metrics.add(shotDown));
        Claim claim;
        claim.articleId = s.meduza;
        claim.start = 0;
        claim.end = 7;
        claim.unit = u"drones"_s;
        claim.metricId = shotDown.id;
        claim.claimantId = s.generalStaff;
        CLAIMBENCH_VERIFY_OK(m_fixture.project->claims().add(claim));

        const auto suggested = [&](qint64 claimantId, const QString &unit) {
            const auto metric = metrics.suggestedFor(claimantId, QStringList{unit});
            return metric && *metric ? (*metric)->id : metric ? 0 : -1;
        };
        QCOMPARE(suggested(s.generalStaff, u"troops"_s), s.troops);  // its own claims
        QCOMPARE(suggested(s.airForce, u"troops"_s), s.troops);      // the unit's
        QCOMPARE(suggested(s.airForce, u"drones"_s), s.drones);      // used twice
        QCOMPARE(suggested(s.generalStaff, u"drones"_s), shotDown.id); // once each: the latest
        QCOMPARE(suggested(0, u"drones"_s), s.drones);               // four claims against one
        QCOMPARE(suggested(s.airForce, u"km"_s), 0);
        QCOMPARE(suggested(s.airForce, QString()), 0);
    }

    // One unit written several ways ("дрони", "дронів": ClaimDrafter knows
    // they are one noun) finds the claims counted in any of them; the
    // stored units are each listed once.
    void suggestsTheMetricOfAnyWritingOfTheUnit()
    {
        const SampleClaims &s = m_fixture.sample;
        Claim claim;
        claim.articleId = s.meduza;
        claim.start = 0;
        claim.end = 7;
        claim.unit = u"дронів"_s;
        claim.metricId = s.drones;
        claim.claimantId = s.generalStaff;
        CLAIMBENCH_VERIFY_OK(m_fixture.project->claims().add(claim));
        const MetricRepository metrics = m_fixture.project->metrics();
        const auto units = metrics.storedUnits();
        CLAIMBENCH_VERIFY_OK(units);
        QCOMPARE(units->count(u"дронів"_s), 1);
        for (const QString &unit : {u"дрони"_s, u"дрона"_s, u"дрон"_s}) {
            const auto metric = metrics.suggestedFor(s.airForce, QStringList{unit, u"дронів"_s});
            CLAIMBENCH_VERIFY_OK(metric);
            QVERIFY2(*metric && (*metric)->id == s.drones, qPrintable(unit));
        }
        const auto other = metrics.suggestedFor(s.airForce, QStringList{u"ракети"_s});
        CLAIMBENCH_VERIFY_OK(other);
        QVERIFY(!*other);
    }
};

QTEST_GUILESS_MAIN(TestMetricRepository)
#include "tst_metricrepository.moc"
