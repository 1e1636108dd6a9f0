// The claims table at 1,000,000 claims against a plain sqlite3 baseline.
//
// Generates a project (schema from Project::open, so every index, FTS table
// and trigger is the real one) with N claims over several metrics, claimants,
// tags, a few thousand articles and two years of as-of dates, by raw sqlite3
// inserts in one transaction (its time is printed too). Then, in the same run,
// for each table operation: the time through ClaimsTableModel (what the GUI
// does: a COUNT and the first page of 200 rows) beside a hand-written sqlite3
// C-API query of the same rows (its first page and COUNT), and the plan SQLite
// chose for the model's statement. Last, the process's peak and current RSS.
//
// With --server, the same operations through the same model on the same
// claims on a PostgreSQL server in the same run (claims_server.h builds the
// server's project by set-based SQL), beside the file's figures.
//
//   bench_claims [--count N] [--keep FILE] [--server ADMIN_URL]
//     FILE: reuse or keep the project; ADMIN_URL: a superuser's
//     postgresql:// URL (scripts/pg-cluster.sh start DIR prints one)

#include "claims_server.h"
#include "core/commands/projectsession.h"
#include "core/models/claimstablemodel.h"
#include "core/store/claimquery.h"
#include "core/store/project.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

using SqliteHandle = std::unique_ptr<sqlite3, decltype(&sqlite3_close)>;
using Statement = std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)>;

constexpr int kArticles = 4000;
const QStringList kMetrics{u"Drones launched"_s,    u"Drones shot down"_s, u"Russian casualties"_s,
                           u"Ukrainian casualties"_s, u"Refugees"_s,        u"Inflation rate"_s};
const QStringList kUnits{u"drones"_s, u"drones"_s, u"troops"_s, u"troops"_s, u"people"_s, u"%"_s};
const QStringList kClaimants{u"Ukrainian Air Force"_s, u"Russian MoD"_s,     u"UK Defence Ministry"_s,
                             u"General Staff"_s,       u"UNHCR"_s,           u"CSIS"_s,
                             u"ISW"_s,                 u"Mediazona"_s,       u"Kremlin"_s,
                             u"Pentagon"_s};
const QStringList kTags{u"Air war"_s, u"Losses"_s, u"Displacement"_s, u"Economy"_s, u"Disputed"_s};
const QStringList kWords{u"drones"_s,   u"launched"_s, u"shot"_s,     u"down"_s,    u"troops"_s,
                         u"killed"_s,   u"wounded"_s,  u"refugees"_s, u"fled"_s,    u"missiles"_s,
                         u"overnight"_s, u"according"_s, u"estimate"_s, u"officials"_s, u"region"_s,
                         u"approximately"_s, u"more"_s, u"than"_s, u"at"_s, u"least"_s};

bool ok(int rc, sqlite3 *db, const char *what)
{
    if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    std::fprintf(stderr, "sqlite3: %s: %s\n", what, sqlite3_errmsg(db));
    return false;
}

Statement prepare(sqlite3 *db, const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (!ok(sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &stmt, nullptr), db, utf8.constData()))
        return {nullptr, &sqlite3_finalize};
    return {stmt, &sqlite3_finalize};
}

void bindText(sqlite3_stmt *stmt, int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

SqliteHandle openRaw(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    SqliteHandle handle(db, &sqlite3_close);
    ok(sqlite3_exec(db, "PRAGMA cache_size=-16384", nullptr, nullptr, nullptr), db, "pragma");
    return handle;
}

// Fills an empty project with `count` claims; false on any SQLite error.
bool generate(const QString &path, int count)
{
    SqliteHandle handle = openRaw(path);
    sqlite3 *db = handle.get();
    if (!ok(sqlite3_exec(db, "PRAGMA journal_mode=WAL; BEGIN IMMEDIATE", nullptr, nullptr, nullptr), db, "begin"))
        return false;
    // Bulk loading: the claims' indexes and FTS triggers are set aside and
    // built once at the end (the schema's own SQL, from sqlite_master), which is
    // far faster than maintaining twelve indexes and the FTS index per row.
    QStringList deferred;
    {
        Statement schema = prepare(db, u"SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'claims' "
                                        "AND type IN ('index', 'trigger') AND sql IS NOT NULL"_s);
        QStringList drops;
        while (schema && sqlite3_step(schema.get()) == SQLITE_ROW) {
            const auto text = [&](int column) {
                return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(schema.get(), column)));
            };
            drops << u"DROP "_s + text(0) + u' ' + text(1);
            deferred << text(2);
        }
        for (const QString &drop : std::as_const(drops))
            if (!ok(sqlite3_exec(db, drop.toUtf8().constData(), nullptr, nullptr, nullptr), db, "drop"))
                return false;
    }
    deferred << u"INSERT INTO claims_fts(claims_fts) VALUES ('rebuild')"_s;
    QRandomGenerator random(20240601);
    const auto exec = [&](const QString &sql, const std::function<void(sqlite3_stmt *, int)> &bindRow, int rows) {
        Statement stmt = prepare(db, sql);
        if (!stmt)
            return false;
        for (int i = 0; i < rows; ++i) {
            bindRow(stmt.get(), i);
            if (!ok(sqlite3_step(stmt.get()), db, "insert"))
                return false;
            sqlite3_reset(stmt.get());
        }
        return true;
    };
    const QDate start(2023, 1, 1);
    const bool filled =
        exec(u"INSERT INTO metrics (name, name_key, unit) VALUES (?, ?, ?)"_s,
             [&](sqlite3_stmt *s, int i) {
                 bindText(s, 1, kMetrics[i]);
                 bindText(s, 2, kMetrics[i].toLower());
                 bindText(s, 3, kUnits[i]);
             },
             int(kMetrics.size()))
        && exec(u"INSERT INTO claimants (name, name_key) VALUES (?, ?)"_s,
                [&](sqlite3_stmt *s, int i) {
                    bindText(s, 1, kClaimants[i]);
                    bindText(s, 2, kClaimants[i].toLower());
                },
                int(kClaimants.size()))
        && exec(u"INSERT INTO tags (name, color, position) VALUES (?, '#3366cc', ?)"_s,
                [&](sqlite3_stmt *s, int i) {
                    bindText(s, 1, kTags[i]);
                    sqlite3_bind_int(s, 2, i);
                },
                int(kTags.size()))
        && exec(u"INSERT INTO articles (title, outlet, url, published, published_precision, body, "
                "content_hash, imported_at) VALUES (?, ?, ?, ?, 3, ?, ?, '2025-01-01T00:00:00.000Z')"_s,
                [&](sqlite3_stmt *s, int i) {
                    bindText(s, 1, u"Article %1 on the war"_s.arg(random.bounded(100000)));
                    bindText(s, 2, u"Outlet %1"_s.arg(i % 40));
                    bindText(s, 3, u"https://news.example/%1"_s.arg(i));
                    bindText(s, 4, start.addDays(random.bounded(730)).toString(Qt::ISODate));
                    bindText(s, 5, u"Body of article %1."_s.arg(i));
                    bindText(s, 6, QString::number(i));
                },
                kArticles)
        && exec(u"INSERT INTO claims (article_id, start_offset, end_offset, quote, value, low, high, unit, "
                "qualifier, metric_id, claimant_id, as_of, as_of_precision, status, note, tag_id, created, "
                "updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "'2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')"_s,
                [&](sqlite3_stmt *s, int i) {
                    const int metric = random.bounded(int(kMetrics.size()));
                    const int offset = random.bounded(4000);
                    QStringList quote;
                    for (int w = 0; w < 6; ++w)
                        quote << kWords[random.bounded(int(kWords.size()))];
                    const double value = std::round(random.bounded(100000.0));
                    sqlite3_bind_int(s, 1, 1 + random.bounded(kArticles));
                    sqlite3_bind_int(s, 2, offset);
                    sqlite3_bind_int(s, 3, offset + 20);
                    bindText(s, 4, QString::number(value) + u' ' + quote.join(u' '));
                    sqlite3_bind_double(s, 5, value);
                    if (i % 10 == 0) {
                        sqlite3_bind_double(s, 6, value * 0.9);
                        sqlite3_bind_double(s, 7, value * 1.1);
                    } else {
                        sqlite3_bind_null(s, 6);
                        sqlite3_bind_null(s, 7);
                    }
                    bindText(s, 8, kUnits[metric]);
                    if (i % 4 == 0)
                        bindText(s, 9, u"approximately"_s);
                    else
                        sqlite3_bind_null(s, 9);
                    sqlite3_bind_int(s, 10, metric + 1);
                    if (i % 20 == 0)
                        sqlite3_bind_null(s, 11);
                    else
                        sqlite3_bind_int(s, 11, 1 + random.bounded(int(kClaimants.size())));
                    if (i % 8 == 0) {
                        sqlite3_bind_null(s, 12);
                        sqlite3_bind_int(s, 13, 0);
                    } else {
                        bindText(s, 12, start.addDays(random.bounded(730)).toString(Qt::ISODate));
                        sqlite3_bind_int(s, 13, 3);
                    }
                    sqlite3_bind_int(s, 14, random.bounded(4));
                    bindText(s, 15, i % 50 == 0 ? u"checked against satellite images"_s : QString());
                    if (i % 3 == 0)
                        sqlite3_bind_null(s, 16);
                    else
                        sqlite3_bind_int(s, 16, 1 + random.bounded(int(kTags.size())));
                },
                count);
    if (!filled)
        return false;
    for (const QString &sql : std::as_const(deferred))
        if (!ok(sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, nullptr), db, "deferred schema"))
            return false;
    return ok(sqlite3_exec(db, "COMMIT; ANALYZE", nullptr, nullptr, nullptr), db, "commit");
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// The baseline: the first 200 rows of `sql` (the same columns and joins the
// model reads) and COUNT(*) over `where`, by the raw C API.
double baseline(sqlite3 *db, const QString &orderBy, const QString &where, const QString &textMatch = {})
{
    QElapsedTimer timer;
    timer.start();
    const QString from = u" FROM claims c JOIN articles a ON a.id = c.article_id "
                         "LEFT JOIN metrics m ON m.id = c.metric_id LEFT JOIN claimants cl ON cl.id = c.claimant_id "
                         "LEFT JOIN tags t ON t.id = c.tag_id"_s;
    Statement rows = prepare(db, u"SELECT c.id, c.quote, c.value, c.low, c.high, c.unit, c.qualifier, c.as_of, "
                                 "c.status, c.note, a.title, a.url, a.outlet, a.published, m.name, cl.name, t.name"_s
                                     + from + where + u" ORDER BY "_s + orderBy + u" LIMIT 200"_s);
    Statement count = prepare(db, u"SELECT COUNT(*) FROM claims c"_s + where);
    if (!rows || !count)
        return -1;
    if (!textMatch.isEmpty()) {
        bindText(rows.get(), 1, textMatch);
        bindText(count.get(), 1, textMatch);
    }
    int n = 0;
    while (sqlite3_step(rows.get()) == SQLITE_ROW) {
        ++n;
        (void)sqlite3_column_text(rows.get(), 1);
    }
    sqlite3_step(count.get());
    const double ms = msSince(timer);
    return n > 0 ? ms : -1;
}

long statusKb(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLong();
    return -1;
}

void printPlan(const char *engine, const ClaimsTableModel &model)
{
    const Result<QStringList> plan = model.query()->plan(model.filter(), model.currentSort());
    if (plan)
        std::printf("      %s plan: %s\n", engine, qPrintable(plan->join(u" | "_s)));
}

// The model's count, which comes after its first rows (ClaimCounter): the
// event loop runs until it does.
qint64 awaitCount(const ClaimsTableModel &model)
{
    while (model.totalCount() < 0)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    return model.totalCount();
}

// One open project and its claims table, as the GUI holds them.
struct Table
{
    std::shared_ptr<Project> project;
    std::unique_ptr<ProjectSession> session;
    std::unique_ptr<ClaimsTableModel> model;
    double openMs = 0;  // to the first rows
    double countMs = 0; // to the count beside them
};

// Opens `location` (a file or a postgresql:// URL) to its first rows: what
// the GUI does when a project opens.
Result<Table> openTable(const QString &location)
{
    QElapsedTimer timer;
    timer.start();
    auto project = Project::open(location);
    if (!project)
        return std::unexpected(project.error());
    Table table{.project = *project,
                .session = std::make_unique<ProjectSession>(*project),
                .model = std::make_unique<ClaimsTableModel>(),
                .openMs = 0,
                .countMs = 0};
    table.model->setSession(table.session.get());
    table.openMs = msSince(timer);
    awaitCount(*table.model);
    table.countMs = msSince(timer);
    if (table.model->rowCount() == 0)
        return makeError(Error::Code::NotFound, u"no rows in "_s + location);
    return table;
}

struct Case
{
    const char *name;
    int column;
    Qt::SortOrder order;
    ClaimFilter filter;
    QString baselineOrder;
    QString baselineWhere;
    QString baselineMatch;
};

QList<Case> tableCases()
{
    const QString textWhere = u" WHERE c.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)"_s;
    const QString numberWhere = u" WHERE c.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ? "
                                "UNION SELECT id FROM claims WHERE value = %1 UNION SELECT id FROM claims WHERE low = %1 "
                                "UNION SELECT id FROM claims WHERE high = %1)"_s;
    return {
        {"sort by value", ClaimsTableModel::ValueColumn, Qt::AscendingOrder, {}, u"c.value, c.id"_s, {}, {}},
        {"sort by value, descending", ClaimsTableModel::ValueColumn, Qt::DescendingOrder, {}, u"c.value DESC, c.id DESC"_s, {}, {}},
        {"sort by as-of date", ClaimsTableModel::AsOfColumn, Qt::AscendingOrder, {}, u"c.as_of, c.id"_s, {}, {}},
        {"sort by as-of date, descending", ClaimsTableModel::AsOfColumn, Qt::DescendingOrder, {}, u"c.as_of DESC, c.id DESC"_s, {}, {}},
        {"sort by published date", ClaimsTableModel::PublishedColumn, Qt::AscendingOrder, {}, u"a.published, a.id, c.start_offset, c.id"_s, {}, {}},
        {"sort by article title", ClaimsTableModel::ArticleColumn, Qt::AscendingOrder, {}, u"a.title, a.id, c.start_offset, c.id"_s, {}, {}},
        {"sort by metric name", ClaimsTableModel::MetricColumn, Qt::AscendingOrder, {}, u"m.name_key, c.id"_s, {}, {}},
        {"sort by claimant name", ClaimsTableModel::ClaimantColumn, Qt::AscendingOrder, {}, u"cl.name_key, c.id"_s, {}, {}},
        {"sort by quote", ClaimsTableModel::QuoteColumn, Qt::AscendingOrder, {}, u"c.quote, c.id"_s, {}, {}},
        {"filter by text \"satellite\"", -1, Qt::AscendingOrder, {.text = u"satellite"_s}, u"c.id"_s, textWhere, u"\"satellite\"*"_s},
        {"filter by text \"refugees fled\"", -1, Qt::AscendingOrder, {.text = u"refugees fled"_s}, u"c.id"_s, textWhere, u"\"refugees\" \"fled\"*"_s},
        // Typing a number: the text alone (as before issue 20) beside the text
        // or the value, low or high it reads as (readTypedNumber()).
        {"text \"700000\", words only", -1, Qt::AscendingOrder, {.text = u"700000"_s}, u"c.id"_s, textWhere,
         u"\"700000\"*"_s},
        {"text \"700000\" as a number", -1, Qt::AscendingOrder, {.text = u"700000"_s, .textNumber = 700000.0},
         u"c.id"_s, numberWhere.arg(700000), u"(\"700000\"*) OR (\"700 000\")"_s},
        {"text \"70,000\" as a number", -1, Qt::AscendingOrder, {.text = u"70,000"_s, .textNumber = 70000.0},
         u"c.id"_s, numberWhere.arg(70000), u"(\"70\" \"000\"*) OR (\"70 000\")"_s},
        {"value 500-600", -1, Qt::AscendingOrder, {.minValue = 500.0, .maxValue = 600.0}, u"c.id"_s,
         u" WHERE c.value >= 500 AND c.value <= 600"_s, {}},
        {"metric+value 500-600", -1, Qt::AscendingOrder, {.metricId = 3, .minValue = 500.0, .maxValue = 600.0},
         u"c.id"_s, u" WHERE c.metric_id = 3 AND c.value >= 500 AND c.value <= 600"_s, {}},
        {"metric+value 500-600, by value", ClaimsTableModel::ValueColumn, Qt::AscendingOrder,
         {.metricId = 3, .minValue = 500.0, .maxValue = 600.0}, u"c.value, c.id"_s,
         u" WHERE c.metric_id = 3 AND c.value >= 500 AND c.value <= 600"_s, {}},
        {"filter by metric+claimant", -1, Qt::AscendingOrder, {.metricId = 3, .claimantId = 2}, u"c.id"_s,
         u" WHERE c.metric_id = 3 AND c.claimant_id = 2"_s, {}},
        {"filter metric+claimant, by date", ClaimsTableModel::AsOfColumn, Qt::AscendingOrder, {.metricId = 3, .claimantId = 2},
         u"c.as_of, c.id"_s, u" WHERE c.metric_id = 3 AND c.claimant_id = 2"_s, {}},
        {"filter by as-of 2024-03", -1, Qt::AscendingOrder,
         {.from = PartialDate::month(2024, 3), .to = PartialDate::month(2024, 3)}, u"c.id"_s,
         u" WHERE c.as_of BETWEEN '2024-03-01' AND '2024-03-31'"_s, {}},
    };
}

// What a table operation costs the analyst: the time to the first rows the
// view shows, and to the count beside them (off the GUI thread).
struct Timing
{
    double firstRowsMs = 0;
    double countMs = 0;
    qint64 rows = 0;
};

// One operation through the model, then the model back to the unfiltered,
// unsorted table for the next one.
Timing timeCase(ClaimsTableModel &model, const Case &c)
{
    QElapsedTimer timer;
    timer.start();
    model.setFilter(c.filter);
    model.sort(c.column, c.order);
    Timing timing{.firstRowsMs = msSince(timer), .countMs = 0, .rows = 0};
    timing.rows = awaitCount(model);
    timing.countMs = msSince(timer);
    return timing;
}

void resetTable(ClaimsTableModel &model)
{
    model.setFilter({});
    model.sort(-1);
    awaitCount(model);
}

// Scrolling: 50 fetchMore() calls of 200 rows (keyset paging from the last
// row where the sort allows it), then the page at row count/2 by OFFSET and
// from the row before it.
void scrollAndDeepPage(const char *engine, ClaimsTableModel &model, int count)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 50 && model.canFetchMore({}); ++i)
        model.fetchMore({});
    std::printf("%-44s %10.1f  (%d rows fetched)\n", qPrintable(u"%1 scroll: 50 pages of 200"_s.arg(QLatin1StringView(engine))),
                msSince(timer), model.rowCount());
    for (const auto &[name, key] : {std::pair{"value", ClaimQuery::SortKey::Value},
                                    std::pair{"as-of date", ClaimQuery::SortKey::AsOf}}) {
        timer.restart();
        const auto deep = model.query()->page({}, {key, Qt::AscendingOrder}, count / 2, 200);
        std::printf("%-44s %10.1f  (%lld)\n",
                    qPrintable(u"%1 page at row count/2, by %2 (OFFSET)"_s.arg(QLatin1StringView(engine), QLatin1StringView(name))),
                    msSince(timer), deep ? qint64(deep->size()) : -1);
    }
    for (const auto &[name, key] : {std::pair{"value", ClaimQuery::SortKey::Value},
                                    std::pair{"as-of date", ClaimQuery::SortKey::AsOf}}) {
        // The row before, read untimed: fetchMore() has it at hand.
        const auto before = model.query()->page({}, {key, Qt::AscendingOrder}, count / 2 - 1, 1);
        const qint64 lastId = before && !before->isEmpty() ? before->constFirst().claim.id : 0;
        timer.restart();
        const auto deep = model.query()->pageAfter({}, {key, Qt::AscendingOrder}, lastId, count / 2, 200);
        std::printf("%-44s %10.1f  (%lld)\n",
                    qPrintable(u"%1 page at row count/2, by %2 (keyset)"_s.arg(QLatin1StringView(engine), QLatin1StringView(name))),
                    msSince(timer), deep ? qint64(deep->size()) : -1);
    }
    timer.restart();
    const auto unsorted = model.query()->page({}, {}, count / 2, 200);
    std::printf("%-44s %10.1f  (%lld)\n", qPrintable(u"%1 page at row count/2, unsorted (OFFSET)"_s.arg(QLatin1StringView(engine))),
                msSince(timer), unsorted ? qint64(unsorted->size()) : -1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = args.contains(u"--count"_s) ? args.value(args.indexOf(u"--count"_s) + 1).toInt() : 1000000;
    const QString keep = args.contains(u"--keep"_s) ? args.value(args.indexOf(u"--keep"_s) + 1) : QString();
    const QString serverUrl = args.contains(u"--server"_s) ? args.value(args.indexOf(u"--server"_s) + 1) : QString();

    QTemporaryDir dir;
    const QString path = keep.isEmpty() ? dir.filePath(u"claims.claimbench"_s) : keep;
    std::printf("bench_claims: %d claims, SQLite %s\n", count, sqlite3_libversion());
    if (!QFile::exists(path)) {
        {
            auto created = Project::open(path, Project::OpenMode::CreateIfMissing);
            if (!created) {
                std::fprintf(stderr, "%s\n", qPrintable(created.error().toString()));
                return 1;
            }
        }
        QElapsedTimer timer;
        timer.start();
        if (!generate(path, count))
            return 1;
        std::printf("generate (raw inserts, then indexes and FTS built, one transaction + ANALYZE): %.1f s, %.0f MB\n",
                    msSince(timer) / 1000, double(QFile(path).size()) / 1e6);
    }

    std::optional<ServerAddress> server;
    if (!serverUrl.isEmpty()) {
        Result<ServerAddress> address = Bench::serverClaimsProject(serverUrl, count);
        if (!address) {
            std::fprintf(stderr, "server: %s\n", qPrintable(address.error().toString()));
            return 1;
        }
        server = *address;
    }

    Result<Table> file = openTable(path);
    if (!file) {
        std::fprintf(stderr, "%s\n", qPrintable(file.error().toString()));
        return 1;
    }
    Result<Table> team = server ? openTable(server->toString()) : makeError(Error::Code::NotFound, QString());
    if (server && !team) {
        std::fprintf(stderr, "server: %s\n", qPrintable(team.error().toString()));
        return 1;
    }
    SqliteHandle raw = openRaw(path);
    ClaimsTableModel &model = *file->model;
    // Model and server ms: to the first rows the view shows; the count
    // beside them comes later, off the GUI thread ("counted after").
    std::printf("%-34s %10s %10s %10s  (%s)\n", "operation", "model ms", "sqlite3 ms", server ? "server ms" : "",
                server ? "rows, file / server; counted after ms, file / server" : "rows; counted after ms");
    const auto printRow = [&](const char *name, const Timing &file, double base, const Timing &team) {
        if (server)
            std::printf("%-34s %10.1f %10.1f %10.1f  (%lld / %lld; %.0f / %.0f)\n", name, file.firstRowsMs, base,
                        team.firstRowsMs, file.rows, team.rows, file.countMs, team.countMs);
        else
            std::printf("%-34s %10.1f %10.1f  (%lld; %.0f)\n", name, file.firstRowsMs, base, file.rows, file.countMs);
    };
    const auto printPlans = [&] {
        printPlan("file", model);
        if (server)
            printPlan("server", *team->model);
    };
    const auto opened = [](const Table &table) {
        return Timing{.firstRowsMs = table.openMs, .countMs = table.countMs, .rows = table.model->totalCount()};
    };
    printRow("open to first rows", opened(*file), baseline(raw.get(), u"c.id"_s, {}),
             server ? opened(*team) : Timing{});
    printPlans();

    for (const Case &c : tableCases()) {
        const Timing timing = timeCase(model, c);
        const Timing serverTiming = server ? timeCase(*team->model, c) : Timing{};
        const double base = baseline(raw.get(), c.baselineOrder, c.baselineWhere, c.baselineMatch);
        printRow(c.name, timing, base, serverTiming);
        printPlans();
        resetTable(model);
        if (server)
            resetTable(*team->model);
    }

    scrollAndDeepPage("file", model, count);
    if (server)
        scrollAndDeepPage("server", *team->model, count);

    std::printf("RSS: peak (VmHWM) %.0f MB, now (VmRSS) %.0f MB\n", double(statusKb("VmHWM:")) / 1024,
                double(statusKb("VmRSS:")) / 1024);
    return 0;
}
