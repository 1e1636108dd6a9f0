#pragma once

// The child claimbench-cli of the crash harness: started, killed (SIGKILL)
// or interfered with after a delay, or run to its end; how long a whole run
// takes; what names a kill so that it can be repeated. CLAIMBENCH_CLI is
// the program's path (tests/reliability/CMakeLists.txt).

#include <QProcess>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QString>
#include <QStringList>
#include <QTest>

#include <algorithm>
#include <functional>

namespace Claimbench {

// What a child claimbench-cli reported: its stdout lines, whether it was cut
// short, its exit code and its stderr.
struct ChildRun
{
    QStringList lines;
    bool killed = false;
    int exitCode = 0;
    QString err;
};

// Runs claimbench-cli with `arguments`; unless the child ends within
// `delayMs`, calls `meanwhile` with it (which kills it, or interferes with
// its project and lets it run on) and waits for its end.
inline ChildRun runAndThen(const QStringList &arguments, int delayMs, const std::function<void(QProcess &)> &meanwhile)
{
    QProcess child;
    child.start(QStringLiteral(CLAIMBENCH_CLI), arguments);
    ChildRun run;
    if (!child.waitForStarted())
        return run;
    if (!child.waitForFinished(delayMs)) {
        meanwhile(child);
        run.killed = true; // killed, or interfered with
        child.waitForFinished(120000);
    }
    run.exitCode = child.exitCode();
    run.lines = QString::fromUtf8(child.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    run.err = QString::fromUtf8(child.readAllStandardError());
    return run;
}

inline ChildRun runAndKill(const QStringList &arguments, int delayMs)
{
    return runAndThen(arguments, delayMs, [](QProcess &child) { child.kill(); }); // SIGKILL
}

// Runs claimbench-cli to its end (two minutes at most).
inline ChildRun runToEnd(const QStringList &arguments)
{
    return runAndKill(arguments, 120000);
}

// What a project holds as the program exports it: its claims as JSON and its
// articles with their bodies, or the exports' errors. Equal dumps of two
// projects mean the same rows (tst_copycommand's round trip).
inline QString exportedDump(const QString &location)
{
    using namespace Qt::StringLiterals;
    const ChildRun claims = runToEnd({u"claims"_s, location, u"--format"_s, u"json"_s});
    const ChildRun articles = runToEnd({u"articles"_s, location, u"--with-body"_s});
    return claims.lines.join(u'\n') + u"\n--\n"_s + articles.lines.join(u'\n') + u"\n--\n"_s + claims.err
        + articles.err;
}

inline ChildRun runAndInterfere(const QStringList &arguments, int delayMs, const std::function<void()> &meanwhile)
{
    return runAndThen(arguments, delayMs, [&](QProcess &) { meanwhile(); });
}

// The duration kill delays are spread over: CLAIMBENCH_CRASH_RUN_MS when set,
// else how long an uninterrupted run of `arguments` takes, so that kills are
// spread over the whole run whatever the machine's speed; at least 40 ms.
inline int runDurationMs(const QStringList &arguments)
{
    if (qEnvironmentVariableIsSet("CLAIMBENCH_CRASH_RUN_MS"))
        return std::max(40, qEnvironmentVariableIntValue("CLAIMBENCH_CRASH_RUN_MS"));
    QElapsedTimer timer;
    timer.start();
    QProcess child;
    child.start(QStringLiteral(CLAIMBENCH_CLI), arguments);
    child.waitForFinished(-1);
    return std::max(40, int(timer.elapsed()));
}

// What repeats one kill: its seed, the run duration and the delay drawn.
inline QString killDescription(quint32 seed, int runMs, int delayMs)
{
    using namespace Qt::StringLiterals;
    return u"seed %1, killed after %2 ms of a %3 ms run (repeat: CLAIMBENCH_CRASH_SEED=%1 "
           "CLAIMBENCH_CRASH_RUN_MS=%3 CLAIMBENCH_CRASH_KILLS=1): "_s.arg(seed)
        .arg(delayMs)
        .arg(runMs);
}

// Prints `kill` when a check fails before the guard ends: the checks that
// name no kill (a project that does not open) still say which one it was.
inline auto namedOnFailure(const QString &kill)
{
    return qScopeGuard([kill] {
        if (QTest::currentTestFailed())
            qWarning("%s", qPrintable(kill));
    });
}

} // namespace Claimbench
