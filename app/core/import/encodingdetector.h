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
// statistical detector (ucsdet), limited to the legacy single-byte charsets
// articles actually come in (windows-1251, KOI8-R, ISO-8859-x, windows-125x).
// Conversion goes through Boost.Locale. Stateless and thread-safe.
class EncodingDetector
{
public:
    // The charset `decode` would use, or an error when none fits: bytes that
    // are neither valid UTF-8 nor recognisable legacy text.
    static Result<QByteArray> detect(const QByteArray &bytes, const QByteArray &declared = {});

    // Decodes `bytes`. Errors (Error::Code::InvalidInput): malformed UTF-16,
    // undecodable bytes, an encoding the detector cannot name.
    static Result<DecodedText> decode(const QByteArray &bytes, const QByteArray &declared = {});

    // Lower-cased, trimmed, with common aliases folded ("utf8" -> "utf-8",
    // "latin1" -> "iso-8859-1", "cp1251" -> "windows-1251").
    static QByteArray canonicalName(QByteArrayView name);
};

} // namespace Claimbench
