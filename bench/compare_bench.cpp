// bench_compare: the comparison of claimants over a large project, against a
// plain SQL GROUP BY of the same rows in the same run.
//
// Usage: bench_compare FILE [--rounds N]
//   FILE: a project of many claims; bench_claims makes one (1,000,000 claims
//   over six metrics and ten claimants) and keeps it with --keep:
//
//   bench_claims --count 1000000 --keep /tmp/claims.claimbench
//   bench_compare /tmp/claims.claimbench
//
// For each period (day, week, month): ClaimComparer::compare of every metric
// of the project in turn, so that every claim with a value is compared, as
// the comparison view and `claimbench-cli compare` do (read through the
// chart's SeriesBuilder, rows, spread and the compatibility rule); best of N
// rounds (default 3). Beside it, the baseline: a raw sqlite3 GROUP BY of the
// same claims by metric, claimant and period that yields each one's latest
// value, read to the last row: the grouping alone, with no rule applied.
// Where the time goes: "series ms" is SeriesBuilder::build of the same
// metrics alone (the read the comparison starts from); "per metric" is the
// comparison's time over the number of metrics: what the comparison view
// waits for on one metric of the project.

#include "core/compare/claimcomparison.h"
#include "core/store/project.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <limits>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The baseline's grouping key of a date: the day itself, its week, its month.
const char *periodFormat(ComparisonPeriod period)
{
    switch (period) {
    case ComparisonPeriod::Day:
        return "%Y-%m-%d";
    case ComparisonPeriod::Week:
        return "%Y-%W";
    case ComparisonPeriod::Month:
        break;
    }
    return "%Y-%m";
}

// Rows of the GROUP BY, or -1 on an SQLite error.
qint64 groupBy(sqlite3 *db, ComparisonPeriod period)
{
    // SQLite gives a bare column the row of max(): each group's latest claim.
    const QByteArray sql = QByteArray("SELECT c.metric_id, c.claimant_id, strftime('") + periodFormat(period)
        + "', COALESCE(c.as_of, a.published)) AS period, c.value, c.low, c.high, c.qualifier, "
          "max(COALESCE(c.as_of, a.published) || printf('%012d', c.id)) "
          "FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.value IS NOT NULL "
          "AND COALESCE(c.as_of, a.published) IS NOT NULL GROUP BY c.metric_id, c.claimant_id, period";
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "sqlite3: %s\n", sqlite3_errmsg(db));
        return -1;
    }
    qint64 rows = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW)
        ++rows;
    sqlite3_finalize(stmt);
    return rows;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || args.at(1).startsWith(u'-')) {
        std::fprintf(stderr, "usage: bench_compare FILE [--rounds N]\n");
        return 2;
    }
    const QString path = args.at(1);
    const int rounds = args.contains(u"--rounds"_s) ? std::max(1, args.value(args.indexOf(u"--rounds"_s) + 1).toInt()) : 3;
    const auto project = Project::open(path, Project::OpenMode::ReadOnly);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(project.error().toString()));
        return 1;
    }
    const auto metrics = (*project)->metrics().list();
    if (!metrics) {
        std::fprintf(stderr, "%s\n", qPrintable(metrics.error().toString()));
        return 1;
    }
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    std::printf("%s: %lld metrics, best of %d rounds\n", qPrintable(path), qlonglong(metrics->size()), rounds);
    double bestSeries = std::numeric_limits<double>::max();
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        for (const Metric &metric : *metrics)
            if (!SeriesBuilder(**project).build({metric.id}, SeriesGrouping::Claimant))
                return 1;
        bestSeries = std::min(bestSeries, msSince(timer));
    }
    std::printf("series ms (SeriesBuilder::build of every metric): %.0f\n", bestSeries);
    std::printf("%-6s %14s %11s %9s %10s %14s %9s %7s\n", "period", "comparison ms", "per metric", "rows",
                "disagree", "GROUP BY ms", "groups", "ratio");
    for (const ComparisonPeriod period : {ComparisonPeriod::Day, ComparisonPeriod::Week, ComparisonPeriod::Month}) {
        double best = std::numeric_limits<double>::max();
        double bestBaseline = best;
        qint64 rows = 0, disagree = 0, groups = 0;
        for (int round = 0; round < rounds; ++round) {
            QElapsedTimer timer;
            timer.start();
            rows = disagree = 0;
            for (const Metric &metric : *metrics) {
                const Result<Comparison> comparison = ClaimComparer(**project).compare(metric.id, period);
                if (!comparison) {
                    std::fprintf(stderr, "%s\n", qPrintable(comparison.error().toString()));
                    return 1;
                }
                rows += comparison->rows.size();
                disagree += std::ranges::count_if(comparison->rows, &ComparisonRow::disagrees);
            }
            best = std::min(best, msSince(timer));
            timer.restart();
            groups = groupBy(db, period);
            if (groups < 0)
                return 1;
            bestBaseline = std::min(bestBaseline, msSince(timer));
        }
        std::printf("%-6s %14.0f %11.0f %9lld %10lld %14.0f %9lld %6.2fx\n", qPrintable(comparisonPeriodName(period)),
                    best, best / double(metrics->size()), qlonglong(rows), qlonglong(disagree), bestBaseline,
                    qlonglong(groups), best / bestBaseline);
    }
    sqlite3_close(db);
    return 0;
}
