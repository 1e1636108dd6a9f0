#pragma once

#include "core/domain/tag.h"
#include "core/error.h"

#include <QList>

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
    // The id of the metric named `name` (any case, spaces collapsed); NotFound
    // when there is none, with a message that names it.
    Result<qint64> idByName(const QString &name) const;
    Result<Metric> get(qint64 id) const; // NotFound when absent
    Result<QList<Metric>> list() const; // by name

private:
    QString m_connection;
};

} // namespace Claimbench
