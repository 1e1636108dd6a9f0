#include "common/resultcheck.h"
#include "common/teamserver.h"
#include "core/commands/projectsession.h"
#include "core/models/claimstablemodel.h"
#include "core/store/project.h"
#include "core/store/serveradmin.h"
#include "ui/claimeditor/claimeditorpanel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

// The claim editor offers a team server's role only what the role may do
// (Project::access): a reviewer the status and note, a viewer nothing.
// Against CLAIMBENCH_TEST_SERVER, connected as each role; skipped without it.
class TestClaimEditorAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldsFollowTheRole_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("valuesEditable");
        QTest::addColumn<bool>("statusEditable");
        QTest::addColumn<bool>("noteEditable");
        QTest::newRow("analyst") << int(TeamRole::Analyst) << true << true << true;
        QTest::newRow("reviewer") << int(TeamRole::Reviewer) << false << true << true;
        QTest::newRow("viewer") << int(TeamRole::Viewer) << false << false << false;
    }

    void fieldsFollowTheRole()
    {
        QFETCH(int, role);
        QFETCH(bool, valuesEditable);
        QFETCH(bool, statusEditable);
        QFETCH(bool, noteEditable);
        if (const QString why = TeamServer::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        TeamServer server;
        CLAIMBENCH_VERIFY_OK(ServerAdmin::init(server.address(), server.adminRole()));
        qint64 claimId = 0;
        {
            auto owner = Project::open(server.address(server.adminRole()));
            CLAIMBENCH_VERIFY_OK(owner);
            Article article;
            article.title = u"Night of drones"_s;
            article.body = u"63 drones were launched overnight."_s;
            CLAIMBENCH_VERIFY_OK((*owner)->articles().add(article));
            Claim claim;
            claim.articleId = article.id;
            claim.end = 9;
            claim.quote = u"63 drones"_s;
            claim.value = 63;
            CLAIMBENCH_VERIFY_OK((*owner)->claims().add(claim));
            claimId = claim.id;
        }
        const QString user = server.role(u"member"_s);
        CLAIMBENCH_VERIFY_OK(ServerAdmin::grant(server.address(), user, TeamRole(role)));
        auto project = Project::open(server.address(user));
        CLAIMBENCH_VERIFY_OK(project);
        ProjectSession session(*project);
        QWidget window;
        auto *panel = new ClaimEditorPanel(&session, &window);
        panel->showClaim(claimId);

        auto *value = panel->findChild<QLineEdit *>(u"claimValue"_s);
        auto *status = panel->findChild<QComboBox *>(u"claimStatus"_s);
        auto *note = panel->findChild<QPlainTextEdit *>(u"claimNote"_s);
        QVERIFY(value && status && note);
        QCOMPARE(value->text(), u"63"_s);
        QCOMPARE(value->isEnabled(), valuesEditable);
        QCOMPARE(status->isEnabled(), statusEditable);
        QCOMPARE(!note->isReadOnly(), noteEditable);

        // The claims table's inline edits, decided by its model.
        ClaimsTableModel table;
        table.setSession(&session);
        QTRY_COMPARE(table.rowCount(), 1);
        const auto editable = [&](int column) {
            return bool(table.flags(table.index(0, column)) & Qt::ItemIsEditable);
        };
        QCOMPARE(editable(ClaimsTableModel::ValueColumn), valuesEditable);
        QCOMPARE(editable(ClaimsTableModel::StatusColumn), statusEditable);
    }
};

QTEST_MAIN(TestClaimEditorAccess)
#include "tst_claimeditoraccess.moc"
