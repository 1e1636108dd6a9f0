#include "common/bundledsample.h"
#include "common/isolatedsettings.h"
#include "common/resultcheck.h"
#include "core/commands/projectsession.h"
#include "core/models/comparisontablemodel.h"
#include "core/store/project.h"
#include "ui/compare/comparisonpanel.h"
#include "ui/mainwindow.h"
#include "ui/reader/articletextedit.h"
#include "ui/reader/readerpane.h"
#include "ui/reader/sidebysidereader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

const QString kCasualties = u"Russian military casualties (killed and wounded)"_s;

// Waits for the comparison being built on the panel's worker thread to be shown.
bool built(const ComparisonPanel &panel)
{
    if (!QTest::qWaitFor([&] { return !panel.isBuilding(); }))
        return false;
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    return true;
}

QString summary(const ComparisonPanel &panel)
{
    return panel.findChild<QLabel *>(u"comparisonSummary"_s)->text();
}

// The row of the period `label` in the view, or -1.
int rowOf(const ComparisonPanel &panel, const QString &label)
{
    for (int row = 0; row < panel.rows()->rowCount(); ++row)
        if (panel.rows()->index(row, 0).data().toString() == label)
            return row;
    return -1;
}

} // namespace

// The comparison view in the window, on the sample project that
// scripts/run.sh opens.
class TestComparisonPanel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FreshProjects m_projects;
    QString m_project;
    MainWindow *m_window = nullptr;
    ComparisonPanel *m_panel = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        isolateSettings(m_dir.filePath(u"settings"_s), u"tst_comparisonpanel"_s);
        const Result<QString> sample = makeBundledSample(m_projects);
        CLAIMBENCH_VERIFY_OK(sample);
        m_project = *sample;
        m_window = new MainWindow;
        m_window->resize(1600, 1000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        QVERIFY(m_window->openProject(m_project));
        m_panel = m_window->findChild<ComparisonPanel *>();
        QVERIFY(m_panel);
        auto *dock = m_window->findChild<QDockWidget *>(u"comparisonDock"_s);
        dock->raise();
        QVERIFY(QTest::qWaitFor([&] { return m_panel->isVisible(); }));
    }

    void cleanupTestCase() { delete m_window; }

    // A month per row, a column per claimant, the disagreeing row in bold
    // and counted in the summary.
    void monthsOfOneMetric()
    {
        auto *metric = m_panel->findChild<QComboBox *>(u"comparisonMetric"_s);
        metric->setCurrentIndex(metric->findText(kCasualties));
        QVERIFY(built(*m_panel));
        QCOMPARE(m_panel->findChild<QStackedWidget *>()->currentWidget(), m_panel->view());
        QCOMPARE(m_panel->rows()->rowCount(), 13);
        QCOMPARE(m_panel->rows()->headerData(0, Qt::Horizontal).toString(), u"Month"_s);
        QCOMPARE(m_panel->rows()->headerData(4, Qt::Horizontal).toString(), u"UK Delegation to the OSCE"_s);
        const int december = rowOf(*m_panel, u"2023-12"_s);
        QVERIFY(december >= 0);
        QCOMPARE(m_panel->rows()->index(december, 3).data().toString(), u"351,350"_s);
        QCOMPARE(m_panel->rows()->index(december, 4).data().toString(), u"> 300,000"_s);
        QVERIFY(m_panel->rows()->index(december, 3).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(summary(*m_panel), u"13 months · 1 disagreement"_s);
    }

    // The threshold and the period rebuild the table; only disagreements
    // hides the rows that agree.
    void thresholdPeriodAndFilter()
    {
        m_panel->setThresholdPercent(20);
        QVERIFY(built(*m_panel));
        QCOMPARE(summary(*m_panel), u"13 months · no disagreement"_s);
        m_panel->setThresholdPercent(10);
        QVERIFY(built(*m_panel));
        m_panel->setOnlyDisagreements(true);
        QCOMPARE(m_panel->rows()->rowCount(), 1);
        QCOMPARE(m_panel->rows()->index(0, 0).data().toString(), u"2023-12"_s);
        m_panel->setOnlyDisagreements(false);
        m_panel->setPeriod(ComparisonPeriod::Week);
        QVERIFY(built(*m_panel));
        QCOMPARE(m_panel->rows()->headerData(0, Qt::Horizontal).toString(), u"Week"_s);
        QVERIFY(rowOf(*m_panel, u"2023-W51"_s) >= 0);
        m_panel->setPeriod(ComparisonPeriod::Month);
        QVERIFY(built(*m_panel));
    }

    // A click on the disagreeing row opens its least and most figures'
    // quotes side by side: the left one selected (the editor shows it), the
    // right one marked as its counterpart.
    void aClickOpensBothQuotes()
    {
        const int december = rowOf(*m_panel, u"2023-12"_s);
        QVERIFY(december >= 0);
        const QModelIndex period = m_panel->rows()->index(december, 0);
        const QModelIndex least = m_panel->rows()->index(december, 4);  // > 300,000, UK Delegation
        const QModelIndex most = m_panel->rows()->index(december, 3);   // 351,350, General Staff
        m_panel->view()->scrollTo(period);
        QTest::mouseClick(m_panel->view()->viewport(), Qt::LeftButton, {},
                          m_panel->view()->visualRect(period).center());
        SideBySideReader *reader = m_window->reader();
        const qint64 leastClaim = least.data(ComparisonTableModel::ClaimIdRole).toLongLong();
        const qint64 mostClaim = most.data(ComparisonTableModel::ClaimIdRole).toLongLong();
        QVERIFY(QTest::qWaitFor([&] { return reader->left()->selectedClaim() == leastClaim; }));
        QCOMPARE(reader->right()->textEdit()->markedClaims(), QSet<qint64>{mostClaim});
        QVERIFY(reader->left()->isVisible() && reader->right()->isVisible());
        const auto articleOf = [&](qint64 claimId) { return (*m_window->project()->claims().get(claimId)).articleId; };
        QCOMPARE(reader->left()->articleId(), articleOf(leastClaim));
        QCOMPARE(reader->right()->articleId(), articleOf(mostClaim));

        // A claimant's cell: its own quote on the left, the farthest on the right.
        QTest::mouseClick(m_panel->view()->viewport(), Qt::LeftButton, {}, m_panel->view()->visualRect(most).center());
        QVERIFY(QTest::qWaitFor([&] { return reader->left()->selectedClaim() == mostClaim; }));
        QCOMPARE(reader->right()->textEdit()->markedClaims(), QSet<qint64>{leastClaim});
    }

    // An edit elsewhere in the window reaches the comparison: the claim's
    // figure changed, the row agrees.
    void anEditReachesTheComparison()
    {
        const int december = rowOf(*m_panel, u"2023-12"_s);
        const qint64 mostClaim = m_panel->rows()->index(december, 3).data(ComparisonTableModel::ClaimIdRole).toLongLong();
        auto claim = m_window->project()->claims().get(mostClaim);
        CLAIMBENCH_VERIFY_OK(claim);
        Claim changed = *claim;
        changed.value = 320000;
        CLAIMBENCH_VERIFY_OK(m_window->session()->updateClaims({changed}, u"Change value"_s));
        QVERIFY(QTest::qWaitFor([&] { return summary(*m_panel).endsWith(u"no disagreement"_s); }));
        QCOMPARE(m_panel->rows()->index(rowOf(*m_panel, u"2023-12"_s), 3).data().toString(), u"320,000"_s);
    }

    // Cold test: a claim given a new metric elsewhere made the dock show that
    // metric; the one compared stays.
    void theMetricComparedStaysWhenMetricsChange()
    {
        const qint64 compared = m_panel->metric();
        QVERIFY(compared != 0);
        const qint64 claimId = m_panel->rows()->index(0, 3).data(ComparisonTableModel::ClaimIdRole).toLongLong();
        auto claim = m_window->project()->claims().get(claimId);
        CLAIMBENCH_VERIFY_OK(claim);
        // Row 0 is 2023-11, column 3 the General Staff's.
        const ClaimDraft draft{.claim = *claim,
                               .metricName = u"A brand new metric"_s,
                               .claimantName = m_panel->rows()->headerData(3, Qt::Horizontal).toString()};
        CLAIMBENCH_VERIFY_OK(m_window->session()->updateClaim(draft, u"Change metric"_s));
        QVERIFY(built(*m_panel));
        QCOMPARE(m_panel->metric(), compared);
        m_window->session()->undoStack()->undo();
        QVERIFY(built(*m_panel));
        QCOMPARE(m_panel->metric(), compared);
    }

    // Enter on a row opens its quotes and leaves the focus in the table, so
    // that the next row is one Down and one Enter away.
    void enterKeepsTheFocusInTheTable()
    {
        m_panel->view()->setFocus();
        QVERIFY(QTest::qWaitFor([&] { return m_panel->view()->hasFocus(); }));
        const int december = rowOf(*m_panel, u"2023-12"_s);
        m_panel->view()->setCurrentIndex(m_panel->rows()->index(december, 0));
        QTest::keyClick(m_panel->view(), Qt::Key_Return);
        const qint64 least = m_panel->rows()->index(december, 4).data(ComparisonTableModel::ClaimIdRole).toLongLong();
        QVERIFY(QTest::qWaitFor([&] { return m_window->reader()->left()->selectedClaim() == least; }));
        QVERIFY(m_panel->view()->hasFocus());
    }

    // By week, figures dated only by month are left out and the summary
    // says how many.
    void coarseDatesAreCountedOut()
    {
        m_panel->setPeriod(ComparisonPeriod::Week);
        QVERIFY(built(*m_panel));
        const qsizetype vague = qobject_cast<ComparisonTableModel *>(m_panel->rows()->sourceModel())->comparison().tooCoarse;
        QVERIFY(vague > 0);
        QVERIFY2(summary(*m_panel).endsWith(u" left out"_s), qPrintable(summary(*m_panel)));
        m_panel->setPeriod(ComparisonPeriod::Month);
        QVERIFY(built(*m_panel));
    }

    // No project: the panel says what it needs.
    void withoutAProject()
    {
        ComparisonPanel panel(nullptr);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.findChild<QLabel *>(u"comparisonMessage"_s)->text().contains(u"Open a project"_s));
    }
};

QTEST_MAIN(TestComparisonPanel)
#include "tst_comparisonpanel.moc"
