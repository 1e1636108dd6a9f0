#pragma once

#include "core/commands/projectsession.h"

#include <QObject>
#include <QPointer>

#include <type_traits>
#include <utility>

namespace Claimbench {

// The project session a panel works on, and the panel's connections to it.
// A panel is made once per window and takes each project's session through
// its setSession(), which calls reset() and then connect() for the session's
// signals it follows:
//
//     void TagPanel::setSession(ProjectSession *session)
//     {
//         m_session.reset(session);          // drops the old session's connections
//         m_session.connect(&ProjectSession::tagsChanged, [this] { ... });
//         ...                                // the panel's own reset
//     }
//
// The session is not owned; nullptr means no project. It reads as nullptr
// once the session is deleted, so a panel the window has not yet told
// never uses a deleted session. Header-only, so that panels in any UI
// library can hold one. GUI thread.
class SessionBinding
{
public:
    // `owner` is the panel: the receiver of every connect(), and what reset()
    // disconnects from the session.
    explicit SessionBinding(QObject *owner)
        : m_owner(owner)
    {
    }
    SessionBinding(const SessionBinding &) = delete;
    SessionBinding &operator=(const SessionBinding &) = delete;

    ProjectSession *get() const { return m_session; }
    operator ProjectSession *() const { return m_session; }
    ProjectSession *operator->() const { return m_session; }

    // Disconnects every signal of the session held so far from the owner
    // (those made with connect() and any the owner made itself), then holds
    // `session`.
    void reset(ProjectSession *session)
    {
        if (m_session)
            QObject::disconnect(m_session, nullptr, m_owner, nullptr);
        m_session = session;
    }

    // Connects the held session's `signal` to `slot` (a member of the owner,
    // or a functor run in the owner's context); does nothing without a
    // session. reset() drops the connection.
    template <typename Signal, typename Slot>
    void connect(Signal signal, Slot &&slot) const
    {
        if (!m_session)
            return;
        if constexpr (std::is_member_function_pointer_v<std::decay_t<Slot>>) {
            using Receiver = typename QtPrivate::FunctionPointer<std::decay_t<Slot>>::Object;
            QObject::connect(m_session.data(), signal, static_cast<Receiver *>(m_owner), slot);
        } else {
            QObject::connect(m_session.data(), signal, m_owner, std::forward<Slot>(slot));
        }
    }

private:
    QObject *m_owner;
    QPointer<ProjectSession> m_session;
};

} // namespace Claimbench
