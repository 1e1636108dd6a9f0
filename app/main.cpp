// claimbench: the GUI. Composition only — the window lives in ui/.
#include "ui/displaycheck.h"
#include "ui/mainwindow.h"
#include "ui/recentprojects.h"
#include "ui/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    // Without a display Qt aborts (a core dump); one line and exit 1 instead.
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (const auto missing = Claimbench::missingDisplay(arguments, QProcessEnvironment::systemEnvironment())) {
        std::fprintf(stderr, "%s\n", qPrintable(*missing));
        return 1;
    }
    QApplication app(argc, argv);
    // QSettings (window geometry, Open Recent) is keyed by these names.
    QApplication::setOrganizationName(u"Claimbench"_s);
    QApplication::setApplicationName(u"Claimbench"_s);
    QApplication::setApplicationDisplayName(u"Claimbench"_s);
    QApplication::setApplicationVersion(QStringLiteral(CLAIMBENCH_VERSION));
    // The installed desktop entry's name (packaging/): a Wayland compositor
    // finds the window's icon through it.
    QApplication::setDesktopFileName(u"org.claimbench.claimbench"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/org.claimbench.claimbench.svg"_s));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Track the numbers in news articles."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"project"_s,
                                 QApplication::translate("main", "The project file to open."),
                                 u"[PROJECT]"_s);
    parser.process(app);
    // After --help and --version: they stay English, like the CLI's, for the
    // man page made from them.
    Claimbench::installTranslators();

    Claimbench::MainWindow window;
    window.show();
    // A project that fails to open is reported in the window, which stays
    // usable. Without an argument the analyst gets back the project last
    // worked on (and the window restores its panes) unless they closed it;
    // one that was moved or deleted since is no error, just an empty window.
    const QString reopen = Claimbench::RecentProjects().projectToReopen();
    if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().constFirst());
    else if (!reopen.isEmpty() && QFileInfo::exists(reopen))
        window.openProject(reopen);
    return app.exec();
}
