#include "common/resultcheck.h"
#include "core/store/migrations.h"
#include "core/store/project.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void historyIsOrderedFromVersionOne()
    {
        const QList<Migration> &steps = migrations();
        QVERIFY(steps.size() >= 2);
        for (qsizetype i = 0; i < steps.size(); ++i) {
            QCOMPARE(steps[i].version, int(i) + 1);
            QVERIFY(!steps[i].statements.isEmpty());
            QVERIFY(!steps[i].summary.isEmpty());
        }
        QCOMPARE(currentSchemaVersion(), steps.last().version);
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
