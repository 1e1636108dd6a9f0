#pragma once

#include "core/error.h"
#include "core/models/queriedrowsmodel.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QString>

namespace Claimbench {

class ProjectSession;

// The project's metric or claimant names, sorted as the repositories list
// them, for pick lists and completion. For claimants it can also list every
// alias as its own row (IdRole naming the claimant it resolves to), so that
// completion finds "UK Defense Ministry" as well as "UK Defence Ministry".
//
// It never runs SQL: rows come from MetricRepository::list() or
// ClaimantRepository::list(), again on the session's metricsChanged() or
// claimantsChanged(). Read-only: new names are created by whoever resolves
// them through the session (ClaimDraft).
//
// Thread affinity: the GUI thread, like the session it reads through.
// Errors: a failed read empties the model and is reported through
// errorOccurred(); nothing is thrown.
class NameListModel : public QueriedRowsModel<QAbstractListModel>
{
    Q_OBJECT
public:
    enum class Kind { Metrics, Claimants };
    enum class Spellings { NamesOnly, NamesAndAliases };

    enum Role {
        IdRole = Qt::UserRole + 1, // qint64: the metric or claimant the row names
        IsAliasRole,               // bool
    };

    explicit NameListModel(Kind kind, Spellings spellings = Spellings::NamesOnly,
                           QObject *parent = nullptr);

    // The session is not owned (nullptr: no rows). Reloads, and again on the
    // session's change signal for this kind.
    void setSession(ProjectSession *session);
    void reload();

    Kind kind() const { return m_kind; }
    // 0 for a row out of range.
    qint64 idAt(int row) const;
    // The row of the metric's or claimant's own name; -1 when not listed.
    int rowOfId(qint64 id) const;
    // The metric's or claimant's name; empty when not listed.
    QString nameOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void errorOccurred(const Claimbench::Error &error);

private:
    struct Row
    {
        qint64 id = 0;
        QString spelling;
        QString name; // the spelling itself, or the name an alias resolves to
    };
    Result<QList<Row>> query() const;

    Kind m_kind;
    Spellings m_spellings;
    QPointer<ProjectSession> m_session;
    QList<Row> m_rows;
};

} // namespace Claimbench
