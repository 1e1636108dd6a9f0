#include "common/freshprojects.h"
#include "common/resultcheck.h"
#include "core/commands/projectsession.h"
#include "core/store/project.h"
#include "ui/claimeditor/claimeditorpanel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

const QString kBody = u"Russian casualties have surpassed one million troops, the General Staff "
                      "of the Ukrainian armed forces said on Thursday."_s;

} // namespace

class TestClaimEditorPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Numbers are read in the user's locale: pin one.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        auto project = m_projects.open();
        CLAIMBENCH_VERIFY_OK(project);
        m_session = std::make_unique<ProjectSession>(*project);
        CLAIMBENCH_VERIFY_OK(m_session->createClaimant(
            Claimant{0, u"UK Defence Ministry"_s, {u"UK Defense Ministry"_s}}));
        const auto tag = m_session->createTag(Tag{0, 0, u"Casualties"_s, Qt::yellow, 0});
        CLAIMBENCH_VERIFY_OK(tag);
        CLAIMBENCH_VERIFY_OK(m_session->createTag(Tag{0, *tag, u"Killed"_s, Qt::red, 0}));

        Article article;
        article.title = u"Losses surpass one million"_s;
        article.outlet = u"Kyiv Post"_s;
        article.body = kBody;
        CLAIMBENCH_VERIFY_OK(m_session->project()->articles().add(article));
        Claim claim;
        claim.articleId = article.id;
        claim.start = int(kBody.indexOf(u"one million"_s));
        claim.end = claim.start + 11;
        claim.value = 1'000'000;
        claim.unit = u"troops"_s;
        claim.qualifier = Qualifier::MoreThan;
        claim.asOf = PartialDate::day(2025, 6, 12);
        const auto created = m_session->createClaim(
            ClaimDraft{claim, u"Russian casualties"_s, u"General Staff of Ukraine"_s});
        CLAIMBENCH_VERIFY_OK(created);
        m_claimId = *created;
        m_session->undoStack()->clear();

        m_window = std::make_unique<QWidget>();
        m_panel = new ClaimEditorPanel(m_session.get(), m_window.get());
        // Somewhere to move the focus to, as a user clicking elsewhere does.
        m_elsewhere = new QLineEdit(m_window.get());
        auto *layout = new QVBoxLayout(m_window.get());
        layout->addWidget(m_panel);
        layout->addWidget(m_elsewhere);
        m_window->resize(380, 640);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
    }

    void emptyPanelSaysNoClaimSelected()
    {
        QCOMPARE(m_panel->claimId(), 0);
        QCOMPARE(shownMessage(), u"No claim selected"_s);
        ClaimEditorPanel noProject(nullptr);
        noProject.showClaim(m_claimId);
        QCOMPARE(noProject.claimId(), 0);
    }

    void showClaimFillsEveryField()
    {
        m_panel->showClaim(m_claimId);
        QCOMPARE(m_panel->claimId(), m_claimId);
        QVERIFY(field<QLabel>(u"claimQuote"_s)->text().contains(u"<b>one million</b>"_s));
        QVERIFY(field<QLabel>(u"claimArticle"_s)->text().contains(u"Losses surpass one million"_s));
        QVERIFY(field<QLabel>(u"claimArticle"_s)->text().contains(u"Kyiv Post"_s));
        QCOMPARE(field<QLineEdit>(u"claimValue"_s)->text(), u"1,000,000"_s);
        QVERIFY(field<QLineEdit>(u"claimLow"_s)->text().isEmpty());
        QCOMPARE(field<QLineEdit>(u"claimUnit"_s)->text(), u"troops"_s);
        QCOMPARE(field<QLineEdit>(u"claimAsOf"_s)->text(), u"2025-06-12"_s);
        QCOMPARE(field<QComboBox>(u"claimQualifier"_s)->currentText(), u"more than"_s);
        QCOMPARE(field<QComboBox>(u"claimQualifier"_s)->count(), 7);
        QCOMPARE(field<QComboBox>(u"claimMetric"_s)->currentText(), u"Russian casualties"_s);
        QCOMPARE(field<QComboBox>(u"claimClaimant"_s)->currentText(), u"General Staff of Ukraine"_s);
        QCOMPARE(field<QComboBox>(u"claimStatus"_s)->currentText(), u"Unverified"_s);
        QCOMPARE(field<QComboBox>(u"claimTag"_s)->count(), 3); // none, Casualties, Killed
        QCOMPARE(field<QComboBox>(u"claimTag"_s)->currentData().toLongLong(), 0);
    }

    void typedFieldIsOneUndoStep_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("stored"); // the claim's field after the edit, as text
        QTest::addColumn<QString>("actionText");
        QTest::newRow("value") << u"claimValue"_s << u"1,200,000"_s << u"1200000"_s << u"Edit value"_s;
        QTest::newRow("value cleared") << u"claimValue"_s << QString() << QString() << u"Edit value"_s;
        // As the claims table's search and range fields take it.
        QTest::newRow("value with a scale word") << u"claimValue"_s << u"1.2 million"_s << u"1200000"_s
                                                 << u"Edit value"_s;
        QTest::newRow("low") << u"claimLow"_s << u"900000.5"_s << u"900000.5"_s << u"Edit low"_s;
        QTest::newRow("high") << u"claimHigh"_s << u"1100000"_s << u"1100000"_s << u"Edit high"_s;
        QTest::newRow("unit") << u"claimUnit"_s << u"soldiers"_s << u"soldiers"_s << u"Edit unit"_s;
        QTest::newRow("as-of month") << u"claimAsOf"_s << u"2025-06"_s << u"2025-06"_s << u"Edit as-of date"_s;
        QTest::newRow("as-of year") << u"claimAsOf"_s << u"2024"_s << u"2024"_s << u"Edit as-of date"_s;
        QTest::newRow("new metric") << u"claimMetric"_s << u"russian casualties (killed)"_s
                                         << u"russian casualties (killed)"_s << u"Edit metric"_s;
        QTest::newRow("note") << u"claimNote"_s << u"Rounded by the General Staff"_s
                              << u"Rounded by the General Staff"_s << u"Edit note"_s;
    }

    void typedFieldIsOneUndoStep()
    {
        QFETCH(QString, field);
        QFETCH(QString, input);
        QFETCH(QString, stored);
        QFETCH(QString, actionText);
        m_panel->showClaim(m_claimId);
        const QString before = storedField(field);
        typeInto(field, input);
        QCOMPARE(storedField(field), stored);
        QCOMPARE(m_session->undoStack()->count(), 1);
        QCOMPARE(m_session->undoStack()->undoText(), actionText);
        QVERIFY(m_panel->errorText().isEmpty());

        // Do, undo, redo, undo: the store and the panel follow each step.
        m_session->undoStack()->undo();
        QCOMPARE(storedField(field), before);
        QCOMPARE(shownField(field), shownFieldFor(field, before));
        m_session->undoStack()->redo();
        QCOMPARE(storedField(field), stored);
        m_session->undoStack()->undo();
        QCOMPARE(storedField(field), before);
    }

    void unchangedFieldStoresNothing()
    {
        m_panel->showClaim(m_claimId);
        typeInto(u"claimValue"_s, u"1000000"_s);
        typeInto(u"claimUnit"_s, u"troops"_s);
        typeInto(u"claimMetric"_s, u"Russian casualties"_s);
        QCOMPARE(m_session->undoStack()->count(), 0);
    }

    void invalidInputIsMarkedAndNotStored_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("input");
        QTest::newRow("value in words") << u"claimValue"_s << u"lots"_s;
        QTest::newRow("value with two points") << u"claimValue"_s << u"1.2.3"_s;
        QTest::newRow("low with a unit") << u"claimLow"_s << u"20 km"_s;
        QTest::newRow("high") << u"claimHigh"_s << u"many"_s;
        QTest::newRow("month 13") << u"claimAsOf"_s << u"2025-13"_s;
        QTest::newRow("31 February") << u"claimAsOf"_s << u"2025-02-31"_s;
        QTest::newRow("date in words") << u"claimAsOf"_s << u"June 2025"_s;
    }

    void invalidInputIsMarkedAndNotStored()
    {
        QFETCH(QString, field);
        QFETCH(QString, input);
        m_panel->showClaim(m_claimId);
        const QString before = storedField(field);
        typeInto(field, input);
        QCOMPARE(storedField(field), before);
        QCOMPARE(m_session->undoStack()->count(), 0);
        auto *edit = this->field<QLineEdit>(field);
        QVERIFY(edit->property("invalid").toBool());
        QCOMPARE(edit->text(), input); // kept for the analyst to correct
        QVERIFY(m_panel->errorText().contains(input));

        // Correcting it saves and clears the mark.
        typeInto(field, field == u"claimAsOf"_s ? u"2025-02"_s : u"42"_s);
        QVERIFY(!edit->property("invalid").toBool());
        QCOMPARE(m_session->undoStack()->count(), 1);
    }

    // A range whose low end is above its high end is refused, whichever end
    // is typed last, and kept for the analyst to correct.
    void rangeEndsMustBeInOrder()
    {
        m_panel->showClaim(m_claimId);
        typeInto(u"claimHigh"_s, u"1000"_s);
        typeInto(u"claimLow"_s, u"2000"_s);
        QCOMPARE(m_session->undoStack()->count(), 1);
        QCOMPARE(storedField(u"claimLow"_s), QString());
        auto *low = field<QLineEdit>(u"claimLow"_s);
        QVERIFY(low->property("invalid").toBool());
        QVERIFY2(m_panel->errorText().contains(u"above the high end"_s), qPrintable(m_panel->errorText()));

        typeInto(u"claimLow"_s, u"900"_s);
        QVERIFY(!low->property("invalid").toBool());
        QCOMPARE(storedField(u"claimLow"_s), u"900"_s);
        typeInto(u"claimHigh"_s, u"800"_s);
        QCOMPARE(storedField(u"claimHigh"_s), u"1000"_s);
        QCOMPARE(m_session->undoStack()->count(), 2);
    }

    void choicesAreOneUndoStepEach()
    {
        m_panel->showClaim(m_claimId);
        choose(u"claimQualifier"_s, u"approximately"_s);
        QCOMPARE(stored().qualifier, Qualifier::Approximately);
        choose(u"claimStatus"_s, u"Disputed"_s);
        QCOMPARE(stored().status, ClaimStatus::Disputed);
        choose(u"claimTag"_s, u"  Killed"_s);
        const auto killed = m_session->project()->tags().list()->at(1);
        QCOMPARE(killed.name, u"Killed"_s);
        QCOMPARE(stored().tagId, killed.id);
        QCOMPARE(m_session->undoStack()->count(), 3);
        QCOMPARE(m_session->undoStack()->undoText(), u"Edit tag"_s);

        m_session->undoStack()->undo();
        QCOMPARE(stored().tagId, 0);
        QCOMPARE(field<QComboBox>(u"claimTag"_s)->currentIndex(), 0);
        m_session->undoStack()->undo();
        QCOMPARE(stored().status, ClaimStatus::Unverified);
        QCOMPARE(field<QComboBox>(u"claimStatus"_s)->currentText(), u"Unverified"_s);
        m_session->undoStack()->undo();
        QCOMPARE(stored().qualifier, Qualifier::MoreThan);
        QCOMPARE(field<QComboBox>(u"claimQualifier"_s)->currentText(), u"more than"_s);
    }

    void typedClaimantIsFoundOrCreated_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("claimant"); // the name the claim ends up with
        QTest::addColumn<int>("claimants");    // how many the project then has
        QTest::newRow("new name is created") << u"Institute for the Study of War"_s
                                             << u"Institute for the Study of War"_s << 3;
        QTest::newRow("alias resolves") << u"uk defense ministry"_s << u"UK Defence Ministry"_s << 2;
    }

    void typedClaimantIsFoundOrCreated()
    {
        QFETCH(QString, typed);
        QFETCH(QString, claimant);
        QFETCH(int, claimants);
        m_panel->showClaim(m_claimId);
        typeInto(u"claimClaimant"_s, typed);
        const auto found = m_session->project()->claimants().findByNameOrAlias(claimant);
        CLAIMBENCH_VERIFY_OK(found);
        QVERIFY(found->has_value());
        QCOMPARE(stored().claimantId, (*found)->id);
        QCOMPARE(m_session->project()->claimants().list()->size(), claimants);
        QCOMPARE(m_session->undoStack()->count(), 1);
        auto *box = field<QComboBox>(u"claimClaimant"_s);
        QCOMPARE(box->currentText(), claimant);
        // Offered for the next claim, too.
        QVERIFY(box->findText(claimant) >= 0);

        m_session->undoStack()->undo();
        QCOMPARE(box->currentText(), u"General Staff of Ukraine"_s);
    }

    void followsChangesMadeElsewhere()
    {
        m_panel->showClaim(m_claimId);
        Claim changed = stored();
        changed.value = 5;
        changed.note = u"from the table"_s;
        CLAIMBENCH_VERIFY_OK(m_session->updateClaim(ClaimDraft{changed, {}, {}}, u"Edit value"_s));
        QCOMPARE(field<QLineEdit>(u"claimValue"_s)->text(), u"5"_s);
        QCOMPARE(field<QPlainTextEdit>(u"claimNote"_s)->toPlainText(), u"from the table"_s);
        m_session->undoStack()->undo();
        QCOMPARE(field<QLineEdit>(u"claimValue"_s)->text(), u"1,000,000"_s);
    }

    void deletedClaimClearsThePanel()
    {
        m_panel->showClaim(m_claimId);
        CLAIMBENCH_VERIFY_OK(m_session->deleteClaims({m_claimId}));
        QCOMPARE(m_panel->claimId(), 0);
        QCOMPARE(shownMessage(), u"No claim selected"_s);
    }

    // Issue 13: long metric and claimant names showed their end ("…ary
    // casualties (killed and wounded)"), where filling the field left the
    // cursor. A claim shown reads from the start of each name; the field the
    // analyst is typing in keeps its cursor when the claim is saved.
    void longNamesShowTheirStart()
    {
        CLAIMBENCH_VERIFY_OK(m_session->updateClaim(
            ClaimDraft{stored(), u"Russian military casualties (killed and wounded)"_s,
                       u"General Staff of the Armed Forces of Ukraine"_s},
            u"Rename"_s));
        m_panel->showClaim(m_claimId);
        for (const QString &name : {u"claimMetric"_s, u"claimClaimant"_s}) {
            const QLineEdit *edit = field<QComboBox>(name)->lineEdit();
            QVERIFY2(edit->fontMetrics().horizontalAdvance(edit->text()) > edit->width(), qPrintable(name));
            QCOMPARE(edit->cursorPosition(), 0);
            // The cold analyst test: a name cut by its field is read whole on hover.
            QCOMPARE(edit->toolTip(), edit->text());
        }
        QLineEdit *claimant = field<QComboBox>(u"claimClaimant"_s)->lineEdit();
        claimant->setFocus();
        claimant->end(false);
        Claim changed = stored();
        changed.value = 5;
        CLAIMBENCH_VERIFY_OK(m_session->updateClaim(ClaimDraft{changed, {}, {}}, u"Edit value"_s));
        QCOMPARE(field<QLineEdit>(u"claimValue"_s)->text(), u"5"_s);
        QCOMPARE(claimant->cursorPosition(), int(claimant->text().size()));
    }

    void switchingClaimsSavesWhatWasTyped()
    {
        m_panel->showClaim(m_claimId);
        auto *unit = field<QLineEdit>(u"claimUnit"_s);
        unit->setFocus();
        unit->selectAll();
        QTest::keyClicks(unit, u"soldiers"_s);
        m_panel->showClaim(0);
        QCOMPARE(stored().unit, u"soldiers"_s);
    }

private:
    template<typename T>
    T *field(const QString &name) const
    {
        auto *widget = m_panel->findChild<T *>(name);
        if (!widget)
            qFatal("no field %s", qPrintable(name));
        return widget;
    }

    Claim stored() const
    {
        const auto claim = m_session->project()->claims().get(m_claimId);
        return claim ? *claim : Claim{};
    }

    QString shownMessage() const
    {
        auto *stack = m_panel->findChild<QStackedWidget *>();
        auto *label = qobject_cast<QLabel *>(stack->currentWidget());
        return label ? label->text() : QString();
    }

    // Types like a user: focus, replace the text, Return, then click elsewhere.
    void typeInto(const QString &name, const QString &text)
    {
        if (auto *note = m_panel->findChild<QPlainTextEdit *>(name)) {
            note->setFocus();
            note->selectAll();
            QTest::keyClicks(note, text);
        } else {
            QLineEdit *edit = m_panel->findChild<QLineEdit *>(name);
            if (!edit)
                edit = field<QComboBox>(name)->lineEdit();
            edit->setFocus();
            edit->selectAll();
            if (text.isEmpty())
                QTest::keyClick(edit, Qt::Key_Backspace);
            else
                QTest::keyClicks(edit, text);
            QTest::keyClick(edit, Qt::Key_Return);
        }
        m_elsewhere->setFocus();
    }

    void choose(const QString &name, const QString &text)
    {
        auto *box = field<QComboBox>(name);
        const int index = box->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        // As a user does: open the list and click the item.
        box->showPopup();
        QAbstractItemView *list = box->view();
        QTRY_VERIFY(list->isVisible());
        const QModelIndex item = list->model()->index(index, box->modelColumn(), list->rootIndex());
        list->scrollTo(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(item).center());
        QTRY_VERIFY(!list->isVisible());
        QCOMPARE(box->currentIndex(), index);
    }

    QString storedField(const QString &name) const
    {
        const Claim claim = stored();
        const auto number = [](const std::optional<double> &v) {
            return v ? QString::number(*v, 'g', 15) : QString();
        };
        if (name == u"claimValue")
            return number(claim.value);
        if (name == u"claimLow")
            return number(claim.low);
        if (name == u"claimHigh")
            return number(claim.high);
        if (name == u"claimUnit")
            return claim.unit;
        if (name == u"claimAsOf")
            return claim.asOf.toIso();
        if (name == u"claimNote")
            return claim.note;
        if (name == u"claimMetric") {
            const auto metrics = m_session->project()->metrics().list();
            for (const Metric &metric : *metrics)
                if (metric.id == claim.metricId)
                    return metric.name;
        }
        return {};
    }

    QString shownField(const QString &name) const
    {
        if (auto *note = m_panel->findChild<QPlainTextEdit *>(name))
            return note->toPlainText();
        if (auto *edit = m_panel->findChild<QLineEdit *>(name))
            return edit->text();
        return field<QComboBox>(name)->currentText();
    }

    // How the panel shows a stored value: numbers in the locale's format.
    static QString shownFieldFor(const QString &name, const QString &stored)
    {
        if (stored.isEmpty() || !(name == u"claimValue" || name == u"claimLow" || name == u"claimHigh"))
            return stored;
        return QLocale().toString(stored.toDouble(), 'f', QLocale::FloatingPointShortest);
    }

    FreshProjects m_projects;
    std::unique_ptr<ProjectSession> m_session;
    std::unique_ptr<QWidget> m_window;
    ClaimEditorPanel *m_panel = nullptr;
    QLineEdit *m_elsewhere = nullptr;
    qint64 m_claimId = 0;
};

QTEST_MAIN(TestClaimEditorPanel)
#include "tst_claimeditorpanel.moc"
