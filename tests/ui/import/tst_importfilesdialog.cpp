// The Import Files dialog offers exactly the suffixes the registry of article
// readers reads: no format the importer refuses, none it reads left out.
#include "core/import/readerregistry.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Claimbench;
using namespace Qt::StringLiterals;

class TestImportFilesDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(u"tst_importfilesdialog"_s);
    }

    void filterOffersTheRegistrysSuffixes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        MainWindow window;
        window.show();
        QVERIFY(window.openProject(dir.filePath(u"p.claimbench"_s), Project::OpenMode::CreateIfMissing));
        QAction *importFiles = nullptr;
        for (QMenu *menu : window.menuBar()->findChildren<QMenu *>()) {
            for (QAction *action : menu->actions()) {
                if (action->text() == u"&Import Files…"_s)
                    importFiles = action;
            }
        }
        QVERIFY(importFiles);

        // The dialog is modal: read and close it from the event loop it runs.
        QStringList filters;
        bool seen = false;
        const auto closeDialog = [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return false;
            filters = dialog->nameFilters();
            dialog->reject();
            seen = true;
            return true;
        };
        QTimer poll;
        poll.setInterval(10);
        connect(&poll, &QTimer::timeout, this, [&] {
            if (closeDialog())
                poll.stop();
        });
        poll.start();
        importFiles->trigger();
        QTRY_VERIFY(seen);

        QCOMPARE(filters.size(), 2);
        QCOMPARE(filters.at(1), u"All files (*)"_s);
        const QRegularExpression articles(u"^Articles \\((.*)\\)$"_s);
        const auto match = articles.match(filters.at(0));
        QVERIFY2(match.hasMatch(), qPrintable(filters.at(0)));
        QStringList offered;
        for (const QString &pattern : match.captured(1).split(u' ')) {
            QVERIFY2(pattern.startsWith(u"*."_s), qPrintable(pattern));
            offered.append(pattern.sliced(2));
        }
        QCOMPARE(offered, ReaderRegistry::builtIn().suffixes());
    }
};

QTEST_MAIN(TestImportFilesDialog)
#include "tst_importfilesdialog.moc"
