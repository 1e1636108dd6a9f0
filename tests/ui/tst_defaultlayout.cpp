#include "common/isolatedsettings.h"
#include "core/commands/projectsession.h"
#include "core/drafting/claimdrafter.h"
#include "core/import/articleimporter.h"
#include "core/store/project.h"
#include "ui/charts/chartpanel.h"
#include "ui/claimeditor/claimeditorpanel.h"
#include "ui/claims/claimstablepanel.h"
#include "ui/mainwindow.h"
#include "ui/reader/articletextedit.h"
#include "ui/reader/readerpane.h"
#include "ui/reader/sidebysidereader.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTabBar>
#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

const QStringList kDocks = {u"libraryDock"_s, u"undoDock"_s, u"tagsDock"_s,
                            u"claimEditorDock"_s, u"claimsDock"_s, u"chartDock"_s};
// The docks in front in the default layout (the others are tabbed behind them).
const QStringList kFrontDocks = {u"libraryDock"_s, u"claimEditorDock"_s, u"claimsDock"_s};

QDockWidget *dockNamed(MainWindow &window, const QString &objectName)
{
    return window.findChild<QDockWidget *>(objectName);
}

void pickArticle(ReaderPane *pane, const QString &title)
{
    QComboBox *picker = pane->picker();
    const int row = picker->findText(title);
    picker->setCurrentIndex(row);
    Q_EMIT picker->activated(row);
}

// Where each dock is and how big, for comparing one layout with another:
// "area floating hidden tab-group-leader width height" per dock.
QStringList dockPlaces(MainWindow &window)
{
    QStringList places;
    for (const QString &name : kDocks) {
        QDockWidget *dock = dockNamed(window, name);
        const QList<QDockWidget *> tabbed = window.tabifiedDockWidgets(dock);
        places.append(u"%1 area=%2 floating=%3 hidden=%4 tabbedWith=%5"_s.arg(name)
                          .arg(int(window.dockWidgetArea(dock)))
                          .arg(dock->isFloating())
                          .arg(dock->isHidden())
                          .arg(tabbed.size()));
    }
    return places;
}

// Sizes in pixels of the docks in front, compared within a few pixels (a splitter handle, rounding).
QList<int> dockSizes(MainWindow &window)
{
    QList<int> sizes;
    for (const QString &name : kFrontDocks) {
        QDockWidget *dock = dockNamed(window, name);
        sizes << dock->width() << dock->height();
    }
    return sizes;
}

QString joined(const QList<int> &numbers)
{
    QStringList texts;
    for (int number : numbers)
        texts.append(QString::number(number));
    return texts.join(u' ');
}

bool roughlyEqual(const QList<int> &a, const QList<int> &b, int tolerance)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (std::abs(a.at(i) - b.at(i)) > tolerance)
            return false;
    return true;
}

// Characters of the reader's average width on one line of the pane.
int lineCharacters(ReaderPane *pane)
{
    ArticleTextEdit *text = pane->textEdit();
    const int margins = 2 * int(text->document()->documentMargin());
    return (text->viewport()->width() - margins) / text->fontMetrics().averageCharWidth();
}

bool showAt(MainWindow &window, QSize size)
{
    window.resize(size);
    window.show();
    return QTest::qWaitForWindowExposed(&window);
}

QAction *resetLayoutAction(MainWindow &window)
{
    auto *view = window.menuBar()->findChild<QMenu *>(u"viewMenu"_s);
    for (QAction *action : view->actions())
        if (action->objectName() == u"resetLayoutAction")
            return action;
    return nullptr;
}

} // namespace

// Issue 20, "Layout and flow": the window a fresh start shows, at the two
// screen sizes analysts have, with room for every part, and View › Reset
// Layout bringing it back.
class TestDefaultLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(m_dir.filePath(u"settings"_s), u"tst_defaultlayout"_s);
        m_projectPath = m_dir.filePath(u"sample.claimbench"_s);
        auto project = Project::open(m_projectPath, Project::OpenMode::CreateIfMissing);
        QVERIFY(project);
        ArticleImporter importer(*project);
        const auto outcomes = importer.importAll({QStringLiteral(CLAIMBENCH_SOURCE_DIR "/resources/sample")});
        QCOMPARE(outcomes.size(), 20);
    }

    void init() { QSettings().clear(); }

    void defaultLayoutGivesEveryPartRoom_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("lineCharacters");
        QTest::addColumn<int>("plotHeight");
        QTest::addColumn<int>("tableRows");
        QTest::addColumn<int>("libraryRows");
        QTest::newRow("1600x1000") << QSize(1600, 1000) << 76 << 250 << 12 << 10;
        QTest::newRow("1366x768") << QSize(1366, 768) << 62 << 160 << 7 << 5;
    }

    // Two articles side by side, a claim current, the chart on its metric:
    // each pane a readable line, the chart a plot, the editor every field
    // without scrolling, the table a screenful of rows.
    void defaultLayoutGivesEveryPartRoom()
    {
        QFETCH(QSize, size);
        QFETCH(int, lineCharacters);
        QFETCH(int, plotHeight);
        QFETCH(int, tableRows);
        QFETCH(int, libraryRows);

        MainWindow window;
        QVERIFY(showAt(window, size));
        QVERIFY(window.openProject(m_projectPath));
        pickArticle(window.reader()->left(), u"February was Russia's costliest month yet, UK defence ministry says"_s);
        pickArticle(window.reader()->right(), u"Ukraine says Russian losses have passed one million"_s);
        ReaderPane *left = window.reader()->left();
        QVERIFY(left->articleId() != 0 && window.reader()->right()->articleId() != 0);
        const QString quote = u"983"_s;
        const int start = int(left->article().body.indexOf(quote));
        QVERIFY(start >= 0);
        auto draft = ClaimDrafter(*window.project()).draft(left->article(), start, start + int(quote.size()));
        QVERIFY(draft);
        draft->metricName = u"Russian casualties per day"_s;
        auto claimId = window.session()->createClaim(*draft);
        QVERIFY(claimId);
        window.showClaim(*claimId);
        window.followCurrentClaim(*claimId);

        for (ReaderPane *pane : {window.reader()->left(), window.reader()->right()}) {
            const int characters = ::lineCharacters(pane);
            qInfo("%s: %d characters a line", qPrintable(pane->objectName()), characters);
            QVERIFY2(characters >= lineCharacters, qPrintable(u"%1 characters"_s.arg(characters)));
            // The title block is a heading, not a third of the pane.
            auto *header = pane->findChild<QWidget *>(u"articleHeader"_s);
            QVERIFY(header);
            qInfo("%s: title block %d of %d px", qPrintable(pane->objectName()), header->height(), pane->height());
            QVERIFY2(header->height() * 6 <= pane->height(), qPrintable(u"%1 px"_s.arg(header->height())));
        }

        auto *editor = window.findChild<ClaimEditorPanel *>();
        auto *scroll = editor->findChild<QScrollArea *>();
        QVERIFY(scroll && scroll->isVisible());
        qInfo("editor: form %d px in %d px", scroll->widget()->heightForWidth(scroll->viewport()->width()),
              scroll->viewport()->height());
        QCOMPARE(scroll->verticalScrollBar()->maximum(), 0);
        QTRY_VERIFY2(!scroll->verticalScrollBar()->isVisible(), "the claim editor scrolls");
        const auto *note = editor->findChild<QWidget *>(u"claimNote"_s);
        QVERIFY(!note->visibleRegion().isEmpty());

        QTableView *table = window.findChild<ClaimsTablePanel *>()->view();
        const int rows = table->viewport()->height() / table->verticalHeader()->defaultSectionSize();
        qInfo("claims table: %d rows", rows);
        QVERIFY2(rows >= tableRows, qPrintable(u"%1 rows"_s.arg(rows)));
        auto *library = window.findChild<QTableView *>(u"libraryView"_s);
        const int articles = library->viewport()->height() / library->verticalHeader()->defaultSectionSize();
        qInfo("library: %d rows", articles);
        QVERIFY2(articles >= libraryRows, qPrintable(u"%1 rows"_s.arg(articles)));

        // The chart opens tall, and gives the reader its height back when
        // the table is in front again.
        const int paneHeight = left->height();
        dockNamed(window, u"chartDock"_s)->raise();
        auto *chart = window.findChild<ChartPanel *>();
        auto claim = window.project()->claims().get(*claimId);
        QVERIFY(claim);
        chart->setMetrics({claim->metricId});
        QTRY_VERIFY(chart->isVisible() && !chart->isBuilding());
        const int plot = int(chart->chartView()->chart()->plotArea().height());
        qInfo("chart: plot %d px tall", plot);
        QVERIFY2(plot >= plotHeight, qPrintable(u"%1 px"_s.arg(plot)));
        dockNamed(window, u"claimsDock"_s)->raise();
        QTRY_COMPARE(left->height(), paneHeight);
    }

    // The Chart tab under the reader is one tab bar, uncovered, and a click
    // on it brings the chart forward at either screen size.
    void theChartTabOpensTheChart_data() { defaultLayoutGivesEveryPartRoom_data(); }
    void theChartTabOpensTheChart()
    {
        QFETCH(QSize, size);
        MainWindow window;
        QVERIFY(showAt(window, size));
        QVERIFY(window.openProject(m_projectPath));
        QTest::qWait(50);
        QTabBar *tabs = nullptr;
        int chartTab = -1;
        int bars = 0;
        for (QTabBar *bar : window.findChildren<QTabBar *>())
            for (int i = 0; i < bar->count(); ++i)
                if (bar->tabText(i) == u"Chart"_s && bar->isVisible()) {
                    tabs = bar;
                    chartTab = i;
                    ++bars;
                }
        QCOMPARE(bars, 1);
        // Nothing else is drawn over the tab.
        const QPoint at = tabs->mapTo(&window, tabs->tabRect(chartTab).center());
        QCOMPARE(window.childAt(at), tabs);
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(chartTab).center());
        QTRY_VERIFY(window.findChild<ChartPanel *>()->isVisible());
        QTest::qWait(100);
        QVERIFY(window.findChild<ChartPanel *>()->isVisible());
        QCOMPARE(tabs->currentIndex(), chartTab);
    }

    // Docks closed, floated and moved, the panes' splitter dragged: View ›
    // Reset Layout puts each back where and as big as a fresh start has it.
    void resetLayoutUndoesMovedAndClosedDocks()
    {
        // Opened as main() opens a project, before the first layout runs:
        // the editor then already shows the first open's claim.
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(window.openProject(m_projectPath));
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(50);
        const QStringList places = dockPlaces(window);
        const QList<int> sizes = dockSizes(window);
        auto *splitter = window.reader()->findChild<QSplitter *>(u"readerSplitter"_s);
        const QList<int> panes = splitter->sizes();

        dockNamed(window, u"libraryDock"_s)->close();
        dockNamed(window, u"chartDock"_s)->setFloating(true);
        window.addDockWidget(Qt::LeftDockWidgetArea, dockNamed(window, u"claimEditorDock"_s));
        window.addDockWidget(Qt::TopDockWidgetArea, dockNamed(window, u"claimsDock"_s));
        splitter->setSizes({100, panes.at(1), panes.at(0) + panes.at(2) - 100});
        QTest::qWait(50);
        QVERIFY(dockPlaces(window) != places);

        QAction *reset = resetLayoutAction(window);
        QVERIFY(reset);
        reset->trigger();
        QTest::qWait(50);
        QCOMPARE(dockPlaces(window), places);
        QVERIFY2(roughlyEqual(dockSizes(window), sizes, 4),
                 qPrintable(u"%1 against %2"_s.arg(joined(dockSizes(window)), joined(sizes))));
        QVERIFY(roughlyEqual(splitter->sizes(), panes, 2));
    }

    // A layout saved by the analyst comes back on the next start.
    void savedLayoutStillRestores()
    {
        QString moved;
        {
            MainWindow window;
            QVERIFY(showAt(window, QSize(1600, 1000)));
            window.addDockWidget(Qt::LeftDockWidgetArea, dockNamed(window, u"claimEditorDock"_s));
            dockNamed(window, u"tagsDock"_s)->close();
            QTest::qWait(20);
            window.close();
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.dockWidgetArea(dockNamed(window, u"claimEditorDock"_s)), Qt::LeftDockWidgetArea);
        QVERIFY(dockNamed(window, u"tagsDock"_s)->isHidden());
    }

    // A saved state this build cannot read gives the default layout, and
    // the status bar says so and where Reset Layout is.
    void unreadableSavedLayoutGivesTheDefault()
    {
        QStringList places;
        {
            MainWindow window;
            QVERIFY(showAt(window, QSize(1600, 1000)));
            places = dockPlaces(window);
        }
        QSettings().setValue(u"mainWindow/state"_s, QByteArray("not a window state"));
        MainWindow window;
        QVERIFY(showAt(window, QSize(1600, 1000)));
        QCOMPARE(dockPlaces(window), places);
        QVERIFY2(window.statusBar()->currentMessage().contains(u"Reset Layout"_s),
                 qPrintable(window.statusBar()->currentMessage()));
    }

private:
    QTemporaryDir m_dir;
    QString m_projectPath;
};

QTEST_MAIN(TestDefaultLayout)
#include "tst_defaultlayout.moc"
