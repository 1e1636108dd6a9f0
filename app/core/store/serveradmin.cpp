// claimbench-cli server init / grant: a team project's roles and privileges
// on a PostgreSQL server, and what a connection's role may change.
//
// Where a grant is not enough: the store writes every column of a claim it
// edits (ClaimRepository's one UPDATE), so a column privilege on status and
// note would refuse a reviewer's own status edit, and one on every column
// would let a reviewer change values. Reviewers get UPDATE on claims and a
// BEFORE UPDATE trigger (claims_review_guard) that refuses, as the server's
// own insufficient_privilege, any change beyond status, note and the columns
// every write keeps (updated, row_version, changed_by) by a role that may not
// insert claims. Row-level security cannot compare a row's old and new
// values, so it is not used. The full-text index triggers run as the
// project's owner (SECURITY DEFINER), so that a reviewer's note reaches the
// index without the reviewer being able to write the index.
//
// Who wrote a row (created_by, changed_by) is the server's to say, not the
// writer's: a BEFORE INSERT OR UPDATE trigger (claimbench_authorship) on
// claims, tags, metrics and claimants sets changed_by to current_user on
// every write, created_by to current_user on an insert and keeps it on an
// update, so that raw SQL by a team role cannot name someone else. The
// table's owner (and a superuser) is exempt: claimbench-cli copy, run by
// them, keeps the source's authors, and an owner could disable the trigger
// anyway; a team role has no way around it.
#include "core/store/serveradmin.h"
#include "core/store/serveradmin_p.h"

#include "core/store/migrations.h"
#include "core/store/postgresdialect.h"
#include "core/store/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// This file's messages, in ServerAdmin's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::ServerAdmin)
};

using ServerAdmin::groupOf;
using ServerAdmin::nameOf;

constexpr TeamRole kTeamRoles[] = {TeamRole::Analyst, TeamRole::Reviewer, TeamRole::Viewer};

// PostgresDialect's marker table: analysts read it, only the owner writes it.
constexpr QStringView kProjectTable = u"claimbench_project";
// Present once server init has set a project up for a team.
constexpr QStringView kGuardTrigger = u"claims_review_guard";
// The claim columns a reviewer's edit may change: status and note, and what
// every write of a claim sets (ClaimRepository, the authorship columns).
constexpr QStringView kReviewColumns = u"ARRAY['status', 'note', 'updated', 'row_version', 'changed_by']::text[]";
// The tables whose rows record who created and last changed them.
constexpr QStringView kAuthoredTables[] = {u"claims", u"tags", u"metrics", u"claimants"};
constexpr QStringView kAuthorshipTrigger = u"claimbench_authorship";
// The full-text index's trigger functions (postgresfulltext.cpp).
constexpr QStringView kIndexFunctions[] = {u"claimbench_articles_fts", u"claimbench_claims_fts"};

// A maintenance database to create the project's database from.
constexpr QStringView kMaintenanceDatabases[] = {u"postgres", u"template1"};

QString quoted(QStringView identifier)
{
    QString text = identifier.toString();
    text.replace(u'"', u"\"\""_s);
    return u'"' + text + u'"';
}

Result<void> checkRoleName(const QString &role)
{
    // NAMEDATALEN: the server cuts longer names, so another role would be meant.
    if (role.trimmed().isEmpty() || role.contains(QChar(0)) || role.toUtf8().size() > 63)
        return makeError(Error::Code::InvalidInput, Messages::tr("\"%1\" is not a role name").arg(role));
    return {};
}

// One connection of its own to a server, closed and removed when it ends.
class ServerConnection
{
public:
    explicit ServerConnection(const ServerAddress &address)
        : m_name(u"claimbench-server-admin-%1"_s.arg(++s_serial))
        , m_address(address)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(PostgresDialect::kDriverName.toString(), m_name);
        PostgresDialect::setServer(db, address);
    }
    ServerConnection(const ServerConnection &) = delete;
    ServerConnection &operator=(const ServerConnection &) = delete;
    ~ServerConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    Result<QSqlDatabase> open() const
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (!db.open())
            return std::unexpected(PostgresDialect::connectError(m_address, m_address.toString(), db.lastError()));
        if (auto ready = PostgresDialect::configureConnection(db); !ready)
            return std::unexpected(ready.error());
        return db;
    }

private:
    static inline std::atomic<int> s_serial = 0;
    QString m_name;
    ServerAddress m_address;
};

// Runs `sql`; on failure, `message` with the server's reason (Denied when it
// refused for a privilege).
Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &sql, const QString &message,
                       const QList<QVariant> &binds = {})
{
    auto query = Sql::run(db, sql, binds);
    if (!query)
        return std::unexpected(Error{query.error().code, message, query.error().detail});
    return query;
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &sql, const QList<QVariant> &binds = {})
{
    auto query = exec(db, sql, Messages::tr("Could not read the server's catalog"), binds);
    if (!query)
        return std::unexpected(query.error());
    return query->next() ? query->value(0) : QVariant();
}

Result<bool> roleExists(const QSqlDatabase &db, const QString &role)
{
    auto found = scalar(db, u"SELECT 1 FROM pg_roles WHERE rolname = ?"_s, {role});
    if (!found)
        return std::unexpected(found.error());
    return found->isValid();
}

// Everything init sets inside the project's database, as text: the same
// text before and after means init changed nothing there.
Result<QString> privilegeSnapshot(const QSqlDatabase &db)
{
    auto text = scalar(
        db, u"SELECT coalesce(string_agg(x, E'\\n' ORDER BY x), '') FROM ("
            "SELECT 'relation ' || c.relname || ' ' || pg_get_userbyid(c.relowner) || ' ' || coalesce(c.relacl::text, '') "
            "FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'S') "
            "UNION ALL SELECT 'default ' || pg_get_userbyid(d.defaclrole) || ' ' || d.defaclobjtype::text || ' ' "
            "|| d.defaclacl::text FROM pg_default_acl d "
            "UNION ALL SELECT 'function ' || p.proname || ' ' || p.prosecdef::text || ' ' || coalesce(p.proconfig::text, '') "
            "|| ' ' || md5(p.prosrc) FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace "
            "AND p.proname LIKE 'claimbench%' "
            "UNION ALL SELECT 'trigger ' || t.tgname FROM pg_trigger t WHERE NOT t.tgisinternal "
            "UNION ALL SELECT 'database ' || pg_get_userbyid(d.datdba) || ' ' || coalesce(d.datacl::text, '') "
            "FROM pg_database d WHERE d.datname = current_database() "
            "UNION ALL SELECT 'extension ' || e.extname FROM pg_extension e) s(x)"_s);
    if (!text)
        return std::unexpected(text.error());
    return text->toString();
}

// The group roles' rights on the project of `db`, run as its owner `owner`
// in one transaction: idempotent, so that init and every upgrade run all of it.
Result<void> applyPrivileges(const QSqlDatabase &db, const QString &owner)
{
    const QString analyst = quoted(groupOf(TeamRole::Analyst));
    const QString reviewer = quoted(groupOf(TeamRole::Reviewer));
    const QString viewer = quoted(groupOf(TeamRole::Viewer));
    const QString everyone = analyst + u", "_s + reviewer + u", "_s + viewer;
    const QString defaults = u"ALTER DEFAULT PRIVILEGES FOR ROLE "_s + quoted(owner) + u" IN SCHEMA public GRANT "_s;
    QStringList statements{
        // Other roles of the server may not even connect.
        u"REVOKE ALL ON DATABASE "_s + quoted(db.databaseName()) + u" FROM PUBLIC"_s,
        u"GRANT CONNECT ON DATABASE "_s + quoted(db.databaseName()) + u" TO "_s + everyone,
        u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO "_s + everyone,
        u"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "_s + analyst,
        // The schema version is the owner's: an analyst never upgrades.
        u"REVOKE INSERT, UPDATE, DELETE ON "_s + kProjectTable + u" FROM "_s + analyst,
        u"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO "_s + analyst,
        u"GRANT UPDATE ON claims TO "_s + reviewer,
        // Tables and id sequences a later upgrade adds.
        defaults + u"SELECT ON TABLES TO "_s + everyone,
        defaults + u"INSERT, UPDATE, DELETE ON TABLES TO "_s + analyst,
        defaults + u"USAGE, SELECT, UPDATE ON SEQUENCES TO "_s + analyst,
        u"CREATE OR REPLACE FUNCTION claimbench_review_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF has_table_privilege(TG_RELID, 'INSERT') THEN RETURN NEW; END IF; "
        "IF to_jsonb(NEW) - %1 IS DISTINCT FROM to_jsonb(OLD) - %1 THEN "
        "RAISE EXCEPTION 'a reviewer may change only the status and note of a claim' "
        "USING ERRCODE = 'insufficient_privilege'; END IF; RETURN NEW; END $$"_s.arg(kReviewColumns),
        u"CREATE OR REPLACE TRIGGER "_s + kGuardTrigger
            + u" BEFORE UPDATE ON claims FOR EACH ROW EXECUTE FUNCTION claimbench_review_guard()"_s,
    };
    // current_user, as the app writes it (PostgresDialect); SET ROLE reaches
    // only roles the writer is a member of, none of them another analyst.
    statements.append(u"CREATE OR REPLACE FUNCTION claimbench_authorship() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                      "IF pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER') "
                      "THEN RETURN NEW; END IF; "
                      "NEW.changed_by := current_user; "
                      "IF TG_OP = 'INSERT' THEN NEW.created_by := current_user; "
                      "ELSE NEW.created_by := OLD.created_by; END IF; RETURN NEW; END $$"_s);
    for (const QStringView table : kAuthoredTables)
        statements.append(u"CREATE OR REPLACE TRIGGER "_s + kAuthorshipTrigger + u" BEFORE INSERT OR UPDATE ON "_s
                          + table + u" FOR EACH ROW EXECUTE FUNCTION claimbench_authorship()"_s);
    for (const QStringView function : kIndexFunctions)
        statements.append(u"ALTER FUNCTION "_s + function + u"() SECURITY DEFINER SET search_path = public, pg_temp"_s);

    auto transaction = Sql::Transaction::begin(db);
    if (!transaction)
        return std::unexpected(transaction.error());
    for (const QString &sql : std::as_const(statements)) {
        if (auto ok = exec(db, sql, Messages::tr("Could not grant the team roles their rights")); !ok)
            return std::unexpected(ok.error());
    }
    return transaction->commit();
}

// The owner of the project's tables in `db`, or empty when there are none.
Result<QString> projectOwner(const QSqlDatabase &db)
{
    auto owner = scalar(db, u"SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = to_regclass(?)"_s,
                        {kProjectTable.toString()});
    if (!owner)
        return std::unexpected(owner.error());
    return owner->toString();
}

// Whether server init has set the project in `db` up for a team: roles
// and grants (a project an import built in an empty database has none).
Result<bool> isSetUpForTeam(const QSqlDatabase &db)
{
    auto trigger = scalar(db, u"SELECT 1 FROM pg_trigger WHERE tgname = ? AND tgrelid = to_regclass('claims')"_s,
                          {kGuardTrigger.toString()});
    if (!trigger)
        return std::unexpected(trigger.error());
    return trigger->isValid();
}

// Creates the group roles and the database, on a maintenance database of
// the server; appends what it did to `changes`.
Result<void> prepareServer(const ServerAddress &address, const QString &admin, QStringList &changes)
{
    Error failure;
    for (const QStringView maintenance : kMaintenanceDatabases) {
        ServerAddress server = address;
        server.database = maintenance.toString();
        ServerConnection connection(server);
        auto db = connection.open();
        if (!db) {
            failure = db.error();
            if (failure.code == Error::Code::NeedsPassword)
                break;
            continue;
        }
        auto adminExists = roleExists(*db, admin);
        if (!adminExists)
            return std::unexpected(adminExists.error());
        if (!*adminExists)
            return makeError(Error::Code::InvalidInput,
                             Messages::tr("There is no role %1 on the server: create it first (CREATE ROLE %1 LOGIN "
                                          "PASSWORD '...')").arg(admin));
        for (const TeamRole role : kTeamRoles) {
            auto exists = roleExists(*db, groupOf(role));
            if (!exists)
                return std::unexpected(exists.error());
            if (*exists)
                continue;
            if (auto ok = exec(*db, u"CREATE ROLE "_s + quoted(groupOf(role)) + u" NOLOGIN"_s,
                               Messages::tr("Could not create the role %1").arg(groupOf(role)));
                !ok) {
                // Another init on this server created it meanwhile.
                if (auto now = roleExists(*db, groupOf(role)); now && *now)
                    continue;
                return std::unexpected(ok.error());
            }
            changes.append(Messages::tr("created the group role %1").arg(groupOf(role)));
        }
        auto databaseExists = scalar(*db, u"SELECT 1 FROM pg_database WHERE datname = ?"_s, {address.database});
        if (!databaseExists)
            return std::unexpected(databaseExists.error());
        if (databaseExists->isValid())
            return {};
        if (auto ok = exec(*db, u"CREATE DATABASE "_s + quoted(address.database) + u" OWNER "_s + quoted(admin),
                           Messages::tr("Could not create the database %1").arg(address.database));
            !ok)
            return std::unexpected(ok.error());
        changes.append(Messages::tr("created the database %1, owned by %2").arg(address.database, admin));
        return {};
    }
    return std::unexpected(failure);
}

} // namespace

std::optional<TeamRole> ServerAdmin::teamRoleNamed(QStringView name)
{
    for (const TeamRole role : kTeamRoles) {
        if (nameOf(role) == name)
            return role;
    }
    return std::nullopt;
}

QString ServerAdmin::withArticle(TeamRole role)
{
    switch (role) {
    case TeamRole::Analyst:
        return Messages::tr("an analyst");
    case TeamRole::Reviewer:
        return Messages::tr("a reviewer");
    case TeamRole::Viewer:
        return Messages::tr("a viewer");
    }
    return {};
}

QString ServerAdmin::nameOf(TeamRole role)
{
    switch (role) {
    case TeamRole::Analyst:
        return u"analyst"_s;
    case TeamRole::Reviewer:
        return u"reviewer"_s;
    case TeamRole::Viewer:
        return u"viewer"_s;
    }
    return {};
}

QString ServerAdmin::groupOf(TeamRole role)
{
    return u"claimbench_"_s + nameOf(role);
}

Result<QStringList> ServerAdmin::init(const ServerAddress &address, const QString &adminRole)
{
    if (auto ok = checkRoleName(adminRole); !ok)
        return std::unexpected(ok.error());
    QStringList changes;
    if (auto ok = prepareServer(address, adminRole, changes); !ok)
        return std::unexpected(ok.error());

    ServerConnection connection(address);
    auto db = connection.open();
    if (!db)
        return std::unexpected(db.error());
    auto before = privilegeSnapshot(*db);
    if (!before)
        return std::unexpected(before.error());
    const Dialect &dialect = Dialect::of(*db);
    auto isProject = dialect.isProject(*db);
    if (!isProject)
        return std::unexpected(isProject.error());
    auto tables = scalar(*db, u"SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace "
                              "AND relkind IN ('r', 'p')"_s);
    if (!tables)
        return std::unexpected(tables.error());
    if (!*isProject && tables->toInt() > 0)
        return makeError(Error::Code::NotAProject, Messages::tr("%1 is not a Claimbench project").arg(address.toString()),
                         Messages::tr("the database holds another program's tables"));
    auto owner = projectOwner(*db);
    if (!owner)
        return std::unexpected(owner.error());
    if (*isProject && *owner != adminRole)
        return makeError(Error::Code::InvalidInput,
                         Messages::tr("The project's tables in %1 belong to %2, not %3: run server init with --admin %2")
                             .arg(address.toString(), *owner, adminRole));
    const QStringList setUp{
        u"ALTER DATABASE "_s + quoted(address.database) + u" OWNER TO "_s + quoted(adminRole),
        // unaccent is trusted: the database owner could, but a superuser runs init.
        u"CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public"_s,
    };
    for (const QString &sql : setUp) {
        if (auto ok = exec(*db, sql, Messages::tr("Could not prepare the database %1").arg(address.database)); !ok)
            return std::unexpected(ok.error());
    }
    // As the admin from here on: what is created is the admin's, and the
    // default privileges are those of the admin's future tables.
    auto user = scalar(*db, u"SELECT current_user"_s);
    if (!user)
        return std::unexpected(user.error());
    if (user->toString() != adminRole) {
        if (auto ok = exec(*db, u"SET ROLE "_s + quoted(adminRole),
                           Messages::tr("Could not act as %1: run server init as a superuser or as %1").arg(adminRole));
            !ok)
            return std::unexpected(ok.error());
    }
    auto version = dialect.schemaVersion(*db);
    if (!version)
        return std::unexpected(version.error());
    auto applied = migrate(*db);
    if (!applied)
        return std::unexpected(applied.error());
    if (*applied > 0)
        changes.append(*version == 0 ? Messages::tr("built the project's tables (schema version %1)").arg(currentSchemaVersion())
                                     : Messages::tr("upgraded the project from schema version %1 to %2")
                                           .arg(*version)
                                           .arg(currentSchemaVersion()));
    if (auto ok = applyPrivileges(*db, adminRole); !ok)
        return std::unexpected(ok.error());
    if (auto ok = exec(*db, u"RESET ROLE"_s, Messages::tr("Could not prepare the database %1").arg(address.database)); !ok)
        return std::unexpected(ok.error());
    auto after = privilegeSnapshot(*db);
    if (!after)
        return std::unexpected(after.error());
    if (*after != *before)
        changes.append(Messages::tr("gave analysts, reviewers and viewers their rights in %1").arg(address.database));
    return changes;
}

Result<QStringList> ServerAdmin::grant(const ServerAddress &address, const QString &role, TeamRole teamRole)
{
    if (auto ok = checkRoleName(role); !ok)
        return std::unexpected(ok.error());
    ServerConnection connection(address);
    auto db = connection.open();
    if (!db)
        return std::unexpected(db.error());
    for (const TeamRole group : kTeamRoles) {
        auto exists = roleExists(*db, groupOf(group));
        if (!exists)
            return std::unexpected(exists.error());
        if (!*exists)
            return makeError(Error::Code::InvalidInput,
                             Messages::tr("The server has no team roles yet: run claimbench-cli server init first"));
        if (role == groupOf(group))
            return makeError(Error::Code::InvalidInput, Messages::tr("%1 is one of the team roles itself").arg(role));
    }
    auto superuser = scalar(*db, u"SELECT rolsuper FROM pg_roles WHERE rolname = ?"_s, {role});
    if (!superuser)
        return std::unexpected(superuser.error());
    if (!superuser->isValid())
        return makeError(Error::Code::InvalidInput,
                         Messages::tr("There is no role %1 on the server: create it first (CREATE ROLE %1 LOGIN "
                                      "PASSWORD '...')").arg(role));
    if (superuser->toBool())
        return makeError(Error::Code::InvalidInput,
                         Messages::tr("%1 is a superuser: the server lets it do everything, whatever its team role")
                             .arg(role));
    // The team roles are the whole server's, but a database that server
    // init has not set up grants them nothing: the grant would do nothing.
    auto setUp = isSetUpForTeam(*db);
    if (!setUp)
        return std::unexpected(setUp.error());
    if (!*setUp)
        return makeError(Error::Code::InvalidInput,
                         Messages::tr("%1 is not set up for a team yet: run `claimbench-cli server init '%1' --admin "
                                      "ROLE` first")
                             .arg(address.toString()));
    auto owner = projectOwner(*db);
    if (!owner)
        return std::unexpected(owner.error());
    if (*owner == role)
        return makeError(Error::Code::InvalidInput,
                         Messages::tr("%1 owns the project's tables in %2: an owner may do everything, whatever its "
                                      "team role").arg(role, address.database));

    QStringList changes;
    auto transaction = Sql::Transaction::begin(*db);
    if (!transaction)
        return std::unexpected(transaction.error());
    for (const TeamRole group : kTeamRoles) {
        auto member = scalar(*db, u"SELECT 1 FROM pg_auth_members m WHERE m.roleid = to_regrole(?) "
                                  "AND m.member = to_regrole(?)"_s,
                             {quoted(groupOf(group)), quoted(role)});
        if (!member)
            return std::unexpected(member.error());
        const bool wanted = group == teamRole;
        if (member->isValid() == wanted)
            continue;
        const QString sql = wanted ? u"GRANT %1 TO %2"_s : u"REVOKE %1 FROM %2"_s;
        if (auto ok = exec(*db, sql.arg(quoted(groupOf(group)), quoted(role)),
                           Messages::tr("Could not change the team role of %1").arg(role));
            !ok)
            return std::unexpected(ok.error());
        // The groups are the server's: the change holds in all its projects.
        changes.append(wanted ? Messages::tr("%1 is now %2 in every project on this server")
                                    .arg(role, ServerAdmin::withArticle(group))
                              : Messages::tr("%1 is no longer %2 in any project on this server")
                                    .arg(role, ServerAdmin::withArticle(group)));
    }
    if (auto ok = transaction->commit(); !ok)
        return std::unexpected(ok.error());
    return changes;
}

Result<Project::Access> ServerAdmin::accessOf(const QSqlDatabase &db)
{
    auto rights = Sql::run(db, u"SELECT has_table_privilege('claims', 'INSERT') AND has_table_privilege('articles', "
                               "'INSERT'), has_table_privilege('claims', 'UPDATE')"_s);
    if (!rights)
        return std::unexpected(rights.error());
    if (!rights->next())
        return Project::Access::ReadOnly;
    if (rights->value(0).toBool())
        return Project::Access::ReadWrite;
    return rights->value(1).toBool() ? Project::Access::ReviewOnly : Project::Access::ReadOnly;
}

Result<void> ServerAdmin::checkReadable(const QSqlDatabase &db, const ServerAddress &address)
{
    // to_regclass: NULL (and so readable) where there is no project yet.
    auto readable = scalar(db, u"SELECT coalesce(has_table_privilege(to_regclass(?), 'SELECT'), true) "
                               "AND coalesce(has_table_privilege(to_regclass('claims'), 'SELECT'), true)"_s,
                           {kProjectTable.toString()});
    if (!readable)
        return std::unexpected(readable.error());
    if (readable->toBool())
        return {};
    auto role = scalar(db, u"SELECT current_user"_s);
    if (!role)
        return std::unexpected(role.error());
    // As the administrator will run it: as themselves, the URL quoted for
    // a shell ('&' in a socket URL), one team role to choose.
    ServerAddress administrators = address;
    administrators.user.clear();
    auto setUp = isSetUpForTeam(db);
    if (!setUp)
        return std::unexpected(setUp.error());
    if (*setUp)
        return makeError(Error::Code::Denied,
                         Messages::tr("%1 has no access to this project; a server administrator can run "
                                      "`claimbench-cli server grant '%2' %1 viewer` (or analyst, reviewer: in every project on "
                                  "this server)")
                             .arg(role->toString(), administrators.toString()));
    // Grants alone would not let anyone in: the project has no team rights.
    auto owner = projectOwner(db);
    if (!owner)
        return std::unexpected(owner.error());
    return makeError(Error::Code::Denied,
                     Messages::tr("%1 has no access to this project, which is not set up for a team yet; a server "
                                  "administrator can run `claimbench-cli server init '%2' --admin %3`, then "
                                  "`claimbench-cli server grant '%2' %1 viewer` (or analyst, reviewer: in every project on "
                                  "this server)")
                         .arg(role->toString(), administrators.toString(), *owner));
}

Result<void> ServerAdmin::reapplyPrivileges(const QSqlDatabase &db)
{
    auto setUp = isSetUpForTeam(db);
    if (!setUp)
        return std::unexpected(setUp.error());
    if (!*setUp)
        return {};
    auto owner = projectOwner(db);
    if (!owner)
        return std::unexpected(owner.error());
    return applyPrivileges(db, *owner);
}

} // namespace Claimbench
