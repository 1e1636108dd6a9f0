// The sample corpus in ../shared/corpus through the real import path: every
// annotated offset must still point at its text in the stored body, and the
// Ukrainian article must import and be searchable.
#include "core/import/articleimporter.h"
#include "core/store/project.h"

#include "common/shareddata.h"
#include "common/testfiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

class TestCorpusImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goldOffsetsHold_data()
    {
        QTest::addColumn<QString>("stem");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("published");
        QTest::newRow("00 saved page") << u"00-thin-line-casualties"_s
                                       << u"Russia’s military deaths and injuries in Ukraine top 1 million, officials say"_s
                                       << u"2025-06-13"_s;
        const QStringList osce = {u"01-uk-osce-russia-diminished-300k"_s, u"02-uk-osce-putins-war-significant-cost"_s,
                                  u"03-uk-osce-465000-killed-or-wounded"_s, u"04-uk-osce-half-a-million-impunity"_s,
                                  u"05-uk-osce-human-cost-700k"_s, u"06-uk-osce-every-right-830k"_s,
                                  u"07-uk-osce-facts-show-1-2-million"_s};
        for (const QString &stem : osce)
            QTest::newRow(qPrintable(stem)) << stem << QString() << QString();
    }
    void goldOffsetsHold()
    {
        CLAIMBENCH_REQUIRE_SHARED_DIR(corpus, "CLAIMBENCH_CORPUS");
        QFETCH(QString, stem);
        QFETCH(QString, title);
        QFETCH(QString, published);
        const QString path = corpus.filePath(stem + u".txt"_s);
        const QByteArray bytes = readFile(path);
        QVERIFY(!bytes.isEmpty());

        QTemporaryDir dir;
        auto project = Project::open(dir.filePath(u"p.claimbench"_s), Project::OpenMode::CreateIfMissing);
        QVERIFY(project.has_value());
        ArticleImporter importer(*project);
        const QList<ImportOutcome> outcomes = importer.importAll({path});
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes[0].describe(), u"imported"_s);
        const auto stored = (*project)->articles().get(outcomes[0].articleId);
        QVERIFY(stored.has_value());
        if (!title.isEmpty())
            QCOMPARE(stored->title, title);
        if (!published.isEmpty())
            QCOMPARE(stored->published.toIso(), published);
        QVERIFY(!stored->body.contains(u"Leave a Reply"_s));
        QVERIFY(!stored->body.contains(u"Copyright 2024"_s));

        const QJsonObject gold = QJsonDocument::fromJson(readFile(corpus.filePath(stem + u".gold.json"_s))).object();
        int checked = 0;
        for (const char *kind : {"figures", "dates"}) {
            for (const QJsonValue &value : gold.value(QLatin1StringView(kind)).toArray()) {
                const QJsonObject item = value.toObject();
                const QString text = item.value(u"text").toString();
                const int start = item.value(u"start").toInt();
                // Files 01-07 give only `start`; the end follows from the text.
                const int end = item.value(u"end").toInt(start + int(text.size()));
                // These files are BMP-only: code point offsets equal QString indices.
                QCOMPARE(stored->body.mid(start, end - start), text);
                ++checked;
            }
        }
        QVERIFY(checked > 0);
    }

    void ukrainianArticle()
    {
        CLAIMBENCH_REQUIRE_SHARED_DIR(corpus, "CLAIMBENCH_CORPUS");
        const QStringList ukrainian = corpus.entryList({u"24-*.txt"_s}, QDir::Files);
        QCOMPARE(ukrainian.size(), 1);
        QTemporaryDir dir;
        auto project = Project::open(dir.filePath(u"p.claimbench"_s), Project::OpenMode::CreateIfMissing);
        QVERIFY(project.has_value());
        ArticleImporter importer(*project);
        const QList<ImportOutcome> outcomes = importer.importAll({corpus.filePath(ukrainian.first())});
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes[0].describe(), u"imported"_s);
        const auto stored = (*project)->articles().get(outcomes[0].articleId);
        QVERIFY(stored.has_value());
        QCOMPARE(stored->language, u"uk"_s);
        QCOMPARE(stored->published.toIso(), u"2016-07-07"_s);
        QVERIFY(stored->title.startsWith(u"США виділять Україні"_s));
        const auto hits = (*project)->articles().search(u"гуманітарної"_s);
        QVERIFY(hits.has_value());
        QCOMPARE(hits->size(), 1);
    }

    void wholeFolderOnce()
    {
        CLAIMBENCH_REQUIRE_SHARED_DIR(corpus, "CLAIMBENCH_CORPUS");
        QTemporaryDir dir;
        auto project = Project::open(dir.filePath(u"p.claimbench"_s), Project::OpenMode::CreateIfMissing);
        QVERIFY(project.has_value());
        ArticleImporter importer(*project);
        const QList<ImportOutcome> first = importer.importAll({corpus.path()});
        QCOMPARE(first.size(), ArticleImporter::collectFiles({corpus.path()}).size());
        int texts = 0;
        for (const ImportOutcome &outcome : first) {
            if (outcome.path.endsWith(u".txt"_s)) {
                ++texts;
                QCOMPARE(outcome.describe(), u"imported"_s);
            } else if (outcome.path.endsWith(u".json"_s)) {
                QCOMPARE(outcome.describe(), u"skipped: format"_s);
            }
        }
        QCOMPARE(texts, 9);
        // A second import of the same folder stores nothing new.
        for (const ImportOutcome &outcome : importer.importAll({corpus.path()})) {
            if (outcome.status != ImportOutcome::Status::Skipped)
                QCOMPARE(outcome.describe(), u"duplicate"_s);
        }
    }
};

QTEST_GUILESS_MAIN(TestCorpusImport)
#include "tst_corpusimport.moc"
