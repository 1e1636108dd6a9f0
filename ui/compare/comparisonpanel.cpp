#include "ui/compare/comparisonpanel.h"

#include "core/commands/projectsession.h"
#include "core/models/comparisontablemodel.h"
#include "core/models/namelistmodel.h"
#include "core/store/project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Claimbench {

ComparisonPanel::ComparisonPanel(ProjectSession *session, QWidget *parent)
    : QWidget(parent)
    , m_metrics(new NameListModel(NameListModel::Kind::Metrics, NameListModel::Spellings::NamesOnly, this))
    , m_metric(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_threshold(new QSpinBox(this))
    , m_onlyDisagreements(new QCheckBox(tr("Only disagreements"), this))
    , m_summary(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_model(new ComparisonTableModel(this))
    , m_rows(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_build(this, u"comparison"_s, tr("Not enough memory to compare this metric"),
              [this](Result<Comparison> comparison) { showBuilt(std::move(comparison)); },
              [this] {
                  if (isVisible())
                      rebuild();
              })
{
    m_metric->setObjectName(u"comparisonMetric"_s);
    m_metric->setModel(m_metrics);
    m_metric->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_period->setObjectName(u"comparisonPeriod"_s);
    m_period->addItem(tr("By day"), int(ComparisonPeriod::Day));
    m_period->addItem(tr("By week"), int(ComparisonPeriod::Week));
    m_period->addItem(tr("By month"), int(ComparisonPeriod::Month));
    m_period->setCurrentIndex(m_period->findData(int(ComparisonPeriod::Month)));
    m_threshold->setObjectName(u"comparisonThreshold"_s);
    m_threshold->setRange(0, 100);
    m_threshold->setValue(qRound(ClaimComparer::kDefaultThreshold * 100));
    m_threshold->setSuffix(u" %"_s);
    m_threshold->setToolTip(tr("Two figures disagree when no value each allows lies within this share of the "
                               "other; \"approximately\" allows as much on each side"));
    m_onlyDisagreements->setObjectName(u"comparisonOnlyDisagreements"_s);
    m_summary->setObjectName(u"comparisonSummary"_s);
    m_message->setObjectName(u"comparisonMessage"_s);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);

    m_rows->setSourceModel(m_model);
    m_rows->setSortRole(ComparisonTableModel::SortRole);
    m_rows->setFilterRole(ComparisonTableModel::DisagreesRole);
    m_rows->setFilterKeyColumn(0);
    m_view->setObjectName(u"comparisonView"_s);
    m_view->setModel(m_rows);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->verticalHeader()->hide();
    // A name too long for its column shows its start (its tooltip, the whole).
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->viewport()->installEventFilter(this);

    auto *bar = new QHBoxLayout;
    auto *metricLabel = new QLabel(tr("&Metric:"), this);
    metricLabel->setBuddy(m_metric);
    bar->addWidget(metricLabel);
    bar->addWidget(m_metric);
    bar->addWidget(m_period);
    auto *thresholdLabel = new QLabel(tr("&Disagree beyond:"), this);
    thresholdLabel->setBuddy(m_threshold);
    bar->addWidget(thresholdLabel);
    bar->addWidget(m_threshold);
    bar->addWidget(m_onlyDisagreements);
    bar->addStretch();
    bar->addWidget(m_summary);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_metric, &QComboBox::currentIndexChanged, this, [this](int row) {
        // The combo box moves its row while the names reload: not a choice.
        if (m_metricsResetting)
            return;
        m_metricId = m_metrics->idAt(row);
        reload();
    });
    connect(m_metrics, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_metricsResetting = true; });
    // A reload of the names keeps the metric compared, or takes the first.
    connect(m_metrics, &QAbstractItemModel::modelReset, this, [this] {
        m_metricsResetting = false;
        const QSignalBlocker blocker(m_metric);
        const int row = m_metrics->rowOfId(m_metricId);
        m_metric->setCurrentIndex(row >= 0 ? row : (m_metrics->rowCount() > 0 ? 0 : -1));
        m_metricId = m_metrics->idAt(m_metric->currentIndex());
        reload();
    });
    connect(m_metrics, &NameListModel::errorOccurred, this, [this](const Error &error) {
        showMessage(tr("The metrics could not be read: %1").arg(error.toString()));
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, &ComparisonPanel::reload);
    connect(m_threshold, &QSpinBox::valueChanged, this, &ComparisonPanel::reload);
    connect(m_onlyDisagreements, &QCheckBox::toggled, this, [this](bool only) {
        m_rows->setFilterFixedString(only ? u"true"_s : QString());
        updateSummary();
    });
    connect(m_view, &QAbstractItemView::clicked, this, &ComparisonPanel::requestQuotes);
    connect(m_view, &QAbstractItemView::activated, this, &ComparisonPanel::requestQuotes);
    setSession(session);
}

ComparisonPanel::~ComparisonPanel() = default;

void ComparisonPanel::setSession(ProjectSession *session)
{
    m_build.abandon();
    m_session.reset(session);
    m_session.connect(&ProjectSession::claimsChanged, &ComparisonPanel::reload);
    m_session.connect(&ProjectSession::claimantsChanged, &ComparisonPanel::reload);
    // Another project starts over from its first metric; metricsChanged()
    // reaches the panel through the names' reload.
    m_metricId = 0;
    m_metrics->setSession(session);  // its reset reloads the comparison
}

void ComparisonPanel::setMetric(qint64 metricId)
{
    const int row = m_metrics->rowOfId(metricId);
    if (row >= 0)
        m_metric->setCurrentIndex(row);
}

qint64 ComparisonPanel::metric() const
{
    return m_metricId;
}

void ComparisonPanel::setPeriod(ComparisonPeriod period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
}

void ComparisonPanel::setThresholdPercent(int percent)
{
    m_threshold->setValue(percent);
}

void ComparisonPanel::setOnlyDisagreements(bool only)
{
    m_onlyDisagreements->setChecked(only);
}

ComparisonPeriod ComparisonPanel::period() const
{
    return ComparisonPeriod(m_period->currentData().toInt());
}

void ComparisonPanel::reload()
{
    m_build.invalidate();
    m_tooltip.forget();
    m_stale = false;
    if (!m_session) {
        showMessage(tr("Open a project to compare what its claimants state."));
        return;
    }
    if (m_metricId == 0) {
        showMessage(tr("No metric yet. Mark a figure in an article as a claim and give it a metric "
                       "to compare its claimants."));
        return;
    }
    m_stale = true;
    if (isVisible())
        rebuild();
}

void ComparisonPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    rebuild();
}

void ComparisonPanel::rebuild()
{
    if (!m_stale || m_build.isRunning())
        return;
    m_stale = false;
    // A table shown stays while the next is built: a new threshold or an
    // edit does not blank it.
    if (m_stack->currentWidget() == m_view)
        m_summary->setText(tr("Comparing…"));
    else
        showMessage(tr("Comparing…"));
    m_build.start(m_session->project(),
                  [metricId = m_metricId, period = period(), threshold = m_threshold->value() / 100.0](
                      const Project &project, const std::atomic<bool> *cancelled) {
                      return ClaimComparer(project).compare(metricId, period, threshold, cancelled);
                  });
}

void ComparisonPanel::showBuilt(Result<Comparison> comparison)
{
    if (!comparison) {
        showMessage(tr("The claims could not be read: %1").arg(comparison.error().toString()));
        return;
    }
    if (comparison->rows.isEmpty()) {
        showMessage(tr("None of this metric's claims has both a value and a date yet."));
        return;
    }
    m_model->setComparison(std::move(*comparison));
    m_stack->setCurrentWidget(m_view);
    // A long claimant name is cut (its header's tooltip holds it whole),
    // so that several claimants fit side by side.
    m_view->resizeColumnsToContents();
    const int widest = m_view->fontMetrics().averageCharWidth() * 24;
    for (int column = 0; column < m_model->columnCount(); ++column)
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), widest));
    updateSummary();
}

void ComparisonPanel::showMessage(const QString &text)
{
    m_model->setComparison({});
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
    m_summary->clear();
}

void ComparisonPanel::updateSummary()
{
    if (m_stack->currentWidget() != m_view)
        return;
    const int periods = m_model->rowCount();
    const int disagree = m_model->disagreements();
    // One spelled out, more with %n: English needs no plural catalogue,
    // Ukrainian picks its form by the count.
    QString text;
    switch (period()) {
    case ComparisonPeriod::Day:
        text = periods == 1 ? tr("1 day") : tr("%n days", nullptr, periods);
        break;
    case ComparisonPeriod::Week:
        text = periods == 1 ? tr("1 week") : tr("%n weeks", nullptr, periods);
        break;
    case ComparisonPeriod::Month:
        text = periods == 1 ? tr("1 month") : tr("%n months", nullptr, periods);
        break;
    }
    if (disagree == 0)
        text += tr(" · no disagreement");
    else
        text += disagree == 1 ? tr(" · 1 disagreement") : tr(" · %n disagreements", nullptr, disagree);
    const int vague = int(m_model->comparison().tooCoarse);
    if (vague > 0)
        text += vague == 1 ? tr(" · 1 left out") : tr(" · %n left out", nullptr, vague);
    m_summary->setText(text);
    m_summary->setToolTip(vague > 0 ? tr("Figures dated only by month or year are left out of rows by day or week, "
                                         "and those dated by year out of rows by month: they would be compared "
                                         "with figures of another time.")
                                    : QString());
}

void ComparisonPanel::requestQuotes(const QModelIndex &index)
{
    const auto [left, right] = m_model->quotesFor(m_rows->mapToSource(index));
    if (left != 0)
        Q_EMIT quotesRequested(left, right);
}

bool ComparisonPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::ToolTip && m_session) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = m_rows->mapToSource(m_view->indexAt(help->pos()));
        if (const std::optional<SeriesPoint> statement = m_model->statementAt(index)) {
            QToolTip::showText(help->globalPos(), m_tooltip.text(*m_session->project(), *statement),
                               m_view->viewport());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Claimbench
