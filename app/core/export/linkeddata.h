#pragma once

#include "core/error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QTextStream>

#include <optional>

namespace Claimbench {

// Claims as JSON-LD for the tools around Claimbench (docs/exchange.md):
//   WebAnnotation: a W3C Web Annotation AnnotationCollection (the model
//     Hypothesis and Recogito use), one Annotation per claim, its article's
//     URL the target, with a TextQuoteSelector (exact, prefix, suffix) and a
//     TextPositionSelector (code points, as the `claims` listing counts);
//     the claim's fields are a body of their own, each listing key under the
//     "cb:" prefix, so that ClaimAdder reads the file back.
//   ClaimReview: schema.org ClaimReview objects for the claims whose status
//     is not unverified, what fact-checkers publish and search engines read:
//     claimReviewed the quote, itemReviewed a Claim by the claimant, the
//     rating from the status.
enum class LinkedDataFormat { WebAnnotation, ClaimReview };

// "webannotation" or "claimreview"; std::nullopt for anything else.
std::optional<LinkedDataFormat> linkedDataFormatFromName(QStringView name);

// One claim as the JSON-LD forms take it: the `claims` listing's fields by
// column name, and what the listing leaves out.
struct ListedClaim
{
    QJsonObject fields = {};   // ClaimExporter::columns() keys
    QDateTime created = {};    // UTC
    QDateTime updated = {};
    QString createdBy = {};    // "" when unknown
    QString prefix = {};       // the article's text just before the quote; "" for an orphan
    QString suffix = {};       // and just after it
};

namespace WebAnnotation {

// Characters of text kept on each side of a quote: enough to tell apart two
// places with the same words.
inline constexpr qsizetype kContextChars = 32;

// The W3C context, and the prefix of the claim's fields in it.
QJsonValue context();
inline const QString kFieldPrefix = QStringLiteral("cb:");

QJsonObject annotation(const ListedClaim &claim);

// Whether `document` is Web Annotation JSON-LD (an AnnotationCollection, an
// AnnotationPage, an Annotation, or a list of Annotations), as opposed to a
// plain list of `claims` rows.
bool isAnnotationDocument(const QJsonValue &document);

// The `claims` rows the annotations of `document` stand for, for
// ClaimAdder: each "cb:" field of the claim's body, `quote` the
// TextQuoteSelector's exact, `start` the TextPositionSelector's start and
// `article_url` the target's source. Annotations made elsewhere (Hypothesis)
// have no claim body: their quote and article alone make the row.
// InvalidInput naming the annotation (1-based) that has no target or no quote.
Result<QList<QJsonObject>> claimRows(const QJsonValue &document);

} // namespace WebAnnotation

namespace ClaimReview {

// The rating of a status: false 1, disputed 2, corroborated 5 of 1–5;
// none for unverified, which has no review.
std::optional<int> ratingOf(QStringView status);

// The review of a claim whose status has a rating().
QJsonObject review(const ListedClaim &claim);

} // namespace ClaimReview

// Writes a JSON-LD document of claims, streaming: one claim in memory at a
// time. finish() closes it; a caller that stops on an error leaves it
// unclosed, never a well-formed partial document.
class LinkedDataWriter
{
public:
    LinkedDataWriter(LinkedDataFormat format, QTextStream &out);

    // False when the format leaves the claim out (ClaimReview: unverified).
    bool write(const ListedClaim &claim);
    void finish();
    qint64 written() const { return m_written; }

private:
    LinkedDataFormat m_format;
    QTextStream &m_out;
    qint64 m_written = 0;
};

} // namespace Claimbench
