#pragma once

#include "core/domain/tag.h"
#include "core/error.h"

#include <QSqlDatabase>
#include <QString>

// Store-internal: the connection stays inside the store, so only its .cpp
// files include this.
//
// Building blocks of other repositories' transactions (a claim edit that
// brings in a new claimant is one write): they run on `db` inside the
// caller's transaction. insert() keeps claimant.id when it is > 0 (the redo
// of an undone step puts the row back under its id) and fills it otherwise,
// with the checks of ClaimantRepository::add(); erase() removes the claimant
// and its aliases and is refused (Database) while claims refer to it.
namespace Claimbench::ClaimantRows {

Result<void> insert(const QSqlDatabase &db, Claimant &claimant);
// The id of the claimant `spelling` names (as name or alias), 0 if none.
Result<qint64> idOf(const QSqlDatabase &db, const QString &spelling);
Result<void> erase(const QSqlDatabase &db, qint64 id);

} // namespace Claimbench::ClaimantRows
