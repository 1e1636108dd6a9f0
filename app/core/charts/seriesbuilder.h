#pragma once

#include "core/domain/claim.h"
#include "core/error.h"

#include <QDate>
#include <QList>
#include <QString>

#include <atomic>
#include <optional>

namespace Claimbench {

class Project;

// What one line of a chart stands for. Analyst: who tagged the claim (its
// created_by), so that a desk compares its coders' readings of one figure.
enum class SeriesGrouping { Claimant, Outlet, Tag, Analyst };

// One claim on a chart: what it draws. Its tooltip's names and quote are
// read when asked (SeriesBuilder::source()).
struct SeriesPoint
{
    qint64 claimId = 0;
    QDate date;                       // the as-of date, else the article's published date
    // How much of `date` the source states: the first of December 2025 stands
    // for "December 2025" when this is Month (tooltips show no more).
    DatePrecision datePrecision = DatePrecision::Day;
    bool datedByPublication = false;  // true when `date` is the published date (drawn differently)
    ClaimStatus status = ClaimStatus::Unverified;
    double value = 0;
    std::optional<double> low, high;  // a range ("between 20 and 30"): error bars
    Qualifier qualifier = Qualifier::None;
    QString unit;  // shared by the points of one unit: 167,000 points hold a few strings
};

} // namespace Claimbench

// A build appends 167,000 of them: moved as bytes when the list grows.
Q_DECLARE_TYPEINFO(Claimbench::SeriesPoint, Q_RELOCATABLE_TYPE);

namespace Claimbench {

// Where a point's claim comes from, for its tooltip.
struct PointSource
{
    QString claimant;  // "" when none; likewise outlet
    QString outlet;
    QString articleTitle;
    QString quote;
};

// The claims of ONE metric by one claimant, outlet, tag or analyst: a line never runs
// through two metrics.
struct ChartSeries
{
    QString name;               // `group`, followed by " — <metric>" when the chart has several metrics
    QString group;              // the claimant, outlet, tag or analyst; "Unattributed", "No outlet", "Untagged",
                                // "Unknown analyst" for none
    QString metric;             // the metric's name
    QList<SeriesPoint> points;  // by date, then claim id
};

struct ChartData
{
    QString title;              // the metric name(s), ", "-separated
    QStringList metrics;        // the metric names, in the metrics' order
    QString unit;               // the metrics' unit when they share one, else the most common claim unit
    QList<ChartSeries> series;  // by name, the unnamed series last
};

// Chart series computed in the core (headless), so that the chart widget, the
// PNG/SVG export and `claimbench-cli chart` draw the same data and never run SQL.
// A builder, not a Qt model: build() reads the claims of the metrics in one
// streaming statement (ClaimQuery::forEachChartPoint, its own read-only
// connection per call) and keeps only what a chart draws.
// `project` must outlive the builder; thread: any, one call at a time.
class SeriesBuilder
{
public:
    explicit SeriesBuilder(const Project &project);

    // One series per claimant/outlet/tag/analyst and metric over the claims of
    // `metricIds`; a group's series of several metrics sit together.
    // Claims without a value, or without both an as-of and a published date,
    // are left out. Database errors only; unknown ids simply have no claims.
    // `cancelled` (any thread may set it) makes the build skip the rows left
    // and return Cancelled, so that a build nobody will draw ends soon.
    Result<ChartData> build(const QList<qint64> &metricIds, SeriesGrouping grouping,
                            const std::atomic<bool> *cancelled = nullptr) const;

    // The claimant, outlet, article title and quote of claim `claimId`;
    // NotFound when it is gone.
    Result<PointSource> source(qint64 claimId) const;

    static QString unnamedSeriesName(SeriesGrouping grouping);

private:
    const Project &m_project;
};

} // namespace Claimbench
