#include "common/isolatedsettings.h"
#include "core/store/project.h"
#include "ui/mainwindow.h"

#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

// Issue 20: "2 skipped" hid why. The summary of an import run from the
// window names each file that was not imported and its reason.
class TestImportReasons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(m_settingsDir.path(), u"tst_importreasons"_s); }

    void summaryNamesEveryFileAndItsReason()
    {
        QTemporaryDir dir;
        const QString projectPath = dir.filePath(u"p.claimbench"_s);
        const QByteArray first = "Title: First report\n\nRussia launched 63 drones overnight.\n";
        QVERIFY(writeFile(dir.filePath(u"stored.txt"_s), first));
        QVERIFY(QDir(dir.path()).mkpath(u"in"_s));
        QVERIFY(writeFile(dir.filePath(u"in/again.txt"_s), first));
        QVERIFY(writeFile(dir.filePath(u"in/b-new.txt"_s), "Title: Second\n\nKyiv said 28 drones were shot down.\n"));
        QVERIFY(writeFile(dir.filePath(u"in/c-new-copy.txt"_s), "Title: Second\n\nKyiv said 28 drones were shot down.\n"));
        QVERIFY(writeFile(dir.filePath(u"in/chart.png"_s), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)));
        QVERIFY(writeFile(dir.filePath(u"in/empty.txt"_s), QByteArray()));

        MainWindow window;
        window.show();
        QVERIFY(window.openProject(projectPath, Project::OpenMode::CreateIfMissing));
        QSignalSpy finished(&window, &MainWindow::importFinished);
        QVERIFY(window.importPaths({dir.filePath(u"stored.txt"_s)}));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        delete window.findChild<QMessageBox *>(u"importSummary"_s);

        QVERIFY(window.importPaths({dir.filePath(u"in"_s)}));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        auto *box = window.findChild<QMessageBox *>(u"importSummary"_s);
        QVERIFY(box);
        const QString shown = box->informativeText();
        const QStringList lines = shown.split(u'\n');
        const auto lineFor = [&](const QString &name) {
            const QStringList found = lines.filter(name + u": "_s);
            return found.isEmpty() ? QString() : found.constFirst();
        };
        QVERIFY2(lineFor(u"again.txt"_s).endsWith(u"duplicate of “First report”, already in the project"_s), qPrintable(shown));
        QVERIFY2(lineFor(u"c-new-copy.txt"_s).contains(u"duplicate of "_s)
                     && lineFor(u"c-new-copy.txt"_s).contains(u"b-new.txt, earlier in this import"_s),
                 qPrintable(shown));
        QVERIFY2(lineFor(u"chart.png"_s).contains(u"skipped: Not a format Claimbench reads"_s), qPrintable(shown));
        QVERIFY2(lineFor(u"empty.txt"_s).contains(u"failed: The file is empty"_s), qPrintable(shown));
        // Which formats are read, with their suffixes.
        QVERIFY2(shown.contains(u"Claimbench reads "_s) && shown.contains(u".txt"_s) && shown.contains(u".html"_s),
                 qPrintable(shown));
        QVERIFY(box->detailedText().contains(u"empty.txt"_s));
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestImportReasons)
#include "tst_importreasons.moc"
