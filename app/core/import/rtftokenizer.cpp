#include "core/import/rtftokenizer.h"

#include <limits>

namespace Claimbench {

namespace {

// The spec caps a control word at 32 letters and its parameter at a 16-bit
// value; longer ones are read on and cut, never refused.
constexpr qsizetype kMaxWordLength = 32;

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

RtfToken RtfTokenizer::next()
{
    // Line breaks between tokens carry nothing in RTF.
    while (m_pos < m_bytes.size() && (m_bytes[m_pos] == '\r' || m_bytes[m_pos] == '\n'))
        ++m_pos;
    if (m_pos >= m_bytes.size())
        return {};
    const char c = m_bytes[m_pos];
    if (c == '{' || c == '}') {
        ++m_pos;
        return {c == '{' ? RtfToken::Kind::GroupStart : RtfToken::Kind::GroupEnd, {}, 0, false};
    }
    if (c == '\\') {
        if (m_pos + 1 >= m_bytes.size()) {
            ++m_pos;
            return {};
        }
        const char after = m_bytes[m_pos + 1];
        if (isLetter(after))
            return controlWord();
        if (after == '\'') {
            m_pos += 2;
            int value = 0;
            for (int digits = 0; digits < 2 && m_pos < m_bytes.size() && hexValue(m_bytes[m_pos]) >= 0; ++digits)
                value = value * 16 + hexValue(m_bytes[m_pos++]);
            return {RtfToken::Kind::HexByte, {}, value, true};
        }
        m_pos += 2;
        return {RtfToken::Kind::ControlSymbol, m_bytes.sliced(m_pos - 1, 1), 0, false};
    }
    const qsizetype start = m_pos;
    while (m_pos < m_bytes.size()) {
        const char b = m_bytes[m_pos];
        if (b == '\\' || b == '{' || b == '}' || b == '\r' || b == '\n')
            break;
        ++m_pos;
    }
    return {RtfToken::Kind::Text, m_bytes.sliced(start, m_pos - start), 0, false};
}

RtfToken RtfTokenizer::controlWord()
{
    const qsizetype start = ++m_pos; // past the backslash
    while (m_pos < m_bytes.size() && isLetter(m_bytes[m_pos]))
        ++m_pos;
    RtfToken token{RtfToken::Kind::ControlWord, m_bytes.sliced(start, std::min(m_pos - start, kMaxWordLength)), 0,
                   false};
    bool negative = false;
    if (m_pos + 1 < m_bytes.size() && m_bytes[m_pos] == '-' && isDigit(m_bytes[m_pos + 1])) {
        negative = true;
        ++m_pos;
    }
    long long value = 0;
    while (m_pos < m_bytes.size() && isDigit(m_bytes[m_pos])) {
        token.hasParameter = true;
        value = std::min<long long>(value * 10 + (m_bytes[m_pos++] - '0'), std::numeric_limits<int>::max());
    }
    token.parameter = int(negative ? -value : value);
    if (m_pos < m_bytes.size() && m_bytes[m_pos] == ' ')
        ++m_pos; // the delimiting space belongs to the word
    if (token.text == "bin") {
        const qsizetype length = std::min<qsizetype>(std::max(token.parameter, 0), m_bytes.size() - m_pos);
        token = {RtfToken::Kind::Binary, m_bytes.sliced(m_pos, length), 0, false};
        m_pos += length;
    }
    return token;
}

} // namespace Claimbench
