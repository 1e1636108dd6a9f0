#pragma once

#include "core/domain/tag.h"
#include "core/models/seriesmodel.h"
#include "ui/charts/chartmarker.h"

#include <QHash>
#include <QList>
#include <QWidget>

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
// The data comes from SeriesModel (the core); the panel runs no SQL. It
// reloads when the session reports changed claims, metrics, claimants or
// tags. Errors are shown in the panel, never thrown.
// `session` is not owned and must outlive the panel (nullptr: empty panel).
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartPanel(ProjectSession *session, QWidget *parent = nullptr);
    ~ChartPanel() override;

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

public Q_SLOTS:
    // Asks for a file, size and DPI and writes the chart as shown.
    void exportChart();
    void reload();

Q_SIGNALS:
    void claimActivated(qint64 claimId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
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

    ProjectSession *m_session;
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
};

} // namespace Claimbench
