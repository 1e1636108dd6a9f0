#include "ui/displaycheck.h"

#include <QLoggingCategory>
#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

// Issue 13, "First run": without a display the GUI says so in one line
// instead of Qt's xcb abort, and never refuses where Qt could open a window.
class TestDisplayCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missingDisplay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("environment"); // NAME=VALUE
        QTest::addColumn<bool>("refused");
        QTest::newRow("nothing: ssh without -X") << QStringList{} << QStringList{u"XDG_SESSION_TYPE=tty"_s} << true;
        QTest::newRow("empty DISPLAY") << QStringList{} << QStringList{u"DISPLAY="_s} << true;
        QTest::newRow("X11") << QStringList{} << QStringList{u"DISPLAY=:0"_s} << false;
        QTest::newRow("Wayland") << QStringList{} << QStringList{u"WAYLAND_DISPLAY=wayland-0"_s} << false;
        QTest::newRow("Wayland socket") << QStringList{} << QStringList{u"WAYLAND_SOCKET=3"_s} << false;
        QTest::newRow("Wayland session, default socket")
            << QStringList{} << QStringList{u"XDG_SESSION_TYPE=wayland"_s} << false;
        QTest::newRow("QT_QPA_PLATFORM") << QStringList{} << QStringList{u"QT_QPA_PLATFORM=offscreen"_s} << false;
        QTest::newRow("-platform") << QStringList{u"-platform"_s, u"offscreen"_s} << QStringList{} << false;
        QTest::newRow("--platform") << QStringList{u"--platform"_s, u"vnc"_s} << QStringList{} << false;
        QTest::newRow("-display") << QStringList{u"-display"_s, u":3"_s} << QStringList{} << false;
        QTest::newRow("a project named like an option's value")
            << QStringList{u"offscreen"_s} << QStringList{} << true;
    }
    void missingDisplay()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, environment);
        QFETCH(bool, refused);
        QProcessEnvironment env;
        for (const QString &pair : environment)
            env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
        const std::optional<QString> reason = Claimbench::missingDisplay(arguments, env);
        QCOMPARE(reason.has_value(), refused);
        if (reason) {
            QVERIFY(!reason->contains(u'\n'));
            QVERIFY(reason->contains(u"DISPLAY"_s));
            // Setting it without a display to reach only led into Qt's abort.
            QVERIFY(!reason->contains(u"QT_QPA_PLATFORM"_s));
        }
    }

    // What Qt 6.4 prints when it cannot open the platform, as seen with each
    // setting: the qt.qpa warnings, then one fatal message.
    void platformFailure_data()
    {
        const QString fatal = u"This application failed to start because no Qt platform plugin could be "
                              "initialized. Reinstalling the application may fix this problem.\n\n"
                              "Available platform plugins are: minimal, offscreen, xcb.\n"_s;
        const QString xcbNotLoaded = u"Could not load the Qt platform plugin \"xcb\" in \"\" even though it was found."_s;
        QTest::addColumn<QStringList>("warnings");
        QTest::addColumn<QString>("fatal");
        QTest::addColumn<QString>("expected"); // empty: not a platform failure
        QTest::newRow("DISPLAY=:99, no X server")
            << QStringList{u"could not connect to display :99"_s, xcbNotLoaded} << fatal
            << u"claimbench: cannot open a window: no X server answered on display :99"_s;
        QTest::newRow("QT_QPA_PLATFORM=xcb without DISPLAY")
            << QStringList{u"could not connect to display "_s, xcbNotLoaded} << fatal
            << u"claimbench: cannot open a window: no X display to connect to (DISPLAY is not set)"_s;
        QTest::newRow("QT_QPA_PLATFORM=bogus")
            << QStringList{u"Could not find the Qt platform plugin \"bogus\" in \"\""_s} << fatal
            << u"claimbench: cannot open a window: no Qt platform plugin named bogus "
               "(installed: minimal, offscreen, xcb)"_s;
        QTest::newRow("WAYLAND_DISPLAY without a compositor or its plugin")
            << QStringList{u"Could not find the Qt platform plugin \"wayland\" in \"\""_s,
                           u"could not connect to display "_s, xcbNotLoaded}
            << fatal
            << u"claimbench: cannot open a window: no Qt platform plugin named wayland "
               "(installed: minimal, offscreen, xcb); no X display to connect to (DISPLAY is not set)"_s;
        QTest::newRow("no warning to explain it")
            << QStringList{} << fatal
            << u"claimbench: cannot open a window: This application failed to start because no Qt platform "
               "plugin could be initialized. Reinstalling the application may fix this problem."_s;
        QTest::newRow("another fatal message") << QStringList{u"could not connect to display :99"_s}
                                               << u"Out of memory"_s << QString();
    }
    void platformFailure()
    {
        QFETCH(QStringList, warnings);
        QFETCH(QString, fatal);
        QFETCH(QString, expected);
        const std::optional<QString> line = Claimbench::platformFailure(fatal, warnings);
        QCOMPARE(line.value_or(QString()), expected);
    }

    // The qt.qpa warnings wait until the QApplication exists (they are the
    // one line's material when it cannot); everything else passes at once.
    void guardHoldsPlatformMessagesUntilDestroyed()
    {
        static QStringList seen;
        seen.clear();
        const QtMessageHandler testRunner = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &context, const QString &text) {
                seen.append(QString::fromUtf8(context.category) + u": "_s + text);
            });
        const QLoggingCategory xcb("qt.qpa.xcb");
        {
            const PlatformStartGuard guard;
            qCWarning(xcb) << "could not connect to display :99";
            qWarning() << "not about the platform";
            QCOMPARE(seen, QStringList{u"default: not about the platform"_s});
        }
        qCWarning(xcb) << "after the QApplication exists";
        qInstallMessageHandler(testRunner);
        QCOMPARE(seen, (QStringList{u"default: not about the platform"_s,
                                    u"qt.qpa.xcb: could not connect to display :99"_s,
                                    u"qt.qpa.xcb: after the QApplication exists"_s}));
    }
};

QTEST_GUILESS_MAIN(TestDisplayCheck)
#include "tst_displaycheck.moc"
