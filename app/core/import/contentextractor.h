#pragma once

#include "core/import/htmldom.h"

#include <QString>

namespace Claimbench {

struct ExtractedContent
{
    QString text;   // paragraphs separated by a blank line; empty when the page has no article
    QString byline; // a byline element found (and removed) in the body, or empty
};

// Finds the article in a saved page — a port of Mozilla Readability's
// content scoring: paragraphs score their ancestors by length and commas,
// class/id hints (article, content, post, entry vs comment, share, sidebar,
// promo, related) weigh in, link-heavy blocks lose, the best candidate and
// its worthy siblings are kept, and forms, navigation, asides, share and
// comment widgets are cleaned out. When the result is under 500 characters
// it retries with fewer cleaning rules, as Readability does.
// Works on its own copies of `dom`; every walk is iterative.
class ContentExtractor
{
public:
    // `title` is the article title (for dropping a heading that repeats it).
    static ExtractedContent extract(const HtmlDom &dom, const QString &title);

    // The text under `root` as paragraphs: block elements break paragraphs
    // (a blank line between them), <br> breaks a line, inline whitespace
    // collapses to one space, <pre> keeps its own.
    static QString renderText(const HtmlDom &dom, int root);
};

} // namespace Claimbench
