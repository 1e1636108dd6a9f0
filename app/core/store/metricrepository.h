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
    // The metric a new claim of `claimantId` counted in `unit` most likely
    // belongs to: the one most used by the latest claims of that claimant
    // and unit, else by the latest claims in that unit (a non-empty one);
    // ties go to the more recent. None when no such claim has a metric. The
    // cases of a Ukrainian or Russian noun are one unit ("дрони", "дронів").
    // Reads at most kSuggestionSample claims per look, however large the project.
    Result<std::optional<Metric>> suggestedFor(qint64 claimantId, const QString &unit) const;
    static constexpr int kSuggestionSample = 1000;
    Result<QList<Metric>> list() const; // by name

private:
    // `unit` and the units stored on claims that are the same noun in
    // another case (CyrillicUnits::unitKey).
    Result<QList<QVariant>> unitsLike(const QString &unit) const;

    QString m_connection;
};

} // namespace Claimbench
