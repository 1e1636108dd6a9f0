// bench_app_probe: loaded into a claimbench process with LD_PRELOAD by
// bench_app, so that the same probe times this build's app and any older
// binary. It prints a line the first time the event loop is about to wait
// for input after the main window has been painted, and another, ending the
// process, the first time it is after the chart view has been painted:
//   window <ms since BENCH_APP_T0_NS> peak-rss <KB>
//   chart <ms since BENCH_APP_T0_NS> peak-rss <KB>
// The main window opens its project before the event loop starts
// (app/main.cpp), so that first idle moment is the window shown, painted,
// with its project loaded, and every event the opening queued handled. The
// chart's dock sits behind the claims table's tab in the default layout, so
// the probe raises it once the window is timed: a chart built off the GUI
// thread is drawn when its build ends. With no chart drawn within
// kChartTimeoutMs of the window, the second line reads "chart none".
#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <unistd.h>

namespace {

constexpr int kChartTimeoutMs = 60'000;

class PaintWatcher : public QObject
{
public:
    bool windowPainted = false;
    bool windowReported = false;
    bool chartPainted = false;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || !watched->isWidgetType())
            return false;
        const auto *widget = static_cast<QWidget *>(watched);
        if (qobject_cast<QMainWindow *>(widget->window()))
            windowPainted = true;
        // By class name: the probe links no Qt Charts. A chart view paints on its viewport.
        if (widget->parentWidget() && widget->parentWidget()->inherits("QChartView"))
            chartPainted = true;
        return false;
    }
};

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

void report(const char *endPoint)
{
    const qint64 start = qgetenv("BENCH_APP_T0_NS").toLongLong();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("%s %.1f peak-rss %ld\n", endPoint, double(monotonicNs() - start) / 1e6, usage.ru_maxrss);
    std::fflush(stdout);
}

[[noreturn]] void finish()
{
    // No destructors: the figures are taken, and closing the project is not timed.
    _exit(0);
}

void installProbe()
{
    auto *watcher = new PaintWatcher;
    QCoreApplication::instance()->installEventFilter(watcher);
    // The dispatcher exists once the application's constructor has finished.
    QTimer::singleShot(0, watcher, [watcher] {
        QObject::connect(QAbstractEventDispatcher::instance(), &QAbstractEventDispatcher::aboutToBlock, watcher,
                         [watcher] {
                             if (watcher->windowPainted && !watcher->windowReported) {
                                 report("window");
                                 watcher->windowReported = true;
                                 for (QWidget *top : QApplication::topLevelWidgets()) {
                                     if (auto *dock = top->findChild<QDockWidget *>(QStringLiteral("chartDock")))
                                         dock->raise();
                                 }
                                 QTimer::singleShot(kChartTimeoutMs, watcher, [] {
                                     std::printf("chart none\n");
                                     std::fflush(stdout);
                                     finish();
                                 });
                             }
                             if (watcher->windowReported && watcher->chartPainted) {
                                 report("chart");
                                 finish();
                             }
                         });
    });
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installProbe)
