// A team server restarting while an analyst edits: the step that meets the
// lost connection says so clearly, the next one reconnects on its own, and no
// committed edit is lost. The server is a cluster of this test's own
// (scripts/pg-cluster.sh), since restarting the shared test server would cut
// the other suites' connections.
#include "common/resultcheck.h"
#include "core/domain/quoteplacement.h"
#include "core/store/project.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

const QString kClusterScript = QStringLiteral(CLAIMBENCH_SOURCE_DIR "/scripts/pg-cluster.sh");

// Runs pg-cluster.sh ACTION DIR; its standard output, or nullopt.
std::optional<QString> cluster(const QString &action, const QString &dir)
{
    QProcess script;
    script.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    script.start(u"bash"_s, {kClusterScript, action, dir});
    if (!script.waitForFinished(120'000) || script.exitStatus() != QProcess::NormalExit || script.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(script.readAllStandardOutput()).trimmed();
}

} // namespace

class TestServerRestart : public QObject
{
    Q_OBJECT

    QTemporaryDir m_parent;
    QString m_dir;
    QString m_url; // the project's database

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_parent.isValid());
        // World-readable parents: as root the cluster runs as the postgres account.
        QFile::setPermissions(m_parent.path(), QFile::permissions(m_parent.path()) | QFile::ExeOther | QFile::ReadOther);
        m_dir = m_parent.filePath(u"cluster"_s);
        const auto admin = cluster(u"start"_s, m_dir);
        QVERIFY2(admin, "pg-cluster.sh could not start a cluster (is postgresql-15 installed?)");
        // The admin URL names the "postgres" database; the project gets one of its own.
        QProcess createdb;
        createdb.start(u"psql"_s, {*admin, u"-qc"_s, u"CREATE DATABASE restart_test"_s});
        QVERIFY(createdb.waitForFinished(60'000));
        QCOMPARE(createdb.exitCode(), 0);
        m_url = QString(*admin).replace(u"@/postgres?"_s, u"@/restart_test?"_s);
    }

    void cleanupTestCase()
    {
        if (!m_dir.isEmpty())
            cluster(u"stop"_s, m_dir);
    }

    void restartLosesNoCommittedEditAndReconnects()
    {
        auto project = Project::open(m_url, Project::OpenMode::CreateIfMissing);
        CLAIMBENCH_VERIFY_OK(project);
        Article article;
        article.title = u"Before the restart"_s;
        article.body = u"63 drones were launched overnight."_s;
        CLAIMBENCH_VERIFY_OK((*project)->articles().add(article));
        QList<qint64> committed;
        for (int i = 0; i < 20; ++i) {
            Claim claim;
            claim.articleId = article.id;
            placeQuote(claim, article.body, 0, 2);
            claim.note = u"edit %1"_s.arg(i);
            CLAIMBENCH_VERIFY_OK((*project)->claims().add(claim));
            committed << claim.id;
        }

        QVERIFY(cluster(u"restart"_s, m_dir));

        // The first step after the restart meets the cut connection.
        Claim during;
        during.articleId = article.id;
        placeQuote(during, article.body, 0, 2);
        const auto lost = (*project)->claims().add(during);
        QVERIFY(!lost);
        QCOMPARE(lost.error().code, Error::Code::Disconnected);
        QVERIFY2(lost.error().message.contains(u"reconnects"_s), qPrintable(lost.error().message));

        // The next one reconnects by itself.
        Claim after;
        after.articleId = article.id;
        placeQuote(after, article.body, 0, 2);
        after.note = u"after the restart"_s;
        CLAIMBENCH_VERIFY_OK((*project)->claims().add(after));
        committed << after.id;

        auto stored = (*project)->claims().list();
        CLAIMBENCH_VERIFY_OK(stored);
        QList<qint64> ids;
        for (const Claim &claim : *stored)
            ids << claim.id;
        for (const qint64 id : std::as_const(committed))
            QVERIFY2(ids.contains(id), qPrintable(u"committed claim %1 is gone"_s.arg(id)));
        QCOMPARE(ids.size(), committed.size());
    }
};

QTEST_GUILESS_MAIN(TestServerRestart)
#include "tst_serverrestart.moc"
