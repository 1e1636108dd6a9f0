#pragma once

#include "core/error.h"
#include "core/store/postgresdialect.h"
#include "core/store/serveraddress.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

namespace Claimbench {

// The engine the store, command, model and CLI suites run against: the
// SQLite file by default; a PostgreSQL server when CLAIMBENCH_TEST_BACKEND is
// "server" (ctest's <name>_server registrations set it), the server's admin
// URL (scripts/pg-cluster.sh prints it) in CLAIMBENCH_TEST_SERVER.
inline bool onTestServer()
{
    return qEnvironmentVariable("CLAIMBENCH_TEST_BACKEND") == QLatin1String("server");
}

// Skips a test function on the server backend, saying why: one about the
// project FILE (a read-only folder, a replaced file, WAL, permissions), which
// a server project has not, or about SQLite itself.
#define CLAIMBENCH_SKIP_ON_SERVER(why)                                                                \
    do {                                                                                              \
        if (::Claimbench::onTestServer())                                                             \
            QSKIP(why);                                                                               \
    } while (false)

// For the tests that need a server whichever backend the suite runs on (a
// copy from a file to a server and back): skips the test function, with the
// reason, when no server was given.
#define CLAIMBENCH_SKIP_WITHOUT_SERVER()                                                              \
    do {                                                                                              \
        if (!::Claimbench::TestDatabases::available())                                                \
            QSKIP("CLAIMBENCH_TEST_SERVER (an admin URL, scripts/pg-cluster.sh start DIR) is not set"); \
    } while (false)

// New empty databases on the test server (CLAIMBENCH_TEST_SERVER, an admin
// URL), cbt_<pid>_<n>, each handed out as its postgresql:// URL.
// A database made in a test function (one data row of it) serves only that
// row: the next one made in another row drops it, WITH (FORCE). Each costs
// ~7.5 MB of catalogs, and holding every row's until the process ended put
// ~100 databases (780 MB) on the cluster at once, which filled CI's /tmp.
// Ones made in initTestCase, or outside any test function, serve the whole
// run; the rest go when this object ends.
class TestDatabases
{
public:
    TestDatabases() = default;
    TestDatabases(const TestDatabases &) = delete;
    TestDatabases &operator=(const TestDatabases &) = delete;
    ~TestDatabases()
    {
        if (m_adminConnection.isEmpty())
            return;
        dropWhere([](const Made &) { return true; });
        QSqlDatabase::database(m_adminConnection, false).close();
        QSqlDatabase::removeDatabase(m_adminConnection);
    }

    // Whether a test server was given.
    static bool available() { return !qEnvironmentVariableIsEmpty("CLAIMBENCH_TEST_SERVER"); }

    // The URL of a new empty database; an error naming what to do when no
    // server was given.
    Result<QString> create()
    {
        auto admin = adminAddress();
        if (!admin)
            return std::unexpected(admin.error());
        if (auto ok = openAdmin(*admin); !ok)
            return std::unexpected(ok.error());
        const QString row = currentRow();
        if (!row.isEmpty())
            dropWhere([&row](const Made &made) { return !made.row.isEmpty() && made.row != row; });
        // Unique across the objects of one process and the processes ctest
        // runs at once (the pid); a name PostgreSQL keeps as written.
        const QString database = QStringLiteral("cbt_%1_%2")
                                     .arg(QCoreApplication::applicationPid())
                                     .arg(++s_databases);
        QSqlQuery create(QSqlDatabase::database(m_adminConnection, false));
        if (!create.exec(QStringLiteral("CREATE DATABASE ") + database))
            return makeError(Error::Code::Database,
                             QStringLiteral("CREATE DATABASE %1: %2").arg(database, create.lastError().text()));
        m_databases.append({database, row});
        ServerAddress address = *admin;
        address.database = database;
        return address.toString();
    }

private:
    struct Made
    {
        QString database;
        QString row; // empty: serves the whole run
    };

    // The test function and data row running now; empty in initTestCase and
    // outside any test function.
    static QString currentRow()
    {
        const char *function = QTest::currentTestFunction();
        if (!function || qstrcmp(function, "initTestCase") == 0)
            return {};
        const char *tag = QTest::currentDataTag();
        return QString::fromUtf8(function) + QLatin1Char('/') + QString::fromUtf8(tag ? tag : "");
    }

    template<typename Predicate>
    void dropWhere(Predicate drop)
    {
        QSqlDatabase admin = QSqlDatabase::database(m_adminConnection, false);
        for (auto made = m_databases.begin(); made != m_databases.end();) {
            if (!drop(*made)) {
                ++made;
                continue;
            }
            QSqlQuery statement(admin);
            if (!statement.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(made->database)))
                qWarning("Could not drop the test database %s: %s", qPrintable(made->database),
                         qPrintable(statement.lastError().text()));
            made = m_databases.erase(made);
        }
    }

    static Result<ServerAddress> adminAddress()
    {
        if (!available())
            return makeError(Error::Code::InvalidInput,
                             QStringLiteral("CLAIMBENCH_TEST_SERVER is not set: start a cluster "
                                            "(scripts/pg-cluster.sh start DIR) and export the admin URL it "
                                            "prints, or run scripts/test.sh"));
        return ServerAddress::parse(qEnvironmentVariable("CLAIMBENCH_TEST_SERVER"));
    }

    Result<void> openAdmin(const ServerAddress &admin)
    {
        if (!m_adminConnection.isEmpty())
            return {};
        m_adminConnection = QStringLiteral("claimbench-test-admin-%1").arg(quintptr(this));
        QSqlDatabase db = QSqlDatabase::addDatabase(PostgresDialect::kDriverName.toString(), m_adminConnection);
        PostgresDialect::setServer(db, admin);
        if (!db.open())
            return makeError(Error::Code::Disconnected, QStringLiteral("The test server %1 refused: %2")
                                                            .arg(admin.toString(), db.lastError().text()));
        return {};
    }

    static inline int s_databases = 0;
    QString m_adminConnection;
    QList<Made> m_databases;
};

// Hands out new, empty project locations for the backend under test: a file
// name that does not exist yet in a temporary folder, or a new empty database
// (TestDatabases) as its URL. Either way Project::open(location,
// CreateIfMissing) builds the project there. A server backend without
// CLAIMBENCH_TEST_SERVER is an error, never a silent fallback to the file: CI
// must not pass by testing SQLite twice.
class ProjectLocations
{
public:
    // A new location; `stem` names the file ("p" gives p<n>.claimbench).
    Result<QString> create(const QString &stem = QStringLiteral("p"))
    {
        if (onTestServer())
            return m_databases.create();
        if (!m_dir.isValid())
            return makeError(Error::Code::Io, QStringLiteral("No temporary directory: ") + m_dir.errorString());
        return m_dir.filePath(QStringLiteral("%1%2.claimbench").arg(stem).arg(++m_serial));
    }

    // A path in the temporary folder (there for either backend): for the
    // inputs and outputs a test writes beside its projects.
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
    int m_serial = 0;
    TestDatabases m_databases;
};

} // namespace Claimbench
