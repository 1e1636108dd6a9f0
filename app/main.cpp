// claimbench: the GUI. Composition only — the window lives in ui/.
#include "core/store/projectlocation.h"
#include "ui/displaycheck.h"
#include "ui/mainwindow.h"
#include "ui/recentprojects.h"
#include "ui/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    // QSettings (window geometry, Open Recent) is keyed by these names.
    QApplication::setOrganizationName(u"Claimbench"_s);
    QApplication::setApplicationName(u"Claimbench"_s);
    QApplication::setApplicationVersion(QStringLiteral(CLAIMBENCH_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Track the numbers in news articles."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        u"project"_s,
        QApplication::translate("main", "The project file, or a team server's postgresql:// URL, to open (one; "
                                        "further ones are ignored)."),
        u"[PROJECT]"_s);
    {
        // --help and --version need no display: the man page is made from
        // --help, and analysts run them over ssh. A command line that does
        // not parse may hold Qt's GUI options (-platform, -reverse), which
        // only the QApplication below understands.
        const QCoreApplication withoutDisplay(argc, argv);
        if (parser.parse(QCoreApplication::arguments())) {
            if (parser.isSet(u"version"_s))
                parser.showVersion();
            if (parser.isSet(u"help"_s))
                parser.showHelp();
        }
    }

    // Without a display Qt aborts (a core dump); one line and exit 1 instead.
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (const auto missing = Claimbench::missingDisplay(arguments, QProcessEnvironment::systemEnvironment())) {
        std::fprintf(stderr, "%s\n", qPrintable(*missing));
        return 1;
    }
    std::optional<Claimbench::PlatformStartGuard> platformStart{std::in_place};
    QApplication app(argc, argv);
    platformStart.reset();
    QApplication::setApplicationDisplayName(u"Claimbench"_s);
    // The installed desktop entry's name (packaging/): a Wayland compositor
    // finds the window's icon through it.
    QApplication::setDesktopFileName(u"org.claimbench.claimbench"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/org.claimbench.claimbench.svg"_s));

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
    // A team project is reopened too (its password asked again once a
    // session); a server that does not answer is reported.
    const QString reopen = Claimbench::RecentProjects().projectToReopen();
    const QStringList projects = parser.positionalArguments();
    if (projects.size() > 1)
        std::fprintf(stderr, "claimbench opens one project at a time; ignoring %s\n",
                     qPrintable(projects.sliced(1).join(u", "_s)));
    if (!projects.isEmpty())
        window.openProject(projects.constFirst());
    else if (!reopen.isEmpty() && (Claimbench::ProjectLocation::isServer(reopen) || QFileInfo::exists(reopen)))
        window.openProject(reopen);
    return app.exec();
}
