// bench_backup: File › Save Copy As… and `claimbench-cli backup` at scale.
// Copies PROJECT (a 1,000,000-claim project) first, so that the original is
// never opened, then times Project::backupTo into a new file against the
// sqlite3 shell's ".backup" of the same file, alternately, `rounds` times
// each, and prints the median of each with the copies' sizes.
//
//   bench_backup PROJECT [ROUNDS]
#include "core/store/project.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: bench_backup PROJECT [ROUNDS]\n");
        return 1;
    }
    const int rounds = args.size() > 1 ? args.at(1).toInt() : 3;
    QTemporaryDir dir;
    const QString source = dir.filePath(u"source.claimbench"_s);
    if (!QFile::copy(args.at(0), source)) {
        std::fprintf(stderr, "cannot copy %s\n", qPrintable(args.at(0)));
        return 2;
    }
    const auto project = Project::open(source, Project::OpenMode::ReadOnly);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(project.error().toString()));
        return 2;
    }
    const auto claims = (*project)->claims().count();
    QList<double> ours;
    QList<double> shell;
    qint64 oursSize = 0;
    qint64 shellSize = 0;
    for (int round = 0; round < rounds; ++round) {
        const QString mine = dir.filePath(u"ours-%1.claimbench"_s.arg(round));
        QElapsedTimer timer;
        timer.start();
        if (const auto copied = (*project)->backupTo(mine); !copied) {
            std::fprintf(stderr, "backupTo: %s\n", qPrintable(copied.error().toString()));
            return 2;
        }
        ours.append(timer.nsecsElapsed() / 1e6);
        oursSize = QFileInfo(mine).size();
        QFile::remove(mine);

        const QString theirs = dir.filePath(u"shell-%1.claimbench"_s.arg(round));
        timer.restart();
        const int status = QProcess::execute(u"sqlite3"_s, {source, u".backup '%1'"_s.arg(theirs)});
        shell.append(timer.nsecsElapsed() / 1e6);
        if (status != 0) {
            std::fprintf(stderr, "sqlite3 .backup failed (%d)\n", status);
            return 2;
        }
        shellSize = QFileInfo(theirs).size();
        QFile::remove(theirs);
    }
    QTextStream out(stdout);
    out << "project: " << QFileInfo(args.at(0)).fileName() << ", " << QFileInfo(source).size() / (1024 * 1024)
        << " MB, " << (claims ? *claims : -1) << " claims; median of " << rounds << " rounds\n";
    out << "Project::backupTo      " << qRound(median(ours)) << " ms  (copy " << oursSize / (1024 * 1024) << " MB)\n";
    out << "sqlite3 .backup (shell) " << qRound(median(shell)) << " ms  (copy " << shellSize / (1024 * 1024)
        << " MB)\n";
    return 0;
}
