// PostgresDialect: how a committed write tells the other analysts' programs
// (LISTEN/NOTIFY; ChangeFeed listens).
#include "core/store/postgresdialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// This file's messages, in PostgresDialect's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::PostgresDialect)
};

// The setting each connection of a Project carries (tagSession) and the
// triggers put in every notice.
constexpr QStringView kSessionSetting = u"claimbench.session";

} // namespace

QStringList PostgresDialect::changeNoticeSchema() const
{
    // One function for every table: claims name their article (the views
    // reload that article's claims), articles themselves; the small tables
    // are reloaded whole, so one notice per statement does.
    const QString function =
        u"CREATE OR REPLACE FUNCTION claimbench_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "DECLARE article bigint := 0; "
        "BEGIN "
        "IF TG_LEVEL = 'ROW' THEN "
        "  IF TG_TABLE_NAME = 'claims' THEN "
        "    article := CASE WHEN TG_OP = 'DELETE' THEN OLD.article_id ELSE NEW.article_id END; "
        "  ELSE "
        "    article := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END; "
        "  END IF; "
        "END IF; "
        "PERFORM pg_notify('"_s
        + kChangeChannel + u"', TG_TABLE_NAME || ' ' || TG_OP || ' ' || article || ' ' || "
                           "coalesce(current_setting('"_s
        + kSessionSetting + u"', true), '')); "
                            "RETURN NULL; "
                            "END $$"_s;
    QStringList ddl{function};
    for (const QStringView table : {u"claims", u"articles"})
        ddl << u"CREATE TRIGGER "_s + table + u"_notify AFTER INSERT OR UPDATE OR DELETE ON "_s + table
                + u" FOR EACH ROW EXECUTE FUNCTION claimbench_notify_change()"_s;
    for (const QStringView table : {u"tags", u"metrics", u"claimants", u"claimant_aliases"})
        ddl << u"CREATE TRIGGER "_s + table + u"_notify AFTER INSERT OR UPDATE OR DELETE ON "_s + table
                + u" FOR EACH STATEMENT EXECUTE FUNCTION claimbench_notify_change()"_s;
    return ddl;
}

Result<void> PostgresDialect::tagSession(const QSqlDatabase &db, const QString &session)
{
    QSqlQuery query(db);
    if (!query.prepare(u"SELECT set_config('"_s + kSessionSetting + u"', ?, false)"_s))
        return makeError(Error::Code::Database, Messages::tr("Could not configure the connection to the server"),
                         query.lastError().text());
    query.addBindValue(session);
    if (!query.exec())
        return makeError(Error::Code::Database, Messages::tr("Could not configure the connection to the server"),
                         query.lastError().text());
    return {};
}

std::optional<PostgresDialect::ChangeNotice> PostgresDialect::parseChangeNotice(const QString &payload)
{
    const QStringList parts = payload.split(u' ');
    if (parts.size() != 4)
        return std::nullopt;
    bool numeric = false;
    ChangeNotice notice;
    notice.table = parts[0];
    notice.replaced = parts[1] == u"UPDATE";
    notice.articleId = parts[2].toLongLong(&numeric);
    notice.session = parts[3];
    if (!numeric)
        return std::nullopt;
    return notice;
}

} // namespace Claimbench
