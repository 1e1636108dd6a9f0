#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Claimbench {

// The bounds a ZIP document must stay within. Each bound fails alone, so a
// zip bomb is refused by whichever it reaches first; every size is counted
// while decompressing, never taken from the archive's headers.
struct ZipLimits
{
    qsizetype maxEntries = 10'000;
    qint64 maxEntryBytes = 200LL * 1024 * 1024;  // one entry, expanded
    qint64 maxTotalBytes = 500LL * 1024 * 1024;  // every entry read from one archive, expanded
    // An entry that expands past ratioFloorBytes to more than maxRatio times
    // the bytes it takes in the archive is refused.
    qint64 maxRatio = 200;
    qint64 ratioFloorBytes = 1024 * 1024;
};

// A ZIP archive held in memory (DOCX, ODT, EPUB), read through libarchive:
// lists its entries and expands one entry by name within ZipLimits. Nothing
// is written to disk. Not thread-safe (read() counts the bytes expanded so
// far); a value type.
class ZipArchive
{
public:
    // What every ZIP starts with: a local file header.
    static constexpr QByteArrayView kSignature = "PK\x03\x04";

    // Lists the entries of `bytes`. Errors: InvalidInput (not a ZIP archive,
    // damaged), TooLarge (more than limits.maxEntries entries).
    static Result<ZipArchive> open(const QByteArray &bytes, const ZipLimits &limits = {});

    // Entry names as stored ("word/document.xml"), in archive order;
    // directories included.
    QStringList entryNames() const { return m_names; }
    bool contains(const QString &name) const { return m_spans.contains(name); }

    // The expanded bytes of the entry `name`. Errors: NotFound (no such
    // entry), TooLarge (over one of the limits: "The document expands to
    // more than 200 MB (a zip bomb?)"), InvalidInput (damaged data).
    Result<QByteArray> read(const QString &name);

    // `relative` (a path inside the archive, '/'-separated, as a document
    // refers to another part) resolved against the folder of `baseEntry`.
    // Empty when it would leave the archive ("../" above its root) or is an
    // absolute path or URL.
    static QString resolve(const QString &baseEntry, const QString &relative);

    // Whether `bytes` start a ZIP archive whose first entry is "mimetype",
    // stored uncompressed, holding exactly `mediaType`: how EPUB and
    // OpenDocument files announce themselves in their first bytes.
    static bool startsWithMimetype(QByteArrayView bytes, QByteArrayView mediaType);

private:
    QByteArray m_bytes;
    ZipLimits m_limits;
    QStringList m_names;
    // Per entry: the bytes from its local header to the next one's, an upper
    // bound of its compressed size for the ratio check.
    QHash<QString, qint64> m_spans;
    qint64 m_expanded = 0;
};

} // namespace Claimbench
