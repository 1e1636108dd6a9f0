#pragma once

#include "core/error.h"
#include "core/store/postgresdialect.h"
#include "core/store/serveraddress.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace Claimbench {

// The test server (CLAIMBENCH_TEST_SERVER) stops serving one project's
// database, as a server that went down does for the analysts on it, while
// the other suites sharing the server go on: every connection to the
// database is cut and no new one is accepted ("database ... is not currently
// accepting connections", at once: no connect timeout to wait out) until
// serveAgain() or the end of this object. Needs the admin URL's role to be
// a superuser, as scripts/pg-cluster.sh's is.
class UnreachableServer
{
public:
    UnreachableServer() = default;
    UnreachableServer(const UnreachableServer &) = delete;
    UnreachableServer &operator=(const UnreachableServer &) = delete;
    ~UnreachableServer()
    {
        if (!m_database.isEmpty())
            (void)serveAgain();
        if (!m_connection.isEmpty()) {
            QSqlDatabase::database(m_connection, false).close();
            QSqlDatabase::removeDatabase(m_connection);
        }
    }

    // Cuts the project at `projectUrl` off its server.
    Result<void> cut(const QString &projectUrl)
    {
        auto project = ServerAddress::parse(projectUrl);
        if (!project)
            return std::unexpected(project.error());
        if (auto ok = openAdmin(); !ok)
            return ok;
        m_database = project->database;
        if (auto ok = exec(QStringLiteral("ALTER DATABASE \"%1\" ALLOW_CONNECTIONS false").arg(m_database)); !ok)
            return ok;
        // The 5 s wait returns once each server process has ended.
        return exec(QStringLiteral("SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity "
                                   "WHERE datname = '%1' AND pid <> pg_backend_pid()")
                        .arg(m_database));
    }

    // The server accepts connections to the project again.
    Result<void> serveAgain()
    {
        const QString database = std::exchange(m_database, QString());
        return exec(QStringLiteral("ALTER DATABASE \"%1\" ALLOW_CONNECTIONS true").arg(database));
    }

private:
    Result<void> openAdmin()
    {
        if (!m_connection.isEmpty())
            return {};
        auto admin = ServerAddress::parse(qEnvironmentVariable("CLAIMBENCH_TEST_SERVER"));
        if (!admin)
            return std::unexpected(admin.error());
        m_connection = QStringLiteral("claimbench-test-cut-%1").arg(quintptr(this));
        QSqlDatabase db = QSqlDatabase::addDatabase(PostgresDialect::kDriverName.toString(), m_connection);
        PostgresDialect::setServer(db, *admin);
        if (!db.open())
            return makeError(Error::Code::Disconnected, db.lastError().text());
        return {};
    }

    Result<void> exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_connection, false));
        if (!query.exec(sql))
            return makeError(Error::Code::Database, sql + QStringLiteral(": ") + query.lastError().text());
        return {};
    }

    QString m_connection;
    QString m_database; // cut off while not empty
};

} // namespace Claimbench
