#pragma once

#include "core/error.h"
#include "core/store/postgresdialect.h"
#include "core/store/serveraddress.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace Claimbench {

// A team project's database and login roles of a test's own on the server
// whose admin URL is in CLAIMBENCH_TEST_SERVER (scripts/pg-cluster.sh: trust
// authentication, so a login role needs no password). Names are unique per
// process and object (cbr<pid>_<n>...); the database and every role made
// here are dropped when the object ends. The group roles claimbench_* are
// the server's and stay.
class TeamServer
{
public:
    // Why the tests cannot run, or empty when they can.
    static QString unavailableReason()
    {
        if (qEnvironmentVariableIsEmpty("CLAIMBENCH_TEST_SERVER"))
            return QStringLiteral("CLAIMBENCH_TEST_SERVER is not set: start a cluster (scripts/pg-cluster.sh start "
                                  "DIR) and export the admin URL it prints");
        if (!ServerAddress::parse(qEnvironmentVariable("CLAIMBENCH_TEST_SERVER")))
            return QStringLiteral("CLAIMBENCH_TEST_SERVER is not a postgresql:// URL");
        return {};
    }

    TeamServer()
        : m_stem(QStringLiteral("cbr%1_%2").arg(QCoreApplication::applicationPid()).arg(++s_serial))
        , m_connection(QStringLiteral("claimbench-test-team-%1").arg(m_stem))
    {
        m_admin = *ServerAddress::parse(qEnvironmentVariable("CLAIMBENCH_TEST_SERVER"));
        QSqlDatabase db = QSqlDatabase::addDatabase(PostgresDialect::kDriverName.toString(), m_connection);
        PostgresDialect::setServer(db, m_admin);
        if (!db.open())
            qWarning("The test server refused: %s", qPrintable(db.lastError().text()));
    }
    TeamServer(const TeamServer &) = delete;
    TeamServer &operator=(const TeamServer &) = delete;
    ~TeamServer()
    {
        const QString project = m_connection + QStringLiteral("-project");
        if (QSqlDatabase::contains(project)) {
            QSqlDatabase::database(project, false).close();
            QSqlDatabase::removeDatabase(project);
        }
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            QStringList statements{QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database())};
            for (const QString &role : std::as_const(m_roles))
                statements.append(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
            for (const QString &sql : std::as_const(statements)) {
                QSqlQuery query(db);
                if (!query.exec(sql))
                    qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }

    QString database() const { return m_stem; }
    // The project's admin role (created LOGIN by the constructor's first call).
    QString adminRole() { return role(QStringLiteral("admin")); }
    // A login role of this test, <stem>_<suffix>, created on first use.
    QString role(const QString &suffix)
    {
        const QString name = m_stem + u'_' + suffix;
        if (!m_roles.contains(name)) {
            m_roles.append(name);
            if (!exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(name)))
                qWarning("Could not create the test role %s", qPrintable(name));
        }
        return name;
    }
    // The project's database as the server's superuser (the admin URL's
    // user), or as `user`.
    ServerAddress address(const QString &user = {}) const
    {
        ServerAddress address = m_admin;
        address.database = database();
        if (!user.isEmpty())
            address.user = user;
        return address;
    }
    QString url(const QString &user = {}) const { return address(user).toString(); }

    // Where scalar() and exec() run `sql`, as the superuser.
    enum class In { Server, Project };
    // The first row's first column, or an invalid value.
    QVariant scalar(const QString &sql, const QVariantList &binds = {}, In in = In::Server)
    {
        QSqlQuery query(connection(in));
        query.prepare(sql);
        for (const QVariant &value : binds)
            query.addBindValue(value);
        if (!query.exec()) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return {};
        }
        return query.next() ? query.value(0) : QVariant();
    }
    bool exec(const QString &sql, In in = In::Server)
    {
        QSqlQuery query(connection(in));
        if (query.exec(sql))
            return true;
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    // Whether `member` is a member of the group role `group`.
    bool isMember(const QString &member, const QString &group)
    {
        return scalar(QStringLiteral("SELECT pg_has_role(?::name, ?::name, 'MEMBER')"), {member, group}).toBool();
    }

private:
    QSqlDatabase connection(In in)
    {
        if (in == In::Server)
            return QSqlDatabase::database(m_connection, false);
        const QString name = m_connection + QStringLiteral("-project");
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (!db.isValid()) {
            db = QSqlDatabase::addDatabase(PostgresDialect::kDriverName.toString(), name);
            PostgresDialect::setServer(db, address());
        }
        if (!db.isOpen() && !db.open())
            qWarning("The test project %s refused: %s", qPrintable(database()), qPrintable(db.lastError().text()));
        return db;
    }

    static inline int s_serial = 0;
    QString m_stem;
    QString m_connection;
    ServerAddress m_admin;
    QStringList m_roles;
};

} // namespace Claimbench
