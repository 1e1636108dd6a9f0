// claimbench-cli copy's engine (ProjectCopy) on a large project: rows/s of
// file -> file beside file -> server and server -> file in the same run.
//
// The source is a project file of many claims; bench_claims builds one in a
// minute (1,000,000 claims over 3,000 articles) and keeps it with --keep:
//
//   bench_claims --count 1000000 --keep /tmp/claims.claimbench
//   bench_copy /tmp/claims.claimbench [--server ADMIN_URL]
//
// ADMIN_URL: a superuser's postgresql:// URL (scripts/pg-cluster.sh start DIR
// prints one); a database is created on it for the copy and dropped after.
// Without --server only file -> file is measured.

#include "core/store/postgresdialect.h"
#include "core/store/projectcopy.h"
#include "core/store/serveraddress.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

// Copies and prints "label: N rows in S s, R rows/s"; false on failure.
bool timeCopy(const char *label, const QString &from, const QString &to)
{
    QElapsedTimer timer;
    timer.start();
    qint64 shown = 0;
    const auto copied = ProjectCopy::copy(from, to, [&](qint64 rows, qint64 total) {
        if (rows - shown >= total / 10) {
            shown = rows;
            std::fprintf(stderr, "  %s: %lld / %lld rows\n", label, qint64(rows), qint64(total));
        }
        return true;
    });
    const double seconds = timer.elapsed() / 1000.0;
    if (!copied) {
        std::fprintf(stderr, "%s: %s\n", label, qPrintable(copied.error().toString()));
        return false;
    }
    std::printf("%-16s %9lld rows in %6.1f s: %8.0f rows/s\n", label, qint64(copied->rows), seconds,
                copied->rows / std::max(seconds, 0.001));
    std::fflush(stdout);
    return true;
}

// A new empty database on the server `admin` names, dropped when this ends.
class BenchDatabase
{
public:
    explicit BenchDatabase(const ServerAddress &admin)
        : m_admin(admin)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(PostgresDialect::kDriverName.toString(), u"bench-admin"_s);
        PostgresDialect::setServer(db, admin);
        if (!db.open()) {
            m_error = db.lastError().text();
            return;
        }
        QSqlQuery(db).exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(kName));
        QSqlQuery create(db);
        if (!create.exec(u"CREATE DATABASE "_s + kName))
            m_error = create.lastError().text();
    }
    ~BenchDatabase()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(u"bench-admin"_s, false);
            QSqlQuery(db).exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(kName));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"bench-admin"_s);
    }
    QString error() const { return m_error; }
    QString url() const
    {
        ServerAddress address = m_admin;
        address.database = kName.toString();
        return address.toString();
    }

private:
    static constexpr QStringView kName = u"claimbench_bench_copy";
    ServerAddress m_admin;
    QString m_error;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || !QFile::exists(args.at(1))) {
        std::fprintf(stderr, "usage: bench_copy PROJECT_FILE [--server ADMIN_URL]\n");
        return 1;
    }
    const QString source = args.at(1);
    const QString serverUrl = args.contains(u"--server"_s) ? args.value(args.indexOf(u"--server"_s) + 1) : QString();
    QTemporaryDir dir;
    std::printf("bench_copy: %s (%.0f MB)\n", qPrintable(source), double(QFile(source).size()) / 1e6);
    if (!timeCopy("file -> file", source, dir.filePath(u"copy.claimbench"_s)))
        return 1;
    if (serverUrl.isEmpty())
        return 0;
    const Result<ServerAddress> admin = ServerAddress::parse(serverUrl);
    if (!admin) {
        std::fprintf(stderr, "%s\n", qPrintable(admin.error().toString()));
        return 1;
    }
    const BenchDatabase database(*admin);
    if (!database.error().isEmpty()) {
        std::fprintf(stderr, "server: %s\n", qPrintable(database.error()));
        return 1;
    }
    if (!timeCopy("file -> server", source, database.url()))
        return 1;
    if (!timeCopy("server -> file", database.url(), dir.filePath(u"back.claimbench"_s)))
        return 1;
    return 0;
}
