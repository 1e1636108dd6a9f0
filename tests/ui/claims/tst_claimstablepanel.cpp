#include "common/resultcheck.h"
#include "core/commands/projectsession.h"
#include "core/models/claimstablemodel.h"
#include "core/models/sampleclaims.h"
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
        QCOMPARE(countsText(), u"6 of 6 claims"_s);
    }

    void oneClaimIsCountedInTheSingular()
    {
        QList<qint64> ids;
        for (int row = 1; row < m_panel->model()->rowCount(); ++row)
            ids.append(m_panel->model()->claimIdAt(row));
        CLAIMBENCH_VERIFY_OK(m_session->deleteClaims(ids));
        QTRY_COMPARE(m_panel->view()->model()->rowCount(), 1);
        QCOMPARE(countsText(), u"1 of 1 claim"_s);
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
        QCOMPARE(countsText(), u"3 of 6 claims"_s);
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
        QCOMPARE(countsText(), u"6 of 6 claims"_s);
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

    void copyGivesTsvOfRawValues()
    {
        m_panel->view()->sortByColumn(ClaimsTableModel::ValueColumn, Qt::DescendingOrder);
        m_panel->view()->selectRow(0);
        const QStringList lines = m_panel->selectionAsTsv().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith(u"Article\tOutlet\tPublished\tAs of\tMetric\tValue\t"_s));
        const QStringList fields = lines[1].split(u'\t');
        QCOMPARE(fields.size(), int(ClaimsTableModel::ColumnCount));
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
