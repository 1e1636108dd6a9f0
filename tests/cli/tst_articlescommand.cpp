#include "cli/commandline.h"
#include "common/clirun.h"
#include "common/freshprojects.h"
#include "common/listingformats.h"
#include "core/store/project.h"
#include "core/store/sqlitedialect.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

// RFC 4180 reader, strict about what the writer must produce: records end in
// CRLF, quoted fields may hold anything, a quote inside is doubled.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool inQuotes = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c != u'"')
                field += c;
            else if (i + 1 < text.size() && text[i + 1] == u'"')
                field += text[++i];
            else
                inQuotes = false;
        } else if (c == u'"') {
            inQuotes = true;
        } else if (c == u',') {
            record.append(std::exchange(field, {}));
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            record.append(std::exchange(field, {}));
            records.append(std::exchange(record, {}));
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        records.append(record + QStringList{field}); // a last record without CRLF: caught by callers
    return records;
}

const QStringList kColumns{u"id"_s,        u"title"_s,    u"outlet"_s, u"url"_s,   u"author"_s,
                           u"published"_s, u"language"_s, u"source"_s, u"claims"_s};

} // namespace

class TestArticlesCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        const Result<QString> location = m_projects.location(u"articles-"_s);
        if (!location)
            QFAIL(qPrintable(location.error().toString()));
        m_path = *location;
        const Result<std::shared_ptr<Project>> project =
            Project::open(m_path, Project::OpenMode::CreateIfMissing);
        if (!project)
            QFAIL(qPrintable(project.error().toString()));
        ArticleRepository articles = (*project)->articles();

        Article milestone;
        milestone.title = u"Losses \"surpass\" 1 million"_s;
        milestone.outlet = u"Kyiv Post, English edition"_s;
        milestone.url = u"https://example.org/losses?id=1,2"_s;
        milestone.author = u"Jane Doe"_s;
        milestone.published = PartialDate::day(2025, 6, 13);
        milestone.language = u"en"_s;
        milestone.sourcePath = u"/data/00-thin-line-casualties.txt"_s;
        milestone.body = u"Russian casualties have surpassed one million troops.\r\n"
                         u"\tSecond line, with a comma and \"quotes\" \U0001F600.\n"_s;
        Article aid;
        aid.title = u"Допомога США"_s;
        aid.body = u"Україна отримала 23 мільйони доларів допомоги."_s;
        Article drones;
        drones.title = u"Drones overnight"_s;
        drones.published = PartialDate::month(2024, 10);
        drones.body = u"Russia launched 63 drones and decoys overnight."_s;
        for (Article *a : {&milestone, &aid, &drones}) {
            const Result<qint64> id = articles.add(*a);
            if (!id)
                QFAIL(qPrintable(id.error().toString()));
        }
        m_milestone = milestone;
        m_aid = aid;
        m_drones = drones;
    }

    void csvListsNewestFirstWithHeader()
    {
        const CliRun run = runCli({u"articles"_s, m_path});
        QCOMPARE(run.status, 0);
        QCOMPARE(run.err, QString());
        QVERIFY(run.out.endsWith(u"\r\n"_s));
        QVERIFY(run.out.startsWith(kColumns.join(u',') + u"\r\n"_s));
        const QList<QStringList> records = parseCsv(run.out);
        QCOMPARE(records.size(), 4);
        QCOMPARE(records[0], kColumns);
        QCOMPARE(records[1],
                 (QStringList{QString::number(m_milestone.id), m_milestone.title, m_milestone.outlet,
                              m_milestone.url, m_milestone.author, u"2025-06-13"_s, u"en"_s,
                              m_milestone.sourcePath, u"0"_s}));
        QCOMPARE(records[2].at(0), QString::number(m_drones.id));
        QCOMPARE(records[2].at(5), u"2024-10"_s);
        // Undated last; absent values are empty fields.
        QCOMPARE(records[3], (QStringList{QString::number(m_aid.id), m_aid.title, QString(), QString(),
                                          QString(), QString(), QString(), QString(), u"0"_s}));
    }

    void csvQuotesCommasQuotesAndNewlines()
    {
        const CliRun run = runCli({u"articles"_s, m_path, u"--with-body"_s});
        QCOMPARE(run.status, 0);
        QVERIFY2(run.out.contains(u",\"Losses \"\"surpass\"\" 1 million\",\"Kyiv Post, English edition\","_s),
                 qPrintable(run.out));
        const QList<QStringList> records = parseCsv(run.out);
        QCOMPARE(records.size(), 4);
        QCOMPARE(records[0], kColumns + QStringList{u"body"_s});
        QCOMPARE(records[1].constLast(), m_milestone.body);
        QCOMPARE(records[3].constLast(), m_aid.body);
    }

    // Titles, outlets and authors come from imported pages: text a
    // spreadsheet would run as a formula gets a leading apostrophe in CSV
    // (ids and counts stay numbers); JSON keeps it exact.
    void csvNeutralizesFormulaText()
    {
        const Result<std::shared_ptr<Project>> project = Project::open(m_path);
        QVERIFY(project);
        Article hostile;
        hostile.title = u"=HYPERLINK(\"http://evil.example/\",\"Losses\")"_s;
        hostile.outlet = u"+cmd|' /C calc'!A0"_s;
        hostile.author = u"-5"_s;
        hostile.published = PartialDate::day(2026, 1, 1); // newest: listed first
        hostile.body = u"@channel 63 drones overnight."_s;
        QVERIFY((*project)->articles().add(hostile));

        const CliRun csv = runCli({u"articles"_s, m_path, u"--with-body"_s});
        QCOMPARE(csv.status, 0);
        QVERIFY2(csv.out.contains(u"\r\n%1,\"'=HYPERLINK(\"\"http://evil.example/\"\",\"\"Losses\"\")\","_s.arg(
                     hostile.id)),
                 qPrintable(csv.out));
        const QList<QStringList> records = parseCsv(csv.out);
        QCOMPARE(records[1], (QStringList{QString::number(hostile.id), u'\'' + hostile.title,
                                          u"'+cmd|' /C calc'!A0"_s, QString(), u"'-5"_s, u"2026-01-01"_s,
                                          QString(), QString(), u"0"_s, u"'@channel 63 drones overnight."_s}));

        const CliRun json = runCli({u"articles"_s, m_path, u"--with-body"_s, u"--format=json"_s});
        const QJsonObject first = QJsonDocument::fromJson(json.out.toUtf8()).array()[0].toObject();
        QCOMPARE(first.value(u"title"_s).toString(), hostile.title);
        QCOMPARE(first.value(u"outlet"_s).toString(), hostile.outlet);
        QCOMPARE(first.value(u"author"_s).toString(), hostile.author);
        QCOMPARE(first.value(u"body"_s).toString(), hostile.body);
        // --help says so.
        QVERIFY(runCli({u"articles"_s, u"--help"_s})
                    .out.simplified()
                    .contains(u"formula (starting with =, +, -, @, tab or CR"_s));
    }

    void jsonKeysInOrderAndNulls()
    {
        const CliRun run = runCli({u"articles"_s, m_path, u"--format"_s, u"json"_s});
        QCOMPARE(run.status, 0);
        QCOMPARE(run.err, QString());
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QVERIFY(document.isArray());
        const QJsonArray rows = document.array();
        QCOMPARE(rows.size(), 3);

        const QJsonObject first = rows[0].toObject();
        QCOMPARE(first.value(u"id"_s).toInteger(), m_milestone.id);
        QCOMPARE(first.value(u"title"_s).toString(), m_milestone.title);
        QCOMPARE(first.value(u"published"_s).toString(), u"2025-06-13"_s);
        QCOMPARE(first.value(u"claims"_s).toInt(-1), 0);
        QVERIFY(!first.contains(u"body"_s));
        QVERIFY(!first.contains(u"snippet"_s));

        const QJsonObject undated = rows[2].toObject();
        QCOMPARE(undated.value(u"title"_s).toString(), m_aid.title);
        for (const QString &key : {u"outlet"_s, u"url"_s, u"author"_s, u"published"_s, u"language"_s,
                                   u"source"_s})
            QVERIFY2(undated.value(key).isNull(), qPrintable(key));

        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5); // "[", three objects, "]"
        for (qsizetype i = 1; i <= 3; ++i)
            QCOMPARE(keysInOrder(lines[i]), kColumns);
    }

    void withBodyIsExactlyAsStored()
    {
        const CliRun run = runCli({u"articles"_s, m_path, u"--with-body"_s, u"--format=json"_s});
        QCOMPARE(run.status, 0);
        const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].toObject().value(u"body"_s).toString(), m_milestone.body);
        QCOMPARE(rows[1].toObject().value(u"body"_s).toString(), m_drones.body);
        QCOMPARE(rows[2].toObject().value(u"body"_s).toString(), m_aid.body);
        QCOMPARE(keysInOrder(run.out.section(u'\n', 1, 1)), kColumns + QStringList{u"body"_s});
    }

    void searchRanksAndAddsSnippet_data()
    {
        addFormatRows();
    }
    void searchRanksAndAddsSnippet()
    {
        QFETCH(QString, format);
        const CliRun run = runCli({u"articles"_s, m_path, u"--search"_s, u"drones"_s, u"--format"_s,
                                   format, u"--with-body"_s});
        QCOMPARE(run.status, 0);
        QCOMPARE(run.err, QString());
        const QStringList columns = kColumns + QStringList{u"snippet"_s, u"body"_s};
        if (format == u"json") {
            const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
            QCOMPARE(rows.size(), 1);
            const QJsonObject hit = rows[0].toObject();
            QCOMPARE(hit.value(u"id"_s).toInteger(), m_drones.id);
            QVERIFY2(hit.value(u"snippet"_s).toString().contains(u"drones"_s, Qt::CaseInsensitive), qPrintable(run.out));
            QCOMPARE(hit.value(u"body"_s).toString(), m_drones.body);
            QCOMPARE(keysInOrder(run.out.section(u'\n', 1, 1)), columns);
        } else {
            const QList<QStringList> records = parseCsv(run.out);
            QCOMPARE(records.size(), 2);
            QCOMPARE(records[0], columns);
            QCOMPARE(records[1].at(0), QString::number(m_drones.id));
            QVERIFY(records[1].at(9).contains(u"drones"_s, Qt::CaseInsensitive));
        }
    }

    void searchFindsCyrillic()
    {
        const CliRun run = runCli({u"articles"_s, m_path, u"--search"_s, u"допомоги"_s, u"--format=json"_s});
        QCOMPARE(run.status, 0);
        const QJsonArray rows = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].toObject().value(u"id"_s).toInteger(), m_aid.id);
    }

    void searchWithoutHitsIsAnEmptyList()
    {
        const CliRun json = runCli({u"articles"_s, m_path, u"--search"_s, u"zeppelin"_s, u"--format=json"_s});
        QCOMPARE(json.status, 0);
        QCOMPARE(json.out, u"[]\n"_s);
        const CliRun csv = runCli({u"articles"_s, m_path, u"--search"_s, u"\"unbalanced OR"_s});
        QCOMPARE(csv.status, 0);
        QCOMPARE(csv.out, (kColumns + QStringList{u"snippet"_s}).join(u',') + u"\r\n"_s);
    }

    // The articles a search matches are all listed, not the first hundred.
    void searchListsEveryMatch()
    {
        {
            const Result<std::shared_ptr<Project>> project = Project::open(m_path);
            QVERIFY(project.has_value());
            ArticleRepository articles = (*project)->articles();
            for (int i = 0; i < 150; ++i) {
                Article a;
                a.title = u"Shelling report %1"_s.arg(i);
                a.body = u"Artillery shelled town number %1 overnight."_s.arg(i);
                QVERIFY(articles.add(a).has_value());
            }
        }
        const CliRun run = runCli({u"articles"_s, m_path, u"--search"_s, u"shelled"_s, u"--format=json"_s});
        QCOMPARE(run.status, 0);
        QCOMPARE(run.err, QString());
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 150);
    }

    // A pasted text that repeats a word is one term, and no text makes more
    // than kMaxFtsTerms: what FTS5 is given to do is bounded.
    void searchQueryTermsAreDistinctAndCapped()
    {
        QCOMPARE(SqliteDialect::instance().ftsQuery(u"a "_s.repeated(2000)), u"\"a\"*"_s);
        QCOMPARE(SqliteDialect::instance().ftsQuery(u"Drones drones launched DRONES"_s), u"\"launched\" \"DRONES\"*"_s);
        QString manyWords;
        for (int i = 0; i < 2000; ++i)
            manyWords += u"w%1 "_s.arg(i);
        const QString query = SqliteDialect::instance().ftsQuery(manyWords);
        QCOMPARE(query.count(u'"') / 2, Dialect::kMaxFtsTerms);
        QVERIFY(query.endsWith(u"\"w1999\"*"_s));
        const CliRun run = runCli({u"articles"_s, m_path, u"--search"_s, u"drones "_s.repeated(2000), u"--format=json"_s});
        QCOMPARE(run.status, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 1);
    }

    // A file that is not a project is bad input and is left byte for byte.
    void nonProjectFileIsUntouched()
    {
        const QString path = m_projects.filePath(u"notes.txt"_s);
        const QByteArray bytes = "Not a project, just notes.\n";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        const CliRun run = runCli({u"articles"_s, path, u"--format=json"_s});
        QCOMPARE(run.status, 2);
        QCOMPARE(run.out, QString());
        QVERIFY2(run.err.startsWith(u"claimbench-cli: "_s + path + u": "_s), qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
    }

    // Issue 19: a read-only project could not even be listed (exit 2),
    // and in a read-only folder every command said "not a Claimbench
    // project (attempt to write a readonly database)". Root may write
    // anything, so the owner write bits stand in for a read-only mount.
    void readOnlyProjectIsListedAndRefusedForWriting()
    {
        CLAIMBENCH_SKIP_ON_SERVER("about the project file: its permissions and its folder's");
        const QString folder = QFileInfo(m_path).absolutePath();
        const auto restore = qScopeGuard([&] {
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        });
        QVERIFY(QFile::setPermissions(m_path, QFileDevice::ReadOwner));
        for (const bool folderToo : {false, true}) {
            if (folderToo)
                QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
            const CliRun listed = runCli({u"articles"_s, m_path});
            QVERIFY2(listed.status == 0, qPrintable(listed.err));
            QCOMPARE(parseCsv(listed.out).size(), 4);
            const CliRun claims = runCli({u"claims"_s, m_path});
            QVERIFY2(claims.status == 0, qPrintable(claims.err));
            const CliRun edit = runCli({u"claims"_s, m_path, u"--add"_s, m_path});
            QCOMPARE(edit.status, 2);
            QVERIFY2(edit.err.contains(u"read-only"_s) && edit.err.contains(m_path), qPrintable(edit.err));
        }
    }

private:
    FreshProjects m_projects;
    QString m_path;
    Article m_milestone;
    Article m_aid;
    Article m_drones;
};

QTEST_GUILESS_MAIN(TestArticlesCommand)
#include "tst_articlescommand.moc"
