#include "core/export/linkeddata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

const QString kAnnotationContext = u"http://www.w3.org/ns/anno.jsonld"_s;
// Claimbench's own terms: a URN, since no web page defines them.
const QString kFieldNamespace = u"urn:claimbench:field:"_s;
// A target without a URL names its article by title under this URN.
const QString kTitleSource = u"urn:claimbench:article-title:"_s;
const QString kClaimId = u"urn:claimbench:claim:"_s;
// Listing fields the target holds (quote, offsets, URL) or that name this
// project's own rows (id, page): not repeated in the claim's body.
const QStringList kTargetFields{u"id"_s, u"article_url"_s, u"quote"_s, u"start"_s, u"end"_s, u"page"_s};

QString text(const QJsonObject &fields, const QString &key)
{
    return fields.value(key).toString();
}

QString number(const QJsonValue &value)
{
    return QLocale::c().toString(value.toDouble(), 'g', 15);
}

QString utcTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

// "more than 300000 personnel (Russian military casualties), UK Delegation
// to the OSCE, as of 2023-12": the claim in one line, for a reader of the
// annotation that knows nothing of Claimbench.
QString summary(const QJsonObject &fields)
{
    QString figure = fields.value(u"low"_s).isDouble() && fields.value(u"high"_s).isDouble()
        ? number(fields.value(u"low"_s)) + u" to "_s + number(fields.value(u"high"_s))
        : (fields.value(u"value"_s).isDouble() ? number(fields.value(u"value"_s)) : QString());
    QStringList parts{text(fields, u"qualifier"_s), figure, text(fields, u"unit"_s)};
    parts.removeAll(QString());
    QString line = parts.join(u' ');
    if (const QString metric = text(fields, u"metric"_s); !metric.isEmpty())
        line += (line.isEmpty() ? QString() : u" "_s) + u'(' + metric + u')';
    QStringList rest{line, text(fields, u"claimant"_s)};
    if (const QString asOf = text(fields, u"as_of"_s); !asOf.isEmpty())
        rest.append(u"as of "_s + asOf);
    rest.removeAll(QString());
    return rest.isEmpty() ? text(fields, u"quote"_s) : rest.join(u", "_s);
}

QJsonObject textualBody(const QString &purpose, const QString &value)
{
    return {{u"type"_s, u"TextualBody"_s}, {u"purpose"_s, purpose}, {u"value"_s, value}};
}

// A property that may be one value or a list of them.
QJsonArray valuesOf(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isUndefined() || value.isNull())
        return {};
    return QJsonArray{value};
}

// Whether `object`'s type is `term` (or the oa: IRI it stands for).
bool hasType(const QJsonValue &object, QStringView term)
{
    for (const QJsonValue &type : valuesOf(object.toObject().value(u"type"_s)))
        if (type.toString() == term || type.toString() == u"oa:"_s + term)
            return true;
    return false;
}

// The annotations `document` holds, or an empty list when it is not Web
// Annotation JSON-LD.
QJsonArray annotationsOf(const QJsonValue &document)
{
    if (document.isArray()) {
        const QJsonArray items = document.toArray();
        const bool all = !items.isEmpty()
            && std::all_of(items.begin(), items.end(), [](const QJsonValue &item) { return hasType(item, u"Annotation"); });
        return all ? items : QJsonArray();
    }
    if (hasType(document, u"Annotation"))
        return {document};
    if (hasType(document, u"AnnotationPage"))
        return annotationsOf(document.toObject().value(u"items"_s));
    if (hasType(document, u"AnnotationCollection"))
        return annotationsOf(document.toObject().value(u"first"_s));
    return {};
}

} // namespace

std::optional<LinkedDataFormat> linkedDataFormatFromName(QStringView name)
{
    if (name == u"webannotation")
        return LinkedDataFormat::WebAnnotation;
    if (name == u"claimreview")
        return LinkedDataFormat::ClaimReview;
    return std::nullopt;
}

namespace WebAnnotation {

QJsonValue context()
{
    return QJsonArray{kAnnotationContext, QJsonObject{{kFieldPrefix.chopped(1), kFieldNamespace}}};
}

QJsonObject annotation(const ListedClaim &claim)
{
    const QJsonObject &fields = claim.fields;
    QJsonObject claimBody{{u"type"_s, QString(kFieldPrefix + u"Claim"_s)}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        if (!it.value().isNull() && !kTargetFields.contains(it.key()))
            claimBody.insert(kFieldPrefix + it.key(), it.value());
    QJsonArray body{textualBody(u"describing"_s, summary(fields))};
    if (const QString tag = text(fields, u"tag"_s); !tag.isEmpty())
        body.append(textualBody(u"tagging"_s, tag));
    if (const QString note = text(fields, u"note"_s); !note.isEmpty())
        body.append(textualBody(u"commenting"_s, note));
    body.append(claimBody);

    QJsonObject quote{{u"type"_s, u"TextQuoteSelector"_s}, {u"exact"_s, text(fields, u"quote"_s)}};
    if (!claim.prefix.isEmpty())
        quote.insert(u"prefix"_s, claim.prefix);
    if (!claim.suffix.isEmpty())
        quote.insert(u"suffix"_s, claim.suffix);
    QJsonArray selectors{quote};
    // An orphan has no offsets in its article's text today.
    if (fields.value(u"start"_s).isDouble() && fields.value(u"end"_s).isDouble())
        selectors.append(QJsonObject{{u"type"_s, u"TextPositionSelector"_s},
                                     {u"start"_s, fields.value(u"start"_s)},
                                     {u"end"_s, fields.value(u"end"_s)}});
    const QString url = text(fields, u"article_url"_s);
    const QString source = !url.isEmpty()
        ? url
        : kTitleSource + QString::fromLatin1(QUrl::toPercentEncoding(text(fields, u"article_title"_s)));

    QJsonObject annotation{{u"id"_s, QString(kClaimId + QString::number(fields.value(u"id"_s).toInteger()))},
                           {u"type"_s, u"Annotation"_s},
                           {u"motivation"_s, u"describing"_s},
                           {u"body"_s, body},
                           {u"target"_s, QJsonObject{{u"source"_s, source}, {u"selector"_s, QJsonValue(selectors)}}}};
    if (claim.created.isValid())
        annotation.insert(u"created"_s, utcTime(claim.created));
    if (claim.updated.isValid())
        annotation.insert(u"modified"_s, utcTime(claim.updated));
    if (!claim.createdBy.isEmpty())
        annotation.insert(u"creator"_s, QJsonObject{{u"type"_s, u"Person"_s}, {u"name"_s, claim.createdBy}});
    return annotation;
}

bool isAnnotationDocument(const QJsonValue &document)
{
    return !annotationsOf(document).isEmpty();
}

Result<QList<QJsonObject>> claimRows(const QJsonValue &document)
{
    const QJsonArray annotations = annotationsOf(document);
    if (annotations.isEmpty())
        return makeError(Error::Code::InvalidInput, u"not a Web Annotation document: no Annotation in it"_s);
    QList<QJsonObject> rows;
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        const QJsonObject annotation = annotations.at(i).toObject();
        const QJsonArray targets = valuesOf(annotation.value(u"target"_s));
        const QJsonObject target = targets.isEmpty() ? QJsonObject() : targets.first().toObject();
        QJsonObject row;
        QString exact;
        for (const QJsonValue &selector : valuesOf(target.value(u"selector"_s))) {
            if (hasType(selector, u"TextQuoteSelector"))
                exact = selector.toObject().value(u"exact"_s).toString();
            else if (hasType(selector, u"TextPositionSelector"))
                row.insert(u"start"_s, selector.toObject().value(u"start"_s));
        }
        if (exact.isEmpty())
            return makeError(Error::Code::InvalidInput,
                             u"annotation %1 has no quote (a target with a TextQuoteSelector)"_s.arg(i + 1));
        row.insert(u"quote"_s, exact);
        if (const QString source = target.value(u"source"_s).toString();
            !source.isEmpty() && !source.startsWith(u"urn:claimbench:"_s))
            row.insert(u"article_url"_s, source);
        // The claim's fields; an annotation made elsewhere keeps its comment.
        bool fromClaimbench = false;
        QString comment;
        for (const QJsonValue &item : valuesOf(annotation.value(u"body"_s))) {
            if (hasType(item, QString(kFieldPrefix + u"Claim"_s))) {
                fromClaimbench = true;
                const QJsonObject fields = item.toObject();
                for (auto it = fields.begin(); it != fields.end(); ++it)
                    if (it.key().startsWith(kFieldPrefix) && !kTargetFields.contains(it.key().mid(kFieldPrefix.size())))
                        row.insert(it.key().mid(kFieldPrefix.size()), it.value());
            } else if (hasType(item, u"TextualBody") && comment.isEmpty()
                       && item.toObject().value(u"purpose"_s).toString(u"commenting"_s) == u"commenting") {
                comment = item.toObject().value(u"value"_s).toString();
            }
        }
        if (!fromClaimbench && !comment.isEmpty())
            row.insert(u"note"_s, comment);
        rows.append(row);
    }
    return rows;
}

} // namespace WebAnnotation

namespace ClaimReview {

std::optional<int> ratingOf(QStringView status)
{
    if (status == u"false")
        return 1;
    if (status == u"disputed")
        return 2;
    if (status == u"corroborated")
        return 5;
    return std::nullopt;
}

QJsonObject review(const ListedClaim &claim)
{
    const QJsonObject &fields = claim.fields;
    const QString status = text(fields, u"status"_s);
    QJsonObject appearance{{u"@type"_s, u"CreativeWork"_s}};
    for (const auto &[key, property] : {std::pair{u"article_url"_s, u"url"_s},
                                        {u"article_title"_s, u"headline"_s},
                                        {u"published"_s, u"datePublished"_s}})
        if (const QString value = text(fields, key); !value.isEmpty())
            appearance.insert(property, value);
    if (const QString outlet = text(fields, u"outlet"_s); !outlet.isEmpty())
        appearance.insert(u"publisher"_s, QJsonObject{{u"@type"_s, u"Organization"_s}, {u"name"_s, outlet}});
    QJsonObject item{{u"@type"_s, u"Claim"_s}, {u"appearance"_s, appearance}};
    // Who stated the figure; a claimant may be a person or a body, and
    // schema.org's Organization is the likelier.
    if (const QString claimant = text(fields, u"claimant"_s); !claimant.isEmpty())
        item.insert(u"author"_s, QJsonObject{{u"@type"_s, u"Organization"_s}, {u"name"_s, claimant}});
    const QString asOf = text(fields, u"as_of"_s);
    if (const QString stated = asOf.isEmpty() ? text(fields, u"published"_s) : asOf; !stated.isEmpty())
        item.insert(u"datePublished"_s, stated);
    QString alternateName = status;
    if (!alternateName.isEmpty())
        alternateName[0] = alternateName[0].toUpper();
    QJsonObject review{{u"@context"_s, u"https://schema.org"_s},
                       {u"@type"_s, u"ClaimReview"_s},
                       {u"claimReviewed"_s, text(fields, u"quote"_s)},
                       {u"itemReviewed"_s, item},
                       {u"reviewRating"_s, QJsonObject{{u"@type"_s, u"Rating"_s},
                                                       {u"ratingValue"_s, ratingOf(status).value_or(0)},
                                                       {u"bestRating"_s, 5},
                                                       {u"worstRating"_s, 1},
                                                       {u"alternateName"_s, alternateName}}}};
    if (claim.updated.isValid())
        review.insert(u"datePublished"_s, claim.updated.toUTC().date().toString(Qt::ISODate));
    if (!claim.createdBy.isEmpty())
        review.insert(u"author"_s, QJsonObject{{u"@type"_s, u"Person"_s}, {u"name"_s, claim.createdBy}});
    if (const QString note = text(fields, u"note"_s); !note.isEmpty())
        review.insert(u"reviewBody"_s, note);
    return review;
}

} // namespace ClaimReview

LinkedDataWriter::LinkedDataWriter(LinkedDataFormat format, QTextStream &out)
    : m_format(format)
    , m_out(out)
{
    if (m_format == LinkedDataFormat::WebAnnotation) {
        // The collection's opening, written by hand so that the items can
        // stream; QJsonDocument writes the context as it writes any value.
        const QByteArray context = QJsonDocument(WebAnnotation::context().toArray()).toJson(QJsonDocument::Compact);
        m_out << u"{\"@context\": "_s << QString::fromUtf8(context)
              << u", \"type\": \"AnnotationCollection\", \"label\": \"Claims exported by Claimbench\", "
                 "\"first\": {\"type\": \"AnnotationPage\", \"items\": [\n"_s;
    } else {
        m_out << u"[\n"_s;
    }
}

bool LinkedDataWriter::write(const ListedClaim &claim)
{
    QJsonObject object;
    if (m_format == LinkedDataFormat::WebAnnotation) {
        object = WebAnnotation::annotation(claim);
    } else {
        if (!ClaimReview::ratingOf(claim.fields.value(u"status"_s).toString()))
            return false;
        object = ClaimReview::review(claim);
    }
    if (m_written++ > 0)
        m_out << u",\n"_s;
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    return true;
}

void LinkedDataWriter::finish()
{
    if (m_format == LinkedDataFormat::WebAnnotation)
        m_out << u"\n]}, \"total\": "_s << m_written << u"}\n"_s;
    else
        m_out << u"\n]\n"_s;
    m_out.flush();
}

} // namespace Claimbench
