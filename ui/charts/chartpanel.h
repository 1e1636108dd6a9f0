#pragma once

#include "charts/chartmarker.h"
#include "core/charts/seriesbuilder.h"
#include "core/domain/tag.h"
#include "ui/backgroundbuild.h"
#include "ui/charts/pointtooltip.h"
#include "ui/sessionbinding.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <memory>

class QCheckBox;
class QChartView;
class QComboBox;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolButton;

namespace Claimbench {

class ClaimChart;
class ProjectSession;

// The chart view: metric picker, grouping (claimant, outlet or tag),
// linear/log axis, and the chart, whose markers show a tooltip (value,
// claimant, outlet, date as precise as the source, status, quote) on hover
// and open their claim on click; clicking a legend entry hides or shows its
// series.
// The picker shows one metric at a time: picking one replaces the other.
// "Compare metrics" lets several be checked, drawn as one line per metric and
// claimant (never one line through two metrics); only metrics of one unit are
// compared, and a metric of another unit is refused with a note that says so.
// The data comes from SeriesBuilder (the core); the panel runs no SQL. A
// change the session reports (claims, metrics, claimants or tags) makes the
// chart stale; a stale chart is built again only while the panel is visible
// (or when it is exported), so that a hidden chart costs nothing, however
// many claims a project has and however often they change. Errors are shown
// in the panel, never thrown.
// A build (the point query and SeriesBuilder) runs as a BackgroundBuild, so
// that 167,000 points never hold up the window; the panel says "Building
// chart…" meanwhile and draws the result on the GUI thread. A result
// overtaken by a change while it was built (metric, grouping, scale, session,
// any reload()) is dropped, never drawn.
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    // `session` as setSession() takes it.
    explicit ChartPanel(ProjectSession *session, QWidget *parent = nullptr);
    ~ChartPanel() override;

    // The project charted: not owned (nullptr: an empty panel saying why);
    // the chart starts again from the project's first metric.
    void setSession(ProjectSession *session);

    // Metrics drawn, by id; unknown ids are ignored. Several turn comparing
    // on; those whose unit differs from the first's are left out, with a note.
    void setMetrics(const QList<qint64> &metricIds);
    QList<qint64> metrics() const { return m_metricIds; }
    // Turning comparing off keeps the first metric shown.
    void setComparing(bool comparing);
    bool isComparing() const;
    void setGrouping(SeriesGrouping grouping);
    SeriesGrouping grouping() const;
    void setLogarithmic(bool logarithmic);

    ClaimChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }

    // What is drawn now: the series the legend shows (hidden ones left out).
    ChartData shownData() const;
    // True while a build runs on the worker thread.
    bool isBuilding() const { return m_build.isRunning(); }

public Q_SLOTS:
    // Asks for a file, size and DPI and writes the chart as shown.
    void exportChart();
    // Marks the chart stale and builds it again if the panel is visible.
    void reload();

Q_SIGNALS:
    void claimActivated(qint64 claimId);
    // exportChart() wrote the file at `path` (absolute).
    void chartExported(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // Starts building the chart on a worker thread when it is stale and no
    // build runs (reload() says what needs no build).
    void rebuild();
    void showBuilt(Result<ChartData> data);
    // Draws the chart in the panel's palette (exports keep the light document).
    void applyPalette();
    void reloadMetricMenu();
    // What the user's check (`on`) or uncheck of a metric in the picker does.
    void chooseMetric(qint64 metricId, bool on);
    // Why `metricId` cannot join the metrics shown, or "" when it can.
    QString unitClash(qint64 metricId) const;
    void setNote(const QString &text);
    void updateMetricChecks();
    void updateMetricButton();
    QList<int> shownSeries() const;
    void connectLegend();
    void showMessage(const QString &text);
    // The marker under a viewport position, or nullptr.
    const ChartMarker *markerAtViewport(QPoint position) const;

    SessionBinding m_session{this};
    bool m_stale = true;
    ChartData m_data;  // what was built: the chart and its export draw it
    PointTooltip m_tooltip;
    QList<qint64> m_metricIds;
    QHash<qint64, Metric> m_metricsById;  // every metric of the project
    QToolButton *m_metricButton = nullptr;
    QMenu *m_metricMenu = nullptr;
    QCheckBox *m_compare = nullptr;
    QLabel *m_note = nullptr;
    QComboBox *m_grouping = nullptr;
    QCheckBox *m_log = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    ClaimChart *m_chart = nullptr;  // owned by m_view
    QChartView *m_view = nullptr;
    // Last: destroyed first, waiting for a running build while the rest still stands.
    BackgroundBuild<ChartData> m_build;
};

} // namespace Claimbench
