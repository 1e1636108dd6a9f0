// No lost update, ever (SPEC, team server): several processes edit the same
// few claims at once, each edit made against the row as that process read
// it. Every edit that committed must be in the final rows, and every one
// that did not must have been refused to its author (Conflict), never
// dropped in silence. The children are this executable in worker mode.
#include "common/freshprojects.h"
#include "common/resultcheck.h"
#include "core/domain/quoteplacement.h"
#include "core/store/project.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSet>
#include <QTest>

#include <cstdio>
#include <memory>
#include <vector>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWorkers = 4;
constexpr int kEditsPerWorker = 2000;
constexpr int kClaims = 12; // few, so that the workers meet often

// Worker: `edits` times, reads one of the claims and appends its token to
// the note, expecting the row it read. Prints one line per edit: "ok TOKEN"
// or "conflict TOKEN", or "error TOKEN MESSAGE" for any other failure.
int runWorker(const QString &location, int worker, int edits)
{
    auto project = Project::open(location);
    if (!project) {
        std::fprintf(stdout, "error open %s\n", qPrintable(project.error().toString()));
        return 2;
    }
    auto ids = (*project)->claims().list();
    if (!ids || ids->size() != kClaims) {
        std::fprintf(stdout, "error list\n");
        return 2;
    }
    QList<qint64> claimIds;
    for (const Claim &claim : *ids)
        claimIds << claim.id;
    for (int i = 0; i < edits; ++i) {
        const QString token = u"w%1e%2"_s.arg(worker).arg(i);
        const qint64 id = claimIds.at((i * 7 + worker * 3) % kClaims);
        auto read = (*project)->claims().get(id);
        if (!read) {
            std::fprintf(stdout, "error %s %s\n", qPrintable(token), qPrintable(read.error().toString()));
            continue;
        }
        Claim edited = *read;
        edited.note += u' ' + token;
        ClaimChange change;
        change.replaced = {edited};
        change.expected = {*read};
        const auto written = (*project)->claims().apply(change);
        if (written)
            std::fprintf(stdout, "ok %s\n", qPrintable(token));
        else if (written.error().code == Error::Code::Conflict)
            std::fprintf(stdout, "conflict %s\n", qPrintable(token));
        else
            std::fprintf(stdout, "error %s %s\n", qPrintable(token), qPrintable(written.error().toString()));
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

class TestConcurrentEdits : public QObject
{
    Q_OBJECT

    FreshProjects m_projects;

private Q_SLOTS:
    void noCommittedEditIsLostAndEveryRefusalIsReported()
    {
        auto location = m_projects.location();
        CLAIMBENCH_VERIFY_OK(location);
        {
            auto project = Project::open(*location, Project::OpenMode::CreateIfMissing);
            CLAIMBENCH_VERIFY_OK(project);
            Article article;
            article.title = u"Shared article"_s;
            article.body = u"12 drones, 40 missiles and 7 jets were reported overnight."_s;
            CLAIMBENCH_VERIFY_OK((*project)->articles().add(article));
            for (int i = 0; i < kClaims; ++i) {
                Claim claim;
                claim.articleId = article.id;
                placeQuote(claim, article.body, 0, 2);
                CLAIMBENCH_VERIFY_OK((*project)->claims().add(claim));
            }
        }

        std::vector<std::unique_ptr<QProcess>> workers;
        for (int w = 0; w < kWorkers; ++w) {
            auto process = std::make_unique<QProcess>();
            process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            process->start(QCoreApplication::applicationFilePath(),
                           {u"--worker"_s, *location, QString::number(w), QString::number(kEditsPerWorker)});
            QVERIFY2(process->waitForStarted(), qPrintable(process->errorString()));
            workers.push_back(std::move(process));
        }
        QSet<QString> committed;
        int refused = 0;
        for (auto &process : workers) {
            QVERIFY2(process->waitForFinished(600'000), "a worker did not finish within 10 minutes");
            QCOMPARE(process->exitCode(), 0);
            const QList<QByteArray> lines = process->readAllStandardOutput().split('\n');
            int answered = 0;
            for (const QByteArray &line : lines) {
                if (line.isEmpty())
                    continue;
                ++answered;
                const QList<QByteArray> words = line.split(' ');
                QVERIFY2(words.size() >= 2 && words[0] != "error", line.constData());
                if (words[0] == "ok")
                    committed.insert(QString::fromLatin1(words[1]));
                else
                    ++refused;
            }
            QCOMPARE(answered, kEditsPerWorker); // every edit heard back
        }
        QCOMPARE(int(committed.size()) + refused, kWorkers * kEditsPerWorker);
        QVERIFY2(committed.size() >= kClaims, "the workers committed almost nothing");

        auto project = Project::open(*location, Project::OpenMode::ReadOnly);
        CLAIMBENCH_VERIFY_OK(project);
        auto claims = (*project)->claims().list();
        CLAIMBENCH_VERIFY_OK(claims);
        QSet<QString> stored;
        qint64 versions = 0;
        for (const Claim &claim : *claims) {
            for (const QString &token : claim.note.split(u' ', Qt::SkipEmptyParts))
                stored.insert(token);
            versions += claim.version - 1; // each committed edit raised it once
        }
        // Every committed edit is in the rows, nothing else is.
        QCOMPARE(stored.size(), committed.size());
        QVERIFY(stored == committed);
        QCOMPARE(versions, qint64(committed.size()));
        qInfo("%lld edits committed, %d refused as conflicts, out of %d", qint64(committed.size()), refused,
              kWorkers * kEditsPerWorker);
    }
};

int main(int argc, char **argv)
{
    if (argc == 5 && qstrcmp(argv[1], "--worker") == 0) {
        QCoreApplication app(argc, argv);
        return runWorker(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt(), QByteArray(argv[4]).toInt());
    }
    QCoreApplication app(argc, argv);
    TestConcurrentEdits test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_concurrentedits.moc"
