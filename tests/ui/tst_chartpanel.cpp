#include "charts/chartrenderer.h"
#include "charts/claimchart.h"
#include "charts/seriespalette.h"
#include "common/freshprojects.h"
#include "common/resultcheck.h"
#include "core/commands/projectsession.h"
#include "core/models/sampleclaims.h"
#include "ui/charts/chartpanel.h"
#include "ui/widgets/readablecolors.h"

#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QSignalSpy>
#include <QScopeGuard>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
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

// Waits until the build running on the panel's worker thread has ended and
// its result has been drawn (or dropped, and the next one drawn), and the
// chart has laid it out: the markers sit where they are painted.
bool drawn(const ChartPanel &panel)
{
    if (!QTest::qWaitFor([&] { return !panel.isBuilding(); }))
        return false;
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    return true;
}

// Shows the panel at a fixed size, so that the chart is laid out and its
// markers placed, and waits for the chart of `metricIds`.
bool showMetrics(ChartPanel &panel, const QList<qint64> &metricIds)
{
    panel.setMetrics(metricIds);
    panel.resize(900, 600);
    panel.show();
    return QTest::qWaitForWindowExposed(&panel) && drawn(panel);
}

bool showDrones(ChartPanel &panel, qint64 drones)
{
    return showMetrics(panel, {drones});
}

// Where a marker is on the chart view's viewport.
QPoint viewportPoint(const ChartPanel &panel, const ChartMarker &marker)
{
    return panel.chartView()->mapFromScene(panel.chart()->mapToScene(marker.center));
}

// The metric picker's entry for `name`, or nullptr.
QAction *metricAction(const ChartPanel &panel, const QString &name)
{
    const auto *button = panel.findChild<QToolButton *>(u"chartMetrics"_s);
    for (QAction *action : button->menu()->actions()) {
        if (action->text() == name)
            return action;
    }
    return nullptr;
}

// The pen colour of the line named `name`; invalid when there is none.
QColor lineColor(const ChartPanel &panel, const QString &name)
{
    const QList<ChartSeries> &series = panel.chart()->chartData().series;
    for (int i = 0; i < int(series.size()); ++i) {
        if (series.at(i).name == name)
            return panel.chart()->line(i)->pen().color();
    }
    return {};
}

const ChartMarker *markerOf(const ChartPanel &panel, qint64 claimId)
{
    for (const ChartMarker &marker : panel.chart()->markers()) {
        if (marker.claimId == claimId)
            return &marker;
    }
    return nullptr;
}

// The tooltip shown when the mouse rests on the claim's marker.
QString tooltipOf(ChartPanel &panel, qint64 claimId)
{
    const ChartMarker *marker = markerOf(panel, claimId);
    if (!marker)
        return {};
    // The previous tooltip may still be fading out: wait for this one's text.
    const QString before = QToolTip::isVisible() ? QToolTip::text() : QString();
    QTest::mouseMove(panel.chartView()->viewport(), viewportPoint(panel, *marker));
    const bool shown = QTest::qWaitFor([&] { return QToolTip::isVisible() && QToolTip::text() != before; });
    return shown ? QToolTip::text() : QString();
}

// The darkest pixel (lowest of its brightest channel) within one pixel of `at`.
int darkestNear(const QImage &image, QPoint at)
{
    int darkest = 255;
    for (int dx = -1; dx <= 1; ++dx) {
        for (int dy = -1; dy <= 1; ++dy) {
            const QColor c = image.pixelColor(at + QPoint(dx, dy));
            darkest = std::min(darkest, std::max({c.red(), c.green(), c.blue()}));
        }
    }
    return darkest;
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

    // Another troops claim on the Kyiv article's "more than 1,000,000 troops".
    ClaimDraft troopsClaim(double value, const PartialDate &asOf) const
    {
        ClaimDraft draft;
        const QString quote = u"more than 1,000,000 troops"_s;
        draft.claim.articleId = m_sample.kyiv;
        draft.claim.start = int(SampleClaims::kyivBody().indexOf(quote));
        draft.claim.end = draft.claim.start + int(quote.size());
        draft.claim.quote = quote;
        draft.claim.value = value;
        draft.claim.unit = u"troops"_s;
        draft.claim.metricId = m_sample.troops;
        draft.claim.asOf = asOf;
        return draft;
    }

    // Twenty more drone claims, each by a claimant of its own: every colour
    // of the palette in use, and some past it.
    bool addTwentyClaimants()
    {
        const QString quote = u"45 drones"_s;
        QList<ClaimDraft> drafts;
        for (int i = 0; i < 20; ++i) {
            ClaimDraft draft;
            draft.claim.articleId = m_sample.meduza;
            draft.claim.start = int(SampleClaims::meduzaBody().indexOf(quote));
            draft.claim.end = draft.claim.start + int(quote.size());
            draft.claim.quote = quote;
            draft.claim.value = 10 + i;
            draft.claim.unit = u"drones"_s;
            draft.claim.metricId = m_sample.drones;
            draft.claim.asOf = PartialDate::day(2024, 3, 1 + i);
            draft.claimantName = u"Claimant %1"_s.arg(QChar(u'A' + i));
            drafts.append(draft);
        }
        return m_session->createClaims(drafts, u"Add claims"_s).has_value();
    }

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
        QVERIFY(drawn(panel));
        QCOMPARE(seriesNames(panel), (QStringList{u"Kyiv Post"_s, u"Meduza"_s}));

        // Drones and troops are not compared: troops are left out, with a note.
        panel.setMetrics({m_sample.drones, m_sample.troops});
        QVERIFY(drawn(panel));
        QCOMPARE(panel.metrics(), QList<qint64>{m_sample.drones});
        QVERIFY(panel.isComparing());
        QVERIFY(panel.findChild<QLabel *>(u"chartNote"_s)->text().contains(u"Troop losses"_s));
        QCOMPARE(panel.chart()->markers().size(), 3);

        panel.setLogarithmic(true);
        QVERIFY(drawn(panel));
        QVERIFY(panel.chart()->chartStyle().logarithmic);
        QCOMPARE(panel.chart()->markers().size(), 3);
    }

    // Panels are no longer rebuilt per project: the grouping and the
    // comparison of one project stayed on for the next (cold analyst of
    // issue 12). A new session starts the chart as a new panel does.
    void anotherSessionStartsTheChartOver()
    {
        ChartPanel panel(m_session.get());
        QVERIFY(showDrones(panel, m_sample.drones));
        panel.setGrouping(SeriesGrouping::Outlet);
        panel.setMetrics({m_sample.drones, m_sample.troops});
        QVERIFY(panel.isComparing());

        const Result<std::shared_ptr<Project>> other = m_projects.open();
        CLAIMBENCH_VERIFY_OK(other);
        ProjectSession otherSession(*other);
        panel.setSession(&otherSession);
        QCOMPARE(panel.grouping(), SeriesGrouping::Claimant);
        QVERIFY(!panel.isComparing());
        QVERIFY(panel.metrics().isEmpty());
        QVERIFY(panel.findChild<QLabel *>(u"chartNote"_s)->text().isEmpty());
        panel.setSession(nullptr);
    }

    // Issue 12: the hidden chart of a 1,000,000-claim project read every
    // claim of its metric when the window opened and again on every claim
    // edit. A hidden panel reads nothing; it builds when shown, and a change
    // made while it was hidden shows then.
    void buildsOnlyWhileShown()
    {
        ChartPanel panel(m_session.get());
        panel.setMetrics({m_sample.drones});
        QVERIFY(panel.chart()->chartData().series.isEmpty());
        QVERIFY(showDrones(panel, m_sample.drones));
        QCOMPARE(panel.chart()->markers().size(), 3);

        panel.hide();
        ClaimDraft draft = troopsClaim(44, PartialDate::day(2024, 4, 30));
        draft.claim.metricId = m_sample.drones;
        CLAIMBENCH_VERIFY_OK(m_session->createClaim(draft));
        QCOMPARE(panel.chart()->markers().size(), 3);
        QVERIFY(!panel.isBuilding());
        panel.show();
        QTRY_COMPARE(panel.chart()->markers().size(), 4);
    }

    // Issue 12: the window of a 1,000,000-claim project waited for its chart,
    // 167,000 points built on the GUI thread before the first paint. The
    // panel says it is building and draws the chart when the worker ends.
    void buildsOnAWorkerThread()
    {
        ChartPanel panel(m_session.get());
        panel.setMetrics({m_sample.drones});
        panel.resize(900, 600);
        panel.show();
        const auto *stack = panel.findChild<QStackedWidget *>();
        const auto *message = panel.findChild<QLabel *>(u"chartMessage"_s);
        QVERIFY(stack && message);
        QVERIFY(panel.isBuilding());
        QCOMPARE(stack->currentWidget(), message);
        QVERIFY2(message->text().contains(u"Building chart"_s), qPrintable(message->text()));
        QTRY_COMPARE(stack->currentWidget(), static_cast<QWidget *>(panel.chartView()));
        QVERIFY(!panel.isBuilding());
        QCOMPARE(panel.chart()->markers().size(), 3);
    }

    // A build overtaken by a change of metric or grouping is dropped, never
    // drawn: the chart shows what was chosen last.
    void anOvertakenBuildIsNeverDrawn()
    {
        ChartPanel panel(m_session.get());
        const auto *stack = panel.findChild<QStackedWidget *>();
        QVERIFY(stack);
        QStringList drawnTitles;
        connect(stack, &QStackedWidget::currentChanged, &panel, [&] {
            if (stack->currentWidget() == panel.chartView())
                drawnTitles.append(panel.chart()->chartData().title);
        });
        panel.setMetrics({m_sample.drones});
        panel.resize(900, 600);
        panel.show();
        QVERIFY(panel.isBuilding());
        metricAction(panel, u"Troop losses"_s)->trigger();
        QVERIFY(drawn(panel));
        QCOMPARE(drawnTitles, QStringList{u"Troop losses"_s});

        drawnTitles.clear();
        metricAction(panel, u"Drones launched"_s)->trigger();
        QVERIFY(panel.isBuilding());
        panel.setGrouping(SeriesGrouping::Outlet);
        QVERIFY(drawn(panel));
        QCOMPARE(drawnTitles, QStringList{u"Drones launched"_s});
        QCOMPARE(seriesNames(panel), (QStringList{u"Kyiv Post"_s, u"Meduza"_s}));
    }

    // Closing the project, or the panel, while a build runs waits for the
    // worker, draws nothing, and lets go of the project.
    void closingDuringABuildIsSafe()
    {
        {
            ChartPanel doomed(m_session.get());
            QVERIFY(showDrones(doomed, m_sample.drones));
            doomed.reload();
            QVERIFY(doomed.isBuilding());
        }
        QCoreApplication::processEvents(); // the worker's end finds no panel

        ChartPanel panel(m_session.get());
        panel.setMetrics({m_sample.drones});
        panel.show();
        QVERIFY(panel.isBuilding());
        const std::weak_ptr<Project> project = m_session->project();
        panel.setSession(nullptr);
        QVERIFY(!panel.isBuilding());
        m_session.reset();
        QVERIFY(project.expired());
        QTest::qWait(50);
        const auto *message = panel.findChild<QLabel *>(u"chartMessage"_s);
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(u"Open a project"_s));
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
        QVERIFY(drawn(panel));
        QCOMPARE(panel.chart()->markers().size(), 4);
        m_session->undoStack()->undo();
        QVERIFY(drawn(panel));
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
        QVERIFY(QToolTip::text().contains(panel.chart()->chartData().series.at(marker.series).group));

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

    // Issue 20, bug 2: choosing a metric while another is shown checked both
    // and drew each claimant's line through the two.
    void pickingAMetricReplacesTheOneShown()
    {
        ChartPanel panel(m_session.get());
        QVERIFY(showDrones(panel, m_sample.drones));
        QAction *drones = metricAction(panel, u"Drones launched"_s);
        QAction *troops = metricAction(panel, u"Troop losses"_s);
        QVERIFY(drones && troops);
        QVERIFY(drones->isChecked());

        troops->trigger();
        QVERIFY(drawn(panel));
        QVERIFY(troops->isChecked());
        QVERIFY(!drones->isChecked());
        QCOMPARE(panel.metrics(), QList<qint64>{m_sample.troops});
        QCOMPARE(panel.chart()->chartData().title, u"Troop losses"_s);
        for (const ChartSeries &series : panel.chart()->chartData().series) {
            for (const SeriesPoint &p : series.points)
                QCOMPARE(p.unit, u"troops"_s);
        }
        // Unchecking the one metric shown leaves it shown: a chart of nothing is no use.
        troops->trigger();
        QVERIFY(troops->isChecked());
        QCOMPARE(panel.metrics(), QList<qint64>{m_sample.troops});
    }

    // Issue 20, bug 2: several metrics only as a comparison, one line per
    // metric and claimant; a metric of another unit is refused, saying why.
    void comparingDrawsOneLinePerMetricAndClaimant()
    {
        Metric shotDown;
        shotDown.name = u"Drones shot down"_s;
        shotDown.unit = u"drones"_s;
        const Result<qint64> shotDownId = m_session->createMetric(shotDown);
        CLAIMBENCH_VERIFY_OK(shotDownId);
        ClaimDraft draft;
        const QString quote = u"45 drones"_s;
        draft.claim.articleId = m_sample.meduza;
        draft.claim.start = int(SampleClaims::meduzaBody().indexOf(quote));
        draft.claim.end = draft.claim.start + int(quote.size());
        draft.claim.quote = quote;
        draft.claim.value = 40;
        draft.claim.unit = u"drones"_s;
        draft.claim.metricId = *shotDownId;
        draft.claim.asOf = PartialDate::day(2024, 3, 15);
        draft.claimantName = u"General Staff"_s;
        const Result<qint64> shotDownClaim = m_session->createClaim(draft);
        CLAIMBENCH_VERIFY_OK(shotDownClaim);

        ChartPanel panel(m_session.get());
        QVERIFY(showDrones(panel, m_sample.drones));
        auto *compare = panel.findChild<QCheckBox *>(u"chartCompare"_s);
        QVERIFY(compare);
        compare->click();
        metricAction(panel, u"Drones shot down"_s)->trigger();
        QVERIFY(drawn(panel));
        QVERIFY(metricAction(panel, u"Drones launched"_s)->isChecked());
        QCOMPARE(panel.metrics(), (QList<qint64>{m_sample.drones, *shotDownId}));
        QStringList names;
        for (const ChartSeries &series : panel.chart()->chartData().series) {
            names.append(series.name);
            QSet<qint64> ids;
            for (const SeriesPoint &p : series.points)
                ids.insert(p.claimId);
            QVERIFY2(!(ids.contains(m_sample.claims.value(u"d45"_s)) && ids.contains(*shotDownClaim)),
                     qPrintable(u"%1 runs through two metrics"_s.arg(series.name)));
        }
        QCOMPARE(names, (QStringList{u"General Staff — Drones launched"_s, u"General Staff — Drones shot down"_s,
                                     u"Ukrainian Air Force — Drones launched"_s}));
        QVERIFY(lineColor(panel, names.at(0)) != lineColor(panel, names.at(1)));

        // Troops are not drones: refused, with a note that says so.
        auto *note = panel.findChild<QLabel *>(u"chartNote"_s);
        QVERIFY(note);
        QAction *troops = metricAction(panel, u"Troop losses"_s);
        troops->trigger();
        QVERIFY(!troops->isChecked());
        QCOMPARE(panel.metrics(), (QList<qint64>{m_sample.drones, *shotDownId}));
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(u"troops"_s) && note->text().contains(u"drones"_s), qPrintable(note->text()));

        // Back to one metric: the first one chosen.
        compare->click();
        QCOMPARE(panel.metrics(), QList<qint64>{m_sample.drones});
        QVERIFY(!metricAction(panel, u"Drones shot down"_s)->isChecked());
    }

    // Metrics counted in two cases of one Ukrainian noun are of one unit:
    // compared, not refused.
    void comparesMetricsCountedInTwoCasesOfOneNoun()
    {
        Metric launched{0, u"Дрони запущені"_s, u"дронів"_s, {}};
        Metric shotDown{0, u"Дрони збиті"_s, u"дрони"_s, {}};
        const Result<qint64> launchedId = m_session->createMetric(launched);
        const Result<qint64> shotDownId = m_session->createMetric(shotDown);
        CLAIMBENCH_VERIFY_OK(launchedId);
        CLAIMBENCH_VERIFY_OK(shotDownId);
        ChartPanel panel(m_session.get());
        QVERIFY(showMetrics(panel, {*launchedId}));
        panel.findChild<QCheckBox *>(u"chartCompare"_s)->click();
        QAction *other = metricAction(panel, u"Дрони збиті"_s);
        QVERIFY(other);
        other->trigger();
        QVERIFY(drawn(panel));
        QCOMPARE(panel.metrics(), (QList<qint64>{*launchedId, *shotDownId}));
        // Troops stay refused.
        metricAction(panel, u"Troop losses"_s)->trigger();
        QCOMPARE(panel.metrics(), (QList<qint64>{*launchedId, *shotDownId}));
    }

    // Issue 20, bug 2: a claimant's colour came from its place in the list,
    // so it changed from one metric to the next.
    void claimantKeepsItsColourAcrossCharts()
    {
        ClaimDraft draft = troopsClaim(900000, PartialDate::day(2024, 1, 10));
        draft.claimantName = u"Air Defence Command"_s; // sorts before "General Staff"
        CLAIMBENCH_VERIFY_OK(m_session->createClaim(draft));

        ChartPanel drones(m_session.get());
        QVERIFY(showDrones(drones, m_sample.drones));
        ChartPanel troops(m_session.get());
        QVERIFY(showMetrics(troops, {m_sample.troops}));
        const QColor inDrones = lineColor(drones, u"General Staff"_s);
        QVERIFY(inDrones.isValid());
        QCOMPARE(lineColor(troops, u"General Staff"_s), inDrones);
    }

    // Issue 20, bug 2: the ninth claimant took the first one's colour.
    void manyClaimantsNeverShareAColour()
    {
        QVERIFY(addTwentyClaimants());
        ChartPanel panel(m_session.get());
        QVERIFY(showDrones(panel, m_sample.drones));
        const int lines = int(panel.chart()->chartData().series.size());
        QCOMPARE(lines, 22);
        QSet<QRgb> colors;
        for (int i = 0; i < lines; ++i)
            colors.insert(panel.chart()->line(i)->pen().color().rgb());
        QCOMPARE(int(colors.size()), lines);
    }

    // Issue 20, bug 5: a claim as of a month showed "as of Monday, 1 April
    // 2024"; its tooltip now says no more than the source, and its status.
    void tooltipShowsTheDateAsPreciseAsTheSource()
    {
        ClaimDraft draft = troopsClaim(500000, PartialDate::year(2023));
        draft.claim.status = ClaimStatus::False;
        draft.claimantName = u"Year claimant"_s;
        const Result<qint64> yearClaim = m_session->createClaim(draft);
        CLAIMBENCH_VERIFY_OK(yearClaim);

        ChartPanel panel(m_session.get());
        QVERIFY(showMetrics(panel, {m_sample.troops}));

        const QString year = tooltipOf(panel, *yearClaim);
        QVERIFY2(year.contains(u"as of 2023<"_s), qPrintable(year));
        QVERIFY2(year.contains(u"false"_s), qPrintable(year));
        const QString month = tooltipOf(panel, m_sample.claims.value(u"trange"_s));
        QVERIFY2(month.contains(u"as of %1 2024<"_s.arg(QLocale().standaloneMonthName(4))), qPrintable(month));
        QVERIFY2(!month.contains(QLocale().toString(QDate(2024, 4, 1), QLocale::LongFormat)), qPrintable(month));
        QVERIFY2(month.contains(u"disputed"_s), qPrintable(month));

        panel.hide(); // a window on top would take the mouse
        ChartPanel drones(m_session.get());
        QVERIFY(showDrones(drones, m_sample.drones));
        const QString day = tooltipOf(drones, m_sample.claims.value(u"d63"_s));
        QVERIFY2(day.contains(u"as of "_s + QLocale().toString(QDate(2024, 2, 29), QLocale::LongFormat)),
                 qPrintable(day + u" / "_s + QLocale().toString(QDate(2024, 2, 29), QLocale::LongFormat)));
        QVERIFY2(day.contains(u"unverified"_s), qPrintable(day));
    }

    // Issue 20, bug 5: disputed and false claims looked like unverified
    // ones. A disputed marker is struck through (/), a false one crossed
    // out (x); the strokes reach past the marker, where only they are dark.
    void doubtedClaimsAreStruckThrough()
    {
        ClaimDraft draft = troopsClaim(600000, PartialDate::day(2023, 6, 1));
        draft.claim.status = ClaimStatus::False;
        draft.claimantName = u"Ukrainian Air Force"_s;
        const Result<qint64> falseClaim = m_session->createClaim(draft);
        CLAIMBENCH_VERIFY_OK(falseClaim);

        ChartPanel panel(m_session.get());
        QVERIFY(showMetrics(panel, {m_sample.troops}));
        const QImage image = panel.chartView()->grab().toImage();
        const auto darkAt = [&](qint64 claimId, QPoint offset) {
            const ChartMarker *marker = markerOf(panel, claimId);
            return marker && darkestNear(image, viewportPoint(panel, *marker) + offset) < 110;
        };
        const QPoint rising(7, -7), falling(7, 7);
        const qint64 disputed = m_sample.claims.value(u"trange"_s);
        const qint64 unverified = m_sample.claims.value(u"t1m"_s);
        QVERIFY(darkAt(disputed, rising) && darkAt(disputed, -rising));
        QVERIFY(!darkAt(disputed, falling) && !darkAt(disputed, -falling));
        QVERIFY(darkAt(*falseClaim, rising) && darkAt(*falseClaim, -rising));
        QVERIFY(darkAt(*falseClaim, falling) && darkAt(*falseClaim, -falling));
        for (const QPoint offset : {rising, -rising, falling, -falling})
            QVERIFY(!darkAt(unverified, offset));
    }
    void followsTheDesktopsPalette_data()
    {
        QTest::addColumn<QPalette>("dark");
        const auto dark = [](QColor window, QColor text, QColor base) {
            return QPalette(text, window, window.lighter(130), window.darker(130), window.darker(110), text, base);
        };
        QTest::newRow("adwaita dark") << dark(0x353535, 0xeeeeec, 0x2d2d2d);
        QTest::newRow("breeze dark") << dark(0x31363b, 0xeff0f1, 0x232629);
    }

    // Issue 13, "Look": on a dark desktop the chart stayed a white figure,
    // and on a dark plot Okabe-Ito's black and blue lines would not show.
    // The view follows the palette, changed at run time too; an export stays
    // the light document it was.
    void followsTheDesktopsPalette()
    {
        QFETCH(QPalette, dark);
        QVERIFY(addTwentyClaimants());
        ChartPanel panel(m_session.get());
        QVERIFY(showDrones(panel, m_sample.drones));
        ClaimChart *chart = panel.chart();
        const int lines = int(chart->chartData().series.size());
        QVERIFY(lines > SeriesPalette::palette().size());
        const QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto exported = [&](const QString &name) {
            ChartStyle style = chart->chartStyle();
            for (int i = 0; i < lines; ++i)
                style.seriesColors.append(chart->seriesColor(i));
            const QString path = dir.filePath(name);
            QFile file(path);
            if (!ChartRenderer::exportPng(panel.shownData(), style, path, QSize(800, 500), 96) || !file.open(QIODevice::ReadOnly))
                return QByteArray();
            return file.readAll();
        };
        const QByteArray lightExport = exported(u"light.png"_s);
        QVERIFY(!lightExport.isEmpty());
        // Inside the figure's top left corner, above the title and the legend.
        const auto figure = [&] {
            const QPoint corner = panel.chartView()->mapFromScene(chart->mapToScene(chart->rect().topLeft() + QPointF(20, 20)));
            return panel.chartView()->viewport()->grab().toImage().pixelColor(corner);
        };

        const QPalette light = QApplication::palette();
        const auto restore = qScopeGuard([&] { QApplication::setPalette(light); });
        QApplication::setPalette(dark);
        const QColor window = dark.color(QPalette::Window);
        const QColor base = dark.color(QPalette::Base);
        // Qt delivers the new palette to top-level widgets through the event loop.
        QTRY_VERIFY2(contrastRatio(figure(), window) < 1.2, qPrintable(figure().name()));
        QVERIFY(chart->isPlotAreaBackgroundVisible());
        QVERIFY(contrastRatio(chart->plotAreaBackgroundBrush().color(), base) < 1.2);
        QVERIFY(contrastRatio(chart->titleBrush().color(), window) >= kMinimumTextContrast);
        for (const QAbstractAxis *axis : chart->axes()) {
            QVERIFY(contrastRatio(axis->labelsBrush().color(), window) >= kMinimumTextContrast);
            QVERIFY(contrastRatio(axis->titleBrush().color(), window) >= kMinimumTextContrast);
        }
        QSet<QRgb> colors;
        for (int i = 0; i < lines; ++i) {
            const QColor color = chart->line(i)->pen().color();
            QCOMPARE(chart->drawnColor(i), color);
            QVERIFY2(contrastRatio(color, base) >= 3.0,
                     qPrintable(u"%1 on %2"_s.arg(color.name(), base.name())));
            colors.insert(color.rgb());
        }
        QCOMPARE(int(colors.size()), lines);
        QCOMPARE(exported(u"dark.png"_s), lightExport);

        QApplication::setPalette(light);
        QTRY_VERIFY(contrastRatio(figure(), light.color(QPalette::Window)) < 1.2);
    }
};

QTEST_MAIN(TestChartPanel)
#include "tst_chartpanel.moc"
