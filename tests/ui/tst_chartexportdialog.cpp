#include "common/isolatedsettings.h"
#include "common/resultcheck.h"
#include "core/models/sampleclaims.h"
#include "core/store/project.h"
#include "ui/charts/chartexportdialog.h"
#include "ui/mainwindow.h"
#include "ui/windowactions.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

QLineEdit *pathField(const ChartExportDialog &dialog)
{
    return dialog.findChild<QLineEdit *>(u"exportPath"_s);
}

// Answers the next message box with the button the user would reach by
// pressing Enter (the default) or with `button`; `asked` receives its text.
void answerNextMessageBox(QObject *context, QString *asked, QMessageBox::StandardButton button = QMessageBox::NoButton)
{
    QTimer::singleShot(0, context, [asked, button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *asked = box->text();
        QAbstractButton *answer = button == QMessageBox::NoButton ? box->defaultButton() : box->button(button);
        answer->click();
    });
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// The chart export dialog as issue 20 asks for it: a path field that shows a
// whole path, the last export's folder remembered, an existing file replaced
// only when the user says so, and the window saying where the chart went.
class TestChartExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(m_settingsDir.path(), u"tst_chartexportdialog"_s); }
    void init() { QSettings().clear(); }

    void pathFieldShowsATypicalFullPath()
    {
        ChartExportDialog dialog(u"chart.png"_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QLineEdit *field = pathField(dialog);
        const QString typical = u"/home/analyst/Documents/reports/russian-military-casualties-2025.png"_s;
        QVERIFY2(field->width() >= field->fontMetrics().horizontalAdvance(typical),
                 qPrintable(u"%1 px for a path of %2 px"_s.arg(field->width())
                                .arg(field->fontMetrics().horizontalAdvance(typical))));
    }

    void remembersTheLastFolder()
    {
        QTemporaryDir folder;
        {
            ChartExportDialog first(u"drones.png"_s);
            pathField(first)->setText(folder.filePath(u"drones.png"_s));
            first.accept();
            QCOMPARE(first.result(), int(QDialog::Accepted));
        }
        ChartExportDialog next(u"troops.png"_s);
        QCOMPARE(next.path(), folder.filePath(u"troops.png"_s));
    }

    void asksBeforeReplacingAFileAndDefaultsToNo()
    {
        QTemporaryDir folder;
        const QString existing = folder.filePath(u"report.png"_s);
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("earlier chart") > 0);
        file.close();

        ChartExportDialog dialog(u"report.png"_s);
        pathField(dialog)->setText(existing);
        QString asked;
        answerNextMessageBox(&dialog, &asked); // Enter: the default
        dialog.accept();
        QVERIFY2(asked.contains(u"report.png"_s) && asked.contains(u"Replace"_s), qPrintable(asked));
        QVERIFY(dialog.result() != QDialog::Accepted);

        asked.clear();
        answerNextMessageBox(&dialog, &asked, QMessageBox::Yes);
        dialog.accept();
        QVERIFY(!asked.isEmpty());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void statusBarSaysWhereTheChartWent()
    {
        QTemporaryDir folder;
        const QString projectPath = folder.filePath(u"p.claimbench"_s);
        {
            auto project = Project::open(projectPath, Project::OpenMode::CreateIfMissing);
            CLAIMBENCH_VERIFY_OK(project);
            CLAIMBENCH_VERIFY_OK(SampleClaims::create(**project));
        }
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.openProject(projectPath));

        const QString target = folder.filePath(u"drones.png"_s);
        bool dialogSeen = false;
        QTimer::singleShot(0, &window, [&] {
            auto *dialog = qobject_cast<ChartExportDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialogSeen = true;
            pathField(*dialog)->setText(target);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        window.findChild<WindowActions *>()->exportChart()->trigger();
        QVERIFY(dialogSeen);
        QVERIFY(contents(target).startsWith("\x89PNG"));
        QCOMPARE(window.statusBar()->currentMessage(), u"Exported chart to "_s + target);
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestChartExportDialog)
#include "tst_chartexportdialog.moc"
