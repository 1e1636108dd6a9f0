#include "cli/commandline.h"
#include "common/clirun.h"
#include "common/freshprojects.h"
#include "common/listingformats.h"
#include "common/testfiles.h"
#include "core/domain/quoteplacement.h"
#include "core/store/project.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

const QStringList kColumns{u"id"_s,        u"article_title"_s, u"article_url"_s, u"outlet"_s,
                           u"published"_s, u"quote"_s,         u"start"_s,       u"end"_s,
                           u"value"_s,     u"low"_s,           u"high"_s,        u"unit"_s,
                           u"qualifier"_s, u"metric"_s,        u"claimant"_s,    u"as_of"_s,
                           u"status"_s,    u"tag"_s,           u"note"_s};

// An emoji (two UTF-16 units, one code point) before the first quote, so that
// its code point offsets differ from the stored QString offsets.
const QString kBody = u"\U0001F4A5 Russia launched 63 drones overnight; 28 were shot down."_s;

} // namespace

class TestClaimsCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        makeProject(m_path);
        if (QTest::currentTestFailed())
            return;
        const Result<std::shared_ptr<Project>> opened = Project::open(m_path);
        QVERIFY(opened);
        const Project &project = **opened;
        const Result<QList<Article>> articles = project.articles().list();
        QVERIFY(articles && articles->size() == 1);
        const Article article = articles->constFirst();
        const Result<QList<Tag>> tags = project.tags().list();
        QVERIFY(tags && tags->size() == 1);
        const Tag tag = tags->constFirst();

        Metric launched;
        launched.name = u"Drones launched"_s;
        Metric downed;
        downed.name = u"Drones shot down"_s;
        QVERIFY(project.metrics().add(launched));
        QVERIFY(project.metrics().add(downed));
        Claimant airForce;
        airForce.name = u"Ukrainian Air Force"_s;
        QVERIFY(project.claimants().add(airForce));

        Claim first;
        first.articleId = article.id;
        first.start = int(kBody.indexOf(u"63 drones"_s));
        first.end = first.start + 9;
        first.value = 63;
        first.unit = u"drones"_s;
        first.metricId = launched.id;
        first.claimantId = airForce.id;
        first.asOf = PartialDate::day(2025, 6, 12);
        first.tagId = tag.id;
        first.note = u"night of 12 June, \"decoys\" included"_s;
        placeQuote(first, kBody, first.start, first.end);
        QVERIFY(project.claims().add(first));
        Claim second;
        second.articleId = article.id;
        second.start = int(kBody.indexOf(u"28"_s));
        second.end = second.start + 2;
        second.value = 28;
        second.low = 20;
        second.high = 30;
        second.qualifier = Qualifier::AtLeast;
        second.metricId = downed.id;
        second.status = ClaimStatus::Disputed;
        placeQuote(second, kBody, second.start, second.end);
        QVERIFY(project.claims().add(second));
        // A quote holding the non-BMP emoji itself, a year-only date and a
        // note with a line break and a comma: what a lossless round trip must keep.
        Claim third;
        third.articleId = article.id;
        third.start = 0;
        third.end = int(kBody.indexOf(u" 63"_s));
        third.value = 63;
        third.qualifier = Qualifier::UpTo;
        third.claimantId = airForce.id;
        third.asOf = PartialDate::year(2025);
        third.status = ClaimStatus::False;
        third.note = u"first line,\nsecond line"_s;
        placeQuote(third, kBody, third.start, third.end);
        QVERIFY(project.claims().add(third));
        m_first = first;
    }

    void jsonHasSpecKeysInOrderAndCodePointOffsets()
    {
        const CliRun run = runCli({u"claims"_s, m_path, u"--format=json"_s});
        QCOMPARE(run.status, 0);
        QCOMPARE(run.err, QString());
        const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(keysInOrder(run.out.section(u'\n', 1, 1)), kColumns);

        const QJsonObject first = rows[0].toObject();
        QCOMPARE(first.value(u"id"_s).toInteger(), m_first.id);
        QCOMPARE(first.value(u"article_title"_s).toString(), u"Drones, overnight"_s);
        QCOMPARE(first.value(u"article_url"_s).toString(), u"https://example.org/drones"_s);
        QVERIFY(first.value(u"outlet"_s).isNull());
        QCOMPARE(first.value(u"published"_s).toString(), u"2025-06-13"_s);
        QCOMPARE(first.value(u"quote"_s).toString(), u"63 drones"_s);
        // The emoji is one code point but two QString units.
        QCOMPARE(first.value(u"start"_s).toInteger(), m_first.start - 1);
        QCOMPARE(first.value(u"end"_s).toInteger(), m_first.end - 1);
        QCOMPARE(first.value(u"value"_s).toDouble(), 63.0);
        QVERIFY(first.value(u"low"_s).isNull());
        QCOMPARE(first.value(u"unit"_s).toString(), u"drones"_s);
        QVERIFY(first.value(u"qualifier"_s).isNull());
        QCOMPARE(first.value(u"metric"_s).toString(), u"Drones launched"_s);
        QCOMPARE(first.value(u"claimant"_s).toString(), u"Ukrainian Air Force"_s);
        QCOMPARE(first.value(u"as_of"_s).toString(), u"2025-06-12"_s);
        QCOMPARE(first.value(u"status"_s).toString(), u"unverified"_s);
        QCOMPARE(first.value(u"tag"_s).toString(), u"Air war"_s);

        const QJsonObject second = rows[1].toObject();
        QCOMPARE(second.value(u"low"_s).toDouble(), 20.0);
        QCOMPARE(second.value(u"high"_s).toDouble(), 30.0);
        QCOMPARE(second.value(u"qualifier"_s).toString(), u"at least"_s);
        QCOMPARE(second.value(u"status"_s).toString(), u"disputed"_s);
        for (const QString &key : {u"claimant"_s, u"as_of"_s, u"tag"_s, u"note"_s, u"unit"_s})
            QVERIFY2(second.value(key).isNull(), qPrintable(key));
    }

    // The code point offsets index the text as a script sees it.
    void offsetsIndexTheBodyInCodePoints()
    {
        const CliRun run = runCli({u"claims"_s, m_path, u"--format=json"_s});
        const QJsonObject first = QJsonDocument::fromJson(run.out.toUtf8()).array()[0].toObject();
        const QList<uint> ucs4 = kBody.toUcs4();
        const auto start = first.value(u"start"_s).toInteger();
        const auto end = first.value(u"end"_s).toInteger();
        const QList<uint> quote = ucs4.mid(start, end - start);
        QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(quote.constData()), quote.size()),
                 first.value(u"quote"_s).toString());
    }

    void csvHasHeaderAndQuotes()
    {
        const CliRun run = runCli({u"claims"_s, m_path});
        QCOMPARE(run.status, 0);
        const QStringList lines = run.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0], kColumns.join(u','));
        QVERIFY2(lines[1].startsWith(QString::number(m_first.id) + u",\"Drones, overnight\","_s),
                 qPrintable(lines[1]));
        QVERIFY2(lines[1].endsWith(u",Air war,\"night of 12 June, \"\"decoys\"\" included\""_s),
                 qPrintable(lines[1]));
    }

    void metricFilters_data()
    {
        QTest::addColumn<QString>("metric");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("rows");
        QTest::newRow("one metric") << u"Drones shot down"_s << 0 << 1;
        QTest::newRow("any case") << u"drones LAUNCHED"_s << 0 << 1;
        QTest::newRow("unknown metric") << u"Tanks"_s << 2 << -1;
    }
    void metricFilters()
    {
        QFETCH(QString, metric);
        QFETCH(int, status);
        QFETCH(int, rows);
        const CliRun run = runCli({u"claims"_s, m_path, u"--metric"_s, metric, u"--format=json"_s});
        QCOMPARE(run.status, status);
        if (status != 0) {
            QCOMPARE(run.out, QString());
            QVERIFY2(run.err.contains(u"there is no metric named \""_s + metric), qPrintable(run.err));
            return;
        }
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), rows);
    }

    void missingProjectIsBadInput()
    {
        const QString path = m_projects.filePath(u"absent.claimbench"_s);
        const CliRun run = runCli({u"claims"_s, path});
        QCOMPARE(run.status, 2);
        QCOMPARE(run.out, QString());
        QVERIFY(!QFile::exists(path));
    }

    // Listing, then adding the listing to a project holding the same article,
    // then listing again gives the same rows, every key of every row, the
    // offsets of a quote holding a non-BMP character included: --add reads
    // what claims writes, and (listed by id) even the ids come back.
    void addRoundTrip_data()
    {
        addFormatRows();
    }
    void addRoundTrip()
    {
        QFETCH(QString, format);
        const CliRun listed = runCli({u"claims"_s, m_path, u"--format"_s, format});
        QCOMPARE(listed.status, 0);
        const QString file = m_projects.filePath(u"claims-%1.%2"_s.arg(++m_files).arg(format));
        QVERIFY(writeFile(file, listed.out.toUtf8()));

        QString copy;
        makeProject(copy);
        if (QTest::currentTestFailed())
            return;
        const CliRun added = runCli({u"claims"_s, copy, u"--add"_s, file});
        QCOMPARE(added.out, u"row 1: added 1\nrow 2: added 2\nrow 3: added 3\n"_s);
        QCOMPARE(added.err, u"3 added, 0 failed\n"_s);
        QCOMPARE(added.status, 0);
        QCOMPARE(runCli({u"claims"_s, copy, u"--format"_s, format}).out, listed.out);
    }

    // The same round trip through W3C Web Annotation JSON-LD: --add anchors
    // each annotation's quote at its position and gives back every field.
    void webAnnotationRoundTrip()
    {
        const CliRun annotations = runCli({u"claims"_s, m_path, u"--format"_s, u"webannotation"_s});
        QCOMPARE(annotations.status, 0);
        const QJsonObject collection = QJsonDocument::fromJson(annotations.out.toUtf8()).object();
        QCOMPARE(collection[u"type"].toString(), u"AnnotationCollection"_s);
        QCOMPARE(collection[u"total"].toInt(), 3);
        const QString file = m_projects.filePath(u"claims-%1.jsonld"_s.arg(++m_files));
        QVERIFY(writeFile(file, annotations.out.toUtf8()));

        QString copy;
        makeProject(copy);
        if (QTest::currentTestFailed())
            return;
        const CliRun added = runCli({u"claims"_s, copy, u"--add"_s, file});
        QCOMPARE(added.err, u"3 added, 0 failed\n"_s);
        QCOMPARE(added.status, 0);
        const CliRun listed = runCli({u"claims"_s, m_path, u"--format"_s, u"json"_s});
        QCOMPARE(runCli({u"claims"_s, copy, u"--format"_s, u"json"_s}).out, listed.out);
    }

    // schema.org ClaimReview: one review per claim given a status other than
    // unverified, a JSON list even when there is none.
    void claimReviewListsReviewedClaims()
    {
        const QJsonArray rows =
            QJsonDocument::fromJson(runCli({u"claims"_s, m_path, u"--format"_s, u"json"_s}).out.toUtf8()).array();
        const auto reviewed = std::count_if(rows.begin(), rows.end(), [](const QJsonValue &row) {
            return row[u"status"].toString() != u"unverified";
        });
        QVERIFY(reviewed > 0 && reviewed < rows.size());
        const CliRun reviews = runCli({u"claims"_s, m_path, u"--format"_s, u"claimreview"_s});
        QCOMPARE(reviews.status, 0);
        QJsonParseError error;
        const QJsonArray list = QJsonDocument::fromJson(reviews.out.toUtf8(), &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(list.size(), reviewed);
        for (const QJsonValue &review : list) {
            QCOMPARE(review[u"@type"].toString(), u"ClaimReview"_s);
            QVERIFY(!review[u"claimReviewed"].toString().isEmpty());
            QVERIFY(review[u"reviewRating"][u"ratingValue"].toInt() >= 1);
        }
    }

    // SPEC: a claim whose article came from a PDF has its 1-based page after
    // `end`. The key is on every row once the project holds a paged article
    // (null for the others); without one the columns stay as they were
    // (kColumns, above). `claims --add` takes such a listing, page ignored.
    void pageKeyOnceAProjectHoldsAPagedArticle()
    {
        // The shared project's three claims, added through the listing
        // --add reads (addRoundTrip), then a paged article and its claims.
        const QString listing = m_projects.filePath(u"paged-%1-source.json"_s.arg(++m_files));
        QVERIFY(writeFile(listing, runCli({u"claims"_s, m_path, u"--format=json"_s}).out.toUtf8()));
        QString paged;
        makeProject(paged);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(runCli({u"claims"_s, paged, u"--add"_s, listing}).status, 0);
        {
            const Result<std::shared_ptr<Project>> opened = Project::open(paged);
            QVERIFY(opened);
            const Project &project = **opened;
            Article report;
            report.title = u"Report"_s;
            report.body = u"Page one text.\nOn page two, 40 drones were launched."_s;
            const int pageTwo = int(report.body.indexOf(u"On page"_s));
            report.pages.pages = {Page{0, pageTwo, QSizeF(612, 792), {}},
                                  Page{pageTwo, int(report.body.size()), QSizeF(612, 792), {}}};
            report.document = "%PDF-1.7 stand-in";
            QVERIFY(project.articles().add(report));
            Claim onPageTwo;
            onPageTwo.articleId = report.id;
            const int start = int(report.body.indexOf(u"40"_s));
            placeQuote(onPageTwo, report.body, start, start + 9);
            onPageTwo.value = 40;
            QVERIFY(project.claims().add(onPageTwo));
            // An orphan's offsets are from an earlier text: in this one they
            // would point at "Page one", so they are not listed, nor its page.
            Claim orphan;
            orphan.articleId = report.id;
            placeQuote(orphan, report.body, 0, 8);
            orphan.quote = u"30 drones"_s;
            orphan.orphaned = true;
            QVERIFY(project.claims().add(orphan));
        }
        const CliRun json = runCli({u"claims"_s, paged, u"--format=json"_s});
        QCOMPARE(json.status, 0);
        const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(rows.size(), 5);
        QStringList withPage = kColumns;
        withPage.insert(withPage.indexOf(u"end"_s) + 1, u"page"_s);
        int onPage = 0;
        for (const QJsonValue &row : rows) {
            const QJsonObject object = row.toObject();
            QCOMPARE(QStringList(object.keys()).size(), withPage.size());
            if (object.value(u"quote"_s).toString() == u"40 drones"_s) {
                QCOMPARE(object.value(u"page"_s).toInt(), 2);
                ++onPage;
            } else if (object.value(u"quote"_s).toString() == u"30 drones"_s) {
                QVERIFY(object.value(u"start"_s).isNull());
                QVERIFY(object.value(u"end"_s).isNull());
                QVERIFY(object.value(u"page"_s).isNull());
            } else {
                QVERIFY(object.value(u"page"_s).isNull());
            }
        }
        QCOMPARE(onPage, 1);
        // Key order in the text itself (QJsonObject sorts its keys).
        QVERIFY(json.out.indexOf(u"\"end\""_s) < json.out.indexOf(u"\"page\""_s));
        QVERIFY(json.out.indexOf(u"\"page\""_s) < json.out.indexOf(u"\"value\""_s));
        const CliRun csv = runCli({u"claims"_s, paged});
        QCOMPARE(csv.out.section(u"\r\n"_s, 0, 0), withPage.join(u','));

        // --add reads the listing with its page key into a project without pages.
        const QString file = m_projects.filePath(u"paged-%1.json"_s.arg(m_files));
        QVERIFY(writeFile(file, json.out.toUtf8()));
        QString copy;
        makeProject(copy);
        if (QTest::currentTestFailed())
            return;
        const CliRun added = runCli({u"claims"_s, copy, u"--add"_s, file});
        // The report's claims name an article the copy lacks: refused, the rest added.
        QVERIFY2(added.err.startsWith(u"3 added, 2 failed"_s) || added.err.contains(u"3 added, 2 failed"_s),
                 qPrintable(added.err));
        QVERIFY(!runCli({u"claims"_s, copy}).out.section(u'\n', 0, 0).contains(u"page"_s));
    }

    // A spreadsheet runs a text cell starting with = + - @ tab or CR as a
    // formula: the CSV listing puts an apostrophe before such text (the value
    // -5, a number, keeps its sign), JSON keeps it exact, and --add takes the
    // apostrophe off again, so the CSV still round-trips.
    void csvNeutralizesFormulaTextAndAddRestoresIt()
    {
        const QString title = u"=HYPERLINK(\"http://evil.example/\",\"Losses\")"_s;
        const QString body = u"Overnight it was -5 degrees at the front."_s;
        const QString claimant = u"+cmd|' /C calc'!A0"_s;
        QString path;
        makeProject(path, title, body);
        if (QTest::currentTestFailed())
            return;
        Claim claim;
        {
            const Result<std::shared_ptr<Project>> opened = Project::open(path);
            QVERIFY(opened);
            Claimant rce;
            rce.name = claimant;
            QVERIFY((*opened)->claimants().add(rce));
            claim.articleId = (*opened)->articles().list()->constFirst().id;
            claim.start = int(body.indexOf(u"-5 degrees"_s));
            claim.end = claim.start + 10;
            claim.value = -5;
            claim.claimantId = rce.id;
            claim.note = u"@SUM(1+1)"_s;
            placeQuote(claim, body, claim.start, claim.end);
            QVERIFY((*opened)->claims().add(claim));
        }

        const CliRun csv = runCli({u"claims"_s, path});
        QCOMPARE(csv.status, 0);
        const QStringList lines = csv.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[1], u"%1,\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"Losses\"\")\",https://example.org/drones,,"
                           u"2025-06-13,'-5 degrees,%2,%3,-5,,,,,,'+cmd|' /C calc'!A0,,unverified,,'@SUM(1+1)"_s
                               .arg(claim.id)
                               .arg(claim.start)
                               .arg(claim.end));

        const CliRun json = runCli({u"claims"_s, path, u"--format=json"_s});
        const QJsonObject row = QJsonDocument::fromJson(json.out.toUtf8()).array()[0].toObject();
        QCOMPARE(row.value(u"article_title"_s).toString(), title);
        QCOMPARE(row.value(u"quote"_s).toString(), u"-5 degrees"_s);
        QCOMPARE(row.value(u"claimant"_s).toString(), claimant);
        QCOMPARE(row.value(u"note"_s).toString(), u"@SUM(1+1)"_s);

        const QString file = m_projects.filePath(u"formulas.csv"_s);
        QVERIFY(writeFile(file, csv.out.toUtf8()));
        QString copy;
        makeProject(copy, title, body);
        if (QTest::currentTestFailed())
            return;
        const CliRun added = runCli({u"claims"_s, copy, u"--add"_s, file});
        QCOMPARE(added.out, u"row 1: added 1\n"_s);
        QCOMPARE(runCli({u"claims"_s, copy}).out, csv.out);
        QCOMPARE(runCli({u"claims"_s, copy, u"--format=json"_s}).out, json.out);
        // --help says so.
        QVERIFY(runCli({u"claims"_s, u"--help"_s})
                    .out.simplified()
                    .contains(u"formula (starting with =, +, -, @, tab or CR"_s));
    }

    // Each refused row is named with its reason on both streams, and writes
    // nothing: not the claim, not its new metric.
    void addRefusesBadRows_data()
    {
        QTest::addColumn<QString>("member"); // a JSON member added to (or replacing) the defaults
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown article") << u"\"article_title\": \"Tanks\""_s
                                         << u"no article has this article_url or article_title"_s;
        QTest::newRow("quote not in text") << u"\"quote\": \"64 drones\""_s
                                           << u"the quote is not in the article's text"_s;
        QTest::newRow("empty quote") << u"\"quote\": \"\""_s << u"quote is empty"_s;
        QTest::newRow("bad qualifier") << u"\"qualifier\": \"roughly\""_s
                                       << u"unknown qualifier \"roughly\""_s;
        QTest::newRow("bad as_of") << u"\"as_of\": \"12 June\""_s << u"as_of is not YYYY-MM-DD"_s;
        QTest::newRow("bad status") << u"\"status\": \"maybe\""_s << u"unknown status \"maybe\""_s;
        QTest::newRow("unknown tag") << u"\"tag\": \"Sea war\""_s
                                     << u"there is no tag named \"Sea war\""_s;
        QTest::newRow("value not a number") << u"\"value\": \"sixty\""_s
                                            << u"value is not a number: \"sixty\""_s;
        QTest::newRow("start past the end") << u"\"start\": 5000"_s
                                            << u"start is not an offset into the article"_s;
        // A list or an object read as null, a number or true as its text: the
        // row was "added" with a value of null or a quote of "63".
        QTest::newRow("start 1e300") << u"\"start\": 1e300"_s << u"start is not an offset into the article"_s;
        QTest::newRow("start a list") << u"\"start\": [3]"_s << u"start is not a number: [3]"_s;
        QTest::newRow("value a list") << u"\"value\": [1]"_s << u"value is not a number: [1]"_s;
        QTest::newRow("value an object") << u"\"value\": {\"a\": 1}"_s << u"value is not a number: {\"a\":1}"_s;
        QTest::newRow("value true") << u"\"value\": true"_s << u"value is not a number: true"_s;
        QTest::newRow("low a list") << u"\"low\": [1]"_s << u"low is not a number: [1]"_s;
        QTest::newRow("high an object") << u"\"high\": {\"a\": 1}"_s << u"high is not a number: {\"a\":1}"_s;
        QTest::newRow("quote a number") << u"\"quote\": 63"_s << u"quote is not text: 63"_s;
        QTest::newRow("article_title a list") << u"\"article_title\": [\"Drones, overnight\"]"_s
                                              << u"article_title is not text: [\"Drones, overnight\"]"_s;
        QTest::newRow("article_url an object") << u"\"article_url\": {}"_s << u"article_url is not text: {}"_s;
        QTest::newRow("unit a number") << u"\"unit\": 7"_s << u"unit is not text: 7"_s;
        QTest::newRow("qualifier a list") << u"\"qualifier\": []"_s << u"qualifier is not text: []"_s;
        QTest::newRow("metric a list") << u"\"metric\": [\"Fresh metric\"]"_s
                                       << u"metric is not text: [\"Fresh metric\"]"_s;
        QTest::newRow("claimant true") << u"\"claimant\": true"_s << u"claimant is not text: true"_s;
        QTest::newRow("as_of a number") << u"\"as_of\": 2025"_s << u"as_of is not text: 2025"_s;
        QTest::newRow("status false") << u"\"status\": false"_s << u"status is not text: false"_s;
        QTest::newRow("tag a number") << u"\"tag\": 1"_s << u"tag is not text: 1"_s;
        QTest::newRow("note an object") << u"\"note\": {\"x\": [1, 2]}"_s << u"note is not text: {\"x\":[1,2]}"_s;
    }
    void addRefusesBadRows()
    {
        QFETCH(QString, member);
        QFETCH(QString, reason);
        QJsonObject row{{u"article_title"_s, u"Drones, overnight"_s},
                        {u"quote"_s, u"63 drones"_s},
                        {u"metric"_s, u"Fresh metric"_s}};
        const QJsonObject extra = QJsonDocument::fromJson((u'{' + member + u'}').toUtf8()).object();
        QVERIFY(!extra.isEmpty());
        for (auto it = extra.begin(); it != extra.end(); ++it)
            row.insert(it.key(), it.value());
        const QString file = m_projects.filePath(u"bad-%1.json"_s.arg(++m_files));
        QVERIFY(writeFile(file, QJsonDocument(QJsonArray{row}).toJson()));
        QString copy;
        makeProject(copy);
        if (QTest::currentTestFailed())
            return;

        const CliRun run = runCli({u"claims"_s, copy, u"--add"_s, file});
        QCOMPARE(run.status, 2);
        QVERIFY2(run.out.startsWith(u"row 1: failed: "_s + reason), qPrintable(run.out));
        QVERIFY2(run.err.startsWith(u"claimbench-cli: "_s + file + u": row 1: "_s + reason),
                 qPrintable(run.err));
        QVERIFY(run.err.endsWith(u"0 added, 1 failed\n"_s));
        QCOMPARE(runCli({u"claims"_s, copy, u"--format=json"_s}).out, u"[]\n"_s);
        QCOMPARE(runCli({u"claims"_s, copy, u"--metric"_s, u"Fresh metric"_s}).status, 2);
    }

    // The rows that can be added are written together, through the same
    // undoable path as the GUI (ProjectSession::createClaims, one transaction):
    // a bad row in the middle is reported and left out (SPEC: "the others
    // are"), and a new metric named by two rows in two spellings is made once.
    void addWritesTheGoodRowsAroundABadOne()
    {
        QString copy;
        makeProject(copy);
        if (QTest::currentTestFailed())
            return;
        const QString file = m_projects.filePath(u"middle.csv"_s);
        QVERIFY(writeFile(file, "article_title,quote,metric,claimant\n"
                                "\"Drones, overnight\",63 drones,Drones launched,Air Force\n"
                                "\"Drones, overnight\",64 drones,Drones launched,Air Force\n"
                                "\"Drones, overnight\",28,drones LAUNCHED,air force\n"));
        const CliRun run = runCli({u"claims"_s, copy, u"--add"_s, file});
        QCOMPARE(run.status, 2);
        QCOMPARE(run.out, u"row 1: added 1\nrow 2: failed: the quote is not in the article's text\nrow 3: added 2\n"_s);
        QVERIFY2(run.err.endsWith(u"2 added, 1 failed\n"_s), qPrintable(run.err));
        const Result<std::shared_ptr<Project>> opened = Project::open(copy);
        QVERIFY(opened);
        QCOMPARE((*opened)->metrics().list()->size(), 1);
        QCOMPARE((*opened)->claimants().list()->size(), 1);
        const Result<QList<Claim>> claims = (*opened)->claims().list();
        QVERIFY(claims && claims->size() == 2);
        QCOMPARE(claims->at(1).metricId, claims->at(0).metricId);
        QCOMPARE(claims->at(1).claimantId, claims->at(0).claimantId);
    }

    // A file refused as a whole -- a malformed row in the middle, or no row
    // that can be added -- leaves the project file byte for byte as it was:
    // nothing is written before every row has been read and anchored.
    void addRefusedLeavesProjectUnchanged_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("CSV, short row in the middle")
            << u"short.csv"_s
            << QByteArray("article_title,quote,metric\n\"Drones, overnight\",63 drones,New metric\n"
                          "\"Drones, overnight\"\n\"Drones, overnight\",28,New metric\n");
        QTest::newRow("JSON, a number in the middle")
            << u"number.json"_s
            << QByteArray(R"([{"article_title": "Drones, overnight", "quote": "63 drones", "metric": "New metric"},)"
                          R"( 7, {"article_title": "Drones, overnight", "quote": "28"}])");
        QTest::newRow("every row bad")
            << u"allbad.csv"_s
            << QByteArray("article_title,quote,metric\n\"Drones, overnight\",64 drones,New metric\n"
                          "Tanks,63 drones,New metric\n");
    }
    void addRefusedLeavesProjectUnchanged()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QString copy;
        makeProject(copy);
        if (QTest::currentTestFailed())
            return;
        const QString file = m_projects.filePath(fileName);
        QVERIFY(writeFile(file, content));
        const QByteArray before = onTestServer() ? QByteArray() : readFile(copy);
        QVERIFY(onTestServer() || !before.isEmpty());
        const CliRun run = runCli({u"claims"_s, copy, u"--add"_s, file});
        QCOMPARE(run.status, 2);
        QVERIFY(!run.out.contains(u"added"_s));
        if (!onTestServer())
            QCOMPARE(readFile(copy), before);
        // What can be seen on either backend: no claim, no new metric.
        QCOMPARE(runCli({u"claims"_s, copy, u"--format=json"_s}).out, u"[]\n"_s);
        QCOMPARE(runCli({u"claims"_s, copy, u"--metric"_s, u"New metric"_s}).status, 2);
    }

    // `start` picks among repeated quotes: the nearest occurrence wins;
    // without it, the first.
    void addAnchorsNearStart()
    {
        QString copy;
        makeProject(copy);
        if (QTest::currentTestFailed())
            return;
        const QList<uint> ucs4 = kBody.toUcs4();
        const qsizetype lastO = ucs4.lastIndexOf(uint(u'o'));
        const QString file = m_projects.filePath(u"repeat.csv"_s);
        QVERIFY(writeFile(file, u"article_title,quote,start\r\n\"Drones, overnight\",o,%1\r\n"
                                u"\"Drones, overnight\",o,\r\n"_s.arg(lastO - 1).toUtf8()));
        const CliRun run = runCli({u"claims"_s, copy, u"--add"_s, file});
        QCOMPARE(run.status, 0);
        const QJsonArray rows =
            QJsonDocument::fromJson(runCli({u"claims"_s, copy, u"--format=json"_s}).out.toUtf8()).array();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].toObject().value(u"start"_s).toInteger(), lastO);
        QCOMPARE(rows[1].toObject().value(u"start"_s).toInteger(), ucs4.indexOf(uint(u'o')));
    }

    void addInvocationErrors_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errContains");
        QTest::newRow("with --format") << QStringList{u"--format=json"_s} << u"a.json"_s
                                       << QByteArray("[]") << 1 << u"--add takes no --metric or --format"_s;
        QTest::newRow("unknown suffix") << QStringList() << u"a.txt"_s << QByteArray("[]") << 2
                                        << u"claims are read from a .json, .jsonld or .csv file"_s;
        QTest::newRow("missing file") << QStringList() << u"absent.json"_s << QByteArray() << 2
                                      << u"cannot read the file"_s;
        QTest::newRow("malformed JSON") << QStringList() << u"b.json"_s << QByteArray("[{") << 2
                                        << u"not valid JSON"_s;
        QTest::newRow("JSON object, not list") << QStringList() << u"c.json"_s << QByteArray("{}") << 2
                                               << u"not a JSON list of claims"_s;
        QTest::newRow("CSV row too short") << QStringList() << u"d.csv"_s
                                           << QByteArray("quote,start\nx\n") << 2
                                           << u"row 1 has 1 fields but the header names 2"_s;
        QTest::newRow("CSV not UTF-8") << QStringList() << u"e.csv"_s << QByteArray("quote\n\xff\xfe\n")
                                       << 2 << u"not UTF-8 text"_s;
    }
    void addInvocationErrors()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(int, status);
        QFETCH(QString, errContains);
        const QString file = m_projects.filePath(fileName);
        if (!content.isEmpty())
            QVERIFY(writeFile(file, content));
        const CliRun run = runCli(QStringList{u"claims"_s, m_path, u"--add"_s, file} + extra);
        QCOMPARE(run.status, status);
        QCOMPARE(run.out, QString());
        QVERIFY2(run.err.contains(errContains), qPrintable(run.err));
    }

private:
    // A new project (its location in `path`) with the test article (or one
    // of this title and body) and the tag "Air war", no claims.
    void makeProject(QString &path, const QString &title = u"Drones, overnight"_s, const QString &body = kBody)
    {
        const Result<QString> location = m_projects.location();
        if (!location)
            QFAIL(qPrintable(location.error().toString()));
        path = *location;
        const Result<std::shared_ptr<Project>> opened =
            Project::open(path, Project::OpenMode::CreateIfMissing);
        if (!opened)
            QFAIL(qPrintable(opened.error().toString()));
        Article article;
        article.title = title;
        article.url = u"https://example.org/drones"_s;
        article.published = PartialDate::day(2025, 6, 13);
        article.body = body;
        QVERIFY((*opened)->articles().add(article));
        Tag tag;
        tag.name = u"Air war"_s;
        tag.color = QColor(Qt::red);
        QVERIFY((*opened)->tags().add(tag));
    }

    FreshProjects m_projects;
    int m_files = 0;
    QString m_path;
    Claim m_first;
};

QTEST_GUILESS_MAIN(TestClaimsCommand)
#include "tst_claimscommand.moc"
