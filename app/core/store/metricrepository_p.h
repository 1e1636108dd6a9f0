#pragma once

#include "core/domain/tag.h"
#include "core/error.h"

#include <QSqlDatabase>
#include <QString>

// Store-internal: the connection stays inside the store, so only its .cpp
// files include this.
//
// Building blocks of other repositories' transactions (a claim edit that
// brings in a new metric is one write): they run on `db` inside the caller's
// transaction. insert() keeps metric.id when it is > 0 (the redo of an undone
// step puts the row back under its id) and fills it otherwise, with the
// checks of MetricRepository::add(); erase() is refused (Database) while
// claims refer to the metric.
namespace Claimbench::MetricRows {

Result<void> insert(const QSqlDatabase &db, Metric &metric);
// The id of the metric called `name` (compared case-insensitively), 0 if none.
Result<qint64> idOf(const QSqlDatabase &db, const QString &name);
Result<void> erase(const QSqlDatabase &db, qint64 id);

} // namespace Claimbench::MetricRows
