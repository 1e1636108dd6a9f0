// The reader's suggestions and the claim Ctrl+T makes name who claims a figure
// and when it held, from the whole article and its metadata: the speaker of a
// transcript's turn, the publisher of its own release (issue 14). Texts
// written for this test.
#include "common/isolatedsettings.h"
#include "common/resultcheck.h"
#include "common/samplearticles.h"
#include "core/store/project.h"
#include "ui/mainwindow.h"
#include "ui/reader/articletextedit.h"
#include "ui/reader/readerpane.h"
#include "ui/reader/sidebysidereader.h"

#include <QComboBox>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

const QString kBriefing = u"Flood relief: press briefing\n"
                          u"Good afternoon. Deputy Secretary Laura Venn will take your questions.\n"
                          u"MS. VENN: Since the storm, crews have delivered 2.1 million meals, and as of this morning "
                          u"4,300 people are in shelters.\n"
                          u"Q: Can you confirm that 70 bridges are closed?\n"
                          u"MS. VENN: I cannot confirm that number today.\n"
                          u"Q Thank you.\n"_s;

const QString kRelease = u"Consumer price inflation, June 2014\n\n"
                         u"The Consumer Prices Index grew by 1.9% in the year to June 2014, down from 1.5% in May.\n\n"
                         u"Falling prices for clothing gave the largest downward contribution to the change in the rate.\n"_s;

// Saved from an e-mail: hard-wrapped at 68 columns.
const QString kWrapped = u"Heavy rain fell across the northern valleys for a third day on\n"
                         u"Sunday, and the river at Dunmore rose above its flood mark before\n"
                         u"dawn. Emergency crews evacuated two care homes and a school, and the\n"
                         u"county council opened four rest centres for families who had to\n"
                         u"leave. By the evening firefighters had rescued at least 23 people\n"
                         u"from cars and houses cut off by the water, Chief Fire Officer Dana\n"
                         u"Holt said.\n"
                         u"\n"
                         u"Roads across the county stayed closed overnight. The council said\n"
                         u"140 roads were shut and that it expected most of them to reopen by\n"
                         u"Tuesday.\n"_s;

// A table laid out in text, dated by the line under it.
const QString kTollTable = u"Flood toll by province\n"
                           u"\n"
                           u"Province    Dead   Missing   Displaced\n"
                           u"Northern     142        53      11,800\n"
                           u"Coastal       29         8       3,400\n"
                           u"\n"
                           u"Source: Civil Protection Agency, figures as of 12 October\n"_s;

} // namespace

class TestReaderExtraction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        isolateSettings(m_settingsDir.path(), u"tst_readerextraction"_s);
        QVERIFY(m_dir.isValid());
        m_projectPath = m_dir.filePath(u"extraction.claimbench"_s);
        auto project = Project::open(m_projectPath, Project::OpenMode::CreateIfMissing);
        CLAIMBENCH_VERIFY_OK(project);
        Article briefing = makeArticle(u"Flood relief briefing"_s, u"Department of Homeland Security"_s,
                                       PartialDate::day(2024, 10, 9), kBriefing);
        Article release = makeArticle(u"Consumer price inflation"_s, u"Office for National Statistics"_s,
                                      PartialDate::day(2014, 7, 15), kRelease);
        release.author.clear();
        Article wrapped = makeArticle(u"Flood rescues"_s, u"The Dunmore Courier"_s, PartialDate::day(2025, 3, 2), kWrapped);
        Article table = makeArticle(u"Flood toll"_s, u"Daily Monitor"_s, PartialDate::day(2024, 10, 14), kTollTable);
        QList<Article> articles{briefing, release, wrapped, table};
        CLAIMBENCH_VERIFY_OK((*project)->articles().addAll(articles));
    }

    void init() { QSettings().clear(); }

    void aTranscriptsFigureIsItsSpeakers()
    {
        MainWindow window;
        QVERIFY(open(window));
        ReaderPane *pane = show(window, u"Flood relief briefing"_s);
        ArticleTextEdit *text = pane->textEdit();
        QTRY_VERIFY(text->suggestionsReady());

        const auto meals = text->suggestionAt(int(kBriefing.indexOf(u"2.1 million"_s)) + 1);
        QVERIFY(meals);
        QCOMPARE(meals->figure.claimant, u"Laura Venn"_s);
        const auto bridges = text->suggestionAt(int(kBriefing.indexOf(u"70 bridges"_s)) + 1);
        QVERIFY(bridges);
        QCOMPARE(bridges->figure.claimant, QString()); // a reporter's question claims nothing

        const Claim claim = claimWithCtrlT(window, pane, u"4,300"_s);
        QCOMPARE(claimantName(window, claim), u"Laura Venn"_s);
        QCOMPARE(claim.asOf, PartialDate::day(2024, 10, 9)); // "as of this morning"
    }

    void aFirstPartyReleasesFigureIsItsPublishers()
    {
        MainWindow window;
        QVERIFY(open(window));
        ReaderPane *pane = show(window, u"Consumer price inflation"_s);
        ArticleTextEdit *text = pane->textEdit();
        QTRY_VERIFY(text->suggestionsReady());

        const auto may = text->suggestionAt(int(kRelease.indexOf(u"1.5%"_s)) + 1);
        QVERIFY(may);
        QCOMPARE(may->figure.claimant, u"Office for National Statistics"_s);

        const Claim claim = claimWithCtrlT(window, pane, u"1.9%"_s);
        QCOMPARE(claimantName(window, claim), u"Office for National Statistics"_s);
        QCOMPARE(claim.asOf, PartialDate::month(2014, 6)); // "in the year to June 2014"
        QCOMPARE(claim.unit, u"%"_s);
    }

    void aHardWrappedParagraphIsReadWhole()
    {
        MainWindow window;
        QVERIFY(open(window));
        ReaderPane *pane = show(window, u"Flood rescues"_s);
        ArticleTextEdit *text = pane->textEdit();
        // Before the worker is done, and after: the source two lines below
        // the figure is in the same paragraph.
        const int at = int(kWrapped.indexOf(u"23 people"_s)) + 1;
        const auto early = text->suggestionAt(at);
        QVERIFY(early);
        QCOMPARE(early->figure.claimant, u"Chief Fire Officer Dana Holt"_s);
        QTRY_VERIFY(text->suggestionsReady());
        const auto rescued = text->suggestionAt(at);
        QVERIFY(rescued);
        QCOMPARE(rescued->figure.claimant, u"Chief Fire Officer Dana Holt"_s);
        QCOMPARE(rescued->figure.unit, u"people"_s);
        QCOMPARE(rescued->figure.text, u"23"_s);

        const Claim claim = claimWithCtrlT(window, pane, u"140"_s);
        QCOMPARE(claimantName(window, claim), u"council"_s);
    }

    // Found by the cold analyst test: the reader extracted a cell's row
    // alone, without the source line that dates the table.
    void aTablesCellIsDatedByTheLineUnderIt()
    {
        MainWindow window;
        QVERIFY(open(window));
        ReaderPane *pane = show(window, u"Flood toll"_s);
        ArticleTextEdit *text = pane->textEdit();
        // Ctrl+T before the worker is done takes the worker's reading.
        const Claim claim = claimWithCtrlT(window, pane, u"142"_s);
        QCOMPARE(claim.asOf, PartialDate::day(2024, 10, 12));

        QTRY_VERIFY(text->suggestionsReady());
        const auto missing = text->suggestionAt(int(kTollTable.indexOf(u"53"_s)) + 1);
        QVERIFY(missing);
        QCOMPARE(missing->figure.asOf, PartialDate::day(2024, 10, 12));
        QCOMPARE(missing->figure.unit, u"missing"_s);
    }

private:
    bool open(MainWindow &window)
    {
        window.resize(1600, 1000);
        window.show();
        return QTest::qWaitForWindowActive(&window) && window.openProject(m_projectPath);
    }

    static ReaderPane *show(MainWindow &window, const QString &title)
    {
        ReaderPane *pane = window.reader()->left();
        QComboBox *picker = pane->picker();
        const int row = picker->findText(title);
        picker->setCurrentIndex(row);
        Q_EMIT picker->activated(row);
        return pane;
    }

    // Selects `quote` in the pane and presses Ctrl+T, as the analyst does;
    // the claim it stored.
    Claim claimWithCtrlT(MainWindow &window, ReaderPane *pane, const QString &quote)
    {
        ArticleTextEdit *text = pane->textEdit();
        const int start = int(pane->article().body.indexOf(quote));
        text->setFocus();
        text->selectRange(start, start + int(quote.size()));
        QTest::keyClick(text, Qt::Key_T, Qt::ControlModifier);
        auto claims = window.project()->claims().listForArticle(pane->article().id);
        if (!claims)
            return {};
        for (const Claim &claim : *claims)
            if (claim.quote == quote)
                return claim;
        return {};
    }

    // The name of the claim's claimant as the project stores it.
    static QString claimantName(MainWindow &window, const Claim &claim)
    {
        if (!claim.claimantId)
            return {};
        auto claimant = window.project()->claimants().get(claim.claimantId);
        return claimant ? claimant->name : u"<no claimant>"_s;
    }

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    QString m_projectPath;
};

QTEST_MAIN(TestReaderExtraction)
#include "tst_readerextraction.moc"
