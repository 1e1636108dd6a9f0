#include "cli/extractcommand.h"

#include "core/extract/extractionjson.h"
#include "core/extract/figureextractor.h"
#include "core/extract/utf8decoder.h"

#include <QFile>
#include <QJsonDocument>

#include <new>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// Longer than any body's name ("Office of the United Nations High
// Commissioner for Human Rights" is 61): a pasted text, not a name.
constexpr qsizetype kMaxOutletLength = 300;

// Far above any article; keeps a stray multi-gigabyte file from exhausting memory.
constexpr qint64 kMaxInputBytes = 100 * 1024 * 1024;

// Reads `in` to its end, stopping once it holds more than `limit` bytes. One
// read() of a pipe returns what the writer has written so far, not the rest
// of the input: a device that has nothing now (a pipe or a process still
// writing) is waited for until it ends. A failed read is an error.
Result<QByteArray> readUpTo(QIODevice &in, qint64 limit)
{
    QByteArray bytes;
    while (bytes.size() <= limit) {
        if (const QString failure = readFailure(in); !failure.isEmpty())
            return makeError(Error::Code::Io, u"could not read"_s, failure);
        const QByteArray chunk = in.read(limit + 1 - bytes.size());
        if (!chunk.isEmpty())
            bytes += chunk;
        else if (!in.waitForReadyRead(-1) && in.bytesAvailable() == 0 && readFailure(in).isEmpty())
            break;
    }
    return bytes;
}

QString jsonLine(QStringView text, const Extraction &e)
{
    return QString::fromUtf8(QJsonDocument(extractionToJson(text, e)).toJson(QJsonDocument::Compact));
}

// One JSON object for the whole text, or (`lines`) one per line.
int printFigures(CliStreams &io, QStringView text, const ExtractionContext &context, bool lines)
{
    const FigureExtractor extractor;
    if (!lines) {
        io.out << jsonLine(text, extractor.extract(text, context)) << u'\n';
        return ExitOk;
    }
    QStringView rest = text;
    while (!rest.isEmpty()) {
        qsizetype nl = rest.indexOf(u'\n');
        QStringView line = nl < 0 ? rest : rest.left(nl);
        rest = nl < 0 ? QStringView() : rest.mid(nl + 1);
        if (line.endsWith(u'\r'))
            line.chop(1);
        io.out << jsonLine(line, extractor.extract(line, context)) << u'\n';
    }
    return ExitOk;
}

int extractFrom(CliStreams &io, const QString &source, const QString &subject, const ExtractionContext &context,
                bool lines)
{
    Result<QByteArray> read;
    if (source == u"-") {
        read = readUpTo(io.in, kMaxInputBytes);
    } else {
        QFile file(source);
        if (!file.open(QIODevice::ReadOnly))
            return reportBadInput(io, subject, u"cannot read: "_s + file.errorString());
        read = readUpTo(file, kMaxInputBytes);
    }
    if (!read)
        return reportBadInput(io, subject, read.error().toString());
    const QByteArray &bytes = *read;
    if (bytes.size() > kMaxInputBytes)
        return reportBadInput(io, subject, u"too large: more than %1 MB"_s.arg(kMaxInputBytes / (1024 * 1024)));
    const Result<QString> text = decodeUtf8Strict(bytes);
    if (!text)
        return reportBadInput(io, subject, text.error().message);
    // Valid UTF-8 all the same, but no text has a NUL: a binary file (SPEC).
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return reportBadInput(io, subject, u"binary data, not text: a NUL at byte %1"_s.arg(nul));
    return printFigures(io, *text, context, lines);
}

int runExtract(const ParsedArguments &args, CliStreams &io)
{
    PartialDate published;
    if (args.isSet(u"published"_s)) {
        published = PartialDate::fromIso(args.value(u"published"_s));
        if (published.isNull())
            return reportUsageError(io, extractCommand().spec,
                                    u"--published wants a date as YYYY-MM-DD, YYYY-MM or YYYY, not '"_s
                                        + args.value(u"published"_s) + u'\'');
    }
    ExtractionContext context;
    context.published = published;
    // A name on one line: the claimant it may become is shown and stored.
    context.outlet = args.value(u"outlet"_s);
    context.outlet.removeIf([](QChar c) {
        const QChar::Category category = c.category();
        return (category == QChar::Other_Control && !c.isSpace()) || category == QChar::Other_Format; // bidi, zero widths
    });
    context.outlet = context.outlet.simplified();
    if (context.outlet.toUcs4().size() > kMaxOutletLength)
        return reportUsageError(io, extractCommand().spec,
                                u"--outlet wants a publisher's name of at most %1 characters, not %2"_s
                                    .arg(kMaxOutletLength)
                                    .arg(context.outlet.toUcs4().size()));
    if (args.isSet(u"language"_s)) {
        const std::optional<Language> language = languageFromTag(args.value(u"language"_s));
        if (!language || args.value(u"language"_s).trimmed().isEmpty())
            return reportUsageError(io, extractCommand().spec,
                                    u"--language wants one of en, uk, ru or auto, not '"_s + args.value(u"language"_s)
                                        + u'\'');
        context.language = *language;
    }
    const QString source = args.positionals().isEmpty() ? u"-"_s : args.positionals().constFirst();
    const QString subject = source == u"-" ? u"stdin"_s : source;
    // A text under the size limit can still need more memory than there is
    // (ulimit, a small container): say which input, not "internal error".
    try {
        return extractFrom(io, source, subject, context, args.isSet(u"lines"_s));
    } catch (const std::bad_alloc &) {
        return reportBadInput(io, subject, u"not enough memory to read and extract this text"_s);
    }
}

} // namespace

Command extractCommand()
{
    CommandSpec spec{
        .name = u"extract"_s,
        .summary = u"Print the figures and dates of a text as JSON."_s,
        .description = u"Reads UTF-8 text as is (no header parsing; a BOM is tolerated) to its end and\n"
                       u"prints one JSON object: {\"figures\": [...], \"dates\": [...]}. Offsets count\n"
                       u"Unicode code points into the input, end exclusive; a BOM is part of the input,\n"
                       u"code point 0, so the first character after it is at 1."_s,
        .positionals = {{.name = u"FILE"_s, .help = u"the text to read; '-' or nothing reads stdin"_s,
                         .optional = true}},
        .options = {{.name = u"published"_s, .valueName = u"YYYY-MM-DD"_s,
                     .help = u"publication date: anchors relative dates such as \"on Thursday\""_s},
                    {.name = u"outlet"_s, .valueName = u"NAME"_s,
                     .help = u"the publisher: claims the figures its own release attributes to nobody"_s},
                    {.name = u"language"_s, .valueName = u"en|uk|ru|auto"_s,
                     .help = u"the text's language; auto (the default) tells it from the text"_s},
                    {.name = u"lines"_s, .help = u"treat every input line as its own text; print JSON Lines"_s}},
    };
    return {spec, &runExtract};
}

} // namespace Claimbench
