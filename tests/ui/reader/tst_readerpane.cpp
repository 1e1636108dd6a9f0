#include "common/freshprojects.h"
#include "common/resultcheck.h"
#include "core/commands/projectsession.h"
#include "core/domain/quoteplacement.h"
#include "core/drafting/claimdrafter.h"
#include "core/models/articlelistmodel.h"
#include "ui/reader/articletextedit.h"
#include "ui/reader/findbar.h"
#include "ui/reader/linkbar.h"
#include "ui/reader/orphanlist.h"
#include "ui/reader/readeractions.h"
#include "ui/reader/readerpane.h"
#include "ui/reader/sidebysidereader.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>
#include <QUndoStack>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

const QString kLossesBody =
    u"Russian casualties have surpassed one million troops, the General Staff said on Thursday.\n\n"
    "The UK Defence Ministry estimates approximately 250,000 killed in action."_s;
const QString kDronesBody =
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

// A plain-text import keeps its line ends, a BOM, decomposed accents and
// emoji: each shifted the reader's positions against the body's offsets.
const QString kCrlfBody =
    u"First line.\r\nOfficials said 63 drones were launched.\r\n\r\nOn Tuesday 28 were shot down."_s;
const QString kMixedBody = u"Zelenskyi\u0301 \U0001F4C8 said:\r\n\r\n\U0001F600 63 drones, "
                          "Kyi\u0308v.\r\n\uFEFFThen 28 were shot down."_s;

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
        m_losses = addArticle(u"Losses"_s, kLossesBody);
        m_drones = addArticle(u"Drones"_s, kDronesBody);
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
        QCOMPARE(pane.textEdit()->toPlainText(), kDronesBody);
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
        const int at = int(kLossesBody.indexOf(u"one million"_s));
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

    void offsetsAcrossLineEndsAndWideCharacters_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("quote");
        QTest::newRow("crlf") << kCrlfBody << u"28 were shot down"_s;
        // The store reads a leading BOM back without it (QString::fromUtf16()),
        // so a BOM is met where two files were joined.
        QTest::newRow("bom") << u"Drones.\n\uFEFFRussia launched 63 drones overnight."_s << u"63 drones"_s;
        QTest::newRow("combining") << u"Zelenskyi\u0301 said Kyi\u0308v counted 63 drones."_s << u"Kyi\u0308v counted"_s;
        QTest::newRow("non-bmp") << u"\U0001F4C8 Up: \U0001F600 63 drones"_s << u"\U0001F600 63"_s;
        QTest::newRow("all") << kMixedBody << u"28 were shot"_s;
    }

    // Regression: QTextCursor::insertText() makes one paragraph break of
    // "\r\n", so every position after a CRLF was one short of the body offset.
    void offsetsAcrossLineEndsAndWideCharacters()
    {
        QFETCH(QString, body);
        QFETCH(QString, quote);
        const qint64 articleId = addArticle(u"Offsets"_s, body);
        QCOMPARE(m_project->articles().get(articleId)->body, body);
        const qint64 stored = addClaim(articleId, quote);
        ReaderPane pane(m_articles.get());
        QVERIFY(showInPane(pane, articleId));
        ArticleTextEdit *text = pane.textEdit();
        const int start = int(body.indexOf(quote));

        // (a) The stored claim is drawn over its quote.
        QCOMPARE(text->highlights().size(), 1);
        QTextCursor drawn(text->document());
        drawn.setPosition(text->highlights().first().start);
        drawn.setPosition(text->highlights().first().end, QTextCursor::KeepAnchor);
        QCOMPARE(drawn.selectedText(), quote);
        QCOMPARE(text->claimAt(start), stored);

        // (b) The quote selected in the document makes a claim of the same words.
        const QTextCursor found = text->document()->find(quote);
        QVERIFY(!found.isNull());
        text->setTextCursor(found);
        pane.createClaimFromSelection();
        // The same words select the stored claim; other words would make a new one.
        auto created = m_project->claims().get(pane.selectedClaim());
        CLAIMBENCH_VERIFY_OK(created);
        QCOMPARE(created->start, start);
        QCOMPARE(body.mid(created->start, created->end - created->start), quote);
        QCOMPARE(created->quote, quote);

        // (c) Find selects the match at its body offset.
        text->selectRange(0, 0);
        pane.openFindBar();
        pane.findBar()->field()->setText(quote);
        QCOMPARE(pane.findBar()->matchCount(), 1);
        QCOMPARE(text->textCursor().selectionStart(), start);
        QCOMPARE(text->textCursor().selectionEnd(), start + quote.size());
    }

    void copyingAcrossACrlfGivesTheBodysText()
    {
        const qint64 articleId = addArticle(u"Lines"_s, kCrlfBody);
        ReaderPane pane(m_articles.get());
        pane.setSession(m_session.get());
        QVERIFY(pane.showArticle(articleId));
        const int start = int(kCrlfBody.indexOf(u"63 drones"_s));
        const int end = int(kCrlfBody.indexOf(u"Tuesday"_s));
        pane.textEdit()->selectRange(start, end);
        pane.textEdit()->copy();
        QCOMPARE(QApplication::clipboard()->text(), kCrlfBody.mid(start, end - start));
    }

    // Dragged past the end of a CRLF line, the selection takes in the
    // line's '\r': it stops before it, as an LF line's stops before '\n'.
    void aSelectionDraggedToALinesEndLeavesItsCrOut()
    {
        const qint64 articleId = addArticle(u"Lines"_s, kCrlfBody);
        ReaderPane pane(m_articles.get());
        QVERIFY(showInPane(pane, articleId));
        ArticleTextEdit *text = pane.textEdit();
        const QString line = u"Officials said 63 drones were launched."_s;
        QTextCursor cursor(text->document());
        cursor.setPosition(int(kCrlfBody.indexOf(line)));
        const QPoint from = text->cursorRect(cursor).center();
        const QPoint pastTheEnd(text->viewport()->width() - 5, from.y());
        QTest::mousePress(text->viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(text->viewport(), pastTheEnd);
        QTest::mouseRelease(text->viewport(), Qt::LeftButton, {}, pastTheEnd);
        QCOMPARE(text->selectedArticleText(), line);
        pane.createClaimFromSelection();
        auto created = m_project->claims().get(pane.selectedClaim());
        CLAIMBENCH_VERIFY_OK(created);
        QCOMPARE(created->quote, line);
    }

    // Found by the cold analyst test: a drag that stopped inside a word
    // ("12,600 civilia") made a claim quoting half of it.
    void createClaimTakesWholeWords()
    {
        ReaderPane pane(m_articles.get());
        QVERIFY(showInPane(pane, m_drones));
        ArticleTextEdit *text = pane.textEdit();
        const int launched = int(kDronesBody.indexOf(u"launched"_s));
        const int drones = int(kDronesBody.indexOf(u"drones"_s));
        text->selectRange(launched + 3, drones + 2);
        pane.createClaimFromSelection();
        auto created = m_project->claims().get(pane.selectedClaim());
        CLAIMBENCH_VERIFY_OK(created);
        QCOMPARE(created->quote, u"launched 63 drones"_s);
        QCOMPARE(created->start, launched);

        // Inside a number with a thousands separator: the whole number.
        const QString body = u"The agency counted 12,600 civilians in the shelters."_s;
        QVERIFY(pane.showArticle(addArticle(u"Shelters"_s, body)));
        const int number = int(body.indexOf(u"12,600"_s));
        text->selectRange(number + 4, int(body.indexOf(u"civilians"_s)) + 7);
        QCOMPARE(text->wholeWords(number + 4, number + 13), std::pair(number, number + 16));
        pane.createClaimFromSelection();
        created = m_project->claims().get(pane.selectedClaim());
        CLAIMBENCH_VERIFY_OK(created);
        QCOMPARE(created->quote, u"12,600 civilians"_s);
    }

    void contextMenuHoldsTheTaggingActions()
    {
        const qint64 stored = addClaim(m_losses, u"one million"_s);
        SideBySideReader reader(m_articles.get());
        ReaderActions actions(&reader);
        QVERIFY(showInReader(reader, m_losses));
        ArticleTextEdit *text = reader.left()->textEdit();

        // A right-click on a claim acts on that claim.
        QTextCursor onClaim(text->document());
        onClaim.setPosition(int(kLossesBody.indexOf(u"million"_s)));
        text->prepareContextMenu(text->cursorRect(onClaim).center());
        QCOMPARE(reader.left()->selectedClaim(), stored);
        QVERIFY(actions.deleteClaim()->isEnabled());

        const int start = int(kLossesBody.indexOf(u"250,000 killed"_s));
        text->selectRange(start, start + 14);
        const std::unique_ptr<QMenu> menu(actions.createContextMenu(text));
        const QList<QAction *> items = menu->actions();
        QCOMPARE(items.mid(0, 4), (QList<QAction *>{actions.createClaim(), actions.acceptSuggestion(),
                                                    actions.setClaimToSelection(), actions.deleteClaim()}));
        QCOMPARE(items.at(4)->menu()->actions(), actions.tagActions());
        QVERIFY(items.at(5)->isSeparator());
        const QStringList standard = [&] {
            QStringList texts;
            for (const QAction *item : items.mid(6))
                texts.append(item->text().remove(u'&').section(u'\t', 0, 0));
            return texts;
        }();
        QVERIFY2(standard.contains(u"Copy"_s) && standard.contains(u"Select All"_s), qPrintable(standard.join(u", ")));
        QVERIFY(actions.createClaim()->isEnabled());
        actions.createClaim()->trigger();
        auto created = m_project->claims().get(reader.left()->selectedClaim());
        CLAIMBENCH_VERIFY_OK(created);
        QCOMPARE(created->quote, u"250,000 killed"_s);
    }

    void keypadEnterAcceptsASuggestion()
    {
        SideBySideReader reader(m_articles.get());
        ReaderActions actions(&reader);
        QVERIFY(showInReader(reader, m_drones));
        ArticleTextEdit *text = reader.left()->textEdit();
        const int at = int(kDronesBody.indexOf(u"63"_s)) + 1;
        text->setFocus();
        text->selectRange(at, at);
        QTest::keyClick(text, Qt::Key_Enter, Qt::KeypadModifier);
        auto claims = m_project->claims().listForArticle(m_drones);
        CLAIMBENCH_VERIFY_OK(claims);
        QCOMPARE(claims->size(), 1);
        QCOMPARE(claims->first().value, std::optional<double>(63));
    }

    void zoomChangesTheFontSize()
    {
        ArticleTextEdit text;
        const qreal base = text.font().pointSizeF();
        text.setZoom(3);
        QCOMPARE(text.font().pointSizeF(), base + 3);
        text.setZoom(ArticleTextEdit::kMinZoom - 10);
        QCOMPARE(text.zoom(), ArticleTextEdit::kMinZoom);
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
        const int at = int(kDronesBody.indexOf(u"63"_s));
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

    // Issue 12: a suggestion's figure was extracted again, from more text,
    // when accepted, and the claim could name another claimant than the mark
    // showed. Here the line alone names none; with the headline above it the
    // statement's author, the UK.
    void acceptingASuggestionMakesTheClaimItsMarkShowed()
    {
        const QString body = u"UK statement to the OSCE\nRussia launched 63 drones overnight."_s;
        const qint64 articleId = addArticle(u"Attributed"_s, body);
        ReaderPane pane(m_articles.get());
        pane.setSession(m_session.get());
        QVERIFY(pane.showArticle(articleId));
        ArticleTextEdit *text = pane.textEdit();
        QTRY_VERIFY(text->suggestionsReady());
        const int at = int(body.indexOf(u"63"_s)) + 1;
        const auto suggestion = text->suggestionAt(at);
        QVERIFY(suggestion);
        // The reader extracts the second paragraph alone; the headline's
        // voice reaches it through the article's DocumentVoice, as it does
        // the claim drafter's window.
        QCOMPARE(suggestion->figure.claimant, u"UK"_s);
        const auto extracted = ClaimDrafter(*m_project).draft(pane.article(), suggestion->start, suggestion->end);
        CLAIMBENCH_VERIFY_OK(extracted);
        QCOMPARE(extracted->claimantName, suggestion->figure.claimant);

        text->selectRange(at, at);
        QVERIFY(pane.acceptSuggestionAtCursor());
        auto claims = m_project->claims().listForArticle(articleId);
        CLAIMBENCH_VERIFY_OK(claims);
        QCOMPARE(claims->size(), 1);
        const Claim &claim = claims->first();
        QCOMPARE(claim.value, std::optional<double>(suggestion->figure.value));
        QCOMPARE(claim.unit, suggestion->figure.unit);
        QCOMPARE(claim.asOf, suggestion->figure.asOf);
        const auto claimants = m_project->claimants().list();
        CLAIMBENCH_VERIFY_OK(claimants);
        if (suggestion->figure.claimant.isEmpty()) {
            QCOMPARE(claim.claimantId, 0);
        } else {
            QCOMPARE(claimants->size(), 1);
            QCOMPARE(claimants->first().name, suggestion->figure.claimant);
        }
    }

    void suggestionsArriveFromAWorkerThread()
    {
        ArticleTextEdit text;
        const int overnight = int(kDronesBody.indexOf(u"overnight"_s));
        // A text replaced at once, with a figure where the second has none:
        // its late result must never show.
        text.setArticleText(QString(overnight, u'a') + u" 4,500 troops were counted."_s);
        text.setArticleText(kDronesBody);
        const int at = int(kDronesBody.indexOf(u"63"_s));
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
        const int eighteen = int(kDronesBody.indexOf(u"Eighteen"_s));
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
        const int start = int(kLossesBody.indexOf(u"one million"_s));
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

    // Alt+Down and Alt+Up (ReaderPane::stepToMark()): an enclosing claim
    // before the one it encloses, suggestions only when shown, and no wrap.
    void stepsGoThroughClaimsAndSuggestionsInTextOrder()
    {
        const qint64 outer = addClaim(m_losses, u"surpassed one million troops"_s);
        const qint64 inner = addClaim(m_losses, u"one million"_s);
        ReaderPane pane(m_articles.get());
        pane.setSession(m_session.get());
        QVERIFY(pane.showArticle(m_losses));
        QSignalSpy said(&pane, &ReaderPane::statusMessage);
        ArticleTextEdit *text = pane.textEdit();
        text->setSuggestionsShown(false);
        pane.stepToMark(true);
        QCOMPARE(pane.selectedClaim(), outer);
        pane.stepToMark(true);
        QCOMPARE(pane.selectedClaim(), inner);
        pane.stepToMark(true);
        QCOMPARE(pane.selectedClaim(), inner);
        QCOMPARE(said.size(), 1);

        text->setSuggestionsShown(true);
        QTRY_VERIFY(text->suggestionsReady());
        const auto estimate = text->suggestionAt(int(kLossesBody.indexOf(u"250,000"_s)));
        QVERIFY(estimate);
        pane.stepToMark(true);
        QCOMPARE(pane.selectedClaim(), qint64(0));
        QCOMPARE(text->textCursor().selectionStart(), estimate->start);
        QCOMPARE(text->textCursor().selectionEnd(), estimate->end);
        pane.stepToMark(false);
        QCOMPARE(pane.selectedClaim(), inner);
        pane.stepToMark(false);
        QCOMPARE(pane.selectedClaim(), outer);
        pane.stepToMark(false);
        QCOMPARE(pane.selectedClaim(), outer);
        QCOMPARE(said.size(), 2);
    }

    // Found by the cold analyst test: a click on a suggestion or Ctrl+T in
    // the middle of a long article centred the new claim, and the text the
    // analyst was reading jumped away.
    void creatingAClaimInViewKeepsTheScrollPosition()
    {
        const QString body = longBody(u"41 trucks"_s, 200);
        const qint64 articleId = addArticle(u"Convoys"_s, body);
        ReaderPane pane(m_articles.get());
        QVERIFY(showInPane(pane, articleId));
        ArticleTextEdit *text = pane.textEdit();
        QScrollBar *bar = text->verticalScrollBar();
        bar->setValue(bar->maximum() / 2);
        // The scroll bar counts lines laid out so far, so the place read is
        // the text at the top of the view.
        const auto topOfView = [text] { return text->cursorForPosition(QPoint(5, 5)).position(); };
        const int top = topOfView();
        QVERIFY(top > 0);

        // A suggestion near the top of the view (centring would move the view).
        const int figure = int(body.indexOf(u"41 trucks"_s, top));
        QTextCursor cursor(text->document());
        cursor.setPosition(figure + 1);
        QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, text->cursorRect(cursor).center());
        QVERIFY(pane.selectedClaim() != 0);
        QCOMPARE(topOfView(), top);

        // Ctrl+T on words selected by hand, also in view.
        const int next = int(body.indexOf(u"41 trucks"_s, figure + 10));
        cursor.setPosition(next);
        cursor.setPosition(next + 9, QTextCursor::KeepAnchor);
        text->setTextCursor(cursor);
        QCOMPARE(topOfView(), top);
        pane.createClaimFromSelection();
        auto created = m_project->claims().get(pane.selectedClaim());
        CLAIMBENCH_VERIFY_OK(created);
        QCOMPARE(created->start, next);
        QCOMPARE(topOfView(), top);

        // A range out of view is still brought into it.
        text->selectRange(int(body.indexOf(u"Paragraph 3:"_s)), int(body.indexOf(u"Paragraph 4:"_s)));
        QVERIFY(topOfView() < top);
    }

    // Found by the cold analyst test: Ctrl+T with a caret and no selection,
    // or on words without a figure, stored a claim with no value.
    void createClaimNeverMakesAnEmptyClaim()
    {
        ReaderPane pane(m_articles.get());
        QVERIFY(showInPane(pane, m_drones));
        QSignalSpy said(&pane, &ReaderPane::statusMessage);
        ArticleTextEdit *text = pane.textEdit();

        const int overnight = int(kDronesBody.indexOf(u"overnight"_s));
        text->selectRange(overnight, overnight + 9);
        pane.createClaimFromSelection();
        auto claims = m_project->claims().listForArticle(m_drones);
        CLAIMBENCH_VERIFY_OK(claims);
        QCOMPARE(claims->size(), 0);
        QCOMPARE(said.size(), 1);

        // A caret just after "63": the claim of that figure.
        const int at = int(kDronesBody.indexOf(u"63"_s));
        text->selectRange(at + 2, at + 2);
        pane.createClaimFromSelection();
        claims = m_project->claims().listForArticle(m_drones);
        CLAIMBENCH_VERIFY_OK(claims);
        QCOMPARE(claims->size(), 1);
        QCOMPARE(claims->first().start, at);
        QCOMPARE(claims->first().value, std::optional<double>(63));

        // A caret touching no figure: nothing, and the status bar says why.
        text->selectRange(overnight + 3, overnight + 3);
        pane.createClaimFromSelection();
        claims = m_project->claims().listForArticle(m_drones);
        CLAIMBENCH_VERIFY_OK(claims);
        QCOMPARE(claims->size(), 1);
        QCOMPARE(said.size(), 2);
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
    // Shows the pane, active, with the article.
    bool showInPane(ReaderPane &pane, qint64 articleId)
    {
        pane.resize(800, 600);
        pane.setSession(m_session.get());
        pane.show();
        return QTest::qWaitForWindowActive(&pane) && pane.showArticle(articleId);
    }

    // Shows the reader, active, with the article in its left pane.
    bool showInReader(SideBySideReader &reader, qint64 articleId)
    {
        reader.resize(1200, 600);
        reader.setSession(m_session.get());
        reader.show();
        return QTest::qWaitForWindowActive(&reader) && reader.left()->showArticle(articleId);
    }

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
        placeQuote(claim, article->body, claim.start, claim.end);
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
