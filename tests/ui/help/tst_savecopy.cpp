#include "common/isolatedsettings.h"
#include "common/resultcheck.h"
#include "core/models/sampleclaims.h"
#include "core/store/project.h"
#include "ui/mainwindow.h"
#include "ui/windowactions.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

// Answers the Save Copy As file dialog with `path`, and yes to its question
// whether to replace an existing file.
void chooseInNextFileDialog(QObject *context, const QString &path, bool *seen)
{
    QTimer::singleShot(0, context, [context, path, seen] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        *seen = true;
        dialog->selectFile(path);
        QTimer::singleShot(0, context, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        QMetaObject::invokeMethod(dialog, "accept");
    });
}

} // namespace

// File › Save Copy As…, driven through the window's menu.
class TestSaveCopy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(m_settingsDir.path(), u"tst_savecopy"_s); }
    void init()
    {
        QSettings().clear();
        QVERIFY(m_dir.emplace().isValid());
        m_path = m_dir->filePath(u"war.claimbench"_s);
        auto project = Project::open(m_path, Project::OpenMode::CreateIfMissing);
        CLAIMBENCH_VERIFY_OK(project);
        CLAIMBENCH_VERIFY_OK(SampleClaims::create(**project));
    }

    void savesACopyAndSaysWhere()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QAction *saveCopy = window.findChild<WindowActions *>()->saveCopy();
        QVERIFY(!saveCopy->isEnabled()); // no project yet
        QVERIFY(window.openProject(m_path));
        QVERIFY(saveCopy->isEnabled());
        QVERIFY(window.menuBar()->findChild<QMenu *>(u"fileMenu"_s)->actions().contains(saveCopy));

        const QString copyPath = m_dir->filePath(u"war copy.claimbench"_s);
        bool seen = false;
        chooseInNextFileDialog(&window, copyPath, &seen);
        saveCopy->trigger();
        QVERIFY(seen);
        QCOMPARE(window.statusBar()->currentMessage(), u"Saved a copy of the project to "_s + copyPath);
        const auto copy = Project::open(copyPath, Project::OpenMode::ReadOnly);
        CLAIMBENCH_VERIFY_OK(copy);
        QCOMPARE((*copy)->claims().list()->size(), window.project()->claims().list()->size());
        QCOMPARE((*copy)->articles().list()->size(), 2);
        // The window goes on with its own project.
        QCOMPARE(window.project()->path(), m_path);
    }

    void refusesToWriteOverTheOpenProject()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openProject(m_path));
        const qsizetype claims = window.project()->claims().list()->size();
        bool seen = false;
        chooseInNextFileDialog(&window, m_path, &seen);
        window.findChild<WindowActions *>()->saveCopy()->trigger();
        QVERIFY(seen);
        auto *box = window.findChild<QMessageBox *>(u"saveCopyError"_s);
        QVERIFY(box);
        QVERIFY2(box->informativeText().contains(u"the project being copied"_s), qPrintable(box->informativeText()));
        box->close();
        QCOMPARE(window.project()->claims().list()->size(), claims);
        QStringList left = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
        QVERIFY2(left.filter(u"-copy-"_s).isEmpty(), qPrintable(left.join(u", ")));
    }

private:
    QTemporaryDir m_settingsDir;
    std::optional<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_MAIN(TestSaveCopy)
#include "tst_savecopy.moc"
