#include "common/freshprojects.h"
#include "common/resultcheck.h"
#include "core/commands/projectsession.h"
#include "core/domain/quoteplacement.h"
#include "core/store/project.h"
#include "ui/claimants/claimantsdialog.h"

#include <QLabel>
#include <QListView>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Claimbench;
using namespace Qt::StringLiterals;

class TestClaimantsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        auto project = m_projects.open();
        CLAIMBENCH_VERIFY_OK(project);
        m_project = *project;
        Article article;
        article.title = u"Estimates"_s;
        article.body = u"The UK Defense Ministry put the toll at 250,000; Britain's MoD said so again."_s;
        CLAIMBENCH_VERIFY_OK(m_project->articles().add(article));
        m_mod = {0, u"UK Defence Ministry"_s, {}};
        CLAIMBENCH_VERIFY_OK(m_project->claimants().add(m_mod));
        m_defense = {0, u"UK Defense Ministry"_s, {u"Britain's MoD"_s}};
        CLAIMBENCH_VERIFY_OK(m_project->claimants().add(m_defense));
        m_claim.articleId = article.id;
        m_claim.start = int(article.body.indexOf(u"250,000"_s));
        m_claim.end = m_claim.start + 7;
        m_claim.value = 250000;
        m_claim.claimantId = m_defense.id;
        placeQuote(m_claim, article.body, m_claim.start, m_claim.end);
        CLAIMBENCH_VERIFY_OK(m_project->claims().add(m_claim));
        m_session = std::make_unique<ProjectSession>(m_project);
        m_dialog = std::make_unique<ClaimantsDialog>(m_session.get());
    }
    void cleanup()
    {
        m_dialog.reset();
        m_session.reset();
        m_project.reset();
    }

    void listsEveryClaimantWithItsSpellings()
    {
        QCOMPARE(m_dialog->list()->model()->rowCount(), 2);
        m_dialog->selectClaimant(m_defense.id);
        QCOMPARE(m_dialog->selectedClaimant(), m_defense.id);
        QVERIFY2(m_dialog->spellingsLabel()->text().contains(u"Britain's MoD"_s),
                 qPrintable(m_dialog->spellingsLabel()->text()));
    }

    // The analyst's fix for two spellings of one ministry: merge, and every
    // claim and spelling belongs to the one left; Undo splits them again.
    void mergeMakesOneClaimantAndUndoSplitsIt()
    {
        m_dialog->selectClaimant(m_defense.id);
        QVERIFY(m_dialog->mergeInto(m_mod.id));
        QCOMPARE(m_dialog->list()->model()->rowCount(), 1);
        QCOMPARE(m_dialog->selectedClaimant(), m_mod.id);
        QVERIFY2(m_dialog->spellingsLabel()->text().contains(u"UK Defense Ministry"_s),
                 qPrintable(m_dialog->spellingsLabel()->text()));
        QCOMPARE(m_project->claims().get(m_claim.id)->claimantId, m_mod.id);
        const auto resolved = m_project->claimants().findByNameOrAlias(u"britain's mod"_s);
        CLAIMBENCH_VERIFY_OK(resolved);
        QCOMPARE((*resolved)->id, m_mod.id);

        m_session->undoStack()->undo();
        QCOMPARE(m_dialog->list()->model()->rowCount(), 2);
        QCOMPARE(m_project->claims().get(m_claim.id)->claimantId, m_defense.id);
        QCOMPARE(m_project->claimants().get(m_defense.id)->aliases, QStringList{u"Britain's MoD"_s});
    }

    void aliasIsAddedAndATakenOneIsRefusedWithItsReason()
    {
        m_dialog->selectClaimant(m_mod.id);
        QVERIFY(m_dialog->addAlias(u"  Ministry of Defence (UK) "_s));
        QCOMPARE(m_project->claimants().get(m_mod.id)->aliases, QStringList{u"Ministry of Defence (UK)"_s});
        QCOMPARE(m_session->undoStack()->count(), 1);

        QVERIFY(!m_dialog->addAlias(u"Britain's MoD"_s));
        QVERIFY2(m_dialog->messageLabel()->text().contains(u"already names another claimant"_s),
                 qPrintable(m_dialog->messageLabel()->text()));
        QCOMPARE(m_session->undoStack()->count(), 1);
        QCOMPARE(m_project->claimants().get(m_mod.id)->aliases, QStringList{u"Ministry of Defence (UK)"_s});
    }

private:
    FreshProjects m_projects;
    std::shared_ptr<Project> m_project;
    std::unique_ptr<ProjectSession> m_session;
    std::unique_ptr<ClaimantsDialog> m_dialog;
    Claimant m_mod;
    Claimant m_defense;
    Claim m_claim;
};

QTEST_MAIN(TestClaimantsDialog)
#include "tst_claimantsdialog.moc"
