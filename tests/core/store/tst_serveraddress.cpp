#include "core/store/serveraddress.h"

#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Claimbench::ServerAddress)

namespace {

ServerAddress address(const QString &user, const QString &host, int port, const QString &database,
                      const QString &sslMode = {})
{
    ServerAddress a;
    a.user = user;
    a.host = host;
    a.port = port;
    a.database = database;
    a.sslMode = sslMode;
    return a;
}

} // namespace

class TestServerAddress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesLibpqUris_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<ServerAddress>("expected");
        QTest::newRow("host and database") << u"postgresql://db.example.org/claims"_s
                                           << address({}, u"db.example.org"_s, 0, u"claims"_s);
        QTest::newRow("user, host, port") << u"postgresql://anna@db.example.org:5433/claims"_s
                                          << address(u"anna"_s, u"db.example.org"_s, 5433, u"claims"_s);
        QTest::newRow("postgres scheme") << u"postgres://anna@localhost/claims"_s
                                         << address(u"anna"_s, u"localhost"_s, 0, u"claims"_s);
        QTest::newRow("scheme in capitals") << u"PostgreSQL://localhost/claims"_s
                                            << address({}, u"localhost"_s, 0, u"claims"_s);
        QTest::newRow("IPv4") << u"postgresql://10.0.0.7:6543/desk"_s << address({}, u"10.0.0.7"_s, 6543, u"desk"_s);
        QTest::newRow("IPv6") << u"postgresql://anna@[2001:db8::1]:5432/desk"_s
                              << address(u"anna"_s, u"2001:db8::1"_s, 5432, u"desk"_s);
        QTest::newRow("IPv6 without port") << u"postgresql://[::1]/desk"_s << address({}, u"::1"_s, 0, u"desk"_s);
        QTest::newRow("IPv6 with zone") << u"postgresql://[fe80::1%25eth0]/desk"_s
                                        << address({}, u"fe80::1%eth0"_s, 0, u"desk"_s);
        QTest::newRow("socket folder in query")
            << u"postgresql://anna@/desk?host=/run/postgresql&port=5432"_s
            << address(u"anna"_s, u"/run/postgresql"_s, 5432, u"desk"_s);
        QTest::newRow("socket folder encoded in authority")
            << u"postgresql://%2Frun%2Fpostgresql/desk"_s << address({}, u"/run/postgresql"_s, 0, u"desk"_s);
        QTest::newRow("query host overrides")
            << u"postgresql://ignored.example.org:1234/desk?host=/tmp/pg"_s
            << address({}, u"/tmp/pg"_s, 1234, u"desk"_s);
        QTest::newRow("query port overrides") << u"postgresql://h:1234/desk?port=5555"_s
                                              << address({}, u"h"_s, 5555, u"desk"_s);
        QTest::newRow("no host") << u"postgresql:///desk"_s << address({}, {}, 0, u"desk"_s);
        QTest::newRow("sslmode") << u"postgresql://h/desk?sslmode=verify-full"_s
                                 << address({}, u"h"_s, 0, u"desk"_s, u"verify-full"_s);
        QTest::newRow("every parameter") << u"postgresql://u@/d?sslmode=disable&port=7&host=%2Fs"_s
                                         << address(u"u"_s, u"/s"_s, 7, u"d"_s, u"disable"_s);
        QTest::newRow("percent-encoded user and database")
            << u"postgresql://anna%40desk@h/war%20claims"_s << address(u"anna@desk"_s, u"h"_s, 0, u"war claims"_s);
        QTest::newRow("Cyrillic, encoded") << u"postgresql://%D0%B0%D0%BD%D1%8F@h/%D0%B1%D0%B0%D0%B7%D0%B0"_s
                                           << address(u"аня"_s, u"h"_s, 0, u"база"_s);
        QTest::newRow("Cyrillic, as typed") << u"postgresql://аня@h/база"_s << address(u"аня"_s, u"h"_s, 0, u"база"_s);
        QTest::newRow("empty user") << u"postgresql://@h/d"_s << address({}, u"h"_s, 0, u"d"_s);
        QTest::newRow("trailing question mark") << u"postgresql://h/d?"_s << address({}, u"h"_s, 0, u"d"_s);
        QTest::newRow("highest port") << u"postgresql://h:65535/d"_s << address({}, u"h"_s, 65535, u"d"_s);
    }
    void parsesLibpqUris()
    {
        QFETCH(QString, url);
        QFETCH(ServerAddress, expected);
        QVERIFY(ServerAddress::looksLikeUrl(url));
        const Result<ServerAddress> parsed = ServerAddress::parse(url);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().toString()));
        QCOMPARE(parsed->user, expected.user);
        QCOMPARE(parsed->host, expected.host);
        QCOMPARE(parsed->port, expected.port);
        QCOMPARE(parsed->database, expected.database);
        QCOMPARE(parsed->sslMode, expected.sslMode);
        QVERIFY(parsed->password.isEmpty());
        // toString() gives the same address back.
        const Result<ServerAddress> again = ServerAddress::parse(parsed->toString());
        QVERIFY2(again, qPrintable(parsed->toString()));
        QCOMPARE(*again, *parsed);
    }

    void refusesBadAddresses_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("named"); // what the message must mention
        QTest::newRow("password") << u"postgresql://anna:secret@h/d"_s << u"postgresql://anna:***@h/d"_s;
        QTest::newRow("empty password") << u"postgresql://anna:@h/d"_s << u"PGPASSFILE"_s;
        QTest::newRow("password parameter") << u"postgresql://h/d?password=secret"_s << u"password=***"_s;
        QTest::newRow("password with @") << u"postgresql://anna:se@cret@h/d?sslmode=require"_s
                                          << u"postgresql://anna:***@h/d"_s;
        QTest::newRow("no database") << u"postgresql://h"_s << u"database"_s;
        QTest::newRow("empty database") << u"postgresql://h/"_s << u"database"_s;
        QTest::newRow("only parameters") << u"postgresql://h?sslmode=require"_s << u"database"_s;
        QTest::newRow("unknown parameter") << u"postgresql://h/d?application_name=x"_s << u"application_name"_s;
        QTest::newRow("user parameter") << u"postgresql://h/d?user=x"_s << u"\"user\""_s;
        QTest::newRow("parameter without value") << u"postgresql://h/d?sslmode"_s << u"sslmode"_s;
        QTest::newRow("bad sslmode") << u"postgresql://h/d?sslmode=maybe"_s << u"maybe"_s;
        QTest::newRow("empty sslmode") << u"postgresql://h/d?sslmode="_s << u"sslmode"_s;
        QTest::newRow("parameter twice") << u"postgresql://h/d?port=1&port=2"_s << u"twice"_s;
        QTest::newRow("port zero") << u"postgresql://h:0/d"_s << u"port"_s;
        QTest::newRow("port too high") << u"postgresql://h:65536/d"_s << u"65536"_s;
        QTest::newRow("port not a number") << u"postgresql://h:abc/d"_s << u"abc"_s;
        QTest::newRow("port signed") << u"postgresql://h:+5432/d"_s << u"+5432"_s;
        QTest::newRow("empty port") << u"postgresql://h:/d"_s << u"port"_s;
        QTest::newRow("query port bad") << u"postgresql://h/d?port=-1"_s << u"-1"_s;
        QTest::newRow("several hosts") << u"postgresql://h1,h2/d"_s << u"several hosts"_s;
        QTest::newRow("unclosed IPv6") << u"postgresql://[::1/d"_s << u"IPv6"_s;
        QTest::newRow("not IPv6") << u"postgresql://[example]/d"_s << u"example"_s;
        QTest::newRow("text after IPv6") << u"postgresql://[::1]x/d"_s << u"IPv6"_s;
        QTest::newRow("space in host") << u"postgresql://my host/d"_s << u"my host"_s;
        QTest::newRow("bad escape") << u"postgresql://h/d%zz"_s << u"%-escape"_s;
        QTest::newRow("truncated escape") << u"postgresql://h/d%4"_s << u"%-escape"_s;
        QTest::newRow("NUL escape") << u"postgresql://h/d%00x"_s << u"%-escape"_s;
        QTest::newRow("invalid UTF-8") << u"postgresql://h/%C3%28"_s << u"%-escape"_s;
        QTest::newRow("fragment") << u"postgresql://h/d#x"_s << u"#"_s;
        QTest::newRow("empty query host") << u"postgresql://h/d?host="_s << u"host"_s;
        QTest::newRow("other scheme") << u"mysql://h/d"_s << u"postgresql://"_s;
    }
    void refusesBadAddresses()
    {
        QFETCH(QString, url);
        QFETCH(QString, named);
        const Result<ServerAddress> parsed = ServerAddress::parse(url);
        QVERIFY2(!parsed, qPrintable(url));
        QCOMPARE(parsed.error().code, Error::Code::InvalidInput);
        QVERIFY2(parsed.error().message.contains(named), qPrintable(parsed.error().message));
        // The refusal echoes the address, never its password.
        QVERIFY2(!parsed.error().message.contains(u"cret"_s), qPrintable(parsed.error().message));
    }

    void tellsUrlsFromPaths_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("url");
        QTest::newRow("postgresql") << u"postgresql://h/d"_s << true;
        QTest::newRow("postgres") << u"postgres://h/d"_s << true;
        QTest::newRow("capitals") << u"POSTGRESQL://h/d"_s << true;
        QTest::newRow("file") << u"/home/anna/war.claimbench"_s << false;
        QTest::newRow("relative") << u"postgresql/war.claimbench"_s << false;
        QTest::newRow("file URL") << u"file:///home/anna/war.claimbench"_s << false;
        QTest::newRow("empty") << QString() << false;
    }
    void tellsUrlsFromPaths()
    {
        QFETCH(QString, text);
        QFETCH(bool, url);
        QCOMPARE(ServerAddress::looksLikeUrl(text), url);
    }

    void toStringNeverShowsThePassword()
    {
        ServerAddress a = address(u"anna"_s, u"h"_s, 5432, u"d"_s);
        a.password = u"secret"_s;
        QCOMPARE(a.toString(), u"postgresql://anna@h:5432/d"_s);
    }

    void toStringWritesASocketFolderAsLibpqDocumentsIt()
    {
        QCOMPARE(address(u"postgres"_s, u"/tmp/pg dir"_s, 5433, u"postgres"_s).toString(),
                 u"postgresql://postgres@/postgres?host=/tmp/pg%20dir&port=5433"_s);
        QCOMPARE(address({}, u"2001:db8::1"_s, 5432, u"d"_s, u"require"_s).toString(),
                 u"postgresql://[2001:db8::1]:5432/d?sslmode=require"_s);
    }
};

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
