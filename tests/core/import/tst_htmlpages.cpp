// Measures the HTML reader on ../shared/html-pages (Mozilla Readability's
// test pages): metadata accuracy against expected-metadata.json and body
// word-level F1 against the text of expected.html. Floors sit a little under
// the measured figures so that a regression fails, not noise. A second test
// pins the exact result of every page (as digests in htmlpages-digests.txt),
// so that a change meant to be invisible — speed, robustness — is proved so.
#include "core/import/datetext.h"
#include "core/import/htmldom.h"
#include "core/import/htmlreader.h"

#include "common/shareddata.h"
#include "common/testfiles.h"
#include "common/wordf1.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

QString normalized(const QString &text)
{
    return text.simplified().toCaseFolded();
}

// Everything the reader extracts from a page, hashed: the digest file stays
// small and holds nothing of the pages themselves.
QByteArray digest(const Article &article)
{
    const QStringList fields = {article.title, article.outlet, article.author, article.published.toIso(),
                                article.language, article.url, article.body};
    return QCryptographicHash::hash(fields.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256).toHex();
}

const QString kDigestFile = QStringLiteral(CLAIMBENCH_SOURCE_DIR "/tests/core/import/htmlpages-digests.txt");

struct Tally
{
    int hits = 0;
    int total = 0;
    void add(bool hit)
    {
        ++total;
        hits += hit ? 1 : 0;
    }
    double ratio() const { return total == 0 ? 1.0 : double(hits) / double(total); }
};

} // namespace

class TestHtmlPages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void measure()
    {
        CLAIMBENCH_REQUIRE_SHARED_DIR(pages, "CLAIMBENCH_HTML_PAGES");
        const QStringList folders = pages.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(!folders.isEmpty());
        Tally title, outlet, author, date;
        double f1Sum = 0;
        int bodies = 0;
        int failures = 0;
        const bool verbose = qEnvironmentVariableIsSet("CLAIMBENCH_VERBOSE");
        for (const QString &folder : folders) {
            const QDir dir(pages.filePath(folder));
            const QJsonObject expected =
                QJsonDocument::fromJson(readFile(dir.filePath(u"expected-metadata.json"_s))).object();
            const auto article = HtmlReader::parse(readFile(dir.filePath(u"source.html"_s)));
            const auto expectedDom = HtmlDom::parse(readFile(dir.filePath(u"expected.html"_s)));
            QVERIFY(expectedDom.has_value());
            const QString expectedText = expectedDom->textContent(HtmlDom::kDocument);
            if (!article) {
                ++failures;
                ++bodies;
                qWarning("%s: %s", qPrintable(folder), qPrintable(article.error().toString()));
                continue;
            }
            const double f1 = wordF1(article->body, expectedText);
            f1Sum += f1;
            ++bodies;
            const auto compare = [&](Tally &tally, const char *key, const QString &actual) {
                const QJsonValue value = expected.value(QLatin1StringView(key));
                if (!value.isString() || value.toString().trimmed().isEmpty())
                    return;
                const bool hit = normalized(actual) == normalized(value.toString());
                tally.add(hit);
                if (!hit && verbose)
                    qDebug("%s %s: got \"%s\", expected \"%s\"", qPrintable(folder), key, qPrintable(actual),
                           qPrintable(value.toString()));
            };
            compare(title, "title", article->title);
            compare(outlet, "siteName", article->outlet);
            compare(author, "byline", article->author);
            if (const QJsonValue published = expected.value(u"publishedTime"); published.isString()) {
                const PartialDate want = parseDateText(published.toString(), false);
                const bool hit = !want.isNull() && article->published.precision() == DatePrecision::Day
                    && article->published.date() == want.date();
                date.add(hit);
                if (!hit && verbose)
                    qDebug("%s date: got %s, expected %s", qPrintable(folder), qPrintable(article->published.toIso()),
                           qPrintable(published.toString()));
            }
            if (verbose && f1 < 0.9)
                qDebug("%s body F1 %.3f (%lld vs %lld chars)", qPrintable(folder), f1,
                       qint64(article->body.size()), qint64(expectedText.simplified().size()));
        }
        const double meanF1 = f1Sum / bodies;
        qInfo("html-pages: %d pages, title %.3f (%d/%d), outlet %.3f (%d/%d), author %.3f (%d/%d), "
              "date %.3f (%d/%d), body word F1 %.3f, failed %d",
              int(folders.size()), title.ratio(), title.hits, title.total, outlet.ratio(), outlet.hits, outlet.total,
              author.ratio(), author.hits, author.total, date.ratio(), date.hits, date.total, meanF1, failures);
        // Measured (scripts/test.sh, 2026-11-25): title 1.000, outlet 1.000, author 1.000, date 1.000,
        // body word F1 0.997 on these 100 pages.
        QVERIFY2(title.ratio() >= 0.97, "title accuracy under its floor");
        QVERIFY2(outlet.ratio() >= 0.95, "outlet accuracy under its floor");
        QVERIFY2(author.ratio() >= 0.95, "author accuracy under its floor");
        QVERIFY2(date.ratio() >= 0.95, "date accuracy under its floor");
        QVERIFY2(meanF1 >= 0.98, "body word F1 under its floor");
        QCOMPARE(failures, 0);
    }

    // Set CLAIMBENCH_UPDATE_DIGESTS=1 to rewrite the file after a change to
    // the extraction that is meant to show (then review the pages it names).
    void resultsUnchanged()
    {
        CLAIMBENCH_REQUIRE_SHARED_DIR(pages, "CLAIMBENCH_HTML_PAGES");
        QByteArray actual;
        for (const QString &folder : pages.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const auto article = HtmlReader::parse(readFile(pages.filePath(folder + u"/source.html"_s)));
            actual += folder.toUtf8() + ' ' + (article ? digest(*article) : QByteArray("failed")) + '\n';
        }
        if (qEnvironmentVariableIsSet("CLAIMBENCH_UPDATE_DIGESTS")) {
            QFile file(kDigestFile);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(actual);
            QSKIP("digests rewritten");
        }
        const QList<QByteArray> expectedLines = readFile(kDigestFile).split('\n');
        const QList<QByteArray> actualLines = actual.split('\n');
        QVERIFY2(!expectedLines.isEmpty(), "htmlpages-digests.txt is missing");
        QStringList changed;
        for (const QByteArray &line : actualLines) {
            if (!expectedLines.contains(line))
                changed.append(QString::fromUtf8(line.left(line.indexOf(' '))));
        }
        QVERIFY2(changed.isEmpty(), qPrintable(u"extraction changed for: "_s + changed.join(u", "_s)));
        QCOMPARE(actualLines.size(), expectedLines.size());
    }
};

QTEST_GUILESS_MAIN(TestHtmlPages)
#include "tst_htmlpages.moc"
