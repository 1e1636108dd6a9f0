#include "core/store/dialect.h"

#include "core/store/postgresdialect.h"
#include "core/store/sqlitedialect.h"

#include <QSqlDriver>

using namespace Qt::StringLiterals;

namespace Claimbench {

const Dialect &Dialect::of(const QSqlDatabase &db)
{
    return of(db.driver());
}

const Dialect &Dialect::of(const QSqlDriver *driver)
{
    if (driver && driver->dbmsType() == QSqlDriver::PostgreSQL)
        return PostgresDialect::instance();
    Q_ASSERT_X(!driver || driver->dbmsType() == QSqlDriver::SQLite, "Dialect::of", "a driver of another engine");
    return SqliteDialect::instance();
}

QString Dialect::claimTextCondition() const
{
    return u"c.id IN ("_s + claimTextIdsSql() + u')';
}

} // namespace Claimbench
