#include "common/isolatedsettings.h"
#include "core/commands/projectsession.h"
#include "ui/projectcontroller.h"

#include <QFile>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Claimbench;

// The project's lifetime without a window: what the controller announces,
// in which order, and what it refuses.
class TestProjectController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QVERIFY(m_dir.isValid());
        isolateSettings(m_settingsDir.path(), u"tst_projectcontroller"_s);
    }

    void init() { QSettings().clear(); }

    void openAnnouncesTheChangeAroundTheSwitch()
    {
        ProjectController controller;
        QStringList events;
        connect(&controller, &ProjectController::projectAboutToChange, this,
                [&] { events << u"about:"_s + (controller.session() ? u"old"_s : u"none"_s); });
        connect(&controller, &ProjectController::projectChanged, this, [&](ProjectSession *session) {
            QCOMPARE(session, controller.session());
            events << u"changed:"_s + (session ? session->project()->path() : u"none"_s);
        });
        QVERIFY(controller.open(path(u"a.claimbench"_s), Project::OpenMode::CreateIfMissing));
        QPointer<ProjectSession> first = controller.session();
        QVERIFY(first);
        QVERIFY(controller.open(path(u"b.claimbench"_s), Project::OpenMode::CreateIfMissing));
        QVERIFY(!first); // the controller owned it and let it go
        QCOMPARE(events, (QStringList{u"about:none"_s, u"changed:"_s + path(u"a.claimbench"_s), u"about:old"_s,
                                      u"changed:"_s + path(u"b.claimbench"_s)}));
        QCOMPARE(controller.recentPaths(), (QStringList{path(u"b.claimbench"_s), path(u"a.claimbench"_s)}));
    }

    void aFailedOpenKeepsTheProjectAndSaysWhy()
    {
        ProjectController controller;
        QVERIFY(controller.open(path(u"kept.claimbench"_s), Project::OpenMode::CreateIfMissing));
        ProjectSession *kept = controller.session();
        QSignalSpy changed(&controller, &ProjectController::projectChanged);
        QSignalSpy errors(&controller, &ProjectController::errorOccurred);
        QVERIFY(!controller.open(path(u"missing.claimbench"_s)));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(controller.session(), kept);
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errors.first().at(0).toString(), u"Could not open “missing.claimbench”."_s);
        QCOMPARE(errors.first().at(1).value<Error>().code, Error::Code::NotFound);
    }

    void closeIsRefusedWhileLockedAndForgetsTheProjectToReopen()
    {
        ProjectController controller;
        QVERIFY(controller.open(path(u"c.claimbench"_s), Project::OpenMode::CreateIfMissing));
        QSignalSpy changed(&controller, &ProjectController::projectChanged);
        controller.setLocked(true);
        controller.close();
        QCOMPARE(changed.count(), 0);
        QVERIFY(controller.project());
        controller.setLocked(false);
        controller.close();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<ProjectSession *>(), nullptr);
        QVERIFY(!controller.project());
        QVERIFY(!controller.session());
        QCOMPARE(RecentProjects().projectToReopen(), QString());
        QCOMPARE(controller.recentPaths(), QStringList{path(u"c.claimbench"_s)});
    }

    void openRecentDropsAProjectThatIsGone()
    {
        ProjectController controller;
        const QString gone = path(u"gone.claimbench"_s);
        QVERIFY(controller.open(gone, Project::OpenMode::CreateIfMissing));
        controller.close();
        QVERIFY(QFile::remove(gone));
        QSignalSpy errors(&controller, &ProjectController::errorOccurred);
        QVERIFY(!controller.openRecent(gone));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errors.first().at(1).value<Error>().code, Error::Code::NotFound);
        QVERIFY(controller.recentPaths().isEmpty());
    }

    void createReplacesTheFileEvenWhenItIsTheOpenProject()
    {
        ProjectController controller;
        const QString file = path(u"replaced.claimbench"_s);
        QVERIFY(controller.open(file, Project::OpenMode::CreateIfMissing));
        Article old;
        old.title = u"old"_s;
        old.body = u"old text"_s;
        QVERIFY(controller.project()->articles().add(old));
        QVERIFY(controller.create(file));
        QCOMPARE(controller.project()->articles().list()->size(), 0);

        const QString notAProject = path(u"text.claimbench"_s);
        QFile garbage(notAProject);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("not a project");
        garbage.close();
        QVERIFY(controller.create(notAProject));
        QCOMPARE(controller.project()->path(), notAProject);
    }

    void noticesFollowTheChange()
    {
        ProjectController controller;
        const QString file = path(u"stale.claimbench"_s);
        QFile log(file + u"-wal"_s);
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.write(QByteArray(64, 'x'));
        log.close();
        QStringList events;
        connect(&controller, &ProjectController::projectChanged, this, [&] { events << u"changed"_s; });
        connect(&controller, &ProjectController::noticesReported, this,
                [&](const QString &opened, const QStringList &notices) {
                    QCOMPARE(opened, file);
                    QVERIFY(!notices.isEmpty());
                    events << u"notices"_s;
                });
        QVERIFY(controller.open(file, Project::OpenMode::CreateIfMissing));
        QCOMPARE(events, (QStringList{u"changed"_s, u"notices"_s}));
    }
};

QTEST_GUILESS_MAIN(TestProjectController)
#include "tst_projectcontroller.moc"
