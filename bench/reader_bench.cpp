// bench_reader: opening and paging through a large article in a reader pane.
//
// Usage: bench_reader [PAGES]   (runs offscreen unless QT_QPA_PLATFORM is set)
// Generates a 1 MB article (English-like paragraphs with figures, a fixed
// seed) carrying 5,000 claims under four coloured tags in a temporary
// project, then, in the same run:
//   - reader: ReaderPane::showArticle (article, claims and tags read from the
//     project, highlights placed) and a grab of the pane, which forces layout
//     and paint; then PAGES page-downs, each followed by a grab of the text's
//     viewport (claims and suggestions drawn).
//   - baseline: QTextEdit::setPlainText of the same text without highlights
//     and a grab; then the same page-downs and grabs.
// Prints ms for the open and the mean and max ms per page of both.
#include "core/commands/projectsession.h"
#include "core/models/articlelistmodel.h"
#include "core/store/project.h"
#include "ui/reader/articletextedit.h"
#include "ui/reader/readerpane.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTextStream>

#include <algorithm>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

constexpr int ArticleBytes = 1024 * 1024;
constexpr int ClaimCount = 5000;
constexpr QSize PaneSize(760, 900);

QString generateBody(QRandomGenerator &random)
{
    static const QStringList words{
        u"the"_s, u"ministry"_s, u"said"_s, u"forces"_s, u"estimated"_s, u"overnight"_s, u"according"_s,
        u"to"_s, u"officials"_s, u"in"_s, u"region"_s, u"were"_s, u"reported"_s, u"and"_s, u"losses"_s,
        u"of"_s, u"since"_s, u"february"_s, u"attack"_s, u"drones"_s, u"a"_s, u"statement"_s, u"on"_s};
    static const QStringList figures{u"about 250,000 troops"_s, u"63 drones"_s, u"more than 1.2 million"_s,
                                     u"28 were shot down"_s, u"45,100 soldiers"_s, u"18 people"_s};
    QString body;
    body.reserve(ArticleBytes + 1000);
    while (body.size() < ArticleBytes) {
        const int sentences = 3 + int(random.bounded(4));
        for (int s = 0; s < sentences; ++s) {
            const int length = 8 + int(random.bounded(14));
            for (int w = 0; w < length; ++w) {
                if (w > 0)
                    body += u' ';
                body += w == length / 2 ? figures.at(random.bounded(figures.size()))
                                        : words.at(random.bounded(words.size()));
            }
            body += u". "_s;
        }
        body += u"\n\n"_s;
    }
    return body;
}

// Times `step` (ms), returning the elapsed milliseconds.
template<typename Step>
double timed(Step step)
{
    QElapsedTimer timer;
    timer.start();
    step();
    return timer.nsecsElapsed() / 1e6;
}

struct Paging
{
    double mean = 0;
    double max = 0;
    int pages = 0;
};

Paging pageDown(QAbstractScrollArea *area, int pages)
{
    Paging result;
    QScrollBar *bar = area->verticalScrollBar();
    for (int i = 0; i < pages && bar->value() < bar->maximum(); ++i) {
        const double ms = timed([&] {
            bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
            area->viewport()->grab();
        });
        result.mean += ms;
        result.max = std::max(result.max, ms);
        ++result.pages;
    }
    if (result.pages > 0)
        result.mean /= result.pages;
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int pages = argc > 1 ? std::max(1, atoi(argv[1])) : 200;
    QTextStream out(stdout);

    QTemporaryDir dir;
    auto opened = Project::open(dir.filePath(u"bench.claimbench"_s), Project::OpenMode::CreateIfMissing);
    if (!dir.isValid() || !opened) {
        QTextStream(stderr) << "bench_reader: cannot create a project in " << dir.path() << "\n";
        return 2;
    }
    std::shared_ptr<Project> project = *opened;
    QRandomGenerator random(20260213);
    Article article;
    article.title = u"A long article"_s;
    article.outlet = u"Bench Wire"_s;
    article.published = PartialDate::day(2025, 6, 13);
    article.body = generateBody(random);
    QList<qint64> tagIds;
    for (const auto &[name, color] : {std::pair{u"Casualties"_s, QColor(0xe0, 0x6c, 0x75)},
                                      std::pair{u"Drones"_s, QColor(0x61, 0xaf, 0xef)},
                                      std::pair{u"Civilians"_s, QColor(0xe5, 0xc0, 0x7b)},
                                      std::pair{u"Official"_s, QColor(0x98, 0xc3, 0x79)}}) {
        Tag tag;
        tag.name = name;
        tag.color = color;
        auto added = project->tags().add(tag);
        if (!added)
            return 2;
        tagIds.append(*added);
    }
    if (!project->articles().add(article))
        return 2;
    // Claims spread evenly over the text, each on a word, one in four nested
    // inside the one before it (overlaps are the costly case to draw).
    const int spacing = int(article.body.size() / ClaimCount);
    for (int i = 0; i < ClaimCount; ++i) {
        Claim claim;
        claim.articleId = article.id;
        claim.start = i * spacing;
        claim.end = claim.start + (i % 4 == 3 ? 6 : 24);
        claim.tagId = i % 5 == 4 ? 0 : tagIds.at(i % tagIds.size());
        if (!project->claims().add(claim))
            return 2;
    }

    ArticleListModel articles;
    articles.setProject(project);
    ProjectSession session(project);

    ReaderPane pane(&articles);
    pane.resize(PaneSize);
    pane.setSession(&session);
    pane.show();
    const double openMs = timed([&] {
        pane.showArticle(article.id);
        pane.grab();
    });
    const Paging readerPaging = pageDown(pane.textEdit(), pages);

    QTextEdit plain;
    plain.resize(PaneSize);
    plain.setReadOnly(true);
    plain.setFont(pane.textEdit()->font());
    plain.show();
    const double plainOpenMs = timed([&] {
        plain.setPlainText(article.body);
        plain.grab();
    });
    const Paging plainPaging = pageDown(&plain, pages);

    out << u"article: %1 KB, %2 claims (%3 drawn), %4 paragraphs\n"_s.arg(article.body.size() * 2 / 1024)
               .arg(ClaimCount).arg(pane.textEdit()->highlights().size())
               .arg(pane.textEdit()->document()->blockCount());
    out << u"reader pane:              open %1 ms, page mean %2 ms, max %3 ms (%4 pages)\n"_s
               .arg(openMs, 0, 'f', 1).arg(readerPaging.mean, 0, 'f', 2).arg(readerPaging.max, 0, 'f', 2)
               .arg(readerPaging.pages);
    out << u"baseline QTextEdit plain: open %1 ms, page mean %2 ms, max %3 ms (%4 pages)\n"_s
               .arg(plainOpenMs, 0, 'f', 1).arg(plainPaging.mean, 0, 'f', 2).arg(plainPaging.max, 0, 'f', 2)
               .arg(plainPaging.pages);
    return 0;
}
