// The reader's suggestions (ArticleReading::figures) and the figure Ctrl+T
// drafts from (ClaimDrafter::figureAt) are the figures extract() gives for
// the whole text, every field alike: a cell's as-of from the source line
// under its table, a record's from its Date: field, were lost when the
// figure's paragraph was extracted alone (found by the cold analyst test).
#include "common/freshprojects.h"
#include "core/drafting/claimdrafter.h"
#include "core/store/project.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

// Written for this test: a table laid out in text, dated by the line under it.
const QString kTollTable = u"Landslide toll by district\n"
                           u"\n"
                           u"District    Dead   Missing   Evacuated\n"
                           u"Kalinda      142        53       9,600\n"
                           u"Morova        37        11       4,250\n"
                           u"\n"
                           u"Source: Provincial Emergency Office, figures as of 3 August\n"_s;

// What a figure from the reader or the drafter must equal: every field.
QString fields(const Figure &f)
{
    return u"%1-%2 '%3' %4 [%5, %6] unit '%7' qualifier %8 claimant '%9' as of %10 confidence %11 restates %12"_s
        .arg(f.start)
        .arg(f.end)
        .arg(f.text)
        .arg(f.value, 0, 'g', 12)
        .arg(f.low ? QString::number(*f.low, 'g', 12) : u"-"_s, f.high ? QString::number(*f.high, 'g', 12) : u"-"_s,
             f.unit)
        .arg(int(f.qualifier))
        .arg(f.claimant, f.asOf.toIso())
        .arg(f.confidence)
        .arg(f.restates);
}

// A corpus file's body (after its header block) and the metadata the header
// and the annotation give.
Article corpusArticle(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    QFile goldFile(QString(path).replace(u".txt"_s, u".gold.json"_s));
    const QJsonObject gold = goldFile.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(goldFile.readAll()).object()
                                                                : QJsonObject();
    Article article;
    article.published = PartialDate::fromIso(gold.value(u"published"_s).toString());
    article.outlet = gold.value(u"outlet"_s).toString();
    if (text.startsWith(u"Title:")) {
        const qsizetype blank = text.indexOf(u"\n\n");
        const QString authorLine = u"\nAuthor:"_s;
        if (const qsizetype author = text.left(blank).indexOf(authorLine); author >= 0)
            article.author = text.mid(author + authorLine.size(), text.indexOf(u'\n', author + 1) - author - authorLine.size())
                                 .trimmed();
        text = text.mid(blank + 2);
    }
    article.body = text;
    return article;
}

} // namespace

class TestWholeTextFigures : public QObject
{
    Q_OBJECT

    FreshProjects m_projects;

private Q_SLOTS:
    void readerAndDrafterGiveExtractsFigures_data()
    {
        QTest::addColumn<Article>("article");
        Article table;
        table.published = PartialDate::day(2024, 8, 5);
        table.outlet = u"Daily Monitor"_s;
        table.body = kTollTable;
        QTest::newRow("table dated by its source line") << table;
        const QDir corpus(QStringLiteral(CLAIMBENCH_TEST_DATA) + u"/corpus"_s);
        const QStringList files = corpus.entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 40);
        for (const QString &name : files)
            QTest::newRow(qPrintable(name)) << corpusArticle(corpus.filePath(name));
    }

    void readerAndDrafterGiveExtractsFigures()
    {
        QFETCH(Article, article);
        QVERIFY(!article.body.isEmpty());
        auto project = m_projects.open();
        QVERIFY(project);
        const ClaimDrafter drafter(**project);
        const FigureExtractor extractor;
        ExtractionContext context;
        context.published = article.published;
        context.outlet = article.outlet;
        context.author = article.author;
        const QList<Figure> whole = extractor.extract(article.body, context).figures;
        const ArticleReading reading = ArticleReading::of(extractor, article.body, context);
        for (const Figure &f : whole) {
            // A selection of the figure, and the caret inside it.
            const std::optional<Figure> selected = drafter.figureAt(article, f.start, f.end, &reading);
            QVERIFY2(selected, qPrintable(fields(f)));
            QCOMPARE(fields(*selected), fields(f));
            const std::optional<Figure> atCaret = drafter.figureAt(article, f.start, f.start, &reading);
            QVERIFY2(atCaret, qPrintable(fields(f)));
            QCOMPARE(fields(*atCaret), fields(f));
        }
        if (!whole.isEmpty()) {
            const Figure &last = whole.constLast();
            const std::optional<Figure> ownReading = drafter.figureAt(article, last.start, last.end);
            QVERIFY(ownReading);
            QCOMPARE(fields(*ownReading), fields(last));
        }
    }

    void aTablesCellIsDatedByItsSourceLine()
    {
        const FigureExtractor extractor;
        ExtractionContext context;
        context.published = PartialDate::day(2024, 8, 5);
        context.outlet = u"Daily Monitor"_s;
        const ArticleReading reading = ArticleReading::of(extractor, kTollTable, context);
        const qsizetype missing = kTollTable.indexOf(u"53"_s);
        const auto cell = std::ranges::find_if(reading.figures, [&](const Figure &f) { return f.start == missing; });
        QVERIFY(cell != reading.figures.cend());
        QCOMPARE(cell->asOf, PartialDate::day(2024, 8, 3));
        QCOMPARE(cell->unit, u"missing"_s);
    }
};

QTEST_GUILESS_MAIN(TestWholeTextFigures)
#include "tst_wholetextfigures.moc"
