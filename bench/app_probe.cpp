// bench_app_probe: loaded into a claimbench process with LD_PRELOAD by
// bench_app, so that the same probe times this build's app and any older
// binary. It prints one line and ends the process the first time the event
// loop is about to wait for input after the main window has been painted:
//   window <ms since BENCH_APP_T0_NS> peak-rss <KB>
// The main window opens its project before the event loop starts
// (app/main.cpp), so that first idle moment is the window shown, painted,
// with its project loaded, and every event the opening queued handled.
#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <unistd.h>

namespace {

class PaintWatcher : public QObject
{
public:
    bool painted = false;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()
            && qobject_cast<QMainWindow *>(static_cast<QWidget *>(watched)->window()))
            painted = true;
        return false;
    }
};

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

void report()
{
    const qint64 start = qgetenv("BENCH_APP_T0_NS").toLongLong();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("window %.1f peak-rss %ld\n", double(monotonicNs() - start) / 1e6, usage.ru_maxrss);
    std::fflush(stdout);
    // No destructors: the figure is taken, and closing the project is not timed.
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
                             if (watcher->painted)
                                 report();
                         });
    });
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installProbe)
