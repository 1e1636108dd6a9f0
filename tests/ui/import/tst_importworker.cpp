#include "common/resultcheck.h"
#include "core/store/project.h"
#include "ui/import/importworker.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <new>

using namespace Claimbench;
using namespace Qt::StringLiterals;

// More files than one import transaction holds, so that a cancel during the
// first batch's reports leaves files unread.
constexpr int kFileCount = ArticleImporter::kBatchArticles + 50;

// A worker whose import runs out of memory whenever the files it is given
// include `hungry`, as a file too large for the memory left would.
class HungryImportWorker : public ImportWorker
{
public:
    HungryImportWorker(std::shared_ptr<Project> project, QStringList paths, QString hungry)
        : ImportWorker(std::move(project), std::move(paths))
        , m_hungry(std::move(hungry))
    {
    }

protected:
    QList<ImportOutcome> importFiles(ArticleImporter &importer, const QStringList &files,
                                     const ArticleImporter::Progress &progress) override
    {
        if (files.contains(m_hungry))
            throw std::bad_alloc();
        return ImportWorker::importFiles(importer, files, progress);
    }

private:
    QString m_hungry;
};

// The worker is driven on the test's own thread here, so that cancelling from
// the progress signal is deterministic; tst_mainwindow runs it on its thread.
class TestImportWorker : public QObject
{
    Q_OBJECT
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
        for (int i = 0; i < kFileCount; ++i) {
            QFile file(m_dir->filePath(u"in/%1.txt"_s.arg(i)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Title: Report " + QByteArray::number(i) + "\n\n" + QByteArray::number(i * 1000)
                       + " drones were launched.\n");
        }
    }

    void cleanup()
    {
        m_project.reset();
        m_dir.reset();
    }

    void importsEveryFileAndReportsProgressInOrder()
    {
        ImportWorker worker(m_project, {m_dir->filePath(u"in"_s)});
        QSignalSpy started(&worker, &ImportWorker::started);
        QSignalSpy progressed(&worker, &ImportWorker::progressed);
        QSignalSpy finished(&worker, &ImportWorker::finished);
        worker.run();
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.at(0).at(0).toInt(), kFileCount);
        QCOMPARE(progressed.count(), kFileCount);
        for (int i = 0; i < kFileCount; ++i) {
            QCOMPARE(progressed.at(i).at(0).toInt(), i + 1);
            QCOMPARE(progressed.at(i).at(1).toInt(), kFileCount);
        }
        QCOMPARE(finished.count(), 1);
        const auto outcomes = finished.at(0).at(0).value<QList<ImportOutcome>>();
        QCOMPARE(outcomes.size(), kFileCount);
        QVERIFY(!finished.at(0).at(2).toBool());
        auto listed = m_project->articles().list();
        QVERIFY(listed);
        QCOMPARE(listed->size(), kFileCount);
    }

    void cancelStopsAfterTheCurrentFile()
    {
        ImportWorker worker(m_project, {m_dir->filePath(u"in"_s)});
        connect(&worker, &ImportWorker::progressed, &worker, [&worker](int done) {
            if (done == 2)
                worker.cancel();
        });
        QSignalSpy progressed(&worker, &ImportWorker::progressed);
        QSignalSpy finished(&worker, &ImportWorker::finished);
        worker.run();
        QCOMPARE(progressed.count(), 2);
        QCOMPARE(finished.count(), 1);
        // The importer returns what its transactions committed before the
        // cancel: at least the two reported, never every file.
        const auto outcomes = finished.at(0).at(0).value<QList<ImportOutcome>>();
        QVERIFY(outcomes.size() >= 2);
        QVERIFY(outcomes.size() < kFileCount);
        QCOMPARE(finished.at(0).at(1).toInt(), kFileCount);
        QVERIFY(finished.at(0).at(2).toBool());
        auto listed = m_project->articles().list();
        QVERIFY(listed);
        QCOMPARE(listed->size(), outcomes.size());
    }

    // Regression: std::bad_alloc escaped the worker's thread and ended the
    // program with the import in flight.
    void aFileOutOfMemoryFailsAlone()
    {
        const QStringList files = ArticleImporter::collectFiles({m_dir->filePath(u"in"_s)});
        const QString hungry = files.at(3);
        HungryImportWorker worker(m_project, {m_dir->filePath(u"in"_s)}, hungry);
        QSignalSpy progressed(&worker, &ImportWorker::progressed);
        QSignalSpy finished(&worker, &ImportWorker::finished);
        worker.run();
        QCOMPARE(progressed.count(), kFileCount);
        QCOMPARE(finished.count(), 1);
        const auto outcomes = finished.at(0).at(0).value<QList<ImportOutcome>>();
        QCOMPARE(outcomes.size(), kFileCount);
        for (qsizetype i = 0; i < outcomes.size(); ++i) {
            QCOMPARE(outcomes.at(i).path, files.at(i));
            QCOMPARE(outcomes.at(i).status,
                     i == 3 ? ImportOutcome::Status::Failed : ImportOutcome::Status::Imported);
        }
        QVERIFY(outcomes.at(3).reason.contains(u"not enough memory"_s, Qt::CaseInsensitive));
        QVERIFY(!finished.at(0).at(2).toBool());
        auto listed = m_project->articles().list();
        QVERIFY(listed);
        QCOMPARE(listed->size(), kFileCount - 1);
    }

private:
    std::optional<QTemporaryDir> m_dir;
    std::shared_ptr<Project> m_project;
};

QTEST_GUILESS_MAIN(TestImportWorker)
#include "tst_importworker.moc"
