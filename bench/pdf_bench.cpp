// bench_pdf: PdfReader::read of a 300-page text PDF against Poppler's own
// pdftotext (with and without -layout) of the same file.
//
// Usage: bench_pdf [PDF] [PASSES]
// Without PDF, writes one with QPdfWriter: 300 A4 pages of 10 pt prose, a
// running header and a numbered footer on each, two columns on every third
// page and a table on every fifth (QTextDocument lays out each page). Prints
// the median and best wall time of PASSES (default 5) runs of each, read
// from the same bytes in memory (PdfReader) or the same file (pdftotext, a
// process per run writing to stdout), and PdfReader's pages per second.
#include "core/import/pdfreader.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextStream>

#include <algorithm>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

constexpr int kPages = 300;

QString prose(int page, int paragraph)
{
    return u"In quarter %1 the office counted %2 new firms in the region, %3 percent more than a year "
           "before, while the number of closures fell to %4. Exports of machinery reached %5 million, "
           "the highest figure since the series began, and employment in manufacturing grew by %6 "
           "thousand people over the same period, the report says."_s
        .arg(page % 4 + 1)
        .arg(1000 + page * 7 + paragraph)
        .arg(3 + paragraph % 9)
        .arg(200 + page)
        .arg(500 + page * 3)
        .arg(10 + paragraph);
}

QString pageHtml(int page)
{
    QString html = u"<h2>Section %1</h2>"_s.arg(page + 1);
    if (page % 3 == 1) {
        html += u"<table width='100%' cellpadding='6'><tr><td width='50%'>"_s;
        for (int p = 0; p < 3; ++p)
            html += u"<p>"_s + prose(page, p) + u"</p>"_s;
        html += u"</td><td width='50%'>"_s;
        for (int p = 3; p < 6; ++p)
            html += u"<p>"_s + prose(page, p) + u"</p>"_s;
        html += u"</td></tr></table>"_s;
        return html;
    }
    for (int p = 0; p < 4; ++p)
        html += u"<p>"_s + prose(page, p) + u"</p>"_s;
    if (page % 5 == 0) {
        html += u"<table cellpadding='4'><tr><td>Region</td><td>2022</td><td>2023</td></tr>"_s;
        for (int row = 0; row < 6; ++row)
            html += u"<tr><td>Region %1</td><td>%2</td><td>%3</td></tr>"_s.arg(row + 1).arg(900 + row * 31).arg(
                950 + row * 29);
        html += u"</table>"_s;
    }
    return html;
}

bool writeReport(const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setTitle(u"Regional business report"_s);
    QPainter painter(&writer);
    if (!painter.isActive())
        return false;
    const QRectF page = painter.viewport();
    const double margin = page.width() * 0.1;
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(10);
    for (int index = 0; index < kPages; ++index) {
        if (index > 0)
            writer.newPage();
        painter.setFont(font);
        painter.drawText(QRectF(margin, margin * 0.4, page.width() - 2 * margin, margin * 0.4), Qt::AlignLeft,
                         u"Regional business report 2024"_s);
        painter.drawText(QRectF(margin, page.height() - margin * 0.8, page.width() - 2 * margin, margin * 0.4),
                         Qt::AlignHCenter, u"Page %1 of %2"_s.arg(index + 1).arg(kPages));
        QTextDocument document;
        document.setDefaultFont(font);
        document.setPageSize(QSizeF(page.width() - 2 * margin, page.height() - 2 * margin));
        document.setHtml(pageHtml(index));
        painter.save();
        painter.translate(margin, margin);
        document.drawContents(&painter);
        painter.restore();
    }
    return painter.end();
}

struct Timing
{
    double median = 0;
    double best = 0;
};

template<typename Run>
Timing timed(int passes, Run run)
{
    QList<double> seconds;
    for (int pass = 0; pass < passes; ++pass) {
        QElapsedTimer timer;
        timer.start();
        run();
        seconds.append(timer.nsecsElapsed() / 1e9);
    }
    std::ranges::sort(seconds);
    return {seconds[seconds.size() / 2], seconds.front()};
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // QPdfWriter's fonts
    const QStringList args = app.arguments();
    const int passes = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 5;
    QTextStream out(stdout);
    QTemporaryDir dir;
    QString path = args.size() > 1 ? args.at(1) : QString();
    if (path.isEmpty()) {
        path = dir.filePath(u"report.pdf"_s);
        QElapsedTimer writing;
        writing.start();
        if (!writeReport(path)) {
            QTextStream(stderr) << "bench_pdf: cannot write " << path << "\n";
            return 2;
        }
        out << "wrote " << kPages << " pages with QPdfWriter in " << writing.elapsed() / 1000.0 << " s\n";
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << "bench_pdf: cannot read " << path << "\n";
        return 2;
    }
    const QByteArray bytes = file.readAll();
    out << path << ": " << bytes.size() / 1024 << " KiB\n";

    qsizetype bodySize = 0;
    int pageCount = 0;
    qsizetype runningLinesLeft = 0; // of the generated report's header and footer: 0 when all were dropped
    const Timing reader = timed(passes, [&] {
        const auto article = PdfReader().read(bytes, {});
        bodySize = article ? article->body.size() : -1;
        pageCount = article ? int(article->pages.pages.size()) : 0;
        runningLinesLeft = article ? article->body.count(u"Regional business report 2024"_s)
                + article->body.count(u" of %1"_s.arg(kPages))
                                   : 0;
    });
    const auto pdftotext = [&](const QStringList &options) {
        qsizetype size = 0;
        const Timing timing = timed(passes, [&] {
            QProcess process;
            process.start(u"pdftotext"_s, options + QStringList{path, u"-"_s});
            process.waitForFinished(-1);
            size = process.readAllStandardOutput().size();
        });
        out << "pdftotext " << options.join(u' ') << ": median " << timing.median << " s, best " << timing.best
            << " s (" << size << " bytes of text)\n";
    };
    out << "PdfReader::read: median " << reader.median << " s, best " << reader.best << " s, " << pageCount
        << " pages, " << bodySize << " characters, " << pageCount / reader.median << " pages/s, "
        << runningLinesLeft << " running header/footer lines left\n";
    pdftotext({u"-layout"_s});
    pdftotext({});
    return bodySize > 0 ? 0 : 1;
}
