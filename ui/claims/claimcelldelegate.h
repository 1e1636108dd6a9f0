#pragma once

#include <QStyledItemDelegate>

namespace Claimbench {

// Edits a claims-table cell against the claim as it was when the editor
// opened. On a team server another analyst's save reloads the table while
// the analyst types: the typed text stays (Qt would put the stored value
// back into the open editor), and the save is checked against the version
// the analyst saw (ClaimsTableModel::setDataSeenAt), so a change made
// meanwhile is asked about (Keep Theirs / Apply Mine) instead of written
// over. An editor closed without a keystroke writes nothing, so opening a
// cell and pressing Enter never takes a claim over in the Who column.
class ClaimCellDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    // Whether an edit is being saved now: the model's failure is then the
    // analyst's action's, not a read's.
    bool isSaving() const { return m_saving; }

private:
    mutable bool m_saving = false;
};

} // namespace Claimbench
