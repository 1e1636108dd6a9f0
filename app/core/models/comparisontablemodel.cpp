#include "core/models/comparisontablemodel.h"

#include <QFont>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

QString number(double value)
{
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 2);
}

// A statement narrow enough for a column beside the others: "≈ 416,800",
// "> 300,000", "20,000–30,000"; the tooltip has it in words.
QString cellText(const SeriesPoint &point)
{
    const QString figure = point.low && point.high ? number(*point.low) + u'–' + number(*point.high)
                                                   : number(point.value);
    const QString sign = qualifierSymbol(point.qualifier);
    return sign.isEmpty() ? figure : sign + u' ' + figure;
}

} // namespace

ComparisonTableModel::ComparisonTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ComparisonTableModel::setComparison(Comparison comparison)
{
    beginResetModel();
    m_comparison = std::move(comparison);
    endResetModel();
}

std::optional<SeriesPoint> ComparisonTableModel::statementAt(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return std::nullopt;
    const int claimant = index.column() - firstClaimantColumn();
    if (claimant < 0 || claimant >= m_comparison.claimants.size())
        return std::nullopt;
    return m_comparison.rows.at(index.row()).stated.value(claimant);
}

std::pair<qint64, qint64> ComparisonTableModel::quotesFor(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {0, 0};
    const ComparisonRow &row = m_comparison.rows.at(index.row());
    const std::optional<SeriesPoint> own = statementAt(index);
    if (!own) {
        if (row.leastClaimId != 0)
            return {row.leastClaimId, row.mostClaimId};
        // One statement: it alone.
        const auto stated = std::ranges::find_if(row.stated, [](const auto &s) { return s.has_value(); });
        return {stated != row.stated.cend() ? (*stated)->claimId : 0, 0};
    }
    if (row.leastClaimId == 0)
        return {own->claimId, 0};
    // The farther of the row's two ends from this statement.
    qint64 other = 0;
    double farthest = -1;
    for (const std::optional<SeriesPoint> &stated : row.stated) {
        if (!stated || stated->claimId == own->claimId)
            continue;
        const double distance = std::abs(spreadValue(*stated) - spreadValue(*own));
        if (distance > farthest) {
            farthest = distance;
            other = stated->claimId;
        }
    }
    return {own->claimId, other};
}

int ComparisonTableModel::disagreements() const
{
    return int(std::ranges::count_if(m_comparison.rows, &ComparisonRow::disagrees));
}

int ComparisonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.rows.size());
}

int ComparisonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : agreementColumn() + 1;
}

QVariant ComparisonTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ComparisonRow &row = m_comparison.rows.at(index.row());
    const int column = index.column();
    const std::optional<SeriesPoint> stated = statementAt(index);
    const bool statements = row.leastClaimId != 0;
    switch (role) {
    case Qt::DisplayRole:
        if (column == periodColumn())
            return periodLabel(row.start, m_comparison.period);
        if (column == ratioColumn())
            return row.ratio ? QVariant(QLocale().toString(*row.ratio, 'f', 2) + u'×') : QVariant();
        if (column == differenceColumn())
            return row.difference ? QVariant(number(*row.difference)) : QVariant();
        if (column == agreementColumn())
            return statements ? QVariant(row.disagrees ? tr("disagree") : tr("agree")) : QVariant();
        return stated ? QVariant(cellText(*stated)) : QVariant();
    case SortRole:
        if (column == periodColumn())
            return row.start;
        if (column == ratioColumn())
            return row.ratio ? QVariant(*row.ratio) : QVariant();
        if (column == differenceColumn())
            return row.difference ? QVariant(*row.difference) : QVariant();
        if (column == agreementColumn())
            return statements ? QVariant(row.disagrees) : QVariant();
        return stated ? QVariant(spreadValue(*stated)) : QVariant();
    case Qt::ToolTipRole:
        if (column == agreementColumn() && statements)
            return row.disagrees
                ? tr("Two of these figures cannot both be right within %1 % (docs/compare.md)")
                      .arg(number(m_comparison.threshold * 100))
                : tr("Every two of these figures can both be right within %1 %")
                      .arg(number(m_comparison.threshold * 100));
        return {};
    case Qt::FontRole:
        if (row.disagrees) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == periodColumn() || column == agreementColumn()
            ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case ClaimIdRole:
        return stated ? stated->claimId : qint64(0);
    case DisagreesRole:
        return row.disagrees;
    default:
        return {};
    }
}

QVariant ComparisonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount()
        || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    // A claimant's name, cut to fit its column, is whole in the tooltip.
    if (role == Qt::ToolTipRole)
        return section >= firstClaimantColumn() && section < ratioColumn()
            ? QVariant(m_comparison.claimants.at(section - firstClaimantColumn()))
            : QVariant();
    if (section == periodColumn()) {
        switch (m_comparison.period) {
        case ComparisonPeriod::Day:
            return tr("Day");
        case ComparisonPeriod::Week:
            return tr("Week");
        case ComparisonPeriod::Month:
            break;
        }
        return tr("Month");
    }
    if (section == ratioColumn())
        return tr("Ratio");
    if (section == differenceColumn())
        return tr("Difference");
    if (section == agreementColumn())
        return tr("Figures");
    return m_comparison.claimants.at(section - firstClaimantColumn());
}

} // namespace Claimbench
