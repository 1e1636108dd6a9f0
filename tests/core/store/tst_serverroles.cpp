#include "common/resultcheck.h"
#include "common/teamserver.h"
#include "core/store/project.h"
#include "core/store/projectcopy.h"
#include "core/store/serveradmin.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

// The team roles on a real server (CLAIMBENCH_TEST_SERVER): server init and
// grant, then a connection AS each role proves what the server lets it do
// and what Project::access() tells the GUI.
class TestServerRoles : public QObject
{
    Q_OBJECT

private:
    std::optional<TeamServer> m_server;

    // A project set up by init, an analyst's article and claim in it.
    struct Fixture
    {
        qint64 articleId = 0;
        Claim claim;
    };

    void initProject()
    {
        CLAIMBENCH_VERIFY_OK(ServerAdmin::init(m_server->address(), m_server->adminRole()));
    }

    std::shared_ptr<Project> openAs(const QString &user)
    {
        auto project = Project::open(m_server->address(user));
        if (!project) {
            qWarning("%s", qPrintable(project.error().toString()));
            return {};
        }
        return *project;
    }

    // As `teamRole`, a new login role of this test.
    std::shared_ptr<Project> openAsMember(TeamRole teamRole)
    {
        const QString user = m_server->role(ServerAdmin::nameOf(teamRole));
        if (!ServerAdmin::grant(m_server->address(), user, teamRole))
            return {};
        return openAs(user);
    }

    static Article article(const QString &body)
    {
        Article a;
        a.title = u"Night of drones"_s;
        a.body = body;
        return a;
    }

    std::optional<Fixture> analystWrites()
    {
        auto analyst = openAsMember(TeamRole::Analyst);
        if (!analyst)
            return std::nullopt;
        Fixture fixture;
        Article a = article(u"63 drones were launched overnight; 28 were shot down."_s);
        auto id = analyst->articles().add(a);
        if (!id)
            return std::nullopt;
        fixture.articleId = *id;
        Claim &c = fixture.claim;
        c.articleId = *id;
        c.start = 0;
        c.end = 9;
        c.quote = u"63 drones"_s;
        c.value = 63;
        c.unit = u"drones"_s;
        if (!analyst->claims().add(c))
            return std::nullopt;
        return fixture;
    }

    template<typename T>
    static void verifyDenied(const Result<T> &result, const char *what)
    {
        QVERIFY2(!result, what);
        QVERIFY2(result.error().code == Error::Code::Denied, qPrintable(result.error().toString()));
        QVERIFY2(result.error().message.contains(u"may not"_s), qPrintable(result.error().message));
    }

private Q_SLOTS:
    void init()
    {
        if (const QString why = TeamServer::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        m_server.emplace();
    }

    void cleanup() { m_server.reset(); }

    void initBuildsTheProjectOwnedByTheAdmin()
    {
        const Result<QStringList> changes = ServerAdmin::init(m_server->address(), m_server->adminRole());
        CLAIMBENCH_VERIFY_OK(changes);
        QVERIFY2(changes->join(u'\n').contains(m_server->database()), qPrintable(changes->join(u'\n')));
        QCOMPARE(m_server->scalar(u"SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = ?"_s,
                                  {m_server->database()}).toString(),
                 m_server->adminRole());
        for (const TeamRole role : {TeamRole::Analyst, TeamRole::Reviewer, TeamRole::Viewer})
            QCOMPARE(m_server->scalar(u"SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"_s,
                                      {ServerAdmin::groupOf(role)}),
                     QVariant(false));
        // The admin opens it as the owner of every table.
        auto project = openAs(m_server->adminRole());
        QVERIFY(project);
        QCOMPARE(project->access(), Project::Access::ReadWrite);
    }

    void secondInitChangesNothing()
    {
        initProject();
        const Result<QStringList> again = ServerAdmin::init(m_server->address(), m_server->adminRole());
        CLAIMBENCH_VERIFY_OK(again);
        QVERIFY2(again->isEmpty(), qPrintable(again->join(u'\n')));
    }

    void initRefusesAMissingAdmin()
    {
        const Result<QStringList> changes = ServerAdmin::init(m_server->address(), m_server->database() + u"_nobody"_s);
        QVERIFY(!changes);
        QCOMPARE(changes.error().code, Error::Code::InvalidInput);
        QVERIFY(!m_server->scalar(u"SELECT 1 FROM pg_database WHERE datname = ?"_s, {m_server->database()}).isValid());
    }

    void grantMakesTheRoleAMemberOfExactlyOneGroup()
    {
        initProject();
        const QString user = m_server->role(u"olena"_s);
        CLAIMBENCH_VERIFY_OK(ServerAdmin::grant(m_server->address(), user, TeamRole::Analyst));
        QVERIFY(m_server->isMember(user, u"claimbench_analyst"_s));
        const Result<QStringList> changed = ServerAdmin::grant(m_server->address(), user, TeamRole::Reviewer);
        CLAIMBENCH_VERIFY_OK(changed);
        QCOMPARE(changed->size(), 2); // now a reviewer, no longer an analyst
        QVERIFY2(changed->join(u'\n').contains(u"is no longer an analyst"_s), qPrintable(changed->join(u'\n')));
        QVERIFY2(changed->join(u'\n').contains(u"is now a reviewer"_s), qPrintable(changed->join(u'\n')));
        QVERIFY(m_server->isMember(user, u"claimbench_reviewer"_s));
        QVERIFY(!m_server->isMember(user, u"claimbench_analyst"_s));
        QVERIFY(!m_server->isMember(user, u"claimbench_viewer"_s));
        const Result<QStringList> again = ServerAdmin::grant(m_server->address(), user, TeamRole::Reviewer);
        CLAIMBENCH_VERIFY_OK(again);
        QVERIFY(again->isEmpty());
    }

    void grantRefusesWhatNoGroupCanRestrict()
    {
        initProject();
        const QStringList roles{m_server->adminRole(), m_server->address().user, m_server->database() + u"_nobody"_s};
        for (const QString &role : roles) {
            const Result<QStringList> refused = ServerAdmin::grant(m_server->address(), role, TeamRole::Viewer);
            QVERIFY2(!refused, qPrintable(role));
            QCOMPARE(refused.error().code, Error::Code::InvalidInput);
        }
    }

    void analystReadsAndWrites()
    {
        initProject();
        const std::optional<Fixture> fixture = analystWrites();
        QVERIFY(fixture);
        auto analyst = openAs(m_server->role(u"analyst"_s));
        QVERIFY(analyst);
        QCOMPARE(analyst->access(), Project::Access::ReadWrite);
        Claim claim = fixture->claim;
        claim.value = 64;
        CLAIMBENCH_VERIFY_OK(analyst->claims().update(claim));
        Tag tag;
        tag.name = u"Drones"_s;
        CLAIMBENCH_VERIFY_OK(analyst->tags().add(tag));
        CLAIMBENCH_VERIFY_OK(analyst->claims().remove(claim.id));
    }

    void reviewerChangesOnlyStatusAndNote()
    {
        initProject();
        const std::optional<Fixture> fixture = analystWrites();
        QVERIFY(fixture);
        auto reviewer = openAsMember(TeamRole::Reviewer);
        QVERIFY(reviewer);
        QCOMPARE(reviewer->access(), Project::Access::ReviewOnly);

        auto stored = reviewer->claims().get(fixture->claim.id);
        CLAIMBENCH_VERIFY_OK(stored);
        Claim reviewed = *stored;
        reviewed.status = ClaimStatus::Corroborated;
        reviewed.note = u"matches the air force's count"_s;
        CLAIMBENCH_VERIFY_OK(reviewer->claims().update(reviewed));
        QCOMPARE(reviewer->claims().get(reviewed.id)->status, ClaimStatus::Corroborated);
        // The note reached the full-text index, which the reviewer cannot write.
        QCOMPARE(m_server->scalar(u"SELECT count(*) FROM claims_fts WHERE fts @@ claimbench_tsquery('force')"_s, {},
                                  TeamServer::In::Project).toInt(),
                 1);

        Claim edited = *reviewer->claims().get(reviewed.id);
        edited.value = 64;
        verifyDenied(reviewer->claims().update(edited), "a reviewer changed a value");
        QCOMPARE(reviewer->claims().get(reviewed.id)->value, std::optional<double>(63));
        Article another = article(u"Another night, 40 drones."_s);
        verifyDenied(reviewer->articles().add(another), "a reviewer imported an article");
        verifyDenied(reviewer->claims().remove(reviewed.id), "a reviewer deleted a claim");
        Tag tag;
        tag.name = u"Drones"_s;
        verifyDenied(reviewer->tags().add(tag), "a reviewer added a tag");
    }

    void viewerIsRefusedEveryWrite()
    {
        initProject();
        const std::optional<Fixture> fixture = analystWrites();
        QVERIFY(fixture);
        auto viewer = openAsMember(TeamRole::Viewer);
        QVERIFY(viewer);
        QCOMPARE(viewer->access(), Project::Access::ReadOnly);
        auto claims = viewer->claims().list();
        CLAIMBENCH_VERIFY_OK(claims);
        QCOMPARE(claims->size(), 1);

        Claim claim = claims->constFirst();
        claim.status = ClaimStatus::Disputed;
        verifyDenied(viewer->claims().update(claim), "a viewer changed a status");
        claim = claims->constFirst();
        claim.note = u"seen"_s;
        verifyDenied(viewer->claims().update(claim), "a viewer changed a note");
        Article another = article(u"Another night, 40 drones."_s);
        verifyDenied(viewer->articles().add(another), "a viewer imported an article");
        Tag tag;
        tag.name = u"Drones"_s;
        verifyDenied(viewer->tags().add(tag), "a viewer added a tag");
        verifyDenied(viewer->claims().remove(claim.id), "a viewer deleted a claim");
    }

    // Another login role of the server, in no team role, may not connect.
    void aRoleOutsideTheTeamCannotConnect()
    {
        initProject();
        const QString stranger = m_server->role(u"stranger"_s);
        const auto refused = Project::open(m_server->address(stranger));
        QVERIFY(!refused);
        // Told why and who may let them in, not the server's raw refusal.
        QCOMPARE(refused.error().code, Error::Code::Denied);
        ServerAddress owners = m_server->address();
        owners.user.clear();
        QCOMPARE(refused.error().message, stranger
                     + u" is not in the team of this project; a server administrator can run `claimbench-cli server "
                       "grant '"_s
                     + owners.toString() + u"' "_s + stranger
                     + u" viewer` (or analyst, reviewer: in every project on this server)"_s);
    }

    // A table a later upgrade adds (as the admin) is readable by every team
    // role and writable by analysts only: the admin's default privileges.
    void tablesAddedLaterGetTheSameRights()
    {
        initProject();
        const QString analyst = m_server->role(u"analyst"_s);
        const QString viewer = m_server->role(u"viewer"_s);
        CLAIMBENCH_VERIFY_OK(ServerAdmin::grant(m_server->address(), analyst, TeamRole::Analyst));
        CLAIMBENCH_VERIFY_OK(ServerAdmin::grant(m_server->address(), viewer, TeamRole::Viewer));
        QVERIFY(m_server->exec(u"SET ROLE "_s + m_server->adminRole(), TeamServer::In::Project));
        QVERIFY(m_server->exec(u"CREATE TABLE later (id INTEGER GENERATED BY DEFAULT AS IDENTITY, x INTEGER)"_s,
                               TeamServer::In::Project));
        QVERIFY(m_server->exec(u"RESET ROLE"_s, TeamServer::In::Project));
        const auto may = [&](const QString &role, const QString &privilege) {
            return m_server->scalar(u"SELECT has_table_privilege(?::name, 'later', ?)"_s, {role, privilege},
                                    TeamServer::In::Project).toBool();
        };
        QVERIFY(may(viewer, u"SELECT"_s));
        QVERIFY(!may(viewer, u"INSERT"_s));
        QVERIFY(may(analyst, u"INSERT"_s));
        QVERIFY(m_server->scalar(u"SELECT has_sequence_privilege(?::name, pg_get_serial_sequence('later', 'id'), 'USAGE')"_s,
                                 {analyst}, TeamServer::In::Project).toBool());
    }

    // A project that an import built in an empty database (not server init)
    // has no grants: a teammate is told so in one line, and how the owner
    // lets them in, rather than the server's raw refusal.
    void aProjectWithoutGrantsSaysWhoMayFixIt()
    {
        const QString admin = m_server->adminRole();
        QVERIFY(m_server->exec(u"CREATE DATABASE "_s + m_server->database() + u" OWNER "_s + admin));
        {
            auto built = Project::open(m_server->address(admin), Project::OpenMode::CreateIfMissing);
            CLAIMBENCH_VERIFY_OK(built);
        }
        const QString teammate = m_server->role(u"olena"_s);
        const auto refused = Project::open(m_server->address(teammate));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Denied);
        const QString message = refused.error().toString();
        // A grant alone would not let the teammate in: init comes first.
        QVERIFY2(message.startsWith(teammate + u" has no access to this project, which is not set up for a team yet; "
                                               "a server administrator can run `claimbench-cli server init '"_s),
                 qPrintable(message));
        QVERIFY2(message.contains(u" --admin "_s + admin + u"`, then `claimbench-cli server grant "_s),
                 qPrintable(message));
        QVERIFY2(message.contains(u"' "_s + teammate + u" viewer` (or analyst, reviewer: in every project on this server)"_s),
                 qPrintable(message));
        QVERIFY2(!message.contains(u'\n'), qPrintable(message));

        // Once set up, the hint is the grant alone, and it lets them in.
        CLAIMBENCH_VERIFY_OK(ServerAdmin::init(m_server->address(), admin));
        const auto stillRefused = Project::open(m_server->address(teammate));
        QVERIFY(!stillRefused);
        QVERIFY2(stillRefused.error().toString().startsWith(
                     teammate + u" is not in the team of this project; a server administrator can run `claimbench-cli "
                                 "server grant '"_s),
                 qPrintable(stillRefused.error().toString()));
        CLAIMBENCH_VERIFY_OK(ServerAdmin::grant(m_server->address(), teammate, TeamRole::Viewer));
        CLAIMBENCH_VERIFY_OK(Project::open(m_server->address(teammate)));
    }

    // The team roles are the server's, but a database init has not set up
    // gives them nothing: a grant there is refused, not reported as done.
    void grantBeforeInitIsRefused()
    {
        initProject(); // makes the team roles
        const QString admin = m_server->adminRole();
        const QString other = m_server->database() + u"_other"_s;
        QVERIFY(m_server->exec(u"CREATE DATABASE "_s + other + u" OWNER "_s + admin));
        ServerAddress address = m_server->address(admin);
        address.database = other;
        {
            auto built = Project::open(address, Project::OpenMode::CreateIfMissing);
            CLAIMBENCH_VERIFY_OK(built);
        }
        const QString teammate = m_server->role(u"olena"_s);
        address.user = m_server->address().user;
        CLAIMBENCH_VERIFY_OK(ServerAdmin::grant(m_server->address(), teammate, TeamRole::Analyst));
        const Result<QStringList> refused = ServerAdmin::grant(address, teammate, TeamRole::Viewer);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::InvalidInput);
        QVERIFY2(refused.error().toString().contains(u"is not set up for a team yet: run `claimbench-cli server init "_s),
                 qPrintable(refused.error().toString()));
        QVERIFY(m_server->isMember(teammate, u"claimbench_analyst"_s)); // unchanged
        QVERIFY(!m_server->isMember(teammate, u"claimbench_viewer"_s));
        QVERIFY(m_server->exec(u"DROP DATABASE "_s + other + u" WITH (FORCE)"_s));
    }

    // Raw SQL by a team role cannot name another author: the server's
    // claimbench_authorship trigger writes current_user over what was sent,
    // and keeps who created the row. A project set up before the trigger
    // existed gets it from the next server init.
    void authorshipIsTheServers()
    {
        initProject();
        const std::optional<Fixture> fixture = analystWrites();
        QVERIFY(fixture);
        const QString analyst = m_server->role(u"analyst"_s);
        QVERIFY(m_server->exec(u"DROP TRIGGER claimbench_authorship ON claims"_s, TeamServer::In::Project));
        const Result<QStringList> again = ServerAdmin::init(m_server->address(), m_server->adminRole());
        CLAIMBENCH_VERIFY_OK(again);
        QVERIFY2(!again->isEmpty(), "server init did not put the trigger back");

        const QString id = QString::number(fixture->claim.id);
        QVERIFY(m_server->exec(u"SET ROLE "_s + analyst, TeamServer::In::Project));
        const bool updated = m_server->exec(u"UPDATE claims SET changed_by = 'someone', created_by = 'someone' "
                                            "WHERE id = "_s + id, TeamServer::In::Project);
        const bool inserted = m_server->exec(u"INSERT INTO claimants (name, name_key, created_by, changed_by, updated) "
                                             "VALUES ('Air force', 'air force', 'someone', 'someone', '2026-01-01T00:00:00Z')"_s,
                                             TeamServer::In::Project);
        QVERIFY(m_server->exec(u"RESET ROLE"_s, TeamServer::In::Project));
        QVERIFY(updated);
        QVERIFY(inserted);
        const auto authors = [&](const QString &sql) {
            return m_server->scalar(sql, {}, TeamServer::In::Project).toString();
        };
        QCOMPARE(authors(u"SELECT created_by || ' ' || changed_by FROM claims WHERE id = "_s + id),
                 analyst + u' ' + analyst);
        QCOMPARE(authors(u"SELECT created_by || ' ' || changed_by FROM claimants WHERE name = 'Air force'"_s),
                 analyst + u' ' + analyst);
        // A reviewer's raw UPDATE of created_by keeps the analyst's name.
        auto reviewer = openAsMember(TeamRole::Reviewer);
        QVERIFY(reviewer);
        const QString reviewerRole = m_server->role(u"reviewer"_s);
        QVERIFY(m_server->exec(u"SET ROLE "_s + reviewerRole, TeamServer::In::Project));
        const bool reviewed = m_server->exec(u"UPDATE claims SET status = 2, changed_by = 'someone' WHERE id = "_s
                                             + id, TeamServer::In::Project);
        QVERIFY(m_server->exec(u"RESET ROLE"_s, TeamServer::In::Project));
        QVERIFY(reviewed);
        QCOMPARE(authors(u"SELECT created_by || ' ' || changed_by FROM claims WHERE id = "_s + id),
                 analyst + u' ' + reviewerRole);
    }

    // claimbench-cli copy into a project server init set up, run by the
    // project's owner, keeps the source's authors: the owner is exempt from
    // the authorship trigger.
    void ownersCopyKeepsTheAuthors()
    {
        initProject();
        const std::optional<Fixture> fixture = analystWrites();
        QVERIFY(fixture);
        const QString analyst = m_server->role(u"analyst"_s);
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString file = folder.filePath(u"desk.claimbench"_s);
        CLAIMBENCH_VERIFY_OK(ProjectCopy::copy(m_server->url(), file));

        TeamServer destination;
        CLAIMBENCH_VERIFY_OK(ServerAdmin::init(destination.address(), destination.adminRole()));
        CLAIMBENCH_VERIFY_OK(ProjectCopy::copy(file, destination.url(destination.adminRole())));
        QCOMPARE(destination.scalar(u"SELECT created_by || ' ' || changed_by FROM claims WHERE id = ?"_s,
                                    {fixture->claim.id}, TeamServer::In::Project).toString(),
                 analyst + u' ' + analyst);
    }
};

QTEST_GUILESS_MAIN(TestServerRoles)
#include "tst_serverroles.moc"
