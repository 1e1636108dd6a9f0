#pragma once

#include "cli/clistreams.h"
#include "cli/commandline.h"

#include <QBuffer>
#include <QByteArray>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTest>
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

// The keys of one output line of a JSON listing, in the order written
// (QJsonObject would sort them; the listings' key order is part of SPEC).
inline QStringList keysInOrder(const QString &objectLine)
{
    static const QRegularExpression key(QStringLiteral("\"([a-z_]+)\":"));
    QStringList keys;
    for (auto it = key.globalMatch(objectLine); it.hasNext();)
        keys.append(it.next().captured(1));
    return keys;
}

// The data rows of a test run once per listing format: a QString column
// "format" with the rows "json" and "csv".
inline void addFormatRows()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("json") << QStringLiteral("json");
    QTest::newRow("csv") << QStringLiteral("csv");
}

} // namespace Claimbench
