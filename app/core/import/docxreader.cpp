#include "core/import/docxreader.h"

#include "core/import/documenttext.h"
#include "core/import/xmlpart.h"
#include "core/import/ziparchive.h"

#include <QCoreApplication>
#include <QHash>

namespace Claimbench {

namespace {

// This file's messages, in DocxReader's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::DocxReader)
};

} // namespace

using namespace Qt::StringLiterals;

namespace {

constexpr QStringView kWordTransitional = u"http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr QStringView kWordStrict = u"http://purl.oclc.org/ooxml/wordprocessingml/main";
constexpr QStringView kMarkupCompatibility = u"http://schemas.openxmlformats.org/markup-compatibility/2006";
constexpr QStringView kDublinCore = u"http://purl.org/dc/elements/1.1/";
constexpr QStringView kDublinCoreTerms = u"http://purl.org/dc/terms/";

// Where the text cites its notes: "f12" (footnote id 12) or "e3" -> the
// number shown, in the order of first citation.
struct NoteCitations
{
    QHash<QString, int> numbers;
    QStringList order;

    int cite(const QString &key)
    {
        if (!numbers.contains(key)) {
            order.append(key);
            numbers.insert(key, int(order.size()));
        }
        return numbers.value(key);
    }
};

// Walks word/document.xml, or a notes part, into `out`: the WordprocessingML
// elements that carry text and structure.
class WordWalker
{
public:
    WordWalker(DocumentText &out, NoteCitations &citations) : m_out(out), m_citations(citations) {}

    // Notes (footnotes.xml, endnotes.xml): each note's text by key ("f2").
    QHash<QString, QString> notes;

    void operator()(const QXmlStreamReader &reader)
    {
        const auto token = reader.tokenType();
        if (token == QXmlStreamReader::StartElement && reader.namespaceUri() == kMarkupCompatibility
            && reader.name() == u"Fallback") {
            ++m_fallbackDepth;
        } else if (token == QXmlStreamReader::EndElement && reader.namespaceUri() == kMarkupCompatibility
                   && reader.name() == u"Fallback") {
            --m_fallbackDepth;
        }
        // A Fallback repeats its Choice (a text box drawn the old way).
        if (m_fallbackDepth > 0)
            return;
        if (token == QXmlStreamReader::Characters) {
            if (m_inText && m_deletedDepth == 0)
                m_out.append(reader.text());
            return;
        }
        if (reader.namespaceUri() != kWordTransitional && reader.namespaceUri() != kWordStrict)
            return;
        if (token == QXmlStreamReader::StartElement)
            start(reader);
        else if (token == QXmlStreamReader::EndElement)
            end(reader.name());
    }

private:
    void start(const QXmlStreamReader &reader)
    {
        const QStringView name = reader.name();
        const bool shown = m_runDepth > 0 && m_deletedDepth == 0;
        if (name == u"p")
            m_out.beginParagraph();
        else if (name == u"tbl")
            m_out.beginTable();
        else if (name == u"tr")
            m_out.beginRow();
        else if (name == u"tc")
            m_out.beginCell();
        else if (name == u"r")
            ++m_runDepth;
        else if (name == u"t")
            m_inText = true;
        else if (name == u"del" || name == u"moveFrom")
            ++m_deletedDepth;
        else if (name == u"tab" && shown)
            m_out.append(u"\t");
        else if ((name == u"br" || name == u"cr") && shown)
            m_out.append(u" ");
        else if ((name == u"footnoteReference" || name == u"endnoteReference") && m_deletedDepth == 0)
            m_out.append(u"[%1]"_s.arg(m_citations.cite(noteKey(reader))));
        else if (name == u"footnote" || name == u"endnote")
            startNote(reader);
    }

    void end(QStringView name)
    {
        if (name == u"p")
            m_out.endParagraph();
        else if (name == u"tbl")
            m_out.endTable();
        else if (name == u"tr")
            m_out.endRow();
        else if (name == u"tc")
            m_out.endCell();
        else if (name == u"r")
            m_runDepth = std::max(0, m_runDepth - 1);
        else if (name == u"t")
            m_inText = false;
        else if (name == u"del" || name == u"moveFrom")
            m_deletedDepth = std::max(0, m_deletedDepth - 1);
        else if ((name == u"footnote" || name == u"endnote") && !m_noteKey.isEmpty())
            notes.insert(std::exchange(m_noteKey, QString()), m_out.endNote());
    }

    void startNote(const QXmlStreamReader &reader)
    {
        // The separator lines Word keeps as notes -1 and 0 are no one's text.
        const QStringView type = reader.attributes().value(reader.namespaceUri().toString(), u"type"_s);
        if (!type.isEmpty() && type != u"normal")
            return;
        m_noteKey = noteKey(reader);
        m_out.beginNote();
    }

    static QString noteKey(const QXmlStreamReader &reader)
    {
        const QString prefix = reader.name().startsWith(u"foot") ? u"f"_s : u"e"_s;
        return prefix + reader.attributes().value(reader.namespaceUri().toString(), u"id"_s);
    }

    DocumentText &m_out;
    NoteCitations &m_citations;
    int m_fallbackDepth = 0;
    int m_runDepth = 0;
    int m_deletedDepth = 0;
    bool m_inText = false;
    QString m_noteKey;
};

// The notes of one notes part, or none when the part is absent.
Result<QHash<QString, QString>> readNotes(ZipArchive &zip, const QString &part)
{
    if (!zip.contains(part))
        return QHash<QString, QString>();
    const auto xml = zip.read(part);
    if (!xml)
        return std::unexpected(xml.error());
    DocumentText scratch;
    NoteCitations unused;
    WordWalker walker(scratch, unused);
    if (const auto walked = XmlPart::walk(*xml, std::ref(walker)); !walked)
        return std::unexpected(walked.error());
    return walker.notes;
}

Result<void> readMetadata(ZipArchive &zip, Article &article)
{
    const auto fields = XmlPart::elementTexts(zip, u"docProps/core.xml"_s);
    if (!fields)
        return std::unexpected(fields.error());
    article.title = fields->value(XmlPart::key(kDublinCore, u"title"));
    article.author = fields->value(XmlPart::key(kDublinCore, u"creator"));
    article.language = fields->value(XmlPart::key(kDublinCore, u"language"));
    article.published = XmlPart::date(fields->value(XmlPart::key(kDublinCoreTerms, u"created")));
    return {};
}

} // namespace

QString DocxReader::name() const
{
    return u"DOCX"_s;
}

QStringList DocxReader::suffixes() const
{
    return {u"docx"_s};
}

bool DocxReader::recognizes(QByteArrayView bytes) const
{
    // Entry names are stored as is in the local headers, so the first
    // entries' names show in the first bytes; "word/" is Word's own folder.
    const QByteArrayView start = bytes.first(std::min<qsizetype>(bytes.size(), 4096));
    // An OpenDocument or EPUB package opens with its "mimetype" entry instead.
    const bool mimetypeFirst = start.size() >= 38 && start.sliced(30, 8) == "mimetype";
    return start.startsWith("PK\x03\x04") && !mimetypeFirst
        && (start.contains("word/") || start.contains("[Content_Types].xml"));
}

QByteArrayView DocxReader::containerSignature() const
{
    return ZipArchive::kSignature;
}

Result<Article> DocxReader::read(const QByteArray &bytes, const ReadOptions &) const
{
    auto zip = ZipArchive::open(bytes);
    if (!zip)
        return std::unexpected(zip.error());
    const QString documentPart = u"word/document.xml"_s;
    if (!zip->contains(documentPart)) {
        return makeError(Error::Code::InvalidInput,
                         Messages::tr("The file is not a Word document: it has no word/document.xml"));
    }
    const auto xml = zip->read(documentPart);
    if (!xml)
        return std::unexpected(xml.error());
    DocumentText text;
    NoteCitations citations;
    WordWalker walker(text, citations);
    if (const auto walked = XmlPart::walk(*xml, std::ref(walker)); !walked)
        return std::unexpected(walked.error());

    if (!citations.order.isEmpty()) {
        auto footnotes = readNotes(*zip, u"word/footnotes.xml"_s);
        if (!footnotes)
            return std::unexpected(footnotes.error());
        const auto endnotes = readNotes(*zip, u"word/endnotes.xml"_s);
        if (!endnotes)
            return std::unexpected(endnotes.error());
        footnotes->insert(*endnotes);
        for (const QString &key : std::as_const(citations.order)) {
            if (footnotes->contains(key))
                text.addNote(u"[%1]"_s.arg(citations.numbers.value(key)), footnotes->value(key));
        }
    }

    Article article;
    if (const auto metadata = readMetadata(*zip, article); !metadata)
        return std::unexpected(metadata.error());
    article.body = text.text();
    return article;
}

} // namespace Claimbench
