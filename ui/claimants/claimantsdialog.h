#pragma once

#include "core/error.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QListView;
class QPushButton;

namespace Claimbench {

class NameListModel;
class ProjectSession;

// Edit › Claimants: every claimant of the project with its other spellings.
// The analyst adds a spelling ("UK Defense Ministry" for "UK Defence
// Ministry") or says that two claimants are one (Merge Into…). Each is one
// step on the session's undo stack, so the dialog has nothing to cancel; it
// is not modal, so the reader stays usable beside it.
class ClaimantsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ClaimantsDialog(ProjectSession *session, QWidget *parent = nullptr);

    void selectClaimant(qint64 id);
    // 0 when none is selected.
    qint64 selectedClaimant() const;
    // The selected claimant gains `alias` / is merged into `intoId` (which is
    // then selected). On refusal the reason is shown and false returned.
    bool addAlias(const QString &alias);
    bool mergeInto(qint64 intoId);

    QListView *list() const { return m_list; }
    QLabel *spellingsLabel() const { return m_spellings; }
    QLabel *messageLabel() const { return m_message; }

private:
    void askForAlias();
    void askForMergeTarget();
    void showSelected();
    bool report(const Result<void> &outcome, const QString &done);

    QPointer<ProjectSession> m_session;
    NameListModel *m_names;
    QListView *m_list;
    QLabel *m_spellings;
    QLabel *m_message;
    QPushButton *m_addAlias;
    QPushButton *m_merge;
};

} // namespace Claimbench
