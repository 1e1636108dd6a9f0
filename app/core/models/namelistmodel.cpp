#include "core/models/namelistmodel.h"

#include "core/commands/projectsession.h"
#include "core/store/project.h"

namespace Claimbench {

NameListModel::NameListModel(Kind kind, Spellings spellings, QObject *parent)
    : QueriedRowsModel(parent)
    , m_kind(kind)
    , m_spellings(spellings)
{
}

void NameListModel::setSession(ProjectSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        if (m_kind == Kind::Metrics)
            connect(m_session, &ProjectSession::metricsChanged, this, &NameListModel::reload);
        else
            connect(m_session, &ProjectSession::claimantsChanged, this, &NameListModel::reload);
    }
    reload();
}

Result<QList<NameListModel::Row>> NameListModel::query() const
{
    QList<Row> rows;
    if (!m_session)
        return rows;
    if (m_kind == Kind::Metrics) {
        auto metrics = m_session->project()->metrics().list();
        if (!metrics)
            return std::unexpected(metrics.error());
        for (const Metric &metric : std::as_const(*metrics))
            rows.append(Row{metric.id, metric.name, metric.name});
        return rows;
    }
    auto claimants = m_session->project()->claimants().list();
    if (!claimants)
        return std::unexpected(claimants.error());
    for (const Claimant &claimant : std::as_const(*claimants)) {
        rows.append(Row{claimant.id, claimant.name, claimant.name});
        if (m_spellings == Spellings::NamesAndAliases)
            for (const QString &alias : claimant.aliases)
                rows.append(Row{claimant.id, alias, claimant.name});
    }
    return rows;
}

void NameListModel::reload()
{
    if (const std::optional<Error> failed = replaceRows(m_rows, query()))
        Q_EMIT errorOccurred(*failed);
}

qint64 NameListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int NameListModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id && m_rows.at(row).spelling == m_rows.at(row).name)
            return row;
    return -1;
}

QString NameListModel::nameOf(qint64 id) const
{
    const int row = rowOfId(id);
    return row < 0 ? QString() : m_rows.at(row).name;
}

int NameListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant NameListModel::data(const QModelIndex &index, int role) const
{
    // A combo box with no current item asks about the invalid index.
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool alias = row.spelling != row.name;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return row.spelling;
    case Qt::ToolTipRole:
        return alias ? tr("Another spelling of %1").arg(row.name) : QVariant();
    case IdRole:
        return row.id;
    case IsAliasRole:
        return alias;
    }
    return {};
}

} // namespace Claimbench
