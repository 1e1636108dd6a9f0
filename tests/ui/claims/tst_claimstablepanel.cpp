#include "common/resultcheck.h"
#include "core/commands/projectsession.h"
#include "core/models/claimstablemodel.h"
#include "core/models/sampleclaims.h"
#include "core/store/project.h"
#include "core/store/sqlsupport.h"
#include "ui/claims/claimstablepanel.h"

#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Claimbench;
using namespace Qt::StringLiterals;

class TestClaimsTablePanel : public QObject
{
    Q_OBJECT

    SampleProject m_fixture;
    std::shared_ptr<Project> &m_project = m_fixture.project;
    SampleClaims &m_sample = m_fixture.sample;
    std::unique_ptr<ProjectSession> m_session;
    std::unique_ptr<ClaimsTablePanel> m_panel;

    QString countsText() const
    {
        for (QLabel *label : m_panel->findChildren<QLabel *>())
            if (label->text().contains(u" claim"_s))
                return label->text();
        return {};
    }

private Q_SLOTS:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        CLAIMBENCH_VERIFY_OK(m_fixture.open());
        m_session = std::make_unique<ProjectSession>(m_project);
        m_panel = std::make_unique<ClaimsTablePanel>(m_session.get());
        m_panel->resize(1400, 500);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }
    void cleanup()
    {
        m_panel.reset();
        m_session.reset();
        m_fixture.close();
        QLocale::setDefault(QLocale::c());
    }

    void showsEveryClaimAndTheCount()
    {
        QCOMPARE(m_panel->view()->model()->rowCount(), 6);
        QTRY_COMPARE(countsText(), u"6 of 6 claims"_s);
    }

    void oneClaimIsCountedInTheSingular()
    {
        QList<qint64> ids;
        for (int row = 1; row < m_panel->model()->rowCount(); ++row)
            ids.append(m_panel->model()->claimIdAt(row));
        CLAIMBENCH_VERIFY_OK(m_session->deleteClaims(ids));
        QTRY_COMPARE(m_panel->view()->model()->rowCount(), 1);
        QTRY_COMPARE(countsText(), u"1 of 1 claim"_s);
    }

    void typedTextFiltersAfterADebounce()
    {
        auto *text = m_panel->findChild<QLineEdit *>();
        QVERIFY(text);
        QTest::keyClicks(text, u"drones"_s);
        // Typing runs no query until the debounce ends.
        QCOMPARE(m_panel->model()->rowCount(), 6);
        QTRY_COMPARE(m_panel->model()->rowCount(), 3);
        QCOMPARE(m_panel->model()->filter().text, u"drones"_s);
        QTRY_COMPARE(countsText(), u"3 of 6 claims"_s);
    }

    // Issue 20: "1000000" typed into the search found nothing where the
    // quote says "1,000,000".
    void typedNumberFindsTheClaimsThatGiveIt_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("plain digits") << u"1000000"_s;
        QTest::newRow("grouped") << u"1,000,000"_s;
        QTest::newRow("scale word") << u"1 million"_s;
    }
    void typedNumberFindsTheClaimsThatGiveIt()
    {
        QFETCH(QString, typed);
        auto *text = m_panel->findChild<QLineEdit *>();
        QVERIFY(text);
        QTest::keyClicks(text, typed);
        QTRY_COMPARE(m_panel->model()->rowCount(), 1);
        QCOMPARE(m_panel->model()->claimIdAt(0), m_sample.claims[u"t1m"_s]);
        QTRY_COMPARE(countsText(), u"1 of 6 claims"_s);
    }

    QLineEdit *editWithPlaceholder(const QString &placeholder) const
    {
        for (QLineEdit *edit : m_panel->findChildren<QLineEdit *>())
            if (edit->placeholderText() == placeholder)
                return edit;
        return nullptr;
    }

    // Issue 20: the table had no value range filter.
    void valueRangeFiltersAndMarksWhatIsNotANumber()
    {
        QLineEdit *min = editWithPlaceholder(u"min value"_s);
        QLineEdit *max = editWithPlaceholder(u"max value"_s);
        QVERIFY(min);
        QVERIFY(max);
        QTest::keyClicks(min, u"1,000"_s);
        QTRY_COMPARE(m_panel->model()->rowCount(), 2); // 1,000,000 and 20-30 thousand (25,000)
        QTRY_COMPARE(countsText(), u"2 of 6 claims"_s);
        QTest::keyClicks(max, u"30k"_s);
        QTRY_COMPARE(m_panel->model()->rowCount(), 1);
        QCOMPARE(m_panel->model()->claimIdAt(0), m_sample.claims[u"trange"_s]);
        QTRY_COMPARE(countsText(), u"1 of 6 claims"_s);
        // Combined with the other filters.
        QTest::keyClicks(m_panel->findChild<QLineEdit *>(), u"drones"_s);
        QTRY_COMPARE(m_panel->model()->rowCount(), 0);
        m_panel->findChild<QLineEdit *>()->clear();
        QTRY_COMPARE(m_panel->model()->rowCount(), 1);

        // Not a number: shown as such, and that side left open rather than
        // matching nothing or silently keeping the old bound.
        max->clear();
        QTest::keyClicks(max, u"lots"_s);
        QTRY_COMPARE(m_panel->model()->rowCount(), 2);
        QVERIFY(!m_panel->model()->filter().maxValue);
        QVERIFY(!max->styleSheet().isEmpty());
        bool told = false;
        for (QLabel *label : m_panel->findChildren<QLabel *>())
            told = told || label->text().contains(u"“lots” is not a number"_s);
        QVERIFY(told);

        // Bounds the wrong way round are said, not just an empty table.
        max->clear();
        QTest::keyClicks(max, u"10"_s);
        QTRY_COMPARE(m_panel->model()->rowCount(), 0);
        told = false;
        for (QLabel *label : m_panel->findChildren<QLabel *>())
            told = told || label->text().contains(u"min value is above the max value"_s);
        QVERIFY(told);

        // A hostile test pasted 400 nines: the quoted value widened the
        // window to 3,729 px. The panel asks for no more width than before.
        const int minimumWidth = m_panel->minimumSizeHint().width();
        max->clear();
        QTest::keyClicks(max, u"9"_s.repeated(400) + u"x"_s);
        QTRY_VERIFY(!max->styleSheet().isEmpty());
        QCOMPARE(m_panel->minimumSizeHint().width(), minimumWidth);
        max->clear();
        QTRY_VERIFY(max->styleSheet().isEmpty());
    }

    // Issue 20: "corroborated" and "UK Ministry of Defence" were elided.
    void statusAndClaimantColumnsFitTheirNames()
    {
        Claimant ministry;
        ministry.name = u"UK Ministry of Defence"_s;
        CLAIMBENCH_VERIFY_OK(m_project->claimants().add(ministry));
        auto claim = m_project->claims().get(m_sample.claims[u"t1m"_s]);
        CLAIMBENCH_VERIFY_OK(claim);
        claim->claimantId = ministry.id;
        claim->status = ClaimStatus::Corroborated;
        CLAIMBENCH_VERIFY_OK(m_project->claims().update(*claim));
        // As the window does when a project opens.
        m_panel->setSession(m_session.get());
        m_panel->resize(1600, 500);

        QAbstractItemView *view = m_panel->view();
        for (const int column : {int(ClaimsTableModel::StatusColumn), int(ClaimsTableModel::ClaimantColumn)}) {
            QVERIFY2(view->sizeHintForColumn(column) <= m_panel->view()->columnWidth(column),
                     qPrintable(u"column %1: %2 px needed, %3 px wide"_s.arg(column)
                                    .arg(view->sizeHintForColumn(column))
                                    .arg(m_panel->view()->columnWidth(column))));
            QVERIFY(m_panel->view()->horizontalHeader()->sectionSizeHint(column)
                    <= m_panel->view()->columnWidth(column));
        }
    }

    // Issue 13: at 1600 px the sample's tags read "We…" and "Ukr…", 9
    // characters being too narrow for a tag's colour and its name.
    void tagColumnFitsTagNames()
    {
        Tag western{0, 0, u"Western estimates"_s, QColor(0x0072b2), 0};
        CLAIMBENCH_VERIFY_OK(m_project->tags().add(western));
        auto claim = m_project->claims().get(m_sample.claims[u"t1m"_s]);
        CLAIMBENCH_VERIFY_OK(claim);
        claim->tagId = western.id;
        CLAIMBENCH_VERIFY_OK(m_project->claims().update(*claim));
        m_panel->setSession(m_session.get());
        m_panel->resize(1600, 500);

        QAbstractItemView *view = m_panel->view();
        const int column = ClaimsTableModel::TagColumn;
        QVERIFY2(view->sizeHintForColumn(column) <= m_panel->view()->columnWidth(column),
                 qPrintable(u"%1 px needed, %2 px wide"_s.arg(view->sizeHintForColumn(column))
                                .arg(m_panel->view()->columnWidth(column))));
    }

    // Found by the cold analyst test: "1,000,000"-sized values with a
    // fraction, in the value and range columns, were cut.
    void numberColumnsFitMillionsWithARange()
    {
        auto claim = m_project->claims().get(m_sample.claims[u"t1m"_s]);
        CLAIMBENCH_VERIFY_OK(claim);
        claim->value = 2500000.5;
        claim->low = 1000000.5;
        claim->high = 9999999.5;
        CLAIMBENCH_VERIFY_OK(m_project->claims().update(*claim));
        m_panel->setSession(m_session.get());
        m_panel->resize(1600, 500);

        QAbstractItemView *view = m_panel->view();
        for (const int column : {int(ClaimsTableModel::ValueColumn), int(ClaimsTableModel::LowColumn),
                                 int(ClaimsTableModel::HighColumn)}) {
            QVERIFY2(view->sizeHintForColumn(column) <= m_panel->view()->columnWidth(column),
                     qPrintable(u"column %1: %2 px needed, %3 px wide"_s.arg(column)
                                    .arg(view->sizeHintForColumn(column))
                                    .arg(m_panel->view()->columnWidth(column))));
        }
    }

    // The window keeps one panel and hands it each project's session: it
    // starts over as a new panel would, with no filter, sort or current claim.
    void setSessionStartsOverAsANewPanel()
    {
        auto *text = m_panel->findChild<QLineEdit *>();
        QVERIFY(text);
        text->setText(u"drones"_s);
        m_panel->view()->sortByColumn(ClaimsTableModel::ValueColumn, Qt::DescendingOrder);
        m_panel->setCurrentClaim(m_panel->model()->claimIdAt(0));
        QSignalSpy current(m_panel.get(), &ClaimsTablePanel::currentClaimChanged);

        m_panel->setSession(nullptr);
        QCOMPARE(m_panel->model()->rowCount(), 0);
        auto other = std::make_unique<ProjectSession>(m_project);
        m_panel->setSession(other.get());
        QCOMPARE(text->text(), QString());
        QVERIFY(m_panel->model()->filter() == ClaimFilter{});
        QCOMPARE(m_panel->model()->currentSort().key, ClaimQuery::SortKey::Id);
        QCOMPARE(m_panel->currentClaim(), qint64(0));
        QCOMPARE(m_panel->model()->rowCount(), 6);
        QCOMPARE(countsText(), u"Counting claims…"_s); // the rows come first
        QTRY_COMPARE(countsText(), u"6 of 6 claims"_s);
        QCOMPARE(current.count(), 0);
        m_panel->setSession(m_session.get());
    }

    void combosFilterAtOnce()
    {
        QComboBox *metric = nullptr;
        for (QComboBox *combo : m_panel->findChildren<QComboBox *>())
            if (combo->itemText(0) == u"Any metric"_s)
                metric = combo;
        QVERIFY(metric);
        QCOMPARE(metric->count(), 3);
        metric->setCurrentIndex(metric->findText(u"Troop losses"_s));
        QCOMPARE(m_panel->model()->rowCount(), 2);
        QCOMPARE(m_panel->model()->filter().metricId, m_sample.troops);
        // A metric created through the session appears in the combo, the choice kept.
        CLAIMBENCH_VERIFY_OK(m_session->createMetric(Metric{0, u"Tanks"_s, {}, {}}));
        QCOMPARE(metric->count(), 4);
        QCOMPARE(metric->currentText(), u"Troop losses"_s);
    }

    // Issue 17: a Who filter and column, hidden while one person wrote every
    // claim (a file of one analyst), shown once a second one did; the
    // names are read again when the list opens.
    void whoFilterShowsOnceSeveralWrote()
    {
        QComboBox *who = nullptr;
        for (QComboBox *combo : m_panel->findChildren<QComboBox *>())
            if (combo->itemText(0) == u"Anyone"_s)
                who = combo;
        QVERIFY(who);
        QVERIFY(!who->isVisible());
        QVERIFY(m_panel->view()->isColumnHidden(ClaimsTableModel::WhoColumn));
        QCOMPARE(who->count(), 2);

        const Result<QSqlDatabase> db = Sql::connection(m_project->threadConnection());
        CLAIMBENCH_VERIFY_OK(db);
        CLAIMBENCH_VERIFY_OK(Sql::run(*db, u"UPDATE claims SET changed_by = 'олена' WHERE id = ? OR id = ?"_s,
                                      {m_sample.claims[u"d28"_s], m_sample.claims[u"trange"_s]}));
        who->showPopup();
        who->hidePopup();
        QCOMPARE(who->count(), 3);
        QVERIFY(who->isVisible());
        QVERIFY(!m_panel->view()->isColumnHidden(ClaimsTableModel::WhoColumn));
        who->setCurrentIndex(who->findText(u"олена"_s));
        QCOMPARE(m_panel->model()->rowCount(), 2);
        QCOMPARE(m_panel->model()->filter().changedBy, std::optional<QString>(u"олена"_s));
        const QModelIndex cell = m_panel->model()->index(0, ClaimsTableModel::WhoColumn);
        QCOMPARE(cell.data().toString(), u"олена"_s);
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(u"last written by олена"_s));
        QVERIFY(!(m_panel->model()->flags(cell) & Qt::ItemIsEditable));
        who->setCurrentIndex(0);
        QCOMPARE(m_panel->model()->rowCount(), 6);
    }

    // Cold test, issue 17: another analyst's save reloaded the table while a
    // cell was being edited; the open editor took the stored value back, and
    // Enter then wrote it as the analyst's own. The typed text stays, and its
    // save is checked against the claim as it was when the editor opened: a
    // Conflict (no resolver here), the other analyst's value kept.
    void cellEditorKeepsTypingAndConflictsWithAChangeMadeMeanwhile()
    {
        const qint64 id = m_sample.claims[u"d28"_s];
        int row = 0;
        while (m_panel->model()->claimIdAt(row) != id)
            ++row;
        const QModelIndex cell = m_panel->model()->index(row, ClaimsTableModel::ValueColumn);
        m_panel->view()->setCurrentIndex(cell);
        m_panel->view()->edit(cell);
        auto *editor = m_panel->view()->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, u"31"_s);

        Result<Claim> other = m_project->claims().get(id);
        CLAIMBENCH_VERIFY_OK(other);
        other->value = 99;
        CLAIMBENCH_VERIFY_OK(m_project->claims().update(*other));
        m_panel->model()->reload(); // as the change feed's announcement does
        QCOMPARE(m_panel->model()->index(row, ClaimsTableModel::ValueColumn).data().toString(), u"99"_s);
        QCOMPARE(editor->text(), u"31"_s);

        QSignalSpy errors(m_panel->model(), &ClaimsTableModel::errorOccurred);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(errors.size(), 1); // the delegate commits on a queued call
        const Result<Claim> stored = m_project->claims().get(id);
        CLAIMBENCH_VERIFY_OK(stored);
        QCOMPARE(stored->value, std::optional<double>(99));
    }

    // Opening a cell and pressing Enter writes nothing: the claim keeps its
    // version and who last wrote it.
    void cellEditorClosedUntouchedWritesNothing()
    {
        const qint64 id = m_sample.claims[u"d28"_s];
        const Result<Claim> before = m_project->claims().get(id);
        CLAIMBENCH_VERIFY_OK(before);
        int row = 0;
        while (m_panel->model()->claimIdAt(row) != id)
            ++row;
        const QModelIndex cell = m_panel->model()->index(row, ClaimsTableModel::UnitColumn);
        m_panel->view()->setCurrentIndex(cell);
        m_panel->view()->edit(cell);
        auto *editor = m_panel->view()->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(!m_panel->view()->viewport()->findChild<QLineEdit *>()); // closed, committed
        QVERIFY(m_panel->model()->setData(cell, cell.data(Qt::EditRole))); // the same text, programmatically
        const Result<Claim> after = m_project->claims().get(id);
        CLAIMBENCH_VERIFY_OK(after);
        QCOMPARE(after->version, before->version);
        QCOMPARE(m_session->undoStack()->count(), 0);
    }

    void copyGivesTsvOfRawValues()
    {
        m_panel->view()->sortByColumn(ClaimsTableModel::ValueColumn, Qt::DescendingOrder);
        m_panel->view()->selectRow(0);
        const QStringList lines = m_panel->selectionAsTsv().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith(u"Article\tOutlet\tPublished\tAs of\tMetric\tValue\t"_s));
        const QStringList fields = lines[1].split(u'\t');
        // Every column shown: all but Who, hidden while one analyst wrote every claim.
        QCOMPARE(fields.size(), int(ClaimsTableModel::ColumnCount) - 1);
        QCOMPARE(fields[ClaimsTableModel::ValueColumn], u"1000000"_s);
        QCOMPARE(fields[ClaimsTableModel::PublishedColumn], u"2024-03-01"_s);
        QCOMPARE(fields[ClaimsTableModel::QualifierColumn], u"more than"_s);
    }

    // A claimant "+cmd|..." or a unit "=HYPERLINK(...)" would run as a
    // formula where the copy is pasted or the export opened: both get a
    // leading apostrophe; the value, a number, keeps its minus sign.
    void copyAndExportNeutralizeFormulaText()
    {
        const Result<Claim> stored = m_project->claims().get(m_sample.claims.value(u"d63"_s));
        CLAIMBENCH_VERIFY_OK(stored);
        ClaimDraft draft{.claim = *stored, .metricName = u"Drones launched"_s, .claimantName = u"+cmd|' /C calc'!A0"_s};
        draft.claim.unit = u"=HYPERLINK(\"http://evil.example/\")"_s;
        draft.claim.value = -63;
        CLAIMBENCH_VERIFY_OK(m_session->updateClaim(draft, u"Edit claim"_s));

        const ClaimsTableModel *model = m_panel->model();
        int edited = -1;
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, ClaimsTableModel::ValueColumn).data(ClaimsTableModel::RawValueRole) == -63.0)
                edited = row;
        QVERIFY(edited >= 0);
        m_panel->view()->selectRow(edited);
        const QStringList lines = m_panel->selectionAsTsv().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QStringList fields = lines[1].split(u'\t');
        QCOMPARE(fields[ClaimsTableModel::ValueColumn], u"-63"_s);
        QCOMPARE(fields[ClaimsTableModel::ClaimantColumn], u"'+cmd|' /C calc'!A0"_s);
        QCOMPARE(fields[ClaimsTableModel::UnitColumn], u"'=HYPERLINK(\"http://evil.example/\")"_s);

        QTemporaryDir dir;
        const QString csvPath = dir.filePath(u"claims.csv"_s);
        CLAIMBENCH_VERIFY_OK(m_panel->exportTo(csvPath, OutputFormat::Csv));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray csvBytes = csv.readAll();
        QVERIFY2(csvBytes.contains(",-63,,,\"'=HYPERLINK(\"\"http://evil.example/\"\")\","), csvBytes.constData());
        QVERIFY2(csvBytes.contains(",'+cmd|' /C calc'!A0,"), csvBytes.constData());

        const QString jsonPath = dir.filePath(u"claims.json"_s);
        CLAIMBENCH_VERIFY_OK(m_panel->exportTo(jsonPath, OutputFormat::Json));
        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QByteArray jsonBytes = json.readAll();
        QVERIFY2(jsonBytes.contains("\"unit\":\"=HYPERLINK(\\\"http://evil.example/\\\")\""), jsonBytes.constData());
        QVERIFY2(jsonBytes.contains("\"claimant\":\"+cmd|' /C calc'!A0\""), jsonBytes.constData());
    }

    void exportWritesAllFilteredRowsWithSpecKeys_data()
    {
        QTest::addColumn<OutputFormat>("format");
        QTest::newRow("csv") << OutputFormat::Csv;
        QTest::newRow("json") << OutputFormat::Json;
    }
    void exportWritesAllFilteredRowsWithSpecKeys()
    {
        QFETCH(OutputFormat, format);
        m_panel->model()->setFilter({.metricId = m_sample.drones});
        QTemporaryDir dir;
        const QString path = dir.filePath(u"claims.out"_s);
        const Result<qint64> rows = m_panel->exportTo(path, format);
        CLAIMBENCH_VERIFY_OK(rows);
        QCOMPARE(*rows, 4);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (format == OutputFormat::Csv) {
            const QList<QByteArray> lines = bytes.split('\n');
            QCOMPARE(lines.first(), QByteArray("id,article_title,article_url,outlet,published,quote,start,end,value,"
                                               "low,high,unit,qualifier,metric,claimant,as_of,status,tag,note\r"));
            QCOMPARE(lines.size(), 6); // header, four rows, the empty rest after the last CRLF
            QVERIFY(bytes.contains("63 drones were launched \xf0\x9f\x9a\x80")); // UTF-8
        } else {
            const QJsonArray array = QJsonDocument::fromJson(bytes).array();
            QCOMPARE(array.size(), 4);
            QCOMPARE(array[0].toObject().value(u"metric"_s).toString(), u"Drones launched"_s);
        }
    }

    void doubleClickActivatesTheClaim()
    {
        QSignalSpy activated(m_panel.get(), &ClaimsTablePanel::claimActivated);
        QTableView *view = m_panel->view();
        const QRect cell = view->visualRect(view->model()->index(1, ClaimsTableModel::ArticleColumn));
        // A press first, as a user's double-click starts with one.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toLongLong(), m_panel->model()->claimIdAt(1));
    }

    void bulkStatusIsOneUndoStep()
    {
        QTableView *view = m_panel->view();
        view->selectAll();
        CLAIMBENCH_VERIFY_OK(m_panel->model()->setStatus({0, 1, 2, 3, 4, 5}, ClaimStatus::Corroborated));
        QCOMPARE(m_session->undoStack()->count(), 1);
        QCOMPARE(view->model()->index(0, ClaimsTableModel::StatusColumn).data().toString(), u"corroborated"_s);
        // The edit reloaded rows in place: the selection survives.
        QCOMPARE(view->selectionModel()->selectedRows().size(), 6);
    }
};

QTEST_MAIN(TestClaimsTablePanel)
#include "tst_claimstablepanel.moc"
