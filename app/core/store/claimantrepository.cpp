#include "core/store/claimantrepository.h"

#include "core/store/sqlsupport.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Claimbench {

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

Result<void> insertAlias(const QSqlDatabase &db, qint64 claimantId, const QString &alias,
                         const QString &key)
{
    auto q = Sql::run(db, u"INSERT INTO claimant_aliases (claimant_id, alias, alias_key) VALUES (?, ?, ?)"_s,
                      {claimantId, alias, key});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

std::unexpected<Error> spellingTaken(const QString &spelling)
{
    return makeError(Error::Code::InvalidInput,
                     u"“%1” already names another claimant"_s.arg(spelling));
}

// Claimants with their aliases: all of them, or the one with id `onlyId`.
Result<QList<Claimant>> load(const QSqlDatabase &db, qint64 onlyId = 0)
{
    const QString filter = onlyId > 0 ? u" WHERE c.id = ?"_s : QString();
    const QList<QVariant> binds = onlyId > 0 ? QList<QVariant>{onlyId} : QList<QVariant>{};
    auto people = Sql::run(db, u"SELECT c.id, c.name FROM claimants c"_s + filter + u" ORDER BY c.name_key"_s,
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
        result.append({people->value(0).toLongLong(), people->value(1).toString(), {}});
    }
    while (aliases->next())
        result[indexOf.value(aliases->value(0).toLongLong())].aliases.append(aliases->value(1).toString());
    return result;
}

} // namespace

ClaimantRepository::ClaimantRepository(QString connectionName)
    : m_connection(std::move(connectionName))
{
}

Result<qint64> ClaimantRepository::add(Claimant &claimant)
{
    return Sql::addThrough(m_connection, claimant, &ClaimantRepository::insert);
}

Result<void> ClaimantRepository::insert(const QSqlDatabase &db, Claimant &claimant)
{
    const QString key = Sql::foldedKey(claimant.name);
    if (key.isEmpty())
        return makeError(Error::Code::InvalidInput, u"A claimant needs a name"_s);
    QStringList keys{key};
    QStringList aliases;
    for (const QString &alias : std::as_const(claimant.aliases)) {
        const QString aliasKey = Sql::foldedKey(alias);
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
    auto q = Sql::run(db, u"INSERT INTO claimants (id, name, name_key) VALUES (?, ?, ?)"_s,
                      {Sql::idOrNull(claimant.id), claimant.name, key});
    if (!q)
        return std::unexpected(q.error());
    const qint64 inserted = q->lastInsertId().toLongLong();
    for (qsizetype i = 0; i < aliases.size(); ++i)
        if (auto ok = insertAlias(db, inserted, aliases[i], keys[i + 1]); !ok)
            return ok;
    claimant.id = inserted;
    claimant.aliases = aliases;
    return {};
}

Result<void> ClaimantRepository::erase(const QSqlDatabase &db, qint64 id)
{
    // Aliases go with their claimant (ON DELETE CASCADE).
    return Sql::changeRow(db, u"DELETE FROM claimants WHERE id = ?"_s, {id}, u"claimant", id);
}

Result<void> ClaimantRepository::addAlias(qint64 claimantId, const QString &alias)
{
    const QString key = Sql::foldedKey(alias);
    if (key.isEmpty())
        return makeError(Error::Code::InvalidInput, u"An alias cannot be blank"_s);
    return Sql::write(m_connection, [&](const QSqlDatabase &db) -> Result<void> {
        auto exists = Sql::run(db, u"SELECT id FROM claimants WHERE id = ?"_s, {claimantId});
        if (!exists)
            return std::unexpected(exists.error());
        if (!exists->next())
            return makeError(Error::Code::NotFound, u"There is no claimant %1 in the project"_s.arg(claimantId));
        auto owner = ownerOf(db, key);
        if (!owner)
            return std::unexpected(owner.error());
        if (*owner == claimantId)
            return {}; // already one of its spellings
        if (*owner != 0)
            return spellingTaken(alias);
        return insertAlias(db, claimantId, alias, key);
    });
}

Result<std::optional<Claimant>> ClaimantRepository::findByNameOrAlias(const QString &spelling) const
{
    auto db = Sql::connection(m_connection);
    if (!db)
        return std::unexpected(db.error());
    auto owner = ownerOf(*db, Sql::foldedKey(spelling));
    if (!owner)
        return std::unexpected(owner.error());
    if (*owner == 0)
        return std::optional<Claimant>{};
    auto found = load(*db, *owner);
    if (!found)
        return std::unexpected(found.error());
    return found->isEmpty() ? std::optional<Claimant>{} : std::optional<Claimant>{found->first()};
}

Result<QList<Claimant>> ClaimantRepository::list() const
{
    auto db = Sql::connection(m_connection);
    if (!db)
        return std::unexpected(db.error());
    return load(*db);
}

} // namespace Claimbench
