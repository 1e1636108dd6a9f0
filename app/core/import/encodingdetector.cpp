#include "core/import/encodingdetector.h"

#include "core/extract/utf8decoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <boost/locale/encoding.hpp>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <memory>
#include <optional>

namespace Claimbench {

namespace {

// This file's messages, in EncodingDetector's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::EncodingDetector)
};

} // namespace

using namespace Qt::StringLiterals;

namespace {

// ucsdet is statistical: the first 64 KB say as much as the whole file.
constexpr qsizetype kDetectorSampleSize = 64 * 1024;
// Below this ICU confidence (0-100) a guess is no better than noise.
constexpr int kMinimumConfidence = 10;
// As much as ArticleReader::looksBinary samples: a file whose sample this
// calls UTF-16 has NULs there, and is to be read as UTF-16, not refused.
constexpr qsizetype kUtf16SampleSize = 64 * 1024;

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

// Whether a sample with NUL bytes is UTF-16 text in `byteOrder`, rather than
// binary data or 8-bit text with stray NULs:
// - no unpaired surrogate and no control besides tab, line breaks and form
//   feed: binary read as UTF-16 is full of both (one random code unit in 32
//   is a surrogate; zero bytes make U+0000);
// - at most one code point in 100 unassigned or private-use;
// - a space or line break, and at least one code point in 64 below U+0080
//   (spaces, line breaks, digits, ASCII punctuation), which text in every
//   script has: 8-bit text read as UTF-16 is pairs of bytes, CJK letters
//   mostly, below U+0100 only where a NUL fell, and a few bytes of binary
//   ("abc\0\x01\x02...") can read as letters but hardly as words.
// CJK text with hardly any ASCII is not recognised (and stays "binary").
bool readsAsUtf16(QByteArrayView sample, QStringDecoder::Encoding byteOrder, bool truncated)
{
    const QString text = QStringDecoder(byteOrder, QStringDecoder::Flag::Stateless)(sample);
    qsizetype codePoints = 0;
    qsizetype unusual = 0;
    qsizetype ascii = 0;
    bool spaced = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        } else if (QChar::isSurrogate(c)) {
            if (truncated && i + 1 == text.size())
                break; // the sample cut a surrogate pair
            return false;
        }
        ++codePoints;
        if (c < 0x80)
            ++ascii;
        spaced = spaced || c == ' ' || c == '\t' || c == '\n' || c == '\r';
        if (c == '\t' || c == '\n' || c == '\r' || c == '\f')
            continue;
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Other_Control)
            return false;
        if (category == QChar::Other_NotAssigned || category == QChar::Other_PrivateUse)
            ++unusual;
    }
    return spaced && unusual * 100 <= codePoints && ascii * 64 >= codePoints;
}

// Tells damaged UTF-8 from legacy 8-bit text, neither of which decodes as
// UTF-8. In legacy text a valid multi-byte sequence is an accident (a letter
// in 0xC2-0xDF followed by a symbol, or by a KOI8-U or cp1251 letter, in
// 0x80-0xBF) and most non-ASCII bytes break UTF-8: in 61 MB of translations
// encoded in 18 legacy charsets, no 500-byte chunk had more than one valid
// sequence per two invalid bytes (docs/import.md). Damaged UTF-8 (a cut, a
// fragment pasted from another charset) keeps its many valid sequences beside
// a few bad bytes. So at least as many valid sequences as invalid bytes means
// damaged UTF-8; guessing a legacy charset would garble every valid one.
struct Utf8Census
{
    qsizetype validSequences = 0; // multi-byte only
    qsizetype invalidBytes = 0;   // bytes in no valid sequence
    qsizetype firstInvalid = -1;

    bool damaged() const { return invalidBytes > 0 && validSequences >= invalidBytes; }
};

Utf8Census censusUtf8(QByteArrayView bytes)
{
    Utf8Census census;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        const QByteArrayView rest = bytes.sliced(pos);
        const qsizetype bad = firstInvalidUtf8(rest);
        const QByteArrayView valid = bad < 0 ? rest : rest.first(bad);
        // In valid UTF-8 every byte from 0xC0 up starts a multi-byte sequence.
        census.validSequences += std::count_if(valid.begin(), valid.end(),
                                               [](char c) { return static_cast<unsigned char>(c) >= 0xC0; });
        if (bad < 0)
            break;
        if (census.firstInvalid < 0)
            census.firstInvalid = pos + bad;
        ++census.invalidBytes;
        pos += bad + 1;
    }
    return census;
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
    const QByteArrayView sample = bytes.first(std::min(bytes.size(), kDetectorSampleSize));
    // Scores the text, not the markup: the ASCII letters of a page's tags read
    // as Latin prose and outweighed its Cyrillic (a windows-1251 page came out
    // ISO-8859-1). ICU strips only what looks like markup (five tags or more).
    ucsdet_enableInputFilter(detector.get(), true);
    ucsdet_setText(detector.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &status);
    if (U_FAILURE(status))
        return std::nullopt;
    for (int32_t i = 0; i < count; ++i) {
        if (ucsdet_getConfidence(matches[i], &status) < kMinimumConfidence)
            break; // matches come sorted by confidence
        const QByteArray name = EncodingDetector::canonicalName(ucsdet_getName(matches[i], &status));
        if (U_SUCCESS(status) && isLegacyCharset(name))
            return name;
    }
    return std::nullopt;
}

} // namespace

bool EncodingDetector::looksLikeUtf16WithoutBom(QByteArrayView bytes)
{
    if (bytes.size() % 2 != 0 || bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return false;
    const QByteArrayView sample = bytes.first(std::min(bytes.size(), kUtf16SampleSize));
    if (!sample.contains('\0'))
        return false;
    const bool truncated = sample.size() < bytes.size();
    return readsAsUtf16(sample, QStringDecoder::Utf16LE, truncated)
        || readsAsUtf16(sample, QStringDecoder::Utf16BE, truncated);
}

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
        return makeError(Error::Code::InvalidInput,
                         Messages::tr("The file starts with a UTF-8 mark but is not valid UTF-8"));
    }
    const bool utf16le = view.startsWith("\xFF\xFE");
    if (utf16le || view.startsWith("\xFE\xFF")) {
        if (view.size() % 2 == 0) {
            if (auto text = decodeStrict(utf16le ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE, view.sliced(2)))
                return DecodedText{*text, utf16le ? QByteArray("utf-16le") : QByteArray("utf-16be")};
        }
        return makeError(Error::Code::InvalidInput,
                         Messages::tr("The file starts with a UTF-16 mark but is not valid UTF-16"));
    }
    // Before UTF-8: UTF-16 of ASCII text is valid UTF-8, NULs and all.
    if (looksLikeUtf16WithoutBom(view))
        return makeError(Error::Code::InvalidInput,
                         Messages::tr("UTF-16 text without a byte-order mark: save it as UTF-8 (or UTF-16 with a BOM) "
                                      "and import it again"));
    if (auto text = decodeStrict(QStringDecoder::Utf8, view))
        return DecodedText{*text, "utf-8"};

    const QByteArray declaredName = canonicalName(declared);
    // A page cannot really be UTF-16 without a BOM when its declaration was
    // readable as ASCII; browsers ignore such a declaration too.
    if (!declaredName.isEmpty() && declaredName != "utf-8" && !declaredName.startsWith("utf-16")) {
        if (auto text = decodeLegacy(view, declaredName))
            return DecodedText{*text, declaredName};
    }
    // Past a declared charset that converts the bytes: the rule replaces a guess, never a declaration.
    if (const Utf8Census census = censusUtf8(view); census.damaged()) {
        const QString where = Messages::tr("Not valid UTF-8 at byte %1").arg(census.firstInvalid);
        return makeError(Error::Code::InvalidInput, where + u": the file mixes UTF-8 with other bytes"_s);
    }
    if (hasNonAscii(view)) {
        if (const auto guessed = guessLegacyCharset(view)) {
            if (auto text = decodeLegacy(view, *guessed))
                return DecodedText{*text, *guessed};
        }
    }
    return makeError(Error::Code::InvalidInput,
                     Messages::tr("The text encoding cannot be recognised (not UTF-8, no known charset)"));
}

} // namespace Claimbench
