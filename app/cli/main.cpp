// claimbench-cli: composition only. Binds the process's streams and hands the
// arguments to CommandLine; this is the last guard that keeps an exception
// (which the core never throws, but Qt or the standard library might, e.g.
// std::bad_alloc) from ending in a terminate() and a core dump.
#include "cli/chartcommand.h"
#include "cli/commandline.h"
#include "core/import/filepath.h"

#include <QApplication>
#include <QFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <fcntl.h>
#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    // A closed stdin stays a closed device (an error for commands that read
    // it), and /dev/null takes descriptor 0 before anything else is opened
    // (Qt's own descriptors, the project), which would otherwise be read as stdin.
    const bool stdinOpen = fcntl(STDIN_FILENO, F_GETFD) != -1;
    if (!stdinOpen)
        ::open("/dev/null", O_RDONLY);
    // `chart` draws with Qt Charts (QGraphicsWidget, fonts), which needs a
    // QApplication; it gets one on the offscreen platform (the CLI never shows
    // a window and needs no display). The other commands stay on a
    // QCoreApplication, which starts faster and never loads a platform plugin.
    const bool drawing = argc > 1 && std::strcmp(argv[1], "chart") == 0;
    if (drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Filtered rather than worked around with a private XDG_RUNTIME_DIR: Qt's
    // fallback directory works, and a directory made and removed on every
    // run would only change what Qt and its plugins see (see chartcommand.h).
    if (drawing)
        Claimbench::dropRuntimeDirWarning();
    const std::unique_ptr<QCoreApplication> app = drawing ? std::make_unique<QApplication>(argc, argv)
                                                          : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(u"claimbench-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CLAIMBENCH_VERSION));

    QFile in;
    if (stdinOpen)
        in.open(stdin, QIODevice::ReadOnly);
    // UTF-8 whatever the locale says: SPEC's output is UTF-8 for scripts.
    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
    Claimbench::CliStreams io{in, out, err};

    // import's arguments are file names, which are bytes: QCoreApplication
    // decodes them lossily, and a name that is not UTF-8 would name no file.
    // The other commands read text arguments as text.
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (!arguments.isEmpty() && arguments.constFirst() == u"import") {
        for (int i = 2; i < argc; ++i)
            arguments[i - 1] = Claimbench::FilePath::fromBytes(argv[i]);
    }

    int status = Claimbench::ExitBadInput;
    try {
        status = Claimbench::CommandLine().run(arguments, io);
    } catch (const std::exception &e) {
        err << u"claimbench-cli: internal error: "_s << QString::fromLocal8Bit(e.what()) << u"\n"_s;
    } catch (...) {
        err << u"claimbench-cli: internal error\n"_s;
    }
    out.flush();
    // A full disk or a closed pipe lost the output: say so, never exit 0.
    if (out.status() != QTextStream::Ok || std::fflush(stdout) != 0 || std::ferror(stdout)) {
        err << u"claimbench-cli: stdout: could not write: "_s << QString::fromLocal8Bit(std::strerror(errno)) << u"\n"_s;
        if (status == Claimbench::ExitOk)
            status = Claimbench::ExitBadInput;
    }
    err.flush();
    return status;
}
