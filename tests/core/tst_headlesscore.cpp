// moc cannot read raw string literals holding '#include', hence the escapes.
// The core must stay headless: no Widgets or Charts header anywhere under
// app/core/ (STYLE.md habit 1). A grep, so it fails the moment one appears.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestHeadlessCore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void coreIncludesNoWidgetsOrCharts()
    {
        const QString root = QStringLiteral(CLAIMBENCH_SOURCE_DIR "/app/core");
        const QRegularExpression forbidden(QStringLiteral(
            "^\\s*#\\s*include\\s*[<\"](QtWidgets/|QtCharts/|QWidget\\b|QApplication\\b|QChart|QMainWindow\\b|QDialog\\b)"),
            QRegularExpression::MultilineOption);
        QDirIterator it(root, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QString text = QString::fromUtf8(file.readAll());
            const auto match = forbidden.match(text);
            QVERIFY2(!match.hasMatch(),
                     qPrintable(path + QStringLiteral(": ") + match.captured(0)));
            ++files;
        }
        QVERIFY2(files > 0, "no core sources found");
    }

    void checkCatchesAWidgetsInclude()
    {
        const QRegularExpression forbidden(QStringLiteral("^\\s*#\\s*include\\s*[<\"](QtWidgets/)"),
                                          QRegularExpression::MultilineOption);
        QVERIFY(forbidden.match(QStringLiteral("#include <QtWidgets/QLabel>")).hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestHeadlessCore)
#include "tst_headlesscore.moc"
