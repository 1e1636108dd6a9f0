#pragma once

#include "core/compare/claimcomparison.h"

#include <QAbstractTableModel>

#include <optional>
#include <utility>

namespace Claimbench {

// A comparison of claimants as a table: one row per period; the columns
// are the period, one per claimant (its latest statement in the period, with
// qualifier sign and range: "≈ 416,800"), the spread (ratio and difference) and whether the
// figures agree. A row whose figures cannot all be right at the threshold
// (docs/compare.md) reads "disagree" in bold.
//
// It holds a Comparison built elsewhere (ClaimComparer, off the GUI thread)
// and runs no SQL. Sorting is by SortRole, which keeps numbers and periods in
// order. Thread affinity: the GUI thread.
class ComparisonTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        ClaimIdRole = Qt::UserRole + 1,  // qint64 on a claimant's cell; 0 where it stated nothing
        DisagreesRole,                   // bool, on every cell of the row
        SortRole,                        // the period's start, a value, a spread
    };

    explicit ComparisonTableModel(QObject *parent = nullptr);

    void setComparison(Comparison comparison);
    const Comparison &comparison() const { return m_comparison; }

    int periodColumn() const { return 0; }
    // The first claimant's column; the claimants fill the next claimants().size().
    int firstClaimantColumn() const { return 1; }
    int ratioColumn() const { return firstClaimantColumn() + int(m_comparison.claimants.size()); }
    int differenceColumn() const { return ratioColumn() + 1; }
    int agreementColumn() const { return ratioColumn() + 2; }

    // The statement in a claimant's cell; none elsewhere or when it stated nothing.
    std::optional<SeriesPoint> statementAt(const QModelIndex &index) const;
    // The two claims to read side by side for `index`: its own statement and
    // the one of its row farthest from it; on any other cell, or an empty one,
    // the row's least and most. {claim, 0} for a row of one statement; {0, 0}
    // for no cell.
    std::pair<qint64, qint64> quotesFor(const QModelIndex &index) const;
    // How many rows disagree.
    int disagreements() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Comparison m_comparison;
};

} // namespace Claimbench
