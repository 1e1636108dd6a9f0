#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// Paths of the local file system as the importer holds them. A Linux file
// name is bytes, not text, and one that is not valid UTF-8 has no exact
// QString in Qt: QFile::decodeName turns each such byte into U+FFFD (which
// names another file, or none) and QDir's listings leave the entry out.
// Here each byte that is not part of valid UTF-8 is held as the lone
// surrogate U+DC00 + byte (U+DC80..U+DCFF, Python's "surrogateescape"). A
// valid UTF-8 name never decodes to a lone surrogate, so the round trip
// bytes -> QString -> bytes is exact, and an ordinary name is unchanged.
// Such a QString is opened with the POSIX calls below only (Qt's file
// classes would encode it lossily) and is never stored: see readable().
namespace Claimbench::FilePath {

QString fromBytes(QByteArrayView bytes);
QByteArray toBytes(QStringView path);

// The byte that `path[index]` holds when it stands for one that is not
// UTF-8 (a lone surrogate; the low half of a pair is a character).
std::optional<uchar> undecodedByteAt(QStringView path, qsizetype index);

// `path` with each undecoded byte as U+FFFD: for the project and the screen.
QString readable(QStringView path);

// How a report line (the CLI's, the import summary's) writes a path, so
// that one line is one file and every file can be named exactly: as is,
// unless it holds a control character (U+0000-U+001F, U+007F-U+009F), a
// line or paragraph separator (U+2028, U+2029), a double quote, or a byte
// that is not UTF-8. Then it is written in double quotes with C escapes:
// \" \\ \n \r \t, \xHH for the other control characters below U+0080 and
// for bytes that are not UTF-8, \uHHHH for the others (hex lower case).
QString quotedForReport(QStringView path);

// The names in folder `path` (not "." and ".."), unsorted, from readdir, so
// that no name is lost to decoding. Error Io (with the system's reason) when
// the folder cannot be listed.
Result<QStringList> entryNames(const QString &path);

// realpath(3) of `path`, or an empty string when it cannot be resolved.
QString canonical(const QString &path);

} // namespace Claimbench::FilePath
