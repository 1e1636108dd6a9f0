#include "ui/tags/deletetagdialog.h"

#include "ui/tags/tagicon.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Claimbench {

DeleteTagDialog::DeleteTagDialog(const Tag &tag, int claimCount,
                                 const QList<TagTreeModel::Entry> &targets, QWidget *parent)
    : QDialog(parent)
    , m_move(new QRadioButton(tr("&Move them to:"), this))
    , m_untag(new QRadioButton(tr("&Leave them untagged"), this))
    , m_target(new QComboBox(this))
{
    setWindowTitle(tr("Delete Tag"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    // One spelled out, more with %n: English needs no plural catalogue, Ukrainian picks its form by the count.
    auto *question = new QLabel(claimCount == 1
                                    ? tr("“%1” is the tag of one claim. What should happen to it?")
                                          .arg(tag.name)
                                    : tr("“%1” is the tag of %n claims. What should happen to them?", nullptr,
                                         claimCount)
                                          .arg(tag.name),
                                this);
    question->setWordWrap(true);

    for (const TagTreeModel::Entry &entry : targets)
        m_target->addItem(tagIcon(entry.tag.color), QString(entry.depth * 2, u' ') + entry.tag.name,
                          entry.tag.id);
    m_target->setObjectName(u"deleteTagTarget"_s);
    m_move->setObjectName(u"deleteTagMove"_s);
    m_untag->setObjectName(u"deleteTagUntag"_s);
    const bool canMove = !targets.isEmpty();
    m_move->setEnabled(canMove);
    m_target->setEnabled(canMove);
    (canMove ? m_move : m_untag)->setChecked(true);
    connect(m_move, &QRadioButton::toggled, m_target, &QWidget::setEnabled);
    // Picking a target is a choice to move there.
    connect(m_target, &QComboBox::activated, m_move, [this] { m_move->setChecked(true); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Delete Tag"), QDialogButtonBox::AcceptRole);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *moveRow = new QHBoxLayout;
    moveRow->addWidget(m_move);
    moveRow->addWidget(m_target, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addLayout(moveRow);
    layout->addWidget(m_untag);
    layout->addWidget(buttons);
}

std::optional<qint64> DeleteTagDialog::choice() const
{
    if (result() != QDialog::Accepted)
        return std::nullopt;
    if (m_untag->isChecked())
        return 0;
    return m_target->currentData().toLongLong();
}

std::optional<qint64> DeleteTagDialog::ask(QWidget *parent, const Tag &tag, int claimCount,
                                           const QList<TagTreeModel::Entry> &targets)
{
    DeleteTagDialog dialog(tag, claimCount, targets, parent);
    dialog.exec();
    return dialog.choice();
}

} // namespace Claimbench
