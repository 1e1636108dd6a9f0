#include "core/import/zipwriter.h"

#include <archive.h>
#include <archive_entry.h>

#include <functional>

namespace Claimbench::Testing {

namespace {

la_ssize_t appendTo(archive *, void *buffer, const void *data, size_t size)
{
    static_cast<QByteArray *>(buffer)->append(static_cast<const char *>(data), qsizetype(size));
    return la_ssize_t(size);
}

// Writes one archive into a QByteArray; `fill` adds the entries.
QByteArray writeZip(const std::function<void(archive *)> &fill)
{
    QByteArray zip;
    archive *writer = archive_write_new();
    archive_write_set_format_zip(writer);
    archive_write_set_bytes_in_last_block(writer, 1);
    archive_write_open(writer, &zip, nullptr, &appendTo, nullptr);
    fill(writer);
    archive_write_close(writer);
    archive_write_free(writer);
    return zip;
}

void writeHeader(archive *writer, const QString &name, qint64 size)
{
    archive_entry *entry = archive_entry_new();
    archive_entry_set_pathname(entry, name.toUtf8().constData());
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_entry_set_size(entry, size);
    archive_write_header(writer, entry);
    archive_entry_free(entry);
}

quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xFFFFFFFF;
    for (const char byte : bytes) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320 & (0 - (crc & 1)));
    }
    return ~crc;
}

} // namespace

// Written by hand: libarchive sets one compression method for a whole
// archive, and an EPUB needs its "mimetype" stored beside deflated parts.
QByteArray makeZip(const QList<ZipEntry> &entries)
{
    QByteArray zip;
    QByteArray directory;
    const auto put = [](QByteArray &to, quint32 value, int width) {
        for (int i = 0; i < width; ++i)
            to.append(char((value >> (8 * i)) & 0xFF));
    };
    for (const ZipEntry &file : entries) {
        const QByteArray name = file.name.toUtf8();
        // qCompress: a 4-byte size, then a zlib stream (2-byte header, raw deflate, 4-byte Adler-32).
        const QByteArray zlib = file.stored ? QByteArray() : qCompress(file.data);
        const QByteArray data = file.stored ? file.data : zlib.mid(6, zlib.size() - 10);
        const quint32 checksum = crc32(file.data);
        const auto header = [&](QByteArray &to) {
            put(to, file.stored ? 0 : 8, 2);        // method
            put(to, 0, 2);                          // time
            put(to, 0x21, 2);                       // date: 1980-01-01
            put(to, checksum, 4);
            put(to, quint32(data.size()), 4);
            put(to, quint32(file.data.size()), 4);
            put(to, quint32(name.size()), 2);
            put(to, 0, 2);                          // extra field length
        };
        put(directory, 0x02014b50, 4);
        put(directory, 20, 2);
        put(directory, 20, 2);
        put(directory, 0x0800, 2);                  // names in UTF-8
        header(directory);
        put(directory, 0, 2);                       // comment length
        put(directory, 0, 4);                       // disk, internal attributes
        put(directory, 0, 4);                       // external attributes
        put(directory, quint32(zip.size()), 4);
        directory.append(name);
        put(zip, 0x04034b50, 4);
        put(zip, 20, 2);
        put(zip, 0x0800, 2);
        header(zip);
        zip.append(name);
        zip.append(data);
    }
    const quint32 directoryOffset = quint32(zip.size());
    zip.append(directory);
    put(zip, 0x06054b50, 4);
    put(zip, 0, 4);
    put(zip, quint32(entries.size()), 2);
    put(zip, quint32(entries.size()), 2);
    put(zip, quint32(directory.size()), 4);
    put(zip, directoryOffset, 4);
    put(zip, 0, 2);
    return zip;
}

QByteArray makeZipOfZeros(const QString &name, qint64 size)
{
    return writeZip([&](archive *writer) {
        writeHeader(writer, name, size);
        const QByteArray piece(1024 * 1024, '\0');
        for (qint64 written = 0; written < size; written += piece.size())
            archive_write_data(writer, piece.constData(), size_t(std::min<qint64>(piece.size(), size - written)));
    });
}

} // namespace Claimbench::Testing
