#include "core/store/migrations.h"

#include "core/domain/quoteplacement.h"
#include "core/store/dialect.h"
#include "core/store/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlError>

#include <optional>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// This file's messages, in Migrations's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::Migrations)
};

} // namespace

namespace {

QString table(const Dialect &dialect, QStringView name, QStringView columns)
{
    return u"CREATE TABLE "_s + name + u" ("_s + dialect.idColumn() + u", "_s + columns + u')';
}

// Version 1: articles with full-text search, tags, metrics, claimants, claims.
QStringList version1Statements(const Dialect &dialect)
{
    QStringList ddl{
        table(dialect, u"articles",
              u"title TEXT NOT NULL, outlet TEXT NOT NULL DEFAULT '', url TEXT NOT NULL DEFAULT '', "
              "author TEXT NOT NULL DEFAULT '', published TEXT, "
              "published_precision INTEGER NOT NULL DEFAULT 0, language TEXT NOT NULL DEFAULT '', "
              "body TEXT NOT NULL, source_path TEXT NOT NULL DEFAULT '', "
              "content_hash TEXT NOT NULL, imported_at TEXT NOT NULL"),
        u"CREATE UNIQUE INDEX articles_content_hash ON articles(content_hash)"_s,
        u"CREATE INDEX articles_published ON articles(published)"_s,
        table(dialect, u"tags",
              u"parent_id INTEGER REFERENCES tags(id) ON DELETE RESTRICT, name TEXT NOT NULL, "
              "color TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL DEFAULT 0"),
        u"CREATE INDEX tags_parent ON tags(parent_id, position)"_s,
        table(dialect, u"metrics",
              u"name TEXT NOT NULL, name_key TEXT NOT NULL UNIQUE, unit TEXT NOT NULL DEFAULT '', "
              "description TEXT NOT NULL DEFAULT ''"),
        table(dialect, u"claimants", u"name TEXT NOT NULL, name_key TEXT NOT NULL UNIQUE"),
        // Deleting an article must never silently drop months of tagging:
        // RESTRICT, and ArticleRepository::remove() explains why it refuses.
        table(dialect, u"claims",
              u"article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE RESTRICT, "
              "start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, quote TEXT NOT NULL, "
              "value DOUBLE PRECISION, low DOUBLE PRECISION, high DOUBLE PRECISION, "
              "unit TEXT NOT NULL DEFAULT '', qualifier TEXT, "
              "metric_id INTEGER REFERENCES metrics(id) ON DELETE RESTRICT, "
              "claimant_id INTEGER REFERENCES claimants(id) ON DELETE RESTRICT, "
              "as_of TEXT, as_of_precision INTEGER NOT NULL DEFAULT 0, "
              "status INTEGER NOT NULL DEFAULT 0, note TEXT NOT NULL DEFAULT '', "
              "tag_id INTEGER REFERENCES tags(id) ON DELETE RESTRICT, "
              "created TEXT NOT NULL, updated TEXT NOT NULL"),
        u"CREATE INDEX claims_article ON claims(article_id, start_offset)"_s,
    };
    ddl += dialect.fullTextSchema();
    return ddl;
}

// Version 2: claimant aliases ("UK Defense Ministry" for "UK Defence
// Ministry"), the text around each claim for re-anchoring, and the indexes the
// claims table needs at a million rows (sort/filter by value, date, status,
// tag; one chart series is metric + claimant ordered by date).
QStringList version2Statements(const Dialect &dialect)
{
    return {
        table(dialect, u"claimant_aliases",
              u"claimant_id INTEGER NOT NULL REFERENCES claimants(id) ON DELETE CASCADE, "
              "alias TEXT NOT NULL, alias_key TEXT NOT NULL UNIQUE"),
        u"CREATE INDEX claimant_aliases_claimant ON claimant_aliases(claimant_id)"_s,
        u"ALTER TABLE claims ADD COLUMN context_before TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE claims ADD COLUMN context_after TEXT NOT NULL DEFAULT ''"_s,
        u"CREATE INDEX claims_value ON claims(value)"_s,
        u"CREATE INDEX claims_as_of ON claims(as_of)"_s,
        u"CREATE INDEX claims_series ON claims(metric_id, claimant_id, as_of)"_s,
        u"CREATE INDEX claims_claimant ON claims(claimant_id)"_s,
        u"CREATE INDEX claims_status ON claims(status)"_s,
        u"CREATE INDEX claims_tag ON claims(tag_id)"_s,
    };
}

// Version 3: a claim whose quote could not be placed again after its
// article's text changed stays in the project as an orphan (offsets and quote
// as they were) for the analyst to place or delete; the program never deletes it.
QStringList version3Statements()
{
    return {
        u"ALTER TABLE claims ADD COLUMN orphaned INTEGER NOT NULL DEFAULT 0"_s,
    };
}

// Version 4: what the claims table needs to filter and sort 1,000,000 claims
// through indexes only (docs/performance.md): a full-text index over quote and
// note; an index for every claim column it sorts by; name indexes for the
// article, metric, claimant and tag columns, whose sorts walk the named table
// in order and each one's claims through the (foreign key, id) indexes.
QStringList version4Statements(const Dialect &dialect)
{
    QStringList ddl{
        u"CREATE INDEX claims_low ON claims(low)"_s,
        u"CREATE INDEX claims_high ON claims(high)"_s,
        u"CREATE INDEX claims_unit ON claims(unit)"_s,
        u"CREATE INDEX claims_qualifier ON claims(qualifier)"_s,
        u"CREATE INDEX claims_quote ON claims(quote)"_s,
        u"CREATE INDEX claims_metric ON claims(metric_id)"_s,
        // The date filter (as-of, else published) reads claims without an
        // as-of by their article from the index alone.
        u"CREATE INDEX claims_as_of_article ON claims(as_of, article_id)"_s,
        u"CREATE INDEX articles_title ON articles(title)"_s,
        u"CREATE INDEX articles_outlet ON articles(outlet)"_s,
        u"CREATE INDEX tags_name ON tags(name)"_s,
    };
    ddl += dialect.claimsFullTextSchema();
    return ddl;
}

// Version 5: a version on every claim, raised by each write of the row, so
// that an undo or redo writes only over the rows as its step left them and
// refuses when another program changed them since (ClaimChange::expected).
// Tags need none: each tag step writes one field and checks that field
// (TagRepository); metrics and claimants are only inserted and deleted. Plain
// ALTER TABLE: a server backend runs the same.
QStringList version5Statements()
{
    return {
        u"ALTER TABLE claims ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"_s,
    };
}

// Version 6: a chart's one statement (ClaimQuery::forEachChartPoint) read
// from one index alone, in the order of its condition (metric, then a value),
// so that it reads the index pages of one metric's claims instead of seeking
// each claim's row scattered across the table. Only readers gain from it, and
// they work without it (kOldestReadableSchemaVersion).
const QString kChartIndex = u"claims_chart"_s;

QStringList version6Statements()
{
    return {
        u"CREATE INDEX "_s + kChartIndex
            + u" ON claims(metric_id, value, as_of, as_of_precision, low, high, qualifier, status, unit, "
              "claimant_id, tag_id, article_id)"_s,
    };
}

// Version 7: articles read from a paged document (a PDF). One row per page
// (its body range, size in points and its runs packed in one blob, see
// PageStore), so that a 300-page report is 300 rows rather than a row per
// word; the claims table finds a claim's page through the (article,
// start_offset) index, which also covers the page's end and number. The
// document's bytes sit in a table of their own, read only by the page view.
// Both go with their article (ON DELETE CASCADE). The claims table reads the
// new table, so readers need this version (kOldestReadableSchemaVersion).
QStringList version7Statements(const Dialect &dialect)
{
    const QString blob = dialect.blobType();
    const QString pageColumns = u"article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, "
                                "page INTEGER NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, "
                                "width DOUBLE PRECISION NOT NULL, height DOUBLE PRECISION NOT NULL, runs "_s
        + blob + u" NOT NULL"_s;
    const QString documentColumns =
        u"article_id INTEGER NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE, bytes "_s + blob
        + u" NOT NULL"_s;
    return {
        table(dialect, u"article_pages", pageColumns),
        u"CREATE INDEX article_pages_start ON article_pages(article_id, start_offset, end_offset, page)"_s,
        table(dialect, u"article_documents", documentColumns),
    };
}

// Version 8: several analysts at once. Every claim, tag, metric and
// claimant records who made it and who last wrote it (the server role, or
// for a file the operating system's user; '' for the rows written before),
// and tags, metrics and claimants get the row version claims have had since
// version 5 and the time of their last write, so that an edit, undo or redo
// refuses to write over a row another analyst changed since it was read,
// naming who and when. The claims table shows and sorts by who last wrote a
// claim through claims_changed_by. Readers select the new columns, so they
// need this version (kOldestReadableSchemaVersion). On a server, every
// committed write also notifies the other analysts' programs (ChangeFeed).
QStringList version8Statements(const Dialect &dialect)
{
    QStringList ddl;
    for (const QStringView table : {u"claims", u"tags", u"metrics", u"claimants"}) {
        const QString alter = u"ALTER TABLE "_s + table + u" ADD COLUMN "_s;
        ddl << alter + u"created_by TEXT NOT NULL DEFAULT ''"_s << alter + u"changed_by TEXT NOT NULL DEFAULT ''"_s;
        if (table != u"claims")
            ddl << alter + u"row_version INTEGER NOT NULL DEFAULT 1"_s << alter + u"updated TEXT NOT NULL DEFAULT ''"_s;
    }
    ddl << u"CREATE INDEX claims_changed_by ON claims(changed_by)"_s;
    ddl += dialect.changeNoticeSchema();
    return ddl;
}

// Version 9: the claims table's sorts walked through indexes that end in
// the id, the tiebreak of every ORDER BY (Dialect::sortIndexSchema), on a
// server; SQLite's indexes already end in the rowid, so a file's step is
// empty and only records the version. Only readers gain from it, and they
// work without it.
QStringList version9Statements(const Dialect &dialect)
{
    return dialect.sortIndexSchema();
}

// Version 10: a server's article index, folded in SQL until now, folded as
// a project file's (PostgresDialect::articleVector()); a file's step only
// records the version.
Result<void> reindexArticles(const QSqlDatabase &db)
{
    return Dialect::of(db).reindexArticles(db);
}

Result<void> analyzeChartIndex(const QSqlDatabase &db)
{
    return Dialect::of(db).analyzeNewIndex(db, kChartIndex);
}

// Claims made under version 1 get the context that version 2 keeps.
Result<void> backfillClaimContext(const QSqlDatabase &db)
{
    auto rows = Sql::run(db, u"SELECT c.id, c.start_offset, c.end_offset, a.body FROM claims c "
                             "JOIN articles a ON a.id = c.article_id"_s);
    if (!rows)
        return std::unexpected(rows.error());
    QSqlQuery update(db);
    if (!update.prepare(u"UPDATE claims SET context_before = ?, context_after = ? WHERE id = ?"_s))
        return std::unexpected(Sql::databaseError(update.driver(), Messages::tr("Could not upgrade the claims"), update.lastError()));
    while (rows->next()) {
        Claim claim;
        const int start = rows->value(1).toInt();
        const int end = rows->value(2).toInt();
        const QString body = rows->value(3).toString();
        // Version 1 checked every claim's offsets against its body; a row
        // written otherwise gets no context rather than a guess.
        if (0 <= start && start <= end && end <= body.size())
            placeQuote(claim, body, start, end);
        Sql::bind(update, 0, claim.contextBefore);
        Sql::bind(update, 1, claim.contextAfter);
        update.bindValue(2, rows->value(0));
        if (auto ok = Sql::run(update, Messages::tr("Could not upgrade the claims")); !ok)
            return ok;
    }
    return {};
}

// Applies `steps` (in order) in ONE transaction, under the upgrade lock;
// how many this call applied: the steps another process applied while this
// one waited for the lock are left out.
Result<int> applySteps(const QSqlDatabase &db, const QList<Migration> &steps)
{
    // Another process upgrading a large project holds the write lock for
    // longer than one busy timeout (an index over 1,000,000 claims takes
    // seconds): wait for it, up to kUpgradeWaits timeouts, rather than fail.
    constexpr int kUpgradeWaits = 12;
    std::optional<Result<Sql::Transaction>> transaction;
    for (int wait = 0; wait < kUpgradeWaits; ++wait) {
        transaction.emplace(Sql::Transaction::begin(db));
        if (*transaction || transaction->error().code != Error::Code::Busy)
            break;
    }
    if (!*transaction)
        return std::unexpected(transaction->error());
    const Dialect &dialect = Dialect::of(db);
    if (auto locked = dialect.lockForUpgrade(db); !locked)
        return std::unexpected(locked.error());
    auto version = dialect.schemaVersion(db);
    if (!version)
        return std::unexpected(version.error());
    int applied = 0;
    for (const Migration &step : steps) {
        if (*version >= step.version)
            continue;
        for (const QString &sql : step.statements) {
            if (auto ok = Sql::run(db, sql); !ok)
                return std::unexpected(
                    Error{Error::Code::Database,
                          Messages::tr("Could not upgrade the project to version %1").arg(step.version),
                          ok.error().detail});
        }
        if (step.dataStep) {
            if (auto ok = step.dataStep(db); !ok)
                return std::unexpected(ok.error());
        }
        ++applied;
    }
    if (applied == 0)
        return 0;
    // Marks the database as a Claimbench project in the same transaction as
    // the first step's tables.
    if (auto ok = dialect.setSchemaVersion(db, steps.constLast().version); !ok)
        return std::unexpected(ok.error());
    if (auto ok = (*transaction)->commit(); !ok)
        return std::unexpected(ok.error());
    return applied;
}

} // namespace

QList<Migration> migrations(const Dialect &dialect)
{
    return {
        {1, u"articles, full-text index, tags, metrics, claimants, claims"_s, version1Statements(dialect), {}},
        {2, u"claimant aliases, claim context, claims-table indexes"_s, version2Statements(dialect),
         backfillClaimContext},
        {3, u"orphaned claims"_s, version3Statements(), {}},
        {4, u"claims-table full-text index and sort indexes"_s, version4Statements(dialect), {}},
        {5, u"row versions of claims"_s, version5Statements(), {}},
        {6, u"chart index"_s, version6Statements(), analyzeChartIndex},
        {7, u"page maps and documents of paged articles"_s, version7Statements(dialect), {}},
        {8, u"authors and row versions of claims, tags, metrics and claimants"_s, version8Statements(dialect), {}},
        {9, u"sort indexes ending in the id (a server's)"_s, version9Statements(dialect), {}},
        {10, u"articles' search index written by the program, long texts compressed by lz4 (a server's)"_s,
         dialect.articleIndexSchema() + dialect.textCompressionSchema(), reindexArticles},
    };
}

Result<int> migrate(const QSqlDatabase &db, int targetVersion)
{
    const Dialect &dialect = Dialect::of(db);
    auto version = dialect.schemaVersion(db);
    if (!version)
        return std::unexpected(version.error());
    if (*version > currentSchemaVersion())
        return makeError(Error::Code::NewerSchema, Messages::tr("The project was saved by a newer Claimbench"),
                         Messages::tr("schema version %1").arg(*version));
    QList<Migration> steps;
    for (const Migration &step : migrations(dialect)) {
        if (step.version > *version && step.version <= targetVersion)
            steps.append(step);
    }
    // A new project is built whole or not at all: a program killed while it
    // made the tables leaves an empty database, which the next open builds
    // again, rather than an old-version shell that a read-only open (a
    // copy's check that its destination is empty) refuses. An existing
    // project is upgraded a step per transaction, each one kept: a step over
    // a large project takes long, and a kill should not lose the ones done.
    if (*version == 0)
        return steps.isEmpty() ? 0 : applySteps(db, steps);
    int applied = 0;
    for (const Migration &step : std::as_const(steps)) {
        const Result<int> ok = applySteps(db, {step});
        if (!ok)
            return std::unexpected(ok.error());
        applied += *ok;
    }
    return applied;
}

} // namespace Claimbench
