// bench_markdown: the md4c Markdown reader against the regular-expression
// reader it replaced (bench/markdown_legacy.cpp), on accuracy and speed.
//
// Usage: bench_markdown SPEC_TXT [PASSES]
// SPEC_TXT is the CommonMark spec's spec.txt (github.com/commonmark/
// commonmark-spec, CC BY-SA 4.0; not kept in this repository). Each of its
// examples (markdown, a "." line, the HTML it gives) is scored: the expected
// text is the HTML reduced to text (tags stripped, entities decoded, block
// elements blank-line separated), and each reader's body is compared with it
// by word-level F1 (bag of words) and by exact match (the same words in the
// same order: layout aside, since the HTML's list items are blocks where the
// reader writes lines, and its soft breaks newlines where the reader writes
// spaces). Speed: the whole spec.txt read as one document PASSES times
// (default 10), MB/s of UTF-8 input, best pass.
#include "markdown_legacy.h"

#include "core/import/markdownreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

struct Example
{
    QString markdown;
    QString html;
};

QList<Example> examplesOf(const QString &spec)
{
    const QString fence = QString(32, u'`');
    QList<Example> examples;
    const QStringList lines = spec.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i] != fence + u" example"_s)
            continue;
        Example example;
        bool inHtml = false;
        for (++i; i < lines.size() && lines[i] != fence; ++i) {
            if (!inHtml && lines[i] == u".")
                inHtml = true;
            else
                (inHtml ? example.html : example.markdown) += QString(lines[i]).replace(u'→', u'\t') + u'\n';
        }
        examples.append(example);
    }
    return examples;
}

QString decodeEntities(const QString &text)
{
    static const QHash<QString, QString> named = {{u"amp"_s, u"&"_s}, {u"lt"_s, u"<"_s},  {u"gt"_s, u">"_s},
                                                  {u"quot"_s, u"\""_s}, {u"nbsp"_s, u"\u00A0"_s},
                                                  {u"copy"_s, u"©"_s}, {u"auml"_s, u"ä"_s},
                                                  {u"ouml"_s, u"ö"_s}, {u"AElig"_s, u"Æ"_s},
                                                  {u"Dcaron"_s, u"Ď"_s}, {u"frac34"_s, u"¾"_s},
                                                  {u"HilbertSpace"_s, u"ℋ"_s}, {u"DifferentialD"_s, u"ⅆ"_s},
                                                  {u"ClockwiseContourIntegral"_s, u"∲"_s},
                                                  {u"ngE"_s, u"≧̸"_s}};
    static const QRegularExpression entity(u"&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z0-9]+);"_s);
    QString out;
    qsizetype last = 0;
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        out += QStringView(text).sliced(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        if (name.startsWith(u'#')) {
            const bool hex = name.size() > 1 && (name[1] == u'x' || name[1] == u'X');
            char32_t code = name.sliced(hex ? 2 : 1).toUInt(nullptr, hex ? 16 : 10);
            if (code == 0 || code > 0x10FFFF)
                code = 0xFFFD;
            out += QString::fromUcs4(&code, 1);
        } else {
            out += named.value(name, match.captured());
        }
        last = match.capturedEnd();
    }
    return out + QStringView(text).sliced(last);
}

// The text a reader should give for an example's HTML.
QString htmlToText(const QString &html)
{
    static const QRegularExpression block(
        u"</?(?:p|h[1-6]|li|ul|ol|pre|blockquote|hr|table|thead|tbody|tr|div|br)\\b[^>]*>"_s);
    static const QRegularExpression cell(u"</t[hd]>\\s*<t[hd][^>]*>"_s);
    static const QRegularExpression image(u"<img[^>]*>"_s);
    static const QRegularExpression tag(u"<[^>]*>"_s);
    QString text = html;
    text.replace(cell, u"\t"_s).replace(block, u"\n\n"_s).remove(image).remove(tag);
    return decodeEntities(text);
}

QStringList wordsOf(const QString &text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return text.split(space, Qt::SkipEmptyParts);
}

double wordF1(const QStringList &want, const QStringList &got)
{
    if (want.isEmpty() || got.isEmpty())
        return want.isEmpty() && got.isEmpty() ? 1.0 : 0.0;
    QHash<QString, int> counts;
    for (const QString &word : want)
        ++counts[word];
    int common = 0;
    for (const QString &word : got) {
        if (counts.value(word) > 0) {
            --counts[word];
            ++common;
        }
    }
    const double precision = double(common) / got.size();
    const double recall = double(common) / want.size();
    return common == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
}

struct Score
{
    double f1 = 0;
    int exact = 0;
};

template<typename Reader>
Score score(const QList<Example> &examples, Reader read)
{
    Score total;
    for (const Example &example : examples) {
        const QStringList expected = wordsOf(htmlToText(example.html));
        const QStringList got = wordsOf(read(example.markdown));
        total.f1 += wordF1(expected, got);
        total.exact += expected == got;
    }
    total.f1 /= qMax<qsizetype>(1, examples.size());
    return total;
}

template<typename Reader>
double megabytesPerSecond(const QString &document, int passes, Reader read)
{
    const double megabytes = document.toUtf8().size() / 1e6;
    double best = 0;
    for (int pass = 0; pass < passes; ++pass) {
        QElapsedTimer timer;
        timer.start();
        const QString body = read(document);
        const double seconds = qMax<qint64>(1, timer.nsecsElapsed()) / 1e9;
        best = qMax(best, body.isEmpty() ? 0.0 : megabytes / seconds);
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_markdown SPEC_TXT [PASSES]\n");
        return 2;
    }
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    const QString spec = QString::fromUtf8(file.readAll());
    const int passes = args.size() > 2 ? qMax(1, args.at(2).toInt()) : 10;
    const QList<Example> examples = examplesOf(spec);
    const auto md4cReader = [](const QString &markdown) { return MarkdownReader::parse(markdown).body; };
    const auto legacyReader = [](const QString &markdown) { return Legacy::parse(markdown).body; };
    const Score md4c = score(examples, md4cReader);
    const Score legacy = score(examples, legacyReader);
    QTextStream out(stdout);
    out << "CommonMark spec examples: " << examples.size() << "\n";
    out << "                      word F1   exact   MB/s (spec.txt, " << spec.toUtf8().size() / 1024 << " KB)\n";
    out << u"md4c reader           %1   %2   %3\n"_s.arg(md4c.f1, 0, 'f', 3)
               .arg(md4c.exact, 5)
               .arg(megabytesPerSecond(spec, passes, md4cReader), 0, 'f', 1);
    out << u"regex reader (old)    %1   %2   %3\n"_s.arg(legacy.f1, 0, 'f', 3)
               .arg(legacy.exact, 5)
               .arg(megabytesPerSecond(spec, passes, legacyReader), 0, 'f', 1);
    return 0;
}
