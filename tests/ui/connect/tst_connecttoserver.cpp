#include "common/isolatedsettings.h"
#include "common/resultcheck.h"
#include "common/teamserver.h"
#include "core/store/projectlocation.h"
#include "core/store/serverlogin.h"
#include "ui/connect/connecttoserverdialog.h"
#include "ui/connect/serverpassworddialog.h"
#include "ui/mainwindow.h"
#include "ui/projectcontroller.h"
#include "ui/windowactions.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Claimbench;

namespace {

// The password dialogs ServerLogin shows, answered as they appear: each
// answer is typed and accepted, nullopt cancels. What each dialog said is kept.
class PasswordAnswers
{
public:
    explicit PasswordAnswers(QList<std::optional<QString>> answers)
        : m_answers(std::move(answers))
    {
    }

    ServerLogin::PasswordPrompt prompt()
    {
        return [this](const ServerAddress &address, int attempt, const Error &refusal) {
            QTimer::singleShot(0, qApp, [this] { answer(); });
            return ServerPasswordDialog::ask(nullptr, address, attempt, refusal);
        };
    }

    int shown() const { return m_refusals.size(); }
    // The dialogs' "refused" lines, one per dialog (empty: none shown).
    const QStringList &refusals() const { return m_refusals; }
    const QStringList &intros() const { return m_intros; }

private:
    void answer()
    {
        auto *dialog = qobject_cast<ServerPasswordDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        const auto *refused = dialog->findChild<QLabel *>(u"serverPasswordRefused"_s);
        m_refusals << (refused->isVisible() ? refused->text() : QString());
        m_intros << dialog->findChild<QLabel *>(u"serverPasswordIntro"_s)->text();
        auto *field = dialog->findChild<QLineEdit *>(u"serverPassword"_s);
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        const std::optional<QString> next = m_answers.isEmpty() ? std::nullopt : m_answers.takeFirst();
        if (!next) {
            dialog->reject();
            return;
        }
        QTest::keyClicks(field, *next);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    }

    QList<std::optional<QString>> m_answers;
    QStringList m_refusals;
    QStringList m_intros;
};

ServerAddress teamAddress(const QString &database)
{
    ServerAddress address;
    address.user = u"analyst"_s;
    address.host = u"db.example.org"_s;
    address.port = 5432;
    address.database = database;
    return address;
}

} // namespace

class TestConnectToServer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;

    // The seam under Project::open: a server that takes only `password`,
    // opening a file project in its place.
    ServerLogin::Opener serverWanting(const QString &password, int *calls)
    {
        return [this, password, calls](const ServerAddress &address, Project::OpenMode) {
            ++*calls;
            if (address.password != password)
                return Result<std::shared_ptr<Project>>(
                    makeError(Error::Code::NeedsPassword, u"%1 asks for a password"_s.arg(address.toString()),
                              u"password authentication failed"_s));
            return Project::open(m_dir.filePath(address.database + u".claimbench"_s),
                                 Project::OpenMode::CreateIfMissing);
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QVERIFY(m_dir.isValid());
        isolateSettings(m_settingsDir.path(), u"tst_connecttoserver"_s);
    }

    void init() { QSettings().clear(); }

    void dialogBuildsTheUrlFromItsFields()
    {
        ProjectController projects;
        ConnectToServerDialog dialog(&projects);
        dialog.findChild<QLineEdit *>(u"serverHost"_s)->setText(u" db.example.org "_s);
        dialog.findChild<QSpinBox *>(u"serverPort"_s)->setValue(5433);
        dialog.findChild<QLineEdit *>(u"serverDatabase"_s)->setText(u"war"_s);
        dialog.findChild<QLineEdit *>(u"serverUser"_s)->setText(u"analyst"_s);
        auto *sslMode = dialog.findChild<QComboBox *>(u"serverSslMode"_s);
        QCOMPARE(sslMode->count(), 5);
        // libpq's default needs no parameter.
        QCOMPARE(dialog.address().toString(), u"postgresql://analyst@db.example.org:5433/war"_s);
        sslMode->setCurrentIndex(sslMode->findData(u"verify-full"_s));
        QCOMPARE(dialog.address().toString(), u"postgresql://analyst@db.example.org:5433/war?sslmode=verify-full"_s);
        QCOMPARE(dialog.findChild<QLabel *>(u"serverUrl"_s)->text(), dialog.address().toString());
        // What the dialog builds is what the core reads back.
        QCOMPARE(*ServerAddress::parse(dialog.address().toString()), dialog.address());

        // A socket folder as the host, as pg-cluster.sh's servers have.
        dialog.findChild<QLineEdit *>(u"serverHost"_s)->setText(u"/run/postgresql"_s);
        sslMode->setCurrentIndex(sslMode->findData(u"disable"_s));
        QCOMPARE(dialog.address().toString(),
                 u"postgresql://analyst@/war?host=/run/postgresql&port=5433&sslmode=disable"_s);
    }

    // Connect with nothing listening: the reason shows in the dialog, which
    // stays open; the fields come back next time, and no password is saved.
    void failureIsShownInTheDialogAndFieldsAreRemembered()
    {
        ProjectController projects;
        {
            ConnectToServerDialog dialog(&projects);
            dialog.findChild<QLineEdit *>(u"serverHost"_s)->setText(u"127.0.0.1"_s);
            dialog.findChild<QSpinBox *>(u"serverPort"_s)->setValue(1); // nothing listens on port 1
            dialog.findChild<QLineEdit *>(u"serverDatabase"_s)->setText(u"war"_s);
            dialog.findChild<QLineEdit *>(u"serverUser"_s)->setText(u"analyst"_s);
            auto *sslMode = dialog.findChild<QComboBox *>(u"serverSslMode"_s);
            sslMode->setCurrentIndex(sslMode->findData(u"require"_s));
            dialog.show();
            QSignalSpy failed(&dialog, &ConnectToServerDialog::connectFailed);
            dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            QVERIFY(dialog.isConnecting());
            QVERIFY(failed.wait(30000));
            QVERIFY(!dialog.isConnecting());
            QVERIFY(dialog.isVisible());
            QVERIFY(!projects.project());
            const auto *status = dialog.findChild<QLabel *>(u"connectStatus"_s);
            QVERIFY(status->isVisible());
            QVERIFY2(status->text().contains(u"Could not connect to postgresql://analyst@127.0.0.1:1/war"_s),
                     qPrintable(status->text()));
            QVERIFY(dialog.findChild<QLineEdit *>(u"serverHost"_s)->isEnabled());
        }
        ConnectToServerDialog again(&projects);
        QCOMPARE(again.address().toString(), u"postgresql://analyst@127.0.0.1:1/war?sslmode=require"_s);
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!key.contains(u"password"_s, Qt::CaseInsensitive), qPrintable(key));
    }

    void emptyDatabaseIsRefusedBeforeConnecting()
    {
        ProjectController projects;
        ConnectToServerDialog dialog(&projects);
        dialog.findChild<QLineEdit *>(u"serverDatabase"_s)->clear();
        QSignalSpy failed(&dialog, &ConnectToServerDialog::connectFailed);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(failed.count(), 1);
        QVERIFY(!dialog.isConnecting());
        QCOMPARE(dialog.findChild<QLabel *>(u"connectStatus"_s)->text(), u"Enter the name of the project's database."_s);
    }

    // A user:password@host, a URL or a ?password= pasted into Host, User or
    // Database is refused before anything connects, and nothing typed is
    // remembered (a password in QSettings is exactly what must never be).
    // A socket folder and an IPv6 address are hosts, and are tried.
    void onlyNamesAreTriedAsNames_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("refusal"); // how the message starts; empty: tried
        const QString host = u"Enter only the server's name or address as the host"_s;
        QTest::newRow("user:password@host") << u"olena:s3cret@db.example.org"_s << QString() << u"war"_s << host;
        QTest::newRow("url") << u"postgresql://olena@db.example.org/war"_s << QString() << u"war"_s << host;
        QTest::newRow("name/path") << u"db.example.org/war"_s << QString() << u"war"_s << host;
        QTest::newRow("space") << u"db example"_s << QString() << u"war"_s << host;
        QTest::newRow("?password= in host") << u"db?password=s3cret"_s << QString() << u"war"_s << host;
        QTest::newRow("user:password")
            << u"127.0.0.1"_s << u"olena:s3cret"_s << u"war"_s << u"Enter only the role's name as the user"_s;
        QTest::newRow("database?password=")
            << u"127.0.0.1"_s << u"olena"_s << u"war?password=s3cret"_s << u"Enter only the database's name"_s;
        const QString port = u"Enter the port in Port"_s;
        QTest::newRow("host:port") << u"db.example.org:6543"_s << QString() << u"war"_s << port;
        QTest::newRow("[ipv6]") << u"[::1]"_s << QString() << u"war"_s << port;
        QTest::newRow("socket folder") << u"/run/postgresql"_s << QString() << u"war"_s << QString();
        QTest::newRow("ipv6") << u"::1"_s << QString() << u"war"_s << QString();
        QTest::newRow("name") << u"db-1.example.org"_s << u"olena_k"_s << u"war-2025"_s << QString();
    }
    void onlyNamesAreTriedAsNames()
    {
        QFETCH(QString, host);
        QFETCH(QString, user);
        QFETCH(QString, database);
        QFETCH(QString, refusal);
        const bool refused = !refusal.isEmpty();
        ProjectController projects;
        ConnectToServerDialog dialog(&projects);
        dialog.findChild<QLineEdit *>(u"serverHost"_s)->setText(host);
        dialog.findChild<QLineEdit *>(u"serverUser"_s)->setText(user);
        dialog.findChild<QLineEdit *>(u"serverDatabase"_s)->setText(database);
        const QString preview = dialog.findChild<QLabel *>(u"serverUrl"_s)->text();
        QVERIFY2(!preview.contains(u"s3cret"_s), qPrintable(preview));
        QCOMPARE(preview.startsWith(u"postgresql://"_s), !refused);
        dialog.show();
        QSignalSpy failed(&dialog, &ConnectToServerDialog::connectFailed);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.isConnecting(), !refused);
        if (!refused)
            QVERIFY(failed.wait(30000)); // no such server here
        QCOMPARE(failed.count(), 1);
        const QString status = dialog.findChild<QLabel *>(u"connectStatus"_s)->text();
        QVERIFY2(refused ? status.startsWith(refusal) : !status.startsWith(u"Enter only"_s), qPrintable(status));
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(u"s3cret"_s), qPrintable(key));
        QCOMPARE(settings.value(u"connectToServer/database"_s).toString().isEmpty(), refused);
        // Edited, the field's message goes.
        dialog.findChild<QLineEdit *>(u"serverDatabase"_s)->setText(u"war_2"_s);
        QVERIFY(dialog.findChild<QLabel *>(u"connectStatus"_s)->isHidden());
    }

    // Open Recent keeps a server project as its URL, which holds no
    // password, labelled "db on host"; a server that does not answer stays
    // listed (it may be back tomorrow).
    void openRecentKeepsServerEntryWithoutPassword()
    {
        const QString url = u"postgresql://analyst@127.0.0.1:1/war?sslmode=disable"_s;
        RecentProjects().add(url);
        QCOMPARE(RecentProjects().paths(), QStringList{url});
        QCOMPARE(RecentProjects().projectToReopen(), url);

        MainWindow window;
        auto *recent = window.findChild<QMenu *>(u"recentMenu"_s);
        QVERIFY(recent);
        Q_EMIT recent->aboutToShow();
        QCOMPARE(recent->actions().size(), 1);
        QCOMPARE(recent->actions().constFirst()->text(), u"&1  war on 127.0.0.1  —  "_s + url);

        ProjectController projects;
        QSignalSpy errors(&projects, &ProjectController::errorOccurred);
        QVERIFY(!projects.openRecent(url));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errors.first().at(0).toString(), u"Could not open “war on 127.0.0.1”."_s);
        QCOMPARE(errors.first().at(1).value<Error>().code, Error::Code::Disconnected);
        QCOMPARE(projects.recentPaths(), QStringList{url});
        // A password never reaches the list, even when typed into a URL.
        QCOMPARE(ProjectLocation::whereabouts(u"postgresql://analyst:secret@host/war"_s),
                 u"postgresql://analyst@host/war"_s);
    }

    // The prompt appears on NeedsPassword (faked at Project::open's seam:
    // the test servers trust every role), says when a password was refused,
    // and the accepted one is kept for the session.
    void passwordIsAskedOnNeedsPasswordAndKeptForTheSession()
    {
        int calls = 0;
        PasswordAnswers answers({u"wrong"_s, u"secret"_s});
        const ServerAddress address = teamAddress(u"asked"_s);
        auto opened = ServerLogin::open(address, Project::OpenMode::OpenExisting, answers.prompt(),
                                        serverWanting(u"secret"_s, &calls));
        CLAIMBENCH_VERIFY_OK(opened);
        QCOMPARE(calls, 3); // none, "wrong", "secret"
        QCOMPARE(answers.shown(), 2);
        QCOMPARE(answers.intros().constFirst(),
                 u"The team server asks for the password of <b>analyst@db.example.org/asked</b>."_s);
        QCOMPARE(answers.refusals(),
                 (QStringList{QString(), u"The server refused that password (attempt 2 of 3)."_s}));
        QCOMPARE(ServerPasswords::find(address), u"secret"_s);

        // Opened again in this session: not asked.
        PasswordAnswers none({});
        CLAIMBENCH_VERIFY_OK(ServerLogin::open(address, Project::OpenMode::OpenExisting, none.prompt(),
                                               serverWanting(u"secret"_s, &calls)));
        QCOMPARE(none.shown(), 0);
        // A password no longer taken is forgotten, and asked for again.
        PasswordAnswers changed({u"new"_s});
        CLAIMBENCH_VERIFY_OK(ServerLogin::open(address, Project::OpenMode::OpenExisting, changed.prompt(),
                                               serverWanting(u"new"_s, &calls)));
        QCOMPARE(changed.shown(), 1);
        QCOMPARE(ServerPasswords::find(address), u"new"_s);
    }

    void passwordIsAskedAtMostThreeTimes()
    {
        int calls = 0;
        PasswordAnswers answers({u"a"_s, u"b"_s, u"c"_s, u"d"_s});
        const ServerAddress address = teamAddress(u"threetimes"_s);
        auto opened = ServerLogin::open(address, Project::OpenMode::OpenExisting, answers.prompt(),
                                        serverWanting(u"secret"_s, &calls));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::NeedsPassword);
        QCOMPARE(answers.shown(), ServerLogin::kPasswordAttempts);
        QCOMPARE(calls, 1 + ServerLogin::kPasswordAttempts);
        QVERIFY(!ServerPasswords::find(address));
    }

    void cancelStopsAsking()
    {
        int calls = 0;
        PasswordAnswers answers({std::nullopt});
        auto opened = ServerLogin::open(teamAddress(u"cancelled"_s), Project::OpenMode::OpenExisting,
                                        answers.prompt(), serverWanting(u"secret"_s, &calls));
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::Cancelled);
        QCOMPARE(answers.shown(), 1);
        QCOMPARE(calls, 1);
    }

    // As `claimbench postgresql://…` opens it (main() hands the argument to
    // MainWindow::openProject): the title names the database and server, the
    // status bar the URL, Save a Copy is on and Open Recent lists the URL.
    void serverProjectOpensFromTheCommandLine()
    {
        if (const QString reason = TeamServer::unavailableReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        TeamServer server;
        QVERIFY(server.exec(u"CREATE DATABASE %1"_s.arg(server.database())));
        CLAIMBENCH_VERIFY_OK(Project::open(server.address(), Project::OpenMode::CreateIfMissing));

        MainWindow window;
        QVERIFY(window.openProject(server.url()));
        QVERIFY(window.project()->server());
        QCOMPARE(window.project()->path(), server.url());
        const ServerAddress address = server.address();
        QCOMPARE(window.windowTitle(), ProjectLocation::displayName(address) + u" — Claimbench"_s);
        QVERIFY(window.windowTitle().startsWith(server.database() + u" on "_s));
        QVERIFY(window.windowFilePath().isEmpty());
        // The URL and the role stay in sight while a message passes.
        QLabel *where = window.findChild<QLabel *>(u"statusPath"_s);
        QCOMPARE(where->text(), server.url() + u" — analyst"_s);
        window.show();
        window.statusBar()->showMessage(u"Saved a copy of the project to /tmp/x.claimbench"_s);
        QVERIFY(where->isVisible());
        QVERIFY(window.findChild<QAction *>(u"saveCopyAction"_s)->isEnabled()); // Project::backupTo copies its rows
        QCOMPARE(RecentProjects().paths().value(0), server.url());
        window.close(); // the reader's settings are keyed by the URL
        QCOMPARE(QSettings().value(u"reader/project"_s).toString(), server.url());
    }

    // The dialog connects on its worker thread and hands the project over.
    void dialogOpensTheServerProject()
    {
        if (const QString reason = TeamServer::unavailableReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        TeamServer server;
        QVERIFY(server.exec(u"CREATE DATABASE %1"_s.arg(server.database())));
        CLAIMBENCH_VERIFY_OK(Project::open(server.address(), Project::OpenMode::CreateIfMissing));
        const ServerAddress address = server.address();

        ProjectController projects;
        ConnectToServerDialog dialog(&projects);
        dialog.findChild<QLineEdit *>(u"serverHost"_s)->setText(address.host);
        dialog.findChild<QSpinBox *>(u"serverPort"_s)->setValue(address.port != 0 ? address.port : 5432);
        dialog.findChild<QLineEdit *>(u"serverDatabase"_s)->setText(address.database);
        dialog.findChild<QLineEdit *>(u"serverUser"_s)->setText(address.user);
        dialog.show();
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(accepted.wait(30000));
        QVERIFY(projects.project());
        QCOMPARE(projects.project()->server()->database, address.database);
        // The GUI thread reads through its own connection.
        CLAIMBENCH_VERIFY_OK(projects.project()->articles().list());
    }
};

QTEST_MAIN(TestConnectToServer)
#include "tst_connecttoserver.moc"
