#pragma once

#include "core/charts/seriesbuilder.h"

#include <QCoreApplication>
#include <QString>

namespace Claimbench {

class Project;

// The tooltip of a statement the chart draws or the comparison lists: value
// with qualifier and range, claimant, outlet, date as precise as the source,
// status, quote and article. The names, quote and article are read for the
// one claim pointed at, not held for every point: a mouse resting on it asks
// once. GUI thread.
class PointTooltip
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::PointTooltip)
public:
    // Rich text; a claim gone since the point was built shows its value alone.
    QString text(const Project &project, const SeriesPoint &point);
    // The claims may have changed: the next text() reads its claim again.
    void forget() { m_claimId = 0; }

private:
    qint64 m_claimId = 0;  // the claim whose source m_source holds
    PointSource m_source;
};

} // namespace Claimbench
