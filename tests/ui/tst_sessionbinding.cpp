#include "core/commands/projectsession.h"
#include "core/store/project.h"
#include "ui/sessionbinding.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

// A panel stand-in: counts the tag changes of the session it holds.
class Panel : public QObject
{
public:
    void setSession(ProjectSession *session)
    {
        m_session.reset(session);
        m_session.connect(&ProjectSession::tagsChanged, [this] { ++heard; });
    }
    ProjectSession *session() const { return m_session; }
    int heard = 0;

private:
    SessionBinding m_session{this};
};

class TestSessionBinding : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<ProjectSession> newSession(const QString &name)
    {
        auto project = Project::open(m_dir.filePath(name), Project::OpenMode::CreateIfMissing);
        return project ? std::make_unique<ProjectSession>(*project) : nullptr;
    }

private Q_SLOTS:
    void followsOnlyTheSessionItHolds()
    {
        auto first = newSession(u"a.claimbench"_s);
        auto second = newSession(u"b.claimbench"_s);
        QVERIFY(first && second);
        Panel panel;
        panel.setSession(first.get());
        Q_EMIT first->tagsChanged();
        QCOMPARE(panel.heard, 1);
        panel.setSession(second.get());
        Q_EMIT first->tagsChanged();
        QCOMPARE(panel.heard, 1);
        Q_EMIT second->tagsChanged();
        QCOMPARE(panel.heard, 2);
        panel.setSession(nullptr);
        Q_EMIT second->tagsChanged();
        QCOMPARE(panel.heard, 2);
    }

    void aDeletedSessionReadsAsNone()
    {
        auto session = newSession(u"c.claimbench"_s);
        QVERIFY(session);
        Panel panel;
        panel.setSession(session.get());
        session.reset();
        QCOMPARE(panel.session(), nullptr);
        panel.setSession(nullptr); // nothing left to disconnect
    }
};

QTEST_GUILESS_MAIN(TestSessionBinding)
#include "tst_sessionbinding.moc"
