#include "core/import/xmlpart.h"

#include "core/import/ziparchive.h"

#include <QCoreApplication>
#include <QList>

namespace Claimbench {

namespace {

// This file's messages, in XmlPart's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::XmlPart)
};

} // namespace

using namespace Qt::StringLiterals;

Result<void> XmlPart::walk(const QByteArray &xml, const std::function<void(const QXmlStreamReader &)> &visit)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        // A DTD may declare entities (external ones, or a billion laughs):
        // refused whole, before the first element is seen.
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference) {
            return makeError(Error::Code::InvalidInput,
                             Messages::tr("The document declares a DTD or external entities; Claimbench does not read them"));
        }
        if (token == QXmlStreamReader::Invalid)
            break;
        visit(reader);
    }
    if (reader.hasError()) {
        return makeError(Error::Code::InvalidInput, Messages::tr("The document's XML is damaged"),
                         u"line %1: %2"_s.arg(reader.lineNumber()).arg(reader.errorString()));
    }
    return {};
}

QString XmlPart::key(QStringView namespaceUri, QStringView localName)
{
    return namespaceUri + u' ' + localName;
}

Result<QHash<QString, QString>> XmlPart::elementTexts(const QByteArray &xml)
{
    QHash<QString, QString> texts;
    QList<std::pair<QString, QString>> open; // key, text so far
    const auto walked = walk(xml, [&](const QXmlStreamReader &reader) {
        switch (reader.tokenType()) {
        case QXmlStreamReader::StartElement:
            open.append({key(reader.namespaceUri(), reader.name()), QString()});
            break;
        case QXmlStreamReader::Characters:
            if (!open.isEmpty())
                open.last().second += reader.text();
            break;
        case QXmlStreamReader::EndElement:
            if (!open.isEmpty()) {
                const auto [name, text] = open.takeLast();
                const QString simplified = text.simplified();
                if (!simplified.isEmpty() && !texts.contains(name))
                    texts.insert(name, simplified);
            }
            break;
        default:
            break;
        }
    });
    if (!walked)
        return std::unexpected(walked.error());
    return texts;
}

Result<QHash<QString, QString>> XmlPart::elementTexts(ZipArchive &zip, const QString &part)
{
    if (!zip.contains(part))
        return QHash<QString, QString>();
    const auto xml = zip.read(part);
    if (!xml)
        return std::unexpected(xml.error());
    return elementTexts(*xml);
}

PartialDate XmlPart::date(const QString &text)
{
    return PartialDate::fromIso(QStringView(text).trimmed().left(10));
}

} // namespace Claimbench
