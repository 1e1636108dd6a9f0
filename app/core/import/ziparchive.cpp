#include "core/import/ziparchive.h"

#include <QCoreApplication>
#include <QLocale>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace Claimbench {

namespace {

// This file's messages, in ZipArchive's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::ZipArchive)
};

} // namespace

using namespace Qt::StringLiterals;

namespace {

struct ArchiveFree
{
    void operator()(archive *reader) const { archive_read_free(reader); }
};
using ArchiveReader = std::unique_ptr<archive, ArchiveFree>;

// The streaming ZIP reader walks the local headers in order, so each
// entry's header position is where its bytes start in `bytes`.
ArchiveReader openReader(const QByteArray &bytes)
{
    ArchiveReader reader(archive_read_new());
    if (!reader)
        return nullptr;
    archive_read_support_format_zip_streamable(reader.get());
    if (archive_read_open_memory(reader.get(), bytes.constData(), size_t(bytes.size())) != ARCHIVE_OK)
        return nullptr;
    return reader;
}

std::unexpected<Error> damaged(archive *reader)
{
    const char *detail = reader ? archive_error_string(reader) : nullptr;
    return makeError(Error::Code::InvalidInput, Messages::tr("The document is a damaged ZIP archive"),
                     detail ? QString::fromUtf8(detail) : QString());
}

QString entryName(archive_entry *entry)
{
    if (const char *utf8 = archive_entry_pathname_utf8(entry))
        return QString::fromUtf8(utf8);
    const char *raw = archive_entry_pathname(entry);
    return raw ? QString::fromLocal8Bit(raw) : QString();
}

std::unexpected<Error> expandsTooFar(qint64 limit)
{
    return makeError(Error::Code::TooLarge,
                     Messages::tr("The document expands to more than %1 (a zip bomb?)")
                         .arg(QLocale::c().formattedDataSize(limit, 0, QLocale::DataSizeTraditionalFormat)));
}

} // namespace

Result<ZipArchive> ZipArchive::open(const QByteArray &bytes, const ZipLimits &limits)
{
    ZipArchive zip;
    zip.m_bytes = bytes;
    zip.m_limits = limits;
    ArchiveReader reader = openReader(zip.m_bytes);
    if (!reader)
        return damaged(nullptr);
    QList<qint64> starts;
    archive_entry *entry = nullptr;
    for (;;) {
        const int status = archive_read_next_header(reader.get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status < ARCHIVE_WARN)
            return damaged(reader.get());
        if (zip.m_names.size() >= limits.maxEntries) {
            return makeError(Error::Code::TooLarge,
                             Messages::tr("The document holds more than %L1 files (a zip bomb?)").arg(limits.maxEntries));
        }
        zip.m_names.append(entryName(entry));
        starts.append(archive_read_header_position(reader.get()));
        if (archive_read_data_skip(reader.get()) < ARCHIVE_WARN)
            return damaged(reader.get());
    }
    if (zip.m_names.isEmpty())
        return makeError(Error::Code::InvalidInput, Messages::tr("The document is an empty ZIP archive"));
    for (qsizetype i = zip.m_names.size() - 1; i >= 0; --i) {
        const qint64 end = i + 1 < starts.size() ? starts[i + 1] : qint64(bytes.size());
        // Going backwards, the first of two entries of one name wins, as read() finds it first.
        zip.m_spans.insert(zip.m_names[i], std::max<qint64>(1, end - starts[i]));
    }
    return zip;
}

Result<QByteArray> ZipArchive::read(const QString &name)
{
    if (!m_spans.contains(name))
        return makeError(Error::Code::NotFound, Messages::tr("The document has no part named %1").arg(name));
    ArchiveReader reader = openReader(m_bytes);
    if (!reader)
        return damaged(nullptr);
    archive_entry *entry = nullptr;
    for (;;) {
        const int status = archive_read_next_header(reader.get(), &entry);
        if (status == ARCHIVE_EOF)
            return makeError(Error::Code::NotFound, Messages::tr("The document has no part named %1").arg(name));
        if (status < ARCHIVE_WARN)
            return damaged(reader.get());
        if (entryName(entry) == name)
            break;
        if (archive_read_data_skip(reader.get()) < ARCHIVE_WARN)
            return damaged(reader.get());
    }
    const qint64 span = m_spans.value(name);
    QByteArray expanded;
    char buffer[64 * 1024];
    for (;;) {
        const la_ssize_t count = archive_read_data(reader.get(), buffer, sizeof buffer);
        if (count == 0)
            break;
        if (count < 0)
            return damaged(reader.get());
        const qint64 size = expanded.size() + count;
        if (size > m_limits.maxEntryBytes)
            return expandsTooFar(m_limits.maxEntryBytes);
        if (m_expanded + size > m_limits.maxTotalBytes)
            return expandsTooFar(m_limits.maxTotalBytes);
        if (size > m_limits.ratioFloorBytes && size / span > m_limits.maxRatio) {
            return makeError(Error::Code::TooLarge,
                             Messages::tr("The document expands to more than %1 times its size (a zip bomb?)")
                                 .arg(m_limits.maxRatio));
        }
        expanded.append(buffer, count);
    }
    m_expanded += expanded.size();
    return expanded;
}

QString ZipArchive::resolve(const QString &baseEntry, const QString &relative)
{
    QString path = relative.section(u'#', 0, 0);
    if (path.isEmpty() || path.startsWith(u'/') || path.startsWith(u'\\') || path.contains(u':'))
        return {};
    const qsizetype slash = baseEntry.lastIndexOf(u'/');
    const QString folder = slash < 0 ? QString() : baseEntry.left(slash + 1);
    QStringList parts;
    for (const QString &segment : QString(folder + path).split(u'/', Qt::SkipEmptyParts)) {
        if (segment == u".")
            continue;
        if (segment == u"..") {
            if (parts.isEmpty())
                return {};
            parts.removeLast();
            continue;
        }
        parts.append(segment);
    }
    return parts.join(u'/');
}

bool ZipArchive::startsWithMimetype(QByteArrayView bytes, QByteArrayView mediaType)
{
    // The local file header: signature, then little-endian fields; the name at 30.
    constexpr qsizetype kNameOffset = 30;
    const auto le = [&](qsizetype at, int width) {
        quint32 value = 0;
        for (int i = width - 1; i >= 0; --i)
            value = (value << 8) | quint8(bytes[at + i]);
        return value;
    };
    if (bytes.size() < kNameOffset + 8 || !bytes.startsWith("PK\x03\x04"))
        return false;
    const bool stored = le(8, 2) == 0;
    if (!stored || le(26, 2) != 8 || bytes.sliced(kNameOffset, 8) != "mimetype")
        return false;
    const qsizetype dataStart = kNameOffset + 8 + le(28, 2);
    const qsizetype size = le(18, 4);
    return size == mediaType.size() && bytes.size() >= dataStart + size && bytes.sliced(dataStart, size) == mediaType;
}

} // namespace Claimbench
