#pragma once

#include <QByteArrayView>

namespace Claimbench {

// One lexical unit of an RTF file.
struct RtfToken
{
    enum class Kind {
        GroupStart,    // {
        GroupEnd,      // }
        ControlWord,   // \word or \wordN: `text` is the word
        ControlSymbol, // \ and one non-letter: `text` is that byte
        Text,          // a run of literal bytes, line breaks removed
        HexByte,       // \'hh: `parameter` is the byte (0-255)
        Binary,        // \binN's N raw bytes: `text` holds them
        End,
    };
    Kind kind = Kind::End;
    QByteArrayView text;
    int parameter = 0;
    bool hasParameter = false;
};

// Splits RTF bytes into tokens, one at a time, without building anything:
// the reader interprets them. Any bytes are accepted: a lone backslash at the
// end, a control word of hundreds of letters (cut at 32, as the spec allows),
// a parameter of any length (clamped to int), a \bin longer than the file
// (cut at its end), a \'h with one hex digit (read as the byte it spells).
// `bytes` must outlive the tokenizer and the tokens' views.
class RtfTokenizer
{
public:
    explicit RtfTokenizer(QByteArrayView bytes)
        : m_bytes(bytes)
    {
    }

    RtfToken next();

private:
    RtfToken controlWord();

    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
};

} // namespace Claimbench
