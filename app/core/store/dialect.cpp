#include "core/store/dialect.h"

#include "core/store/postgresdialect.h"
#include "core/store/sqlitedialect.h"
#include "core/store/sqlsupport.h"

#include <QSqlDriver>
#include <QSqlQuery>

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

Result<void> Dialect::reindexArticles(const QSqlDatabase &db) const
{
    // An engine that writes the index itself has it already.
    if (articleIndexSchema().isEmpty())
        return {};
    if (auto ok = beginArticleWrite(db); !ok)
        return ok;
    // Pages of a few hundred articles: bodies may be megabytes each.
    constexpr int pageRows = 200;
    qint64 last = 0;
    for (;;) {
        auto page = Sql::run(db, u"SELECT id, title, body FROM articles WHERE id > ? ORDER BY id LIMIT ?"_s,
                             {last, pageRows});
        if (!page)
            return std::unexpected(page.error());
        QList<qint64> ids;
        QList<ArticleText> texts;
        while (page->next()) {
            ids.append(page->value(0).toLongLong());
            texts.append({.title = page->value(1).toString(), .body = page->value(2).toString()});
        }
        if (ids.isEmpty())
            return {};
        if (auto ok = indexArticles(db, ids, std::move(texts)); !ok)
            return ok;
        last = ids.last();
    }
}

Result<void> Dialect::indexArticles(const QSqlDatabase &db, const QList<qint64> &ids, QList<ArticleText> articles) const
{
    return beginArticleIndex(std::move(articles))->write(db, ids);
}

} // namespace Claimbench
