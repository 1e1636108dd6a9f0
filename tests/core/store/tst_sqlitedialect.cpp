#include "common/resultcheck.h"
#include "core/store/sqlitedialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <atomic>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

// Counts to `n` in SQL, one step of the statement per number.
bool countTo(const QSqlDatabase &db, int n)
{
    QSqlQuery query(db);
    return query.exec(u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < %1) "
                      "SELECT count(*) FROM c"_s.arg(n))
        && query.next() && query.value(0).toInt() == n;
}

} // namespace

class TestSqliteDialect : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The library's search stops a ranking overtaken by the next key this way.
    void aRaisedCancelFlagStopsTheStatement()
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"cancel"_s);
            db.setDatabaseName(u":memory:"_s);
            QVERIFY(db.open());
            std::atomic<bool> cancelled = false;
            CLAIMBENCH_VERIFY_OK(SqliteDialect::instance().setCancelFlag(db, &cancelled));
            QVERIFY(countTo(db, 1000));
            cancelled = true;
            // A billion steps would take minutes: it fails at the first check.
            QVERIFY(!countTo(db, 1'000'000'000));
            CLAIMBENCH_VERIFY_OK(SqliteDialect::instance().setCancelFlag(db, nullptr));
            QVERIFY(countTo(db, 1000));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"cancel"_s);
    }

    void aClosedConnectionIsAnError()
    {
        const std::atomic<bool> cancelled = false;
        QVERIFY(!SqliteDialect::instance().setCancelFlag(QSqlDatabase(), &cancelled));
    }
};

QTEST_GUILESS_MAIN(TestSqliteDialect)
#include "tst_sqlitedialect.moc"
