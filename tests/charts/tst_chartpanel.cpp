#include "common/freshprojects.h"
#include "common/resultcheck.h"
#include "core/commands/projectsession.h"
#include "core/models/sampleclaims.h"
#include "ui/charts/chartpanel.h"
#include "ui/charts/claimchart.h"

#include <QChartView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QToolTip>
#include <QUndoStack>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

QStringList seriesNames(const ChartPanel &panel)
{
    QStringList names;
    for (const ChartSeries &s : panel.chart()->chartData().series)
        names.append(s.name);
    return names;
}

// Shows the panel with the drones metric at a fixed size, so that the chart
// is laid out and its markers placed.
bool showDrones(ChartPanel &panel, qint64 drones)
{
    panel.setMetrics({drones});
    panel.resize(900, 600);
    panel.show();
    return QTest::qWaitForWindowExposed(&panel);
}

// Where a marker is on the chart view's viewport.
QPoint viewportPoint(const ChartPanel &panel, const ChartMarker &marker)
{
    return panel.chartView()->mapFromScene(panel.chart()->mapToScene(marker.center));
}

} // namespace

// The chart panel over SampleClaims: drones (63 and 28 by the Air Force on
// 2024-02-29, 45 by the General Staff dated by publication, one without a
// value) and troops (more than 1,000,000; a 20-30 thousand range).
class TestChartPanel : public QObject
{
    Q_OBJECT
private:
    FreshProjects m_projects;
    std::unique_ptr<ProjectSession> m_session;
    SampleClaims m_sample;

private Q_SLOTS:
    void init()
    {
        const Result<std::shared_ptr<Project>> project = m_projects.open();
        CLAIMBENCH_VERIFY_OK(project);
        const Result<SampleClaims> sample = SampleClaims::create(**project);
        CLAIMBENCH_VERIFY_OK(sample);
        m_sample = *sample;
        m_session = std::make_unique<ProjectSession>(*project);
    }
    void cleanup() { m_session.reset(); }

    void withoutSessionSaysWhy()
    {
        ChartPanel panel(nullptr);
        const auto *message = panel.findChild<QLabel *>(u"chartMessage"_s);
        QVERIFY(message);
        QVERIFY(message->text().contains(u"Open a project"_s));
    }

    void drawsTheChosenMetricsByGrouping()
    {
        ChartPanel panel(m_session.get());
        QVERIFY(showDrones(panel, m_sample.drones));
        QCOMPARE(seriesNames(panel), (QStringList{u"General Staff"_s, u"Ukrainian Air Force"_s}));
        QCOMPARE(panel.chart()->markers().size(), 3);

        panel.setGrouping(SeriesGrouping::Outlet);
        QCOMPARE(seriesNames(panel), (QStringList{u"Kyiv Post"_s, u"Meduza"_s}));

        panel.setMetrics({m_sample.drones, m_sample.troops});
        QCOMPARE(panel.chart()->markers().size(), 5);

        panel.setLogarithmic(true);
        QVERIFY(panel.chart()->chartStyle().logarithmic);
        QCOMPARE(panel.chart()->markers().size(), 5);
    }

    // An edit through the session (and its undo) shows at once.
    void reloadsWhenClaimsChange()
    {
        ChartPanel panel(m_session.get());
        QVERIFY(showDrones(panel, m_sample.drones));
        QCOMPARE(panel.chart()->markers().size(), 3);

        ClaimDraft draft;
        const QString quote = u"The General Staff counted 45 drones"_s;
        draft.claim.articleId = m_sample.meduza;
        draft.claim.start = int(SampleClaims::meduzaBody().indexOf(quote));
        draft.claim.end = draft.claim.start + int(quote.size());
        draft.claim.quote = quote;
        draft.claim.value = 44;
        draft.claim.metricId = m_sample.drones;
        draft.claim.asOf = PartialDate::day(2024, 4, 30);
        draft.claimantName = u"Ukrainian Air Force"_s;
        CLAIMBENCH_VERIFY_OK(m_session->createClaim(draft));
        QCOMPARE(panel.chart()->markers().size(), 4);
        m_session->undoStack()->undo();
        QCOMPARE(panel.chart()->markers().size(), 3);
    }

    void clickOnMarkerOpensItsClaim()
    {
        ChartPanel panel(m_session.get());
        QVERIFY(showDrones(panel, m_sample.drones));
        QSignalSpy activated(&panel, &ChartPanel::claimActivated);
        const ChartMarker marker = panel.chart()->markers().constFirst();
        const QPoint at = viewportPoint(panel, marker);

        QTest::mouseMove(panel.chartView()->viewport(), at);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY(QToolTip::text().contains(panel.chart()->pointOf(marker).claimant));

        QTest::mouseClick(panel.chartView()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.constFirst().constFirst().toLongLong(), marker.claimId);

        // Beside a marker, nothing opens.
        QTest::mouseClick(panel.chartView()->viewport(), Qt::LeftButton, {}, at + QPoint(40, 40));
        QCOMPARE(activated.size(), 1);
    }

    void legendEntryHidesAndShowsItsSeries()
    {
        ChartPanel panel(m_session.get());
        QVERIFY(showDrones(panel, m_sample.drones));
        QLegendMarker *general = panel.chart()->legend()->markers().constFirst();
        QCOMPARE(general->label(), u"General Staff"_s);
        Q_EMIT general->clicked();
        QVERIFY(!panel.chart()->isSeriesShown(0));
        QVERIFY(general->isVisible());
        QCOMPARE(panel.chart()->markers().size(), 2);
        QCOMPARE(panel.shownData().series.size(), 1);
        Q_EMIT general->clicked();
        QVERIFY(panel.chart()->isSeriesShown(0));
        QCOMPARE(panel.chart()->markers().size(), 3);
    }
};

QTEST_MAIN(TestChartPanel)
#include "tst_chartpanel.moc"
