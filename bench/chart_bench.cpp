// bench_chart: a chart of many points, markers included, rendered to a PNG.
//
// Usage: bench_chart [POINTS] [NAIVE_POINTS]
//        bench_chart --project FILE --metric M --baseline OLD_CLI [--baseline-project OLD_FILE] [--runs N]
// POINTS (default 100,000) claims in 5 series over two years go through
// ChartRenderer::exportPng at 1600x900, 96 DPI (best of 3 runs, wall and CPU
// time). The baseline, in the same run, is the plain Qt Charts way: one
// QLineSeries and one QScatterSeries per series filled with append() in a loop,
// laid out and rendered into a QImage of the same size and saved. It is
// measured on NAIVE_POINTS (default 5,000) and twice that, because at 100,000
// points it takes minutes. The 100,000-point figure is extrapolated, and
// printed as such, from those two runs: the smaller run's time plus the
// marginal cost per point between them. That is a lower bound if the cost
// grows faster than linearly (Qt's scatter series does at larger sizes).
//
// With --project, the product at scale: `claimbench-cli chart FILE --metric M
// --out x.png` of this build (the claimbench-cli beside bench_chart) and of
// OLD_CLI, alternately N times (default 3) as child processes, each one's
// wall time, CPU time (user + system) and peak RSS (wait4), best of N; then
// SeriesBuilder::build and ChartRenderer::exportPng in this process, to show
// where the time goes. OLD_CLI charts OLD_FILE when given: a build older than
// the project's schema refuses it, so it gets a copy of the project as it
// was before this build upgraded it.
#include "charts/chartrenderer.h"
#include "charts/claimchart.h"
#include "core/charts/seriesbuilder.h"
#include "core/store/project.h"

#include <QApplication>
#include <QChart>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QRandomGenerator>
#include <QScatterSeries>
#include <QTemporaryDir>
#include <QTextStream>
#include <QValueAxis>

#include <ctime>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

constexpr int kSeries = 5;
const QSize kSize(1600, 900);

// Random walks, one per series, with the mix of qualifiers, publication
// dates and ranges a real project has. Fixed seed: every run draws the same.
ChartData makeData(int points)
{
    QRandomGenerator random(20261126);
    ChartData data;
    data.title = u"Benchmark metric"_s;
    data.unit = u"troops"_s;
    const QDate start(2024, 1, 1);
    for (int s = 0; s < kSeries; ++s) {
        ChartSeries series;
        series.name = u"Claimant %1"_s.arg(s + 1);
        double value = 100000.0 * (s + 1);
        const int n = points / kSeries;
        for (int i = 0; i < n; ++i) {
            SeriesPoint p;
            p.claimId = qint64(s) * n + i + 1;
            p.date = start.addDays(qint64(i) * 730 / n);
            value += random.bounded(2000.0) - 900.0;
            p.value = value;
            const int kind = int(random.bounded(10));
            p.qualifier = kind == 0 ? Qualifier::MoreThan : kind == 1 ? Qualifier::Approximately : Qualifier::None;
            p.datedByPublication = kind == 2;
            if (kind == 3) {
                p.low = value * 0.95;
                p.high = value * 1.05;
            }
            series.points.append(p);
        }
        data.series.append(series);
    }
    return data;
}

// The plain Qt Charts way, as a first version would write it.
void renderNaive(const ChartData &data, const QString &path)
{
    QChart chart;
    auto *x = new QDateTimeAxis;
    auto *y = new QValueAxis;
    chart.addAxis(x, Qt::AlignBottom);
    chart.addAxis(y, Qt::AlignLeft);
    qreal minX = 1e300, maxX = -1e300, maxY = 0;
    for (const ChartSeries &s : data.series) {
        auto *line = new QLineSeries;
        auto *scatter = new QScatterSeries;
        line->setName(s.name);
        scatter->setMarkerSize(9);
        for (const SeriesPoint &p : s.points) {
            const qreal ms = ClaimChart::msecsOf(p.date);
            line->append(ms, p.value);
            scatter->append(ms, p.value);
            minX = std::min(minX, ms);
            maxX = std::max(maxX, ms);
            maxY = std::max(maxY, p.value);
        }
        for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(line), static_cast<QAbstractSeries *>(scatter)}) {
            chart.addSeries(series);
            series->attachAxis(x);
            series->attachAxis(y);
        }
    }
    x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(minX), Qt::UTC), QDateTime::fromMSecsSinceEpoch(qint64(maxX), Qt::UTC));
    y->setRange(0, maxY * 1.05);
    QGraphicsScene scene;
    scene.addItem(&chart);
    chart.resize(QSizeF(kSize));
    chart.layout()->activate();
    QImage image(kSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(kSize)), QRectF(QPointF(0, 0), QSizeF(kSize)));
    }
    scene.removeItem(&chart);
    image.save(path, "PNG");
}

struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

template<typename F>
Timing timed(F &&f)
{
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpu = std::clock();
    f();
    return {double(timer.nsecsElapsed()) / 1e6, double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC};
}

struct ChildRun
{
    double wallMs = 0;
    double cpuMs = 0; // user + system
    long peakRssKb = 0;
    int status = -1;
};

// Runs `program` with `arguments` to its end, its output dropped.
ChildRun runChild(const QString &program, const QStringList &arguments)
{
    QList<QByteArray> storage{QFile::encodeName(program)};
    for (const QString &a : arguments)
        storage.append(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    ChildRun run;
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), environ) == 0) {
        rusage usage{};
        wait4(pid, &run.status, 0, &usage);
        run.peakRssKb = usage.ru_maxrss;
        run.cpuMs = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
            + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
    }
    run.wallMs = double(timer.nsecsElapsed()) / 1e6;
    posix_spawn_file_actions_destroy(&actions);
    return run;
}

int benchProject(const QStringList &args, QTextStream &out)
{
    const auto option = [&](const QString &name) {
        const qsizetype at = args.indexOf(name);
        return at > 0 && at + 1 < args.size() ? args.at(at + 1) : QString();
    };
    const QString path = option(u"--project"_s), metric = option(u"--metric"_s), baseline = option(u"--baseline"_s);
    const int runs = std::max(1, option(u"--runs"_s).isEmpty() ? 3 : option(u"--runs"_s).toInt());
    const QString cli = QCoreApplication::applicationDirPath() + u"/claimbench-cli"_s;
    QTemporaryDir dir;
    if (path.isEmpty() || metric.isEmpty() || baseline.isEmpty() || !dir.isValid()) {
        QTextStream(stderr) << "bench_chart: --project FILE --metric M --baseline OLD_CLI are required\n";
        return 2;
    }
    const QString baselinePath = option(u"--baseline-project"_s).isEmpty() ? path : option(u"--baseline-project"_s);
    const auto chartArgs = [&](const QString &project) {
        return QStringList{u"chart"_s, project, u"--metric"_s, metric, u"--out"_s, dir.filePath(u"chart.png"_s)};
    };
    ChildRun best[2] = {{1e300, 1e300, 0, 0}, {1e300, 1e300, 0, 0}};
    const QString programs[2] = {baseline, cli};
    const QString projects[2] = {baselinePath, path};
    for (int run = 1; run <= runs; ++run) {
        for (int i = 0; i < 2; ++i) {
            const ChildRun r = runChild(programs[i], chartArgs(projects[i]));
            if (r.status != 0) {
                QTextStream(stderr) << "bench_chart: " << programs[i] << " failed\n";
                return 2;
            }
            out << "  run " << run << ", " << (i == 0 ? "baseline" : "this build") << ": wall "
                << qRound(r.wallMs) << " ms, CPU " << qRound(r.cpuMs) << " ms, peak RSS " << r.peakRssKb / 1024
                << " MB\n";
            best[i] = {std::min(best[i].wallMs, r.wallMs), std::min(best[i].cpuMs, r.cpuMs),
                       best[i].peakRssKb ? std::min(best[i].peakRssKb, r.peakRssKb) : r.peakRssKb, 0};
        }
    }
    out << "claimbench-cli chart --metric \"" << metric << "\" (best of " << runs << "):\n"
        << "  this build: wall " << qRound(best[1].wallMs) << " ms, CPU " << qRound(best[1].cpuMs)
        << " ms, peak RSS " << best[1].peakRssKb / 1024 << " MB (target < 1000 ms, < 150 MB)\n"
        << "  baseline " << baseline << " on " << baselinePath << ": wall " << qRound(best[0].wallMs) << " ms, CPU "
        << qRound(best[0].cpuMs) << " ms, peak RSS " << best[0].peakRssKb / 1024 << " MB\n";

    const Result<std::shared_ptr<Project>> project = Project::open(path, Project::OpenMode::ReadOnly);
    const Result<qint64> metricId = project ? (*project)->metrics().idByName(metric) : std::unexpected(project.error());
    if (!metricId) {
        QTextStream(stderr) << "bench_chart: " << metricId.error().toString() << "\n";
        return 2;
    }
    Result<ChartData> data;
    const Timing build = timed([&] { data = SeriesBuilder(**project).build({*metricId}, SeriesGrouping::Claimant); });
    Result<void> written;
    const Timing render = timed([&] {
        if (data)
            written = ChartRenderer::exportPng(*data, {}, dir.filePath(u"chart.png"_s), kSize, 96);
    });
    if (!data || !written) {
        QTextStream(stderr) << "bench_chart: the chart could not be drawn\n";
        return 2;
    }
    qsizetype points = 0;
    for (const ChartSeries &s : std::as_const(data->series))
        points += s.points.size();
    out << "  in process, " << points << " points: SeriesBuilder::build wall " << qRound(build.wallMs)
        << " ms, ChartRenderer::exportPng wall " << qRound(render.wallMs) << " ms\n";
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.contains(u"--project"_s)) {
        QTextStream out(stdout);
        return benchProject(args, out);
    }
    const int points = args.size() > 1 ? args.at(1).toInt() : 100000;
    const int naivePoints = args.size() > 2 ? args.at(2).toInt() : 5000;
    QTextStream out(stdout);
    QTemporaryDir dir;
    if (points < kSeries || naivePoints < kSeries || !dir.isValid()) {
        QTextStream(stderr) << "bench_chart: POINTS and NAIVE_POINTS must be at least " << kSeries << "\n";
        return 2;
    }

    const ChartData data = makeData(points);
    out << points << " points in " << kSeries << " series over two years, " << kSize.width() << 'x'
        << kSize.height() << " PNG at 96 dpi\n";
    Timing best{1e300, 1e300};
    for (int run = 1; run <= 3; ++run) {
        bool ok = true;
        const Timing t = timed([&] {
            ok = bool(ChartRenderer::exportPng(data, {}, dir.filePath(u"fast.png"_s), kSize, 96));
        });
        if (!ok) {
            QTextStream(stderr) << "bench_chart: export failed\n";
            return 2;
        }
        out << "  run " << run << ": ChartRenderer::exportPng wall " << qRound(t.wallMs) << " ms, cpu "
            << qRound(t.cpuMs) << " ms\n";
        best = {std::min(best.wallMs, t.wallMs), std::min(best.cpuMs, t.cpuMs)};
    }

    Timing naive[2];
    for (int i = 0; i < 2; ++i) {
        const ChartData small = makeData(naivePoints << i);
        naive[i] = timed([&] { renderNaive(small, dir.filePath(u"naive.png"_s)); });
        out << "  naive QLineSeries+QScatterSeries append(), " << (naivePoints << i) << " points: wall "
            << qRound(naive[i].wallMs) << " ms, cpu " << qRound(naive[i].cpuMs) << " ms\n";
    }
    // Fixed cost plus the marginal cost per point, from the two naive runs.
    const auto extrapolate = [&](double small, double large) {
        return small + (large - small) / naivePoints * (points - naivePoints);
    };
    out << Qt::fixed;
    out.setRealNumberPrecision(2);
    out << "naive, doubling the points multiplied the time by " << naive[1].wallMs / naive[0].wallMs << "\n";
    out << "ChartRenderer::exportPng, " << points << " points (best of 3): wall " << qRound(best.wallMs)
        << " ms, cpu " << qRound(best.cpuMs) << " ms (target < 1000 ms)\n";
    out << "naive, extrapolated to " << points << " points (fixed + marginal cost, a lower bound): wall "
        << qRound(extrapolate(naive[0].wallMs, naive[1].wallMs)) << " ms, cpu "
        << qRound(extrapolate(naive[0].cpuMs, naive[1].cpuMs)) << " ms (not measured at that size)\n";
    return 0;
}
