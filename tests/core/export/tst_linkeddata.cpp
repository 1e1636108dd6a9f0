#include "core/export/linkeddata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

// A claim as the `claims` listing has it, with its article's text around it.
ListedClaim listedClaim()
{
    QJsonObject fields{{u"id"_s, 7},
                       {u"article_title"_s, u"UK tells OSCE Russian casualties now exceed 300,000"_s},
                       {u"article_url"_s, u"https://www.gov.uk/government/speeches/russia-ukraine"_s},
                       {u"outlet"_s, u"UK Delegation to the OSCE"_s},
                       {u"published"_s, u"2023-12-22"_s},
                       {u"quote"_s, u"more than 300,000 killed and wounded"_s},
                       {u"start"_s, 112},
                       {u"end"_s, 148},
                       {u"value"_s, 300000},
                       {u"low"_s, QJsonValue()},
                       {u"high"_s, QJsonValue()},
                       {u"unit"_s, u"personnel"_s},
                       {u"qualifier"_s, u"more than"_s},
                       {u"metric"_s, u"Russian military casualties (killed and wounded)"_s},
                       {u"claimant"_s, u"UK Delegation to the OSCE"_s},
                       {u"as_of"_s, u"2023-12"_s},
                       {u"status"_s, u"disputed"_s},
                       {u"tag"_s, u"Western governments"_s},
                       {u"note"_s, u"Nicholas Aucott; the statement gives no date"_s}};
    return {.fields = fields,
            .created = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC),
            .updated = QDateTime(QDate(2026, 12, 2), QTime(10, 0), Qt::UTC),
            .createdBy = u"olena"_s,
            .prefix = u"has put Russia's losses in Ukraine at "_s.right(WebAnnotation::kContextChars),
            .suffix = u", calling that a conservative assessment."_s.left(WebAnnotation::kContextChars)};
}

// The W3C Web Annotation context (tests/data/exchange/anno.jsonld): its terms,
// and those whose values are terms themselves (@vocab: motivation, purpose).
struct W3cContext
{
    QSet<QString> terms;
    QSet<QString> vocabularyValued;
    QSet<QString> dateTimes;
    QSet<QString> nonNegativeIntegers;
};

W3cContext w3cContext()
{
    QFile file(QStringLiteral(CLAIMBENCH_SOURCE_DIR "/tests/data/exchange/anno.jsonld"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject context = QJsonDocument::fromJson(file.readAll()).object().value(u"@context"_s).toObject();
    W3cContext w3c;
    for (auto it = context.begin(); it != context.end(); ++it) {
        w3c.terms.insert(it.key());
        const QString type = it.value().toObject().value(u"@type"_s).toString();
        if (type == u"@vocab")
            w3c.vocabularyValued.insert(it.key());
        else if (type == u"xsd:dateTime")
            w3c.dateTimes.insert(it.key());
        else if (type == u"xsd:nonNegativeInteger")
            w3c.nonNegativeIntegers.insert(it.key());
    }
    return w3c;
}

// Every key and type of `value` is a term of the W3C context, a keyword, or
// a compact IRI of the prefix the document declares; values typed by the
// context are of that type. Problems, as "path: what".
void checkTerms(const W3cContext &w3c, const QJsonValue &value, const QString &path, QStringList &problems)
{
    const auto defined = [&](const QString &term) {
        return w3c.terms.contains(term) || term.startsWith(WebAnnotation::kFieldPrefix) || term == u"@context";
    };
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            checkTerms(w3c, items.at(i), path + u'[' + QString::number(i) + u']', problems);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    static const QRegularExpression dateTime(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)$"_s);
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString where = path + u'.' + it.key();
        if (!defined(it.key()))
            problems << where + u": not a term of the context"_s;
        if (it.key() == u"type" && !defined(it.value().toString()))
            problems << where + u": type " + it.value().toString() + u" is not defined";
        if (w3c.vocabularyValued.contains(it.key()) && !w3c.terms.contains(it.value().toString()))
            problems << where + u": " + it.value().toString() + u" is not one of the context's terms";
        if (w3c.dateTimes.contains(it.key()) && !dateTime.match(it.value().toString()).hasMatch())
            problems << where + u": not an xsd:dateTime";
        if (w3c.nonNegativeIntegers.contains(it.key())
            && !(it.value().isDouble() && it.value().toDouble() >= 0 && it.value().toDouble() == it.value().toInteger()))
            problems << where + u": not a non-negative integer";
        if (it.key() != u"@context")
            checkTerms(w3c, it.value(), where, problems);
    }
}

QJsonValue writtenDocument(LinkedDataFormat format, const QList<ListedClaim> &claims)
{
    QString text;
    QTextStream out(&text);
    LinkedDataWriter writer(format, out);
    for (const ListedClaim &claim : claims)
        writer.write(claim);
    writer.finish();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return {};
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

} // namespace

class TestLinkedData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // One annotation per claim, on its article's URL, with both selectors,
    // its fields in a body of their own; every term the W3C context's.
    void annotationFollowsTheW3cModel()
    {
        const W3cContext w3c = w3cContext();
        QVERIFY(w3c.terms.contains(u"TextQuoteSelector"_s) && w3c.vocabularyValued.contains(u"motivation"_s));
        const QJsonValue document = writtenDocument(LinkedDataFormat::WebAnnotation, {listedClaim(), listedClaim()});
        QVERIFY(document.isObject());
        QCOMPARE(document[u"@context"].toArray().first().toString(), u"http://www.w3.org/ns/anno.jsonld"_s);
        QCOMPARE(document[u"type"].toString(), u"AnnotationCollection"_s);
        QCOMPARE(document[u"total"].toInt(), 2);
        QStringList problems;
        checkTerms(w3c, document, u"$"_s, problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        const QJsonObject annotation = document[u"first"][u"items"][0].toObject();
        QCOMPARE(annotation[u"type"].toString(), u"Annotation"_s);
        QCOMPARE(annotation[u"id"].toString(), u"urn:claimbench:claim:7"_s);
        QCOMPARE(annotation[u"created"].toString(), u"2026-12-01T09:30:00Z"_s);
        QCOMPARE(annotation[u"creator"][u"name"].toString(), u"olena"_s);
        const QJsonObject target = annotation[u"target"].toObject();
        QCOMPARE(target[u"source"].toString(), u"https://www.gov.uk/government/speeches/russia-ukraine"_s);
        const QJsonObject quote = target[u"selector"][0].toObject();
        QCOMPARE(quote[u"type"].toString(), u"TextQuoteSelector"_s);
        QCOMPARE(quote[u"exact"].toString(), u"more than 300,000 killed and wounded"_s);
        QCOMPARE(quote[u"prefix"].toString(), u"t Russia's losses in Ukraine at "_s);
        QCOMPARE(quote[u"suffix"].toString(), u", calling that a conservative as"_s);
        QCOMPARE(target[u"selector"][1][u"start"].toInt(), 112);
        QCOMPARE(target[u"selector"][1][u"end"].toInt(), 148);
        const QJsonArray body = annotation[u"body"].toArray();
        QCOMPARE(body[0][u"value"].toString(),
                 u"more than 300000 personnel (Russian military casualties (killed and wounded)), "
                 "UK Delegation to the OSCE, as of 2023-12"_s);
        QCOMPARE(body[1][u"purpose"].toString(), u"tagging"_s);
        QCOMPARE(body[2][u"purpose"].toString(), u"commenting"_s);
        QCOMPARE(body[3][u"cb:claimant"].toString(), u"UK Delegation to the OSCE"_s);
        QVERIFY(!body[3].toObject().contains(u"cb:id"_s) && !body[3].toObject().contains(u"cb:low"_s));
    }

    // An orphan has no offsets in today's text; a claim of an article with
    // no URL names its article by title.
    void orphanAndArticleWithoutUrl()
    {
        ListedClaim claim = listedClaim();
        claim.fields[u"start"_s] = QJsonValue();
        claim.fields[u"end"_s] = QJsonValue();
        claim.fields[u"article_url"_s] = QJsonValue();
        claim.prefix.clear();
        claim.suffix.clear();
        const QJsonObject annotation = WebAnnotation::annotation(claim);
        const QJsonArray selectors = annotation[u"target"][u"selector"].toArray();
        QCOMPARE(selectors.size(), 1);
        QVERIFY(!selectors[0].toObject().contains(u"prefix"_s));
        QVERIFY(annotation[u"target"][u"source"].toString().startsWith(u"urn:claimbench:article-title:UK%20tells"_s));
        const auto rows = WebAnnotation::claimRows(annotation);
        QVERIFY(rows);
        QVERIFY(!rows->first().contains(u"article_url"_s));
        QCOMPARE(rows->first()[u"article_title"_s].toString(), claim.fields[u"article_title"_s].toString());
    }

    // Read back, an annotation is the listing's row again (without the id,
    // which a project gives), whatever form the document takes.
    void readBackAsClaimRows()
    {
        const ListedClaim claim = listedClaim();
        const QJsonObject annotation = WebAnnotation::annotation(claim);
        QJsonObject expected = claim.fields;
        expected.remove(u"id"_s);
        expected.remove(u"end"_s);
        expected.remove(u"low"_s);
        expected.remove(u"high"_s);
        const QJsonValue collection = writtenDocument(LinkedDataFormat::WebAnnotation, {claim});
        for (const QJsonValue &document : {QJsonValue(annotation), QJsonValue(QJsonArray{annotation}), collection,
                                           collection[u"first"]}) {
            QVERIFY(WebAnnotation::isAnnotationDocument(document));
            const auto rows = WebAnnotation::claimRows(document);
            QVERIFY(rows);
            QCOMPARE(rows->size(), 1);
            QCOMPARE(rows->first(), expected);
        }
    }

    // An annotation made in another tool (Hypothesis' form): its quote, page
    // and comment; one without a quote is refused by its number.
    void annotationsMadeElsewhere()
    {
        const QJsonObject hypothesis{
            {u"@context"_s, u"http://www.w3.org/ns/anno.jsonld"_s},
            {u"type"_s, u"Annotation"_s},
            {u"body"_s, QJsonObject{{u"type"_s, u"TextualBody"_s}, {u"value"_s, u"Check against the MoD"_s}}},
            {u"target"_s, QJsonObject{{u"source"_s, u"https://example.org/a"_s},
                                      {u"selector"_s, QJsonObject{{u"type"_s, u"TextQuoteSelector"_s},
                                                                  {u"exact"_s, u"63 drones"_s}}}}}};
        const auto rows = WebAnnotation::claimRows(hypothesis);
        QVERIFY(rows);
        QCOMPARE(rows->first(), (QJsonObject{{u"quote"_s, u"63 drones"_s},
                                             {u"article_url"_s, u"https://example.org/a"_s},
                                             {u"note"_s, u"Check against the MoD"_s}}));
        QJsonObject noQuote = hypothesis;
        noQuote[u"target"_s] = u"https://example.org/a"_s;
        const auto refused = WebAnnotation::claimRows(QJsonArray{hypothesis, noQuote});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::InvalidInput);
        QVERIFY2(refused.error().message.contains(u"annotation 2"_s), qPrintable(refused.error().message));
        // A plain listing is not taken for annotations.
        QVERIFY(!WebAnnotation::isAnnotationDocument(QJsonArray{QJsonObject{{u"quote"_s, u"x"_s}}}));
        QVERIFY(!WebAnnotation::claimRows(QJsonObject{{u"type"_s, u"Annotation"_s}}));
    }

    // A ClaimReview for a reviewed claim: the quote, the claimant as the
    // claim's author, the article it appeared in, the rating of the status.
    void claimReviewOfAReviewedClaim()
    {
        QCOMPARE(ClaimReview::ratingOf(u"false"), std::optional(1));
        QCOMPARE(ClaimReview::ratingOf(u"disputed"), std::optional(2));
        QCOMPARE(ClaimReview::ratingOf(u"corroborated"), std::optional(5));
        QCOMPARE(ClaimReview::ratingOf(u"unverified"), std::nullopt);
        ListedClaim unverified = listedClaim();
        unverified.fields[u"status"_s] = u"unverified"_s;
        const QJsonValue document = writtenDocument(LinkedDataFormat::ClaimReview, {listedClaim(), unverified});
        QVERIFY(document.isArray());
        QCOMPARE(document.toArray().size(), 1);
        const QJsonObject review = document[0].toObject();
        QCOMPARE(review[u"@context"].toString(), u"https://schema.org"_s);
        QCOMPARE(review[u"@type"].toString(), u"ClaimReview"_s);
        QCOMPARE(review[u"claimReviewed"].toString(), u"more than 300,000 killed and wounded"_s);
        QCOMPARE(review[u"datePublished"].toString(), u"2026-12-02"_s);
        QCOMPARE(review[u"author"][u"name"].toString(), u"olena"_s);
        QCOMPARE(review[u"reviewBody"].toString(), u"Nicholas Aucott; the statement gives no date"_s);
        const QJsonObject item = review[u"itemReviewed"].toObject();
        QCOMPARE(item[u"@type"].toString(), u"Claim"_s);
        QCOMPARE(item[u"author"][u"name"].toString(), u"UK Delegation to the OSCE"_s);
        QCOMPARE(item[u"datePublished"].toString(), u"2023-12"_s);
        QCOMPARE(item[u"appearance"][u"url"].toString(), u"https://www.gov.uk/government/speeches/russia-ukraine"_s);
        QCOMPARE(item[u"appearance"][u"publisher"][u"name"].toString(), u"UK Delegation to the OSCE"_s);
        const QJsonObject rating = review[u"reviewRating"].toObject();
        QCOMPARE(rating[u"@type"].toString(), u"Rating"_s);
        QCOMPARE(rating[u"ratingValue"].toInt(), 2);
        QCOMPARE(rating[u"bestRating"].toInt(), 5);
        QCOMPARE(rating[u"worstRating"].toInt(), 1);
        QCOMPARE(rating[u"alternateName"].toString(), u"Disputed"_s);
        // No reviewed claim: an empty list, still JSON.
        QCOMPARE(writtenDocument(LinkedDataFormat::ClaimReview, {unverified}).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLinkedData)
#include "tst_linkeddata.moc"
