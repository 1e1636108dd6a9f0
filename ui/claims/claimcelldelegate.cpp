#include "ui/claims/claimcelldelegate.h"

#include "core/commands/projectsession.h"
#include "core/models/claimstablemodel.h"

#include <QLineEdit>
#include <QMetaProperty>
#include <QScopedValueRollback>

namespace Claimbench {

namespace {

// The claim and its version when the editor opened, and whether the editor
// holds the cell's text yet, kept on the editor.
constexpr const char *kClaimProperty = "claimbenchClaimId";
constexpr const char *kVersionProperty = "claimbenchVersion";
constexpr const char *kFilledProperty = "claimbenchFilled";

} // namespace

QWidget *ClaimCellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    const auto *claims = qobject_cast<const ClaimsTableModel *>(index.model());
    if (const ClaimRow *row = claims ? claims->rowAt(index.row()) : nullptr; editor && row) {
        editor->setProperty(kClaimProperty, row->claim.id);
        editor->setProperty(kVersionProperty, row->claim.version);
    }
    return editor;
}

void ClaimCellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    // Qt calls this again on every change to the row: once filled, the
    // editor keeps what the analyst sees and types.
    if (editor->property(kFilledProperty).toBool())
        return;
    QStyledItemDelegate::setEditorData(editor, index);
    editor->setProperty(kFilledProperty, true);
}

void ClaimCellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (const auto *line = qobject_cast<const QLineEdit *>(editor); line && !line->isModified())
        return;
    auto *claims = qobject_cast<ClaimsTableModel *>(model);
    const QVariant claimId = editor->property(kClaimProperty);
    if (!claims || !claimId.isValid()) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    const QVariant value = editor->metaObject()->userProperty().read(editor);
    const QScopedValueRollback saving(m_saving, true);
    claims->setDataSeenAt(index, value, claimId.toLongLong(), editor->property(kVersionProperty).toLongLong());
}

} // namespace Claimbench
