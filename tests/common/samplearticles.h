#pragma once

#include "core/domain/article.h"

#include <QString>

namespace Claimbench {

// An article as an import would store it, every field set: the URL and
// source path follow from the title, so articles of different titles are
// never taken for versions of one another.
inline Article makeArticle(const QString &title, const QString &outlet, PartialDate published,
                           const QString &body)
{
    Article article;
    article.title = title;
    article.outlet = outlet;
    article.published = published;
    article.url = QStringLiteral("https://example.org/") + title.toLower().replace(u' ', u'-');
    article.author = QStringLiteral("Staff reporter");
    article.language = QStringLiteral("en");
    article.sourcePath = QStringLiteral("/saved/") + title + QStringLiteral(".txt");
    article.body = body;
    return article;
}

} // namespace Claimbench
