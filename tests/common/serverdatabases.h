#pragma once

#include "core/error.h"
#include "core/store/postgresdialect.h"
#include "core/store/serveraddress.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTest>

namespace Claimbench {

// For the tests that need a server whichever backend the suite runs on (a
// copy from a file to a server and back): skips the test function, with the
// reason, when no server was given.
#define CLAIMBENCH_SKIP_WITHOUT_SERVER()                                                              \
    do {                                                                                              \
        if (!::Claimbench::ServerDatabases::available())                                              \
            QSKIP("CLAIMBENCH_TEST_SERVER (an admin URL, scripts/pg-cluster.sh start DIR) is not set"); \
    } while (false)

// Databases made on the server in CLAIMBENCH_TEST_SERVER (an admin URL) for
// one test, dropped when it ends.
class ServerDatabases
{
public:
    ServerDatabases() = default;
    ServerDatabases(const ServerDatabases &) = delete;
    ServerDatabases &operator=(const ServerDatabases &) = delete;
    ~ServerDatabases()
    {
        if (m_connection.isEmpty())
            return;
        {
            QSqlDatabase admin = QSqlDatabase::database(m_connection, false);
            for (const QString &database : std::as_const(m_databases))
                QSqlQuery(admin).exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
            admin.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }

    static bool available() { return !qEnvironmentVariableIsEmpty("CLAIMBENCH_TEST_SERVER"); }

    // The URL of a new empty database.
    Result<QString> create()
    {
        auto admin = ServerAddress::parse(qEnvironmentVariable("CLAIMBENCH_TEST_SERVER"));
        if (!admin)
            return std::unexpected(admin.error());
        if (m_connection.isEmpty()) {
            m_connection = QStringLiteral("claimbench-test-databases-%1").arg(quintptr(this));
            QSqlDatabase db = QSqlDatabase::addDatabase(PostgresDialect::kDriverName.toString(), m_connection);
            PostgresDialect::setServer(db, *admin);
            if (!db.open())
                return makeError(Error::Code::Disconnected, db.lastError().text());
        }
        static int serial = 0;
        const QString name = QStringLiteral("cbcopy_%1_%2").arg(QCoreApplication::applicationPid()).arg(++serial);
        QSqlQuery create(QSqlDatabase::database(m_connection, false));
        if (!create.exec(QStringLiteral("CREATE DATABASE ") + name))
            return makeError(Error::Code::Database, create.lastError().text());
        m_databases.append(name);
        admin->database = name;
        return admin->toString();
    }

private:
    QString m_connection;
    QStringList m_databases;
};

} // namespace Claimbench
