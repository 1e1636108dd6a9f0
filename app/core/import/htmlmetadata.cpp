#include "core/import/htmlmetadata.h"

#include "core/import/datetext.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Claimbench {

using namespace Qt::StringLiterals;

namespace {

QString normalizeSpaces(const QString &text)
{
    return text.simplified();
}

int wordCount(const QString &text)
{
    return int(text.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts).size());
}

bool isArticleType(const QJsonValue &type)
{
    static const QRegularExpression articleTypes(
        u"^Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|"
        "BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|"
        "SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|"
        "LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference$"_s);
    if (type.isArray()) {
        const QJsonArray types = type.toArray();
        return std::any_of(types.begin(), types.end(), [](const QJsonValue &t) { return isArticleType(t); });
    }
    return type.isString() && articleTypes.match(type.toString()).hasMatch();
}

struct JsonLd
{
    QString title;
    QString byline;
    QString siteName;
    QString published;
};

QString authorNames(const QJsonValue &author)
{
    if (author.isObject())
        return author.toObject().value(u"name").toString().trimmed();
    if (author.isString())
        return author.toString().trimmed();
    if (author.isArray()) {
        QStringList names;
        for (const QJsonValue &one : author.toArray()) {
            const QString name = one.isObject() ? one.toObject().value(u"name").toString().trimmed()
                                                : one.toString().trimmed();
            if (!name.isEmpty())
                names.append(name);
        }
        return names.join(u", "_s);
    }
    return {};
}

std::optional<JsonLd> readJsonLd(const HtmlDom &dom, const QString &documentTitle)
{
    static const QRegularExpression cdata(u"^\\s*<!\\[CDATA\\[|\\]\\]>\\s*$"_s);
    static const QRegularExpression schemaOrg(u"^https?://schema\\.org/?$"_s);
    for (const int script : dom.elements(HtmlDom::kDocument, {u"script"_s})) {
        if (dom.attribute(script, u"type").trimmed().compare(u"application/ld+json", Qt::CaseInsensitive) != 0)
            continue;
        QString content = dom.textContent(script);
        content.remove(cdata);
        const QJsonDocument json = QJsonDocument::fromJson(content.toUtf8());
        QJsonObject parsed;
        if (json.isArray()) {
            for (const QJsonValue &item : json.array()) {
                if (item.isObject() && isArticleType(item.toObject().value(u"@type"))) {
                    parsed = item.toObject();
                    break;
                }
            }
        } else {
            parsed = json.object();
        }
        if (parsed.isEmpty())
            continue;
        const QJsonValue context = parsed.value(u"@context");
        const bool schema = (context.isString() && schemaOrg.match(context.toString()).hasMatch())
            || (context.isObject() && schemaOrg.match(context.toObject().value(u"@vocab").toString()).hasMatch());
        if (!schema)
            continue;
        if (!parsed.contains(u"@type") && parsed.value(u"@graph").isArray()) {
            for (const QJsonValue &item : parsed.value(u"@graph").toArray()) {
                if (isArticleType(item.toObject().value(u"@type"))) {
                    parsed = item.toObject();
                    break;
                }
            }
        }
        if (!isArticleType(parsed.value(u"@type")))
            continue;

        JsonLd found;
        const QString name = parsed.value(u"name").toString().trimmed();
        const QString headline = parsed.value(u"headline").toString().trimmed();
        if (!name.isEmpty() && !headline.isEmpty() && name != headline) {
            // Some sites put the site name in "name": keep whichever matches the page title.
            const bool nameMatches = HtmlMetadataReader::textSimilarity(name, documentTitle) > 0.75;
            const bool headlineMatches = HtmlMetadataReader::textSimilarity(headline, documentTitle) > 0.75;
            found.title = headlineMatches && !nameMatches ? headline : name;
        } else {
            found.title = name.isEmpty() ? headline : name;
        }
        found.byline = authorNames(parsed.value(u"author"));
        found.siteName = parsed.value(u"publisher").toObject().value(u"name").toString().trimmed();
        found.published = parsed.value(u"datePublished").toString().trimmed();
        return found;
    }
    return std::nullopt;
}

// Readability's <meta> table: keys like "og:title", "dc:creator", "author";
// as there, a later tag overrides an earlier one with the same key.
QHash<QString, QString> metaValues(const HtmlDom &dom)
{
    static const QRegularExpression propertyPattern(
        u"\\s*(article|dc|dcterm|og|twitter)\\s*:\\s*(author|creator|description|published_time|title|site_name|url)\\s*"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression namePattern(
        u"^\\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\\s*[-\\.:]\\s*)?"
        "(author|creator|pub-date|description|title|site_name|date|pubdate|publish-date|publish_date|"
        "date\\.issued|date\\.created|sailthru\\.date)\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression spaces(u"\\s"_s);
    QHash<QString, QString> values;
    for (const int meta : dom.elements(HtmlDom::kDocument, {u"meta"_s})) {
        const QString content = dom.attribute(meta, u"content").trimmed();
        if (content.isEmpty())
            continue;
        const QString property = dom.attribute(meta, u"property");
        bool matchedProperty = false;
        auto it = propertyPattern.globalMatch(property);
        while (it.hasNext()) {
            values.insert(it.next().captured(0).toLower().remove(spaces), content);
            matchedProperty = true;
        }
        const QString name = dom.attribute(meta, u"name");
        if (!matchedProperty && namePattern.match(name).hasMatch()) {
            values.insert(name.toLower().remove(spaces).replace(u'.', u':'), content);
        }
        const QString itemprop = dom.attribute(meta, u"itemprop");
        if (itemprop == u"datePublished" && !values.contains(u"itemprop:datepublished"_s))
            values.insert(u"itemprop:datepublished"_s, content);
    }
    return values;
}

QString firstOf(const QHash<QString, QString> &values, std::initializer_list<const char16_t *> keys)
{
    for (const char16_t *key : keys) {
        const QString value = values.value(QString::fromUtf16(key));
        if (!value.isEmpty())
            return value;
    }
    return {};
}

PartialDate publishedFromMarkup(const HtmlDom &dom)
{
    for (const int element : dom.elements(HtmlDom::kDocument, {u"time"_s, u"span"_s, u"div"_s, u"abbr"_s})) {
        const QString itemprop = dom.attribute(element, u"itemprop");
        const bool isTime = dom.node(element).tag == u"time";
        if (!isTime && itemprop != u"datePublished")
            continue;
        if (isTime && !itemprop.isEmpty() && itemprop != u"datePublished")
            continue; // dateModified and friends
        QString value = dom.attribute(element, u"datetime");
        if (value.isEmpty())
            value = dom.attribute(element, u"content");
        if (value.isEmpty())
            value = dom.textContent(element);
        const PartialDate date = parseDateText(value, false);
        if (!date.isNull())
            return date;
    }
    return {};
}

} // namespace

double HtmlMetadataReader::textSimilarity(const QString &a, const QString &b)
{
    static const QRegularExpression nonWord(u"\\W+"_s, QRegularExpression::UseUnicodePropertiesOption);
    const QStringList tokensA = a.toLower().split(nonWord, Qt::SkipEmptyParts);
    const QStringList tokensB = b.toLower().split(nonWord, Qt::SkipEmptyParts);
    if (tokensA.isEmpty() || tokensB.isEmpty())
        return 0;
    QStringList uniqueB;
    for (const QString &token : tokensB) {
        if (!tokensA.contains(token))
            uniqueB.append(token);
    }
    return 1.0 - double(uniqueB.join(u' ').size()) / double(tokensB.join(u' ').size());
}

QString HtmlMetadataReader::articleTitle(const HtmlDom &dom)
{
    static const QRegularExpression separators(u" [\\|\\-–—\\\\/>»] "_s);
    static const QRegularExpression hierarchical(u" [\\\\/>»] "_s);
    static const QRegularExpression beforeLastSeparator(u"(.*)[\\|\\-–—\\\\/>»] .*"_s);
    static const QRegularExpression afterFirstSeparator(u"^[^\\|\\-–—\\\\/>»]*[\\|\\-–—\\\\/>»](.*)"_s);
    static const QRegularExpression separatorRuns(u"[\\|\\-–—\\\\/>»]+"_s);

    const int titleElement = dom.firstElement(HtmlDom::kDocument, u"title");
    const QString original = titleElement >= 0 ? dom.textContent(titleElement).trimmed() : QString();
    QString current = original;
    bool hadHierarchicalSeparators = false;

    if (separators.match(current).hasMatch()) {
        hadHierarchicalSeparators = hierarchical.match(current).hasMatch();
        current = beforeLastSeparator.match(original).captured(1);
        if (wordCount(current) < 3)
            current = afterFirstSeparator.match(original).captured(1);
    } else if (current.contains(u": "_s)) {
        bool matchesHeading = false;
        for (const int heading : dom.elements(HtmlDom::kDocument, {u"h1"_s, u"h2"_s})) {
            if (dom.textContent(heading).trimmed() == current.trimmed()) {
                matchesHeading = true;
                break;
            }
        }
        if (!matchesHeading) {
            current = original.mid(original.lastIndexOf(u':') + 1);
            if (wordCount(current) < 3)
                current = original.mid(original.indexOf(u':') + 1);
            else if (wordCount(original.left(original.indexOf(u':'))) > 5)
                current = original;
        }
    } else if (current.size() > 150 || current.size() < 15) {
        const QList<int> h1s = dom.elements(HtmlDom::kDocument, {u"h1"_s});
        if (h1s.size() == 1)
            current = dom.textContent(h1s.first());
    }
    current = normalizeSpaces(current);
    const int count = wordCount(current);
    if (count <= 4
        && (!hadHierarchicalSeparators || count != wordCount(QString(original).remove(separatorRuns)) - 1))
        current = original;
    return current;
}

HtmlMetadata HtmlMetadataReader::read(const HtmlDom &dom)
{
    HtmlMetadata metadata;
    const int titleElement = dom.firstElement(HtmlDom::kDocument, u"title");
    const QString documentTitle = titleElement >= 0 ? dom.textContent(titleElement).trimmed() : QString();
    const std::optional<JsonLd> jsonLd = readJsonLd(dom, documentTitle);
    const QHash<QString, QString> values = metaValues(dom);

    metadata.title = jsonLd ? jsonLd->title : QString();
    if (metadata.title.isEmpty())
        metadata.title = firstOf(values, {u"dc:title", u"dcterm:title", u"og:title", u"weibo:article:title",
                                          u"weibo:webpage:title", u"title", u"twitter:title", u"parsely-title"});
    if (metadata.title.isEmpty())
        metadata.title = articleTitle(dom);
    metadata.title = normalizeSpaces(metadata.title);

    metadata.byline = jsonLd ? jsonLd->byline : QString();
    if (metadata.byline.isEmpty())
        metadata.byline = firstOf(values, {u"dc:creator", u"dcterm:creator", u"author", u"parsely-author"});
    if (metadata.byline.isEmpty()) {
        const QString articleAuthor = values.value(u"article:author"_s);
        if (!articleAuthor.isEmpty() && !articleAuthor.startsWith(u"http"))
            metadata.byline = articleAuthor;
    }
    metadata.byline = normalizeSpaces(metadata.byline);

    metadata.siteName = jsonLd ? jsonLd->siteName : QString();
    if (metadata.siteName.isEmpty())
        metadata.siteName = values.value(u"og:site_name"_s);
    metadata.siteName = normalizeSpaces(metadata.siteName);

    QString published = jsonLd ? jsonLd->published : QString();
    if (published.isEmpty())
        published = firstOf(values, {u"article:published_time", u"parsely-pub-date", u"itemprop:datepublished",
                                     u"dc:date:issued", u"dcterm:date:issued", u"pubdate", u"publish-date",
                                     u"publish_date", u"sailthru:date", u"date", u"dc:date:created"});
    metadata.published = parseDateText(published, false);
    if (metadata.published.isNull())
        metadata.published = publishedFromMarkup(dom);

    for (const int html : dom.elements(HtmlDom::kDocument, {u"html"_s})) {
        metadata.language = dom.attribute(html, u"lang").trimmed();
        break;
    }
    for (const int link : dom.elements(HtmlDom::kDocument, {u"link"_s})) {
        if (dom.attribute(link, u"rel").split(u' ').contains(u"canonical"_s)) {
            metadata.url = dom.attribute(link, u"href").trimmed();
            break;
        }
    }
    if (metadata.url.isEmpty())
        metadata.url = values.value(u"og:url"_s);
    return metadata;
}

} // namespace Claimbench
