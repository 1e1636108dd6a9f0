#include "common/resultcheck.h"
#include "common/twoanalysts.h"
#include "core/commands/projectsession.h"
#include "core/models/namelistmodel.h"
#include "core/store/project.h"
#include "ui/claimeditor/claimeditorpanel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

using namespace Claimbench;
using namespace Qt::StringLiterals;

// Issue 17, no lost update from the claim editor: analyst A's panel and
// analyst B's session on two connections to one project. A save of what A
// typed is checked against the version A's panel read; a Conflict is put to
// A (Keep Theirs / Apply Mine) with A's text still in its field; and A's
// typing survives the panel reading the claim again after any save, by the
// rule of ClaimFieldDrafts: a field B did not change merges, one B changed
// conflicts.
class TestClaimEditorConflict : public QObject
{
    Q_OBJECT

    FreshProjects m_projects;
    std::shared_ptr<Project> m_mine;
    std::shared_ptr<Project> m_theirs;
    std::unique_ptr<ProjectSession> m_session;      // A's, which the panel edits through
    std::unique_ptr<ProjectSession> m_theirSession; // B's
    std::unique_ptr<QWidget> m_window;
    ClaimEditorPanel *m_panel = nullptr;
    QLineEdit *m_elsewhere = nullptr;
    QList<Error> m_asked;
    QString m_valueWhileAsked; // what A's value field showed during the question
    ConflictChoice m_choice = ConflictChoice::KeepTheirs;
    qint64 m_claimId = 0;
    qint64 m_otherClaimId = 0; // another claim of the same article

    Claim stored(qint64 id = 0) const { return m_mine->claims().get(id ? id : m_claimId).value_or(Claim{}); }
    QLineEdit *valueField() const { return m_panel->findChild<QLineEdit *>(u"claimValue"_s); }
    QPlainTextEdit *noteField() const { return m_panel->findChild<QPlainTextEdit *>(u"claimNote"_s); }

    // A types into the value field, not saving yet.
    void typeValue(const QString &text)
    {
        QLineEdit *value = valueField();
        value->setFocus();
        value->selectAll();
        QTest::keyClicks(value, text);
    }
    // B edits the claim through its own session and connection.
    void theirEdit(const std::function<void(Claim &)> &change)
    {
        Claim theirs = m_theirs->claims().get(m_claimId).value_or(Claim{});
        change(theirs);
        CLAIMBENCH_VERIFY_OK(m_theirSession->updateClaim({theirs, {}, {}}, u"Edit claim"_s));
    }
    // B adds a claimant (or metric) `name`; A's session hears of it (on a
    // server the change feed says so, within a second).
    void addTheirName(bool claimant, const QString &name)
    {
        if (claimant) {
            Claimant added;
            added.name = name;
            CLAIMBENCH_VERIFY_OK(m_theirs->claimants().add(added));
            Q_EMIT m_session->claimantsChanged();
        } else {
            Metric added;
            added.name = name;
            CLAIMBENCH_VERIFY_OK(m_theirs->metrics().add(added));
            Q_EMIT m_session->metricsChanged();
        }
    }
    // A's own save of ANOTHER claim of the article, which reloads A's panel
    // (on either backend; a server's change feed may reload it earlier).
    void mySaveOfAnotherClaim()
    {
        Claim other = stored(m_otherClaimId);
        other.status = ClaimStatus::Corroborated;
        CLAIMBENCH_VERIFY_OK(m_session->updateClaim({other, {}, {}}, u"Edit status"_s));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        TwoAnalysts analysts;
        CLAIMBENCH_VERIFY_OK(analysts.open(m_projects));
        m_mine = analysts.mine;
        m_theirs = analysts.theirs;
        m_claimId = analysts.claimId;
        m_otherClaimId = analysts.otherClaimId;
        m_session = std::make_unique<ProjectSession>(m_mine);
        m_theirSession = std::make_unique<ProjectSession>(m_theirs);
        m_asked.clear();
        m_valueWhileAsked.clear();
        m_session->setConflictResolver([this](const Error &conflict) {
            m_asked.append(conflict);
            m_valueWhileAsked = valueField()->text();
            return m_choice;
        });

        m_window = std::make_unique<QWidget>();
        m_panel = new ClaimEditorPanel(m_session.get(), m_window.get());
        m_elsewhere = new QLineEdit(m_window.get());
        auto *layout = new QVBoxLayout(m_window.get());
        layout->addWidget(m_panel);
        layout->addWidget(m_elsewhere);
        m_window->resize(380, 640);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_panel->showClaim(m_claimId);
        QCOMPARE(valueField()->text(), u"63"_s);
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_theirSession.reset();
        m_theirs.reset();
        m_mine.reset();
    }

    // A typed 70, B saved 99 meanwhile: A's save is put to A, A's 70 still
    // showing; Apply Mine writes it as one undoable step.
    void saveAfterTheirsAsksAndApplyMineWritesMine()
    {
        typeValue(u"70"_s);
        theirEdit([](Claim &c) { c.value = 99; });
        m_choice = ConflictChoice::ApplyMine;
        QTest::keyClick(valueField(), Qt::Key_Return);
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(m_asked.first().code, Error::Code::Conflict);
        QVERIFY2(m_asked.first().message.contains(u"its value is now 99, this step would make it 70"_s),
                 qPrintable(m_asked.first().message));
        QCOMPARE(m_valueWhileAsked, u"70"_s);
        QCOMPARE(stored().value, std::optional<double>(70));
        QCOMPARE(valueField()->text(), u"70"_s);
        QCOMPARE(m_session->undoStack()->count(), 1);
        QCOMPARE(m_panel->errorText(), QString());
    }

    // Keep Theirs: B's value stays and the field shows it; nothing is pushed.
    void keepTheirsShowsTheirs()
    {
        typeValue(u"70"_s);
        theirEdit([](Claim &c) { c.value = 99; });
        m_choice = ConflictChoice::KeepTheirs;
        QTest::keyClick(valueField(), Qt::Key_Return);
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(m_valueWhileAsked, u"70"_s);
        QCOMPARE(stored().value, std::optional<double>(99));
        QCOMPARE(valueField()->text(), u"99"_s);
        QCOMPARE(m_session->undoStack()->count(), 0);
        QCOMPARE(m_panel->errorText(), QString());
    }

    // A chooses a status after B changed the value, before A's panel read
    // it again: A's panel holds B's old value, which the save would put back,
    // so the save is put to A too.
    void listChoiceAfterTheirsAsks()
    {
        theirEdit([](Claim &c) { c.value = 99; });
        m_choice = ConflictChoice::KeepTheirs;
        auto *status = m_panel->findChild<QComboBox *>(u"claimStatus"_s);
        status->setCurrentIndex(status->findData(int(ClaimStatus::Disputed)));
        Q_EMIT status->activated(status->currentIndex());
        QCOMPARE(m_asked.size(), 1);
        QVERIFY2(m_asked.first().message.contains(u"its value is now 99, this step would make it 63"_s),
                 qPrintable(m_asked.first().message));
        QCOMPARE(stored().value, std::optional<double>(99));
        QCOMPARE(stored().status, ClaimStatus::Unverified);
        QCOMPARE(valueField()->text(), u"99"_s);
        QCOMPARE(status->currentData().toInt(), int(ClaimStatus::Unverified));
    }

    // The draft rule, merge: A types in the value field, B changes the note,
    // the panel reads the claim again (A's save of another claim): A's text
    // stays, B's note shows, and A's save then writes A's value beside B's note.
    void typedTextSurvivesAReloadAndMergesWithTheirOtherField()
    {
        typeValue(u"70"_s);
        theirEdit([](Claim &c) { c.note = u"theirs"_s; });
        mySaveOfAnotherClaim();
        QCOMPARE(valueField()->text(), u"70"_s);
        QCOMPARE(noteField()->toPlainText(), u"theirs"_s);
        QTest::keyClick(valueField(), Qt::Key_Return);
        QCOMPARE(m_asked.size(), 0);
        QCOMPARE(stored().value, std::optional<double>(70));
        QCOMPARE(stored().note, u"theirs"_s);
        QCOMPARE(valueField()->text(), u"70"_s);
    }

    // The draft rule, conflict: B changed the very field A is typing in.
    // A's text stays through the reload; its save is put to A.
    void typedTextSurvivesAReloadAndConflictsWithTheirSameField()
    {
        typeValue(u"70"_s);
        theirEdit([](Claim &c) { c.value = 99; });
        mySaveOfAnotherClaim();
        QCOMPARE(valueField()->text(), u"70"_s);
        m_choice = ConflictChoice::ApplyMine;
        QTest::keyClick(valueField(), Qt::Key_Return);
        QCOMPARE(m_asked.size(), 1);
        QVERIFY2(m_asked.first().message.contains(u"its value is now 99, this step would make it 70"_s),
                 qPrintable(m_asked.first().message));
        QCOMPARE(m_valueWhileAsked, u"70"_s);
        QCOMPARE(stored().value, std::optional<double>(70));
    }

    // A's own saves move the panel on: a second field saved after the
    // first is not mistaken for a conflict.
    void ownSavesOneAfterAnotherAreWritten()
    {
        typeValue(u"70"_s);
        QTest::keyClick(valueField(), Qt::Key_Return);
        noteField()->setFocus();
        QTest::keyClicks(noteField(), u"mine"_s);
        m_elsewhere->setFocus();
        QCOMPARE(m_asked.size(), 0);
        QCOMPARE(stored().value, std::optional<double>(70));
        QCOMPARE(stored().note, u"mine"_s);
        QCOMPARE(m_session->undoStack()->count(), 2);
    }

    // Cold test (issue 17): after B added a claimant, A's Claimant box showed
    // the list's first name, not the claim's, though the claim was right.
    // The list read again keeps the claim's name selected, by id; likewise
    // the Metric box.
    void namesReadAgainKeepTheClaimsNameSelected()
    {
        QFETCH(QString, field);
        const bool claimant = field == u"claimClaimant"_s;
        for (const QString &name : {u"Aardvark Agency"_s, u"General Staff"_s}) {
            Claim claim = stored();
            ClaimDraft draft{claim, {}, {}};
            (claimant ? draft.claimantName : draft.metricName) = name;
            CLAIMBENCH_VERIFY_OK(m_session->updateClaim(draft, u"Edit"_s));
        }
        auto *box = m_panel->findChild<QComboBox *>(field);
        QCOMPARE(box->currentText(), u"General Staff"_s);
        addTheirName(claimant, u"Zhytomyr Regional Administration"_s);
        QCOMPARE(box->currentText(), u"General Staff"_s);
        const qint64 id = claimant ? stored().claimantId : stored().metricId;
        QCOMPARE(box->currentData(NameListModel::IdRole).toLongLong(), id);
        // Leaving the field saves nothing: what it shows is what is stored.
        box->lineEdit()->setFocus();
        m_elsewhere->setFocus();
        QCOMPARE(claimant ? stored().claimantId : stored().metricId, id);
    }
    void namesReadAgainKeepTheClaimsNameSelected_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("claimant") << u"claimClaimant"_s;
        QTest::newRow("metric") << u"claimMetric"_s;
    }

    // A's typing in the Claimant box stays while the list is read again.
    void typedNameSurvivesTheNamesReadAgain()
    {
        auto *box = m_panel->findChild<QComboBox *>(u"claimClaimant"_s);
        box->lineEdit()->setFocus();
        QTest::keyClicks(box->lineEdit(), u"Ministry of Def"_s);
        addTheirName(true, u"Aardvark Agency"_s);
        QCOMPARE(box->currentText(), u"Ministry of Def"_s);
        QCOMPARE(stored().claimantId, qint64(0));
    }
};

QTEST_MAIN(TestClaimEditorConflict)
#include "tst_claimeditorconflict.moc"
