#include "common/resultcheck.h"
#include "core/charts/seriesbuilder.h"
#include "core/models/sampleclaims.h"
#include "core/store/claimquery.h"
#include "core/store/migrations.h"
#include "core/store/postgresdialect.h"
#include "core/store/project.h"
#include "core/store/sqlitedialect.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

const QString kBody = u"🙂 Kyiv. The UK Defence Ministry said approximately 250,000 killed in "
                      "action by October; Україні was hit by 63 drones."_s;

int userVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(u"PRAGMA user_version"_s) && q.next() ? q.value(0).toInt() : -1;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

// What the read-only commands show of `project`: the chart of both sample
// metrics in each grouping, point by point, and the claims and articles listed.
QStringList readBack(const Project &project, const SampleClaims &sample)
{
    QStringList lines;
    for (const SeriesGrouping grouping : {SeriesGrouping::Claimant, SeriesGrouping::Outlet, SeriesGrouping::Tag}) {
        const Result<ChartData> data = SeriesBuilder(project).build({sample.drones, sample.troops}, grouping);
        if (!data)
            return {data.error().toString()};
        for (const ChartSeries &series : data->series)
            for (const SeriesPoint &p : series.points)
                lines << u"%1: claim %2 on %3%4, %5"_s.arg(series.name).arg(p.claimId).arg(
                    p.date.toString(Qt::ISODate), p.datedByPublication ? u" (published)"_s : QString()).arg(p.value);
    }
    const Result<ClaimQuery> query = ClaimQuery::open(project);
    const Result<QList<ClaimRow>> rows = query ? query->page({}, {}, 0, 100) : std::unexpected(query.error());
    if (!rows)
        return {rows.error().toString()};
    for (const ClaimRow &row : *rows)
        lines << u"claim %1 in %2 by %3: %4"_s.arg(row.claim.id).arg(row.outlet, row.claimant, row.claim.quote);
    const auto articles = project.articles().list();
    if (!articles)
        return {articles.error().toString()};
    for (const auto &article : *articles)
        lines << u"article %1"_s.arg(article.title);
    return lines;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // One history for both engines; a step may be empty for one engine
    // (version 9 for a file, whose indexes end in the rowid) but not both.
    void historyIsOrderedFromVersionOne()
    {
        const QList<Migration> steps = migrations(SqliteDialect::instance());
        const QList<Migration> serverSteps = migrations(PostgresDialect::instance());
        QVERIFY(steps.size() >= 2);
        QCOMPARE(serverSteps.size(), steps.size());
        for (qsizetype i = 0; i < steps.size(); ++i) {
            QCOMPARE(steps[i].version, int(i) + 1);
            QCOMPARE(serverSteps[i].version, int(i) + 1);
            QVERIFY(!steps[i].statements.isEmpty() || !serverSteps[i].statements.isEmpty());
            QVERIFY(!steps[i].summary.isEmpty());
        }
        QCOMPARE(currentSchemaVersion(), steps.last().version);
    }

    // Version 9 on a server: each single-column sort index of versions 1-4
    // gives way to one ending in the id, whose NULLs come first as
    // ClaimQuery sorts them (PostgreSQL walks an index for an ORDER BY only
    // when the NULLs ordering matches); nothing but indexes changes.
    void serverSortIndexesEndInTheId()
    {
        const QList<Migration> serverSteps = migrations(PostgresDialect::instance());
        const QStringList statements = serverSteps.at(8).statements;
        QCOMPARE(serverSteps.at(8).version, 9);
        QVERIFY(migrations(SqliteDialect::instance()).at(8).statements.isEmpty());
        QStringList earlier;
        for (const Migration &step : serverSteps)
            if (step.version < 9)
                earlier += step.statements;
        const auto creates = [](const QStringList &ddl, const QString &index) {
            return std::any_of(ddl.cbegin(), ddl.cend(), [&](const QString &sql) {
                return sql.startsWith(u"CREATE INDEX "_s + index + u" ON "_s);
            });
        };
        for (const QString &sql : statements) {
            const QString index = sql.section(u' ', 2, 2);
            if (sql.startsWith(u"DROP INDEX "_s)) {
                QVERIFY2(creates(earlier, index), qPrintable(sql));
                QVERIFY2(creates(statements, index + u"_id"_s), qPrintable(sql));
            } else {
                QVERIFY2(sql.startsWith(u"CREATE INDEX "_s) && sql.endsWith(u", id)"_s), qPrintable(sql));
            }
        }
        for (const QString &column : {u"value NULLS FIRST"_s, u"as_of NULLS FIRST"_s, u"claimant_id"_s, u"title NULLS FIRST"_s})
            QVERIFY2(statements.join(u'\n').contains(u"("_s + column + u", id)"_s), qPrintable(column));
    }

    void version1ProjectWithDataUpgradesWithoutLoss()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v1.claimbench"_s);
        const int start = int(kBody.indexOf(u"approximately"_s));
        const int end = int(kBody.indexOf(u" killed"_s));
        {
            // The file exactly as release 1 wrote it: its DDL from the
            // migration list, rows in its columns.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"release1"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            auto created = migrate(db, 1);
            CLAIMBENCH_VERIFY_OK(created);
            QCOMPARE(userVersion(db), 1);
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA foreign_keys=ON"_s));
            const QStringList rows{
                u"INSERT INTO articles (id, title, outlet, url, author, published, "
                "published_precision, language, body, source_path, content_hash, imported_at) "
                "VALUES (7, 'Thin line', 'Outlet', 'https://e.org/1', 'Anna', '2024-10-01', 2, "
                "'en', :body, '/in/a.txt', 'abcd', '2024-10-02T08:00:00.000Z')"_s,
                u"INSERT INTO metrics (id, name, name_key, unit) VALUES (3, 'Killed', 'killed', 'troops')"_s,
                u"INSERT INTO claimants (id, name, name_key) VALUES (5, 'UK Defence Ministry', "
                "'uk defence ministry')"_s,
                u"INSERT INTO tags (id, parent_id, name, color, position) VALUES (9, NULL, 'Casualties', "
                "'#ffcc3300', 0)"_s,
                u"INSERT INTO claims (id, article_id, start_offset, end_offset, quote, value, unit, "
                "qualifier, metric_id, claimant_id, as_of, as_of_precision, status, note, tag_id, "
                "created, updated) VALUES (11, 7, :start, :end, 'approximately 250,000', 250000, "
                "'killed', 'approximately', 3, 5, '2024-10-01', 2, 2, 'MoD', 9, "
                "'2024-10-03T09:00:00.000Z', '2024-10-04T10:00:00.000Z')"_s,
            };
            for (const QString &sql : rows) {
                QVERIFY(q.prepare(sql));
                if (sql.contains(u":body"_s))
                    q.bindValue(u":body"_s, kBody);
                if (sql.contains(u":start"_s)) {
                    q.bindValue(u":start"_s, start);
                    q.bindValue(u":end"_s, end);
                }
                QVERIFY2(q.exec(), qPrintable(sql));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"release1"_s);

        auto opened = Project::open(path);
        CLAIMBENCH_VERIFY_OK(opened);
        const std::shared_ptr<Project> project = *opened;

        auto article = project->articles().get(7);
        QVERIFY(article);
        QCOMPARE(article->title, u"Thin line"_s);
        QCOMPARE(article->body, kBody);
        QCOMPARE(article->published, PartialDate::month(2024, 10));
        QCOMPARE(article->contentHash, QByteArray::fromHex("abcd"));
        QCOMPARE(article->importedAt, QDateTime(QDate(2024, 10, 2), QTime(8, 0), Qt::UTC));
        QCOMPARE(project->articles().list()->first().claimCount, 1);
        QCOMPARE(project->articles().search(u"україні"_s)->size(), 1);

        auto claim = project->claims().get(11);
        QVERIFY(claim);
        QCOMPARE(claim->start, start);
        QCOMPARE(claim->end, end);
        QCOMPARE(claim->quote, u"approximately 250,000"_s);
        QCOMPARE(claim->value, std::optional<double>(250000));
        QCOMPARE(claim->qualifier, Qualifier::Approximately);
        QCOMPARE(claim->metricId, 3);
        QCOMPARE(claim->claimantId, 5);
        QCOMPARE(claim->tagId, 9);
        QCOMPARE(claim->status, ClaimStatus::Disputed);
        QCOMPARE(claim->asOf, PartialDate::month(2024, 10));
        QCOMPARE(claim->updated, QDateTime(QDate(2024, 10, 4), QTime(10, 0), Qt::UTC));
        QCOMPARE(claim->version, 1); // version 5 starts every claim's row version at 1
        // Version 2 keeps the text around each claim, in UTF-16 code units:
        // the emoji before it counts two.
        QCOMPARE(claim->contextBefore, kBody.mid(start - 32, 32));
        QCOMPARE(claim->contextAfter, kBody.mid(end, 32));

        QCOMPARE(project->metrics().findByName(u"killed"_s)->value().unit, u"troops"_s);
        QCOMPARE(project->tags().get(9)->color, QColor(u"#ffcc3300"_s));
        QVERIFY(project->claimants().addAlias(5, u"UK Defense Ministry"_s)); // a version-2 table
        QCOMPARE(project->claimants().findByNameOrAlias(u"uk defense ministry"_s)->value().id, 5);

        const QString name = u"inspect"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QCOMPARE(userVersion(db), currentSchemaVersion());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"ok"_s);
        }
        QSqlDatabase::removeDatabase(name);
    }

    // What lets a read-only open read a file kOldestReadableSchemaVersion
    // wrote: nothing since changed a table or column that readers select from.
    // (A step's data step may gather the new index's statistics.)
    void stepsAfterTheOldestReadableSchemaOnlyAddIndexes()
    {
        QVERIFY(kOldestReadableSchemaVersion <= currentSchemaVersion());
        for (const Migration &step : migrations(SqliteDialect::instance())) {
            if (step.version <= kOldestReadableSchemaVersion)
                continue;
            for (const QString &sql : step.statements)
                QVERIFY2(sql.startsWith(u"CREATE INDEX "_s), qPrintable(sql));
        }
    }

    // chart, claims and articles open read-only: a project of the oldest
    // readable schema (without the chart's index) is charted and listed as
    // it is, exactly as after its upgrade, and left untouched; opening it for
    // writing upgrades it.
    void oldestReadableSchemaIsChartedAndListedReadOnly()
    {
        SampleProject fixture;
        CLAIMBENCH_VERIFY_OK(fixture.open());
        const QString path = fixture.project->path();
        const SampleClaims sample = fixture.sample;
        const QStringList expected = readBack(*fixture.project, sample);
        QVERIFY2(expected.size() > 15, qPrintable(expected.join(u'\n')));
        fixture.close();

        // The file as that version left it: the later steps only created
        // indexes (see above), and an upgraded file equals a fresh one (below).
        const QString name = u"downgrade"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const Migration &step : migrations(SqliteDialect::instance()))
                for (const QString &sql : step.statements)
                    if (step.version > kOldestReadableSchemaVersion)
                        QVERIFY2(q.exec(u"DROP INDEX "_s + sql.section(u' ', 2, 2)), qPrintable(sql));
            QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(kOldestReadableSchemaVersion)));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        const QByteArray hash = fileHash(path);

        {
            auto readOnly = Project::open(path, Project::OpenMode::ReadOnly);
            CLAIMBENCH_VERIFY_OK(readOnly);
            QCOMPARE(readBack(**readOnly, sample), expected);
        }
        QCOMPARE(fileHash(path), hash);
        QVERIFY(Project::open(path, Project::OpenMode::ReadOnly).value()->notices().isEmpty());

        auto upgraded = Project::open(path);
        CLAIMBENCH_VERIFY_OK(upgraded);
        QCOMPARE(readBack(**upgraded, sample), expected);
        // The upgrade is said once: older builds refuse the file from now on.
        // (When the oldest readable schema is the current one there is none.)
        const QStringList upgradeNotice{
            u"%1 was upgraded from schema version %2 to %3 for this Claimbench; older builds can "
            "no longer open it"_s.arg(path)
                .arg(kOldestReadableSchemaVersion)
                .arg(currentSchemaVersion())};
        QCOMPARE((*upgraded)->notices(),
                 kOldestReadableSchemaVersion < currentSchemaVersion() ? upgradeNotice : QStringList());
        QVERIFY(Project::open(path).value()->notices().isEmpty());
        auto query = ClaimQuery::open(**upgraded);
        CLAIMBENCH_VERIFY_OK(query);
        auto plan = query->chartPlan({sample.drones});
        CLAIMBENCH_VERIFY_OK(plan);
        QVERIFY2(plan->join(u'\n').contains(u"COVERING INDEX claims_chart"_s), qPrintable(plan->join(u'\n')));
    }

    // Planner statistics on the other indexes and none on the chart's would
    // make SQLite sort a metric's claims through it instead of reading them
    // in order through claims_metric: an analysed project gets the new
    // index's statistics with it, an unanalysed one stays without.
    void chartIndexGetsStatisticsWhereTheOthersHaveThem()
    {
        QTemporaryDir dir;
        for (const bool analysed : {false, true}) {
            const QString name = u"stats%1"_s.arg(analysed);
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                db.setDatabaseName(dir.filePath(name));
                QVERIFY(db.open());
                CLAIMBENCH_VERIFY_OK(migrate(db, 5));
                QSqlQuery q(db);
                QVERIFY(q.exec(u"INSERT INTO articles (id, title, body, content_hash, imported_at) "
                               "VALUES (1, 'A', 'Body', 'ab', '2024-10-02T08:00:00.000Z')"_s));
                QVERIFY(q.exec(u"INSERT INTO claims (article_id, start_offset, end_offset, quote, value, created, "
                               "updated) VALUES (1, 0, 4, 'Body', 4, '2024-10-03T09:00:00.000Z', "
                               "'2024-10-03T09:00:00.000Z')"_s));
                if (analysed)
                    QVERIFY(q.exec(u"ANALYZE"_s));
                const Result<int> applied = migrate(db);
                CLAIMBENCH_VERIFY_OK(applied);
                QCOMPARE(*applied, currentSchemaVersion() - 5);
                QCOMPARE(userVersion(db), currentSchemaVersion());
                // Nothing left to do: a second call (another process that
                // waited for this one) applies nothing.
                QCOMPARE(migrate(db).value(), 0);
                QVERIFY(q.exec(u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"_s) && q.next());
                QCOMPARE(q.value(0).toBool(), analysed);
                if (analysed) {
                    QVERIFY(q.exec(u"SELECT COUNT(*) FROM sqlite_stat1 WHERE idx = 'claims_chart'"_s) && q.next());
                    QCOMPARE(q.value(0).toInt(), 1);
                }
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }

    // Version 7 (page maps): a version-6 project is refused read-only (the
    // claims table reads the page table) and upgraded read-write, its
    // articles without pages, its claims listed without one; a page map
    // stored after the upgrade gives its claims their page.
    void version6ProjectGainsPageTables()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v6.claimbench"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"release6"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            CLAIMBENCH_VERIFY_OK(migrate(db, 6));
            QSqlQuery q(db);
            QVERIFY(q.exec(u"INSERT INTO articles (id, title, body, content_hash, imported_at) "
                           "VALUES (1, 'A', 'One page. Two pages.', 'ab', '2024-10-02T08:00:00.000Z')"_s));
            QVERIFY(q.exec(u"INSERT INTO claims (id, article_id, start_offset, end_offset, quote, value, created, "
                           "updated) VALUES (4, 1, 10, 13, 'Two', 2, '2024-10-03T09:00:00.000Z', "
                           "'2024-10-03T09:00:00.000Z')"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"release6"_s);

        const auto readOnly = Project::open(path, Project::OpenMode::ReadOnly);
        QVERIFY(!readOnly);
        QCOMPARE(readOnly.error().code, Error::Code::Unsupported);

        auto opened = Project::open(path);
        CLAIMBENCH_VERIFY_OK(opened);
        const std::shared_ptr<Project> project = *opened;
        QCOMPARE(project->articles().pageMap(1).value().pages.size(), 0);
        QCOMPARE(project->articles().document(1).value(), QByteArray());
        QCOMPARE(project->articles().hasPagedArticles().value(), false);
        {
            auto query = ClaimQuery::open(*project);
            CLAIMBENCH_VERIFY_OK(query);
            QCOMPARE(query->row(4).value().page, 0);
        }
        // The page tables exist with their index: a page map is stored.
        Article article = project->articles().get(1).value();
        article.pages.pages = {Page{0, 10, QSizeF(612, 792), {}}, Page{10, 20, QSizeF(612, 792), {}}};
        CLAIMBENCH_VERIFY_OK(project->articles().replace(1, article, [](const QList<Claim> &claims, const QString &) {
            return claims;
        }));
        auto query = ClaimQuery::open(*project);
        CLAIMBENCH_VERIFY_OK(query);
        QCOMPARE(query->row(4).value().page, 2);
    }

    void upgradedAndFreshProjectsHaveTheSameSchema()
    {
        QTemporaryDir dir;
        const QString upgraded = dir.filePath(u"old.claimbench"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
            db.setDatabaseName(upgraded);
            QVERIFY(db.open());
            QVERIFY(migrate(db, 1));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"old"_s);
        QVERIFY(Project::open(upgraded));
        const QString fresh = dir.filePath(u"new.claimbench"_s);
        QVERIFY(Project::open(fresh, Project::OpenMode::CreateIfMissing));

        const auto schemaOf = [](const QString &path) {
            QStringList schema;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"schema"_s);
                db.setDatabaseName(path);
                db.open();
                QSqlQuery q(db);
                q.exec(u"SELECT type, name, sql FROM sqlite_master ORDER BY type, name"_s);
                while (q.next())
                    schema << q.value(0).toString() + u' ' + q.value(1).toString() + u' '
                            + q.value(2).toString();
            }
            QSqlDatabase::removeDatabase(u"schema"_s);
            return schema;
        };
        const QStringList expected = schemaOf(fresh);
        QVERIFY(expected.size() > 10);
        QCOMPARE(schemaOf(upgraded), expected);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
