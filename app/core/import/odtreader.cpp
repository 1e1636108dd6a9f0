#include "core/import/odtreader.h"

#include "core/import/documenttext.h"
#include "core/import/xmlpart.h"
#include "core/import/ziparchive.h"

#include <QCoreApplication>

namespace Claimbench {

namespace {

// This file's messages, in OdtReader's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::OdtReader)
};

} // namespace

using namespace Qt::StringLiterals;

namespace {

constexpr QStringView kText = u"urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr QStringView kTable = u"urn:oasis:names:tc:opendocument:xmlns:table:1.0";
constexpr QStringView kOffice = u"urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr QStringView kMeta = u"urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
constexpr QStringView kDublinCore = u"http://purl.org/dc/elements/1.1/";
// text:s repeats a space; more than a line's worth says nothing more.
constexpr int kMaxRepeatedSpaces = 200;

// Walks content.xml into `out`.
class OdfWalker
{
public:
    explicit OdfWalker(DocumentText &out) : m_out(out) {}

    void operator()(const QXmlStreamReader &reader)
    {
        const auto token = reader.tokenType();
        if (token == QXmlStreamReader::StartElement) {
            if (m_skipDepth > 0 || skipped(reader)) {
                ++m_skipDepth;
                return;
            }
            start(reader);
        } else if (token == QXmlStreamReader::EndElement) {
            if (m_skipDepth > 0) {
                --m_skipDepth;
                return;
            }
            end(reader);
        } else if (token == QXmlStreamReader::Characters && m_skipDepth == 0) {
            characters(reader.text());
        }
    }

private:
    // Comments and the deleted text kept for tracked changes are not the document's text.
    static bool skipped(const QXmlStreamReader &reader)
    {
        return (reader.namespaceUri() == kOffice && reader.name() == u"annotation")
            || (reader.namespaceUri() == kText && reader.name() == u"tracked-changes");
    }

    void start(const QXmlStreamReader &reader)
    {
        const QStringView name = reader.name();
        if (reader.namespaceUri() == kTable) {
            if (name == u"table")
                m_out.beginTable();
            else if (name == u"table-row")
                m_out.beginRow();
            else if (name == u"table-cell" || name == u"covered-table-cell")
                m_out.beginCell();
            return;
        }
        if (reader.namespaceUri() != kText)
            return;
        if (name == u"p" || name == u"h") {
            m_out.beginParagraph();
            m_afterSpace = true;
        } else if (name == u"s") {
            const int count = reader.attributes().value(kText.toString(), u"c"_s).toInt();
            m_out.append(QString(std::clamp(count, 1, kMaxRepeatedSpaces), u' '));
            m_afterSpace = false;
        } else if (name == u"tab") {
            m_out.append(u"\t");
        } else if (name == u"line-break") {
            m_out.append(u" ");
            m_afterSpace = true;
        } else if (name == u"note-citation") {
            m_inCitation = true;
            m_citation.clear();
        } else if (name == u"note-body") {
            m_out.beginNote();
        }
    }

    void end(const QXmlStreamReader &reader)
    {
        const QStringView name = reader.name();
        if (reader.namespaceUri() == kTable) {
            if (name == u"table")
                m_out.endTable();
            else if (name == u"table-row")
                m_out.endRow();
            else if (name == u"table-cell" || name == u"covered-table-cell")
                m_out.endCell();
            return;
        }
        if (reader.namespaceUri() != kText)
            return;
        if (name == u"p" || name == u"h") {
            m_out.endParagraph();
        } else if (name == u"note-citation") {
            m_inCitation = false;
            m_citations.append(u"[%1]"_s.arg(m_citation.trimmed()));
            m_out.append(m_citations.last());
        } else if (name == u"note-body") {
            const QString note = m_out.endNote();
            m_out.addNote(m_citations.isEmpty() ? QString() : m_citations.takeLast(), note);
            m_afterSpace = false;
        }
    }

    // ODF collapses white space in text as HTML does; text:s, text:tab and
    // text:line-break are the ones that count.
    void characters(QStringView text)
    {
        if (m_inCitation) {
            m_citation += text;
            return;
        }
        QString collapsed;
        collapsed.reserve(text.size());
        for (const QChar c : text) {
            if (c == u' ' || c == u'\n' || c == u'\t' || c == u'\r') {
                if (!m_afterSpace)
                    collapsed += u' ';
                m_afterSpace = true;
            } else {
                collapsed += c;
                m_afterSpace = false;
            }
        }
        m_out.append(collapsed);
    }

    DocumentText &m_out;
    int m_skipDepth = 0;
    bool m_afterSpace = true;
    bool m_inCitation = false;
    QString m_citation;
    QStringList m_citations; // cited notes whose body is still open, innermost last
};

Result<void> readMetadata(ZipArchive &zip, Article &article)
{
    const auto fields = XmlPart::elementTexts(zip, u"meta.xml"_s);
    if (!fields)
        return std::unexpected(fields.error());
    article.title = fields->value(XmlPart::key(kDublinCore, u"title"));
    article.author = fields->value(XmlPart::key(kMeta, u"initial-creator"));
    if (article.author.isEmpty())
        article.author = fields->value(XmlPart::key(kDublinCore, u"creator"));
    article.language = fields->value(XmlPart::key(kDublinCore, u"language"));
    article.published = XmlPart::date(fields->value(XmlPart::key(kMeta, u"creation-date")));
    return {};
}

} // namespace

QString OdtReader::name() const
{
    return u"ODT"_s;
}

QStringList OdtReader::suffixes() const
{
    return {u"odt"_s};
}

bool OdtReader::recognizes(QByteArrayView bytes) const
{
    return ZipArchive::startsWithMimetype(bytes, "application/vnd.oasis.opendocument.text");
}

QByteArrayView OdtReader::containerSignature() const
{
    return ZipArchive::kSignature;
}

Result<Article> OdtReader::read(const QByteArray &bytes, const ReadOptions &) const
{
    auto zip = ZipArchive::open(bytes);
    if (!zip)
        return std::unexpected(zip.error());
    const QString contentPart = u"content.xml"_s;
    if (!zip->contains(contentPart)) {
        return makeError(Error::Code::InvalidInput,
                         Messages::tr("The file is not an OpenDocument text: it has no content.xml"));
    }
    const auto xml = zip->read(contentPart);
    if (!xml)
        return std::unexpected(xml.error());
    DocumentText text;
    OdfWalker walker(text);
    if (const auto walked = XmlPart::walk(*xml, std::ref(walker)); !walked)
        return std::unexpected(walked.error());

    Article article;
    if (const auto metadata = readMetadata(*zip, article); !metadata)
        return std::unexpected(metadata.error());
    article.body = text.text();
    return article;
}

} // namespace Claimbench
