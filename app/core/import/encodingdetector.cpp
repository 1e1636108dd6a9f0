#include "core/import/encodingdetector.h"

#include <QStringDecoder>

#include <boost/locale/encoding.hpp>
#include <unicode/ucsdet.h>

#include <memory>
#include <optional>

namespace Claimbench {

using namespace Qt::StringLiterals;

namespace {

// ucsdet is statistical: the first 64 KB say as much as the whole file.
constexpr qsizetype detectorSampleSize = 64 * 1024;
// Below this ICU confidence (0-100) a guess is no better than noise.
constexpr int minimumConfidence = 10;

bool hasLoneSurrogate(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (text[i].isSurrogate())
            return true;
    }
    return false;
}

std::optional<QString> decodeStrict(QStringDecoder::Encoding encoding, QByteArrayView bytes)
{
    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    // Qt's UTF-16 decoder passes unpaired surrogates through without an error.
    if (decoder.hasError() || hasLoneSurrogate(text))
        return std::nullopt;
    return text;
}

bool hasNonAscii(QByteArrayView bytes)
{
    for (char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return true;
    }
    return false;
}

bool isLegacyCharset(QByteArrayView name)
{
    return name.startsWith("windows-125") || name.startsWith("iso-8859-") || name == "koi8-r"
        || name == "koi8-u";
}

std::optional<QString> decodeLegacy(QByteArrayView bytes, const QByteArray &charset)
{
    // Boost.Locale reports failures by exception; they stop here.
    try {
        const std::string utf8 = boost::locale::conv::to_utf<char>(
            bytes.data(), bytes.data() + bytes.size(), charset.toStdString(), boost::locale::conv::stop);
        return QString::fromStdString(utf8);
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

struct DetectorCloser
{
    void operator()(UCharsetDetector *detector) const { ucsdet_close(detector); }
};

std::optional<QByteArray> guessLegacyCharset(QByteArrayView bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
    if (U_FAILURE(status))
        return std::nullopt;
    const QByteArrayView sample = bytes.first(std::min(bytes.size(), detectorSampleSize));
    ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &status);
    if (U_FAILURE(status))
        return std::nullopt;
    for (int32_t i = 0; i < count; ++i) {
        if (ucsdet_getConfidence(matches[i], &status) < minimumConfidence)
            break; // matches come sorted by confidence
        const QByteArray name = EncodingDetector::canonicalName(ucsdet_getName(matches[i], &status));
        if (U_SUCCESS(status) && isLegacyCharset(name))
            return name;
    }
    return std::nullopt;
}

} // namespace

QByteArray EncodingDetector::canonicalName(QByteArrayView name)
{
    QByteArray n = name.trimmed().toByteArray().toLower();
    while (!n.isEmpty() && (n.front() == '"' || n.front() == '\''))
        n.remove(0, 1);
    while (!n.isEmpty() && (n.back() == '"' || n.back() == '\''))
        n.chop(1);
    n.replace('_', '-');
    if (n == "utf8" || n == "unicode-1-1-utf-8")
        return "utf-8";
    if (n == "latin1" || n == "latin-1" || n == "l1" || n == "iso8859-1" || n == "iso-8859-1:1987")
        return "iso-8859-1";
    if (n.startsWith("cp125") || n.startsWith("x-cp125"))
        return "windows-" + n.mid(n.indexOf("cp") + 2);
    if (n.startsWith("win-125") || n.startsWith("win125"))
        return "windows-" + n.mid(n.indexOf("125"));
    if (n == "koi8r")
        return "koi8-r";
    if (n == "koi8u")
        return "koi8-u";
    if (n.startsWith("iso8859-"))
        return "iso-" + n.mid(3);
    if (n == "ascii" || n == "us-ascii")
        return "windows-1252"; // what browsers do with 8-bit bytes in "ASCII" pages
    return n;
}

Result<QByteArray> EncodingDetector::detect(const QByteArray &bytes, const QByteArray &declared)
{
    auto decoded = decode(bytes, declared);
    if (!decoded)
        return std::unexpected(decoded.error());
    return decoded->charset;
}

Result<DecodedText> EncodingDetector::decode(const QByteArray &bytes, const QByteArray &declared)
{
    const QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF")) {
        if (auto text = decodeStrict(QStringDecoder::Utf8, view.sliced(3)))
            return DecodedText{*text, "utf-8"};
        return makeError(Error::Code::InvalidInput, u"The file starts with a UTF-8 mark but is not valid UTF-8"_s);
    }
    const bool utf16le = view.startsWith("\xFF\xFE");
    if (utf16le || view.startsWith("\xFE\xFF")) {
        if (view.size() % 2 == 0) {
            if (auto text = decodeStrict(utf16le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE, view.sliced(2)))
                return DecodedText{*text, utf16le ? QByteArray("utf-16le") : QByteArray("utf-16be")};
        }
        return makeError(Error::Code::InvalidInput, u"The file starts with a UTF-16 mark but is not valid UTF-16"_s);
    }
    if (auto text = decodeStrict(QStringDecoder::Utf8, view))
        return DecodedText{*text, "utf-8"};

    const QByteArray declaredName = canonicalName(declared);
    // A page cannot really be UTF-16 without a BOM when its declaration was
    // readable as ASCII; browsers ignore such a declaration too.
    if (!declaredName.isEmpty() && declaredName != "utf-8" && !declaredName.startsWith("utf-16")) {
        if (auto text = decodeLegacy(view, declaredName))
            return DecodedText{*text, declaredName};
    }
    if (hasNonAscii(view)) {
        if (const auto guessed = guessLegacyCharset(view)) {
            if (auto text = decodeLegacy(view, *guessed))
                return DecodedText{*text, *guessed};
        }
    }
    return makeError(Error::Code::InvalidInput, u"The text encoding cannot be recognised (not UTF-8, no known charset)"_s);
}

} // namespace Claimbench
