// bench_extract: figure extraction throughput on one thread.
//
// Usage: bench_extract [CORPUS_DIR] [MEGABYTES] [PASSES]
// Reads every *.txt of the corpus (default $CLAIMBENCH_CORPUS, else
// ../shared/corpus), extracts them over and over until at least MEGABYTES
// (default 50) of UTF-8 text went through, and prints MB/s. The baseline, run
// in the same process over the same texts, is what a design that segments
// every sentence would pay before finding a single figure: ICU's sentence
// iterator over the whole text. Beside it, SentenceSplitter over the whole
// text (ICU only around terminators, then the abbreviation merge).
//
// The three alternate for PASSES passes (default 5) and each prints its median
// and its best pass: on a shared virtual machine one 50 MB pass of the same
// binary varied by ±15 % from run to run, the median of five by a few percent.
#include "core/extract/figureextractor.h"
#include "core/extract/sentencesplitter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <algorithm>
#include <ctime>
#include <memory>
#include <vector>

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

    const int passes = args.size() > 3 ? std::max(1, args.at(3).toInt()) : 5;

    const FigureExtractor extractor;
    const SentenceSplitter splitter;
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<icu::BreakIterator> icuSentences(
        icu::BreakIterator::createSentenceInstance(icu::Locale::getUS(), status));
    if (U_FAILURE(status)) {
        QTextStream(stderr) << "bench_extract: ICU has no sentence rules\n";
        return 2;
    }
    // Read in place, as SentenceSplitter does: the baseline is ICU's own cost.
    const auto icuCount = [&](const QString &t) {
        UErrorCode error = U_ZERO_ERROR;
        UText text = UTEXT_INITIALIZER;
        utext_openUChars(&text, reinterpret_cast<const UChar *>(t.utf16()), t.size(), &error);
        icuSentences->setText(&text, error);
        qsizetype count = 0;
        for (int32_t b = icuSentences->next(); b != icu::BreakIterator::DONE; b = icuSentences->next())
            ++count;
        utext_close(&text);
        return count;
    };
    // Wall time, and CPU time beside it: the machine may be shared, and one
    // thread's CPU seconds are what the design costs.
    struct Pass
    {
        double wall = 0;
        double cpu = 0;
    };
    const auto timed = [&](auto &&work) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpu = std::clock();
        for (int r = 0; r < rounds; ++r)
            for (const QString &t : texts)
                work(t);
        return Pass{timer.nsecsElapsed() / 1e9, double(std::clock() - cpu) / CLOCKS_PER_SEC};
    };
    qsizetype figures = 0;
    qsizetype icuBreaks = 0;
    qsizetype sentences = 0;
    std::vector<Pass> extractPasses;
    std::vector<Pass> icuPasses;
    std::vector<Pass> splitPasses;
    for (int p = 0; p < passes; ++p) {
        figures = 0;
        icuBreaks = 0;
        sentences = 0;
        extractPasses.push_back(timed([&](const QString &t) {
            figures += extractor.extract(t, PartialDate::day(2025, 6, 13)).figures.size();
        }));
        icuPasses.push_back(timed([&](const QString &t) { icuBreaks += icuCount(t); }));
        splitPasses.push_back(timed([&](const QString &t) { sentences += splitter.split(t).size(); }));
    }
    // Median and best, each of wall and CPU time separately.
    const auto summary = [&](std::vector<Pass> all, double Pass::*field) {
        std::ranges::sort(all, {}, field);
        return std::pair{all[all.size() / 2].*field, all.front().*field};
    };
    const auto [extractWall, extractBestWall] = summary(extractPasses, &Pass::wall);
    const auto [extractCpu, extractBestCpu] = summary(extractPasses, &Pass::cpu);
    const auto [icuWall, icuBestWall] = summary(icuPasses, &Pass::wall);
    const auto [icuCpu, icuBestCpu] = summary(icuPasses, &Pass::cpu);
    const auto [splitWall, splitBestWall] = summary(splitPasses, &Pass::wall);
    const auto [splitCpu, splitBestCpu] = summary(splitPasses, &Pass::cpu);

    out << u"corpus: %1 files, %2 KB, repeated %3 times = %4 MB of UTF-8; %5 passes each, median (best)\n"_s
               .arg(texts.size())
               .arg(bytesPerRound / 1024.0, 0, 'f', 1)
               .arg(rounds)
               .arg(mb, 0, 'f', 1)
               .arg(passes);
    const auto line = [&](const QString &what, double wall, double bestWall, double cpu, double bestCpu,
                          const QString &count) {
        out << u"%1 %2 (%3) MB/s wall, %4 (%5) MB/s CPU  (%6 s a pass, %7)\n"_s.arg(what, -32)
                   .arg(mb / wall, 0, 'f', 1)
                   .arg(mb / bestWall, 0, 'f', 1)
                   .arg(mb / cpu, 0, 'f', 1)
                   .arg(mb / bestCpu, 0, 'f', 1)
                   .arg(wall, 0, 'f', 2)
                   .arg(count);
    };
    line(u"extract (one thread):"_s, extractWall, extractBestWall, extractCpu, extractBestCpu,
         u"%1 figures"_s.arg(figures));
    line(u"baseline, ICU sentences of all:"_s, icuWall, icuBestWall, icuCpu, icuBestCpu,
         u"%1 breaks"_s.arg(icuBreaks));
    line(u"SentenceSplitter over all text:"_s, splitWall, splitBestWall, splitCpu, splitBestCpu,
         u"%1 sentences"_s.arg(sentences));
    out << u"ratio extract / baseline (CPU, medians):  %1\n"_s.arg(icuCpu / extractCpu, 0, 'f', 2);
    return 0;
}
