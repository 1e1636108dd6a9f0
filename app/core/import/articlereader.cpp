#include "core/import/articlereader.h"

#include "core/import/encodingdetector.h"

#include <QCoreApplication>

namespace Claimbench {

namespace {

// This file's messages, in ArticleReader's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::ArticleReader)
};

} // namespace

using namespace Qt::StringLiterals;

namespace {

// Enough of the start of a file to tell text from binary.
constexpr qsizetype kSniffBytes = 64 * 1024;
// Text has tabs and line breaks but hardly any other control character;
// above this share of a sample, the file is binary.
constexpr double kMaxControlShare = 0.02;

bool hasUtf16Bom(QByteArrayView bytes)
{
    return bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
}

std::unexpected<Error> binaryError()
{
    return makeError(Error::Code::InvalidInput, Messages::tr("The file is binary, not text"));
}

} // namespace

bool ArticleReader::recognizes(QByteArrayView) const
{
    return false;
}

QByteArrayView ArticleReader::containerSignature() const
{
    return {};
}

bool ArticleReader::looksBinary(QByteArrayView bytes)
{
    // UTF-16 is full of NUL and control bytes; the detector names it.
    if (hasUtf16Bom(bytes) || EncodingDetector::looksLikeUtf16WithoutBom(bytes))
        return false;
    const QByteArrayView sample = bytes.first(std::min(bytes.size(), kSniffBytes));
    qsizetype controls = 0;
    for (const char c : sample) {
        const auto b = static_cast<unsigned char>(c);
        if (b == 0)
            return true;
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v' && b != 0x1B)
            ++controls;
    }
    return double(controls) > kMaxControlShare * double(sample.size());
}

Result<void> ArticleReader::refuseBinary(QByteArrayView bytes)
{
    if (looksBinary(bytes))
        return binaryError();
    return {};
}

Result<QString> ArticleReader::decodeText(const QByteArray &bytes)
{
    if (const auto text = refuseBinary(bytes); !text)
        return std::unexpected(text.error());
    auto decoded = EncodingDetector::decode(bytes);
    if (!decoded)
        return std::unexpected(decoded.error());
    if (decoded->text.contains(QChar(0)))
        return binaryError();
    return std::move(decoded->text);
}

} // namespace Claimbench
