#pragma once

#include "core/domain/claim.h"

#include <QSqlQuery>
#include <QString>
#include <QStringView>

// The columns of a stored Claim and how a row of them becomes one: shared by
// ClaimRepository (whole claims) and ClaimQuery (claims with the names the
// table shows beside them), so that a column added to `claims` is read the
// same way everywhere. Store-internal, like Sql.
namespace Claimbench::ClaimColumns {

// How many columns list() names.
inline constexpr int kCount = 25;

// Every column of `claims`, comma-separated, in the order read() expects;
// each prefixed with "<table>." when `table` (the alias in the statement) is
// not empty.
QString list(QStringView table = {});

// The claim in columns [first, first + kCount) of the query's current row.
Claim read(const QSqlQuery &query, int first = 0);

} // namespace Claimbench::ClaimColumns
