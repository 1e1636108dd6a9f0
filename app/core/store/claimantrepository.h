#pragma once

#include "core/domain/tag.h"
#include "core/error.h"

#include <QList>

#include <optional>

namespace Claimbench {

// One merge as it was made, so that its undo puts everything back.
struct ClaimantMerge
{
    Claimant from;            // id, name and aliases before the merge
    qint64 intoId = 0;
    QList<qint64> claimIds;   // the claims that named `from`
    QList<qint64> articleIds; // their articles, each once
};

// Claimants and their aliases. Names and aliases share one case-insensitive
// namespace (compared as foldedKey: NFC, case-folded, spaces collapsed),
// so each spelling resolves to exactly one claimant. A cheap value bound to
// one thread's connection (see Project); every write is one transaction.
class ClaimantRepository
{
public:
    explicit ClaimantRepository(QString connectionName);

    // Stores the claimant with its aliases; fills id. InvalidInput when the
    // name is blank or any spelling is already taken.
    Result<qint64> add(Claimant &claimant);
    // Adds a spelling for the claimant; adding one it already has is a no-op.
    // InvalidInput when another claimant owns it, NotFound for a bad id.
    Result<void> addAlias(qint64 claimantId, const QString &alias);
    // Removes a spelling the claimant has as an alias (its name stays);
    // NotFound when it has no such alias.
    Result<void> removeAlias(qint64 claimantId, const QString &alias);
    // "These two are the same claimant", in one transaction: `from`'s claims
    // name `into`, `from`'s name and aliases become aliases of `into`, and
    // `from` is removed. InvalidInput for a claimant merged into itself,
    // NotFound for an id with no claimant.
    Result<ClaimantMerge> merge(qint64 fromId, qint64 intoId);
    // Undoes merge(): `from` back under its id with its aliases and claims,
    // `into` with only the spellings it had.
    Result<void> unmerge(const ClaimantMerge &merge);
    Result<Claimant> get(qint64 id) const; // NotFound when there is none
    Result<std::optional<Claimant>> findByNameOrAlias(const QString &spelling) const;
    Result<QList<Claimant>> list() const; // by name, aliases filled

private:
    QString m_connection;
};

} // namespace Claimbench
