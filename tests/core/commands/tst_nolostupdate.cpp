#include "common/projectauthor.h"
#include "common/resultcheck.h"
#include "common/twoanalysts.h"
#include "core/commands/projectsession.h"
#include "core/models/claimstablemodel.h"
#include "core/store/project.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Claimbench;
using namespace Qt::StringLiterals;

// Issue 17, "no lost update, ever": two analysts (two sessions, each on its
// own connection to the same project) edit one claim. A's edit of the claim
// as A read it -- the claim editor's draft, a claims table row, a bulk
// setter's rows -- is refused once B changed the claim since, naming who and
// both values, and B's value stays; Apply Mine then writes A's as one
// undoable step, Keep Theirs writes nothing.
class TestNoLostUpdate : public QObject
{
    Q_OBJECT

    FreshProjects m_projects;
    std::shared_ptr<Project> m_mine;
    std::shared_ptr<Project> m_theirs;
    std::unique_ptr<ProjectSession> m_session;       // analyst A
    std::unique_ptr<ProjectSession> m_theirSession;  // analyst B
    QList<Error> m_asked;
    std::optional<ConflictChoice> m_choice; // nullopt: no resolver (the CLI)
    qint64 m_claimId = 0;

    Claim stored() const { return m_mine->claims().get(m_claimId).value_or(Claim{}); }

    // B sets the value to 99 through its own session and connection.
    void theirValueEdit()
    {
        Claim theirs = m_theirs->claims().get(m_claimId).value_or(Claim{});
        theirs.value = 99;
        CLAIMBENCH_VERIFY_OK(m_theirSession->updateClaim({theirs, {}, {}}, u"Edit value of claim"_s));
    }

    void useResolver(std::optional<ConflictChoice> choice)
    {
        m_choice = choice;
        if (!choice) {
            m_session->setConflictResolver({});
            return;
        }
        m_session->setConflictResolver([this](const Error &conflict) {
            m_asked.append(conflict);
            return *m_choice;
        });
    }

    // The refusal names who changed the claim and B's value beside A's.
    void verifyNamesTheirChange(const QString &message, const QString &theirs, const QString &mine)
    {
        QVERIFY2(message.contains(u"was changed by %1 at "_s.arg(expectedAuthor(*m_theirs))), qPrintable(message));
        QVERIFY2(message.contains(u"its value is now %1, this step would make it %2"_s.arg(theirs, mine)),
                 qPrintable(message));
    }

private Q_SLOTS:
    void init()
    {
        TwoAnalysts analysts;
        CLAIMBENCH_VERIFY_OK(analysts.open(m_projects));
        m_mine = analysts.mine;
        m_theirs = analysts.theirs;
        m_claimId = analysts.claimId;
        m_session = std::make_unique<ProjectSession>(m_mine);
        m_theirSession = std::make_unique<ProjectSession>(m_theirs);
        m_asked.clear();
        useResolver(std::nullopt);
    }
    void cleanup()
    {
        m_session.reset();
        m_theirSession.reset();
        m_theirs.reset();
        m_mine.reset();
    }

    // The claim editor's save: its draft is the claim as A read it.
    void editorSaveAfterTheirsIsRefused()
    {
        Claim mine = stored();
        theirValueEdit();
        mine.value = 70;
        QSignalSpy changed(m_session.get(), &ProjectSession::claimsChanged);
        const Result<void> saved = m_session->updateClaim({mine, {}, {}}, u"Edit value"_s);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, Error::Code::Conflict);
        verifyNamesTheirChange(saved.error().message, u"99"_s, u"70"_s);
        QCOMPARE(stored().value, std::optional<double>(99));
        QCOMPARE(m_session->undoStack()->count(), 0);
        QCOMPARE(changed.size(), 1); // views read B's row again
    }

    // A's change of ANOTHER field is refused too: its draft holds the value
    // B changed since, which the save would put back.
    void saveOfAnotherFieldAfterTheirsIsRefused()
    {
        Claim mine = stored();
        theirValueEdit();
        mine.note = u"mine"_s;
        const Result<void> saved = m_session->updateClaim({mine, {}, {}}, u"Edit note"_s);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, Error::Code::Conflict);
        verifyNamesTheirChange(saved.error().message, u"99"_s, u"63"_s);
        QCOMPARE(stored().value, std::optional<double>(99));
        QCOMPARE(stored().note, QString());
    }

    // Saves of the claim as last read go through, one after another.
    void saveOfTheStoredRowIsWritten()
    {
        Claim mine = stored();
        mine.value = 70;
        CLAIMBENCH_VERIFY_OK(m_session->updateClaim({mine, {}, {}}, u"Edit value"_s));
        Claim again = stored();
        again.note = u"mine"_s;
        CLAIMBENCH_VERIFY_OK(m_session->updateClaim({again, {}, {}}, u"Edit note"_s));
        QCOMPARE(stored().value, std::optional<double>(70));
        QCOMPARE(stored().note, u"mine"_s);
        QCOMPARE(m_session->undoStack()->count(), 2);
    }

    // Apply Mine: A's values over B's row, one step whose undo brings B's back.
    void applyMineWritesMineAsOneUndoableStep()
    {
        useResolver(ConflictChoice::ApplyMine);
        Claim mine = stored();
        theirValueEdit();
        mine.value = 70;
        QSignalSpy errors(m_session.get(), &ProjectSession::errorOccurred);
        CLAIMBENCH_VERIFY_OK(m_session->updateClaim({mine, {}, {}}, u"Edit value"_s));
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(m_asked.first().code, Error::Code::Conflict);
        verifyNamesTheirChange(m_asked.first().message, u"99"_s, u"70"_s);
        QCOMPARE(stored().value, std::optional<double>(70));
        QCOMPARE(m_session->undoStack()->count(), 1);
        m_session->undoStack()->undo();
        QCOMPARE(stored().value, std::optional<double>(99));
        m_session->undoStack()->redo();
        QCOMPARE(stored().value, std::optional<double>(70));
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(errors.size(), 0);
    }

    // Keep Theirs: nothing written, nothing pushed, nothing reported twice.
    void keepTheirsWritesNothing()
    {
        useResolver(ConflictChoice::KeepTheirs);
        Claim mine = stored();
        theirValueEdit();
        const qint64 theirVersion = stored().version;
        mine.value = 70;
        QSignalSpy errors(m_session.get(), &ProjectSession::errorOccurred);
        CLAIMBENCH_VERIFY_OK(m_session->updateClaim({mine, {}, {}}, u"Edit value"_s));
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(stored().value, std::optional<double>(99));
        QCOMPARE(stored().version, theirVersion);
        QCOMPARE(m_session->undoStack()->count(), 0);
        QCOMPARE(errors.size(), 0);
    }

    // The claims table's inline edit: the row as shown, not as re-read.
    void tableInlineEditAfterTheirsIsRefused()
    {
        ClaimsTableModel model;
        QAbstractItemModelTester tester(&model);
        model.setSession(m_session.get());
        QCOMPARE(model.rowCount(), 2);
        const int row = model.claimIdAt(0) == m_claimId ? 0 : 1;
        theirValueEdit();
        QSignalSpy errors(&model, &ClaimsTableModel::errorOccurred);
        QVERIFY(!model.setData(model.index(row, ClaimsTableModel::ValueColumn), u"70"_s));
        QCOMPARE(errors.size(), 1);
        const auto error = errors.first().first().value<Error>();
        QCOMPARE(error.code, Error::Code::Conflict);
        verifyNamesTheirChange(error.message, u"99"_s, u"70"_s);
        QCOMPARE(stored().value, std::optional<double>(99));
        // The refusal showed B's row in the table.
        QCOMPARE(model.data(model.index(row, ClaimsTableModel::ValueColumn), ClaimsTableModel::RawValueRole).toDouble(),
                 99.0);

        // Once seen, the next edit is made against B's row: written.
        QVERIFY(model.setData(model.index(row, ClaimsTableModel::ValueColumn), u"71"_s));
        QCOMPARE(stored().value, std::optional<double>(71));
    }

    void tableInlineEditApplyMine()
    {
        useResolver(ConflictChoice::ApplyMine);
        ClaimsTableModel model;
        QAbstractItemModelTester tester(&model);
        model.setSession(m_session.get());
        const int row = model.claimIdAt(0) == m_claimId ? 0 : 1;
        theirValueEdit();
        QVERIFY(model.setData(model.index(row, ClaimsTableModel::ValueColumn), u"70"_s));
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(stored().value, std::optional<double>(70));
        QCOMPARE(m_session->undoStack()->count(), 1);
    }

    // A bulk setter over both rows: one Conflict refuses the whole step.
    void tableBulkSetterAfterTheirsIsRefused()
    {
        ClaimsTableModel model;
        QAbstractItemModelTester tester(&model);
        model.setSession(m_session.get());
        theirValueEdit();
        const Result<void> set = model.setStatus({0, 1}, ClaimStatus::Disputed);
        QVERIFY(!set);
        QCOMPARE(set.error().code, Error::Code::Conflict);
        verifyNamesTheirChange(set.error().message, u"99"_s, u"63"_s);
        QCOMPARE(stored().value, std::optional<double>(99));
        QCOMPARE(stored().status, ClaimStatus::Unverified);
        for (int row = 0; row < 2; ++row)
            QCOMPARE(m_mine->claims().get(model.claimIdAt(row))->status, ClaimStatus::Unverified);

        useResolver(ConflictChoice::ApplyMine);
        // The refusal reloaded the rows: B's value is what A now sees and keeps.
        CLAIMBENCH_VERIFY_OK(model.setStatus({0, 1}, ClaimStatus::Disputed));
        QCOMPARE(m_asked.size(), 0);
        QCOMPARE(stored().value, std::optional<double>(99));
        QCOMPARE(stored().status, ClaimStatus::Disputed);
    }
};

QTEST_GUILESS_MAIN(TestNoLostUpdate)
#include "tst_nolostupdate.moc"
