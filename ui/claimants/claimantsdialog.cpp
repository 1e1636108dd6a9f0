#include "ui/claimants/claimantsdialog.h"

#include "core/commands/projectsession.h"
#include "core/models/namelistmodel.h"
#include "core/store/project.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Claimbench {

ClaimantsDialog::ClaimantsDialog(ProjectSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_names(new NameListModel(NameListModel::Kind::Claimants, NameListModel::Spellings::NamesOnly, this))
    , m_list(new QListView(this))
    , m_spellings(new QLabel(this))
    , m_message(new QLabel(this))
    , m_addAlias(new QPushButton(tr("Add &Alias…"), this))
    , m_merge(new QPushButton(tr("&Merge Into…"), this))
{
    setWindowTitle(tr("Claimants"));
    m_names->setSession(session);
    m_list->setModel(m_names);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_spellings->setWordWrap(true);
    m_spellings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_addAlias->setToolTip(tr("Another spelling that names the selected claimant"));
    m_merge->setToolTip(tr("The selected claimant and another are the same: keep the other, "
                           "with this name as one of its spellings and these claims"));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_addAlias);
    buttons->addWidget(m_merge);
    buttons->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_spellings);
    layout->addWidget(m_message);
    layout->addWidget(close);
    resize(520, 420);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addAlias, &QPushButton::clicked, this, &ClaimantsDialog::askForAlias);
    connect(m_merge, &QPushButton::clicked, this, &ClaimantsDialog::askForMergeTarget);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &ClaimantsDialog::showSelected);
    // A reload (after any claimant change, an undo included) drops the
    // current row; the spellings shown must follow.
    connect(m_names, &QAbstractItemModel::modelReset, this, &ClaimantsDialog::showSelected);
    if (m_names->rowCount() > 0)
        m_list->setCurrentIndex(m_names->index(0));
    showSelected();
}

void ClaimantsDialog::selectClaimant(qint64 id)
{
    const int row = m_names->rowOfId(id);
    m_list->setCurrentIndex(row >= 0 ? m_names->index(row) : QModelIndex());
    showSelected();
}

qint64 ClaimantsDialog::selectedClaimant() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? m_names->idAt(current.row()) : 0;
}

bool ClaimantsDialog::addAlias(const QString &alias)
{
    const qint64 id = selectedClaimant();
    if (!m_session || id == 0)
        return false;
    if (!report(m_session->addClaimantAlias(id, alias.trimmed()),
                tr("“%1” now names %2.").arg(alias.trimmed(), m_names->nameOf(id))))
        return false;
    selectClaimant(id);
    return true;
}

bool ClaimantsDialog::mergeInto(qint64 intoId)
{
    const qint64 id = selectedClaimant();
    if (!m_session || id == 0)
        return false;
    const QString from = m_names->nameOf(id);
    const QString into = m_names->nameOf(intoId);
    if (!report(m_session->mergeClaimants(id, intoId),
                tr("%1 merged into %2 (Edit › Undo splits them again).").arg(from, into)))
        return false;
    selectClaimant(intoId);
    return true;
}

void ClaimantsDialog::askForAlias()
{
    const qint64 id = selectedClaimant();
    bool ok = false;
    const QString alias = QInputDialog::getText(this, tr("Add Alias"),
                                                tr("Another spelling of %1:").arg(m_names->nameOf(id)),
                                                QLineEdit::Normal, QString(), &ok);
    if (ok && !alias.trimmed().isEmpty())
        addAlias(alias);
}

void ClaimantsDialog::askForMergeTarget()
{
    const qint64 id = selectedClaimant();
    QStringList names;
    QList<qint64> ids;
    for (int row = 0; row < m_names->rowCount(); ++row) {
        if (m_names->idAt(row) == id)
            continue;
        names.append(m_names->data(m_names->index(row)).toString());
        ids.append(m_names->idAt(row));
    }
    if (names.isEmpty()) {
        m_message->setText(tr("There is no other claimant to merge into."));
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Merge Claimants"),
        tr("%1 is the same claimant as:").arg(m_names->nameOf(id)), names, 0, false, &ok);
    if (ok)
        mergeInto(ids.value(names.indexOf(chosen)));
}

void ClaimantsDialog::showSelected()
{
    const qint64 id = selectedClaimant();
    m_addAlias->setEnabled(id != 0);
    m_merge->setEnabled(id != 0 && m_names->rowCount() > 1);
    if (id == 0 || !m_session) {
        m_spellings->setText(m_names->rowCount() == 0 ? tr("No claimants yet: a claim's editor makes them.")
                                                      : QString());
        return;
    }
    auto claimant = m_session->project()->claimants().get(id);
    if (!claimant) {
        m_spellings->setText(claimant.error().message);
        return;
    }
    m_spellings->setText(claimant->aliases.isEmpty()
                             ? tr("No other spellings.")
                             : tr("Also spelled: %1").arg(claimant->aliases.join(u"; "_s)));
}

bool ClaimantsDialog::report(const Result<void> &outcome, const QString &done)
{
    m_message->setText(outcome ? done : outcome.error().message);
    return outcome.has_value();
}

} // namespace Claimbench
