#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Claimbench::Testing {

// One file of a ZIP archive a test builds.
struct ZipEntry
{
    QString name;
    QByteArray data;
    bool stored = false; // true: no compression (an EPUB's or ODT's "mimetype")
};

// A ZIP archive of `entries` in order; each entry's sizes are in its local
// header and no extra field follows its name, as office suites write them.
QByteArray makeZip(const QList<ZipEntry> &entries);

// One deflated entry of `size` zero bytes, streamed in 1 MB pieces: a zip
// bomb's shape without holding its expanded size in memory.
QByteArray makeZipOfZeros(const QString &name, qint64 size);

} // namespace Claimbench::Testing
