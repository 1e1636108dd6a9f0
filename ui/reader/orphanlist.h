#pragma once

#include "core/domain/claim.h"
#include "ui/actionaccess.h"

#include <QList>
#include <QWidget>

class QListWidget;
class QPushButton;
class QToolButton;

namespace Claimbench {

// The claims of an article whose quote could not be placed again after its
// text changed (Claim::orphaned). They are not drawn in the text; this bar
// says how many there are ("2 orphaned claims") and opens their list, from
// which the analyst places one on the selected text or deletes it. The
// program never drops them by itself. Hidden while there are none.
class OrphanList : public QWidget
{
    Q_OBJECT
public:
    explicit OrphanList(QWidget *parent = nullptr);

    // Shows the orphans among `claims`.
    void setClaims(const QList<Claim> &claims);
    int count() const { return int(m_orphans.size()); }
    QListWidget *list() const { return m_list; }
    // Whether the analyst has selected text to place a claim on.
    void setCanPlace(bool canPlace);
    // What the project's role may do (ActionAccess): Place Here and Delete
    // only for a role that writes; otherwise disabled, their tips saying why.
    void setAccess(const ActionAccess &access);

Q_SIGNALS:
    void placeRequested(qint64 claimId);
    void deleteRequested(qint64 claimId);

private:
    qint64 currentClaim() const;
    void updateButtons();

    QList<Claim> m_orphans;
    QToolButton *m_toggle;
    QWidget *m_details;
    QListWidget *m_list;
    QPushButton *m_place;
    QPushButton *m_delete;
    bool m_canPlace = false;
    ActionAccess m_access;
};

} // namespace Claimbench
