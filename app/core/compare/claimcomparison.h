#pragma once

#include "core/charts/seriesbuilder.h"
#include "core/error.h"

#include <QDate>
#include <QLocale>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace Claimbench {

class Project;

// The stretch of time a comparison's row stands for: a day, an ISO week
// (Monday to Sunday) or a calendar month.
enum class ComparisonPeriod { Day, Week, Month };
QString comparisonPeriodName(ComparisonPeriod period); // "day", "week", "month"
std::optional<ComparisonPeriod> comparisonPeriodFromName(QStringView name);

// The first day of the period `date` falls in.
QDate periodStart(QDate date, ComparisonPeriod period);

// Whether a date known to `precision` places a statement in one `period`:
// a day's in any, a month's by month only, a year's in none.
bool datedWithin(DatePrecision precision, ComparisonPeriod period);

// The period starting on `start` as a script sorts and reads it: 2024-03-20,
// 2024-W12 (ISO week), 2024-03.
QString periodLabel(QDate start, ComparisonPeriod period);

// The values a stated figure allows: "more than 300,000" is (300,000, ∞),
// "about 310,000" 310,000 give or take the threshold, "between 20 and 30"
// [20, 30]. Infinite ends are ±infinity; an open end is not itself allowed.
struct ValueInterval
{
    double low = 0;
    double high = 0;
    bool lowOpen = false;
    bool highOpen = false;

    // What `point` allows, `threshold` being the relative tolerance that
    // "approximately" adds on each side (0.1: 10 %).
    static ValueInterval of(const SeriesPoint &point, double threshold);
};

// Whether two stated figures can both be right: some value each allows lies
// within `threshold` of the other, relative to the larger (|x − y| ≤
// threshold × max(|x|, |y|)). "More than 300,000" and "about 310,000" are
// compatible; "300,000" and "500,000" are not at 10 %. docs/compare.md states
// the rule with its cases.
bool compatible(const SeriesPoint &a, const SeriesPoint &b, double threshold);

// The value a statement stands for in a row's spread: a range's middle.
double spreadValue(const SeriesPoint &point);

// A statement as the analyst reads it: "more than 300000", "20000 to 30000";
// the numbers in `locale`'s digits and grouping (the C locale: none).
QString statedText(const SeriesPoint &point, const QLocale &locale);

// One period of a comparison: each claimant's latest statement in it (by
// date, then the later tagged claim), and how far they spread.
struct ComparisonRow
{
    QDate start;                                // the period's first day
    QList<std::optional<SeriesPoint>> stated;   // one per Comparison::claimants; none when silent
    // Over the statements' values (a range's middle): max / min when both are
    // positive, and max − min; none with fewer than two statements.
    std::optional<double> ratio;
    std::optional<double> difference;
    // Two of the statements are not compatible() at the threshold.
    bool disagrees = false;
    // The claims of the least and the most statement (by the values the
    // spread uses): the two quotes to read side by side; 0 with fewer than two.
    qint64 leastClaimId = 0;
    qint64 mostClaimId = 0;
};

struct Comparison
{
    QString metric;
    QString unit;
    ComparisonPeriod period = ComparisonPeriod::Month;
    double threshold = 0.1;
    QStringList claimants;      // the columns: by name, "Unattributed" last
    QList<ComparisonRow> rows;  // by period, the periods with at least one statement
    // Statements dated less precisely than the period (a month's figure by
    // week or day, a year's by month), left out: pinned to the period's
    // first day, they would meet figures of another time.
    qsizetype tooCoarse = 0;
};

// A comparison of one metric's claimants, period by period, from the chart's
// own series (SeriesBuilder: the same claims, dates and values the chart
// draws), so that the table, the chart and the CLI never disagree.
// `project` must outlive the comparer; thread: any, one call at a time.
class ClaimComparer
{
public:
    explicit ClaimComparer(const Project &project);

    static constexpr double kDefaultThreshold = 0.1;

    // InvalidInput for a threshold outside [0, 1]; an unknown metric has no
    // rows. `cancelled` as SeriesBuilder::build's.
    Result<Comparison> compare(qint64 metricId, ComparisonPeriod period, double threshold = kDefaultThreshold,
                               const std::atomic<bool> *cancelled = nullptr) const;

    // The comparison of series already built (one metric's, by claimant).
    static Comparison compare(const ChartData &series, ComparisonPeriod period, double threshold);

private:
    const Project &m_project;
};

} // namespace Claimbench
