#include "core/extract/utf8decoder.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Claimbench {

qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned lowerBound = 0; // allowed range of the second byte (overlongs, surrogates, > U+10FFFF)
        unsigned upperBound = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
            lowerBound = 0x80;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            lowerBound = b == 0xE0 ? 0xA0 : 0x80;
            upperBound = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            lowerBound = b == 0xF0 ? 0x90 : 0x80;
            upperBound = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            return i;
        }
        if (i + length > n)
            return i;
        if (p[i + 1] < lowerBound || p[i + 1] > upperBound)
            return i;
        for (int k = 2; k < length; ++k)
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
        i += length;
    }
    return -1;
}

Result<QString> decodeUtf8Strict(QByteArrayView bytes)
{
    const qsizetype bad = firstInvalidUtf8(bytes);
    if (bad >= 0)
        return makeError(Error::Code::InvalidInput, u"invalid UTF-8 at byte %1"_s.arg(bad), QString::number(bad));
    // QString::fromUtf8() would drop a leading BOM (and, after one is cut
    // off by hand, the next): every BOM stays, as a U+FEFF of the text.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    return QString(decoder(bytes));
}

} // namespace Claimbench
