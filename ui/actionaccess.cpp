#include "ui/actionaccess.h"

#include <QAction>
#include <QCoreApplication>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// This file's messages, in ActionAccess's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::ActionAccess)
};

// Where an action keeps its own status tip while the role's refusal replaces it.
constexpr char kOwnStatusTip[] = "claimbenchOwnStatusTip";

} // namespace

ActionAccess::ActionAccess(const Project *project)
{
    if (!project)
        return;
    m_access = project->access();
    m_server = project->server().has_value();
}

bool ActionAccess::allows(Need need) const
{
    switch (m_access) {
    case Project::Access::ReadWrite:
        return true;
    case Project::Access::ReviewOnly:
        return need == Need::Review;
    case Project::Access::ReadOnly:
        return false;
    }
    return false;
}

QString ActionAccess::refusal(Need need) const
{
    if (allows(need))
        return {};
    if (!m_server)
        return Messages::tr("The project file is read-only");
    return m_access == Project::Access::ReviewOnly
        ? Messages::tr("Your role on this server is reviewer: it changes the status and note of claims only")
        : Messages::tr("Your role on this server is viewer: it changes nothing");
}

void ActionAccess::apply(QAction *action, bool available, Need need) const
{
    const QString why = refusal(need);
    action->setEnabled(available && why.isEmpty());
    const QVariant own = action->property(kOwnStatusTip);
    if (!why.isEmpty()) {
        if (!own.isValid())
            action->setProperty(kOwnStatusTip, action->statusTip());
        action->setStatusTip(why);
        action->setToolTip(why);
    } else if (own.isValid()) {
        action->setStatusTip(own.toString());
        action->setProperty(kOwnStatusTip, QVariant());
        action->setToolTip(QString()); // back to the action's text
    }
}

} // namespace Claimbench
