#pragma once

#include "core/domain/tag.h"
#include "core/error.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace Claimbench {

// Metrics, unique by name compared case-insensitively. A cheap value bound to
// one thread's connection (see Project); every write is one transaction.
class MetricRepository
{
public:
    explicit MetricRepository(QString connectionName);

    // Fills id. InvalidInput when the name is blank or already taken.
    Result<qint64> add(Metric &metric);
    Result<std::optional<Metric>> findByName(const QString &name) const;
    Result<Metric> get(qint64 id) const; // NotFound when absent
    Result<QList<Metric>> list() const; // by name

    // Building blocks of other repositories' transactions (a claim edit that
    // brings in a new metric is one write): they run on `db` inside the
    // caller's transaction. insert() keeps metric.id when it is > 0 (the redo
    // of an undone step puts the row back under its id) and fills it otherwise;
    // erase() is refused (Database) while claims refer to the metric.
    static Result<void> insert(const QSqlDatabase &db, Metric &metric);
    // The id of the metric called `name` (compared case-insensitively), 0 if none.
    static Result<qint64> idOf(const QSqlDatabase &db, const QString &name);
    static Result<void> erase(const QSqlDatabase &db, qint64 id);

private:
    QString m_connection;
};

} // namespace Claimbench
