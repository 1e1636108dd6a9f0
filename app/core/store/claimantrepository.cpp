#include "core/store/claimantrepository.h"

#include "core/domain/foldedkey.h"
#include "core/store/claimantrepository_p.h"
#include "core/store/dialect.h"
#include "core/store/sqlsupport.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// This file's messages, in ClaimantRepository's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::ClaimantRepository)
};

} // namespace

namespace {

// The claimant a spelling (already folded) belongs to, as name or alias; 0 if none.
Result<qint64> ownerOf(const QSqlDatabase &db, const QString &key)
{
    auto q = Sql::run(db, u"SELECT id FROM claimants WHERE name_key = ? UNION ALL "
                          "SELECT claimant_id FROM claimant_aliases WHERE alias_key = ?"_s,
                      {key, key});
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toLongLong() : 0;
}

// Records that `claimantId` was just changed (its spellings): who, when, and
// a new row version.
Result<void> touch(const QSqlDatabase &db, qint64 claimantId)
{
    auto author = Sql::author(db);
    if (!author)
        return std::unexpected(author.error());
    return Sql::changeRow(db, u"UPDATE claimants SET changed_by = ?, updated = ?, row_version = row_version + 1 "
                              "WHERE id = ?"_s,
                          {*author, Sql::timestampColumn(Sql::nowUtc()), claimantId}, u"claimant", claimantId);
}

Result<void> insertAlias(const QSqlDatabase &db, qint64 claimantId, const QString &alias,
                         const QString &key)
{
    auto q = Sql::run(db, u"INSERT INTO claimant_aliases (claimant_id, alias, alias_key) VALUES (?, ?, ?)"_s,
                      {claimantId, alias, key});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<void> deleteAlias(const QSqlDatabase &db, qint64 claimantId, const QString &alias)
{
    return Sql::changeRow(db, u"DELETE FROM claimant_aliases WHERE claimant_id = ? AND alias_key = ?"_s,
                          {claimantId, foldedKey(alias)}, u"alias of claimant", claimantId);
}

std::unexpected<Error> spellingTaken(const QString &spelling)
{
    return makeError(Error::Code::InvalidInput,
                     Messages::tr("“%1” already names another claimant").arg(spelling));
}

// Claimants with their aliases: all of them, or the one with id `onlyId`.
Result<QList<Claimant>> load(const QSqlDatabase &db, qint64 onlyId = 0)
{
    const QString filter = onlyId > 0 ? u" WHERE c.id = ?"_s : QString();
    const QList<QVariant> binds = onlyId > 0 ? QList<QVariant>{onlyId} : QList<QVariant>{};
    auto people = Sql::run(db, u"SELECT c.id, c.name, c.row_version, c.created_by, c.changed_by, c.updated "
                               "FROM claimants c"_s + filter + u" ORDER BY c.name_key"_s,
                           binds);
    auto aliases = Sql::run(db, u"SELECT c.id, a.alias FROM claimant_aliases a "
                                "JOIN claimants c ON c.id = a.claimant_id"_s
                                    + filter + u" ORDER BY a.id"_s,
                            binds);
    if (!people || !aliases)
        return std::unexpected(!people ? people.error() : aliases.error());
    QList<Claimant> result;
    QHash<qint64, qsizetype> indexOf;
    while (people->next()) {
        indexOf.insert(people->value(0).toLongLong(), result.size());
        Claimant claimant{people->value(0).toLongLong(), people->value(1).toString(), {}};
        claimant.version = people->value(2).toLongLong();
        claimant.createdBy = people->value(3).toString();
        claimant.changedBy = people->value(4).toString();
        claimant.updated = Sql::timestampFromColumn(people->value(5));
        result.append(claimant);
    }
    while (aliases->next())
        result[indexOf.value(aliases->value(0).toLongLong())].aliases.append(aliases->value(1).toString());
    return result;
}

// The claimant with id `id`, aliases filled; NotFound when there is none.
Result<Claimant> loadOne(const QSqlDatabase &db, qint64 id)
{
    auto found = load(db, id);
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return makeError(Error::Code::NotFound, Messages::tr("There is no claimant %1 in the project").arg(id));
    return found->first();
}

QStringList spellingsOf(const Claimant &claimant)
{
    return QStringList{claimant.name} + claimant.aliases;
}

} // namespace

ClaimantRepository::ClaimantRepository(QString connectionName)
    : m_connection(std::move(connectionName))
{
}

Result<qint64> ClaimantRepository::add(Claimant &claimant)
{
    return Sql::addThrough(m_connection, claimant, &ClaimantRows::insert);
}

Result<void> ClaimantRows::insert(const QSqlDatabase &db, Claimant &claimant)
{
    const QString key = foldedKey(claimant.name);
    if (key.isEmpty())
        return makeError(Error::Code::InvalidInput, Messages::tr("A claimant needs a name"));
    QStringList keys{key};
    QStringList aliases;
    for (const QString &alias : std::as_const(claimant.aliases)) {
        const QString aliasKey = foldedKey(alias);
        if (aliasKey.isEmpty() || keys.contains(aliasKey))
            continue; // a repeated spelling adds nothing
        keys.append(aliasKey);
        aliases.append(alias);
    }
    for (qsizetype i = 0; i < keys.size(); ++i) {
        auto owner = ownerOf(db, keys[i]);
        if (!owner)
            return std::unexpected(owner.error());
        if (*owner != 0)
            return spellingTaken(i == 0 ? claimant.name : aliases[i - 1]);
    }
    auto author = Sql::author(db);
    if (!author)
        return std::unexpected(author.error());
    // A claimant put back under its id (an undo of a merge) keeps who made it.
    if (claimant.id == 0 || claimant.createdBy.isEmpty())
        claimant.createdBy = *author;
    claimant.changedBy = *author;
    claimant.updated = Sql::nowUtc();
    auto q = Sql::run(db,
                      u"INSERT INTO claimants (id, name, name_key, created_by, changed_by, updated) VALUES ("_s
                          + Dialect::of(db).idOrNew(u"claimants") + u", ?, ?, ?, ?, ?) RETURNING id"_s,
                      {Sql::idOrNull(claimant.id), claimant.name, key, claimant.createdBy, claimant.changedBy,
                       Sql::timestampColumn(claimant.updated)});
    if (!q)
        return std::unexpected(q.error());
    const qint64 inserted = Sql::insertedId(*q);
    for (qsizetype i = 0; i < aliases.size(); ++i)
        if (auto ok = insertAlias(db, inserted, aliases[i], keys[i + 1]); !ok)
            return ok;
    claimant.id = inserted;
    claimant.aliases = aliases;
    claimant.version = 1; // the column's default
    return {};
}

Result<qint64> ClaimantRows::idOf(const QSqlDatabase &db, const QString &spelling)
{
    return ownerOf(db, foldedKey(spelling));
}

Result<void> ClaimantRows::erase(const QSqlDatabase &db, qint64 id)
{
    // Aliases go with their claimant (ON DELETE CASCADE).
    return Sql::changeRow(db, u"DELETE FROM claimants WHERE id = ?"_s, {id}, u"claimant", id);
}

Result<void> ClaimantRepository::addAlias(qint64 claimantId, const QString &alias)
{
    const QString key = foldedKey(alias);
    if (key.isEmpty())
        return makeError(Error::Code::InvalidInput, Messages::tr("An alias cannot be blank"));
    return Sql::write(m_connection, [&](const QSqlDatabase &db) -> Result<void> {
        if (auto exists = loadOne(db, claimantId); !exists)
            return std::unexpected(exists.error());
        auto owner = ownerOf(db, key);
        if (!owner)
            return std::unexpected(owner.error());
        if (*owner == claimantId)
            return {}; // already one of its spellings
        if (*owner != 0)
            return spellingTaken(alias);
        if (auto added = insertAlias(db, claimantId, alias, key); !added)
            return added;
        return touch(db, claimantId);
    });
}

Result<void> ClaimantRepository::removeAlias(qint64 claimantId, const QString &alias)
{
    return Sql::write(m_connection, [&](const QSqlDatabase &db) -> Result<void> {
        if (auto removed = deleteAlias(db, claimantId, alias); !removed)
            return removed;
        return touch(db, claimantId);
    });
}

Result<ClaimantMerge> ClaimantRepository::merge(qint64 fromId, qint64 intoId)
{
    if (fromId == intoId)
        return makeError(Error::Code::InvalidInput, Messages::tr("A claimant cannot be merged into itself"));
    ClaimantMerge merge;
    auto written = Sql::write(m_connection, [&](const QSqlDatabase &db) -> Result<void> {
        auto from = loadOne(db, fromId);
        if (!from)
            return std::unexpected(from.error());
        if (auto into = loadOne(db, intoId); !into)
            return std::unexpected(into.error());
        merge = {*from, intoId, {}, {}};
        auto claims = Sql::run(db, u"SELECT id, article_id FROM claims WHERE claimant_id = ? ORDER BY id"_s, {fromId});
        if (!claims)
            return std::unexpected(claims.error());
        while (claims->next()) {
            merge.claimIds.append(claims->value(0).toLongLong());
            if (const qint64 article = claims->value(1).toLongLong(); !merge.articleIds.contains(article))
                merge.articleIds.append(article);
        }
        auto author = Sql::author(db);
        if (!author)
            return std::unexpected(author.error());
        if (auto moved = Sql::run(db, u"UPDATE claims SET claimant_id = ?, changed_by = ?, row_version = row_version + 1 "
                                      "WHERE claimant_id = ?"_s,
                                  {intoId, *author, fromId});
            !moved)
            return std::unexpected(moved.error());
        // The spellings are free once `from` is gone, so they cannot collide.
        if (auto erased = ClaimantRows::erase(db, fromId); !erased)
            return erased;
        for (const QString &spelling : spellingsOf(*from))
            if (auto added = insertAlias(db, intoId, spelling, foldedKey(spelling)); !added)
                return added;
        return touch(db, intoId);
    });
    if (!written)
        return std::unexpected(written.error());
    return merge;
}

Result<void> ClaimantRepository::unmerge(const ClaimantMerge &merge)
{
    return Sql::write(m_connection, [&](const QSqlDatabase &db) -> Result<void> {
        for (const QString &spelling : spellingsOf(merge.from))
            if (auto removed = deleteAlias(db, merge.intoId, spelling); !removed)
                return removed;
        Claimant from = merge.from;
        if (auto restored = ClaimantRows::insert(db, from); !restored)
            return restored;
        for (const qint64 claim : merge.claimIds)
            if (auto moved = Sql::changeRow(db, u"UPDATE claims SET claimant_id = ?, changed_by = ?, "
                                                "row_version = row_version + 1 WHERE id = ? AND claimant_id = ?"_s,
                                            {from.id, from.changedBy, claim, merge.intoId}, u"claim", claim);
                !moved)
                return moved;
        return touch(db, merge.intoId);
    });
}

Result<std::optional<Claimant>> ClaimantRepository::findByNameOrAlias(const QString &spelling) const
{
    auto db = Sql::connection(m_connection);
    if (!db)
        return std::unexpected(db.error());
    auto owner = ClaimantRows::idOf(*db, spelling);
    if (!owner)
        return std::unexpected(owner.error());
    if (*owner == 0)
        return std::optional<Claimant>{};
    auto found = load(*db, *owner);
    if (!found)
        return std::unexpected(found.error());
    return found->isEmpty() ? std::optional<Claimant>{} : std::optional<Claimant>{found->first()};
}

Result<Claimant> ClaimantRepository::get(qint64 id) const
{
    auto db = Sql::connection(m_connection);
    if (!db)
        return std::unexpected(db.error());
    return loadOne(*db, id);
}

Result<QList<Claimant>> ClaimantRepository::list() const
{
    auto db = Sql::connection(m_connection);
    if (!db)
        return std::unexpected(db.error());
    return load(*db);
}

} // namespace Claimbench
