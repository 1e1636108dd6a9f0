#pragma once

#include "core/compare/claimcomparison.h"
#include "ui/backgroundbuild.h"
#include "ui/charts/pointtooltip.h"
#include "ui/sessionbinding.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace Claimbench {

class ComparisonTableModel;
class NameListModel;
class ProjectSession;

// The comparison of claimants: for the metric picked, one row per day, week
// or month, one column per claimant with the latest figure it stated in that
// period, the spread, and whether the figures agree within the threshold
// (docs/compare.md). Rows that disagree are in bold, and "Only
// disagreements" hides the others. A click on a row asks for its two quotes
// side by side: the clicked claimant's and the one farthest from it, or the
// row's least and most (quotesRequested()); hovering a figure shows its
// claim as the chart's tooltip does.
//
// The comparison is built as the chart is (ClaimComparer over SeriesBuilder's
// series, so both tell the same story) in a BackgroundBuild, only while the
// panel is visible; a change the session reports makes it stale. Errors are
// shown in the panel, never thrown.
class ComparisonPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ComparisonPanel(ProjectSession *session, QWidget *parent = nullptr);
    ~ComparisonPanel() override;

    // The project compared: not owned (nullptr: an empty panel saying why).
    // The panel starts again from the project's first metric.
    void setSession(ProjectSession *session);

    void setMetric(qint64 metricId);
    qint64 metric() const;
    void setPeriod(ComparisonPeriod period);
    void setThresholdPercent(int percent);
    void setOnlyDisagreements(bool only);

    // The rows as the view shows them (sorted and filtered).
    QSortFilterProxyModel *rows() const { return m_rows; }
    QTableView *view() const { return m_view; }
    bool isBuilding() const { return m_build.isRunning(); }

public Q_SLOTS:
    // Marks the comparison stale and builds it again if the panel is visible.
    void reload();

Q_SIGNALS:
    // Show `leftClaimId` in the reader's left pane and `rightClaimId` (0:
    // none) in the right one.
    void quotesRequested(qint64 leftClaimId, qint64 rightClaimId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void showBuilt(Result<Comparison> comparison);
    void showMessage(const QString &text);
    void updateSummary();
    void requestQuotes(const QModelIndex &index);
    ComparisonPeriod period() const;

    SessionBinding m_session{this};
    bool m_stale = true;
    qint64 m_metricId = 0;  // kept across the metric list's reloads
    bool m_metricsResetting = false;
    NameListModel *m_metrics = nullptr;
    QComboBox *m_metric = nullptr;
    QComboBox *m_period = nullptr;
    QSpinBox *m_threshold = nullptr;
    QCheckBox *m_onlyDisagreements = nullptr;
    QLabel *m_summary = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    ComparisonTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_rows = nullptr;
    QTableView *m_view = nullptr;
    PointTooltip m_tooltip;
    // Last: destroyed first, waiting for a running build while the rest still stands.
    BackgroundBuild<Comparison> m_build;
};

} // namespace Claimbench
