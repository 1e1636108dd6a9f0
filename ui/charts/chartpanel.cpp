#include "ui/charts/chartpanel.h"

#include "charts/chartrenderer.h"
#include "charts/claimchart.h"
#include "core/commands/projectsession.h"
#include "core/extract/cyrillicunits.h"
#include "core/store/project.h"
#include "ui/charts/chartexportdialog.h"
#include "ui/charts/pointtooltip.h"
#include "ui/widgets/readablecolors.h"

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
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
#include <atomic>
#include <cmath>
#include <new>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

constexpr qreal kHitRadius = 7;

// WCAG 2.1's minimum for graphical objects (success criterion 1.4.11): the
// lines and markers against the plot area.
constexpr double kMinimumGraphicsContrast = 3.0;

} // namespace

ChartPanel::ChartPanel(ProjectSession *session, QWidget *parent)
    : QWidget(parent)
    , m_metricButton(new QToolButton(this))
    , m_metricMenu(new QMenu(this))
    , m_compare(new QCheckBox(tr("Compare metrics"), this))
    , m_note(new QLabel(this))
    , m_grouping(new QComboBox(this))
    , m_log(new QCheckBox(tr("Log scale"), this))
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_chart(new ClaimChart)
    , m_view(new QChartView(m_chart, this))
    , m_build(this, u"chart"_s, tr("Not enough memory to build this chart"),
              [this](Result<ChartData> data) { showBuilt(std::move(data)); },
              [this] {
                  if (isVisible())
                      rebuild();
              })
{
    m_metricButton->setObjectName(u"chartMetrics"_s);
    m_metricButton->setMenu(m_metricMenu);
    m_metricButton->setPopupMode(QToolButton::InstantPopup);
    m_metricButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_compare->setObjectName(u"chartCompare"_s);
    m_compare->setToolTip(tr("Check several metrics of one unit: one line per metric and claimant"));
    m_note->setObjectName(u"chartNote"_s);
    m_note->setWordWrap(true);
    m_note->hide();
    m_grouping->setObjectName(u"chartGrouping"_s);
    m_grouping->addItem(tr("One line per claimant"), int(SeriesGrouping::Claimant));
    m_grouping->addItem(tr("One line per outlet"), int(SeriesGrouping::Outlet));
    m_grouping->addItem(tr("One line per tag"), int(SeriesGrouping::Tag));
    m_grouping->addItem(tr("One line per analyst"), int(SeriesGrouping::Analyst));
    m_grouping->setItemData(m_grouping->count() - 1,
                            tr("By the analyst who made each claim (the claims table's Who is who last changed it)"),
                            Qt::ToolTipRole);
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
    bar->addWidget(m_compare);
    bar->addWidget(m_grouping);
    bar->addWidget(m_log);
    bar->addStretch();
    bar->addWidget(exportButton);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_note);
    layout->addWidget(m_stack, 1);

    connect(m_compare, &QCheckBox::toggled, this, [this](bool on) {
        if (!on && m_metricIds.size() > 1)
            m_metricIds = {m_metricIds.constFirst()};
        setNote({});
        updateMetricChecks();
        updateMetricButton();
        reload();
    });
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &ChartPanel::reload);
    connect(m_log, &QCheckBox::toggled, this, &ChartPanel::reload);
    connect(exportButton, &QPushButton::clicked, this, &ChartPanel::exportChart);
    applyPalette();
    setSession(session);
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::setSession(ProjectSession *session)
{
    m_build.abandon();
    m_session.reset(session);
    m_session.connect(&ProjectSession::claimsChanged, &ChartPanel::reload);
    m_session.connect(&ProjectSession::claimantsChanged, &ChartPanel::reload);
    m_session.connect(&ProjectSession::tagsChanged, [this] {
        if (grouping() == SeriesGrouping::Tag)
            reload();
    });
    m_session.connect(&ProjectSession::metricsChanged, [this] {
        reloadMetricMenu();
        reload();
    });
    // Another project starts the chart over, as a new panel would: its
    // metrics, claimants and tags are not this one's.
    {
        const QSignalBlocker groupingBlocker(m_grouping);
        const QSignalBlocker compareBlocker(m_compare);
        m_grouping->setCurrentIndex(m_grouping->findData(int(SeriesGrouping::Claimant)));
        m_compare->setChecked(false);
    }
    setNote({});
    m_metricIds.clear();
    m_metricsById.clear();
    reloadMetricMenu();
    reload();
}

void ChartPanel::setMetrics(const QList<qint64> &metricIds)
{
    if (metricIds.size() > 1) {
        const QSignalBlocker blocker(m_compare);
        m_compare->setChecked(true);
    }
    setNote({});
    m_metricIds.clear();
    for (const qint64 id : metricIds) {
        if (!m_metricsById.contains(id) || m_metricIds.contains(id))
            continue;
        if (const QString clash = unitClash(id); !clash.isEmpty())
            setNote(clash);
        else
            m_metricIds.append(id);
    }
    reloadMetricMenu();
    reload();
}

void ChartPanel::setComparing(bool comparing)
{
    m_compare->setChecked(comparing);
}

bool ChartPanel::isComparing() const
{
    return m_compare->isChecked();
}

void ChartPanel::chooseMetric(qint64 metricId, bool on)
{
    setNote({});
    if (!isComparing()) {
        // Picking a metric replaces the one shown; unpicking it leaves it shown,
        // since a chart of no metric is no use.
        m_metricIds = {metricId};
    } else if (on) {
        if (const QString clash = unitClash(metricId); !clash.isEmpty())
            setNote(clash);
        else if (!m_metricIds.contains(metricId))
            m_metricIds.append(metricId);
    } else if (m_metricIds.size() > 1) {
        m_metricIds.removeAll(metricId);
    }
    updateMetricChecks();
    updateMetricButton();
    reload();
}

QString ChartPanel::unitClash(qint64 metricId) const
{
    if (m_metricIds.isEmpty())
        return {};
    const Metric candidate = m_metricsById.value(metricId);
    const Metric shown = m_metricsById.value(m_metricIds.constFirst());
    // The cases of a Ukrainian or Russian noun are one unit ("дрони", "дронів").
    if (CyrillicUnits::unitKey(candidate.unit).compare(CyrillicUnits::unitKey(shown.unit), Qt::CaseInsensitive) == 0)
        return {};
    const auto unitText = [](const QString &unit) { return unit.isEmpty() ? tr("no unit") : unit; };
    return tr("“%1” is counted in %2 and “%3” in %4: only metrics of one unit are compared.")
        .arg(candidate.name, unitText(candidate.unit), shown.name, unitText(shown.unit));
}

void ChartPanel::setNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
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
    m_metricsById.clear();
    for (const Metric &m : *metrics)
        m_metricsById.insert(m.id, m);
    // Forget metrics that were deleted, in the order chosen; start with the first one.
    m_metricIds.removeIf([this](qint64 id) { return !m_metricsById.contains(id); });
    if (m_metricIds.isEmpty() && !metrics->isEmpty())
        m_metricIds.append(metrics->constFirst().id);
    for (const Metric &m : *metrics) {
        QAction *action = m_metricMenu->addAction(m.name);
        action->setCheckable(true);
        action->setData(m.id);
        // triggered, not toggled: only the user's clicks choose; the checks
        // set here and in updateMetricChecks() follow the choice.
        connect(action, &QAction::triggered, this, [this, id = m.id](bool on) { chooseMetric(id, on); });
    }
    updateMetricChecks();
    updateMetricButton();
}

void ChartPanel::updateMetricChecks()
{
    for (QAction *action : m_metricMenu->actions())
        action->setChecked(m_metricIds.contains(action->data().toLongLong()));
}

void ChartPanel::updateMetricButton()
{
    QStringList names;
    for (const qint64 id : std::as_const(m_metricIds))
        names.append(m_metricsById.value(id).name);
    m_metricButton->setText(names.isEmpty() ? tr("Choose a metric") : names.join(u", "_s));
}

void ChartPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
}

void ChartPanel::reload()
{
    m_build.invalidate();
    m_data = {};
    m_tooltip.forget();
    m_stale = false;
    // What needs no claim read is said at once, shown or not.
    if (!m_session) {
        showMessage(tr("Open a project to chart its claims."));
        return;
    }
    if (m_metricIds.isEmpty()) {
        showMessage(tr("No metric yet. Mark a figure in an article as a claim and give it a metric "
                       "to chart it over time."));
        return;
    }
    m_stale = true;
    if (isVisible())
        rebuild();
}

void ChartPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    rebuild();
}

void ChartPanel::rebuild()
{
    // One build at a time: one overtaken by a reload() starts the next as it ends.
    if (!m_stale || m_build.isRunning())
        return;
    m_stale = false;
    showMessage(tr("Building chart…"));
    m_build.start(m_session->project(), [metricIds = m_metricIds, grouping = grouping()](
                                            const Project &project, const std::atomic<bool> *cancelled) {
        return SeriesBuilder(project).build(metricIds, grouping, cancelled);
    });
}

void ChartPanel::showBuilt(Result<ChartData> data)
{
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
    m_data = std::move(*data);
    m_chart->setChartData(m_data, ChartStyle{.logarithmic = m_log->isChecked()});
    applyPalette();
    connectLegend();
    m_stack->setCurrentWidget(m_view);
}

void ChartPanel::applyPalette()
{
    const QPalette &colors = palette();
    const QColor plotArea = colors.color(QPalette::Base);
    const QColor text = colors.color(QPalette::Text);
    ChartColors screen{.background = colors.color(QPalette::Window),
                       .plotArea = plotArea,
                       .text = colors.color(QPalette::WindowText),
                       .grid = QColor::fromRgbF(plotArea.redF() * 0.85f + text.redF() * 0.15f,
                                                plotArea.greenF() * 0.85f + text.greenF() * 0.15f,
                                                plotArea.blueF() * 0.85f + text.blueF() * 0.15f),
                       .strike = text};
    // On a light plot the series keep the colours their exports have. On a
    // dark one, those too dark to see there (Okabe-Ito's black and blue,
    // Tol's indigo and wine) are mixed towards the palette's text colour as
    // far as WCAG's 3:1 for graphics needs, which keeps their hues apart.
    const bool darkPlot = relativeLuminance(plotArea) < relativeLuminance(text);
    for (int i = 0; i < int(m_chart->chartData().series.size()); ++i) {
        const QColor own = m_chart->seriesColor(i);
        screen.series.append(darkPlot ? readableInk(own, plotArea, text, kMinimumGraphicsContrast) : own);
    }
    m_chart->setScreenColors(screen);
}

void ChartPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyPalette();
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

QList<int> ChartPanel::shownSeries() const
{
    QList<int> shown;
    for (int i = 0; i < int(m_data.series.size()); ++i) {
        if (m_chart->isSeriesShown(i))
            shown.append(i);
    }
    return shown;
}

ChartData ChartPanel::shownData() const
{
    ChartData data = m_data;
    QList<ChartSeries> shown;
    for (const int i : shownSeries())
        shown.append(m_data.series.at(i));
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
                QToolTip::showText(move->globalPosition().toPoint(), m_tooltip.text(*m_session->project(), m_chart->pointOf(*marker)),
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
    // The export draws the current data: the build running is waited for,
    // and a stale chart is built now.
    rebuild();
    while (m_build.isRunning()) {
        m_build.finish();
        rebuild();
    }
    if (m_stack->currentWidget() != m_view) {
        QMessageBox::information(this, tr("Export Chart"), tr("There is no chart to export yet."));
        return;
    }
    QString name = m_chart->plainTitle().simplified();
    name.replace(QRegularExpression(u"[^\\w\\- ]+"_s), QString());
    ChartExportDialog dialog(name.replace(u' ', u'-').toLower() + u".png"_s, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ChartData data = shownData();
    // The view's colours, which hidden series took part in choosing.
    ChartStyle style = m_chart->chartStyle();
    style.seriesColors.clear();
    for (const int i : shownSeries())
        style.seriesColors.append(m_chart->seriesColor(i));
    const Result<void> written = dialog.isSvg()
        ? ChartRenderer::exportSvg(data, style, dialog.path(), dialog.pixelSize())
        : ChartRenderer::exportPng(data, style, dialog.path(), dialog.pixelSize(), dialog.dpi());
    if (!written) {
        QMessageBox::warning(this, tr("Export Chart"),
                             tr("The chart could not be exported to %1: %2").arg(dialog.path(), written.error().toString()));
        return;
    }
    Q_EMIT chartExported(QFileInfo(dialog.path()).absoluteFilePath());
}

} // namespace Claimbench
