#include "core/store/changefeed.h"

#include "core/store/postgresdialect.h"
#include "core/store/project.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// This file's messages, in ChangeFeed's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::ChangeFeed)
};

QString uniqueConnectionName()
{
    static std::atomic<quint64> counter{0};
    return u"claimbench-changefeed-"_s + QString::number(++counter);
}

void appendOnce(QList<qint64> &ids, qint64 id)
{
    if (!ids.contains(id))
        ids.append(id);
}

} // namespace

bool ProjectChanges::isEmpty() const
{
    return claimsOfArticles.isEmpty() && addedArticles.isEmpty() && replacedArticles.isEmpty() && !tags && !metrics
        && !claimants;
}

Result<std::unique_ptr<ChangeFeed>> ChangeFeed::create(const std::shared_ptr<Project> &project)
{
    if (!project->server())
        return std::unique_ptr<ChangeFeed>();
    const QString name = uniqueConnectionName();
    if (auto opened = project->openReadConnection(name); !opened) {
        QSqlDatabase::removeDatabase(name);
        return std::unexpected(opened.error());
    }
    std::unique_ptr<ChangeFeed> feed(new ChangeFeed(project, name, project->sessionTag()));
    QSqlDriver *driver = QSqlDatabase::database(name, false).driver();
    if (!driver->subscribeToNotification(PostgresDialect::kChangeChannel.toString()))
        return makeError(Error::Code::Disconnected,
                         Messages::tr("Could not follow other analysts' changes on the team server"),
                         driver->lastError().text());
    connect(driver, &QSqlDriver::notification, feed.get(),
            [feed = feed.get()](const QString &, QSqlDriver::NotificationSource, const QVariant &payload) {
                feed->noteNotice(payload.toString());
            });
    return feed;
}

ChangeFeed::ChangeFeed(std::shared_ptr<Project> project, QString connection, QString session)
    : m_project(std::move(project))
    , m_connection(std::move(connection))
    , m_session(std::move(session))
{
    m_gather.setSingleShot(true);
    m_gather.setInterval(kGatherMs);
    connect(&m_gather, &QTimer::timeout, this, &ChangeFeed::announce);
}

ChangeFeed::~ChangeFeed()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.driver()->unsubscribeFromNotification(PostgresDialect::kChangeChannel.toString());
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
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

void ChangeFeed::announce()
{
    const ProjectChanges changes = std::exchange(m_pending, ProjectChanges{});
    if (!changes.isEmpty())
        Q_EMIT changed(changes);
}

} // namespace Claimbench
