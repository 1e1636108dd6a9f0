// bench_reader: opening and paging through a large article in a reader pane.
//
// Usage: bench_reader [PAGES]   (runs offscreen unless QT_QPA_PLATFORM is set)
// Generates a 1 MB article (English-like paragraphs with figures, a fixed
// seed) carrying 5,000 claims under four coloured tags in a temporary
// project, then, in the same run, three widgets of the same size and font:
//   - reader: ReaderPane::showArticle (article, claims and tags read from the
//     project, highlights placed, suggestions handed to the worker thread)
//     and a grab of the pane, which forces layout and paint; then, once the
//     suggestions have arrived, PAGES page-downs, each followed by a grab of
//     the text's viewport (claims and suggestions drawn).
//   - QPlainTextEdit: setPlainText of the same text without highlights, the
//     same lazy layout as the reader; the same open and paging.
//   - QTextEdit: setPlainText, then the full layout forced through
//     documentSize() (QTextEdit otherwise lays out two screens and the rest
//     in idle time, which a grab never waits for); the same paging.
// Prints ms for the open and the mean and max ms per page of each, as wall
// time and as the main thread's CPU time (the machine may be shared), and
// when the reader's suggestions arrived after the open began.
#include "core/commands/projectsession.h"
#include "core/domain/quoteplacement.h"
#include "core/models/articlelistmodel.h"
#include "core/store/project.h"
#include "ui/reader/articletextedit.h"
#include "ui/reader/readerpane.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

constexpr int kArticleBytes = 1024 * 1024;
constexpr int kClaimCount = 5000;
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
    body.reserve(kArticleBytes + 1000);
    while (body.size() < kArticleBytes) {
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

// The main thread's CPU time in ms: on a loaded machine the wall clock
// also counts the time other processes held the CPU, this does not.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

struct Cost
{
    double wall = 0; // ms
    double cpu = 0;  // ms of this thread
};

template<typename Step>
Cost timed(Step step)
{
    QElapsedTimer timer;
    const double cpuStart = threadCpuMs();
    timer.start();
    step();
    return {timer.nsecsElapsed() / 1e6, threadCpuMs() - cpuStart};
}

struct Paging
{
    Cost mean;
    Cost max;
    int pages = 0;
};

Paging pageDown(QAbstractScrollArea *area, int pages)
{
    Paging result;
    QScrollBar *bar = area->verticalScrollBar();
    for (int i = 0; i < pages && bar->value() < bar->maximum(); ++i) {
        const Cost page = timed([&] {
            bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
            area->viewport()->grab();
        });
        result.mean.wall += page.wall;
        result.mean.cpu += page.cpu;
        result.max.wall = std::max(result.max.wall, page.wall);
        result.max.cpu = std::max(result.max.cpu, page.cpu);
        ++result.pages;
    }
    if (result.pages > 0) {
        result.mean.wall /= result.pages;
        result.mean.cpu /= result.pages;
    }
    return result;
}

// A baseline widget of the pane's size and reading font, read-only as well.
template<typename Edit>
void showLikeThePane(Edit &edit, const ReaderPane &pane)
{
    edit.resize(PaneSize);
    edit.setReadOnly(true);
    edit.setFont(pane.textEdit()->font());
    edit.show();
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
    // inside the one before it (overlaps are the costly case to draw), with
    // quote and context as the session would place them.
    const int spacing = int(article.body.size() / kClaimCount);
    for (int i = 0; i < kClaimCount; ++i) {
        Claim claim;
        claim.articleId = article.id;
        const int start = i * spacing;
        placeQuote(claim, article.body, start, start + (i % 4 == 3 ? 6 : 24));
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
    QElapsedTimer sinceOpen;
    sinceOpen.start();
    const Cost open = timed([&] {
        pane.showArticle(article.id);
        pane.grab();
    });
    // The worker delivers the suggestions through the event loop.
    while (!pane.textEdit()->suggestionsReady())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    const double suggestionsMs = sinceOpen.nsecsElapsed() / 1e6;
    const Paging readerPaging = pageDown(pane.textEdit(), pages);

    QPlainTextEdit lazy;
    showLikeThePane(lazy, pane);
    const Cost lazyOpen = timed([&] {
        lazy.setPlainText(article.body);
        lazy.grab();
    });
    const Paging lazyPaging = pageDown(&lazy, pages);

    QTextEdit full;
    showLikeThePane(full, pane);
    const Cost fullOpen = timed([&] {
        full.setPlainText(article.body);
        full.document()->documentLayout()->documentSize();
        // The scroll bars learn the new size from a zero timer.
        QCoreApplication::processEvents();
        full.grab();
    });
    const Paging fullPaging = pageDown(&full, pages);

    out << u"article: %1 KB, %2 claims (%3 drawn), %4 paragraphs\n"_s.arg(article.body.size() * 2 / 1024)
               .arg(kClaimCount).arg(pane.textEdit()->highlights().size())
               .arg(pane.textEdit()->document()->blockCount());
    out << u"%1 %2 %3 %4 %5\n"_s.arg(u"wall ms (thread CPU ms)"_s, -44).arg(u"open"_s, 15)
               .arg(u"page mean"_s, 15).arg(u"page max"_s, 15).arg(u"pages"_s, 6);
    const auto cost = [](Cost c) {
        return u"%1 (%2)"_s.arg(c.wall, 0, 'f', c.wall < 100 ? 2 : 1).arg(c.cpu, 0, 'f', c.cpu < 100 ? 2 : 1);
    };
    const auto row = [&out, &cost](const QString &name, Cost open, const Paging &paging) {
        out << u"%1 %2 %3 %4 %5\n"_s.arg(name, -44).arg(cost(open), 15).arg(cost(paging.mean), 15)
                   .arg(cost(paging.max), 15).arg(paging.pages, 6);
    };
    row(u"reader pane (claims, suggestions)"_s, open, readerPaging);
    row(u"baseline QPlainTextEdit plain (lazy layout)"_s, lazyOpen, lazyPaging);
    row(u"baseline QTextEdit plain (full layout)"_s, fullOpen, fullPaging);
    out << u"reader suggestions arrived %1 ms after the open began (worker thread)\n"_s
               .arg(suggestionsMs, 0, 'f', 1);
    return 0;
}
