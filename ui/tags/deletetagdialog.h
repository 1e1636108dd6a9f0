#pragma once

#include "core/domain/tag.h"
#include "core/models/tagtreemodel.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QRadioButton;

namespace Claimbench {

// Asks what happens to the claims of a tag being deleted: move them to
// another tag, leave them untagged, or keep the tag (Cancel). Nothing is
// chosen for the analyst: claims are never dropped silently.
class DeleteTagDialog : public QDialog
{
    Q_OBJECT
public:
    // `targets`: the tags the claims may move to (the deleted one left out),
    // in display order; with none, only "leave untagged" is offered.
    DeleteTagDialog(const Tag &tag, int claimCount, const QList<TagTreeModel::Entry> &targets,
                    QWidget *parent = nullptr);

    // After accept(): the tag the claims move to, 0 to leave them untagged.
    // std::nullopt when the dialog was cancelled.
    std::optional<qint64> choice() const;

    QRadioButton *moveButton() const { return m_move; }
    QRadioButton *untagButton() const { return m_untag; }
    QComboBox *targetBox() const { return m_target; }

    // Shows the dialog modally: the target tag, 0 (untagged) or nullopt.
    static std::optional<qint64> ask(QWidget *parent, const Tag &tag, int claimCount,
                                     const QList<TagTreeModel::Entry> &targets);

private:
    QRadioButton *m_move;
    QRadioButton *m_untag;
    QComboBox *m_target;
};

} // namespace Claimbench
