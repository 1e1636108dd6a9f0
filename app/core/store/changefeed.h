#pragma once

#include "core/error.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <memory>

namespace Claimbench {

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

    bool isEmpty() const;
};

// Other analysts' changes to a project on a team server, shortly after they
// commit. A connection of its own LISTENs (a connection that also runs
// queries may hold a notice unseen until its next query), so the feed works
// on the thread that creates it, which must run an event loop (the GUI
// thread). Notices are gathered for kGatherMs and then announced once, so a
// batch import of 2,000 articles is one refresh, not 2,000. This process's
// own writes are left out: its views change as it writes. A file project
// has no feed (create() returns nullptr): only one program writes to it at
// a time in practice, and SQLite has no notices.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    static constexpr int kGatherMs = 150;

    // Listens to `project`'s server; nullptr for a file project. Errors:
    // those of connecting (Project::openReadConnection).
    static Result<std::unique_ptr<ChangeFeed>> create(const std::shared_ptr<Project> &project);
    ~ChangeFeed() override;

Q_SIGNALS:
    void changed(const Claimbench::ProjectChanges &changes);

private:
    ChangeFeed(std::shared_ptr<Project> project, QString connection, QString session);
    void noteNotice(const QString &payload);
    void announce();

    std::shared_ptr<Project> m_project;
    QString m_connection;
    QString m_session; // this process's, to leave its own notices out
    ProjectChanges m_pending;
    QTimer m_gather;
};

} // namespace Claimbench
