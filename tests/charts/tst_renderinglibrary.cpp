// moc cannot read raw string literals holding '#include', hence the escapes.
// What the CLI links renders and nothing more (STYLE.md: a rendering-only
// library for tools): no source of claimbench_charts (app/charts/) or of the
// CLI itself (app/cli/) may include a dialog, a message box, a file dialog or
// anything of ui/, which would put a question to a user inside
// `claimbench-cli chart`. (The core is checked by tst_headlesscore.)
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

const QRegularExpression &forbiddenInclude()
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*#\\s*include\\s*[<\"]((QtWidgets/)?(QDialog|QMessageBox|QFileDialog|QInputDialog|"
                       "QProgressDialog|QColorDialog|QFontDialog|QErrorMessage|QDialogButtonBox)\\b|ui/)"),
        QRegularExpression::MultilineOption);
    return pattern;
}

} // namespace

class TestRenderingLibrary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void includesNoDialogOrMessageBox_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::newRow("chart library") << QStringLiteral("app/charts");
        QTest::newRow("cli") << QStringLiteral("app/cli");
    }
    void includesNoDialogOrMessageBox()
    {
        QFETCH(QString, folder);
        QDirIterator it(QStringLiteral(CLAIMBENCH_SOURCE_DIR "/") + folder, {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                        QDir::Files, QDirIterator::Subdirectories);
        QStringList sources;
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const auto match = forbiddenInclude().match(QString::fromUtf8(file.readAll()));
            QVERIFY2(!match.hasMatch(), qPrintable(path + QStringLiteral(": ") + match.captured(0)));
            sources.append(path);
        }
        QVERIFY2(sources.size() >= 6, qPrintable(folder + QStringLiteral(": sources not found")));
    }

    void checkCatchesEachForbiddenInclude_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("forbidden");
        QTest::newRow("dialog") << QStringLiteral("#include <QDialog>") << true;
        QTest::newRow("message box") << QStringLiteral("#include <QMessageBox>") << true;
        QTest::newRow("module path") << QStringLiteral("#  include <QtWidgets/QFileDialog>") << true;
        QTest::newRow("ui header") << QStringLiteral("#include \"ui/widgets/filedialogs.h\"") << true;
        QTest::newRow("chart") << QStringLiteral("#include <QChart>") << false;
        QTest::newRow("scene") << QStringLiteral("#include <QGraphicsScene>") << false;
        QTest::newRow("dialog-like name") << QStringLiteral("#include \"charts/dialogue.h\"") << false;
    }
    void checkCatchesEachForbiddenInclude()
    {
        QFETCH(QString, line);
        QFETCH(bool, forbidden);
        QCOMPARE(forbiddenInclude().match(line).hasMatch(), forbidden);
    }
};

QTEST_GUILESS_MAIN(TestRenderingLibrary)
#include "tst_renderinglibrary.moc"
