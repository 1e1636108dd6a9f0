// claimbench-cli: composition only. Binds the process's streams and hands the
// arguments to CommandLine; this is the last guard that keeps an exception
// (which the core never throws, but Qt or the standard library might, e.g.
// std::bad_alloc) from ending in a terminate() and a core dump.
#include "cli/commandline.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <exception>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"claimbench-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CLAIMBENCH_VERSION));

    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    // UTF-8 whatever the locale says: SPEC's output is UTF-8 for scripts.
    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
    Claimbench::CliStreams io{in, out, err};

    int status = Claimbench::ExitBadInput;
    try {
        status = Claimbench::CommandLine().run(QCoreApplication::arguments().mid(1), io);
    } catch (const std::exception &e) {
        err << u"claimbench-cli: internal error: "_s << QString::fromLocal8Bit(e.what()) << u"\n"_s;
    } catch (...) {
        err << u"claimbench-cli: internal error\n"_s;
    }
    out.flush();
    err.flush();
    return status;
}
