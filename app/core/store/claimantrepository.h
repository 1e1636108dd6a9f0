#pragma once

#include "core/domain/tag.h"
#include "core/error.h"

#include <QList>

#include <optional>

namespace Claimbench {

// Claimants and their aliases. Names and aliases share one case-insensitive
// namespace (compared as Sql::foldedKey: NFC, case-folded, spaces collapsed),
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
    Result<std::optional<Claimant>> findByNameOrAlias(const QString &spelling) const;
    Result<QList<Claimant>> list() const; // by name, aliases filled

private:
    QString m_connection;
};

} // namespace Claimbench
