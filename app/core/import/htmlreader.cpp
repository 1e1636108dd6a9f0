#include "core/import/htmlreader.h"

#include "core/import/boilerplate.h"
#include "core/import/contentextractor.h"
#include "core/import/encodingdetector.h"
#include "core/import/htmldom.h"
#include "core/import/htmlmetadata.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Claimbench {

namespace {

// This file's messages, in HtmlReader's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::HtmlReader)
};

} // namespace

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kPrescanBytes = 4096;

} // namespace

QByteArray HtmlReader::declaredCharset(const QByteArray &bytes)
{
    static const QRegularExpression meta(u"<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:\\-]+)"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    // Latin-1 keeps every byte as one char, so ASCII markup matches whatever the charset.
    const QString head = QString::fromLatin1(bytes.left(kPrescanBytes));
    const auto match = meta.match(head);
    return match.hasMatch() ? match.captured(1).toLatin1() : QByteArray();
}

Result<Article> HtmlReader::parse(const QByteArray &bytes)
{
    const auto decoded = EncodingDetector::decode(bytes, declaredCharset(bytes));
    if (!decoded)
        return std::unexpected(decoded.error());
    const auto dom = HtmlDom::parse(decoded->text.toUtf8());
    if (!dom)
        return std::unexpected(dom.error());
    const HtmlMetadata metadata = HtmlMetadataReader::read(*dom);
    const ExtractedContent content = ContentExtractor::extract(*dom, metadata.title);
    if (content.text.trimmed().isEmpty())
        return makeError(Error::Code::InvalidInput, Messages::tr("The page holds no article text"));

    Article article;
    article.title = metadata.title;
    article.outlet = metadata.siteName;
    // Readability's order: a byline the metadata names, else the one found in the body.
    article.author = metadata.byline.isEmpty() ? content.byline.simplified() : metadata.byline;
    article.published = metadata.published;
    article.language = metadata.language;
    article.url = metadata.url;
    article.body = content.text.left(trailingBoilerplateStart(content.text));
    return article;
}

QString HtmlReader::name() const
{
    return u"HTML"_s;
}

QStringList HtmlReader::suffixes() const
{
    return {u"html"_s, u"htm"_s, u"xhtml"_s, u"shtml"_s};
}

bool HtmlReader::recognizes(QByteArrayView bytes) const
{
    static const QRegularExpression start(u"^\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body)\\b"_s,
                                          QRegularExpression::CaseInsensitiveOption
                                              | QRegularExpression::DotMatchesEverythingOption);
    QByteArrayView sample = bytes.first(std::min(bytes.size(), kPrescanBytes));
    if (sample.startsWith("\xEF\xBB\xBF"))
        sample = sample.sliced(3);
    return start.match(QString::fromLatin1(sample)).hasMatch();
}

Result<Article> HtmlReader::read(const QByteArray &bytes, const ReadOptions &) const
{
    if (const auto text = refuseBinary(bytes); !text)
        return std::unexpected(text.error());
    return parse(bytes);
}

} // namespace Claimbench
