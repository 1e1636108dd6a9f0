#pragma once

#include "core/store/project.h"

#include <QString>

class QAction;

namespace Claimbench {

// What the open project's role lets the window's actions do (Project::access):
// a team server's reviewer may change the status and note of claims only, a
// viewer nothing, nor may anyone change a read-only file. An action the role
// may not take is disabled, and its tool tip and status tip say why ("Your
// role on this server is viewer"), so that a greyed-out menu entry is no
// riddle; the server would refuse it anyway.
class ActionAccess
{
public:
    // What an action does to the project.
    enum class Need {
        Write,  // anything an analyst may do: claims, tags, metrics, claimants, imports
        Review, // a claim's status or note
    };

    // Everything allowed (no project: the actions are disabled for that).
    ActionAccess() = default;
    explicit ActionAccess(const Project *project);

    bool allows(Need need) const;
    // Why the role may not, one line; empty when it may.
    QString refusal(Need need) const;

    // Enables `action` when it is `available` (a claim selected, ...) and the
    // role allows `need`. Refused by the role, its tips say why; allowed
    // again, it gets its own tips back.
    void apply(QAction *action, bool available, Need need = Need::Write) const;

private:
    Project::Access m_access = Project::Access::ReadWrite;
    bool m_server = false;
};

} // namespace Claimbench
