// The page view: pages laid out from the page map without rendering, only
// the pages in view rendered, a click on a claim's box selecting the claim,
// a claim's page scrolled into view.
#include "common/freshprojects.h"
#include "common/resultcheck.h"
#include "core/commands/projectsession.h"
#include "core/domain/quoteplacement.h"
#include "core/models/articlelistmodel.h"
#include "ui/reader/pageview.h"
#include "ui/reader/readerpane.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Claimbench;

namespace {

constexpr QSizeF kA4(595, 842); // points

// A PDF of `count` A4 pages, page n saying "Page n" at the top left, and
// the PageMap of a body in which page n's text is "Page n has 10 drones. "
// (23 characters), its runs the words on one line from (72, 72).
struct GeneratedPdf
{
    QByteArray bytes;
    PageMap pages;
};

GeneratedPdf makePdf(int count)
{
    GeneratedPdf pdf;
    QBuffer buffer(&pdf.bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(72);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&writer);
        for (int n = 1; n <= count; ++n) {
            if (n > 1)
                writer.newPage();
            painter.drawText(QPointF(72, 84), u"Page %1 has 10 drones."_s.arg(n));
        }
    }
    int offset = 0;
    for (int n = 1; n <= count; ++n) {
        Page page;
        page.start = offset;
        page.size = kA4;
        double x = 72;
        for (const QString &word : u"Page %1 has 10 drones."_s.arg(n).split(u' ')) {
            const double width = word.size() * 6.0;
            page.runs.append({offset, int(offset + word.size()), QRectF(x, 72, width, 14)});
            offset += int(word.size()) + 1;
            x += width + 4;
        }
        page.end = offset;
        pdf.pages.pages.append(page);
    }
    return pdf;
}

// The body offset of word `word` (0-based) on page `page` (1-based).
PageRun runOf(const PageMap &pages, int page, int word)
{
    return pages.pages.at(page - 1).runs.at(word);
}

// Shows `view` at `size` on screen with `pdf` in it; false when it is not exposed.
bool showPdf(PageView &view, const GeneratedPdf &pdf, QSize size)
{
    view.resize(size);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return false;
    view.setDocument(pdf.bytes, pdf.pages);
    return true;
}

} // namespace

class TestPageView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void laysOutEveryPageAndRendersOnlyThoseInView()
    {
        const GeneratedPdf pdf = makePdf(40);
        PageView view;
        QVERIFY(showPdf(view, pdf, QSize(400, 500)));
        QVERIFY(view.isOpen());
        QCOMPARE(view.pageCount(), 40);
        // Fitted to the width, pages stacked with a gap, in order.
        const int viewportWidth = view.viewport()->width();
        QCOMPARE(qRound(view.pageRect(1).width()), viewportWidth - 2 * PageView::kPageGap);
        for (int page = 2; page <= 40; ++page)
            QCOMPARE(qRound(view.pageRect(page).top() - view.pageRect(page - 1).bottom()), PageView::kPageGap);
        QVERIFY(view.verticalScrollBar()->maximum() > 35 * view.pageRect(1).height());
        QCOMPARE(view.visiblePages().first, 1);

        QTRY_VERIFY(view.isRendered(1));
        QVERIFY(!view.isRendered(20));
        QVERIFY(!view.isRendered(40));

        view.verticalScrollBar()->setValue(int(view.pageRect(30).top()));
        QCOMPARE(view.visiblePages().first, 30);
        QTRY_VERIFY(view.isRendered(30));
        QVERIFY(!view.isRendered(15));
    }

    void zoomScalesThePagesAndRendersAgain()
    {
        const GeneratedPdf pdf = makePdf(3);
        PageView view;
        QVERIFY(showPdf(view, pdf, QSize(400, 500)));
        QTRY_VERIFY(view.isRendered(1));
        const double fitted = view.scale();
        view.setZoom(2);
        QVERIFY(qAbs(view.scale() - fitted * 1.21) < 1e-6);
        QVERIFY(!view.isRendered(1)); // the old rendering is stale
        QTRY_VERIFY(view.isRendered(1));
        QVERIFY(view.horizontalScrollBar()->maximum() > 0);
    }

    void clickOnAClaimsBoxSelectsIt()
    {
        const GeneratedPdf pdf = makePdf(5);
        PageView view;
        QVERIFY(showPdf(view, pdf, QSize(500, 600)));
        // "10 drones" on page 2, and "drones" alone inside it on page 2.
        const PageRun ten = runOf(pdf.pages, 2, 3);
        const PageRun drones = runOf(pdf.pages, 2, 4);
        view.setHighlights({{7, ten.start, drones.end, QColor(Qt::red)}, {8, drones.start, drones.end, {}}});
        view.scrollToRange(ten.start, drones.end);
        QSignalSpy clicked(&view, &PageView::claimClicked);

        const QList<QRectF> tenBoxes = view.viewportBoxes(2, ten.start, ten.end);
        QCOMPARE(tenBoxes.size(), 1);
        QVERIFY(view.viewport()->rect().contains(tenBoxes.first().center().toPoint()));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, tenBoxes.first().center().toPoint());
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.takeFirst().at(0).toLongLong(), 7);

        // The innermost claim wins where two overlap.
        const QRectF dronesBox = view.viewportBoxes(2, drones.start, drones.end).first();
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, dronesBox.center().toPoint());
        QCOMPARE(clicked.takeFirst().at(0).toLongLong(), 8);

        // Beside the words: no claim.
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {},
                          (tenBoxes.first().bottomLeft() + QPointF(0, 40)).toPoint());
        QCOMPARE(clicked.size(), 0);
    }

    void scrollToRangeBringsTheClaimsPageIntoView()
    {
        const GeneratedPdf pdf = makePdf(30);
        PageView view;
        QVERIFY(showPdf(view, pdf, QSize(500, 400)));
        const PageRun run = runOf(pdf.pages, 24, 3);
        view.setHighlights({{5, run.start, run.end, {}}});
        view.setSelectedClaim(5);
        view.scrollToRange(run.start, run.end);
        const auto [first, last] = view.visiblePages();
        QVERIFY2(first <= 24 && 24 <= last, qPrintable(u"pages %1-%2 in view"_s.arg(first).arg(last)));
        const QRectF box = view.viewportBoxes(24, run.start, run.end).first();
        QVERIFY(view.viewport()->rect().contains(box.toRect()));
        QTRY_VERIFY(view.isRendered(24));
        // Already in view: scrolling to it again moves nothing.
        const int scrolled = view.verticalScrollBar()->value();
        view.scrollToRange(run.start, run.end);
        QCOMPARE(view.verticalScrollBar()->value(), scrolled);
    }

    void encryptedPdfAsksForItsPasswordOncePerSession()
    {
        // Tika's testPassword4Spaces.pdf (tests/data/import/SOURCES.md).
        QFile file(QFINDTESTDATA("../../data/import/testPassword4Spaces.pdf"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        PageMap pages;
        pages.pages.append(Page{0, 15, kA4, {}});
        QStringList prompts;
        QList<QString> answers{u"wrong"_s, u"    "_s};
        PageView::setPasswordPrompt([&](QWidget *, const QString &message) -> std::optional<QString> {
            prompts.append(message);
            if (answers.isEmpty())
                return std::nullopt;
            return answers.takeFirst();
        });
        PageView view;
        view.resize(400, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setDocument(bytes, pages, u"locked.pdf"_s);
        QVERIFY(view.isOpen());
        QCOMPARE(prompts.size(), 2);
        QVERIFY(prompts.at(0).contains(u"locked.pdf"_s));
        QVERIFY2(prompts.at(1).contains(u"does not open"_s), qPrintable(prompts.at(1)));
        QTRY_VERIFY(view.isRendered(1));

        // Kept in memory for the session: another view opens it unasked.
        PageView again;
        again.setDocument(bytes, pages, u"locked.pdf"_s);
        QVERIFY(again.isOpen());
        QCOMPARE(prompts.size(), 2);
        PageView::setPasswordPrompt({});
    }

    // Cancel leaves the pages blank with a message; a click asks again.
    void cancelledPasswordIsAskedAgainOnAClick()
    {
        QFile file(QFINDTESTDATA("../../data/import/testPassword4Spaces.pdf"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        // Another copy than the other test's, whose password the session knows.
        const QByteArray bytes = file.readAll() + "\n% another copy\n";
        PageMap pages;
        pages.pages.append(Page{0, 15, kA4, {}});
        QList<std::optional<QString>> answers{std::nullopt, u"    "_s};
        int prompts = 0;
        PageView::setPasswordPrompt([&](QWidget *, const QString &) -> std::optional<QString> {
            ++prompts;
            return answers.isEmpty() ? std::nullopt : answers.takeFirst();
        });
        PageView view;
        view.resize(400, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setDocument(bytes, pages, u"copy.pdf"_s);
        QVERIFY(!view.isOpen());
        QCOMPARE(prompts, 1);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.viewport()->rect().center());
        QVERIFY(view.isOpen());
        QCOMPARE(prompts, 2);
        QTRY_VERIFY(view.isRendered(1));
        PageView::setPasswordPrompt({});
    }

    void readerPaneShowsThePageAndFollowsTheClaim()
    {
        const GeneratedPdf pdf = makePdf(20);
        FreshProjects projects;
        auto project = projects.open();
        CLAIMBENCH_VERIFY_OK(project);
        Article article;
        article.title = u"Report"_s;
        for (int n = 1; n <= 20; ++n)
            article.body += u"Page %1 has 10 drones. "_s.arg(n);
        article.pages = pdf.pages;
        article.document = pdf.bytes;
        auto articleId = (*project)->articles().add(article);
        CLAIMBENCH_VERIFY_OK(articleId);
        // "10 drones" on page 17.
        const PageRun ten = runOf(pdf.pages, 17, 3);
        Claim claim;
        claim.articleId = *articleId;
        placeQuote(claim, article.body, ten.start, runOf(pdf.pages, 17, 4).end);
        auto claimId = (*project)->claims().add(claim);
        CLAIMBENCH_VERIFY_OK(claimId);

        ArticleListModel articles;
        articles.setProject(*project);
        ProjectSession session(*project);
        ReaderPane pane(&articles);
        pane.setSession(&session);
        pane.resize(1000, 700);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(pane.showArticle(*articleId));
        PageView *view = pane.pageView();
        QVERIFY(view->isVisible());
        QCOMPARE(view->pageCount(), 20);

        // Selecting the claim (as the claims table does) scrolls its page into view.
        pane.selectClaim(*claimId);
        QCOMPARE(view->selectedClaim(), *claimId);
        const auto [first, last] = view->visiblePages();
        QVERIFY2(first <= 17 && 17 <= last, qPrintable(u"pages %1-%2 in view"_s.arg(first).arg(last)));

        // A click on its box on the page selects it after another was selected.
        pane.clearSelectedClaim();
        QCOMPARE(pane.selectedClaim(), 0);
        QSignalSpy selected(&pane, &ReaderPane::claimSelected);
        const QRectF box = view->viewportBoxes(17, ten.start, ten.end).first();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, box.center().toPoint());
        QCOMPARE(pane.selectedClaim(), *claimId);
        QCOMPARE(selected.size(), 1);

        // Show Page off hides it.
        pane.setPageShown(false);
        QVERIFY(!view->isVisible());
        pane.setPageShown(true);
        QVERIFY(view->isVisible());
    }

    void documentWithoutPagesShowsNothing()
    {
        PageView view;
        view.setDocument({}, makePdf(2).pages);
        QVERIFY(!view.hasPages());
        QCOMPARE(view.pageCount(), 0);
        view.setDocument(makePdf(2).bytes, {});
        QVERIFY(!view.hasPages());
    }
};

QTEST_MAIN(TestPageView)
#include "tst_pageview.moc"
