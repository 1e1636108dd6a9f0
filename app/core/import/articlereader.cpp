#include "core/import/articlereader.h"

#include "core/import/encodingdetector.h"
#include "core/import/htmlreader.h"
#include "core/import/markdownreader.h"
#include "core/import/textreader.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace Claimbench {

using namespace Qt::StringLiterals;

namespace {

// Enough of the start of a file to tell text from binary.
constexpr qsizetype sniffBytes = 64 * 1024;
// Text has tabs and line breaks but hardly any other control character;
// above this share of a sample, the file is binary.
constexpr double maxControlShare = 0.02;

bool hasMagic(QByteArrayView bytes)
{
    using namespace Qt::StringLiterals;
    // Only signatures no article text starts with; _ba keeps embedded NULs.
    static const QByteArray magics[] = {
        "%PDF-"_ba, "PK\x03\x04"_ba, "\x89PNG"_ba, "\xFF\xD8\xFF"_ba, "GIF87a"_ba, "GIF89a"_ba, "{\\rtf"_ba,
        "\xD0\xCF\x11\xE0"_ba, "\x1F\x8B"_ba, "OggS"_ba, "fLaC"_ba, "%!PS-Adobe"_ba, "II*\x00"_ba, "MM\x00*"_ba,
        "7z\xBC\xAF"_ba, "Rar!\x1A"_ba, "\x7F" "ELF"_ba};
    for (const QByteArray &magic : magics) {
        if (bytes.startsWith(magic))
            return true;
    }
    // RIFF containers (WebP, WAV, AVI) and ISO base media (MP4, HEIC, AVIF).
    return bytes.size() >= 12 && (bytes.startsWith("RIFF") || bytes.sliced(4, 4) == "ftyp");
}

bool hasUtf16Bom(QByteArrayView bytes)
{
    return bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
}

bool looksBinary(QByteArrayView bytes)
{
    // UTF-16 is full of NUL and control bytes; the detector names it.
    if (hasUtf16Bom(bytes) || EncodingDetector::looksLikeUtf16WithoutBom(bytes))
        return false;
    const QByteArrayView sample = bytes.first(std::min(bytes.size(), sniffBytes));
    qsizetype controls = 0;
    for (const char c : sample) {
        const auto b = static_cast<unsigned char>(c);
        if (b == 0)
            return true;
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v' && b != 0x1B)
            ++controls;
    }
    return double(controls) > maxControlShare * double(sample.size());
}

bool looksLikeHtml(QByteArrayView bytes)
{
    static const QRegularExpression start(u"^\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body)\\b"_s,
                                          QRegularExpression::CaseInsensitiveOption
                                              | QRegularExpression::DotMatchesEverythingOption);
    QByteArrayView sample = bytes.first(std::min<qsizetype>(bytes.size(), 4096));
    if (sample.startsWith("\xEF\xBB\xBF"))
        sample = sample.sliced(3);
    return start.match(QString::fromLatin1(sample)).hasMatch();
}

} // namespace

ArticleFormat sniffFormat(const QByteArray &bytes, const QString &fileName)
{
    if (hasMagic(bytes))
        return ArticleFormat::Unsupported;
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml" || suffix == u"shtml")
        return ArticleFormat::Html;
    if (suffix == u"md" || suffix == u"markdown" || suffix == u"mdown" || suffix == u"mkd")
        return ArticleFormat::Markdown;
    const bool textSuffix = suffix == u"txt" || suffix == u"text";
    if (!textSuffix && !suffix.isEmpty())
        return looksLikeHtml(bytes) ? ArticleFormat::Html : ArticleFormat::Unsupported;
    if (looksLikeHtml(bytes))
        return ArticleFormat::Html;
    // A named text file stays text (and fails later if binary); an unnamed one must look like text.
    return textSuffix || !looksBinary(bytes) ? ArticleFormat::PlainText : ArticleFormat::Unsupported;
}

Result<Article> readArticle(const QByteArray &bytes, const QString &fileName)
{
    const ArticleFormat format = sniffFormat(bytes, fileName);
    if (format == ArticleFormat::Unsupported)
        return makeError(Error::Code::Unsupported, u"Not a format Claimbench reads (text, Markdown or HTML)"_s);
    if (bytes.trimmed().isEmpty() || bytes == "\xEF\xBB\xBF")
        return makeError(Error::Code::InvalidInput, u"The file is empty"_s);
    if (looksBinary(bytes))
        return makeError(Error::Code::InvalidInput, u"The file is binary, not text"_s);

    Result<Article> article;
    if (format == ArticleFormat::Html) {
        article = HtmlReader::read(bytes);
    } else {
        const auto decoded = EncodingDetector::decode(bytes);
        if (!decoded)
            return std::unexpected(decoded.error());
        if (decoded->text.contains(QChar(0)))
            return makeError(Error::Code::InvalidInput, u"The file is binary, not text"_s);
        article = format == ArticleFormat::Markdown ? MarkdownReader::read(decoded->text)
                                                    : TextReader::read(decoded->text);
    }
    if (!article)
        return article;
    if (article->body.trimmed().isEmpty())
        return makeError(Error::Code::InvalidInput, u"The file holds no article text"_s);
    if (article->title.isEmpty())
        article->title = QFileInfo(fileName).completeBaseName();
    return article;
}

} // namespace Claimbench
