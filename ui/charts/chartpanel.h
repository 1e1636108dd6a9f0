#pragma once

#include "core/models/seriesmodel.h"
#include "ui/charts/chartmarker.h"

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

// The chart view: metric picker (one or more metrics), grouping (claimant,
// outlet or tag), linear/log axis, and the chart, whose markers show a
// tooltip (value, claimant, outlet, date, quote) on hover and open their
// claim on click; clicking a legend entry hides or shows its series.
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

    // Metrics drawn, by id; unknown ids are ignored.
    void setMetrics(const QList<qint64> &metricIds);
    QList<qint64> metrics() const { return m_metricIds; }
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
    void updateMetricButton();
    void connectLegend();
    void showMessage(const QString &text);
    // The marker under a viewport position, or nullptr.
    const ChartMarker *markerAtViewport(QPoint position) const;

    ProjectSession *m_session;
    QList<qint64> m_metricIds;
    QToolButton *m_metricButton = nullptr;
    QMenu *m_metricMenu = nullptr;
    QComboBox *m_grouping = nullptr;
    QCheckBox *m_log = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    ClaimChart *m_chart = nullptr;  // owned by m_view
    QChartView *m_view = nullptr;
};

} // namespace Claimbench
