#include "ui/reader/orphanlist.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Claimbench {

OrphanList::OrphanList(QWidget *parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_details(new QWidget(this))
    , m_list(new QListWidget(m_details))
    , m_place(new QPushButton(tr("&Place Here"), m_details))
    , m_delete(new QPushButton(tr("Delete"), m_details))
{
    setObjectName(u"orphanList"_s);
    m_toggle->setObjectName(u"orphanToggle"_s);
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setIcon(QIcon::fromTheme(u"dialog-warning"_s));
    m_toggle->setToolTip(tr("Claims whose quote is no longer in the article's text"));
    m_list->setObjectName(u"orphanClaims"_s);
    m_list->setMaximumHeight(120);
    m_place->setObjectName(u"orphanPlace"_s);
    m_delete->setObjectName(u"orphanDelete"_s);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_place);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    auto *detailsLayout = new QHBoxLayout(m_details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_list, 1);
    detailsLayout->addLayout(buttons);
    m_details->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 4);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_details);

    connect(m_toggle, &QToolButton::toggled, m_details, &QWidget::setVisible);
    connect(m_list, &QListWidget::currentRowChanged, this, &OrphanList::updateButtons);
    connect(m_place, &QPushButton::clicked, this, [this] { Q_EMIT placeRequested(currentClaim()); });
    connect(m_delete, &QPushButton::clicked, this, [this] { Q_EMIT deleteRequested(currentClaim()); });
    hide();
}

void OrphanList::setClaims(const QList<Claim> &claims)
{
    m_orphans.clear();
    for (const Claim &claim : claims)
        if (claim.orphaned)
            m_orphans.append(claim);
    m_list->clear();
    for (const Claim &orphan : std::as_const(m_orphans)) {
        auto *item = new QListWidgetItem(u"“"_s + orphan.quote + u"”"_s, m_list);
        item->setToolTip(u"…"_s + orphan.contextBefore + orphan.quote + orphan.contextAfter + u"…"_s);
    }
    if (!m_orphans.isEmpty())
        m_list->setCurrentRow(0);
    m_toggle->setText(m_orphans.size() == 1 ? tr("1 orphaned claim")
                                            : tr("%n orphaned claims", nullptr, int(m_orphans.size())));
    setVisible(!m_orphans.isEmpty());
    updateButtons();
}

void OrphanList::setCanPlace(bool canPlace)
{
    m_canPlace = canPlace;
    updateButtons();
}

qint64 OrphanList::currentClaim() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_orphans.size() ? m_orphans.at(row).id : 0;
}

void OrphanList::setAccess(const ActionAccess &access)
{
    m_access = access;
    updateButtons();
}

void OrphanList::updateButtons()
{
    m_place->setEnabled(m_canPlace && currentClaim() != 0 && m_access.allows(ActionAccess::Need::Write));
    m_delete->setEnabled(currentClaim() != 0 && m_access.allows(ActionAccess::Need::Write));
    const QString why = m_access.refusal(ActionAccess::Need::Write);
    m_place->setToolTip(why.isEmpty() ? tr("Anchor the chosen claim on the text selected in the article") : why);
    m_delete->setToolTip(why);
}

} // namespace Claimbench
