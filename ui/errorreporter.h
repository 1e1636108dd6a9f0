#pragma once

#include "core/error.h"

#include <QObject>
#include <QPointer>

class QLabel;
class QMainWindow;
class QMessageBox;

namespace Claimbench {

class ChangeFeed;
class ProjectSession;

// How the window shows what failed: a failed action in a message box, never
// two boxes for the same error at once (a failure repeated while its box is
// open, or met by two panels, adds none); and a team server that cannot be
// reached during a read nobody asked for (the change feed's refresh, a
// model's reload) in a notice on the status bar instead, "Connection to the
// server lost — reconnecting…", which goes once the change feed listens
// again (its connection to the server works once more).
// GUI thread; the window owns it.
class ErrorReporter : public QObject
{
    Q_OBJECT
public:
    explicit ErrorReporter(QMainWindow *window);

    // A failed action: a message box with `headline`, the error's message
    // and its detail (the driver's text) behind Show Details.
    void showError(const QString &headline, const Error &error);
    // A failed read: the notice when the server could not be reached, else as showError.
    void showReadError(const QString &headline, const Error &error);
    // Follows `session`'s change feed (none: a file project) for the notice.
    void setSession(const ProjectSession *session);
    // The status bar's notice (hidden while the server is reachable).
    QLabel *connectionNotice() const { return m_notice; }

private:
    void showConnectionLost();

    QMainWindow *m_window;
    QLabel *m_notice;
    QPointer<const ChangeFeed> m_feed; // the session's, for as long as it lives
    QList<QPointer<QMessageBox>> m_open;
};

} // namespace Claimbench
