#include "ui/charts/chartpanel.h"

#include "core/commands/projectsession.h"
#include "core/store/project.h"
#include "ui/charts/chartexportdialog.h"
#include "ui/charts/chartrenderer.h"
#include "ui/charts/claimchart.h"

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

constexpr qreal kHitRadius = 7;

QString formatValue(const SeriesPoint &p)
{
    const QLocale locale;
    const auto number = [&](double v) { return locale.toString(v, 'f', v == std::floor(v) ? 0 : 2); };
    QString text = number(p.value);
    if (p.low || p.high)
        text += u" (%1–%2)"_s.arg(p.low ? number(*p.low) : u"?"_s, p.high ? number(*p.high) : u"?"_s);
    if (!p.unit.isEmpty())
        text += u' ' + p.unit;
    const QString qualifier = qualifierName(p.qualifier);
    return qualifier.isEmpty() ? text : qualifier + u' ' + text;
}

QString tooltipFor(const SeriesPoint &p)
{
    const QString date = QLocale().toString(p.date, QLocale::LongFormat);
    QString quote = p.quote.simplified();
    if (quote.size() > 240)
        quote = quote.left(239) + u'…';
    return u"<b>%1</b><br>%2<br>%3 · %4<br><i>“%5”</i><br>%6"_s.arg(
        formatValue(p).toHtmlEscaped(),
        (p.claimant.isEmpty() ? ChartPanel::tr("Unattributed") : p.claimant).toHtmlEscaped(),
        (p.outlet.isEmpty() ? ChartPanel::tr("No outlet") : p.outlet).toHtmlEscaped(),
        p.datedByPublication ? ChartPanel::tr("published %1 (no as-of date)").arg(date) : ChartPanel::tr("as of %1").arg(date),
        quote.toHtmlEscaped(), p.articleTitle.toHtmlEscaped());
}

} // namespace

ChartPanel::ChartPanel(ProjectSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_metricButton(new QToolButton(this))
    , m_metricMenu(new QMenu(this))
    , m_grouping(new QComboBox(this))
    , m_log(new QCheckBox(tr("Log scale"), this))
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_chart(new ClaimChart)
    , m_view(new QChartView(m_chart, this))
{
    m_metricButton->setObjectName(u"chartMetrics"_s);
    m_metricButton->setMenu(m_metricMenu);
    m_metricButton->setPopupMode(QToolButton::InstantPopup);
    m_metricButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_grouping->setObjectName(u"chartGrouping"_s);
    m_grouping->addItem(tr("One line per claimant"), int(SeriesGrouping::Claimant));
    m_grouping->addItem(tr("One line per outlet"), int(SeriesGrouping::Outlet));
    m_grouping->addItem(tr("One line per tag"), int(SeriesGrouping::Tag));
    m_log->setObjectName(u"chartLog"_s);
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(u"chartExport"_s);

    m_message->setObjectName(u"chartMessage"_s);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_view->setObjectName(u"chartView"_s);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Metric:"), this));
    bar->addWidget(m_metricButton, 1);
    bar->addWidget(m_grouping);
    bar->addWidget(m_log);
    bar->addStretch();
    bar->addWidget(exportButton);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_grouping, &QComboBox::currentIndexChanged, this, &ChartPanel::reload);
    connect(m_log, &QCheckBox::toggled, this, &ChartPanel::reload);
    connect(exportButton, &QPushButton::clicked, this, &ChartPanel::exportChart);
    if (m_session) {
        connect(m_session, &ProjectSession::claimsChanged, this, &ChartPanel::reload);
        connect(m_session, &ProjectSession::claimantsChanged, this, &ChartPanel::reload);
        connect(m_session, &ProjectSession::tagsChanged, this, [this] {
            if (grouping() == SeriesGrouping::Tag)
                reload();
        });
        connect(m_session, &ProjectSession::metricsChanged, this, [this] {
            reloadMetricMenu();
            reload();
        });
    }
    reloadMetricMenu();
    reload();
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::setMetrics(const QList<qint64> &metricIds)
{
    m_metricIds = metricIds;
    reloadMetricMenu();
    reload();
}

void ChartPanel::setGrouping(SeriesGrouping grouping)
{
    m_grouping->setCurrentIndex(m_grouping->findData(int(grouping)));
}

SeriesGrouping ChartPanel::grouping() const
{
    return SeriesGrouping(m_grouping->currentData().toInt());
}

void ChartPanel::setLogarithmic(bool logarithmic)
{
    m_log->setChecked(logarithmic);
}

void ChartPanel::reloadMetricMenu()
{
    m_metricMenu->clear();
    if (!m_session) {
        m_metricIds.clear();
        updateMetricButton();
        return;
    }
    const Result<QList<Metric>> metrics = m_session->project()->metrics().list();
    if (!metrics) {
        showMessage(tr("The metrics could not be read: %1").arg(metrics.error().toString()));
        return;
    }
    // Forget metrics that were deleted; start with the first one.
    QList<qint64> kept;
    for (const Metric &m : *metrics) {
        if (m_metricIds.contains(m.id))
            kept.append(m.id);
    }
    if (kept.isEmpty() && !metrics->isEmpty())
        kept.append(metrics->constFirst().id);
    m_metricIds = kept;
    for (const Metric &m : *metrics) {
        QAction *action = m_metricMenu->addAction(m.name);
        action->setCheckable(true);
        action->setChecked(m_metricIds.contains(m.id));
        connect(action, &QAction::toggled, this, [this, id = m.id](bool on) {
            if (on && !m_metricIds.contains(id))
                m_metricIds.append(id);
            else if (!on)
                m_metricIds.removeAll(id);
            updateMetricButton();
            reload();
        });
    }
    updateMetricButton();
}

void ChartPanel::updateMetricButton()
{
    QStringList names;
    for (const QAction *action : m_metricMenu->actions()) {
        if (action->isChecked())
            names.append(action->text());
    }
    m_metricButton->setText(names.isEmpty() ? tr("Choose a metric") : names.join(u", "_s));
}

void ChartPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

void ChartPanel::reload()
{
    if (!m_session) {
        showMessage(tr("Open a project to chart its claims."));
        return;
    }
    if (m_metricIds.isEmpty()) {
        showMessage(tr("No metric yet. Mark a figure in an article as a claim and give it a metric "
                       "to chart it over time."));
        return;
    }
    const Result<ChartData> data = SeriesModel(*m_session->project()).build(m_metricIds, grouping());
    if (!data) {
        showMessage(tr("The claims could not be read: %1").arg(data.error().toString()));
        return;
    }
    const bool anyPoint = std::any_of(data->series.cbegin(), data->series.cend(),
                                      [](const ChartSeries &s) { return !s.points.isEmpty(); });
    if (!anyPoint) {
        showMessage(tr("None of these claims has both a value and a date yet."));
        return;
    }
    m_chart->setChartData(*data, ChartStyle{.logarithmic = m_log->isChecked()});
    connectLegend();
    m_stack->setCurrentWidget(m_view);
}

void ChartPanel::connectLegend()
{
    const QList<QLegendMarker *> markers = m_chart->legend()->markers();
    for (QLegendMarker *marker : markers) {
        const int index = int(m_chart->series().indexOf(marker->series()));
        connect(marker, &QLegendMarker::clicked, this, [this, marker, index] {
            const bool shown = !m_chart->isSeriesShown(index);
            m_chart->setSeriesShown(index, shown);
            // Qt hides a hidden series' legend entry; keep it, dimmed, so it can be clicked back.
            marker->setVisible(true);
            QBrush label = marker->labelBrush();
            QColor color = label.color();
            color.setAlphaF(shown ? 1.0 : 0.35);
            label.setColor(color);
            marker->setLabelBrush(label);
        });
    }
}

ChartData ChartPanel::shownData() const
{
    ChartData data = m_chart->chartData();
    QList<ChartSeries> shown;
    for (qsizetype i = 0; i < data.series.size(); ++i) {
        if (m_chart->isSeriesShown(int(i)))
            shown.append(data.series.at(i));
    }
    data.series = shown;
    return data;
}

const ChartMarker *ChartPanel::markerAtViewport(QPoint position) const
{
    const QPointF inChart = m_chart->mapFromScene(m_view->mapToScene(position));
    return m_chart->markerAt(inChart, kHitRadius);
}

bool ChartPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && m_stack->currentWidget() == m_view) {
        if (event->type() == QEvent::MouseMove) {
            const auto *move = static_cast<QMouseEvent *>(event);
            const ChartMarker *marker = markerAtViewport(move->position().toPoint());
            if (marker)
                QToolTip::showText(move->globalPosition().toPoint(), tooltipFor(m_chart->pointOf(*marker)),
                                   m_view->viewport());
            else
                QToolTip::hideText();
            m_view->viewport()->setCursor(marker ? Qt::PointingHandCursor : Qt::ArrowCursor);
        } else if (event->type() == QEvent::MouseButtonRelease) {
            const auto *release = static_cast<QMouseEvent *>(event);
            if (release->button() == Qt::LeftButton) {
                if (const ChartMarker *marker = markerAtViewport(release->position().toPoint())) {
                    Q_EMIT claimActivated(marker->claimId);
                    return true;
                }
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ChartPanel::exportChart()
{
    if (m_stack->currentWidget() != m_view) {
        QMessageBox::information(this, tr("Export Chart"), tr("There is no chart to export yet."));
        return;
    }
    QString name = m_chart->title().simplified();
    name.replace(QRegularExpression(u"[^\\w\\- ]+"_s), QString());
    ChartExportDialog dialog(QDir::home().filePath(name.replace(u' ', u'-').toLower() + u".png"_s), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ChartData data = shownData();
    const ChartStyle style = m_chart->chartStyle();
    const Result<void> written = dialog.isSvg()
        ? ChartRenderer::exportSvg(data, style, dialog.path(), dialog.pixelSize())
        : ChartRenderer::exportPng(data, style, dialog.path(), dialog.pixelSize(), dialog.dpi());
    if (!written)
        QMessageBox::warning(this, tr("Export Chart"),
                             tr("The chart could not be exported to %1: %2").arg(dialog.path(), written.error().toString()));
}

} // namespace Claimbench
