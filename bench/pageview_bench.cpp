// bench_pageview: rendering one page of a 300-page text PDF for the page view.
//
// Usage: bench_pageview [PDF] [PAGE] [RUNS]   (runs offscreen unless QT_QPA_PLATFORM is set)
// Without PDF, writes a 300-page A4 report with QPdfWriter (a fixed seed;
// each page 60 lines of 10 pt text) to a temporary file. Then, in the same
// run, RUNS times each (median and max printed):
//   - load: Poppler::Document::loadFromData of the whole file, as the page
//     view's worker does once per article;
//   - page view: renderPdfPage (the worker's render) of PAGE at 96 dpi and
//     at 192 dpi (a 2x screen);
//   - baseline: `pdftoppm -r 96|192 -f PAGE -l PAGE -png` of the same page,
//     wall time through QProcess (process start, load, render and PNG).
// Target: a page under 100 ms.
#include "ui/reader/pagerenderer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <poppler-qt6.h>

#include <algorithm>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

constexpr int kPageCount = 300;
constexpr int kLinesPerPage = 60;

bool writeReport(const QString &path)
{
    static const QStringList words{
        u"the"_s, u"ministry"_s, u"said"_s, u"forces"_s, u"estimated"_s, u"overnight"_s, u"according"_s,
        u"to"_s, u"officials"_s, u"in"_s, u"region"_s, u"were"_s, u"reported"_s, u"and"_s, u"losses"_s,
        u"of"_s, u"since"_s, u"february"_s, u"63 drones"_s, u"250,000 troops"_s, u"1.2 million"_s};
    QRandomGenerator random(16);
    QPdfWriter writer(path);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    if (!painter.isActive())
        return false;
    QFont font(u"DejaVu Serif"_s);
    font.setPointSizeF(10);
    painter.setFont(font);
    for (int page = 0; page < kPageCount; ++page) {
        if (page > 0)
            writer.newPage();
        for (int line = 0; line < kLinesPerPage; ++line) {
            QString text;
            while (text.size() < 95)
                text += words.at(int(random.bounded(words.size()))) + u' ';
            painter.drawText(QPointF(56, 60 + line * 12.5), text);
        }
    }
    return true;
}

struct Timing
{
    double median = 0;
    double max = 0;
};

template<typename Run>
Timing timeRuns(int runs, Run run)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        ms.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.last()};
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    QTemporaryDir dir;
    QString path = args.value(1);
    if (path.isEmpty()) {
        path = dir.filePath(u"report.pdf"_s);
        if (!writeReport(path)) {
            out << "could not write " << path << Qt::endl;
            return 1;
        }
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out << "could not read " << path << Qt::endl;
        return 1;
    }
    const QByteArray bytes = file.readAll();
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document || document->isLocked()) {
        out << "Poppler could not open " << path << Qt::endl;
        return 1;
    }
    document->setRenderHint(Poppler::Document::Antialiasing);
    document->setRenderHint(Poppler::Document::TextAntialiasing);
    const int pages = document->numPages();
    const int page = std::clamp(args.value(2, QString::number(pages / 2)).toInt(), 1, pages);
    const int runs = std::max(1, args.value(3, u"9"_s).toInt());

    out << "pdf: " << bytes.size() / 1024 << " KB, " << pages << " pages; page " << page << ", " << runs
        << " runs each\n";
    out << qSetFieldWidth(44) << Qt::left << "wall ms" << qSetFieldWidth(10) << Qt::right << "median"
        << "max" << qSetFieldWidth(0) << "\n";
    const auto print = [&out](const QString &what, const Timing &timing) {
        out << qSetFieldWidth(44) << Qt::left << what << qSetFieldWidth(10) << Qt::right
            << QString::number(timing.median, 'f', 2) << QString::number(timing.max, 'f', 2) << qSetFieldWidth(0)
            << "\n";
        out.flush();
    };

    print(u"load (Poppler::Document::loadFromData)"_s,
          timeRuns(runs, [&bytes] { Poppler::Document::loadFromData(bytes); }));
    for (const int dpi : {96, 192}) {
        QSize size;
        print(u"page view render %1 dpi"_s.arg(dpi), timeRuns(runs, [&] {
                  size = renderPdfPage(*document, page - 1, dpi).size();
              }));
        bool ok = true;
        const QString png = dir.filePath(u"pdftoppm"_s);
        print(u"baseline pdftoppm -r %1 (process)"_s.arg(dpi), timeRuns(runs, [&] {
                  QProcess pdftoppm;
                  pdftoppm.start(u"pdftoppm"_s, {u"-r"_s, QString::number(dpi), u"-f"_s, QString::number(page),
                                                 u"-l"_s, QString::number(page), u"-png"_s, path, png});
                  ok = pdftoppm.waitForFinished(-1) && pdftoppm.exitCode() == 0 && ok;
              }));
        out << "  image " << size.width() << "x" << size.height() << (ok ? "" : "; pdftoppm failed") << "\n";
    }
    return 0;
}
