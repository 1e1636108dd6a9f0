#pragma once

#include "core/error.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QThread>
#include <QTimer>

#include <memory>

namespace Claimbench {

class ChangeListener;
class Project;

// What another analyst's committed write touched, as the store's triggers
// announce it on a team server (Dialect::changeNoticeSchema).
struct ProjectChanges
{
    QList<qint64> claimsOfArticles;  // articles whose claims changed
    QList<qint64> addedArticles;     // new, or deleted
    QList<qint64> replacedArticles;  // texts replaced (a corrected re-import)
    bool tags = false;
    bool metrics = false;
    bool claimants = false;          // or their aliases
    // The feed was not listening for a while (a server restart, a slow
    // first connection) and may have missed notices: claimsOfArticles then
    // names every article and tags, metrics and claimants are all set, so
    // that every view reads again what it shows.
    bool everything = false;

    bool isEmpty() const;
};

// Other analysts' changes to a project on a team server, shortly after they
// commit. A connection of its own LISTENs (a connection that also runs
// queries may hold a notice unseen until its next query), on a thread of
// its own, so that connecting never holds up the thread that creates the
// feed: a server that accepts the connection and then says nothing would
// keep the window from appearing for the whole connect timeout. The feed
// announces on the thread that creates it, which must run an event loop
// (the GUI thread). Notices are gathered for kGatherMs and then announced
// once, so a batch import of 2,000 articles is one refresh, not 2,000. This
// process's own writes are left out: its views change as it writes.
//
// When the server closes the connection (a restart) the feed connects
// again, kFirstRetryMs later, then waiting twice as long after each failed
// attempt up to kLongestRetryMs, for as long as it lives; once listening
// again it announces `everything`, as it does after a first connection that
// was slow or failed first. A file project has no feed (create() returns
// nullptr): only one program writes to it at a time in practice, and SQLite
// has no notices.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    static constexpr int kGatherMs = 150;
    static constexpr int kFirstRetryMs = 500;
    static constexpr int kLongestRetryMs = 10'000;
    // A first connection that takes longer than this may have missed changes
    // made while the views loaded: it announces `everything`.
    static constexpr int kSlowConnectMs = 1000;

    // Starts listening to `project`'s server, connecting in the background;
    // nullptr for a file project.
    static std::unique_ptr<ChangeFeed> create(const std::shared_ptr<Project> &project);
    // Waits for the listening thread to end: up to the connect timeout
    // (PostgresDialect::setServer) when it is connecting to a server that
    // does not answer.
    ~ChangeFeed() override;

    // Whether notices reach the feed now: false until the first connection
    // is made, and from a lost connection until the next one.
    bool isListening() const;
    // Whether it has listened at all since it was created.
    bool hasListened() const;

Q_SIGNALS:
    void changed(const Claimbench::ProjectChanges &changes);
    void listeningChanged(bool listening);
    // An attempt to connect failed: emitted once per outage (again only
    // after the feed has listened once more), with the reason. The feed
    // keeps trying.
    void unavailable(const Claimbench::Error &error);

private:
    explicit ChangeFeed(std::shared_ptr<Project> project);
    void noteNotice(const QString &payload);
    void noteListening(const Claimbench::ProjectChanges &missed);
    void noteLost();
    void noteFailure(const Claimbench::Error &error);
    void announce();

    std::shared_ptr<Project> m_project; // outlives the listener's thread
    QString m_session;                  // this process's, to leave its own notices out
    ProjectChanges m_pending;
    QTimer m_gather;
    QThread m_thread;
    ChangeListener *m_listener = nullptr; // lives in m_thread, deleted as it ends
    bool m_listening = false;
    bool m_listened = false;
    bool m_reportedOutage = false;
};

} // namespace Claimbench
