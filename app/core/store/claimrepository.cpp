#include "core/store/claimrepository.h"

#include "core/store/claimantrepository_p.h"
#include "core/store/claimcolumns.h"
#include "core/store/metricrepository_p.h"
#include "core/store/dialect.h"
#include "core/store/rowauthor.h"
#include "core/store/sqlsupport.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// This file's messages, in ClaimRepository's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::ClaimRepository)
};

} // namespace

namespace {

// The values of every column but id, created and updated, in the order of
// the INSERT and UPDATE statements below.
QList<QVariant> editableValues(const Claim &c)
{
    return {c.articleId,
            c.start,
            c.end,
            c.quote,
            c.contextBefore,
            c.contextAfter,
            Sql::numberOrNull(c.value),
            Sql::numberOrNull(c.low),
            Sql::numberOrNull(c.high),
            c.unit,
            Sql::textOrNull(qualifierName(c.qualifier)),
            Sql::idOrNull(c.metricId),
            Sql::idOrNull(c.claimantId),
            Sql::dateColumn(c.asOf),
            int(c.asOf.precision()),
            int(c.status),
            c.note,
            Sql::idOrNull(c.tagId),
            int(c.orphaned)};
}

// Checks the offsets against the article; quote and context are written as
// the caller placed them. `bodies` caches the article texts of one write (a
// bulk edit touches many claims of few articles).
Result<void> checkOffsets(const QSqlDatabase &db, const Claim &claim, QHash<qint64, QString> &bodies)
{
    auto cached = bodies.constFind(claim.articleId);
    if (cached == bodies.cend()) {
        auto q = Sql::run(db, u"SELECT body FROM articles WHERE id = ?"_s, {claim.articleId});
        if (!q)
            return std::unexpected(q.error());
        if (!q->next())
            return makeError(Error::Code::NotFound,
                             Messages::tr("There is no article %1 in the project").arg(claim.articleId));
        cached = bodies.insert(claim.articleId, q->value(0).toString());
    }
    if (claim.orphaned)
        return {};
    const QString &body = *cached;
    if (claim.start < 0 || claim.end < claim.start || claim.end > body.size())
        return makeError(Error::Code::InvalidInput, Messages::tr("The claim lies outside its article's text"),
                         u"%1-%2 of %3"_s.arg(claim.start).arg(claim.end).arg(body.size()));
    return {};
}

// A foreign key the claim names (tag, metric, claimant) is not in the project.
Error danglingReference(const Claim &claim, const Error &error)
{
    return Error{Error::Code::InvalidInput,
                 Messages::tr("The claim refers to a tag, metric or claimant that is not in the project"),
                 u"claim %1: %2"_s.arg(claim.id).arg(error.detail)};
}

// Each field of a claim that a conflict names, as the analyst knows it.
struct DescribedField
{
    const char *name; // translated where a message names it
    QString (*text)(const Claim &);
};

QString numberText(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 15) : u"none"_s;
}

QString quoted(const QString &text)
{
    return text.isEmpty() ? u"empty"_s : u"“"_s + text + u"”"_s;
}

QString idText(qint64 id)
{
    return id > 0 ? QString::number(id) : u"none"_s;
}

const DescribedField kDescribedFields[] = {
    {QT_TRANSLATE_NOOP("Claimbench::ClaimRepository", "value"), [](const Claim &c) { return numberText(c.value); }},
    {QT_TRANSLATE_NOOP("Claimbench::ClaimRepository", "low"), [](const Claim &c) { return numberText(c.low); }},
    {QT_TRANSLATE_NOOP("Claimbench::ClaimRepository", "high"), [](const Claim &c) { return numberText(c.high); }},
    {QT_TRANSLATE_NOOP("Claimbench::ClaimRepository", "unit"), [](const Claim &c) { return quoted(c.unit); }},
    {QT_TRANSLATE_NOOP("Claimbench::ClaimRepository", "qualifier"),
     [](const Claim &c) { return quoted(qualifierDisplayName(c.qualifier)); }},
    {QT_TRANSLATE_NOOP("Claimbench::ClaimRepository", "metric"), [](const Claim &c) { return idText(c.metricId); }},
    {QT_TRANSLATE_NOOP("Claimbench::ClaimRepository", "claimant"), [](const Claim &c) { return idText(c.claimantId); }},
    {QT_TRANSLATE_NOOP("Claimbench::ClaimRepository", "as-of date"),
     [](const Claim &c) { return c.asOf.isNull() ? u"none"_s : c.asOf.toIso(); }},
    {QT_TRANSLATE_NOOP("Claimbench::ClaimRepository", "status"),
     [](const Claim &c) { return claimStatusDisplayName(c.status); }},
    {QT_TRANSLATE_NOOP("Claimbench::ClaimRepository", "note"), [](const Claim &c) { return quoted(c.note); }},
    {QT_TRANSLATE_NOOP("Claimbench::ClaimRepository", "tag"), [](const Claim &c) { return idText(c.tagId); }},
    {QT_TRANSLATE_NOOP("Claimbench::ClaimRepository", "quote"),
     [](const Claim &c) -> QString { return quoted(c.quote) + u" at %1-%2"_s.arg(c.start).arg(c.end); }},
    {QT_TRANSLATE_NOOP("Claimbench::ClaimRepository", "article"),
     [](const Claim &c) { return QString::number(c.articleId); }},
    {QT_TRANSLATE_NOOP("Claimbench::ClaimRepository", "placement"),
     [](const Claim &c) { return c.orphaned ? u"orphaned"_s : u"placed"_s; }},
};

// The fields kDescribedFields names and the creation time (which tells a
// new claim that took a deleted one's id from the row that was read).
bool sameFields(const Claim &a, const Claim &b)
{
    return a.created == b.created && std::ranges::all_of(kDescribedFields, [&](const DescribedField &field) {
               return field.text(a) == field.text(b);
           });
}

// Before a change writes over claim `expected.id` (`written`: what it would
// write; null for a removal): NotFound when the claim is gone, Conflict when
// another program changed it since `expected` was read, naming who changed
// it and when, and each field with its value now and the value the change
// would write. A row whose version moved but whose fields are as expected is
// written: the session's own steps undone since (a tag deleted and
// restored) rewrote it, and an undo of it loses nothing. Returns the stored
// row's version, which the write then requires (a server's concurrent
// writer may commit between this check and the write).
Result<qint64> checkUnchanged(const QSqlDatabase &db, const Claim &expected, const Claim *written)
{
    auto q = Sql::run(db, u"SELECT "_s + ClaimColumns::list() + u" FROM claims WHERE id = ?"_s, {expected.id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return makeError(Error::Code::NotFound, Messages::tr("There is no claim %1 in the project").arg(expected.id));
    const Claim current = ClaimColumns::read(*q);
    if ((current.version == expected.version && current.created == expected.created) || sameFields(current, expected))
        return current.version;
    QStringList changes = RowAuthor::changedFields(kDescribedFields, current, expected, written,
                                                   [](const char *name) { return Messages::tr(name); });
    if (changes.isEmpty())
        changes << Messages::tr("it was deleted and made again");
    if (!written)
        changes << Messages::tr("this step would delete it");
    return makeError(Error::Code::Conflict,
                     Messages::tr("Claim %1 was %2 since this step: %3. Nothing was changed")
                         .arg(QString::number(expected.id),
                              RowAuthor::changedBy(current.changedBy, current.updated), changes.join(u"; "_s)),
                     u"row version %1, expected %2"_s.arg(current.version).arg(expected.version));
}

// A guarded write (`... AND row_version = ?`) that changed no row: the claim
// was written or deleted after checkUnchanged() read it. The refusal, as
// checkUnchanged() now describes the row.
Error changedSinceChecked(const QSqlDatabase &db, const Claim &expected, const Claim *written)
{
    auto again = checkUnchanged(db, expected, written);
    if (!again)
        return again.error();
    return Error{Error::Code::Conflict,
                 Messages::tr("Claim %1 was changed by another program while this step was written. Nothing was "
                              "changed").arg(expected.id),
                 {}};
}

Result<QSqlQuery> runClaimWrite(const QSqlDatabase &db, const Claim &claim, const QString &sql,
                                const QList<QVariant> &values)
{
    auto q = Sql::run(db, sql, values);
    if (q)
        return q;
    // Only the dangling references can violate a constraint here: the ids are
    // checked (insert) or matched (update) by the statements themselves.
    if (q.error().code == Error::Code::Database
        && q.error().detail.contains(u"FOREIGN KEY"_s, Qt::CaseInsensitive))
        return std::unexpected(danglingReference(claim, q.error()));
    return std::unexpected(q.error());
}

Result<void> insertClaim(const QSqlDatabase &db, Claim &claim, QHash<qint64, QString> &bodies)
{
    if (auto checked = checkOffsets(db, claim, bodies); !checked)
        return checked;
    if (claim.id > 0) {
        auto taken = Sql::run(db, u"SELECT 1 FROM claims WHERE id = ?"_s, {claim.id});
        if (!taken)
            return std::unexpected(taken.error());
        // Only an undo or redo puts a claim back under its id; SQLite gives
        // the largest id again once that claim is deleted, so another
        // program's new claim may hold it now.
        if (taken->next())
            return makeError(Error::Code::Conflict,
                             Messages::tr("Another program has since created claim %1; the deleted claim could not be "
                                          "restored. Nothing was changed").arg(claim.id));
    }
    const QDateTime now = Sql::nowUtc();
    if (claim.id == 0 || !claim.created.isValid())
        claim.created = now;
    if (claim.id == 0 || !claim.updated.isValid())
        claim.updated = now;
    auto author = Sql::author(db);
    if (!author)
        return std::unexpected(author.error());
    // A claim put back (an undo of its deletion) keeps who made it.
    if (claim.id == 0 || claim.createdBy.isEmpty())
        claim.createdBy = *author;
    claim.changedBy = *author;
    QList<QVariant> values{Sql::idOrNull(claim.id)};
    values << editableValues(claim) << Sql::timestampColumn(claim.created)
           << Sql::timestampColumn(claim.updated) << claim.createdBy << claim.changedBy;
    const QString sql = u"INSERT INTO claims (id, article_id, start_offset, end_offset, quote, "
                        "context_before, context_after, value, low, high, unit, qualifier, "
                        "metric_id, claimant_id, as_of, as_of_precision, status, note, tag_id, "
                        "orphaned, created, updated, created_by, changed_by) VALUES ("_s
        + Dialect::of(db).idOrNew(u"claims") + u", ?"_s.repeated(values.size() - 1) + u") RETURNING id"_s;
    auto q = runClaimWrite(db, claim, sql, values);
    if (!q)
        return std::unexpected(q.error());
    claim.id = Sql::insertedId(*q);
    claim.version = 1; // the column's default
    return {};
}

// `expected`: the row as the change expects to find it, or null to write
// over whatever is stored (see ClaimChange::expected).
Result<void> replaceClaim(const QSqlDatabase &db, Claim &claim, const Claim *expected, QHash<qint64, QString> &bodies)
{
    if (auto checked = checkOffsets(db, claim, bodies); !checked)
        return checked;
    if (!claim.updated.isValid())
        claim.updated = Sql::nowUtc();
    std::optional<qint64> storedVersion;
    if (expected) {
        auto unchanged = checkUnchanged(db, *expected, &claim);
        if (!unchanged)
            return std::unexpected(unchanged.error());
        storedVersion = *unchanged;
    }
    auto author = Sql::author(db);
    if (!author)
        return std::unexpected(author.error());
    claim.changedBy = *author;
    QList<QVariant> values = editableValues(claim);
    values << Sql::timestampColumn(claim.updated) << claim.changedBy << claim.id;
    if (storedVersion)
        values << *storedVersion;
    auto updated = runClaimWrite(db, claim,
                                 u"UPDATE claims SET article_id = ?, start_offset = ?, end_offset = ?, quote = ?, "
                                 "context_before = ?, context_after = ?, value = ?, low = ?, high = ?, unit = ?, "
                                 "qualifier = ?, metric_id = ?, claimant_id = ?, as_of = ?, as_of_precision = ?, "
                                 "status = ?, note = ?, tag_id = ?, orphaned = ?, updated = ?, changed_by = ?, "
                                 "row_version = row_version + 1 WHERE id = ?"_s
                                     + (storedVersion ? u" AND row_version = ?"_s : QString()),
                                 values);
    if (!updated)
        return std::unexpected(updated.error());
    if (updated->numRowsAffected() == 0 && storedVersion)
        return std::unexpected(changedSinceChecked(db, *expected, &claim));
    if (updated->numRowsAffected() == 0)
        return makeError(Error::Code::NotFound, Messages::tr("There is no claim %1 in the project").arg(claim.id));
    auto version = Sql::run(db, u"SELECT row_version, created_by FROM claims WHERE id = ?"_s, {claim.id});
    if (!version)
        return std::unexpected(version.error());
    version->next();
    claim.version = version->value(0).toLongLong();
    claim.createdBy = version->value(1).toString();
    return {};
}

Result<void> removeClaim(const QSqlDatabase &db, qint64 id, const Claim *expected)
{
    if (!expected)
        return Sql::changeRow(db, u"DELETE FROM claims WHERE id = ?"_s, {id}, u"claim", id);
    auto unchanged = checkUnchanged(db, *expected, nullptr);
    if (!unchanged)
        return std::unexpected(unchanged.error());
    auto removed = Sql::run(db, u"DELETE FROM claims WHERE id = ? AND row_version = ?"_s, {id, *unchanged});
    if (!removed)
        return std::unexpected(removed.error());
    if (removed->numRowsAffected() == 0)
        return std::unexpected(changedSinceChecked(db, *expected, nullptr));
    return {};
}

// Before an undo removes the metric or claimant `id` its step brought in
// (`table`: metrics or claimants, `column`: the claims' column naming it):
// claims another program added since may use it, which the removal would
// break. Conflict, naming it and those claims.
Result<void> checkUnused(const QSqlDatabase &db, QStringView table, QStringView column, const QString &what, qint64 id)
{
    auto users = Sql::ids(db, u"SELECT id FROM claims WHERE "_s + column + u" = ? ORDER BY id"_s, {id});
    if (!users)
        return std::unexpected(users.error());
    if (users->isEmpty())
        return {};
    auto name = Sql::run(db, u"SELECT name FROM "_s + table + u" WHERE id = ?"_s, {id});
    if (!name)
        return std::unexpected(name.error());
    const QString shown = name->next() ? quoted(name->value(0).toString()) : QString::number(id);
    const QString usedBy = users->size() == 1 ? Messages::tr("claim %1") : Messages::tr("claims %1");
    return makeError(Error::Code::Conflict,
                     Messages::tr("The %1 %2 is now used by %3, which another program added since; this step would "
                                  "remove it. Nothing was changed").arg(what, shown, usedBy.arg(Sql::idsText(*users))));
}

// The stored id a claim's metricId or claimantId stands for: itself, or for a
// placeholder (ClaimChange::newReference) the stored id of the new name it names.
Result<qint64> referenced(qint64 id, const QList<qint64> &storedIds)
{
    if (id >= 0)
        return id;
    const qint64 index = -1 - id;
    if (index >= storedIds.size())
        return makeError(Error::Code::InvalidInput,
                         Messages::tr("The claim refers to a new name the edit does not bring"));
    return storedIds.at(index);
}

// Stores the new names of a change (ClaimChange::newMetrics or newClaimants)
// and returns the stored id of each, in order. `idOf(db, name)` finds a
// stored name (0: none), `insert(db, named)` stores one. A new name that is
// already stored resolves to it and leaves `names`, unless `mustBeNew`.
template<typename Named, typename IdOf, typename Insert>
Result<QList<qint64>> bringIn(const QSqlDatabase &db, QList<Named> &names, bool mustBeNew, IdOf idOf, Insert insert)
{
    QList<qint64> storedIds;
    QList<Named> brought;
    for (Named named : std::as_const(names)) {
        if (named.id == 0 && !mustBeNew) {
            auto stored = idOf(db, named.name);
            if (!stored)
                return std::unexpected(stored.error());
            if (*stored != 0) {
                storedIds.append(*stored);
                continue;
            }
        }
        if (auto ok = insert(db, named); !ok)
            return std::unexpected(ok.error());
        storedIds.append(named.id);
        brought.append(named);
    }
    names = brought;
    return storedIds;
}

Result<void> applyTo(const QSqlDatabase &db, ClaimChange &change)
{
    const auto metricIds = bringIn(db, change.newMetrics, change.namesMustBeNew, &MetricRows::idOf,
                                   &MetricRows::insert);
    if (!metricIds)
        return std::unexpected(metricIds.error());
    const auto claimantIds = bringIn(db, change.newClaimants, change.namesMustBeNew, &ClaimantRows::idOf,
                                     &ClaimantRows::insert);
    if (!claimantIds)
        return std::unexpected(claimantIds.error());
    QHash<qint64, const Claim *> expected;
    for (const Claim &claim : std::as_const(change.expected))
        expected.insert(claim.id, &claim);
    QHash<qint64, QString> bodies;
    for (QList<Claim> *claims : {&change.inserted, &change.replaced}) {
        for (Claim &claim : *claims) {
            const Result<qint64> metric = referenced(claim.metricId, *metricIds);
            const Result<qint64> claimant = referenced(claim.claimantId, *claimantIds);
            if (!metric || !claimant)
                return std::unexpected(!metric ? metric.error() : claimant.error());
            claim.metricId = *metric;
            claim.claimantId = *claimant;
            auto ok = claims == &change.inserted ? insertClaim(db, claim, bodies)
                                                 : replaceClaim(db, claim, expected.value(claim.id), bodies);
            if (!ok)
                return ok;
        }
    }
    for (qint64 id : std::as_const(change.removed)) {
        if (auto ok = removeClaim(db, id, expected.value(id)); !ok)
            return ok;
    }
    for (qint64 id : std::as_const(change.removedMetricIds)) {
        if (auto ok = checkUnused(db, u"metrics", u"metric_id", Messages::tr("metric"), id); !ok)
            return ok;
        if (auto ok = MetricRows::erase(db, id); !ok)
            return ok;
    }
    for (qint64 id : std::as_const(change.removedClaimantIds)) {
        if (auto ok = checkUnused(db, u"claimants", u"claimant_id", Messages::tr("claimant"), id); !ok)
            return ok;
        if (auto ok = ClaimantRows::erase(db, id); !ok)
            return ok;
    }
    return {};
}

} // namespace

ClaimRepository::ClaimRepository(QString connectionName)
    : m_connection(std::move(connectionName))
{
}

Result<qint64> ClaimRepository::add(Claim &claim)
{
    ClaimChange change;
    change.inserted = {claim};
    change.inserted.first().id = 0;
    if (auto ok = apply(change); !ok)
        return std::unexpected(ok.error());
    claim = change.inserted.first();
    return claim.id;
}

Result<void> ClaimRepository::update(Claim &claim)
{
    ClaimChange change;
    change.replaced = {claim};
    change.replaced.first().updated = QDateTime();
    if (auto ok = apply(change); !ok)
        return ok;
    claim = change.replaced.first();
    return {};
}

Result<void> ClaimRepository::remove(qint64 id)
{
    ClaimChange change;
    change.removed = {id};
    return apply(change);
}

Result<void> ClaimRepository::restore(const Claim &claim)
{
    if (claim.id <= 0)
        return makeError(Error::Code::InvalidInput, Messages::tr("Only a claim with an id can be put back"));
    ClaimChange change;
    change.inserted = {claim};
    return apply(change);
}

Result<void> ClaimRepository::apply(ClaimChange &change)
{
    ClaimChange applied = change;
    auto ok = Sql::write(m_connection, [&](const QSqlDatabase &db) { return applyTo(db, applied); });
    if (ok)
        change = std::move(applied);
    return ok;
}

Result<Claim> ClaimRepository::get(qint64 id) const
{
    auto db = Sql::connection(m_connection);
    if (!db)
        return std::unexpected(db.error());
    auto q = Sql::run(*db, u"SELECT "_s + ClaimColumns::list() + u" FROM claims WHERE id = ?"_s, {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return makeError(Error::Code::NotFound, Messages::tr("There is no claim %1 in the project").arg(id));
    return ClaimColumns::read(*q);
}

Result<QList<Claim>> ClaimRepository::listForArticle(qint64 articleId) const
{
    return Sql::selectAll(m_connection,
                          u"SELECT "_s + ClaimColumns::list() + u" FROM claims WHERE article_id = ? ORDER BY start_offset, id"_s,
                          {articleId}, [](const QSqlQuery &q) { return ClaimColumns::read(q); });
}

Result<QList<Claim>> ClaimRepository::listForTag(qint64 tagId) const
{
    return Sql::selectAll(m_connection, u"SELECT "_s + ClaimColumns::list() + u" FROM claims WHERE tag_id = ? ORDER BY id"_s,
                          {tagId}, [](const QSqlQuery &q) { return ClaimColumns::read(q); });
}

Result<QList<Claim>> ClaimRepository::list(qint64 metricId) const
{
    const QString where = metricId > 0 ? u" WHERE metric_id = ?"_s : QString();
    return Sql::selectAll(m_connection,
                          u"SELECT "_s + ClaimColumns::list() + u" FROM claims"_s + where + u" ORDER BY as_of IS NULL, as_of, id"_s,
                          metricId > 0 ? QList<QVariant>{metricId} : QList<QVariant>{}, [](const QSqlQuery &q) { return ClaimColumns::read(q); });
}

Result<qint64> ClaimRepository::count() const
{
    auto q = Sql::select(m_connection, u"SELECT COUNT(*) FROM claims"_s);
    if (!q)
        return std::unexpected(q.error());
    q->next();
    return q->value(0).toLongLong();
}

} // namespace Claimbench
