#include "common/freshprojects.h"
#include "common/resultcheck.h"
#include "core/commands/projectsession.h"
#include "core/models/articlelistmodel.h"
#include "ui/reader/articletextedit.h"
#include "ui/reader/findbar.h"
#include "ui/reader/linkbar.h"
#include "ui/reader/orphanlist.h"
#include "ui/reader/readerpane.h"
#include "ui/reader/sidebysidereader.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>
#include <QUndoStack>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

const QString LossesBody =
    u"Russian casualties have surpassed one million troops, the General Staff said on Thursday.\n\n"
    "The UK Defence Ministry estimates approximately 250,000 killed in action."_s;
const QString DronesBody =
    u"Russia launched 63 drones overnight; 28 were shot down and 21 were jammed.\n\n"
    "Eighteen people were injured, four of them children."_s;

// A paragraph per line, long enough to scroll.
QString longBody(const QString &word, int paragraphs)
{
    QStringList lines;
    for (int i = 0; i < paragraphs; ++i)
        lines.append(u"Paragraph %1: "_s.arg(i) + QStringList(12, word).join(u' '));
    return lines.join(u"\n\n"_s);
}

} // namespace

// The reader on its own (panes, find bar, highlights, orphans, link bar,
// synchronized scrolling), driven through a session on a fresh project.
class TestReaderPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        auto project = m_projects.open();
        CLAIMBENCH_VERIFY_OK(project);
        m_project = *project;
        m_losses = addArticle(u"Losses"_s, LossesBody);
        m_drones = addArticle(u"Drones"_s, DronesBody);
        m_articles = std::make_unique<ArticleListModel>();
        m_articles->setProject(m_project);
        m_session = std::make_unique<ProjectSession>(m_project);
    }

    void cleanup()
    {
        m_session.reset();
        m_articles.reset();
        m_project.reset();
    }

    void pickerShowsTheChosenArticle()
    {
        ReaderPane pane(m_articles.get());
        pane.setSession(m_session.get());
        pane.show();
        QCOMPARE(pane.articleId(), 0);
        const int row = m_articles->rowOfArticle(m_drones);
        QVERIFY(row >= 0);
        pane.picker()->setCurrentIndex(row);
        Q_EMIT pane.picker()->activated(row);
        QCOMPARE(pane.articleId(), m_drones);
        QCOMPARE(pane.textEdit()->toPlainText(), DronesBody);
        QCOMPARE(pane.picker()->currentText(), m_articles->index(row, ArticleListModel::TitleColumn).data().toString());
        // A reload of the list keeps the article, and the picker names it.
        m_articles->reload();
        QCOMPARE(pane.articleId(), m_drones);
        QTRY_COMPARE(pane.picker()->currentText(), m_articles->index(row, ArticleListModel::TitleColumn).data().toString());
    }

    void claimsAreDrawnAndOverlapsNest()
    {
        const int outer = addClaim(m_losses, u"surpassed one million troops"_s);
        const int inner = addClaim(m_losses, u"one million"_s);
        ReaderPane pane(m_articles.get());
        pane.setSession(m_session.get());
        QVERIFY(pane.showArticle(m_losses));
        QCOMPARE(pane.textEdit()->highlights().size(), 2);
        const int at = int(LossesBody.indexOf(u"one million"_s));
        // The inner claim wins where both cover the text; the outer elsewhere.
        QCOMPARE(pane.textEdit()->claimAt(at + 2), inner);
        QCOMPARE(pane.textEdit()->claimAt(at - 3), outer);
        QCOMPARE(pane.textEdit()->claimAt(0), 0);
    }

    void findBarCountsMatches()
    {
        ReaderPane pane(m_articles.get());
        pane.setSession(m_session.get());
        pane.show();
        QVERIFY(pane.showArticle(m_drones));
        pane.openFindBar();
        QVERIFY(pane.findBar()->isVisible());
        QTest::keyClicks(pane.findBar()->field(), u"WERE"_s);
        QCOMPARE(pane.findBar()->matchCount(), 3);
        QCOMPARE(pane.findBar()->currentMatch(), 0);
        QCOMPARE(pane.findBar()->findChild<QLabel *>(u"findCount"_s)->text(), u"1 of 3"_s);
        QCOMPARE(pane.textEdit()->textCursor().selectedText(), u"were"_s);
        QTest::keyClick(pane.findBar()->field(), Qt::Key_Return);
        QCOMPARE(pane.findBar()->currentMatch(), 1);
        QTest::keyClick(pane.findBar()->field(), Qt::Key_Return, Qt::ShiftModifier);
        pane.findBar()->findPrevious();
        QCOMPARE(pane.findBar()->currentMatch(), 2);
        QTest::keyClicks(pane.findBar()->field(), u"xyz"_s);
        QCOMPARE(pane.findBar()->matchCount(), 0);
        QCOMPARE(pane.findBar()->findChild<QLabel *>(u"findCount"_s)->text(), u"No matches"_s);
        QTest::keyClick(pane.findBar()->field(), Qt::Key_Escape);
        QVERIFY(!pane.findBar()->isVisible());
    }

    void zoomChangesTheFontSize()
    {
        ArticleTextEdit text;
        const qreal base = text.font().pointSizeF();
        text.setZoom(3);
        QCOMPARE(text.font().pointSizeF(), base + 3);
        text.setZoom(ArticleTextEdit::MinZoom - 10);
        QCOMPARE(text.zoom(), ArticleTextEdit::MinZoom);
        text.setZoom(0);
        QCOMPARE(text.font().pointSizeF(), base);
    }

    void clickingASuggestionCreatesAClaim()
    {
        ReaderPane pane(m_articles.get());
        pane.resize(800, 600);
        pane.setSession(m_session.get());
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(pane.showArticle(m_drones));
        ArticleTextEdit *text = pane.textEdit();
        const int at = int(DronesBody.indexOf(u"63"_s));
        const auto suggestion = text->suggestionAt(at);
        QVERIFY(suggestion);
        QVERIFY(suggestion->start <= at && suggestion->end > at);

        QTextCursor cursor(text->document());
        cursor.setPosition(at + 1);
        const QPoint point = text->cursorRect(cursor).center();
        QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, point);
        auto claims = m_project->claims().listForArticle(m_drones);
        CLAIMBENCH_VERIFY_OK(claims);
        QCOMPARE(claims->size(), 1);
        QCOMPARE(claims->first().start, suggestion->start);
        QCOMPARE(claims->first().value, std::optional<double>(63));
        QCOMPARE(pane.selectedClaim(), claims->first().id);
        // Drawn as a claim now, no longer offered.
        QVERIFY(!text->suggestionAt(at));
        QCOMPARE(text->claimAt(at), claims->first().id);
    }

    void suggestionsArriveFromAWorkerThread()
    {
        ArticleTextEdit text;
        const int overnight = int(DronesBody.indexOf(u"overnight"_s));
        // A text replaced at once, with a figure where the second has none:
        // its late result must never show.
        text.setArticleText(QString(overnight, u'a') + u" 4,500 troops were counted."_s);
        text.setArticleText(DronesBody);
        const int at = int(DronesBody.indexOf(u"63"_s));
        // Answered before the worker is done, from the paragraph alone.
        const auto early = text.suggestionAt(at);
        QVERIFY(early);
        QTRY_VERIFY(text.suggestionsReady());
        const auto late = text.suggestionAt(at);
        QVERIFY(late);
        QCOMPARE(late->start, early->start);
        QCOMPARE(late->end, early->end);
        QVERIFY(!text.suggestionAt(overnight + 2));
        // The second paragraph's figure, found by its offset in the whole text.
        const int eighteen = int(DronesBody.indexOf(u"Eighteen"_s));
        QVERIFY(text.suggestionAt(eighteen + 1));
        QCOMPARE(text.suggestionAt(eighteen + 1)->start, eighteen);
    }

    void orphanListPlacesAndDeletes()
    {
        Claim orphan;
        orphan.articleId = m_losses;
        orphan.start = 0;
        orphan.end = 6;
        orphan.quote = u"12,000 wounded"_s;
        orphan.orphaned = true;
        CLAIMBENCH_VERIFY_OK(m_project->claims().add(orphan));
        Claim second = orphan;
        second.id = 0;
        second.quote = u"a lost figure"_s;
        CLAIMBENCH_VERIFY_OK(m_project->claims().add(second));

        ReaderPane pane(m_articles.get());
        pane.setSession(m_session.get());
        pane.show();
        QVERIFY(pane.showArticle(m_losses));
        OrphanList *orphans = pane.orphanList();
        QVERIFY(orphans->isVisible());
        QCOMPARE(orphans->count(), 2);
        QCOMPARE(orphans->findChild<QToolButton *>(u"orphanToggle"_s)->text(), u"2 orphaned claims"_s);
        // Orphans are listed, not drawn.
        QVERIFY(pane.textEdit()->highlights().isEmpty());
        orphans->findChild<QToolButton *>(u"orphanToggle"_s)->click();
        QVERIFY(orphans->list()->isVisible());
        QVERIFY(orphans->list()->item(0)->text().contains(u"12,000 wounded"_s));

        auto *place = orphans->findChild<QPushButton *>(u"orphanPlace"_s);
        QVERIFY(!place->isEnabled());
        const int start = int(LossesBody.indexOf(u"one million"_s));
        pane.textEdit()->selectRange(start, start + 11);
        QVERIFY(place->isEnabled());
        place->click();
        auto placed = m_project->claims().get(orphan.id);
        CLAIMBENCH_VERIFY_OK(placed);
        QVERIFY(!placed->orphaned);
        QCOMPARE(placed->start, start);
        QCOMPARE(placed->quote, u"one million"_s);
        QCOMPARE(orphans->count(), 1);
        QCOMPARE(pane.textEdit()->highlights().size(), 1);

        orphans->list()->setCurrentRow(0);
        orphans->findChild<QPushButton *>(u"orphanDelete"_s)->click();
        QVERIFY(!m_project->claims().get(second.id));
        QVERIFY(orphans->isHidden());
        // Both steps are undoable.
        m_session->undoStack()->undo();
        QCOMPARE(orphans->count(), 1);
    }

    void selectingAClaimMarksTheSameMetricInTheOtherPane()
    {
        Metric metric;
        metric.name = u"Russian casualties"_s;
        auto metricId = m_project->metrics().add(metric);
        CLAIMBENCH_VERIFY_OK(metricId);
        const qint64 left = addClaim(m_losses, u"one million"_s, *metricId);
        const qint64 right = addClaim(m_drones, u"Eighteen people"_s, *metricId);
        const qint64 other = addClaim(m_drones, u"63 drones"_s);

        SideBySideReader reader(m_articles.get());
        reader.resize(1400, 700);
        reader.setSession(m_session.get());
        reader.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader));
        QVERIFY(reader.left()->showArticle(m_losses));
        QVERIFY(reader.right()->showArticle(m_drones));
        reader.left()->selectClaim(left);
        QCOMPARE(reader.left()->selectedClaim(), left);
        QCOMPARE(reader.right()->textEdit()->markedClaims(), QSet<qint64>{right});
        QVERIFY(!reader.right()->textEdit()->markedClaims().contains(other));
        // The link bar joins the two claims.
        reader.linkBar()->repaint();
        QCOMPARE(reader.linkBar()->linkCount(), 1);

        reader.setPaneVisible(reader.right(), false);
        QVERIFY(reader.linkBar()->isHidden());
        QCOMPARE(reader.activePane(), reader.left());
    }

    void synchronizedScrollingFollowsParagraphs()
    {
        const qint64 shortId = addArticle(u"Short"_s, longBody(u"short"_s, 40));
        const qint64 longId = addArticle(u"Long"_s, longBody(u"long"_s, 80));
        SideBySideReader reader(m_articles.get());
        reader.resize(1200, 500);
        reader.setSession(m_session.get());
        reader.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader));
        QVERIFY(reader.left()->showArticle(shortId));
        QVERIFY(reader.right()->showArticle(longId));
        reader.setSyncScrolling(true);

        // Paragraph 20 of 40 on the left (block 40: paragraphs and blank lines
        // alternate) shows paragraph 40 of 80 on the right.
        ArticleTextEdit *left = reader.left()->textEdit();
        ArticleTextEdit *right = reader.right()->textEdit();
        const QTextBlock paragraph = left->document()->findBlockByNumber(40);
        left->verticalScrollBar()->setValue(paragraph.firstLineNumber());
        QCOMPARE(right->topBlockNumber(), 80);

        reader.setSyncScrolling(false);
        left->verticalScrollBar()->setValue(0);
        QCOMPARE(right->topBlockNumber(), 80);
    }

private:
    qint64 addArticle(const QString &title, const QString &body)
    {
        Article article;
        article.title = title;
        article.published = PartialDate::day(2025, 6, 13);
        article.body = body;
        auto id = m_project->articles().add(article);
        return id ? *id : 0;
    }

    qint64 addClaim(qint64 articleId, const QString &quote, qint64 metricId = 0)
    {
        auto article = m_project->articles().get(articleId);
        Claim claim;
        claim.articleId = articleId;
        claim.start = int(article->body.indexOf(quote));
        claim.end = claim.start + int(quote.size());
        claim.metricId = metricId;
        auto id = m_project->claims().add(claim);
        return id ? *id : 0;
    }

    FreshProjects m_projects;
    std::shared_ptr<Project> m_project;
    std::unique_ptr<ArticleListModel> m_articles;
    std::unique_ptr<ProjectSession> m_session;
    qint64 m_losses = 0;
    qint64 m_drones = 0;
};

QTEST_MAIN(TestReaderPane)
#include "tst_readerpane.moc"
