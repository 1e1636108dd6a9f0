// Project's side for a project on a team server (PostgreSQL): opening it,
// connecting each thread, and the read connections of the claims table and
// charts for both kinds of project.
#include "core/store/project.h"

#include "core/store/migrations.h"
#include "core/store/postgresdialect.h"
#include "core/store/serveradmin_p.h"
#include "core/store/sqlitedialect.h"
#include "core/store/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// This file's messages, in Project's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::Project)
};

// Connects `db` (added with the server's driver, not open, or closed after
// the server cut it) to the project at `address` (`url` names it in
// messages) and marks it as the open project `session`'s.
Result<void> connectToServer(QSqlDatabase &db, const ServerAddress &address, const QString &url,
                             const QString &session, bool readOnly)
{
    PostgresDialect::setServer(db, address);
    if (!db.open())
        return std::unexpected(PostgresDialect::connectError(address, url, db.lastError()));
    const Dialect &dialect = Dialect::of(db);
    Result<void> ready = readOnly ? dialect.configureReadConnection(db) : PostgresDialect::configureConnection(db);
    if (ready)
        ready = PostgresDialect::tagSession(db, session);
    if (!ready) {
        db.close();
        return ready;
    }
    Sql::pinConnection(db, url, std::nullopt, readOnly);
    return {};
}

} // namespace

Result<std::shared_ptr<Project>> Project::open(const ServerAddress &address, OpenMode mode)
{
    if (!QSqlDatabase::isDriverAvailable(PostgresDialect::kDriverName.toString()))
        return makeError(Error::Code::Unsupported,
                         Messages::tr("This Claimbench cannot reach a team server: Qt's PostgreSQL driver is not "
                                      "installed (Debian package libqt6sql6-psql)"));
    std::shared_ptr<Project> project(new Project(address.toString(), mode == OpenMode::ReadOnly));
    project->m_server = address;
    if (auto ready = project->prepareOnServer(mode); !ready)
        return std::unexpected(ready.error());
    return project;
}

Result<void> Project::prepareOnServer(OpenMode mode)
{
    if (auto connected = openThreadConnection(); !connected)
        return connected;
    auto db = Sql::connection(threadConnectionName());
    if (!db)
        return std::unexpected(db.error());
    if (auto readable = ServerAdmin::checkReadable(*db, *m_server); !readable)
        return readable;
    const Dialect &dialect = Dialect::of(*db);
    auto marked = dialect.isProject(*db);
    if (!marked)
        return std::unexpected(marked.error());
    if (!*marked) {
        if (!db->tables().isEmpty())
            return makeError(Error::Code::NotAProject, Messages::tr("%1 is not a Claimbench project").arg(m_path),
                             Messages::tr("the database holds another program's tables"));
        if (mode != OpenMode::CreateIfMissing)
            return makeError(Error::Code::NotFound,
                             Messages::tr("There is no Claimbench project in %1 yet: the database is empty (claimbench-cli "
                                          "server init makes one)").arg(m_path));
    }
    auto version = dialect.schemaVersion(*db);
    if (!version)
        return std::unexpected(version.error());
    if (*version > currentSchemaVersion())
        return makeError(Error::Code::NewerSchema,
                         Messages::tr("%1 was saved by a newer Claimbench; please update the program").arg(m_path),
                         Messages::tr("schema version %1, this program reads up to %2").arg(*version).arg(
                             currentSchemaVersion()));
    if (mode == OpenMode::ReadOnly)
        return openForReading();
    const Result<int> before = openAndMigrate();
    if (!before)
        return std::unexpected(before.error());
    if (*before > 0 && *before < currentSchemaVersion()) {
        // What the upgrade added or replaced gets the team roles' rights.
        if (auto granted = ServerAdmin::reapplyPrivileges(*db); !granted)
            return granted;
        m_notices.append(Messages::tr("%1 was upgraded from schema version %2 to %3 for this Claimbench; older builds "
                                      "can no longer open it").arg(m_path)
                             .arg(*before)
                             .arg(currentSchemaVersion()));
    }
    auto access = ServerAdmin::accessOf(*db);
    if (!access)
        return std::unexpected(access.error());
    m_access = *access;
    return {};
}

Result<void> Project::connectToServer(QSqlDatabase &db, bool readOnly) const
{
    // Every connection to the server outlives a restart or an outage of it:
    // its next use after the loss connects anew (Sql::connection) and, while
    // the server cannot be reached, says why as Disconnected.
    Sql::setReconnect(db, [address = *m_server, url = m_path, session = m_sessionTag, readOnly](QSqlDatabase &lost) {
        return Claimbench::connectToServer(lost, address, url, session, readOnly);
    });
    return Claimbench::connectToServer(db, *m_server, m_path, m_sessionTag, readOnly);
}

Result<void> Project::openReadConnection(const QString &name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(
        (m_server ? PostgresDialect::kDriverName : SqliteDialect::kDriverName).toString(), name);
    // A read connection lives as long as its reader (the claims table's as
    // long as the window): after a server restart its next use connects
    // anew, as a thread's own connection does (connectToServer).
    if (m_server)
        return connectToServer(db, true);
    SqliteDialect::setFile(db, m_path, SqliteDialect::Access::ReadOnly);
    if (!db.open())
        return std::unexpected(Sql::databaseError(
            db.driver(), Messages::tr("Could not open the project %1").arg(m_path), db.lastError()));
    return SqliteDialect::instance().configureReadConnection(db);
}

} // namespace Claimbench
