// claimbench: the GUI. Composition only — the window lives in ui/.
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // QSettings (window geometry, Open Recent) is keyed by these names.
    QApplication::setOrganizationName(u"Claimbench"_s);
    QApplication::setApplicationName(u"Claimbench"_s);
    QApplication::setApplicationDisplayName(u"Claimbench"_s);
    QApplication::setApplicationVersion(QStringLiteral(CLAIMBENCH_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Track the numbers in news articles."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"project"_s,
                                 QApplication::translate("main", "The project file to open."),
                                 u"[PROJECT]"_s);
    parser.process(app);

    Claimbench::MainWindow window;
    window.show();
    // A project that fails to open is reported in the window, which stays usable.
    if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().constFirst());
    return app.exec();
}
