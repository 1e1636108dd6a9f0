// bench_app: the whole app at scale, beside its models. Opens the real
// claimbench offscreen on a project, several times, and prints the time until
// its main window is shown, painted with the project loaded and the event
// loop idle, then until its chart is drawn (built off the GUI thread, it may
// come later), and the process's peak RSS at each; then, in this process, what the
// models alone cost on the same project (ArticleListModel, ClaimsTableModel,
// the library's search). Given an older claimbench binary, it is timed the
// same way in the same run, alternating with this build's.
//
//   bench_app PROJECT [--old OLD_CLAIMBENCH] [--runs N] [--search WORDS]...
//
// Each app runs under QT_QPA_PLATFORM=offscreen with bench_app_probe
// preloaded (app_probe.cpp), which reports and ends the process at the end
// point, and with a fresh XDG_CONFIG_HOME, so no remembered window state
// or recent project changes what opens. The project file is opened as the
// app opens it (read-write): give it a copy.
#include "core/commands/projectsession.h"
#include "core/models/articlelistmodel.h"
#include "core/models/articlesearcher.h"
#include "core/models/claimstablemodel.h"
#include "core/store/project.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

struct AppRun
{
    double ms = -1;
    double peakMb = -1;
    double chartMs = -1;  // -1: no chart drawn
    double chartPeakMb = -1;
};

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024;
}

// One launch of `app` on `project`, timed by the probe.
AppRun runApp(const QString &app, const QString &project)
{
    QTemporaryDir config;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"LD_PRELOAD"_s, QStringLiteral(BENCH_APP_PROBE));
    env.insert(u"XDG_CONFIG_HOME"_s, config.path());
    env.insert(u"BENCH_APP_T0_NS"_s, QString::number(monotonicNs()));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(app, {project});
    if (!process.waitForFinished(600'000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    static const QRegularExpression window(u"window ([0-9.]+) peak-rss ([0-9]+)"_s);
    static const QRegularExpression chart(u"chart ([0-9.]+) peak-rss ([0-9]+)"_s);
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    const QRegularExpressionMatch m = window.match(output);
    if (!m.hasMatch())
        return {};
    AppRun run{m.captured(1).toDouble(), m.captured(2).toDouble() / 1024};
    if (const QRegularExpressionMatch c = chart.match(output); c.hasMatch()) {
        run.chartMs = c.captured(1).toDouble();
        run.chartPeakMb = c.captured(2).toDouble() / 1024;
    }
    return run;
}

// The runs of one binary, figure by figure.
struct AppRuns
{
    QList<double> ms, peakMb, chartMs, chartPeakMb;

    void append(const AppRun &run)
    {
        ms.append(run.ms);
        peakMb.append(run.peakMb);
        chartMs.append(run.chartMs);
        chartPeakMb.append(run.chartPeakMb);
    }
};

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

QString listed(const QList<double> &values)
{
    QStringList parts;
    for (const double v : values)
        parts.append(QString::number(v, 'f', 0));
    return parts.join(u' ');
}

void printRuns(const char *binary, const AppRuns &runs)
{
    const auto line = [binary](const char *figure, const char *unit, const QList<double> &values) {
        const QString label = QString::fromLatin1(binary) + u": "_s + QString::fromLatin1(figure);
        std::printf("  %-40s %8.0f %s   %s\n", qPrintable(label), median(values), unit, qPrintable(listed(values)));
    };
    line("window shown, painted, idle", "ms", runs.ms);
    line("peak RSS", "MB", runs.peakMb);
    line("chart drawn, idle", "ms", runs.chartMs);
    line("peak RSS, chart drawn", "MB", runs.chartPeakMb);
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// This thread's CPU time: on a shared machine the wall clock also counts
// the wait for a core.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// What a view shows first: every column of the first 40 rows.
void readRows(const QAbstractItemModel &model)
{
    for (int row = 0; row < std::min(40, model.rowCount()); ++row)
        for (int column = 0; column < model.columnCount(); ++column)
            model.index(row, column).data();
}

// A quick typist's pace.
constexpr int kKeyIntervalMs = 150;

int modelsAlone(const QString &path, const QStringList &searches)
{
    QElapsedTimer timer;
    timer.start();
    auto project = Project::open(path);
    if (!project) {
        std::fprintf(stderr, "bench_app: %s\n", qPrintable(project.error().message));
        return 2;
    }
    std::printf("model only, this build, in this process:\n");
    std::printf("  %-40s %8.1f ms\n", "open project", msSince(timer));

    timer.restart();
    ArticleListModel articles;
    articles.setProject(*project);
    readRows(articles);
    std::printf("  %-40s %8.1f ms  (%d articles)\n", "ArticleListModel: list, first 40 rows", msSince(timer),
                articles.rowCount());
    for (int column = 0; column < ArticleListModel::ColumnCount; ++column) {
        timer.restart();
        const double cpu = threadCpuMs();
        articles.sort(column, Qt::AscendingOrder);
        readRows(articles);
        std::printf("  %-40s %8.1f ms  (%.1f ms CPU)\n",
                    qPrintable(u"ArticleListModel: sort by "_s
                               + articles.headerData(column, Qt::Horizontal).toString().toLower()),
                    msSince(timer), threadCpuMs() - cpu);
    }
    articles.sort(-1);
    ArticleSearcher searcher;
    searcher.setProject(*project);
    for (const QString &words : searches) {
        timer.restart();
        const double cpu = threadCpuMs();
        articles.setSearch(words);
        readRows(articles);
        std::printf("  %-40s %8.1f ms  (%.1f ms CPU, %d hits)\n",
                    qPrintable(u"library search \"%1\""_s.arg(words)), msSince(timer), threadCpuMs() - cpu,
                    articles.rowCount());
        // Snippets are read when a tooltip first asks for one.
        timer.restart();
        const QString snippet = articles.index(0, 0).data(ArticleListModel::SnippetRole).toString();
        std::printf("  %-40s %8.1f ms  (%lld characters)\n", "  then the first row's snippet", msSince(timer),
                    static_cast<long long>(snippet.size()));
        // As typed, one key at a time, each key cancelling the search before;
        // timed from the last key until its rows are shown (a common word
        // first among its newest matches, then all), on one searcher as the
        // library panel keeps one. Keys come all at once (a burst, the worst
        // case) or kKeyIntervalMs apart (a quick typist).
        for (const int interval : {0, kKeyIntervalMs}) {
            articles.setSearch({});
            QEventLoop loop;
            double firstMs = -1;
            const QMetaObject::Connection shown = QObject::connect(
                &searcher, &ArticleSearcher::ranked, &loop,
                [&](const QString &text, const QList<qint64> &ids, bool allMatches) {
                    articles.showSearchResult(text, ids);
                    readRows(articles);
                    if (text != words)
                        return;
                    if (firstMs < 0)
                        firstMs = msSince(timer);
                    if (allMatches)
                        loop.quit();
                });
            const QMetaObject::Connection failed = QObject::connect(&searcher, &ArticleSearcher::failed, &loop,
                                                                    &QEventLoop::quit);
            for (qsizetype typed = 1; typed < words.size(); ++typed) {
                searcher.search(words.left(typed));
                if (interval > 0) {
                    QEventLoop pause;
                    QTimer::singleShot(interval, &pause, &QEventLoop::quit);
                    pause.exec();
                }
            }
            timer.restart();
            searcher.search(words);
            loop.exec();
            const double allMs = msSince(timer);
            QObject::disconnect(shown);
            QObject::disconnect(failed);
            const QString label = interval > 0 ? u"  typed %1 ms a key: first ranked rows"_s.arg(interval)
                                               : u"  typed in a burst: first ranked rows"_s;
            std::printf("  %-40s %8.1f ms  (%d hits, GUI thread free meanwhile)\n", qPrintable(label), firstMs,
                        articles.rowCount());
            if (allMs - firstMs > 0.5)
                std::printf("  %-40s %8.1f ms\n", "    all matches ranked, shown", allMs);
        }
    }

    timer.restart();
    ProjectSession session(*project);
    ClaimsTableModel claims;
    claims.setSession(&session);
    readRows(claims);
    std::printf("  %-40s %8.1f ms\n", "ClaimsTableModel: first page", msSince(timer));
    // The count comes after the first page, off this thread.
    while (claims.totalCount() < 0)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    std::printf("  %-40s %8.1f ms  (%lld claims)\n", "    and its count", msSince(timer), claims.totalCount());
    std::printf("  %-40s %8.0f MB\n", "peak RSS of this process", peakRssMb());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString old;
    int runs = 3;
    QStringList searches;
    QString project;
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        if (arg == u"--old" && !args.isEmpty())
            old = args.takeFirst();
        else if (arg == u"--runs" && !args.isEmpty())
            runs = std::max(1, args.takeFirst().toInt());
        else if (arg == u"--search" && !args.isEmpty())
            searches.append(args.takeFirst());
        else
            project = arg;
    }
    if (project.isEmpty()) {
        std::fprintf(stderr, "usage: bench_app PROJECT [--old OLD_CLAIMBENCH] [--runs N] [--search WORDS]...\n");
        return 1;
    }
    if (searches.isEmpty())
        searches = {u"minister"_s, u"harbour bridge"_s, u"casualties"_s};

    std::printf("project %s, %d runs each, alternating\n", qPrintable(project), runs);
    const QString current = QStringLiteral(CLAIMBENCH_APP);
    AppRuns now, before;
    for (int run = 0; run < runs; ++run) {
        now.append(runApp(current, project));
        if (!old.isEmpty())
            before.append(runApp(old, project));
    }
    std::printf("%-42s %10s %10s   runs\n", "app, offscreen", "median", "");
    printRuns("this build", now);
    if (!old.isEmpty())
        printRuns("old binary", before);
    return modelsAlone(project, searches);
}
