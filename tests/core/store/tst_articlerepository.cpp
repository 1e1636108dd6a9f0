#include "common/freshprojects.h"
#include "common/resultcheck.h"
#include "core/domain/quoteplacement.h"
#include "core/store/project.h"

#include <QSet>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <functional>
#include <limits>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

Article article(const QString &title, const QString &body, PartialDate published = {})
{
    Article a;
    a.title = title;
    a.body = body;
    a.published = published;
    return a;
}

// Twelve reports of drones, each mentioning them once more than the last.
bool addDroneReports(ArticleRepository articles)
{
    QList<Article> batch;
    for (int i = 0; i < 12; ++i)
        batch.append(article(u"Report %1"_s.arg(i),
                             u"Drones %1 times. "_s.arg(i).repeated(i + 1) + u"The drone war goes on."_s));
    return bool(articles.addAll(batch));
}

// A claim on [start, end) of `article`, quote and context placed, not yet stored.
Claim claimOn(const Article &article, int start, int end)
{
    Claim claim;
    claim.articleId = article.id;
    placeQuote(claim, article.body, start, end);
    return claim;
}

// A placement that leaves every claim where it was.
QList<Claim> keepClaims(const QList<Claim> &claims, const QString &)
{
    return claims;
}

} // namespace

class TestArticleRepository : public QObject
{
    Q_OBJECT

    FreshProjects m_projects;
    std::shared_ptr<Project> m_project;

private Q_SLOTS:
    void init()
    {
        auto project = m_projects.open();
        CLAIMBENCH_VERIFY_OK(project);
        m_project = *project;
    }
    void cleanup() { m_project.reset(); }

    void addAndGetRoundTripEveryField()
    {
        Article a = article(u"Thin line"_s, u"Body with 𝄞 outside the BMP\nand a second line"_s,
                            PartialDate::month(2024, 10));
        a.outlet = u"Kyiv Independent"_s;
        a.url = u"https://example.org/a"_s;
        a.author = u"Anna"_s;
        a.language = u"en"_s;
        a.sourcePath = u"/tmp/a.html"_s;
        auto id = m_project->articles().add(a);
        QVERIFY(id);
        QCOMPARE(a.id, *id);
        QCOMPARE(a.contentHash, ArticleRepository::contentHashOf(a.body));
        QVERIFY(a.importedAt.isValid());

        auto got = m_project->articles().get(*id);
        QVERIFY(got);
        QCOMPARE(got->title, a.title);
        QCOMPARE(got->outlet, a.outlet);
        QCOMPARE(got->url, a.url);
        QCOMPARE(got->author, a.author);
        QCOMPARE(got->published, PartialDate::month(2024, 10));
        QCOMPARE(got->language, a.language);
        QCOMPARE(got->body, a.body);
        QCOMPARE(got->sourcePath, a.sourcePath);
        QCOMPARE(got->contentHash, a.contentHash);
        QCOMPARE(got->importedAt, a.importedAt);

        auto missing = m_project->articles().get(*id + 100);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
    }

    void contentHashIgnoresCaseWhitespaceAndNormalization()
    {
        const QByteArray hash = ArticleRepository::contentHashOf(u"Війна  в\nУкраїні"_s);
        QCOMPARE(ArticleRepository::contentHashOf(u" війна в україні "_s), hash);
        // "ї" written as і + combining diaeresis is the same text after NFC.
        QCOMPARE(ArticleRepository::contentHashOf(u"Війна в Украі\u0308ні"_s), hash);
        QVERIFY(ArticleRepository::contentHashOf(u"Війна в Україні!"_s) != hash);
    }

    // ASCII bodies take a shortcut to the folded key; each row pairs one with a
    // non-ASCII spelling of the same key, which takes the general path.
    void contentHashOfAsciiMatchesGeneralPath_data()
    {
        QTest::addColumn<QString>("ascii");
        QTest::addColumn<QString>("general");
        QTest::newRow("whitespace runs") << u" The  GDP\tgrew\r\n3.1%\v\f. "_s << u"the\u00a0gdp grew 3.1% ."_s;
        QTest::newRow("case") << u"KEY Figures"_s << u"\u212Aey figures"_s;
        QTest::newRow("only whitespace") << u" \t\n "_s << u"\u00a0"_s;
        QTest::newRow("empty") << QString() << u"\u2003"_s;
        QTest::newRow("controls are not spaces") << u"a\x1f" u"b"_s << u"A\x1f" u"B\u00a0"_s;
    }

    void contentHashOfAsciiMatchesGeneralPath()
    {
        QFETCH(QString, ascii);
        QFETCH(QString, general);
        QCOMPARE(ArticleRepository::contentHashOf(ascii), ArticleRepository::contentHashOf(general));
    }

    void duplicateTextIsFoundAndRefused()
    {
        Article a = article(u"One"_s, u"The same story."_s);
        QVERIFY(m_project->articles().add(a));
        auto found = m_project->articles().idForContentHash(ArticleRepository::contentHashOf(u"the SAME  story."_s));
        QVERIFY(found);
        QCOMPARE(*found, std::optional<qint64>(a.id));
        QCOMPARE(*m_project->articles().idForContentHash(ArticleRepository::contentHashOf(u"other"_s)),
                 std::nullopt);

        Article copy = article(u"Copy"_s, u"THE same story."_s);
        auto added = m_project->articles().add(copy);
        QVERIFY(!added);
        QCOMPARE(added.error().code, Error::Code::Conflict);
        QCOMPARE(m_project->articles().list()->size(), 1);
    }

    void idsForContentHashesFindsStoredOnes()
    {
        QList<Article> batch{article(u"a"_s, u"first text"_s), article(u"b"_s, u"second text"_s)};
        QVERIFY(m_project->articles().addAll(batch));
        const QByteArray unknown = ArticleRepository::contentHashOf(u"never stored"_s);
        auto ids = m_project->articles().idsForContentHashes(
            {ArticleRepository::contentHashOf(u"SECOND  text"_s), unknown, batch[0].contentHash});
        QVERIFY(ids);
        QCOMPARE(*ids, (QHash<QByteArray, qint64>{{batch[0].contentHash, batch[0].id},
                                                 {batch[1].contentHash, batch[1].id}}));
        QCOMPARE(m_project->articles().idsForContentHashes({})->size(), 0);
        QCOMPARE(m_project->articles().idsForContentHashes({unknown})->size(), 0);
    }

    void addAllIsAllOrNothing()
    {
        QList<Article> batch{article(u"a"_s, u"first text"_s), article(u"b"_s, u"second text"_s),
                             article(u"c"_s, u"FIRST text"_s)};
        QVERIFY(!m_project->articles().addAll(batch));
        for (const Article &a : std::as_const(batch))
            QCOMPARE(a.id, 0);
        QCOMPARE(m_project->articles().list()->size(), 0);
        QVERIFY(m_project->articles().search(u"second"_s)->isEmpty()); // the index rolled back too

        batch.removeLast();
        QVERIFY(m_project->articles().addAll(batch));
        QVERIFY(batch[0].id > 0 && batch[1].id > batch[0].id);
        QCOMPARE(m_project->articles().list()->size(), 2);
    }

    void listIsNewestPublishedFirstWithClaimCounts()
    {
        QList<Article> batch{article(u"undated"_s, u"u"_s),
                             article(u"2023"_s, u"y"_s, PartialDate::year(2023)),
                             article(u"June 2025"_s, u"d"_s, PartialDate::day(2025, 6, 12)),
                             article(u"Oct 2024"_s, u"m"_s, PartialDate::month(2024, 10))};
        QVERIFY(m_project->articles().addAll(batch));
        Claim claim;
        claim.articleId = batch[3].id;
        claim.start = 0;
        claim.end = 1;
        QVERIFY(m_project->claims().add(claim));
        QVERIFY(m_project->claims().add(claim));

        auto listed = m_project->articles().list();
        QVERIFY(listed);
        QStringList titles;
        for (const Article &a : std::as_const(*listed)) {
            titles << a.title;
            QVERIFY(a.body.isEmpty());
        }
        QCOMPARE(titles, (QStringList{u"June 2025"_s, u"Oct 2024"_s, u"2023"_s, u"undated"_s}));
        QCOMPARE(listed->at(1).claimCount, 2);
        QCOMPARE(listed->at(0).claimCount, 0);
    }

    void openingIsTheNewestArticleWithClaimsAtItsFirstClaim()
    {
        auto none = m_project->articles().opening();
        CLAIMBENCH_VERIFY_OK(none);
        QVERIFY(!*none);

        QList<Article> batch{article(u"undated"_s, u"an undated body"_s),
                             article(u"2023"_s, u"y"_s, PartialDate::year(2023)),
                             article(u"June 2025"_s, u"d"_s, PartialDate::day(2025, 6, 12)),
                             article(u"Oct 2024"_s, u"one and two"_s, PartialDate::month(2024, 10))};
        QVERIFY(m_project->articles().addAll(batch));
        auto newest = m_project->articles().opening();
        CLAIMBENCH_VERIFY_OK(newest);
        QCOMPARE((*newest)->articleId, batch[2].id);
        QCOMPARE((*newest)->claimId, qint64(0));

        // Undated articles come last, as in list(): one with claims is
        // opened only when no dated article has any.
        Claim undatedClaim = claimOn(batch[0], 3, 10);
        CLAIMBENCH_VERIFY_OK(m_project->claims().add(undatedClaim));
        auto undated = m_project->articles().opening();
        CLAIMBENCH_VERIFY_OK(undated);
        QCOMPARE((*undated)->articleId, batch[0].id);
        QCOMPARE((*undated)->claimId, undatedClaim.id);

        Claim later = claimOn(batch[3], 8, 11);
        Claim earlier = claimOn(batch[3], 0, 3);
        CLAIMBENCH_VERIFY_OK(m_project->claims().add(later));
        CLAIMBENCH_VERIFY_OK(m_project->claims().add(earlier));
        auto dated = m_project->articles().opening();
        CLAIMBENCH_VERIFY_OK(dated);
        QCOMPARE((*dated)->articleId, batch[3].id);
        QCOMPARE((*dated)->claimId, earlier.id);
    }

    void searchFindsCyrillicCaseInsensitively()
    {
        QList<Article> batch{
            article(u"Зведення"_s, u"Нічна атака дронів по Україні, 63 запущено."_s),
            article(u"ЗАЯВА"_s, u"ЗБРОЙНІ СИЛИ УКРАЇНІ ПОВІДОМИЛИ."_s),
            article(u"Other"_s, u"Nothing about it here."_s),
        };
        QVERIFY(m_project->articles().addAll(batch));
        auto hits = m_project->articles().search(u"україні"_s);
        QVERIFY(hits);
        QCOMPARE(hits->size(), 2);
        QList<qint64> ids{hits->at(0).article.id, hits->at(1).article.id};
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (QList<qint64>{batch[0].id, batch[1].id}));
        for (const ArticleSearchHit &hit : std::as_const(*hits)) {
            QVERIFY(hit.article.body.isEmpty());
            QVERIFY2(hit.snippet.contains(u"[Україні]"_s) || hit.snippet.contains(u"[УКРАЇНІ]"_s),
                     qPrintable(hit.snippet));
        }
    }

    void searchRanksTitleMatchesFirstAndPrefixesTheLastWord()
    {
        QList<Article> batch{
            article(u"Weather"_s, u"Drones were mentioned once, drones again."_s),
            article(u"Drones over Kyiv"_s, u"The night was loud."_s),
        };
        QVERIFY(m_project->articles().addAll(batch));
        auto hits = m_project->articles().search(u"drones"_s);
        QVERIFY(hits);
        QCOMPARE(hits->size(), 2);
        QCOMPARE(hits->at(0).article.id, batch[1].id);
        QVERIFY(hits->at(0).rank > hits->at(1).rank);

        auto prefix = m_project->articles().search(u"night lou"_s);
        QVERIFY(prefix);
        QCOMPARE(prefix->size(), 1);
        QCOMPARE(prefix->first().article.title, u"Drones over Kyiv"_s);
    }

    // Snippets are taken after the ranking, for the rows kept: a limited
    // search must give each kept row the rank and snippet it has among all
    // matches, in the same order.
    void searchKeepsTheSnippetsOfTheRowsTheLimitKeeps()
    {
        QVERIFY(addDroneReports(m_project->articles()));
        for (const QString &words : {u"drones"_s, u"dro"_s, u"war drone"_s}) {
            auto all = m_project->articles().search(words, std::numeric_limits<int>::max());
            auto kept = m_project->articles().search(words, 5);
            QVERIFY(all && kept);
            QCOMPARE(kept->size(), 5);
            QVERIFY(all->size() > 5);
            for (int i = 0; i < kept->size(); ++i) {
                QCOMPARE(kept->at(i).article.id, all->at(i).article.id);
                QCOMPARE(kept->at(i).rank, all->at(i).rank);
                QCOMPARE(kept->at(i).snippet, all->at(i).snippet);
                QVERIFY2(kept->at(i).snippet.contains(u'['), qPrintable(kept->at(i).snippet));
            }
        }
    }

    // The library ranks with rankedIds and reads snippets by page: together
    // they must give what search() gives.
    void rankedIdsAndSnippetsAreTheSearchsHits()
    {
        QVERIFY(addDroneReports(m_project->articles()));
        for (const QString &words : {u"drones"_s, u"dro"_s, u"war drone"_s, u"nothing"_s}) {
            auto hits = m_project->articles().search(words, 5);
            auto ids = m_project->articles().rankedIds(words, 5);
            QVERIFY(hits && ids);
            QCOMPARE(ids->size(), hits->size());
            QHash<qint64, QString> expected;
            for (int i = 0; i < hits->size(); ++i) {
                QCOMPARE(ids->at(i), hits->at(i).article.id);
                expected.insert(hits->at(i).article.id, hits->at(i).snippet);
            }
            auto snippets = m_project->articles().snippets(words, *ids);
            QVERIFY(snippets);
            QCOMPARE(*snippets, expected);
        }
    }

    // The quick ranking while typing: the newest matches only, said so.
    void rankedIdsAmongNewestRanksOnlyTheNewestMatches()
    {
        QList<Article> batch;
        for (int i = 0; i < 60; ++i)
            batch.append(article(u"Report %1"_s.arg(i), u"Drones launched overnight. "_s.repeated(1 + i % 7)
                                                           + u"Refugees left. "_s.repeated(i)));
        QVERIFY(m_project->articles().addAll(batch));
        auto all = m_project->articles().rankedIds(u"drones"_s, 100);
        QVERIFY(all);
        QCOMPARE(all->size(), 60);
        QList<qint64> newest = *all;
        std::sort(newest.begin(), newest.end(), std::greater<>());
        newest.resize(20);

        auto quick = m_project->articles().rankedIdsAmongNewest(u"drones"_s, 20, 10);
        QVERIFY(quick);
        QVERIFY(!quick->allMatches);
        QCOMPARE(quick->ids.size(), 10);
        // Best first among the newest: the full ranking's order kept.
        QList<qint64> expected;
        for (const qint64 id : std::as_const(*all))
            if (newest.contains(id) && expected.size() < 10)
                expected.append(id);
        QCOMPARE(quick->ids, expected);

        auto whole = m_project->articles().rankedIdsAmongNewest(u"drones"_s, 61, 100);
        QVERIFY(whole);
        QVERIFY(whole->allMatches);
        QCOMPARE(QSet<qint64>(whole->ids.begin(), whole->ids.end()), QSet<qint64>(all->begin(), all->end()));
        auto none = m_project->articles().rankedIdsAmongNewest(u"nothing"_s, 20);
        QVERIFY(none && none->allMatches && none->ids.isEmpty());
    }

    void aCancelledRankingStopsWithCancelled()
    {
        QList<Article> batch;
        for (int i = 0; i < 200; ++i)
            batch.append(article(u"Report %1"_s.arg(i), u"Drones launched overnight. "_s.repeated(1 + i % 50)
                                                            + QString::number(i)));
        QVERIFY(m_project->articles().addAll(batch));
        const std::atomic<bool> cancelled = true;
        auto ids = m_project->articles().rankedIds(u"drones"_s, 100, &cancelled);
        QVERIFY(!ids);
        QCOMPARE(ids.error().code, Error::Code::Cancelled);
        // The connection is left without the check.
        const std::atomic<bool> running = false;
        QCOMPARE(m_project->articles().rankedIds(u"drones"_s, 100, &running)->size(), 100);
        QCOMPARE(m_project->articles().search(u"drones"_s, 100)->size(), 100);
    }

    void searchNeverFailsOnFtsSyntax_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("hits");
        QTest::newRow("lone quote") << u"\""_s << 0;
        QTest::newRow("operator and paren") << u"AND("_s << 0;
        QTest::newRow("star") << u"*"_s << 0;
        QTest::newRow("NEAR") << u"NEAR(drones"_s << 0;
        QTest::newRow("dangling OR") << u"drones OR"_s << 0;
        QTest::newRow("column filter") << u"title:drones"_s << 0;
        QTest::newRow("minus and caret") << u"-drones ^"_s << 1;
        QTest::newRow("quoted phrase") << u"\"launched drones\""_s << 1;
        QTest::newRow("blank") << u"   "_s << 0;
        QTest::newRow("apostrophe") << u"Russia's"_s << 1;
    }
    void searchNeverFailsOnFtsSyntax()
    {
        QFETCH(QString, query);
        QFETCH(int, hits);
        Article a = article(u"Night"_s, u"Russia's army launched drones."_s);
        QVERIFY(m_project->articles().add(a));
        auto result = m_project->articles().search(query);
        CLAIMBENCH_VERIFY_OK(result);
        QCOMPARE(result->size(), hits);
    }

    void removeRefusesWhileClaimsExist()
    {
        Article a = article(u"Tagged"_s, u"approximately 250,000 killed in action"_s);
        QVERIFY(m_project->articles().add(a));
        Claim claim = claimOn(a, 14, 21);
        QVERIFY(m_project->claims().add(claim));

        auto refused = m_project->articles().remove(a.id);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::InvalidInput);
        QVERIFY(refused.error().message.contains(u"claims (1)"_s));
        QVERIFY(m_project->articles().get(a.id));

        QVERIFY(m_project->claims().remove(claim.id));
        QVERIFY(m_project->articles().remove(a.id));
        QCOMPARE(m_project->articles().get(a.id).error().code, Error::Code::NotFound);
        QVERIFY(m_project->articles().search(u"killed"_s)->isEmpty());
        QCOMPARE(m_project->articles().remove(a.id).error().code, Error::Code::NotFound);
    }

    void replaceIsRefusedForAMissingArticleOrAnotherArticlesText()
    {
        Article first = article(u"First"_s, u"63 drones were launched."_s);
        Article second = article(u"Second"_s, u"28 were shot down."_s);
        QVERIFY(m_project->articles().add(first));
        QVERIFY(m_project->articles().add(second));
        Article correction = article(u"First, corrected"_s, u"28 were shot down."_s);
        QCOMPARE(m_project->articles().replace(first.id, correction, keepClaims).error().code, Error::Code::InvalidInput);
        QCOMPARE(m_project->articles().get(first.id)->body, first.body);
        Article elsewhere = article(u"Gone"_s, u"Another text."_s);
        QCOMPARE(m_project->articles().replace(second.id + 10, elsewhere, keepClaims).error().code, Error::Code::NotFound);

        Article fixed = article(u"First, corrected"_s, u"Officially, 63 drones were launched."_s);
        auto placed = m_project->articles().replace(first.id, fixed, keepClaims);
        QVERIFY(placed);
        QVERIFY(placed->isEmpty()); // no claims to move
        QCOMPARE(fixed.id, first.id);
        QCOMPARE(m_project->articles().search(u"officially"_s)->size(), 1); // the index follows
        QCOMPARE(m_project->articles().get(first.id)->title, u"First, corrected"_s);
    }

    // The store writes what the placement returns and knows nothing of how it
    // was found: offsets, quote, context and the orphaned flag, nothing else.
    void replaceWritesThePlacedClaimsInItsTransaction()
    {
        Article a = article(u"Raid"_s, u"63 drones were launched."_s);
        QVERIFY(m_project->articles().add(a));
        Claim kept = claimOn(a, 0, 2);
        kept.value = 63;
        Claim lost = claimOn(a, 3, 9);
        QVERIFY(m_project->claims().add(kept));
        QVERIFY(m_project->claims().add(lost));

        Article fixed = article(u"Raid"_s, u"Officially, 63 drones were launched."_s);
        QList<Claim> given;
        QString bodyGiven;
        auto placed = m_project->articles().replace(a.id, fixed, [&](const QList<Claim> &claims, const QString &body) {
            given = claims;
            bodyGiven = body;
            QList<Claim> rows = claims;
            rows[0].start = 12;
            rows[0].end = 14;
            rows[0].contextBefore = u"Officially, "_s;
            rows[0].value = 99; // not a placement field: not written
            rows[1].orphaned = true;
            return rows;
        });
        CLAIMBENCH_VERIFY_OK(placed);
        QCOMPARE(bodyGiven, fixed.body);
        QCOMPARE(given.size(), 2);
        QCOMPARE(given[0].id, kept.id);
        QCOMPARE(given[1].id, lost.id);
        QCOMPARE(placed->size(), 2);

        const Claim keptNow = *m_project->claims().get(kept.id);
        QCOMPARE(keptNow.start, 12);
        QCOMPARE(keptNow.end, 14);
        QCOMPARE(keptNow.contextBefore, u"Officially, "_s);
        QCOMPARE(keptNow.value, 63);
        QCOMPARE(keptNow.version, kept.version + 1);
        QCOMPARE(keptNow.updated, kept.updated);
        const Claim lostNow = *m_project->claims().get(lost.id);
        QVERIFY(lostNow.orphaned);
        QCOMPARE(lostNow.start, 3);
        QCOMPARE(lostNow.version, lost.version + 1);
    }
};

QTEST_GUILESS_MAIN(TestArticleRepository)
#include "tst_articlerepository.moc"
