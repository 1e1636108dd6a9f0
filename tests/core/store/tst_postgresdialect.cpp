// PostgresDialect against a real server: the admin URL in
// CLAIMBENCH_TEST_SERVER (as scripts/pg-cluster.sh prints it). Each test
// function works in a database of its own, created and dropped here.
#include "common/resultcheck.h"
#include "core/store/migrations.h"
#include "core/store/postgresdialect.h"

#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <memory>
#include <thread>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

const PostgresDialect &dialect()
{
    return PostgresDialect::instance();
}

Result<ServerAddress> adminAddress()
{
    return ServerAddress::parse(qEnvironmentVariable("CLAIMBENCH_TEST_SERVER"));
}

// A connection named `name` to `database` on the test server, open.
QSqlDatabase connectTo(const QString &name, const QString &database)
{
    ServerAddress address = *adminAddress();
    address.database = database;
    QSqlDatabase db = QSqlDatabase::addDatabase(PostgresDialect::kDriverName.toString(), name);
    PostgresDialect::setServer(db, address);
    if (!db.open())
        qWarning("%s", qPrintable(db.lastError().text()));
    return db;
}

// A database of the calling test function's own, with one configured
// connection to it (db()); more with connect(). Dropped at the end. Its
// connections' names start with the database's, so that two can coexist.
class Scratch
{
public:
    Scratch()
        : m_name(u"cb_%1_%2_%3"_s.arg(QString::fromLatin1(QTest::currentTestFunction()).toLower())
                     .arg(QCoreApplication::applicationPid())
                     .arg(++s_count))
    {
        QSqlDatabase admin = connectTo(m_name + u"/admin"_s, adminAddress()->database);
        QSqlQuery create(admin);
        if (!create.exec(u"CREATE DATABASE "_s + m_name))
            qWarning("%s", qPrintable(create.lastError().text()));
        m_db = connect(u"main"_s);
    }
    ~Scratch()
    {
        m_db = QSqlDatabase();
        for (const QString &name : std::as_const(m_connections)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
        const QString admin = m_name + u"/admin"_s;
        QSqlQuery(QSqlDatabase::database(admin)).exec(u"DROP DATABASE IF EXISTS "_s + m_name + u" WITH (FORCE)"_s);
        QSqlDatabase::database(admin).close();
        QSqlDatabase::removeDatabase(admin);
    }
    QSqlDatabase &db()
    {
        return m_db;
    }
    QString name() const
    {
        return m_name;
    }
    QSqlDatabase connect(const QString &name)
    {
        m_connections.append(m_name + u'/' + name);
        QSqlDatabase db = connectTo(m_connections.last(), m_name);
        if (auto ok = PostgresDialect::configureConnection(db); !ok)
            qWarning("%s", qPrintable(ok.error().toString()));
        return db;
    }

private:
    static inline int s_count = 0;
    QString m_name;
    QStringList m_connections;
    QSqlDatabase m_db;
};

// Runs `sql` with `binds`; an invalid query (with lastError()) on failure.
QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return query;
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    query.exec();
    return query;
}

// Stores an article as ArticleRepository does: its index written by the
// program (`byProgram`), or, as another program's INSERT would leave it, by
// the trigger.
qint64 addArticle(const QSqlDatabase &db, const QString &title, const QString &body, bool byProgram = true)
{
    static int hash = 0;
    // BEGIN and COMMIT unprepared: PostgreSQL prepares no transaction control.
    const auto control = [&](const QString &sql) { return QSqlQuery(db).exec(sql); };
    if (!control(u"BEGIN"_s) || (byProgram && !dialect().beginArticleWrite(db)))
        return -1;
    QSqlQuery query = run(db, u"INSERT INTO articles (title, body, content_hash, imported_at) VALUES (?, ?, ?, "
                              "'2026-12-07T00:00:00Z') RETURNING id"_s,
                          {title, body, u"hash%1"_s.arg(++hash)});
    if (!query.next()) {
        qWarning("%s", qPrintable(query.lastError().text()));
        control(u"ROLLBACK"_s);
        return -1;
    }
    const qint64 id = query.value(0).toLongLong();
    if (byProgram) {
        if (auto indexed = dialect().indexArticles(db, {id}, {{.title = title, .body = body}}); !indexed) {
            qWarning("%s", qPrintable(indexed.error().toString()));
            control(u"ROLLBACK"_s);
            return -1;
        }
    }
    return control(u"COMMIT"_s) ? id : -1;
}

// The positions of each word in `vector` (a tsvector literal), weight
// marks dropped.
QMap<QString, QList<int>> positionsOf(const QString &vector)
{
    QMap<QString, QList<int>> positions;
    static const QRegularExpression lexeme(u"'((?:[^']|'')*)':([0-9A,]+)"_s);
    for (const QRegularExpressionMatch &m : lexeme.globalMatch(vector)) {
        for (QString position : m.captured(2).split(u','))
            positions[m.captured(1).replace(u"''"_s, u"'"_s)].append(position.remove(u'A').toInt());
    }
    return positions;
}

// The ids searchRankSql() finds for what a user typed, best first.
QList<qint64> search(const QSqlDatabase &db, const QString &typed)
{
    QSqlQuery query = run(db, dialect().searchRankSql(), {dialect().ftsQuery(typed), 100});
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    if (query.lastError().isValid())
        qWarning("%s", qPrintable(query.lastError().text()));
    return ids;
}

bool migrateAll(const QSqlDatabase &db)
{
    const Result<int> applied = migrate(db);
    if (!applied)
        qWarning("%s", qPrintable(applied.error().toString()));
    return applied.has_value();
}

} // namespace

class TestPostgresDialect : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("CLAIMBENCH_TEST_SERVER"))
            QSKIP("CLAIMBENCH_TEST_SERVER is not set: start a server with scripts/pg-cluster.sh start DIR and set "
                  "it to the URL that prints");
        if (!QSqlDatabase::isDriverAvailable(PostgresDialect::kDriverName.toString()))
            QSKIP("Qt's PostgreSQL driver is not installed (libqt6sql6-psql)");
        CLAIMBENCH_VERIFY_OK(adminAddress());
    }

    void everyMigrationStatementRunsOnPostgresql()
    {
        Scratch scratch;
        QSqlDatabase &db = scratch.db();
        QVERIFY(db.isOpen());
        for (const Migration &step : migrations(dialect())) {
            QVERIFY(QSqlQuery(db).exec(dialect().beginWrite()));
            for (const QString &sql : step.statements) {
                QSqlQuery query(db);
                QVERIFY2(query.exec(sql), qPrintable(u"version %1: %2\n%3"_s.arg(step.version).arg(sql,
                                                                                  query.lastError().text())));
            }
            if (step.dataStep)
                CLAIMBENCH_VERIFY_OK(step.dataStep(db));
            CLAIMBENCH_VERIFY_OK(dialect().setSchemaVersion(db, step.version));
            QVERIFY(QSqlQuery(db).exec(u"COMMIT"_s));
        }
        for (const QString &table : {u"articles"_s, u"claims"_s, u"tags"_s, u"metrics"_s, u"claimants"_s,
                                     u"claimant_aliases"_s, u"article_pages"_s, u"article_documents"_s,
                                     u"articles_fts"_s, u"claims_fts"_s})
            QVERIFY2(db.tables().contains(table), qPrintable(table));
    }

    void migrateMarksTheDatabaseAsAProject()
    {
        Scratch scratch;
        QSqlDatabase &db = scratch.db();
        QCOMPARE(dialect().schemaVersion(db).value_or(-1), 0);
        QCOMPARE(dialect().isProject(db).value_or(true), false);
        QVERIFY(migrateAll(db));
        QCOMPARE(dialect().schemaVersion(db).value_or(-1), currentSchemaVersion());
        QCOMPARE(dialect().isProject(db).value_or(false), true);
        QCOMPARE(migrate(db).value_or(-1), 0);
        // Read inside a transaction, a missing table is no error that would
        // abort it.
        Scratch other;
        QVERIFY(QSqlQuery(other.db()).exec(u"BEGIN"_s));
        QCOMPARE(dialect().schemaVersion(other.db()).value_or(-1), 0);
        QVERIFY(QSqlQuery(other.db()).exec(u"SELECT 1"_s));
        QVERIFY(QSqlQuery(other.db()).exec(u"COMMIT"_s));
    }

    // The index's words and their positions are those SQLite's FTS5 sees in
    // the same text (fts5vocab), so that a search finds the same articles in
    // a project file and on a server.
    void theIndexFoldsAsAProjectFile_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("decimals, accents, ß") << u"3.5 km from the Café; Straße, naïve, ÆON"_s;
        QTest::newRow("Ukrainian, Russian") << u"Удар по КИЇВУ: 700 000 осіб. Ёлка, ёж, «мʼята»"_s;
        QTest::newRow("addresses, apostrophes") << u"see example.com/a_b it's O'Brien's a-b"_s;
        QTest::newRow("combining, symbols, CJK") << u"cafe\u0301 ½ ² € 😀 rocket🚀 東京 x\u0000y"_s;
        QTest::newRow("repeated") << u"war war WAR wär"_s.repeated(100);
    }

    void theIndexFoldsAsAProjectFile()
    {
        QFETCH(QString, text);
        QMap<QString, QList<int>> expected;
        {
            QSqlDatabase file = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fts5"_s);
            file.setDatabaseName(u":memory:"_s);
            QVERIFY(file.open());
            QVERIFY(run(file, u"CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61 remove_diacritics 2')"_s)
                        .isActive());
            QVERIFY(run(file, u"CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')"_s).isActive());
            QVERIFY(run(file, u"INSERT INTO t(x) VALUES (?)"_s, {text}).isActive());
            QSqlQuery vocabulary = run(file, u"SELECT term, offset FROM v"_s);
            while (vocabulary.next()) {
                QList<int> &at = expected[vocabulary.value(0).toString()];
                if (at.size() < 256)
                    at.append(vocabulary.value(1).toInt() + 1);
            }
            for (QList<int> &at : expected)
                std::sort(at.begin(), at.end());
        }
        QSqlDatabase::removeDatabase(u"fts5"_s);
        QVERIFY(!expected.isEmpty());
        const QString vector = PostgresDialect::articleVector({}, text);
        QCOMPARE(positionsOf(vector), expected);
        // And the server takes it as written.
        Scratch scratch;
        QSqlQuery stored = run(scratch.db(), u"SELECT ?::tsvector::text"_s, {vector});
        QVERIFY2(stored.next(), qPrintable(stored.lastError().text()));
        QCOMPARE(positionsOf(stored.value(0).toString()), expected);
    }

    // An import sends each vector in tsvector's binary form (COPY); what the
    // server stores must be the literal articleVector() writes, the one the
    // tests above check against FTS5.
    void theCopiedVectorIsTheLiteral_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("body");
        QTest::newRow("title and body") << u"Strikes on Kharkiv"_s << u"Kharkiv said 12 drones; KHARKIV again"_s;
        QTest::newRow("Cyrillic, quotes") << u"Удар"_s << u"Ёлка O'Brien's a\\b «мʼята» 700 000"_s;
        QTest::newRow("more than 256 positions") << u""_s << u"war "_s.repeated(600);
        QTest::newRow("more than 16,383 words") << u"t"_s << u"w%1 "_s.arg(7).repeated(20000) + u"last"_s;
        QTest::newRow("no words") << u""_s << u"— …"_s;
    }

    void theCopiedVectorIsTheLiteral()
    {
        QFETCH(QString, title);
        QFETCH(QString, body);
        Scratch scratch;
        QVERIFY(migrateAll(scratch.db()));
        const qint64 id = addArticle(scratch.db(), title, body);
        QVERIFY(id > 0);
        QSqlQuery stored = run(scratch.db(), u"SELECT fts::text, fts = coalesce(?, '')::tsvector FROM articles_fts WHERE id = ?"_s,
                               {PostgresDialect::articleVector(title, body), id});
        QVERIFY2(stored.next(), qPrintable(stored.lastError().text()));
        QVERIFY2(stored.value(1).toBool(), qPrintable(stored.value(0).toString().left(300)));
    }

    // The longest word the index holds is found; a longer one, which
    // PostgreSQL can neither index nor put in a tsquery, is searched for
    // without the server's "word is too long in tsquery".
    void overlongWordsAreSearchedWithoutError()
    {
        Scratch scratch;
        QVERIFY(migrateAll(scratch.db()));
        const QString longest = u"λ"_s.repeated(1023); // 2,046 bytes
        const QString overlong = u"д"_s.repeated(1500);
        const qint64 kept = addArticle(scratch.db(), u"Kept"_s, longest + u" alpha"_s);
        const qint64 dropped = addArticle(scratch.db(), u"Dropped"_s, overlong + u" beta"_s);
        QVERIFY(kept > 0 && dropped > 0);
        QCOMPARE(search(scratch.db(), longest), QList<qint64>{kept});
        QCOMPARE(search(scratch.db(), u"beta"_s), QList<qint64>{dropped});
        for (const QString &typed : QStringList{overlong, u"Ω"_s.repeated(3000) + u" beta"_s}) {
            QSqlQuery query = run(scratch.db(), dialect().searchRankSql(), {dialect().ftsQuery(typed), 100});
            QVERIFY2(query.isActive(), qPrintable(query.lastError().text().left(200)));
            QVERIFY(!query.next());
        }
    }

    // Articles another program inserts are indexed by the trigger, folded
    // in SQL, and found by the same queries.
    void articlesWrittenByOtherProgramsAreIndexedToo()
    {
        Scratch scratch;
        QVERIFY(migrateAll(scratch.db()));
        const qint64 id = addArticle(scratch.db(), u"Café report"_s, u"Shelling near КИЇВ"_s, false);
        QCOMPARE(search(scratch.db(), u"cafe київ"_s), QList<qint64>{id});
        // The program's own write of the article replaces that index.
        QVERIFY(QSqlQuery(scratch.db()).exec(u"BEGIN"_s));
        CLAIMBENCH_VERIFY_OK(dialect().beginArticleWrite(scratch.db()));
        QVERIFY(run(scratch.db(), u"UPDATE articles SET body = 'Odesa port' WHERE id = ?"_s, {id}).isActive());
        CLAIMBENCH_VERIFY_OK(dialect().indexArticles(scratch.db(), {id}, {{.title = u"Café report"_s, .body = u"Odesa port"_s}}));
        QVERIFY(QSqlQuery(scratch.db()).exec(u"COMMIT"_s));
        QCOMPARE(search(scratch.db(), u"odesa"_s), QList<qint64>{id});
        QCOMPARE(search(scratch.db(), u"київ"_s), QList<qint64>{});
    }

    void aTitleHitRanksAboveBodyHits()
    {
        Scratch scratch;
        QVERIFY(migrateAll(scratch.db()));
        const qint64 bodyHits =
            addArticle(scratch.db(), u"Grain exports"_s, u"Odesa port. Odesa again, Odesa, Odesa and Odesa."_s);
        const qint64 titleHit = addArticle(scratch.db(), u"Odesa"_s, u"The port reopened."_s);
        addArticle(scratch.db(), u"Unrelated"_s, u"Nothing here."_s);
        QCOMPARE(search(scratch.db(), u"odesa"_s), (QList<qint64>{titleHit, bodyHits}));

        QSqlQuery newest = run(scratch.db(), dialect().searchRankNewestSql(), {dialect().ftsQuery(u"odesa"_s), 1, 10});
        QVERIFY2(newest.next(), qPrintable(newest.lastError().text()));
        QCOMPARE(newest.value(0).toLongLong(), titleHit); // the newest match alone
        QCOMPARE(newest.value(2).toLongLong(), 1);
        QVERIFY(!newest.next());
    }

    void aSnippetMarksTheMatchedWords()
    {
        Scratch scratch;
        QVERIFY(migrateAll(scratch.db()));
        const QString filler = u"Lorem ipsum dolor sit amet consectetur adipiscing elit. "_s.repeated(20);
        const qint64 id = addArticle(scratch.db(), u"Report"_s, filler + u"Shelling near the Café in Київ."_s + filler);
        QSqlQuery query = run(scratch.db(), dialect().searchSnippetSql(u"a.id, a.title"),
                              {dialect().ftsQuery(u"cafe КИЇВ"_s), u"[%1]"_s.arg(id)});
        QVERIFY2(query.next(), qPrintable(query.lastError().text()));
        QCOMPARE(query.value(0).toLongLong(), id);
        const QString snippet = query.value(2).toString();
        QVERIFY2(snippet.contains(u"[Café]"_s) && snippet.contains(u"[Київ]"_s), qPrintable(snippet));
        QVERIFY2(snippet.startsWith(u'…') && snippet.endsWith(u'…'), qPrintable(snippet));
        QVERIFY2(snippet.split(u' ').size() <= 18, qPrintable(snippet));
        QVERIFY(!query.next());
        // An id in the list whose article does not match has no row.
        const qint64 other = addArticle(scratch.db(), u"Other"_s, u"Nothing."_s);
        query = run(scratch.db(), dialect().searchSnippetSql(u"a.id"), {dialect().ftsQuery(u"cafe"_s),
                                                                        u"[%1]"_s.arg(other)});
        QVERIFY2(!query.next() && !query.lastError().isValid(), qPrintable(query.lastError().text()));
    }

    // What unicode61 remove_diacritics 2 does in SQLite: case in every
    // script and Latin accents fold; ё stays apart from е, ї from и.
    void searchFoldsAsSqliteDoes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("found");
        QTest::newRow("accent in text") << u"Le Café de Flore"_s << u"cafe"_s << true;
        QTest::newRow("accent typed") << u"The cafe closed"_s << u"CAFÉ"_s << true;
        QTest::newRow("combining accent") << u"The cafe\u0301 closed"_s << u"cafe"_s << true;
        QTest::newRow("Cyrillic case") << u"Удар по КИЇВУ"_s << u"київу"_s << true;
        QTest::newRow("Ukrainian case") << u"Вибухи у КИЄВІ"_s << u"києві"_s << true;
        QTest::newRow("ї is not и") << u"Київ"_s << u"Киив"_s << false;
        QTest::newRow("ё is not е") << u"ёлка"_s << u"елка"_s << false;
        QTest::newRow("е is not ё") << u"елка"_s << u"ёлка"_s << false;
        QTest::newRow("ё capital") << u"Ёлка"_s << u"ёлка"_s << true;
        QTest::newRow("prefix") << u"President Zelensky said"_s << u"zelen"_s << true;
        QTest::newRow("prefix only last word") << u"President Zelensky said"_s << u"zelen said"_s << false;
        QTest::newRow("all words") << u"President Zelensky said"_s << u"said president"_s << true;
        QTest::newRow("a missing word") << u"President Zelensky said"_s << u"said minister"_s << false;
        QTest::newRow("split at dots") << u"see example.com now"_s << u"example"_s << true;
        QTest::newRow("decimal split") << u"up 3.5 percent"_s << u"5 percent"_s << true;
        QTest::newRow("hyphen") << u"a well-known fact"_s << u"known"_s << true;
    }
    void searchFoldsAsSqliteDoes()
    {
        QFETCH(QString, text);
        QFETCH(QString, typed);
        QFETCH(bool, found);
        const auto scratch = std::make_unique<Scratch>();
        QVERIFY(migrateAll(scratch->db()));
        const qint64 id = addArticle(scratch->db(), u"Article"_s, text);
        QCOMPARE(search(scratch->db(), typed), found ? QList<qint64>{id} : QList<qint64>{});
        // The claims filter folds alike.
        QVERIFY(run(scratch->db(), u"INSERT INTO claims (article_id, start_offset, end_offset, quote, created, updated) "
                                   "VALUES (?, 0, 1, ?, '', '')"_s, {id, text}).isActive());
        QSqlQuery count = run(scratch->db(), dialect().claimTextCountSql(), {dialect().ftsQuery(typed)});
        QVERIFY2(count.next(), qPrintable(count.lastError().text()));
        QCOMPARE(count.value(0).toInt(), found ? 1 : 0);
    }

    void hostileQueriesNeverFail()
    {
        Scratch scratch;
        QVERIFY(migrateAll(scratch.db()));
        addArticle(scratch.db(), u"Quotes"_s, u"it's a \"quoted\" (text) with 50% and a\\b"_s);
        const QStringList hostile{u"'"_s, u"''"_s, u"\""_s, u"it's"_s, u"a & b"_s, u"a | b"_s, u"!a"_s,
                                  u"a <-> b"_s, u"a <2> b"_s, u"(a"_s, u"a)"_s, u"()"_s, u"\\"_s, u"a\\"_s,
                                  u"a:*"_s, u":*"_s, u"&|!<->"_s, u"a:A"_s, u"*"_s, u"' OR 1=1 --"_s,
                                  u"$$"_s, u"\u0301"_s, u"\u0301 x"_s, u"x \u0301"_s, u"½"_s, u"мʼята"_s,
                                  u"x\u0000y"_s, u"%"_s, u"NULL"_s, u"a:*b"_s, u"😀 rocket🚀"_s};
        for (const QString &typed : hostile) {
            for (const QString &query : {dialect().ftsQuery(typed), dialect().ftsPhrase(typed),
                                         dialect().ftsEither(dialect().ftsQuery(typed), dialect().ftsPhrase(typed))}) {
                if (query.isEmpty())
                    continue;
                QSqlQuery rank = run(scratch.db(), dialect().searchRankSql(), {query, 10});
                QVERIFY2(rank.isActive(), qPrintable(typed + u": "_s + query + u": "_s + rank.lastError().text()));
                QSqlQuery count = run(scratch.db(), dialect().claimTextCountSql(), {query});
                QVERIFY2(count.isActive(), qPrintable(typed + u": "_s + count.lastError().text()));
            }
        }
        QCOMPARE(search(scratch.db(), u"it's"_s).size(), 1);
        QCOMPARE(search(scratch.db(), u"\"quoted\" (text)"_s).size(), 1);
    }

    void aPhraseMatchesNumbersWrittenAnyWay()
    {
        Scratch scratch;
        QVERIFY(migrateAll(scratch.db()));
        const qint64 comma = addArticle(scratch.db(), u"A"_s, u"about 700,000 people"_s);
        const qint64 space = addArticle(scratch.db(), u"B"_s, u"about 700 000 people"_s);
        const qint64 dot = addArticle(scratch.db(), u"C"_s, u"about 700.000 people"_s);
        addArticle(scratch.db(), u"D"_s, u"700 or 000 apart: 700 then 1 000"_s);
        QSqlQuery query = run(scratch.db(), dialect().claimTextIdsSql().replace(u"claims_fts"_s, u"articles_fts"_s),
                              {dialect().ftsPhrase(u"700 000"_s)});
        QList<qint64> ids;
        while (query.next())
            ids.append(query.value(0).toLongLong());
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (QList<qint64>{comma, space, dot}));
        const QString either = dialect().ftsEither(dialect().ftsPhrase(u"700 000"_s), dialect().ftsQuery(u"apart"_s));
        query = run(scratch.db(), dialect().searchRankSql(), {either, 10});
        int rows = 0;
        while (query.next())
            ++rows;
        QCOMPARE(rows, 4);
    }

    // A tsvector holds at most 1 MB: an article's text never fails to store.
    void hugeBodiesAreStored()
    {
        Scratch scratch;
        QVERIFY(migrateAll(scratch.db()));
        QString distinct;
        for (int i = 0; i < 200'000; ++i)
            distinct += u"w"_s + QString::number(i, 36) + u' ';
        const qint64 manyWords = addArticle(scratch.db(), u"Many words"_s, distinct);
        QVERIFY(manyWords > 0);
        const qint64 huge = addArticle(scratch.db(), u"Huge"_s,
                                       u"Kherson front line report. "_s + u"Repeated filler text. "_s.repeated(2'400'000));
        QVERIFY(huge > 0);
        // Long texts are compressed by lz4, fast to write, not pglz.
        QSqlQuery codec = run(scratch.db(), u"SELECT pg_column_compression(a.body), pg_column_compression(f.fts) "
                                            "FROM articles a JOIN articles_fts f USING (id) WHERE id = ?"_s, {manyWords});
        QVERIFY2(codec.next(), qPrintable(codec.lastError().text()));
        QCOMPARE(codec.value(0).toString(), u"lz4"_s);
        QCOMPARE(codec.value(1).toString(), u"lz4"_s);
        QCOMPARE(search(scratch.db(), u"w0"_s), QList<qint64>{manyWords});
        QCOMPARE(search(scratch.db(), u"kherson"_s), QList<qint64>{huge});
        QSqlQuery snippet = run(scratch.db(), dialect().searchSnippetSql(u"a.id"),
                                {dialect().ftsQuery(u"kherson"_s), u"[%1]"_s.arg(huge)});
        QVERIFY2(snippet.next(), qPrintable(snippet.lastError().text()));
        QVERIFY2(snippet.value(1).toString().contains(u"[Kherson]"_s), qPrintable(snippet.value(1).toString()));
        // A title and body rewritten keep their index.
        QVERIFY(run(scratch.db(), u"UPDATE articles SET body = 'Mykolaiv' WHERE id = ?"_s, {huge}).isActive());
        QCOMPARE(search(scratch.db(), u"mykolaiv"_s), QList<qint64>{huge});
        QCOMPARE(search(scratch.db(), u"kherson"_s), QList<qint64>{});
    }

    void anIdListTakesTensOfThousands()
    {
        Scratch scratch;
        QStringList ids;
        for (int i = 1; i <= 30'000; i += 3)
            ids.append(QString::number(i));
        QSqlQuery query = run(scratch.db(), u"SELECT COUNT(*) FROM generate_series(1, 40000) s WHERE "_s
                                                + dialect().idListCondition(u"s"),
                              {QString(u'[' + ids.join(u',') + u']')});
        QVERIFY2(query.next(), qPrintable(query.lastError().text()));
        QCOMPARE(query.value(0).toInt(), 10'000);
    }

    void explicitIdsAndNewIds()
    {
        Scratch scratch;
        QVERIFY(migrateAll(scratch.db()));
        const QString insert = u"INSERT INTO tags (id, name) VALUES ("_s + dialect().idOrNew(u"tags")
            + u", ?) RETURNING id"_s;
        for (const QString &sql : dialect().afterExplicitIds(u"tags"))
            QVERIFY(QSqlQuery(scratch.db()).exec(sql));
        QSqlQuery first = run(scratch.db(), insert, {QVariant(QMetaType::fromType<qint64>()), u"first"_s});
        QVERIFY2(first.next(), qPrintable(first.lastError().text()));
        QCOMPARE(first.value(0).toLongLong(), 1);
        QSqlQuery given = run(scratch.db(), insert, {100, u"copied"_s});
        QVERIFY2(given.next(), qPrintable(given.lastError().text()));
        QCOMPARE(given.value(0).toLongLong(), 100);
        for (const QString &sql : dialect().afterExplicitIds(u"tags"))
            QVERIFY(QSqlQuery(scratch.db()).exec(sql));
        QSqlQuery next = run(scratch.db(), insert, {QVariant(QMetaType::fromType<qint64>()), u"new"_s});
        QVERIFY2(next.next(), qPrintable(next.lastError().text()));
        QCOMPARE(next.value(0).toLongLong(), 101);
    }

    void serverErrorsAreClassified()
    {
        Scratch scratch;
        QSqlDatabase &db = scratch.db();
        QVERIFY(migrateAll(db));
        addArticle(db, u"A"_s, u"a"_s);
        QSqlQuery duplicate = run(db, u"INSERT INTO articles (title, body, content_hash, imported_at) "
                                      "SELECT title, body, content_hash, imported_at FROM articles"_s);
        QVERIFY(!duplicate.isActive());
        QVERIFY2(dialect().isConstraintViolation(duplicate.lastError()), qPrintable(duplicate.lastError().text()));
        QVERIFY(!dialect().isBusy(duplicate.lastError()));
        QVERIFY(!dialect().isConnectionLost(duplicate.lastError()));

        // A role without privileges on the project's tables.
        const QString role = scratch.name() + u"_no_rights"_s;
        QVERIFY(QSqlQuery(db).exec(u"CREATE ROLE "_s + role));
        QVERIFY(QSqlQuery(db).exec(u"SET ROLE "_s + role));
        QSqlQuery denied = run(db, u"DELETE FROM articles"_s);
        QVERIFY2(dialect().isPermissionDenied(denied.lastError()), qPrintable(denied.lastError().text()));
        QVERIFY(!dialect().isConnectionLost(denied.lastError()));
        QVERIFY(QSqlQuery(db).exec(u"RESET ROLE"_s));
        QVERIFY(QSqlQuery(db).exec(u"DROP ROLE "_s + role));

        // A row another connection holds: lock_timeout ends the wait as busy.
        QSqlDatabase other = scratch.connect(u"other"_s);
        QVERIFY(QSqlQuery(db).exec(u"BEGIN"_s));
        QVERIFY(QSqlQuery(db).exec(u"UPDATE articles SET title = 'B'"_s));
        QVERIFY(QSqlQuery(other).exec(u"SET lock_timeout = 200"_s));
        QSqlQuery waited = run(other, u"UPDATE articles SET title = 'C'"_s);
        QVERIFY2(dialect().isBusy(waited.lastError()), qPrintable(waited.lastError().text()));
        // So does an upgrade that another connection is running.
        QVERIFY(QSqlQuery(other).exec(u"BEGIN"_s));
        CLAIMBENCH_VERIFY_OK(dialect().lockForUpgrade(db));
        const Result<void> second = dialect().lockForUpgrade(other);
        QVERIFY(!second);
        QCOMPARE(second.error().code, Error::Code::Busy);
        QVERIFY(QSqlQuery(other).exec(u"ROLLBACK"_s));
        QVERIFY(QSqlQuery(db).exec(u"ROLLBACK"_s));

        // The server ends the connection.
        QSqlQuery pid(other);
        QVERIFY(pid.exec(u"SELECT pg_backend_pid()"_s) && pid.next());
        QVERIFY(QSqlQuery(db).exec(u"SELECT pg_terminate_backend(%1)"_s.arg(pid.value(0).toInt())));
        QTest::qWait(100);
        QSqlQuery lost(other);
        QVERIFY(!lost.exec(u"SELECT 1"_s));
        QVERIFY2(dialect().isConnectionLost(lost.lastError()), qPrintable(lost.lastError().text()));
        QVERIFY(!dialect().isConnectionLost(QSqlError()));
    }

    void aReadConnectionRefusesWrites()
    {
        Scratch scratch;
        QVERIFY(migrateAll(scratch.db()));
        QSqlDatabase reader = scratch.connect(u"reader"_s);
        CLAIMBENCH_VERIFY_OK(dialect().configureReadConnection(reader));
        CLAIMBENCH_VERIFY_OK(dialect().configureSinglePassRead(reader));
        QVERIFY(QSqlQuery(reader).exec(u"SELECT COUNT(*) FROM articles"_s));
        QSqlQuery write(reader);
        QVERIFY(!write.exec(u"DELETE FROM articles"_s));
        QCOMPARE(write.lastError().nativeErrorCode(), u"25006"_s); // read_only_sql_transaction
    }

    void forEachRowReadsEveryColumn()
    {
        Scratch scratch;
        QList<qint64> seen;
        QList<double> reals;
        QStringList texts;
        int nulls = 0;
        const Result<qint64> rows = dialect().forEachRow(
            scratch.db(), u"SELECT s, s / 4.0, 'é' || s, NULLIF(s, 2), s % 2 = 0 FROM generate_series(?, ?) s"_s,
            {1, 3}, [&](const RowReader &row) {
                seen.append(row.integer(0));
                reals.append(row.real(1));
                texts.append(QString::fromUtf8(row.utf8(2)));
                nulls += row.isNull(3) ? 1 : 0;
                return row.integer(4) == 0; // stops after the first even row
            });
        CLAIMBENCH_VERIFY_OK(rows);
        QCOMPARE(*rows, 2);
        QCOMPARE(seen, (QList<qint64>{1, 2}));
        QCOMPARE(reals, (QList<double>{0.25, 0.5}));
        QCOMPARE(texts, (QStringList{u"é1"_s, u"é2"_s}));
        QCOMPARE(nulls, 1);
        // The connection is ready for the next statement after an early stop.
        QSqlQuery after(scratch.db());
        QVERIFY2(after.exec(u"SELECT 1"_s) && after.next(), qPrintable(after.lastError().text()));
        const Result<qint64> failed = dialect().forEachRow(scratch.db(), u"SELECT nothing"_s, {},
                                                           [](const RowReader &) { return true; });
        QVERIFY(!failed);
    }

    void aRaisedCancelFlagStopsTheStatement()
    {
        Scratch scratch;
        std::atomic<bool> cancelled = false;
        CLAIMBENCH_VERIFY_OK(dialect().setCancelFlag(scratch.db(), &cancelled));
        QVERIFY(QSqlQuery(scratch.db()).exec(u"SELECT pg_sleep(0.01)"_s));
        std::jthread raise([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            cancelled = true;
        });
        // Half a minute of sleep: stopped soon after the flag turns.
        QSqlQuery sleep(scratch.db());
        QVERIFY(!sleep.exec(u"SELECT pg_sleep(30)"_s));
        QCOMPARE(sleep.lastError().nativeErrorCode(), u"57014"_s);
        const Result<qint64> rows = dialect().forEachRow(scratch.db(), u"SELECT pg_sleep(30)"_s, {},
                                                         [](const RowReader &) { return true; });
        QVERIFY(!rows);
        QCOMPARE(rows.error().code, Error::Code::Cancelled);
        CLAIMBENCH_VERIFY_OK(dialect().setCancelFlag(scratch.db(), nullptr));
        cancelled = false;
        QVERIFY(QSqlQuery(scratch.db()).exec(u"SELECT pg_sleep(0.3)"_s));
        QVERIFY(!dialect().setCancelFlag(QSqlDatabase(), &cancelled));
    }

    void describesTheEngine()
    {
        Scratch scratch;
        QCOMPARE(dialect().engineName(), u"PostgreSQL"_s);
        QVERIFY2(dialect().engineVersion().startsWith(u"15."_s), qPrintable(dialect().engineVersion()));
        QSqlQuery plan(scratch.db());
        QVERIFY(plan.exec(dialect().queryPlanSql(u"SELECT 1"_s)) && plan.next());
        QVERIFY2(plan.value(0).toString().contains(u"Result"_s), qPrintable(plan.value(0).toString()));
        QCOMPARE(scratch.db().driver()->dbmsType(), QSqlDriver::PostgreSQL);
    }
};

QTEST_GUILESS_MAIN(TestPostgresDialect)
#include "tst_postgresdialect.moc"
