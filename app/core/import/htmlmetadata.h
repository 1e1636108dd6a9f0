#pragma once

#include "core/domain/partialdate.h"
#include "core/import/htmldom.h"

#include <QString>

namespace Claimbench {

// What a saved page says about itself.
struct HtmlMetadata
{
    QString title;
    QString siteName;   // the outlet
    QString byline;     // author(s), ", "-joined when several
    PartialDate published;
    QString language;   // <html lang>, as declared
    QString url;        // canonical or og:url
};

// Reads page metadata the way Mozilla Readability does — JSON-LD (schema.org
// Article types) first, then <meta> (Dublin Core, Open Graph, Twitter,
// article:, Parse.ly), then the document <title> cleaned of its site suffix —
// and adds the fallbacks Readability lacks for dates (<time datetime>,
// itemprop=datePublished, name=date/pubdate/publish-date, DC.date.issued).
// A byline found in the page body is the content extractor's business.
// Pure function.
class HtmlMetadataReader
{
public:
    static HtmlMetadata read(const HtmlDom &dom);

    // Readability's title heuristic on the <title> text: drop a " | Site"
    // suffix unless that leaves too few words, prefer a lone <h1> when the
    // title is very short or long.
    static QString articleTitle(const HtmlDom &dom);

    // 1 - (share of b's words that are not in a), on lower-cased words:
    // how much of `b` is already said by `a`.
    static double textSimilarity(const QString &a, const QString &b);
};

} // namespace Claimbench
