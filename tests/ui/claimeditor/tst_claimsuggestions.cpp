// Issue 20, "Claimants": Ctrl+T on "Britain's Ministry of Defence" in the
// sample's February update created a claimant beside the stored "UK Ministry
// of Defence", and the claim came without a metric. Now the editor proposes
// the stored claimant and the metric, each taken with one key, and a typed
// near-duplicate is proposed the same way instead of being created.
#include "common/isolatedsettings.h"
#include "common/resultcheck.h"
#include "core/commands/projectsession.h"
#include "core/import/articleimporter.h"
#include "core/store/project.h"
#include "ui/claimeditor/claimeditorpanel.h"
#include "ui/mainwindow.h"
#include "ui/reader/articletextedit.h"
#include "ui/reader/readerpane.h"
#include "ui/reader/sidebysidereader.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

const QString kArticle = u"February was Russia's costliest month yet, UK defence ministry says"_s;

} // namespace

class TestClaimSuggestions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    std::optional<QTemporaryDir> m_dir;
    QString m_projectPath;
    Claimant m_ministry{0, u"UK Ministry of Defence"_s, {}};
    Metric m_dailyLosses{0, u"Russian casualties per day"_s, u"soldiers/day"_s, {}};

    std::shared_ptr<Project> project() const { return Project::open(m_projectPath).value_or(nullptr); }
    Claim stored(qint64 id) const { return project()->claims().get(id).value_or(Claim{}); }

    // The window on the project, the sample's February update in the left
    // pane, "983 soldiers a day" selected and Ctrl+T pressed, as the analyst
    // does; the new claim's id, 0 when the project did not open.
    qint64 claimTheDailyRate(MainWindow &window) const
    {
        window.resize(1600, 1000);
        window.show();
        if (!QTest::qWaitForWindowActive(&window) || !window.openProject(m_projectPath))
            return 0;
        ReaderPane *left = window.reader()->left();
        QComboBox *picker = left->picker();
        const int row = picker->findText(kArticle);
        picker->setCurrentIndex(row);
        Q_EMIT picker->activated(row);
        ArticleTextEdit *text = left->textEdit();
        const QString quote = u"983 soldiers a day"_s;
        const int start = int(left->article().body.indexOf(quote));
        text->setFocus();
        text->selectRange(start, start + int(quote.size()));
        QTest::keyClick(text, Qt::Key_T, Qt::ControlModifier);
        return left->selectedClaim();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        isolateSettings(m_settingsDir.path(), u"tst_claimsuggestions"_s);
    }

    // The sample article, the ministry as the analyst stored it, and an
    // earlier claim of theirs in soldiers a day filed under a metric.
    void init()
    {
        QSettings().clear();
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
        m_projectPath = m_dir->filePath(u"sample.claimbench"_s);
        auto opened = Project::open(m_projectPath, Project::OpenMode::CreateIfMissing);
        CLAIMBENCH_VERIFY_OK(opened);
        ArticleImporter importer(*opened);
        const QString file = QStringLiteral(CLAIMBENCH_SOURCE_DIR "/resources/sample/03-uk-mod-february-983-a-day.txt");
        QCOMPARE(importer.importAll({file}).size(), 1);
        m_ministry.id = 0;
        m_dailyLosses.id = 0;
        CLAIMBENCH_VERIFY_OK((*opened)->claimants().add(m_ministry));
        CLAIMBENCH_VERIFY_OK((*opened)->metrics().add(m_dailyLosses));
        auto articles = (*opened)->articles().list();
        CLAIMBENCH_VERIFY_OK(articles);
        QCOMPARE(articles->size(), 1);
        const QString body = (*opened)->articles().get(articles->first().id)->body;
        Claim january;
        january.articleId = articles->first().id;
        january.start = int(body.indexOf(u"846"_s));
        january.end = january.start + 3;
        january.quote = u"846"_s;
        january.contextBefore = u"The daily average was "_s;
        january.value = 846;
        january.unit = u"soldiers/day"_s;
        january.claimantId = m_ministry.id;
        january.metricId = m_dailyLosses.id;
        CLAIMBENCH_VERIFY_OK((*opened)->claims().add(january));
    }

    void cleanup() { m_dir.reset(); }

    void ctrlTProposesTheStoredClaimantAndTheMetric()
    {
        MainWindow window;
        const qint64 claimId = claimTheDailyRate(window);
        QVERIFY(claimId > 0);
        Claim created = stored(claimId);
        QCOMPARE(created.quote, u"983 soldiers a day"_s);
        QCOMPARE(created.claimantId, 0); // not a new "Britain's Ministry of Defence"
        QCOMPARE(project()->claimants().list()->size(), 1);
        QCOMPARE(created.metricId, 0);

        auto *editor = window.findChild<ClaimEditorPanel *>();
        QVERIFY(editor);
        QTRY_COMPARE(editor->claimId(), claimId);
        auto *useClaimant = editor->findChild<QPushButton *>(u"useExistingClaimant"_s);
        auto *useMetric = editor->findChild<QPushButton *>(u"useSuggestedMetric"_s);
        QVERIFY(useClaimant && useMetric);
        QVERIFY(useClaimant->isVisible());
        QCOMPARE(useClaimant->property("fullText").toString(), u"Use e&xisting: UK Ministry of Defence"_s);
        QVERIFY(useClaimant->text().startsWith(u"Use e&xisting: UK"_s));
        QVERIFY(useClaimant->toolTip().contains(u"Alt+X"_s));
        QVERIFY(useClaimant->toolTip().contains(u"Britain's Ministry of Defence"_s));
        QVERIFY(useMetric->isVisible());
        QCOMPARE(useMetric->property("fullText").toString(), u"Use su&ggested metric: Russian casualties per day"_s);
        QVERIFY(useMetric->toolTip().contains(u"Alt+G"_s));
        QVERIFY(useMetric->toolTip().contains(u"Russian casualties per day"_s));
        // Issue 15, found in the 1600 px screenshot: a long name cut the
        // label too ("Use sugg…and wounded)"). In a narrow dock the name is
        // cut and the label stays whole, and all of it fits the button.
        useMetric->resize(useMetric->fontMetrics().horizontalAdvance(u"Use suggested metric: Russian casu"_s),
                          useMetric->height());
        QVERIFY2(useMetric->text().startsWith(u"Use su&ggested metric: "_s), qPrintable(useMetric->text()));
        QVERIFY2(useMetric->text().contains(u'…'), qPrintable(useMetric->text()));
        QVERIFY(useMetric->fontMetrics().size(Qt::TextShowMnemonic, useMetric->text()).width()
                <= useMetric->width());

        // The cold analyst test: a proposal row appearing or going moved the
        // fields under it, so a click aimed at one landed on another.
        const auto fieldPlaces = [editor] {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QList<QPoint> places;
            for (const QString &name : {u"claimClaimant"_s, u"claimAsOf"_s, u"claimNote"_s})
                places.append(editor->findChild<QWidget *>(name)->mapTo(editor, QPoint()));
            return places;
        };
        const QList<QPoint> withProposals = fieldPlaces();

        // One key, from the reader where the analyst still is: the claim is
        // the ministry's, and the text's spelling is one of its aliases.
        QTest::keyClick(&window, Qt::Key_X, Qt::AltModifier);
        QTRY_COMPARE(stored(claimId).claimantId, m_ministry.id);
        QCOMPARE(project()->claimants().list()->size(), 1);
        QCOMPARE(project()->claimants().get(m_ministry.id)->aliases, QStringList{u"Britain's Ministry of Defence"_s});
        QUndoStack *undo = window.session()->undoStack();
        QCOMPARE(undo->undoText(), u"Use claimant “UK Ministry of Defence”"_s);
        QTRY_VERIFY(!useClaimant->isVisible());

        QVERIFY(useMetric->isVisible());
        QTest::keyClick(&window, Qt::Key_G, Qt::AltModifier);
        QTRY_COMPARE(stored(claimId).metricId, m_dailyLosses.id);
        QTRY_VERIFY(!useMetric->isVisible());
        QCOMPARE(fieldPlaces(), withProposals);

        // Each acceptance is one step: the claimant's undo takes the alias too.
        undo->undo();
        QCOMPARE(stored(claimId).metricId, 0);
        undo->undo();
        QCOMPARE(stored(claimId).claimantId, 0);
        QVERIFY(project()->claimants().get(m_ministry.id)->aliases.isEmpty());
        QTRY_VERIFY(useClaimant->isVisible());
    }

    // A typed near-duplicate is proposed, not saved; Alt+W creates it when
    // the analyst means another claimant.
    void typedNearDuplicateIsProposed()
    {
        MainWindow window;
        const qint64 claimId = claimTheDailyRate(window);
        QVERIFY(claimId > 0);
        auto *editor = window.findChild<ClaimEditorPanel *>();
        QTRY_COMPARE(editor->claimId(), claimId);
        auto *useClaimant = editor->findChild<QPushButton *>(u"useExistingClaimant"_s);

        auto *claimant = editor->findChild<QComboBox *>(u"claimClaimant"_s);
        claimant->setFocus();
        claimant->lineEdit()->selectAll();
        QTest::keyClicks(claimant->lineEdit(), u"British Defence Ministry"_s);
        QTest::keyClick(claimant->lineEdit(), Qt::Key_Return);
        QCOMPARE(stored(claimId).claimantId, 0);
        QCOMPARE(project()->claimants().list()->size(), 1);
        QVERIFY(useClaimant->isVisible());
        QVERIFY(useClaimant->toolTip().contains(u"British Defence Ministry"_s));

        QTest::keyClick(&window, Qt::Key_W, Qt::AltModifier);
        QTRY_VERIFY(stored(claimId).claimantId != 0);
        QCOMPARE(project()->claimants().get(stored(claimId).claimantId)->name, u"British Defence Ministry"_s);
        QCOMPARE(project()->claimants().list()->size(), 2);
    }
};

QTEST_MAIN(TestClaimSuggestions)
#include "tst_claimsuggestions.moc"
