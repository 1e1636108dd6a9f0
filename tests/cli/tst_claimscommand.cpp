#include "cli/commandline.h"
#include "core/store/project.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &arguments)
{
    Run run;
    QBuffer in;
    in.open(QIODevice::ReadOnly);
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    CliStreams io{in, out, err};
    run.status = CommandLine().run(arguments, io);
    out.flush();
    err.flush();
    return run;
}

QStringList keysInOrder(const QString &objectLine)
{
    static const QRegularExpression key(u"\"([a-z_]+)\":"_s);
    QStringList keys;
    for (auto it = key.globalMatch(objectLine); it.hasNext();)
        keys.append(it.next().captured(1));
    return keys;
}

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
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"claims.claimbench"_s);
        const Result<std::shared_ptr<Project>> opened =
            Project::open(m_path, Project::OpenMode::CreateIfMissing);
        if (!opened)
            QFAIL(qPrintable(opened.error().toString()));
        const Project &project = **opened;

        Article article;
        article.title = u"Drones, overnight"_s;
        article.url = u"https://example.org/drones"_s;
        article.published = PartialDate::day(2025, 6, 13);
        article.body = kBody;
        QVERIFY(project.articles().add(article));

        Metric launched;
        launched.name = u"Drones launched"_s;
        Metric downed;
        downed.name = u"Drones shot down"_s;
        QVERIFY(project.metrics().add(launched));
        QVERIFY(project.metrics().add(downed));
        Claimant airForce;
        airForce.name = u"Ukrainian Air Force"_s;
        QVERIFY(project.claimants().add(airForce));
        Tag tag;
        tag.name = u"Air war"_s;
        tag.color = QColor(Qt::red);
        QVERIFY(project.tags().add(tag));

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
        QVERIFY(project.claims().add(second));
        m_first = first;
        m_second = second;
    }

    void jsonHasSpecKeysInOrderAndCodePointOffsets()
    {
        const Run run = runCli({u"claims"_s, m_path, u"--format=json"_s});
        QCOMPARE(run.status, 0);
        QCOMPARE(run.err, QString());
        const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(rows.size(), 2);
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
        const Run run = runCli({u"claims"_s, m_path, u"--format=json"_s});
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
        const Run run = runCli({u"claims"_s, m_path});
        QCOMPARE(run.status, 0);
        const QStringList lines = run.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
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
        const Run run = runCli({u"claims"_s, m_path, u"--metric"_s, metric, u"--format=json"_s});
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
        const QString path = m_dir.filePath(u"absent.claimbench"_s);
        const Run run = runCli({u"claims"_s, path});
        QCOMPARE(run.status, 2);
        QCOMPARE(run.out, QString());
        QVERIFY(!QFile::exists(path));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    Claim m_first;
    Claim m_second;
};

QTEST_GUILESS_MAIN(TestClaimsCommand)
#include "tst_claimscommand.moc"
