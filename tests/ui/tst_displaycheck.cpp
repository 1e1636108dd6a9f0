#include "ui/displaycheck.h"

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
        }
    }
};

QTEST_GUILESS_MAIN(TestDisplayCheck)
#include "tst_displaycheck.moc"
