// bench_extract: figure extraction throughput on one thread.
//
// Usage: bench_extract [CORPUS_DIR] [MEGABYTES]
// Reads every *.txt of the corpus (default $CLAIMBENCH_CORPUS, else
// ../shared/corpus), extracts them over and over until at least MEGABYTES
// (default 50) of UTF-8 text went through, and prints MB/s. The baseline, run
// in the same process over the same texts, is what a design that segments
// every sentence would pay before finding a single figure: SentenceSplitter
// (ICU's sentence iterator plus the abbreviation merge) over the whole text.
#include "core/extract/figureextractor.h"
#include "core/extract/sentencesplitter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <ctime>

using namespace Claimbench;
using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString dirPath = args.size() > 1 ? args.at(1) : qEnvironmentVariable("CLAIMBENCH_CORPUS");
    if (dirPath.isEmpty())
        dirPath = u"../shared/corpus"_s;
    const double targetMb = args.size() > 2 ? args.at(2).toDouble() : 50.0;
    QTextStream out(stdout);

    const QDir dir(dirPath);
    QList<QString> texts;
    qint64 bytesPerRound = 0;
    for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        bytesPerRound += bytes.size();
        texts.append(QString::fromUtf8(bytes));
    }
    if (texts.isEmpty() || targetMb <= 0) {
        QTextStream(stderr) << "bench_extract: no *.txt in " << dirPath << "\n";
        return 2;
    }
    const qint64 target = qint64(targetMb * 1024 * 1024);
    const int rounds = int((target + bytesPerRound - 1) / bytesPerRound);
    const double mb = double(rounds) * bytesPerRound / (1024 * 1024);

    const FigureExtractor extractor;
    qsizetype figures = 0;
    // Wall time, and CPU time beside it: the machine may be shared, and one
    // thread's CPU seconds are what the design costs.
    QElapsedTimer timer;
    timer.start();
    std::clock_t cpu = std::clock();
    for (int r = 0; r < rounds; ++r)
        for (const QString &t : texts)
            figures += extractor.extract(t, PartialDate::day(2025, 6, 13)).figures.size();
    const double extractSeconds = timer.nsecsElapsed() / 1e9;
    const double extractCpu = double(std::clock() - cpu) / CLOCKS_PER_SEC;

    const SentenceSplitter splitter;
    qsizetype sentences = 0;
    timer.restart();
    cpu = std::clock();
    for (int r = 0; r < rounds; ++r)
        for (const QString &t : texts)
            sentences += splitter.split(t).size();
    const double splitSeconds = timer.nsecsElapsed() / 1e9;
    const double splitCpu = double(std::clock() - cpu) / CLOCKS_PER_SEC;

    out << u"corpus: %1 files, %2 KB, repeated %3 times = %4 MB of UTF-8\n"_s.arg(texts.size())
               .arg(bytesPerRound / 1024.0, 0, 'f', 1).arg(rounds).arg(mb, 0, 'f', 1);
    out << u"extract (one thread):            %1 MB/s wall, %2 MB/s CPU  (%3 s, %4 figures)\n"_s
               .arg(mb / extractSeconds, 0, 'f', 1).arg(mb / extractCpu, 0, 'f', 1).arg(extractSeconds, 0, 'f', 2)
               .arg(figures);
    out << u"baseline, ICU sentences of all:  %1 MB/s wall, %2 MB/s CPU  (%3 s, %4 sentences)\n"_s
               .arg(mb / splitSeconds, 0, 'f', 1).arg(mb / splitCpu, 0, 'f', 1).arg(splitSeconds, 0, 'f', 2)
               .arg(sentences);
    out << u"ratio extract / baseline (CPU):  %1\n"_s.arg(splitCpu / extractCpu, 0, 'f', 2);
    return 0;
}
