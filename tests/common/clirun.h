#pragma once

#include "cli/clistreams.h"
#include "cli/commandline.h"

#include <QBuffer>
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace Claimbench {

// What one in-process run of claimbench-cli left behind.
struct CliRun
{
    int status = -1;
    QString out;
    QString err;
    QStringList lines; // `out` split at '\n', empty lines dropped
};

// Runs the command line in-process with `input` as stdin and both output
// streams captured; header-only because every CLI test links it alone.
inline CliRun runCli(const QStringList &arguments, const QByteArray &input = {})
{
    CliRun run;
    QByteArray inBytes = input;
    QBuffer in(&inBytes);
    in.open(QIODevice::ReadOnly);
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    CliStreams io{in, out, err};
    run.status = CommandLine().run(arguments, io);
    out.flush();
    err.flush();
    run.lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    return run;
}

} // namespace Claimbench
