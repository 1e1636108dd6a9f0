#include "core/import/epubreader.h"

#include "core/import/contentextractor.h"
#include "core/import/encodingdetector.h"
#include "core/import/htmldom.h"
#include "core/import/htmlreader.h"
#include "core/import/xmlpart.h"
#include "core/import/ziparchive.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QUrl>

namespace Claimbench {

namespace {

// This file's messages, in EpubReader's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::EpubReader)
};

} // namespace

using namespace Qt::StringLiterals;

namespace {

constexpr QStringView kContainer = u"urn:oasis:names:tc:opendocument:xmlns:container";
constexpr QStringView kPackage = u"http://www.idpf.org/2007/opf";
constexpr QStringView kDublinCore = u"http://purl.org/dc/elements/1.1/";

std::unexpected<Error> notABook(const QString &detail)
{
    return makeError(Error::Code::InvalidInput, Messages::tr("The file is not a readable EPUB book"), detail);
}

// The package document's path, from META-INF/container.xml.
Result<QString> packagePath(ZipArchive &zip)
{
    const QString containerPart = u"META-INF/container.xml"_s;
    if (!zip.contains(containerPart))
        return notABook(u"no META-INF/container.xml"_s);
    const auto xml = zip.read(containerPart);
    if (!xml)
        return std::unexpected(xml.error());
    QString path;
    const auto walked = XmlPart::walk(*xml, [&](const QXmlStreamReader &reader) {
        if (path.isEmpty() && reader.isStartElement() && reader.namespaceUri() == kContainer
            && reader.name() == u"rootfile") {
            path = reader.attributes().value(u"full-path"_s).toString();
        }
    });
    if (!walked)
        return std::unexpected(walked.error());
    const QString resolved = ZipArchive::resolve(QString(), QUrl::fromPercentEncoding(path.toUtf8()));
    if (resolved.isEmpty() || !zip.contains(resolved))
        return notABook(u"no package document"_s);
    return resolved;
}

// The spine's XHTML chapters, as archive paths in reading order.
Result<QStringList> spineChapters(const QByteArray &package, const QString &packagePath)
{
    struct Item
    {
        QString href;
        QString mediaType;
    };
    QHash<QString, Item> manifest;
    QStringList spine;
    const auto walked = XmlPart::walk(package, [&](const QXmlStreamReader &reader) {
        if (!reader.isStartElement() || reader.namespaceUri() != kPackage)
            return;
        const auto attributes = reader.attributes();
        if (reader.name() == u"item") {
            manifest.insert(attributes.value(u"id"_s).toString(),
                            Item{attributes.value(u"href"_s).toString(), attributes.value(u"media-type"_s).toString()});
        } else if (reader.name() == u"itemref") {
            spine.append(attributes.value(u"idref"_s).toString());
        }
    });
    if (!walked)
        return std::unexpected(walked.error());
    QStringList chapters;
    QSet<QString> seen;
    for (const QString &id : std::as_const(spine)) {
        const auto item = manifest.constFind(id);
        if (item == manifest.constEnd()
            || (item->mediaType != u"application/xhtml+xml" && item->mediaType != u"text/html"))
            continue;
        const QString path = ZipArchive::resolve(packagePath, QUrl::fromPercentEncoding(item->href.toUtf8()));
        if (path.isEmpty()) {
            return makeError(Error::Code::InvalidInput,
                             Messages::tr("The book's table of contents points outside the book"), item->href);
        }
        // A chapter the spine lists again is read once: repeats would only
        // multiply the text (and the time) without adding any.
        if (!seen.contains(path)) {
            seen.insert(path);
            chapters.append(path);
        }
    }
    return chapters;
}

// A chapter's whole body as text: a book's chapter is all article, so
// Readability's guess at the main content is not wanted.
Result<QString> chapterText(const QByteArray &bytes)
{
    const auto decoded = EncodingDetector::decode(bytes, HtmlReader::declaredCharset(bytes));
    if (!decoded)
        return std::unexpected(decoded.error());
    const auto dom = HtmlDom::parse(decoded->text.toUtf8());
    if (!dom)
        return std::unexpected(dom.error());
    const int body = dom->firstElement(HtmlDom::kDocument, u"body");
    return body < 0 ? QString() : ContentExtractor::renderText(*dom, body).trimmed();
}

} // namespace

QString EpubReader::name() const
{
    return u"EPUB"_s;
}

QStringList EpubReader::suffixes() const
{
    return {u"epub"_s};
}

bool EpubReader::recognizes(QByteArrayView bytes) const
{
    return ZipArchive::startsWithMimetype(bytes, "application/epub+zip");
}

QByteArrayView EpubReader::containerSignature() const
{
    return ZipArchive::kSignature;
}

Result<Article> EpubReader::read(const QByteArray &bytes, const ReadOptions &) const
{
    auto zip = ZipArchive::open(bytes);
    if (!zip)
        return std::unexpected(zip.error());
    const auto opfPath = packagePath(*zip);
    if (!opfPath)
        return std::unexpected(opfPath.error());
    const auto package = zip->read(*opfPath);
    if (!package)
        return std::unexpected(package.error());
    const auto chapters = spineChapters(*package, *opfPath);
    if (!chapters)
        return std::unexpected(chapters.error());
    const auto fields = XmlPart::elementTexts(*package);
    if (!fields)
        return std::unexpected(fields.error());

    QStringList texts;
    for (const QString &chapter : *chapters) {
        // A spine item the archive lacks is skipped, as e-readers do.
        if (!zip->contains(chapter))
            continue;
        const auto xhtml = zip->read(chapter);
        if (!xhtml)
            return std::unexpected(xhtml.error());
        const auto text = chapterText(*xhtml);
        if (!text)
            return std::unexpected(text.error());
        if (!text->isEmpty())
            texts.append(*text);
    }

    Article article;
    article.title = fields->value(XmlPart::key(kDublinCore, u"title"));
    article.author = fields->value(XmlPart::key(kDublinCore, u"creator"));
    article.language = fields->value(XmlPart::key(kDublinCore, u"language"));
    article.published = XmlPart::date(fields->value(XmlPart::key(kDublinCore, u"date")));
    article.body = texts.join(u"\n\n"_s);
    return article;
}

} // namespace Claimbench
