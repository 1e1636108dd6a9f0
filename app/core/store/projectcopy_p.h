#pragma once

#include "core/error.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

// Store-internal: the rows side of ProjectCopy (projectcopyrows.cpp), run on
// connections that stay inside the store.
namespace Claimbench::CopyRows {

// The tables of the project at `destination` that a copy fills, parents
// before the tables that refer to them; the derived full-text tables and each
// engine's bookkeeping left out. Refused (InvalidInput) when `source` has
// other tables, or a table other columns, naming the first differences.
Result<QStringList> tablesToCopy(const QSqlDatabase &source, const QSqlDatabase &destination);

// The tables of the project `db` holds rows in, derived ones left out, in
// the engine's order.
QStringList projectTables(const QSqlDatabase &db);

// How many rows each of `tables` holds, in the same order.
Result<QList<qint64>> rowCounts(const QSqlDatabase &db, const QStringList &tables);

// Inserts every row of `table` from `source` into `destination` with its id
// and every column the destination has, in batches of many rows per
// statement, inside the transactions both connections have open; then lets
// the destination's engine number new rows above the copied ids.
// `afterBatch(rows)` is called after each batch written and stops the copy
// (Cancelled) by returning false. Returns the rows copied; a count other than
// `expectedRows` (the snapshot's COUNT) is an error.
Result<qint64> copyTable(const QSqlDatabase &source, const QSqlDatabase &destination, const QString &table,
                         qint64 expectedRows, const std::function<bool(qint64 rows)> &afterBatch);

} // namespace Claimbench::CopyRows
