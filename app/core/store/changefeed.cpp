#include "core/store/changefeed.h"

#include "core/store/postgresdialect.h"
#include "core/store/project.h"
#include "core/store/sqlsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSocketNotifier>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>

#include <libpq-fe.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// This file's messages, in ChangeFeed's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::ChangeFeed)
};

void appendOnce(QList<qint64> &ids, qint64 id)
{
    if (!ids.contains(id))
        ids.append(id);
}

// The libpq connection under the QPSQL driver `driver`; nullptr when it has none.
PGconn *libpqConnection(const QSqlDriver *driver)
{
    const QVariant handle = driver->handle();
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

} // namespace

// The feed's connection, on the feed's own thread: connects, LISTENs, hands
// each notice to the feed, and connects again when the server closes it.
class ChangeListener : public QObject
{
    Q_OBJECT

public:
    explicit ChangeListener(const Project *project)
        : m_project(project)
    {
        m_retry.setSingleShot(true);
        connect(&m_retry, &QTimer::timeout, this, &ChangeListener::attempt);
        m_heartbeat.setInterval(kHeartbeatMs);
        connect(&m_heartbeat, &QTimer::timeout, this, &ChangeListener::checkStatus);
    }
    ~ChangeListener() override { drop(); }

    // One attempt to connect and listen; on failure the next is scheduled.
    void attempt();

Q_SIGNALS:
    void notice(const QString &payload);
    // Listening from now on; `missed` is empty, or `everything` when
    // notices may have been missed before (see ChangeFeed).
    void listening(const Claimbench::ProjectChanges &missed);
    void lost();
    void failed(const Claimbench::Error &error);

private:
    Result<void> listen(const QString &name);
    Result<ProjectChanges> everything(const QString &name) const;
    PGconn *connection() const; // the listening one; nullptr while there is none
    // When the socket is readable (a notice, or the server closing it):
    // whether the connection is still there.
    void checkConnection();
    // Every kHeartbeatMs: whether QPSQL's reading found the connection closed
    // (libpq's status) when this feed's notifier did not see it.
    void checkStatus();
    void noteLoss();
    void reconnectLater();
    void drop();

    static constexpr int kHeartbeatMs = 1000;

    const Project *m_project; // outlives this (ChangeFeed joins the thread first)
    QString m_connection;     // "" while not connected
    QTimer m_retry{this};
    QTimer m_heartbeat{this}; // runs while listening
    int m_nextDelayMs = ChangeFeed::kFirstRetryMs;
    bool m_listened = false;
    bool m_failedSince = false; // an attempt failed since the feed last listened (or was created)
};

void ChangeListener::attempt()
{
    QElapsedTimer took;
    took.start();
    const QString name = Sql::uniqueConnectionName(u"changefeed");
    Result<void> ready = m_project->openReadConnection(name);
    if (ready)
        ready = listen(name);
    Result<ProjectChanges> missed = ProjectChanges{};
    // A first connection that was quick met no change the views just read
    // missed; any other may have.
    const bool mayHaveMissed = m_listened || m_failedSince || took.elapsed() > ChangeFeed::kSlowConnectMs;
    if (ready && mayHaveMissed) {
        missed = everything(name);
        if (!missed)
            ready = std::unexpected(missed.error());
    }
    if (!ready) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        m_failedSince = true;
        Q_EMIT failed(ready.error());
        m_retry.start(m_nextDelayMs);
        m_nextDelayMs = std::min(m_nextDelayMs * 2, ChangeFeed::kLongestRetryMs);
        return;
    }
    m_connection = name;
    m_heartbeat.start();
    m_nextDelayMs = ChangeFeed::kFirstRetryMs;
    m_listened = true;
    m_failedSince = false;
    Q_EMIT listening(*missed);
}

Result<void> ChangeListener::listen(const QString &name)
{
    QSqlDriver *driver = QSqlDatabase::database(name, false).driver();
    if (!driver->subscribeToNotification(PostgresDialect::kChangeChannel.toString()))
        return makeError(Error::Code::Disconnected,
                         Messages::tr("Could not follow other analysts' changes on the team server"),
                         driver->lastError().text());
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                Q_EMIT notice(payload.toString());
            });
    // QPSQL reads notices when a notifier of its own (out of reach) sees the
    // socket readable, as it also is when the server closes the connection:
    // this one looks then whether the connection is still there.
    PGconn *connection = libpqConnection(driver);
    if (!connection || PQsocket(connection) < 0)
        return makeError(Error::Code::Disconnected,
                         Messages::tr("Could not follow other analysts' changes on the team server"),
                         u"no socket to watch"_s);
    auto *socket = new QSocketNotifier(PQsocket(connection), QSocketNotifier::Read, driver);
    connect(socket, &QSocketNotifier::activated, this, &ChangeListener::checkConnection);
    return {};
}

Result<ProjectChanges> ChangeListener::everything(const QString &name) const
{
    auto db = Sql::connection(name);
    if (!db)
        return std::unexpected(db.error());
    auto articles = Sql::ids(*db, u"SELECT id FROM articles ORDER BY id"_s);
    if (!articles)
        return std::unexpected(articles.error());
    ProjectChanges changes;
    changes.claimsOfArticles = std::move(*articles);
    changes.tags = changes.metrics = changes.claimants = true;
    changes.everything = true;
    return changes;
}

PGconn *ChangeListener::connection() const
{
    return m_connection.isEmpty() ? nullptr : libpqConnection(QSqlDatabase::database(m_connection, false).driver());
}

void ChangeListener::checkConnection()
{
    // Reads what is there, as QPSQL does: both notifiers saw it readable,
    // so QPSQL still takes the notices read here from libpq's queue.
    if (PGconn *listening = connection(); listening && PQconsumeInput(listening) && PQstatus(listening) == CONNECTION_OK)
        return;
    noteLoss();
}

void ChangeListener::checkStatus()
{
    if (PGconn *listening = connection(); listening && PQstatus(listening) == CONNECTION_OK)
        return;
    noteLoss();
}

void ChangeListener::noteLoss()
{
    if (m_connection.isEmpty() || !m_heartbeat.isActive())
        return;
    m_heartbeat.stop();
    // libpq has closed the socket. Closing the driver now takes QPSQL's
    // notifier away before the next poll finds it watching a closed socket.
    QSqlDriver *driver = QSqlDatabase::database(m_connection, false).driver();
    const auto notifiers = driver->findChildren<QSocketNotifier *>();
    for (QSocketNotifier *notifier : notifiers)
        notifier->setEnabled(false);
    driver->close();
    // The rest later: removing the connection deletes the notifier that
    // may be emitting now.
    QMetaObject::invokeMethod(this, &ChangeListener::reconnectLater, Qt::QueuedConnection);
}

void ChangeListener::reconnectLater()
{
    if (m_connection.isEmpty())
        return;
    drop();
    Q_EMIT lost();
    m_retry.start(m_nextDelayMs);
    m_nextDelayMs = std::min(m_nextDelayMs * 2, ChangeFeed::kLongestRetryMs);
}

void ChangeListener::drop()
{
    m_heartbeat.stop();
    if (m_connection.isEmpty())
        return;
    {
        // Closing ends the LISTEN on the server too.
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

bool ProjectChanges::isEmpty() const
{
    return claimsOfArticles.isEmpty() && addedArticles.isEmpty() && replacedArticles.isEmpty() && !tags && !metrics
        && !claimants && !everything;
}

std::unique_ptr<ChangeFeed> ChangeFeed::create(const std::shared_ptr<Project> &project)
{
    if (!project->server())
        return nullptr;
    return std::unique_ptr<ChangeFeed>(new ChangeFeed(project));
}

ChangeFeed::ChangeFeed(std::shared_ptr<Project> project)
    : m_project(std::move(project))
    , m_session(m_project->sessionTag())
{
    qRegisterMetaType<ProjectChanges>();
    qRegisterMetaType<Error>();
    m_gather.setSingleShot(true);
    m_gather.setInterval(kGatherMs);
    connect(&m_gather, &QTimer::timeout, this, &ChangeFeed::announce);

    m_thread.setObjectName(u"claimbench-changefeed"_s);
    m_listener = new ChangeListener(m_project.get());
    m_listener->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_listener, &ChangeListener::attempt);
    connect(&m_thread, &QThread::finished, m_listener, &QObject::deleteLater);
    connect(m_listener, &ChangeListener::notice, this, &ChangeFeed::noteNotice);
    connect(m_listener, &ChangeListener::listening, this, &ChangeFeed::noteListening);
    connect(m_listener, &ChangeListener::lost, this, &ChangeFeed::noteLost);
    connect(m_listener, &ChangeListener::failed, this, &ChangeFeed::noteFailure);
    m_thread.start();
}

ChangeFeed::~ChangeFeed()
{
    m_thread.quit();
    m_thread.wait();
}

bool ChangeFeed::isListening() const
{
    return m_listening;
}

bool ChangeFeed::hasListened() const
{
    return m_listened;
}

void ChangeFeed::noteNotice(const QString &payload)
{
    const auto notice = PostgresDialect::parseChangeNotice(payload);
    if (!notice || notice->session == m_session)
        return;
    if (notice->table == u"claims")
        appendOnce(m_pending.claimsOfArticles, notice->articleId);
    else if (notice->table == u"articles")
        appendOnce(notice->replaced ? m_pending.replacedArticles : m_pending.addedArticles, notice->articleId);
    else if (notice->table == u"tags")
        m_pending.tags = true;
    else if (notice->table == u"metrics")
        m_pending.metrics = true;
    else if (notice->table == u"claimants" || notice->table == u"claimant_aliases")
        m_pending.claimants = true;
    if (!m_gather.isActive())
        m_gather.start();
}

void ChangeFeed::noteListening(const ProjectChanges &missed)
{
    m_listening = true;
    m_listened = true;
    m_reportedOutage = false;
    Q_EMIT listeningChanged(true);
    if (missed.everything) {
        // Covers whatever was gathered before the connection was lost.
        m_gather.stop();
        m_pending = ProjectChanges{};
        Q_EMIT changed(missed);
    }
}

void ChangeFeed::noteLost()
{
    m_listening = false;
    Q_EMIT listeningChanged(false);
}

void ChangeFeed::noteFailure(const Error &error)
{
    if (std::exchange(m_reportedOutage, true))
        return;
    Q_EMIT unavailable(error);
}

void ChangeFeed::announce()
{
    const ProjectChanges changes = std::exchange(m_pending, ProjectChanges{});
    if (!changes.isEmpty())
        Q_EMIT changed(changes);
}

} // namespace Claimbench

#include "changefeed.moc"
