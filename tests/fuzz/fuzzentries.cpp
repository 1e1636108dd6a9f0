#include "fuzz/fuzzentries.h"

#include "core/extract/dateresolver.h"
#include "core/extract/extractionjson.h"
#include "core/extract/figureextractor.h"
#include "core/extract/numberparser.h"
#include "core/import/articlereader.h"
#include "core/import/encodingdetector.h"
#include "core/import/htmlreader.h"
#include "core/import/markdownreader.h"
#include "core/import/textreader.h"

#include <QJsonDocument>

#include <array>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// Relative dates ("on Thursday") resolve only against a publication date.
const PartialDate fuzzPublished = PartialDate::day(2025, 6, 12);

void htmlReader(const QByteArray &input)
{
    (void)HtmlReader::read(input);
}

// The text and Markdown readers take decoded text; the decoder has its own
// target, so these see every QString that UTF-8 decoding can produce.
void textReader(const QByteArray &input)
{
    (void)TextReader::read(QString::fromUtf8(input));
}

void markdownReader(const QByteArray &input)
{
    (void)MarkdownReader::read(QString::fromUtf8(input));
}

// The importer's path from bytes to text: format sniffing, the declared
// charset pre-scan and the detector itself.
void encodingDetector(const QByteArray &input)
{
    (void)sniffFormat(input, u"fuzz"_s);
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
    (void)DateResolver(fuzzPublished).find(text);
    (void)DateResolver().find(text);
}

void extractor(const QByteArray &input)
{
    // Built once: the sentence splitter's ICU iterator is the costly part.
    static const FigureExtractor figureExtractor;
    const QString text = QString::fromUtf8(input);
    const Extraction extraction = figureExtractor.extract(text, fuzzPublished);
    (void)QJsonDocument(extractionToJson(text, extraction)).toJson(QJsonDocument::Compact);
}

const std::array<FuzzTarget, 7> targets{{
    {"html-reader", &htmlReader},
    {"text-reader", &textReader},
    {"markdown-reader", &markdownReader},
    {"encoding-detector", &encodingDetector},
    {"number-parser", &numberParser},
    {"date-resolver", &dateResolver},
    {"extractor", &extractor},
}};

} // namespace

std::span<const FuzzTarget> fuzzTargets()
{
    return targets;
}

const FuzzTarget *findFuzzTarget(QStringView name)
{
    for (const FuzzTarget &target : targets)
        if (name == QLatin1StringView(target.name))
            return &target;
    return nullptr;
}

} // namespace Claimbench
