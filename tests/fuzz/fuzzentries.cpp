#include "fuzz/fuzzentries.h"

#include "cli/commandline.h"
#include "core/extract/dateresolver.h"
#include "core/extract/extractionjson.h"
#include "core/extract/figureextractor.h"
#include "core/extract/numberparser.h"
#include "core/import/readerregistry.h"
#include "core/import/docxreader.h"
#include "core/import/encodingdetector.h"
#include "core/import/epubreader.h"
#include "core/import/htmlreader.h"
#include "core/import/markdownreader.h"
#include "core/import/pdfreader.h"
#include "core/import/odtreader.h"
#include "core/import/rtfreader.h"
#include "core/import/textreader.h"
#include "core/store/project.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

#include <array>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// Relative dates ("on Thursday") resolve only against a publication date.
const PartialDate kFuzzPublished = PartialDate::day(2025, 6, 12);

void htmlReader(const QByteArray &input)
{
    (void)HtmlReader::parse(input);
}

// The text and Markdown readers take decoded text; the decoder has its own
// target, so these see every QString that UTF-8 decoding can produce.
void textReader(const QByteArray &input)
{
    (void)TextReader::parse(QString::fromUtf8(input));
}

void markdownReader(const QByteArray &input)
{
    (void)MarkdownReader::parse(QString::fromUtf8(input));
}

// RTF's tokenizer and interpreter on raw bytes, signature or not.
void rtfReader(const QByteArray &input)
{
    (void)RtfReader::parse(input);
}

// A PDF goes through Poppler and then the reader's layout of the words Poppler
// found; scripts/fuzz.sh caps each input's time and memory.
void pdfReader(const QByteArray &input)
{
    (void)PdfReader().read(input, {});
}

// The ZIP formats read the whole file: the archive, then its XML parts.
void docxReader(const QByteArray &input)
{
    (void)DocxReader().read(input, {});
}

void odtReader(const QByteArray &input)
{
    (void)OdtReader().read(input, {});
}

void epubReader(const QByteArray &input)
{
    (void)EpubReader().read(input, {});
}

// The importer's path from bytes to text: format sniffing, the declared
// charset pre-scan and the detector itself.
void encodingDetector(const QByteArray &input)
{
    (void)ReaderRegistry::builtIn().readerFor(input, u"fuzz"_s);
    (void)EncodingDetector::decode(input);
    (void)EncodingDetector::decode(input, HtmlReader::declaredCharset(input));
}

void numberParser(const QByteArray &input)
{
    const QString text = QString::fromUtf8(input);
    const NumberParser parser;
    for (qsizetype pos = 0; pos < text.size(); ++pos) {
        if (!NumberParser::mayStart(text, pos))
            continue;
        qsizetype skipTo = pos;
        if (const auto number = parser.parseAt(text, pos, &skipTo); !number && skipTo > pos)
            pos = skipTo - 1;
    }
}

void dateResolver(const QByteArray &input)
{
    const QString text = QString::fromUtf8(input);
    (void)DateResolver(kFuzzPublished).find(text);
    (void)DateResolver().find(text);
}

void extractor(const QByteArray &input)
{
    // Built once: the sentence splitter's ICU iterator is the costly part.
    static const FigureExtractor figureExtractor;
    const QString text = QString::fromUtf8(input);
    // The first line doubles as outlet and author, so that the first-party
    // and speech rules of DocumentVoice see hostile names too.
    ExtractionContext context;
    context.published = kFuzzPublished;
    context.outlet = text.left(qMax<qsizetype>(0, text.indexOf(u'\n'))).left(100);
    context.author = context.outlet;
    const Extraction extraction = figureExtractor.extract(text, context);
    (void)QJsonDocument(extractionToJson(text, extraction)).toJson(QJsonDocument::Compact);
    // The reader's way: the voice of the whole text, then its second half alone.
    const DocumentVoice voice = figureExtractor.voiceOf(text, context);
    (void)figureExtractor.extractPart(text, text.size() / 2, text.size(), voice, kFuzzPublished);
    // Every paragraph through the Ukrainian and the Russian rules too,
    // whatever its script: the fuzzer's bytes are rarely Cyrillic.
    static const CyrillicFigureExtractor cyrillic;
    (void)cyrillic.run(text, 0, text.size(), Language::Ukrainian, context.outlet, context.author, kFuzzPublished);
    (void)cyrillic.run(text, text.size() / 2, text.size(), Language::Russian, context.outlet, context.author, kFuzzPublished);
}

// The commands below write a project. Each input runs against a fresh copy
// of one small project made once per process (an article, a tag), so that
// every input starts from the same state and none sees what another added.
// The copy is a file beside the template: Project has no in-memory form.
class ScratchProject
{
public:
    static const ScratchProject &instance()
    {
        static const ScratchProject scratch;
        return scratch;
    }

    // A path holding a fresh copy of the template, replacing the last one.
    QString freshCopy() const
    {
        const QString copy = m_dir.filePath(u"work.claimbench"_s);
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QFile::remove(copy + suffix);
        if (!QFile::copy(m_template, copy))
            qFatal("fuzz: cannot copy the scratch project");
        return copy;
    }

    // `bytes` in a file of this name in the scratch folder.
    QString file(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("fuzz: cannot write %s", qPrintable(path));
        return path;
    }

private:
    ScratchProject()
        : m_template(m_dir.filePath(u"template.claimbench"_s))
    {
        // QSqlDatabase loads its driver as a plugin, which needs an
        // application object; the libFuzzer binaries have none of their own.
        if (!QCoreApplication::instance()) {
            static int argc = 1;
            static char name[] = "claimbench-fuzz";
            static char *argv[] = {name, nullptr};
            static QCoreApplication application(argc, argv);
        }
        const Result<std::shared_ptr<Project>> project =
            Project::open(m_template, Project::OpenMode::CreateIfMissing);
        if (!m_dir.isValid() || !project)
            qFatal("fuzz: cannot create the scratch project");
        Article article;
        article.title = u"Night of drones"_s;
        article.url = u"https://example.org/drones"_s;
        article.published = kFuzzPublished;
        article.body = u"On Thursday night the Air Force said 63 drones were launched \U0001F680 and 28 shot "
                       u"down; it was -5 degrees at dawn."_s;
        Tag tag;
        tag.name = u"Air war"_s;
        tag.color = QColor(Qt::red);
        if (!(*project)->articles().add(article) || !(*project)->tags().add(tag))
            qFatal("fuzz: cannot fill the scratch project");
    }

    QTemporaryDir m_dir;
    QString m_template;
};

// One in-process claimbench-cli run, `input` as its stdin, output dropped.
void runCli(const QStringList &arguments, const QByteArray &input = {})
{
    QByteArray inBytes = input;
    QBuffer in(&inBytes);
    in.open(QIODevice::ReadOnly);
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    CliStreams io{in, outStream, errStream};
    (void)CommandLine().run(arguments, io);
}

// `claims --add` from a file: the reader of the suffix, then each row's
// checks and anchoring, then the write of the rows that pass.
void claimsAdd(const QByteArray &input, const QString &suffix)
{
    const ScratchProject &scratch = ScratchProject::instance();
    const QString rows = scratch.file(u"rows."_s + suffix, input);
    runCli({u"claims"_s, scratch.freshCopy(), u"--add"_s, rows});
}

void claimsAddCsv(const QByteArray &input)
{
    claimsAdd(input, u"csv"_s);
}

void claimsAddJson(const QByteArray &input)
{
    claimsAdd(input, u"json"_s);
}

// The `edit` script reader applies each line as it reads it, so the script
// runs whole, from stdin, against a fresh project.
void editScript(const QByteArray &input)
{
    runCli({u"edit"_s, ScratchProject::instance().freshCopy(), u"-"_s}, input);
}

const std::array<FuzzTarget, 15> kTargets{{
    {"html-reader", &htmlReader},
    {"text-reader", &textReader},
    {"markdown-reader", &markdownReader},
    {"rtf-reader", &rtfReader},
    {"pdf-reader", &pdfReader},
    {"docx-reader", &docxReader},
    {"odt-reader", &odtReader},
    {"epub-reader", &epubReader},
    {"encoding-detector", &encodingDetector},
    {"number-parser", &numberParser},
    {"date-resolver", &dateResolver},
    {"extractor", &extractor},
    {"claims-add-csv", &claimsAddCsv},
    {"claims-add-json", &claimsAddJson},
    {"edit-script", &editScript},
}};

} // namespace

std::span<const FuzzTarget> fuzzTargets()
{
    return kTargets;
}

const FuzzTarget *findFuzzTarget(QStringView name)
{
    for (const FuzzTarget &target : kTargets)
        if (name == QLatin1StringView(target.name))
            return &target;
    return nullptr;
}

} // namespace Claimbench
