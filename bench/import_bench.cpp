// Import throughput of the store against a hand-written sqlite3 baseline.
//
// Generates N articles of ~5 KB of English-like text, then stores them
//   1. through ArticleRepository::addAll in batches (the store path),
//   2. with the raw sqlite3 C API into a file with the very same schema
//      (created by Project::open, so FTS5 table, triggers and indexes match)
//      and the same connection settings (the baseline),
//   3. through ArticleImporter from .txt files in a temporary folder (the
//      whole import path: reading, decoding, duplicate checks, batching).
// Prints articles/s for each and the store/baseline time ratio.
//
// The store and the baseline alternate for several rounds and the best round
// of each counts: the machine is shared, and alternation keeps one side from
// always running while the kernel still writes back the other's pages.
//
// With --server ADMIN_URL, each round also stores the rows through the same
// ArticleRepository::addAll into a new project on that PostgreSQL server
// (over its Unix socket when the URL names one), beside the file.
//
//   bench_import [--count N] [--batch B] [--rounds R] [--no-importer] [--server ADMIN_URL]

#include "claims_server.h"
#include "core/import/articleimporter.h"
#include "core/store/project.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>
#include <ctime>
#include <limits>
#include <memory>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

// Wall time, and the CPU time of this process: the machine is shared, so
// the CPU figure is the steadier one when other jobs compete for the cores.
struct Timing
{
    double wall = -1;
    double cpu = -1;
    bool ok() const { return wall > 0; }
};

double processCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

class Stopwatch
{
public:
    Stopwatch()
        : m_cpu(processCpuSeconds())
    {
        m_wall.start();
    }
    Timing elapsed() const { return {double(m_wall.nsecsElapsed()) / 1e9, processCpuSeconds() - m_cpu}; }

private:
    QElapsedTimer m_wall;
    double m_cpu;
};

struct Options
{
    int count = 20000;
    int batch = 500;
    int rounds = 3;
    bool importer = true;
    QString server; // a superuser's postgresql:// URL, or empty
};

// Words weighted towards what news text repeats, with figures mixed in.
constexpr std::array kWords{
    u"the", u"of", u"and", u"to", u"in", u"a", u"said", u"on", u"that", u"for", u"was", u"with",
    u"by", u"as", u"at", u"from", u"his", u"were", u"it", u"an", u"are", u"have", u"has", u"had",
    u"not", u"but", u"this", u"more", u"than", u"about", u"approximately", u"least", u"troops",
    u"drones", u"killed", u"wounded", u"ministry", u"defence", u"general", u"staff", u"forces",
    u"army", u"region", u"city", u"attack", u"missiles", u"launched", u"intercepted", u"night",
    u"officials", u"report", u"estimate", u"according", u"statement", u"spokesperson", u"claimed",
    u"casualties", u"civilians", u"children", u"injured", u"buildings", u"damaged", u"energy",
    u"infrastructure", u"frontline", u"offensive", u"kilometers", u"miles", u"village", u"border",
    u"inflation", u"percent", u"rate", u"bank", u"prices", u"refugees", u"million", u"thousand",
    u"government", u"president", u"minister", u"analysts", u"intelligence", u"weapons", u"aid",
    u"billion", u"dollars", u"week", u"month", u"year", u"Thursday", u"February", u"October",
    u"Ukraine", u"Russia", u"Kyiv", u"Moscow", u"Kharkiv", u"Donetsk", u"Crimea", u"NATO",
    u"western", u"eastern", u"southern", u"northern", u"military", u"equipment", u"tanks",
    u"artillery", u"systems", u"shelling", u"strikes", u"overnight", u"early", u"later", u"since",
    u"figure", u"data", u"independent", u"verified", u"could", u"would", u"may", u"also", u"which",
};

QString sentence(QRandomGenerator &rng)
{
    const int words = 8 + int(rng.bounded(14));
    QString text;
    text.reserve(words * 8);
    for (int i = 0; i < words; ++i) {
        if (i > 0)
            text += u' ';
        if (rng.bounded(12) == 0)
            text += QString::number(rng.bounded(100000));
        else
            text += kWords[rng.bounded(int(kWords.size()))];
    }
    text[0] = text[0].toUpper();
    return text + u'.';
}

QList<Article> generate(int count)
{
    QRandomGenerator rng(20240601);
    QList<Article> articles;
    articles.reserve(count);
    for (int n = 0; n < count; ++n) {
        Article a;
        a.title = sentence(rng).chopped(1);
        a.outlet = u"Outlet %1"_s.arg(rng.bounded(40));
        a.url = u"https://news.example.org/%1"_s.arg(n);
        a.author = u"Author %1"_s.arg(rng.bounded(300));
        a.published = PartialDate::day(2022 + int(rng.bounded(4)), 1 + int(rng.bounded(12)),
                                       1 + int(rng.bounded(28)));
        a.language = u"en"_s;
        QString body;
        body.reserve(5400);
        while (body.size() < 5000)
            body += sentence(rng) + (rng.bounded(5) == 0 ? u"\n\n"_s : u" "_s);
        a.body = body;
        // Hashing belongs to the importer, before it asks the store; both
        // timed paths receive the same finished rows.
        a.contentHash = ArticleRepository::contentHashOf(a.body);
        articles.append(a);
    }
    return articles;
}

Timing storeTiming(const QString &path, const QList<Article> &articles, int batch)
{
    auto project = Project::open(path, Project::OpenMode::CreateIfMissing);
    if (!project) {
        std::fprintf(stderr, "store: %s\n", qPrintable(project.error().toString()));
        return {};
    }
    ArticleRepository repository = (*project)->articles();
    const Stopwatch timer;
    for (qsizetype from = 0; from < articles.size(); from += batch) {
        QList<Article> chunk = articles.mid(from, batch);
        if (auto ok = repository.addAll(chunk); !ok) {
            std::fprintf(stderr, "store: %s\n", qPrintable(ok.error().toString()));
            return {};
        }
    }
    return timer.elapsed();
}

bool check(int rc, sqlite3 *db, const char *what)
{
    if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    std::fprintf(stderr, "raw sqlite3: %s: %s\n", what, sqlite3_errmsg(db));
    return false;
}

void bindText(sqlite3_stmt *stmt, int index, const QString &text)
{
    sqlite3_bind_text16(stmt, index, text.utf16(), int(text.size() * sizeof(QChar)), SQLITE_STATIC);
}

Timing rawTiming(const QString &path, const QList<Article> &articles, int batch)
{
    // The schema comes from the store itself, so both sides index the same.
    if (!Project::open(path, Project::OpenMode::CreateIfMissing))
        return {};
    sqlite3 *db = nullptr;
    // NOMUTEX like Qt's driver: one connection, one thread.
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK)
        return {};
    std::unique_ptr<sqlite3, decltype(&sqlite3_close)> closer(db, &sqlite3_close);
    if (!check(sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; "
                                "PRAGMA synchronous=NORMAL; PRAGMA cache_size=-16384; "
                                "PRAGMA busy_timeout=5000;",
                            nullptr, nullptr, nullptr),
               db, "pragmas"))
        return {};
    sqlite3_stmt *insert = nullptr;
    if (!check(sqlite3_prepare_v2(db,
                                  "INSERT INTO articles (title, outlet, url, author, published, "
                                  "published_precision, language, body, source_path, content_hash, "
                                  "imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                  -1, &insert, nullptr),
               db, "prepare"))
        return {};
    std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> finalizer(insert, &sqlite3_finalize);

    const Stopwatch timer;
    for (qsizetype from = 0; from < articles.size(); from += batch) {
        if (!check(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), db, "begin"))
            return {};
        const QString importedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        for (qsizetype i = from; i < qMin(from + batch, articles.size()); ++i) {
            const Article &a = articles[i];
            const QString published = a.published.date().toString(Qt::ISODate);
            const QString hash = QString::fromLatin1(a.contentHash.toHex());
            bindText(insert, 1, a.title);
            bindText(insert, 2, a.outlet);
            bindText(insert, 3, a.url);
            bindText(insert, 4, a.author);
            bindText(insert, 5, published);
            sqlite3_bind_int(insert, 6, int(a.published.precision()));
            bindText(insert, 7, a.language);
            bindText(insert, 8, a.body);
            bindText(insert, 9, a.sourcePath);
            bindText(insert, 10, hash);
            bindText(insert, 11, importedAt);
            if (!check(sqlite3_step(insert), db, "insert"))
                return {};
            sqlite3_reset(insert);
        }
        if (!check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db, "commit"))
            return {};
    }
    return timer.elapsed();
}

Timing importerTiming(const QString &folder, const QString &path, const QList<Article> &articles)
{
    QDir().mkpath(folder);
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const Article &a = articles[i];
        QFile file(folder + u"/%1.txt"_s.arg(qlonglong(i), 6, 10, QChar(u'0')));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write((u"Title: "_s + a.title + u"\nOutlet: "_s + a.outlet + u"\nURL: "_s + a.url
                    + u"\nPublished: "_s + a.published.toIso() + u"\nLanguage: en\n\n"_s + a.body)
                       .toUtf8());
    }
    auto project = Project::open(path, Project::OpenMode::CreateIfMissing);
    if (!project)
        return {};
    ArticleImporter importer(*project);
    const Stopwatch timer;
    const QList<ImportOutcome> outcomes = importer.importAll({folder});
    const Timing timing = timer.elapsed();
    const auto imported = std::count_if(outcomes.cbegin(), outcomes.cend(), [](const ImportOutcome &o) {
        return o.status == ImportOutcome::Status::Imported;
    });
    if (imported != articles.size()) {
        std::fprintf(stderr, "importer: %lld of %lld imported (first outcome: %s)\n",
                     qlonglong(imported), qlonglong(articles.size()),
                     outcomes.isEmpty() ? "none" : qPrintable(outcomes.first().describe()));
        return {};
    }
    return timing;
}

void report(const char *name, int count, Timing t)
{
    std::printf("%-36s wall %7.2f s %7.0f articles/s | cpu %7.2f s %7.0f articles/s\n", name, t.wall,
                count / t.wall, t.cpu, count / t.cpu);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Options options;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--count" && i + 1 < args.size())
            options.count = args[++i].toInt();
        else if (args[i] == u"--batch" && i + 1 < args.size())
            options.batch = args[++i].toInt();
        else if (args[i] == u"--rounds" && i + 1 < args.size())
            options.rounds = args[++i].toInt();
        else if (args[i] == u"--no-importer")
            options.importer = false;
        else if (args[i] == u"--server" && i + 1 < args.size())
            options.server = args[++i];
        else {
            std::fprintf(stderr, "usage: bench_import [--count N] [--batch B] [--rounds R] [--no-importer] "
                                 "[--server ADMIN_URL]\n");
            return 1;
        }
    }
    if (options.count <= 0 || options.batch <= 0 || options.rounds <= 0) {
        std::fprintf(stderr, "bench_import: --count, --batch and --rounds must be positive\n");
        return 1;
    }
    QTemporaryDir dir;
    const QList<Article> articles = generate(options.count);
    qint64 bytes = 0;
    for (const Article &a : articles)
        bytes += a.body.toUtf8().size();
    std::printf("%d articles, %.1f KB of body text each on average, batches of %d, best of %d "
                "rounds, SQLite %s\n",
                options.count, bytes / 1024.0 / options.count, options.batch, options.rounds,
                sqlite3_libversion());

    constexpr double infinity = std::numeric_limits<double>::infinity();
    Timing raw{infinity, infinity};
    Timing store{infinity, infinity};
    Timing server{infinity, infinity};
    for (int round = 0; round < options.rounds; ++round) {
        const QString rawPath = dir.filePath(u"raw%1.claimbench"_s.arg(round));
        const QString storePath = dir.filePath(u"store%1.claimbench"_s.arg(round));
        Timing r;
        Timing s;
        if (round % 2 == 0) {
            r = rawTiming(rawPath, articles, options.batch);
            s = storeTiming(storePath, articles, options.batch);
        } else {
            s = storeTiming(storePath, articles, options.batch);
            r = rawTiming(rawPath, articles, options.batch);
        }
        if (!r.ok() || !s.ok())
            return 2;
        std::printf("  round %d: raw wall %.2f s cpu %.2f s, store wall %.2f s cpu %.2f s", round + 1,
                    r.wall, r.cpu, s.wall, s.cpu);
        if (!options.server.isEmpty()) {
            const Result<ServerAddress> address =
                Bench::emptyServerDatabase(options.server, u"claimbench_bench_import"_s);
            if (!address) {
                std::fprintf(stderr, "server: %s\n", qPrintable(address.error().toString()));
                return 2;
            }
            const Timing t = storeTiming(address->toString(), articles, options.batch);
            if (!t.ok())
                return 2;
            std::printf(", server store wall %.2f s cpu %.2f s", t.wall, t.cpu);
            server = {std::min(server.wall, t.wall), std::min(server.cpu, t.cpu)};
        }
        std::printf("\n");
        std::fflush(stdout);
        raw = {std::min(raw.wall, r.wall), std::min(raw.cpu, r.cpu)};
        store = {std::min(store.wall, s.wall), std::min(store.cpu, s.cpu)};
        QFile::remove(rawPath);
        QFile::remove(storePath);
    }
    report("raw sqlite3 baseline", options.count, raw);
    report("ArticleRepository::addAll", options.count, store);
    std::printf("store/baseline ratio: wall %.3f, cpu %.3f (target <= 1.3)\n", store.wall / raw.wall,
                store.cpu / raw.cpu);
    if (!options.server.isEmpty()) {
        // The client's CPU only: the server's own work runs in its processes.
        report("addAll into a server project", options.count, server);
        std::printf("server/file store ratio: wall %.3f (target <= 2)\n", server.wall / store.wall);
    }
    std::fflush(stdout);
    if (options.importer) {
        const Timing imported = importerTiming(dir.filePath(u"files"_s),
                                               dir.filePath(u"importer.claimbench"_s), articles);
        if (!imported.ok())
            return 2;
        report("ArticleImporter::importAll (files)", options.count, imported);
    }
    return 0;
}
