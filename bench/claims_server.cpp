#include "claims_server.h"

#include "core/store/postgresdialect.h"
#include "core/store/project.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Claimbench::Bench {
namespace {

const QString kDatabase = u"claimbench_bench_claims"_s;

// The names and words bench_claims' SQLite generator uses, as SQL literals.
constexpr QStringView kMetricRows = u"('Drones launched', 'drones launched', 'drones'), "
                                    "('Drones shot down', 'drones shot down', 'drones'), "
                                    "('Russian casualties', 'russian casualties', 'troops'), "
                                    "('Ukrainian casualties', 'ukrainian casualties', 'troops'), "
                                    "('Refugees', 'refugees', 'people'), ('Inflation rate', 'inflation rate', '%')";
constexpr QStringView kUnits = u"ARRAY['drones', 'drones', 'troops', 'troops', 'people', '%']";
constexpr QStringView kClaimants = u"Ukrainian Air Force,Russian MoD,UK Defence Ministry,General Staff,UNHCR,"
                                   "CSIS,ISW,Mediazona,Kremlin,Pentagon";
constexpr QStringView kTags = u"Air war,Losses,Displacement,Economy,Disputed";
constexpr QStringView kWords = u"ARRAY['drones', 'launched', 'shot', 'down', 'troops', 'killed', 'wounded', "
                               "'refugees', 'fled', 'missiles', 'overnight', 'according', 'estimate', "
                               "'officials', 'region', 'approximately', 'more', 'than', 'at', 'least']";

// One row per line of `csv`, e.g. "('UNHCR', 'unhcr')" for a name and its key.
QString nameRows(QStringView csv, bool withKey)
{
    QStringList rows;
    int position = 0;
    for (const QStringView name : csv.split(u',')) {
        const QString quoted = u"'"_s + name + u"'"_s;
        rows << (withKey ? u"("_s + quoted + u", "_s + quoted.toLower() + u")"_s
                         : u"("_s + quoted + u", '#3366cc', "_s + QString::number(position++) + u")"_s);
    }
    return rows.join(u", "_s);
}

// The claims with the SQLite generator's shares: a range on one claim in 10,
// "approximately" on one in 4, no claimant on one in 20, no as-of date on one
// in 8, a note on one in 50, no tag on one in 3; six random words per quote.
QString claimsInsert(int count)
{
    QStringList quote;
    for (int w = 0; w < 6; ++w)
        quote << u"("_s + kWords + u")[1 + floor(random() * 20)::int]"_s;
    return u"INSERT INTO claims (article_id, start_offset, end_offset, quote, value, low, high, unit, qualifier, "
           "metric_id, claimant_id, as_of, as_of_precision, status, note, tag_id, created, updated) "
           "SELECT 1 + floor(random() * 4000)::int, o, o + 20, v::text || ' ' || "_s
        + quote.join(u" || ' ' || "_s)
        + u", v, CASE WHEN i % 10 = 0 THEN v * 0.9 END, CASE WHEN i % 10 = 0 THEN v * 1.1 END, ("_s + kUnits
        + u")[m], CASE WHEN i % 4 = 0 THEN 'approximately' END, m, "
          "CASE WHEN i % 20 <> 0 THEN 1 + floor(random() * 10)::int END, "
          "CASE WHEN i % 8 <> 0 THEN to_char(date '2023-01-01' + floor(random() * 730)::int, 'YYYY-MM-DD') END, "
          "CASE WHEN i % 8 = 0 THEN 0 ELSE 3 END, floor(random() * 4)::int, "
          "CASE WHEN i % 50 = 0 THEN 'checked against satellite images' ELSE '' END, "
          "CASE WHEN i % 3 <> 0 THEN 1 + floor(random() * 5)::int END, "
          "'2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z' "
          "FROM (SELECT i, 1 + floor(random() * 6)::int AS m, floor(random() * 4000)::int AS o, "
          "round(random() * 100000) AS v FROM generate_series(0, "_s
        + QString::number(count - 1) + u") i) g"_s;
}

std::unexpected<Error> failed(const QString &what, const QSqlError &error)
{
    return makeError(Error::Code::Database, what, error.text());
}

Result<void> execAll(const QSqlDatabase &db, const QStringList &statements)
{
    QSqlQuery query(db);
    for (const QString &sql : statements)
        if (!query.exec(sql))
            return failed(sql.left(200), query.lastError());
    return {};
}

// A superuser's own connection, named `name`, to `address`; removed by the caller.
Result<QSqlDatabase> connect(const QString &name, const ServerAddress &address)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(PostgresDialect::kDriverName.toString(), name);
    PostgresDialect::setServer(db, address);
    if (!db.open())
        return failed(u"connect to "_s + address.toString(), db.lastError());
    return db;
}

// Fills the empty project: triggers off for the session (the full-text rows
// and the change notices), the claims' secondary indexes and the claims'
// full-text index dropped during the inserts and built once after them from
// their own definitions, as the SQLite generator does.
Result<void> fill(const QSqlDatabase &db, int count)
{
    QSqlQuery query(db);
    QStringList drops;
    QStringList rebuilds;
    if (!query.exec(u"SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('claims', 'claims_fts') "
                    "AND indexdef NOT LIKE 'CREATE UNIQUE%'"_s))
        return failed(u"indexes"_s, query.lastError());
    while (query.next()) {
        drops << u"DROP INDEX "_s + query.value(0).toString();
        rebuilds << query.value(1).toString();
    }
    QStringList statements{u"SET session_replication_role = replica"_s, u"BEGIN"_s};
    statements += drops;
    statements += {
        u"SELECT setseed(0.20240601)"_s,
        u"INSERT INTO metrics (name, name_key, unit) VALUES "_s + kMetricRows,
        u"INSERT INTO claimants (name, name_key) VALUES "_s + nameRows(kClaimants, true),
        u"INSERT INTO tags (name, color, position) VALUES "_s + nameRows(kTags, false),
        u"INSERT INTO articles (title, outlet, url, published, published_precision, body, content_hash, "
        "imported_at) SELECT 'Article ' || floor(random() * 100000)::int || ' on the war', 'Outlet ' || i % 40, "
        "'https://news.example/' || i, to_char(date '2023-01-01' + floor(random() * 730)::int, 'YYYY-MM-DD'), "
        "3, 'Body of article ' || i || '.', i::text, '2025-01-01T00:00:00.000Z' FROM generate_series(0, 3999) i"_s,
        u"INSERT INTO articles_fts (id, fts) SELECT id, claimbench_vector(title, body) FROM articles"_s,
        claimsInsert(count),
        u"INSERT INTO claims_fts (id, fts) SELECT id, claimbench_vector(quote, note) FROM claims"_s,
    };
    statements += rebuilds;
    statements += {u"COMMIT"_s, u"RESET session_replication_role"_s, u"VACUUM ANALYZE"_s};
    return execAll(db, statements);
}

} // namespace

Result<ServerAddress> emptyServerDatabase(const QString &adminUrl, const QString &name)
{
    Result<ServerAddress> admin = ServerAddress::parse(adminUrl);
    if (!admin)
        return std::unexpected(admin.error());
    Result<void> created;
    {
        Result<QSqlDatabase> db = connect(u"bench_server_admin"_s, *admin);
        created = db ? execAll(*db, {u"DROP DATABASE IF EXISTS "_s + name, u"CREATE DATABASE "_s + name})
                     : std::unexpected(db.error());
        if (db)
            db->close();
    }
    QSqlDatabase::removeDatabase(u"bench_server_admin"_s);
    if (!created)
        return std::unexpected(created.error());
    ServerAddress address = *admin;
    address.database = name;
    return address;
}

Result<ServerAddress> serverClaimsProject(const QString &adminUrl, int count)
{
    Result<ServerAddress> admin = ServerAddress::parse(adminUrl);
    if (!admin)
        return std::unexpected(admin.error());
    ServerAddress address = *admin;
    address.database = kDatabase;
    {
        bool reuse = false;
        if (Result<QSqlDatabase> existing = connect(u"bench_claims_probe"_s, address)) {
            {
                QSqlQuery query(*existing);
                reuse = query.exec(u"SELECT COUNT(*) FROM claims"_s) && query.next()
                    && query.value(0).toInt() == count;
            }
            existing->close();
        }
        QSqlDatabase::removeDatabase(u"bench_claims_probe"_s);
        if (reuse) {
            // Upgraded here, if a newer schema asks for it, so that the
            // timed open measures an open and not an index build.
            if (auto upgraded = Project::open(address); !upgraded)
                return std::unexpected(upgraded.error());
            return address;
        }
    }
    if (Result<ServerAddress> empty = emptyServerDatabase(adminUrl, kDatabase); !empty)
        return std::unexpected(empty.error());
    if (auto project = Project::open(address, Project::OpenMode::CreateIfMissing); !project)
        return std::unexpected(project.error());
    QElapsedTimer timer;
    timer.start();
    Result<void> filled;
    {
        Result<QSqlDatabase> db = connect(u"bench_claims_fill"_s, address);
        filled = db ? fill(*db, count) : std::unexpected(db.error());
        if (db)
            db->close();
    }
    QSqlDatabase::removeDatabase(u"bench_claims_fill"_s);
    if (!filled)
        return std::unexpected(filled.error());
    std::printf("generate on the server (INSERT ... SELECT generate_series, then indexes and tsvectors, "
                "VACUUM ANALYZE): %.1f s\n",
                double(timer.elapsed()) / 1000);
    return address;
}

} // namespace Claimbench::Bench
