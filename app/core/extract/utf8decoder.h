#pragma once

#include "core/error.h"

#include <QByteArrayView>
#include <QString>

namespace Claimbench {

// Strict UTF-8 decoding for input that must be UTF-8 (the extract command).
// A leading BOM is kept as the text's first character, U+FEFF: the extract
// command's offsets index its input, BOM included. Overlong forms, surrogates, code points above
// U+10FFFF and truncated sequences are errors: Error::Code::InvalidInput
// whose message names the 0-based byte offset of the first bad byte
// ("invalid UTF-8 at byte 1234") and whose detail holds the offset alone.
Result<QString> decodeUtf8Strict(QByteArrayView bytes);

// The byte offset of the first invalid sequence, or -1 when `bytes` is
// valid UTF-8.
qsizetype firstInvalidUtf8(QByteArrayView bytes);

} // namespace Claimbench
