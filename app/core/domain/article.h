#pragma once

#include "core/domain/pagemap.h"
#include "core/domain/partialdate.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Claimbench {

// One imported article. `body` is the text exactly as stored; every claim
// offset indexes it in UTF-16 code units (QString indices). The CLI converts
// to Unicode code points at its boundary.
struct Article
{
    qint64 id = 0;            // 0 until stored
    QString title;
    QString outlet;
    QString url;
    QString author;
    PartialDate published;
    QString language;         // BCP 47 tag as declared ("en", "uk"), or empty
    QString body;
    QString sourcePath;       // the file it was imported from, or empty
    QByteArray contentHash;   // SHA-256 of the normalized body: duplicate detection
    QDateTime importedAt;     // UTC
    int claimCount = 0;       // filled by listing queries only
    // Read from a paged document (PDF): where the body lies on its pages, and
    // the document's bytes, which the page view renders. Both empty for
    // other formats, and left empty by listing queries and get(); the
    // repository reads them on their own (ArticleRepository::pageMap,
    // ArticleRepository::document).
    PageMap pages;
    QByteArray document;
};

} // namespace Claimbench
