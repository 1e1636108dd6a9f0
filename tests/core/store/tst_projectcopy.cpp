#include "common/resultcheck.h"
#include "common/testbackend.h"
#include "core/domain/quoteplacement.h"
#include "core/store/project.h"
#include "core/store/projectcopy.h"
#include "core/store/projectcopy_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

const QString kBody = u"\U0001F4A5 Russia launched 63 drones overnight; 28 were shot down.\nPage two: 12 more."_s;

// Every row of every copied table as text, typed values written alike for
// both engines (integers as integers, doubles to 17 digits, bytes in hex):
// two projects with the same dump hold the same rows, ids and bytes.
Result<QStringList> dump(const QString &location)
{
    auto project = Project::open(location, Project::OpenMode::ReadOnly);
    if (!project)
        return std::unexpected(project.error());
    const QSqlDatabase db = QSqlDatabase::database((*project)->threadConnection(), false);
    QStringList tables = CopyRows::projectTables(db);
    tables.sort();
    QStringList rows;
    for (const QString &table : std::as_const(tables)) {
        const QSqlRecord record = db.record(table);
        QStringList columns;
        for (int i = 0; i < record.count(); ++i)
            columns.append(record.fieldName(i).toLower());
        columns.sort();
        QSqlQuery query(db);
        if (!query.exec(u"SELECT %1 FROM %2 ORDER BY id"_s.arg(columns.join(u", "_s), table)))
            return makeError(Error::Code::Database, query.lastError().text());
        while (query.next()) {
            QString row = table;
            for (int i = 0; i < columns.size(); ++i) {
                const QVariant value = query.value(i);
                row += u" | "_s + columns.at(i) + u'=';
                if (value.isNull())
                    row += u"NULL"_s;
                else if (value.metaType().id() == QMetaType::Double)
                    row += QString::number(value.toDouble(), 'g', 17);
                else if (value.metaType().id() == QMetaType::QByteArray)
                    row += QString::fromLatin1(value.toByteArray().toHex());
                else
                    row += u"'"_s + value.toString() + u"'"_s;
            }
            rows.append(row);
        }
    }
    return rows;
}

qint64 rowsOf(const QString &location, const QString &table)
{
    auto project = Project::open(location, Project::OpenMode::ReadOnly);
    if (!project)
        return -1;
    QSqlQuery query(QSqlDatabase::database((*project)->threadConnection(), false));
    return query.exec(u"SELECT COUNT(*) FROM "_s + table) && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

// ProjectCopy: a whole project between any two backends, every row as it was.
class TestProjectCopy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_source = m_dir.filePath(u"source%1.claimbench"_s.arg(++m_serial));
        m_databases.emplace();
        populate(m_source);
    }

    void fileToFileKeepsEveryRow()
    {
        const QString copy = m_dir.filePath(u"copy%1.claimbench"_s.arg(m_serial));
        qint64 lastRows = -1;
        qint64 lastTotal = -1;
        const auto copied = ProjectCopy::copy(m_source, copy, [&](qint64 rows, qint64 total) {
            lastRows = rows;
            lastTotal = total;
            return true;
        });
        CLAIMBENCH_VERIFY_OK(copied);
        QCOMPARE(lastRows, copied->rows);
        QCOMPARE(lastTotal, copied->rows);
        QVERIFY(copied->rows >= 12);
        sameRows(copy, m_source);
        QCOMPARE(rowsOf(copy, u"claims"_s), 3);
        // No temporary file is left beside the copy.
        QCOMPARE(QDir(m_dir.path()).entryList({u".claimbench-copy-*"_s}, QDir::Hidden | QDir::Files), QStringList());
    }

    // The search index is rebuilt from the rows, not copied.
    void copyIsSearchable()
    {
        const QString copy = m_dir.filePath(u"search%1.claimbench"_s.arg(m_serial));
        CLAIMBENCH_VERIFY_OK(ProjectCopy::copy(m_source, copy));
        auto project = Project::open(copy);
        CLAIMBENCH_VERIFY_OK(project);
        const auto hits = (*project)->articles().search(u"overnight"_s);
        CLAIMBENCH_VERIFY_OK(hits);
        QCOMPARE(hits->size(), 1);
    }

    void existingFileIsRefused()
    {
        const QString copy = m_dir.filePath(u"taken%1.claimbench"_s.arg(m_serial));
        QFile taken(copy);
        QVERIFY(taken.open(QIODevice::WriteOnly) && taken.write("not yours") > 0);
        taken.close();
        const auto copied = ProjectCopy::copy(m_source, copy);
        QVERIFY(!copied);
        QCOMPARE(copied.error().code, Error::Code::InvalidInput);
        QVERIFY2(copied.error().message.contains(u"already exists"_s), qPrintable(copied.error().message));
        QVERIFY(taken.open(QIODevice::ReadOnly));
        QCOMPARE(taken.readAll(), QByteArray("not yours"));
    }

    void missingSourceIsNotFound()
    {
        const QString copy = m_dir.filePath(u"fromnothing%1.claimbench"_s.arg(m_serial));
        const auto copied = ProjectCopy::copy(m_dir.filePath(u"missing.claimbench"_s), copy);
        QVERIFY(!copied);
        QCOMPARE(copied.error().code, Error::Code::NotFound);
        QVERIFY(!QFile::exists(copy));
    }

    void cancelLeavesNoFile()
    {
        const QString copy = m_dir.filePath(u"cancelled%1.claimbench"_s.arg(m_serial));
        int calls = 0;
        const auto copied = ProjectCopy::copy(m_source, copy, [&](qint64 rows, qint64) { return ++calls < 3 || rows == 0; });
        QVERIFY(!copied);
        QCOMPARE(copied.error().code, Error::Code::Cancelled);
        QVERIFY(!QFile::exists(copy));
        QCOMPARE(QDir(m_dir.path()).entryList({u".claimbench-copy-*"_s}, QDir::Hidden | QDir::Files), QStringList());
    }

    // Tables are compared before anything is written: a column one side lacks
    // would otherwise be silently dropped.
    void differentColumnsAreRefused()
    {
        const QString other = m_dir.filePath(u"other%1.claimbench"_s.arg(m_serial));
        auto source = Project::open(m_source);
        auto destination = Project::open(other, Project::OpenMode::CreateIfMissing);
        CLAIMBENCH_VERIFY_OK(source);
        CLAIMBENCH_VERIFY_OK(destination);
        const QSqlDatabase from = QSqlDatabase::database((*source)->threadConnection(), false);
        const QSqlDatabase to = QSqlDatabase::database((*destination)->threadConnection(), false);
        QVERIFY(QSqlQuery(from).exec(u"ALTER TABLE claims ADD COLUMN reviewer TEXT"_s));
        const auto tables = CopyRows::tablesToCopy(from, to);
        QVERIFY(!tables);
        QCOMPARE(tables.error().code, Error::Code::InvalidInput);
        QVERIFY2(tables.error().detail.contains(u"claims"_s) && tables.error().detail.contains(u"reviewer"_s),
                 qPrintable(tables.error().toString()));
        const auto same = CopyRows::tablesToCopy(to, to);
        CLAIMBENCH_VERIFY_OK(same);
        QVERIFY(same->indexOf(u"tags"_s) < same->indexOf(u"claims"_s));
        QVERIFY(same->indexOf(u"articles"_s) < same->indexOf(u"article_pages"_s));
    }

    // file -> server -> file: the same rows and ids at each step; a claim
    // added on the server afterwards is numbered above the copied ones.
    void serverRoundTrip()
    {
        CLAIMBENCH_SKIP_WITHOUT_SERVER();
        const auto server = m_databases->create();
        CLAIMBENCH_VERIFY_OK(server);
        CLAIMBENCH_VERIFY_OK(ProjectCopy::copy(m_source, *server));
        const QString back = m_dir.filePath(u"back%1.claimbench"_s.arg(m_serial));
        CLAIMBENCH_VERIFY_OK(ProjectCopy::copy(*server, back));
        sameRows(*server, m_source);
        sameRows(back, m_source);

        // server -> server too.
        const auto second = m_databases->create();
        CLAIMBENCH_VERIFY_OK(second);
        CLAIMBENCH_VERIFY_OK(ProjectCopy::copy(*server, *second));
        sameRows(*second, m_source);

        auto project = Project::open(*server);
        CLAIMBENCH_VERIFY_OK(project);
        const auto articles = (*project)->articles().list();
        CLAIMBENCH_VERIFY_OK(articles);
        QList<Claim> claims;
        for (const Article &article : *articles) {
            const auto ofArticle = (*project)->claims().listForArticle(article.id);
            CLAIMBENCH_VERIFY_OK(ofArticle);
            claims += *ofArticle;
        }
        QCOMPARE(claims.size(), 3);
        qint64 highest = 0;
        for (const Claim &claim : std::as_const(claims))
            highest = std::max(highest, claim.id);
        Claim added = claims.constFirst();
        added.id = 0;
        CLAIMBENCH_VERIFY_OK((*project)->claims().add(added));
        QCOMPARE(added.id, highest + 1);
        Tag tag;
        tag.name = u"After the copy"_s;
        CLAIMBENCH_VERIFY_OK((*project)->tags().add(tag));
        QCOMPARE(tag.id, 3);
    }

    void nonEmptyServerIsRefused()
    {
        CLAIMBENCH_SKIP_WITHOUT_SERVER();
        const auto server = m_databases->create();
        CLAIMBENCH_VERIFY_OK(server);
        CLAIMBENCH_VERIFY_OK(ProjectCopy::copy(m_source, *server));
        const auto before = dump(*server);
        CLAIMBENCH_VERIFY_OK(before);
        const auto again = ProjectCopy::copy(m_source, *server);
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::InvalidInput);
        QVERIFY2(again.error().message.contains(u"not empty"_s), qPrintable(again.error().message));
        const auto after = dump(*server);
        CLAIMBENCH_VERIFY_OK(after);
        QCOMPARE(*after, *before);
    }

    // A cancel writes no row to the server; the empty project it leaves is
    // accepted by the next copy.
    void cancelOnServerWritesNoRow()
    {
        CLAIMBENCH_SKIP_WITHOUT_SERVER();
        const auto server = m_databases->create();
        CLAIMBENCH_VERIFY_OK(server);
        const auto cancelled = ProjectCopy::copy(m_source, *server, [](qint64 rows, qint64) { return rows < 3; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, Error::Code::Cancelled);
        for (const QString &table : {u"articles"_s, u"tags"_s, u"claims"_s, u"claimants"_s})
            QCOMPARE(rowsOf(*server, table), 0);
        CLAIMBENCH_VERIFY_OK(ProjectCopy::copy(m_source, *server));
        sameRows(*server, m_source);
    }

private:
    // The copy holds every row of the original, ids and bytes alike (and
    // there are rows to compare).
    void sameRows(const QString &copy, const QString &original)
    {
        const auto expected = dump(original);
        const auto actual = dump(copy);
        CLAIMBENCH_VERIFY_OK(expected);
        CLAIMBENCH_VERIFY_OK(actual);
        QVERIFY(expected->size() >= 12);
        QCOMPARE(*actual, *expected);
    }

    // Two articles (one paged, with its document's bytes), a tag whose parent
    // has the higher id, a claimant with an alias, a metric, and claims: one
    // orphaned, one with a range, NULLs and empty texts.
    void populate(const QString &path)
    {
        auto opened = Project::open(path, Project::OpenMode::CreateIfMissing);
        CLAIMBENCH_VERIFY_OK(opened);
        const Project &project = **opened;
        Article paged;
        paged.title = u"Drones overnight"_s;
        paged.url = u"https://example.org/drones"_s;
        paged.published = PartialDate::day(2025, 6, 12);
        paged.body = kBody;
        const int pageBreak = int(kBody.indexOf(u"Page two"_s));
        paged.pages.pages = {Page{0, pageBreak, QSizeF(612, 792), {PageRun{2, 8, QRectF(72, 100.5, 40, 12)}}},
                             Page{pageBreak, int(kBody.size()), QSizeF(612, 792.25), {}}};
        paged.document = QByteArray("%PDF-1.7\n\0\x01\xff binary", 20);
        CLAIMBENCH_VERIFY_OK(project.articles().add(paged));
        Article plain;
        plain.title = u"Без дат"_s;
        plain.body = u"Сили ППО збили 28 дронів."_s;
        CLAIMBENCH_VERIFY_OK(project.articles().add(plain));

        Tag child;
        child.name = u"Child"_s;
        CLAIMBENCH_VERIFY_OK(project.tags().add(child));
        Tag parent;
        parent.name = u"Parent"_s;
        parent.color = QColor(u"#336699"_s);
        CLAIMBENCH_VERIFY_OK(project.tags().add(parent));
        CLAIMBENCH_VERIFY_OK(project.tags().move(child.id, parent.id, 0));

        Metric metric;
        metric.name = u"Drones launched"_s;
        CLAIMBENCH_VERIFY_OK(project.metrics().add(metric));
        Claimant airForce;
        airForce.name = u"Ukrainian Air Force"_s;
        CLAIMBENCH_VERIFY_OK(project.claimants().add(airForce));
        CLAIMBENCH_VERIFY_OK(project.claimants().addAlias(airForce.id, u"Повітряні сили"_s));

        Claim launched;
        launched.articleId = paged.id;
        launched.metricId = metric.id;
        launched.claimantId = airForce.id;
        launched.tagId = child.id;
        launched.value = 63;
        launched.asOf = PartialDate::day(2025, 6, 12);
        launched.note = u"first line,\nsecond line"_s;
        placeQuote(launched, kBody, int(kBody.indexOf(u"63 drones"_s)), int(kBody.indexOf(u"63 drones"_s)) + 9);
        CLAIMBENCH_VERIFY_OK(project.claims().add(launched));
        Claim range;
        range.articleId = plain.id;
        range.value = 28;
        range.low = 0.1;
        range.high = 1e-300;
        range.status = ClaimStatus::Disputed;
        placeQuote(range, plain.body, int(plain.body.indexOf(u"28"_s)), int(plain.body.indexOf(u"28"_s)) + 2);
        CLAIMBENCH_VERIFY_OK(project.claims().add(range));
        Claim orphan = range;
        orphan.id = 0;
        orphan.orphaned = true;
        orphan.tagId = parent.id;
        CLAIMBENCH_VERIFY_OK(project.claims().add(orphan));
    }

    QTemporaryDir m_dir;
    std::optional<TestDatabases> m_databases; // this test function's
    int m_serial = 0;
    QString m_source;
};

QTEST_GUILESS_MAIN(TestProjectCopy)
#include "tst_projectcopy.moc"
