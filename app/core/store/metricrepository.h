#pragma once

#include "core/domain/tag.h"
#include "core/error.h"

#include <QList>
#include <QVariant>

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
    // The metric a new claim of `claimantId` counted in `units` most likely
    // belongs to: the one most used by the latest claims of that claimant
    // counted in any of them, else by the latest claims counted in any of
    // them (non-empty units); ties go to the more recent. None when no such
    // claim has a metric. `units` is one unit as its claims may write it
    // (the caller knows that "дрони" and "дронів" are one: storedUnits()).
    // Reads at most kSuggestionSample claims per look, however large the project.
    Result<std::optional<Metric>> suggestedFor(qint64 claimantId, const QStringList &units) const;
    // The units the project's claims are counted in, each once.
    Result<QStringList> storedUnits() const;
    static constexpr int kSuggestionSample = 1000;
    Result<QList<Metric>> list() const; // by name

private:

    QString m_connection;
};

} // namespace Claimbench
