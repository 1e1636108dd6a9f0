#include "common/resultcheck.h"
#include "common/twoanalysts.h"
#include "common/unreachableserver.h"
#include "core/commands/projectsession.h"
#include "core/store/project.h"
#include "ui/claimeditor/claimeditorpanel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace Claimbench;
using namespace Qt::StringLiterals;

// Issue 17, cold test (MEDIUM, data loss): a save from the claim editor while
// the team server could not be reached emptied the panel into the driver's
// raw text, and the value the analyst had typed was gone. The save now fails
// with one clear message (the driver's text as its detail), the typing stays
// in its field, and saving again once the server is back writes it, still
// checked against the version the typing started on.
class TestClaimEditorLostConnection : public QObject
{
    Q_OBJECT

    FreshProjects m_projects;
    std::shared_ptr<Project> m_mine;
    std::unique_ptr<ProjectSession> m_session;
    std::unique_ptr<QWidget> m_window;
    ClaimEditorPanel *m_panel = nullptr;
    QList<Error> m_asked;
    qint64 m_claimId = 0;
    QString m_url;

    QLineEdit *valueField() const { return m_panel->findChild<QLineEdit *>(u"claimValue"_s); }
    QComboBox *statusField() const { return m_panel->findChild<QComboBox *>(u"claimStatus"_s); }
    bool showsForm() const
    {
        return m_panel->findChild<QStackedWidget *>()->currentIndex() == 1 && valueField()->isVisible();
    }
    // A connection of another analyst's program, opened after the server is back.
    Claim storedNow() const
    {
        auto project = Project::open(m_url);
        return project ? (*project)->claims().get(m_claimId).value_or(Claim{}) : Claim{};
    }
    void typeValue(const QString &text)
    {
        QLineEdit *value = valueField();
        value->setFocus();
        value->selectAll();
        QTest::keyClicks(value, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        CLAIMBENCH_SKIP_WITHOUT_SERVER();
        if (!onTestServer())
            QSKIP("a project file has no server to lose");
        qRegisterMetaType<Error>();
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        TwoAnalysts analysts;
        CLAIMBENCH_VERIFY_OK(analysts.open(m_projects));
        m_mine = analysts.mine;
        m_claimId = analysts.claimId;
        m_url = m_mine->path();
        m_session = std::make_unique<ProjectSession>(m_mine);
        m_asked.clear();
        m_session->setConflictResolver([this](const Error &conflict) {
            m_asked.append(conflict);
            return ConflictChoice::KeepTheirs;
        });
        m_window = std::make_unique<QWidget>();
        m_panel = new ClaimEditorPanel(m_session.get(), m_window.get());
        auto *layout = new QVBoxLayout(m_window.get());
        layout->addWidget(m_panel);
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
        m_mine.reset();
    }

    // The typed 70 survives the failed save and is written by the next one.
    void saveWhileServerDownKeepsTypingAndSavesLater()
    {
        QSignalSpy reported(m_panel, &ClaimEditorPanel::errorOccurred);
        typeValue(u"70"_s);
        UnreachableServer server;
        CLAIMBENCH_VERIFY_OK(server.cut(m_url));
        QTest::keyClick(valueField(), Qt::Key_Return);

        QCOMPARE(reported.size(), 1);
        const auto error = reported.constFirst().at(1).value<Error>();
        QCOMPARE(error.code, Error::Code::Disconnected);
        QVERIFY2(error.message.contains(u"your changes are kept"_s), qPrintable(error.message));
        QVERIFY2(!error.detail.isEmpty(), "the driver's text belongs in the detail");
        QVERIFY(showsForm());
        QCOMPARE(m_panel->claimId(), m_claimId);
        QCOMPARE(valueField()->text(), u"70"_s);
        QVERIFY2(m_panel->errorText().contains(u"server cannot be reached"_s), qPrintable(m_panel->errorText()));
        QVERIFY2(!m_panel->errorText().contains(error.detail), qPrintable(m_panel->errorText()));

        // The session announces a change meanwhile: the read fails too, and
        // still nothing is lost.
        Q_EMIT m_session->claimsChanged({});
        QVERIFY(showsForm());
        QCOMPARE(valueField()->text(), u"70"_s);
        // A second save while it is still down (the connection the first
        // closed cannot be opened again) says the same.
        QTest::keyClick(valueField(), Qt::Key_Return);
        QCOMPARE(reported.size(), 2);
        QCOMPARE(reported.constLast().at(1).value<Error>().code, Error::Code::Disconnected);
        QCOMPARE(valueField()->text(), u"70"_s);

        CLAIMBENCH_VERIFY_OK(server.serveAgain());
        QTest::keyClick(valueField(), Qt::Key_Return);
        QCOMPARE(storedNow().value, std::optional<double>(70));
        QCOMPARE(valueField()->text(), u"70"_s);
        QCOMPARE(m_panel->errorText(), QString());
        QCOMPARE(m_asked.size(), 0);
    }

    // Cold test (HIGH, data loss): a note whose save met the lost server,
    // then another claim chosen in the table, dropped the note. The panel
    // now stays on its claim, the note with it, until the note is saved.
    void choosingAnotherClaimKeepsUnsavedTyping()
    {
        Claim other = m_mine->claims().get(m_claimId).value_or(Claim{});
        other.id = 0;
        other.note.clear();
        CLAIMBENCH_VERIFY_OK(m_mine->claims().add(other));
        auto *note = m_panel->findChild<QPlainTextEdit *>(u"claimNote"_s);
        QVERIFY(note);
        note->setFocus();
        QTest::keyClicks(note, u"typed during outage"_s);
        {
            UnreachableServer server;
            CLAIMBENCH_VERIFY_OK(server.cut(m_url));
            valueField()->setFocus(); // leaving the note saves it: refused
            m_panel->showClaim(other.id);
            QCOMPARE(m_panel->claimId(), m_claimId);
            QVERIFY(showsForm());
            QVERIFY(note->toPlainText().endsWith(u"typed during outage"_s));
            QVERIFY2(m_panel->errorText().contains(u"not saved"_s), qPrintable(m_panel->errorText()));
        }
        // Back: choosing the other claim saves the note first, then shows it.
        m_panel->showClaim(other.id);
        QCOMPARE(m_panel->claimId(), other.id);
        QVERIFY(storedNow().note.endsWith(u"typed during outage"_s));
        QCOMPARE(m_asked.size(), 0);
    }

    // The save again is checked like any: another analyst who changed the
    // value meanwhile is put to the analyst, not overwritten.
    void saveAgainIsStillCheckedAgainstTheirChange()
    {
        typeValue(u"70"_s);
        {
            UnreachableServer server;
            CLAIMBENCH_VERIFY_OK(server.cut(m_url));
            QTest::keyClick(valueField(), Qt::Key_Return);
            QCOMPARE(valueField()->text(), u"70"_s);
        }
        auto theirs = Project::open(m_url);
        CLAIMBENCH_VERIFY_OK(theirs);
        Claim changed = (*theirs)->claims().get(m_claimId).value_or(Claim{});
        changed.value = 99;
        CLAIMBENCH_VERIFY_OK((*theirs)->claims().update(changed));

        QTest::keyClick(valueField(), Qt::Key_Return);
        QCOMPARE(m_asked.size(), 1);
        QCOMPARE(m_asked.constFirst().code, Error::Code::Conflict);
        QCOMPARE(storedNow().value, std::optional<double>(99));
    }

    // A list's choice is no draft: it shows the stored status again, and says
    // the change was not saved.
    void listChoiceWhileServerDownShowsStoredValue()
    {
        UnreachableServer server;
        CLAIMBENCH_VERIFY_OK(server.cut(m_url));
        QComboBox *status = statusField();
        status->setCurrentIndex(status->findData(int(ClaimStatus::Disputed)));
        Q_EMIT status->activated(status->currentIndex());
        QVERIFY(showsForm());
        QCOMPARE(status->currentData().toInt(), int(ClaimStatus::Unverified));
        QVERIFY2(m_panel->errorText().contains(u"was not saved"_s), qPrintable(m_panel->errorText()));
    }
};

QTEST_MAIN(TestClaimEditorLostConnection)
#include "tst_claimeditorlostconnection.moc"
