#pragma once

#include "core/domain/partialdate.h"
#include "core/error.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QXmlStreamReader>

#include <functional>

namespace Claimbench {

class ZipArchive;

// Reads one XML part of a packaged document (DOCX, ODT, EPUB) safely: every
// part goes through QXmlStreamReader, and a part that declares a DTD or
// refers to an entity the reader cannot resolve is refused before any of its
// text is used, so no entity is expanded from a DTD and nothing is fetched.
class XmlPart
{
public:
    // Calls `visit` with the reader on each token of `xml` in order, until the
    // end. Errors: InvalidInput ("The document declares a DTD or external
    // entities; Claimbench does not read them", or damaged XML).
    static Result<void> walk(const QByteArray &xml, const std::function<void(const QXmlStreamReader &)> &visit);

    // The text of each element of `xml`, keyed by "namespace-uri local-name"
    // (see key()), first occurrence kept: a metadata part's fields.
    static Result<QHash<QString, QString>> elementTexts(const QByteArray &xml);
    // The same for the part `part` of `zip`; empty when there is no such part.
    static Result<QHash<QString, QString>> elementTexts(ZipArchive &zip, const QString &part);
    static QString key(QStringView namespaceUri, QStringView localName);

    // A W3C date-time ("2024-05-01T10:00:00Z", "2024-05", "2024") as a
    // PartialDate to the precision it states, at most a day; null otherwise.
    static PartialDate date(const QString &text);
};

} // namespace Claimbench
