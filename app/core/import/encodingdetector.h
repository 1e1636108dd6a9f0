#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QString>

namespace Claimbench {

// Text bytes turned into a QString, with the charset that was used.
struct DecodedText
{
    QString text;      // BOM removed; line endings untouched
    QByteArray charset; // canonical lower-case name: "utf-8", "utf-16le", "windows-1251", ...
};

// Finds and applies the charset of a file's bytes. The order of trust is:
// a byte-order mark; then strict UTF-8 (legacy text practically never forms
// valid multi-byte UTF-8 by accident, while pages that declare latin-1 but
// are UTF-8 are common); then the charset the document declares (an HTML
// page's <meta charset>), when the bytes convert in it; then ICU's
// statistical detector (ucsdet), reading the text without its markup and
// limited to the legacy single-byte charsets articles actually come in
// (windows-1251, KOI8-R, ISO-8859-x, windows-125x). A declared UTF-8 that
// the bytes break is ignored, so such a page is detected too.
// Two kinds of bytes are refused rather than guessed at: UTF-16 without a
// byte-order mark (its byte order is a guess that garbles everything when
// wrong), and damaged UTF-8, bytes with at least as many valid multi-byte
// UTF-8 sequences as bytes that are not (a legacy charset would garble every
// valid sequence). A declared legacy charset that converts the bytes wins
// over the damaged-UTF-8 rule.
// Conversion goes through Boost.Locale. Stateless and thread-safe.
class EncodingDetector
{
public:
    // The charset `decode` would use, or an error when none fits: bytes that
    // are neither valid UTF-8 nor recognisable legacy text.
    static Result<QByteArray> detect(const QByteArray &bytes, const QByteArray &declared = {});

    // Decodes `bytes`. Errors (Error::Code::InvalidInput): malformed UTF-16,
    // UTF-16 without a byte-order mark, damaged UTF-8 (the message names the
    // 0-based offset of the first bad byte), undecodable bytes, an encoding
    // the detector cannot name.
    static Result<DecodedText> decode(const QByteArray &bytes, const QByteArray &declared = {});

    // True when `bytes` have no byte-order mark and read as UTF-16 text in one
    // byte order (`decode` refuses them). Looks at the first 64 KB, and only
    // when they hold a NUL byte: fast for 8-bit text.
    static bool looksLikeUtf16WithoutBom(QByteArrayView bytes);

    // Lower-cased, trimmed, with common aliases folded ("utf8" -> "utf-8",
    // "latin1" -> "iso-8859-1", "cp1251" -> "windows-1251").
    static QByteArray canonicalName(QByteArrayView name);
};

} // namespace Claimbench
