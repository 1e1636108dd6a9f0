#include "core/import/filepath.h"

#include <dirent.h>
#include <stdlib.h>

#include <cerrno>
#include <memory>
#include <utility>

#include <QCoreApplication>

namespace Claimbench::FilePath {

namespace {

// This file's messages, in FilePath's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::FilePath)
};

} // namespace

using namespace Qt::StringLiterals;

namespace {

constexpr char16_t kUndecodedBase = 0xDC00;

// The code point of the valid UTF-8 sequence that starts `bytes` and its
// length in bytes; length 0 when the first byte starts no valid sequence
// (stray continuation, truncated, overlong, a surrogate, above U+10FFFF).
std::pair<char32_t, qsizetype> decodeOne(QByteArrayView bytes)
{
    const auto lead = static_cast<uchar>(bytes.front());
    if (lead < 0x80)
        return {lead, 1};
    qsizetype length = 0;
    char32_t codePoint = 0;
    char32_t smallest = 0;
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        codePoint = lead & 0x1F;
        smallest = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        codePoint = lead & 0x0F;
        smallest = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        codePoint = lead & 0x07;
        smallest = 0x10000;
    } else {
        return {0, 0};
    }
    if (bytes.size() < length)
        return {0, 0};
    for (qsizetype i = 1; i < length; ++i) {
        const auto next = static_cast<uchar>(bytes[i]);
        if ((next & 0xC0) != 0x80)
            return {0, 0};
        codePoint = (codePoint << 6) | (next & 0x3F);
    }
    if (codePoint < smallest || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        return {0, 0};
    return {codePoint, length};
}

} // namespace

QString fromBytes(QByteArrayView bytes)
{
    QString path;
    path.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size();) {
        const auto [codePoint, length] = decodeOne(bytes.sliced(i));
        if (length == 0) {
            path.append(QChar(char16_t(kUndecodedBase + static_cast<uchar>(bytes[i]))));
            ++i;
            continue;
        }
        if (QChar::requiresSurrogates(codePoint)) {
            path.append(QChar(QChar::highSurrogate(codePoint)));
            path.append(QChar(QChar::lowSurrogate(codePoint)));
        } else {
            path.append(QChar(char16_t(codePoint)));
        }
        i += length;
    }
    return path;
}

std::optional<uchar> undecodedByteAt(QStringView path, qsizetype index)
{
    const char16_t c = path[index].unicode();
    if (c < kUndecodedBase + 0x80 || c > kUndecodedBase + 0xFF || (index > 0 && path[index - 1].isHighSurrogate()))
        return std::nullopt;
    return uchar(c - kUndecodedBase);
}

QByteArray toBytes(QStringView path)
{
    QByteArray bytes;
    qsizetype start = 0;
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (const auto byte = undecodedByteAt(path, i)) {
            bytes += path.sliced(start, i - start).toUtf8();
            bytes += char(*byte);
            start = i + 1;
        }
    }
    return bytes + path.sliced(start).toUtf8();
}

QString readable(QStringView path)
{
    QString text = path.toString();
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (undecodedByteAt(path, i))
            text[i] = QChar::ReplacementCharacter;
    }
    return text;
}

QString quotedForReport(QStringView path)
{
    const auto escaped = [&](qsizetype i) {
        const char16_t c = path[i].unicode();
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == u'"'
            || undecodedByteAt(path, i).has_value();
    };
    bool quote = false;
    for (qsizetype i = 0; i < path.size() && !quote; ++i)
        quote = escaped(i);
    if (!quote)
        return path.toString();
    QString text(1, u'"');
    for (qsizetype i = 0; i < path.size(); ++i) {
        const char16_t c = path[i].unicode();
        if (const auto byte = undecodedByteAt(path, i))
            text += u"\\x"_s + QString::number(*byte, 16).rightJustified(2, u'0');
        else if (c == u'"' || c == u'\\')
            text += QStringView(u"\\") + QChar(c);
        else if (c == u'\n')
            text += u"\\n"_s;
        else if (c == u'\r')
            text += u"\\r"_s;
        else if (c == u'\t')
            text += u"\\t"_s;
        else if (c < 0x20 || c == 0x7F)
            text += u"\\x"_s + QString::number(c, 16).rightJustified(2, u'0');
        else if (escaped(i))
            text += u"\\u"_s + QString::number(c, 16).rightJustified(4, u'0');
        else
            text += QChar(c);
    }
    return text + u'"';
}

Result<QStringList> entryNames(const QString &path)
{
    const std::unique_ptr<DIR, int (*)(DIR *)> folder(::opendir(toBytes(path).constData()), &::closedir);
    if (!folder)
        return makeError(Error::Code::Io, Messages::tr("The folder cannot be read"), qt_error_string(errno));
    QStringList names;
    errno = 0;
    while (const dirent *entry = ::readdir(folder.get())) {
        const QByteArrayView name(entry->d_name);
        if (name != "." && name != "..")
            names.append(fromBytes(name));
        errno = 0;
    }
    if (errno != 0)
        return makeError(Error::Code::Io, Messages::tr("The folder cannot be read"), qt_error_string(errno));
    return names;
}

QString canonical(const QString &path)
{
    const std::unique_ptr<char, void (*)(void *)> resolved(::realpath(toBytes(path).constData(), nullptr), &::free);
    return resolved ? fromBytes(resolved.get()) : QString();
}

} // namespace Claimbench::FilePath
