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
};

QTEST_GUILESS_MAIN(TestMetricRepository)
#include "tst_metricrepository.moc"
