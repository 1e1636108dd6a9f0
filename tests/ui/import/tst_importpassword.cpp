// Encrypted PDFs in an import from the window: after the batch each one is
// asked for (its name in the prompt; Cancel skips it), imported again with
// the password on the worker thread, and a wrong password asks again, saying
// it did not open the PDF.
#include "common/resultcheck.h"
#include "core/store/project.h"
#include "ui/import/importcontroller.h"
#include "ui/reader/sessionpasswords.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <optional>

using namespace Qt::StringLiterals;
using namespace Claimbench;

namespace {

// Tika's testPassword4Spaces.pdf (tests/data/import/SOURCES.md): user
// password four spaces, text "Just some text.".
const QString kLockedPdf = u"testPassword4Spaces.pdf"_s;
const QString kPassword = u"    "_s;

} // namespace

class TestImportPassword : public QObject
{
    Q_OBJECT

    std::optional<QTemporaryDir> m_dir;
    std::shared_ptr<Project> m_project;

    // Imports the locked PDF and a text file, answering the prompts with
    // `answers` in turn (nullopt: Cancel); returns the summary and fills
    // `prompts` with what was asked.
    ImportSummary importAnswering(QList<std::optional<QString>> answers, QStringList &prompts)
    {
        ImportController controller(nullptr);
        controller.setPasswordPrompt([&](QWidget *, const QString &message) {
            prompts.append(message);
            return answers.isEmpty() ? std::nullopt : answers.takeFirst();
        });
        QSignalSpy finished(&controller, &ImportController::finished);
        if (!controller.start(m_project, {m_dir->filePath(u"in"_s)}))
            return {};
        if (!finished.wait(20000))
            return {};
        if (controller.isRunning())
            return {};
        return finished.first().first().value<ImportSummary>();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        auto project = Project::open(m_dir->filePath(u"p.claimbench"_s), Project::OpenMode::CreateIfMissing);
        CLAIMBENCH_VERIFY_OK(project);
        m_project = *project;
        QVERIFY(QDir(m_dir->path()).mkpath(u"in"_s));
        const QString source = QFINDTESTDATA(u"../../data/import/"_s + kLockedPdf);
        QVERIFY(!source.isEmpty());
        QVERIFY(QFile::copy(source, m_dir->filePath(u"in/"_s + kLockedPdf)));
        QFile text(m_dir->filePath(u"in/plain.txt"_s));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("Title: Plain\n\n63 drones were launched.\n");
    }

    void cleanup()
    {
        m_project.reset();
        m_dir.reset();
    }

    void wrongPasswordAsksAgainThenTheRightOneImports()
    {
        QStringList prompts;
        const ImportSummary summary = importAnswering({u"nope"_s, kPassword}, prompts);
        QCOMPARE(prompts.size(), 2);
        QVERIFY2(prompts.at(0).contains(kLockedPdf), qPrintable(prompts.at(0)));
        QVERIFY(!prompts.at(0).contains(u"does not open"_s));
        QVERIFY2(prompts.at(1).contains(u"The password does not open the PDF"_s), qPrintable(prompts.at(1)));
        QVERIFY(prompts.at(1).contains(kLockedPdf));
        QCOMPARE(summary.handled(), 2);
        QCOMPARE(summary.imported, 2);
        QCOMPARE(summary.failed, 0);
        auto articles = m_project->articles().list();
        CLAIMBENCH_VERIFY_OK(articles);
        QCOMPARE(articles->size(), 2);
        // The page view finds it for the stored bytes, the file's, without asking.
        QFile locked(m_dir->filePath(u"in/"_s + kLockedPdf));
        QVERIFY(locked.open(QIODevice::ReadOnly));
        QCOMPARE(SessionPasswords::find(locked.readAll()), std::optional<QByteArray>(kPassword.toUtf8()));
    }

    // The batch's progress dialog is window-modal: up (or popping up after its
    // minimumDuration) while the prompt is open, it took the prompt's input.
    void noProgressDialogLivesWhileThePromptIsOpen()
    {
        QWidget window;
        window.resize(400, 300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Shown, at the prompt and after the dialogs' minimumDuration: one
        // left from the batch, or shown by its timer, takes the prompt's input.
        const auto liveProgressDialogs = [] {
            int shown = 0;
            for (QWidget *widget : QApplication::allWidgets())
                if (qobject_cast<QProgressDialog *>(widget) && widget->isVisible())
                    ++shown;
            return shown;
        };
        ImportController controller(&window);
        QList<int> progressSeen;
        QList<std::optional<QString>> answers{u"nope"_s, kPassword};
        controller.setPasswordPrompt([&](QWidget *, const QString &) {
            progressSeen.append(liveProgressDialogs());
            // Past the dialogs' minimumDuration, in a nested loop as a modal
            // prompt runs one (QTest::qWait would run deferred deletes).
            QEventLoop typing;
            QTimer::singleShot(600, &typing, &QEventLoop::quit);
            typing.exec();
            progressSeen.append(liveProgressDialogs());
            return answers.isEmpty() ? std::nullopt : answers.takeFirst();
        });
        QSignalSpy finished(&controller, &ImportController::finished);
        QSignalSpy batchImported(&controller, &ImportController::batchImported);
        QVERIFY(controller.start(m_project, {m_dir->filePath(u"in"_s)}));
        QVERIFY(finished.wait(20000));
        QCOMPARE(batchImported.size(), 1);
        QCOMPARE(progressSeen, QList<int>({0, 0, 0, 0}));
        QCOMPARE(finished.first().first().value<ImportSummary>().imported, 2);
    }

    void cancelSkipsTheFile()
    {
        QStringList prompts;
        const ImportSummary summary = importAnswering({std::nullopt}, prompts);
        QCOMPARE(prompts.size(), 1);
        QCOMPARE(summary.imported, 1);
        QCOMPARE(summary.failed, 1);
        const auto locked = std::find_if(summary.outcomes.cbegin(), summary.outcomes.cend(),
                                         [](const ImportOutcome &o) { return o.path.endsWith(kLockedPdf); });
        QVERIFY(locked != summary.outcomes.cend());
        QVERIFY(locked->needsPassword);
    }
};

QTEST_MAIN(TestImportPassword)
#include "tst_importpassword.moc"
