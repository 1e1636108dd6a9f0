#include "common/freshprojects.h"
#include "common/resultcheck.h"
#include "core/anchor/claimanchorer.h"
#include "core/domain/quoteplacement.h"
#include "core/store/claimquery.h"
#include "core/store/project.h"

#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

// A page of `text`'s words from `from`, one run per word, boxes on a line.
Page pageOf(const QString &body, int from, int to)
{
    Page page{from, to, QSizeF(612, 792), {}};
    qreal x = 72;
    int word = from;
    for (int i = from; i <= to; ++i) {
        if (i == to || body[i] == u' ') {
            if (i > word) {
                page.runs.append(PageRun{word, i, QRectF(x, 100.5, 7.25 * (i - word), 12)});
                x += 7.25 * (i - word + 1);
            }
            word = i + 1;
        }
    }
    return page;
}

// Pages of `body` split at `breaks` (body offsets where a page starts).
PageMap pagesOf(const QString &body, const QList<int> &breaks)
{
    PageMap map;
    int from = 0;
    for (const int next : breaks + QList<int>{int(body.size())}) {
        map.pages.append(pageOf(body, from, next));
        from = next;
    }
    return map;
}

bool samePages(const PageMap &a, const PageMap &b)
{
    if (a.pages.size() != b.pages.size())
        return false;
    for (qsizetype i = 0; i < a.pages.size(); ++i) {
        const Page &p = a.pages[i];
        const Page &q = b.pages[i];
        if (p.start != q.start || p.end != q.end || p.size != q.size || p.runs.size() != q.runs.size())
            return false;
        for (qsizetype r = 0; r < p.runs.size(); ++r)
            if (p.runs[r].start != q.runs[r].start || p.runs[r].end != q.runs[r].end
                || p.runs[r].box != q.runs[r].box)
                return false;
    }
    return true;
}

const QString kBody = u"First page text. The ministry said 63 drones were launched. Third page ends here."_s;

} // namespace

// Page maps and documents of paged articles (schema version 7): stored with
// the article, replaced with it, gone with it, and the claims table's page.
class TestArticlePages : public QObject
{
    Q_OBJECT

    FreshProjects m_projects;
    std::shared_ptr<Project> m_project;

    Article pagedArticle(const QString &body, const QList<int> &breaks) const
    {
        Article a;
        a.title = u"Report"_s;
        a.sourcePath = u"/in/report.pdf"_s;
        a.body = body;
        a.pages = pagesOf(body, breaks);
        a.document = QByteArray("%PDF-1.7 stand-in \0 with a NUL", 30);
        return a;
    }

    qint64 addClaim(qint64 articleId, const QString &body, const QString &quote)
    {
        Claim c;
        c.articleId = articleId;
        const int start = int(body.indexOf(quote));
        placeQuote(c, body, start, start + int(quote.size()));
        return m_project->claims().add(c).value_or(0);
    }

    int pageOfClaim(qint64 claimId) const
    {
        auto query = ClaimQuery::open(*m_project);
        if (!query)
            return -1;
        const Result<ClaimRow> row = query->row(claimId);
        return row ? row->page : -1;
    }

private Q_SLOTS:
    void init()
    {
        auto project = m_projects.open();
        CLAIMBENCH_VERIFY_OK(project);
        m_project = *project;
    }
    void cleanup() { m_project.reset(); }

    void pageMapAndDocumentRoundTrip()
    {
        Article a = pagedArticle(kBody, {17, 60});
        QVERIFY(a.pages.pages[1].runs.size() > 5);
        CLAIMBENCH_VERIFY_OK(m_project->articles().add(a));
        const Result<PageMap> stored = m_project->articles().pageMap(a.id);
        CLAIMBENCH_VERIFY_OK(stored);
        QVERIFY(samePages(*stored, a.pages));
        QCOMPARE(m_project->articles().document(a.id).value(), a.document);
        QCOMPARE(m_project->articles().hasPagedArticles().value(), true);
        // get() and the listings leave them out.
        const Article got = m_project->articles().get(a.id).value();
        QVERIFY(got.pages.isEmpty());
        QVERIFY(got.document.isEmpty());
        QVERIFY(m_project->articles().list().value().first().pages.isEmpty());
    }

    void runsPackAndUnpack()
    {
        const QList<PageRun> runs{{0, 5, QRectF(72.25, 700.5, 30.75, 11)}, {6, 9, QRectF(110, 700.5, 18, 11)}};
        Article a = pagedArticle(u"Hello you"_s, {});
        a.pages.pages.first().runs = runs;
        CLAIMBENCH_VERIFY_OK(m_project->articles().add(a));
        const PageMap stored = m_project->articles().pageMap(a.id).value();
        QCOMPARE(stored.pages.size(), 1);
        QCOMPARE(stored.pages.first().runs.size(), 2);
        QCOMPARE(stored.pages.first().runs[0].box, runs[0].box);
        QCOMPARE(stored.pages.first().runs[1].end, 9);
        QCOMPARE(stored.boxesOf(1, 0, 5), QList<QRectF>{runs[0].box});
    }

    void articleWithoutPagesHasNone()
    {
        Article a;
        a.title = u"Plain"_s;
        a.body = u"63 drones were launched."_s;
        CLAIMBENCH_VERIFY_OK(m_project->articles().add(a));
        QVERIFY(m_project->articles().pageMap(a.id).value().isEmpty());
        QVERIFY(m_project->articles().document(a.id).value().isEmpty());
        QCOMPARE(m_project->articles().hasPagedArticles().value(), false);
        const qint64 claim = addClaim(a.id, a.body, u"63"_s);
        QVERIFY(claim > 0);
        QCOMPARE(pageOfClaim(claim), 0);
    }

    // PageMap::pageOf's rule in SQL: the last page with text starting at or
    // before the claim; a page without text holds none.
    void claimPageFollowsPageOf()
    {
        Article a = pagedArticle(kBody, {17, 60});
        a.pages.pages.insert(1, Page{17, 17, QSizeF(612, 792), {}}); // a blank page 2
        CLAIMBENCH_VERIFY_OK(m_project->articles().add(a));
        for (const QString &quote : {u"First"_s, u"text"_s, u"ministry"_s, u"63"_s, u"Third"_s, u"here"_s}) {
            const qint64 claim = addClaim(a.id, kBody, quote);
            QCOMPARE(pageOfClaim(claim), a.pages.pageOf(int(kBody.indexOf(quote))));
        }
        QCOMPARE(pageOfClaim(addClaim(a.id, kBody, u"ministry"_s)), 3);
    }

    void replaceReplacesOrDropsPages()
    {
        Article a = pagedArticle(kBody, {17, 60});
        CLAIMBENCH_VERIFY_OK(m_project->articles().add(a));
        const auto keep = [](const QList<Claim> &claims, const QString &) { return claims; };

        Article corrected = pagedArticle(kBody + u" Appendix."_s, {30});
        corrected.document = "other bytes";
        CLAIMBENCH_VERIFY_OK(m_project->articles().replace(a.id, corrected, keep));
        QVERIFY(samePages(m_project->articles().pageMap(a.id).value(), corrected.pages));
        QCOMPARE(m_project->articles().document(a.id).value(), QByteArray("other bytes"));

        Article plain;
        plain.title = u"Report"_s;
        plain.body = kBody + u" Plain now."_s;
        CLAIMBENCH_VERIFY_OK(m_project->articles().replace(a.id, plain, keep));
        QVERIFY(m_project->articles().pageMap(a.id).value().isEmpty());
        QVERIFY(m_project->articles().document(a.id).value().isEmpty());
        QCOMPARE(m_project->articles().hasPagedArticles().value(), false);
    }

    void removeDropsPages()
    {
        Article a = pagedArticle(kBody, {17});
        CLAIMBENCH_VERIFY_OK(m_project->articles().add(a));
        CLAIMBENCH_VERIFY_OK(m_project->articles().remove(a.id));
        QVERIFY(m_project->articles().pageMap(a.id).value().isEmpty());
        QVERIFY(m_project->articles().document(a.id).value().isEmpty());
        QCOMPARE(m_project->articles().hasPagedArticles().value(), false);
    }

    // A corrected PDF whose new text moved the claim's sentence onto the
    // next page: re-anchored, the claim's page is the new map's.
    void correctedPdfMovesClaimToItsNewPage()
    {
        Article a = pagedArticle(kBody, {17, 60});
        CLAIMBENCH_VERIFY_OK(m_project->articles().add(a));
        const qint64 claim = addClaim(a.id, kBody, u"63 drones"_s);
        QCOMPARE(pageOfClaim(claim), 2);

        const QString longer = u"First page text. A new paragraph fills page two. "_s + kBody.mid(17);
        Article corrected = pagedArticle(longer, {17, 49, int(longer.indexOf(u"Third"_s))});
        QCOMPARE(corrected.pages.pageOf(int(longer.indexOf(u"63 drones"_s))), 3);
        const auto placed = m_project->articles().replace(
            a.id, corrected, [](const QList<Claim> &claims, const QString &body) {
                return ClaimAnchorer::reanchor(claims, body);
            });
        CLAIMBENCH_VERIFY_OK(placed);
        QCOMPARE(placed->first().orphaned, false);
        QCOMPARE(placed->first().start, int(longer.indexOf(u"63 drones"_s)));
        QCOMPARE(pageOfClaim(claim), 3);
    }
};

QTEST_GUILESS_MAIN(TestArticlePages)
#include "tst_articlepages.moc"
