#include "common/freshprojects.h"
#include "common/projectauthor.h"
#include "common/resultcheck.h"
#include "core/commands/projectsession.h"
#include "core/domain/quoteplacement.h"
#include "core/store/project.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Claimbench;
using namespace Qt::StringLiterals;

// Issue 17, "the analyst chooses": an undo or redo refused because another
// analyst changed its rows since is put to the session's conflict resolver
// (the GUI asks). Keep Theirs writes nothing and drops the step; Apply Mine
// writes the step over the rows as they are now and keeps it, undoable.
class TestConflictChoice : public QObject
{
    Q_OBJECT

    FreshProjects m_projects;
    std::shared_ptr<Project> m_project;
    std::unique_ptr<ProjectSession> m_session;
    QList<Error> m_asked;        // what the resolver was shown
    ConflictChoice m_choice = ConflictChoice::KeepTheirs;
    qint64 m_claimId = 0;

    Claim stored() const { return m_project->claims().get(m_claimId).value_or(Claim{}); }
    QUndoStack *stack() const { return m_session->undoStack(); }

    // The session's value edit (63 -> 70), then another analyst's edit of the
    // same claim (value 99, a note) through its own write.
    void editThenTheirs()
    {
        Claim mine = stored();
        mine.value = 70;
        CLAIMBENCH_VERIFY_OK(m_session->updateClaim({mine, {}, {}}, u"Edit value of claim"_s));
        Claim theirs = stored();
        theirs.value = 99;
        theirs.note = u"theirs"_s;
        CLAIMBENCH_VERIFY_OK(m_project->claims().update(theirs));
    }

private Q_SLOTS:
    void init()
    {
        auto project = m_projects.open();
        CLAIMBENCH_VERIFY_OK(project);
        m_project = *project;
        Article article;
        article.title = u"Thin line"_s;
        article.body = u"The General Staff said 63 drones were launched on Thursday night."_s;
        CLAIMBENCH_VERIFY_OK(m_project->articles().add(article));
        Claim claim;
        claim.articleId = article.id;
        const int start = int(article.body.indexOf(u"63"_s));
        placeQuote(claim, article.body, start, start + 2);
        claim.value = 63;
        CLAIMBENCH_VERIFY_OK(m_project->claims().add(claim));
        m_claimId = claim.id;
        m_session = std::make_unique<ProjectSession>(m_project);
        m_asked.clear();
        m_session->setConflictResolver([this](const Error &conflict) {
            m_asked.append(conflict);
            return m_choice;
        });
    }
    void cleanup()
    {
        m_session.reset();
        m_project.reset();
    }

    // Keep Theirs: the other analyst's row stays, nothing is reported twice
    // (the analyst read the question), and the step leaves the stack.
    void keepTheirsWritesNothingAndDropsTheStep()
    {
        editThenTheirs();
        const Claim theirs = stored();
        QSignalSpy errors(m_session.get(), &ProjectSession::errorOccurred);
        m_choice = ConflictChoice::KeepTheirs;
        stack()->undo();
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(m_asked.first().code, Error::Code::Conflict);
        const QString message = m_asked.first().message;
        QVERIFY2(message.contains(u"was changed by %1 at "_s.arg(expectedAuthor(*m_project))), qPrintable(message));
        QVERIFY2(message.contains(u"its value is now 99, this step would make it 63"_s), qPrintable(message));
        QCOMPARE(errors.size(), 0);
        QCOMPARE(stored().value, theirs.value);
        QCOMPARE(stored().note, u"theirs"_s);
        QCOMPARE(stored().version, theirs.version);
        QCOMPARE(stack()->count(), 0);
    }

    // Apply Mine: the undo writes the step's row over theirs, and the step
    // stays, so that its redo and a second undo run without a conflict (the
    // row Apply Mine wrote is the one they expect).
    void applyMineWritesOverTheCurrentRowAndStaysUndoable()
    {
        editThenTheirs();
        QSignalSpy errors(m_session.get(), &ProjectSession::errorOccurred);
        m_choice = ConflictChoice::ApplyMine;
        stack()->undo();
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(errors.size(), 0);
        QCOMPARE(stored().value, std::optional<double>(63));
        QCOMPARE(stored().note, QString()); // the whole row as the step left it
        QCOMPARE(stack()->count(), 1);
        QVERIFY(stack()->canRedo());

        stack()->redo();
        QCOMPARE(stored().value, std::optional<double>(70));
        stack()->undo();
        QCOMPARE(stored().value, std::optional<double>(63));
        QCOMPARE(m_asked.size(), 1); // no further conflict
        QCOMPARE(errors.size(), 0);
        QCOMPARE(stack()->count(), 1);
    }

    // The same for a redo, and for a tag step.
    void applyMineRedoesOverTheirsAndTagStepsToo()
    {
        Claim mine = stored();
        mine.value = 70;
        CLAIMBENCH_VERIFY_OK(m_session->updateClaim({mine, {}, {}}, u"Edit value of claim"_s));
        stack()->undo();
        Claim theirs = stored();
        theirs.status = ClaimStatus::Disputed;
        CLAIMBENCH_VERIFY_OK(m_project->claims().update(theirs));
        m_choice = ConflictChoice::ApplyMine;
        stack()->redo();
        QCOMPARE(m_asked.size(), 1);
        QVERIFY2(m_asked.last().message.contains(u"its status is now disputed, this step would make it unverified"_s),
                 qPrintable(m_asked.last().message));
        QCOMPARE(stored().value, std::optional<double>(70));
        QCOMPARE(stored().status, ClaimStatus::Unverified);
        QVERIFY(stack()->canUndo());

        const Result<qint64> tag = m_session->createTag({0, 0, u"Drones"_s, {}, 0});
        CLAIMBENCH_VERIFY_OK(tag);
        CLAIMBENCH_VERIFY_OK(m_session->renameTag(*tag, u"Drones (air)"_s)); // joins the creation
        CLAIMBENCH_VERIFY_OK(m_session->renameTag(*tag, u"UAVs"_s));
        CLAIMBENCH_VERIFY_OK(m_project->tags().rename(*tag, u"Unmanned"_s));
        stack()->undo();
        QCOMPARE(m_asked.size(), 2);
        QVERIFY2(m_asked.last().message.contains(u"its name is now “Unmanned”, this step would make it “Drones (air)”"_s),
                 qPrintable(m_asked.last().message));
        QCOMPARE(m_project->tags().get(*tag)->name, u"Drones (air)"_s);
        stack()->redo();
        QCOMPARE(m_project->tags().get(*tag)->name, u"UAVs"_s);
        QCOMPARE(m_asked.size(), 2);
    }

    // A row another analyst deleted is no choice to put to the analyst (Apply
    // Mine could not bring it back): reported, nothing written, step dropped.
    void applyMineOverADeletedRowIsReported()
    {
        editThenTheirs();
        CLAIMBENCH_VERIFY_OK(m_project->claims().remove(m_claimId));
        QSignalSpy errors(m_session.get(), &ProjectSession::errorOccurred);
        m_choice = ConflictChoice::ApplyMine;
        stack()->undo();
        QCOMPARE(m_asked.size(), 0);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().first().value<Error>().code, Error::Code::NotFound);
        QVERIFY(!m_project->claims().get(m_claimId));
        QCOMPARE(stack()->count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestConflictChoice)
#include "tst_conflictchoice.moc"
