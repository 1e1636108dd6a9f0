#include "cli/claimadder.h"

#include "cli/csvreader.h"
#include "core/domain/claim.h"
#include "core/domain/quoteplacement.h"
#include "core/domain/textoffsets.h"
#include "core/export/linkeddata.h"
#include "core/export/tablewriter.h"
#include "core/store/project.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

std::unexpected<Error> rowError(QString message)
{
    return makeError(Error::Code::InvalidInput, std::move(message));
}

// The keys the adder reads; the others (`id`, `end`, `page`, `outlet`, ... of
// a `claims` listing) are ignored. CSV gives every value as a string; JSON
// gives text as strings and numbers as numbers or strings.
constexpr QStringView kTextKeys[] = {u"article_url", u"article_title", u"quote",   u"unit",
                                     u"qualifier",   u"metric",        u"claimant", u"as_of",
                                     u"status",      u"tag",           u"note"};
constexpr QStringView kNumberKeys[] = {u"start", u"value", u"low", u"high"};

// A JSON value as written, shortened for a message.
QString jsonText(const QJsonValue &value)
{
    // A scalar is no document: it is written inside a list, then unwrapped.
    const QByteArray list = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    QString text = QString::fromUtf8(list.sliced(1, list.size() - 2));
    if (text.size() > 40) {
        text.truncate(39);
        text += u'\u2026';
    }
    return text;
}

// A list, an object or a boolean where text or a number belongs refuses the
// row, naming the key: read as text, a list or an object is null.
Result<void> checkTypes(const QJsonObject &row)
{
    const auto absent = [](const QJsonValue &v) { return v.isUndefined() || v.isNull(); };
    for (QStringView key : kTextKeys)
        if (const QJsonValue v = row.value(key); !absent(v) && !v.isString())
            return rowError(key.toString() + u" is not text: "_s + jsonText(v));
    for (QStringView key : kNumberKeys)
        if (const QJsonValue v = row.value(key); !absent(v) && !v.isString() && !v.isDouble())
            return rowError(key.toString() + u" is not a number: "_s + jsonText(v));
    return {};
}

// After checkTypes(): a string, or empty for null or absent.
QString textOf(const QJsonObject &row, const QString &key)
{
    return row.value(key).toString().trimmed();
}

// After checkTypes(): a number, a string holding one, or none for null,
// absent or blank.
Result<std::optional<double>> numberOf(const QJsonObject &row, const QString &key)
{
    const QJsonValue value = row.value(key);
    if (value.isDouble())
        return value.toDouble();
    const QString text = textOf(row, key);
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double number = text.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return rowError(key + u" is not a number: \""_s + text + u'"');
    return number;
}

Result<QList<QJsonObject>> rowsFromJson(const QByteArray &bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(Error::Code::InvalidInput, u"not valid JSON"_s,
                         parseError.errorString() + u" at byte "_s + QString::number(parseError.offset));
    const QJsonValue value = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    if (WebAnnotation::isAnnotationDocument(value))
        return WebAnnotation::claimRows(value);
    if (!document.isArray())
        return makeError(Error::Code::InvalidInput, u"not a JSON list of claims"_s);
    QList<QJsonObject> rows;
    const QJsonArray items = document.array();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items[i].isObject())
            return makeError(Error::Code::InvalidInput, u"item %1 is not an object"_s.arg(i + 1));
        rows.append(items[i].toObject());
    }
    return rows;
}

Result<QList<QJsonObject>> rowsFromCsv(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return makeError(Error::Code::InvalidInput, u"not UTF-8 text"_s);
    const Result<QList<QStringList>> records = readCsv(text);
    if (!records)
        return std::unexpected(records.error());
    if (records->isEmpty())
        return QList<QJsonObject>();
    const QStringList header = records->constFirst();
    QList<QJsonObject> rows;
    for (qsizetype r = 1; r < records->size(); ++r) {
        const QStringList &record = records->at(r);
        if (record.size() != header.size())
            return makeError(Error::Code::InvalidInput,
                             u"row %1 has %2 fields but the header names %3"_s.arg(r).arg(record.size()).arg(
                                 header.size()));
        QJsonObject row;
        for (qsizetype c = 0; c < header.size(); ++c)
            row.insert(header[c].trimmed(),
                       record[c].isEmpty() ? QJsonValue() : QJsonValue(TableWriter::restoreNeutralized(record[c])));
        rows.append(row);
    }
    return rows;
}

} // namespace

ClaimAdder::ClaimAdder(const Project &project)
    : m_project(project)
{
}

Result<QList<QJsonObject>> ClaimAdder::readRows(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"json" && suffix != u"jsonld" && suffix != u"csv")
        return makeError(Error::Code::Unsupported, u"claims are read from a .json, .jsonld or .csv file"_s);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, u"cannot read the file"_s, file.errorString());
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return makeError(Error::Code::Io, u"cannot read the file"_s, file.errorString());
    return suffix == u"csv" ? rowsFromCsv(bytes) : rowsFromJson(bytes);
}

Result<void> ClaimAdder::load()
{
    if (m_loaded)
        return {};
    Result<QList<Article>> articles = m_project.articles().list();
    if (!articles)
        return std::unexpected(articles.error());
    Result<QList<Tag>> tags = m_project.tags().list();
    if (!tags)
        return std::unexpected(tags.error());
    m_articles = std::move(*articles);
    m_tags = std::move(*tags);
    m_loaded = true;
    return {};
}

Result<const Article *> ClaimAdder::article(const QJsonObject &row)
{
    const QString url = textOf(row, u"article_url"_s);
    const QString title = textOf(row, u"article_title"_s);
    const auto find = [this](auto matches) -> const Article * {
        for (const Article &a : std::as_const(m_articles))
            if (matches(a))
                return &a;
        return nullptr;
    };
    const Article *found = url.isEmpty() ? nullptr : find([&](const Article &a) { return a.url == url; });
    if (!found && !title.isEmpty())
        found = find([&](const Article &a) { return a.title == title; });
    if (!found)
        return rowError(u"no article has this article_url or article_title"_s);

    auto cached = m_bodies.constFind(found->id);
    if (cached == m_bodies.cend()) {
        Result<Article> full = m_project.articles().get(found->id);
        if (!full)
            return std::unexpected(full.error());
        cached = m_bodies.insert(found->id, std::move(*full));
    }
    return &*cached;
}

Result<ClaimDraft> ClaimAdder::draft(const QJsonObject &row)
{
    if (const Result<void> typed = checkTypes(row); !typed)
        return std::unexpected(typed.error());
    if (const Result<void> loaded = load(); !loaded)
        return std::unexpected(loaded.error());
    const Result<const Article *> found = article(row);
    if (!found)
        return std::unexpected(found.error());
    const Article &article = **found;

    Claim claim;
    claim.articleId = article.id;
    claim.quote = row.value(u"quote"_s).toString(); // exactly: it is searched for
    if (claim.quote.isEmpty())
        return rowError(u"quote is empty"_s);

    const Result<std::optional<double>> start = numberOf(row, u"start"_s);
    if (!start)
        return std::unexpected(start.error());
    std::optional<qsizetype> hint;
    if (*start) {
        const double s = **start;
        const TextOffsets offsets(article.body);
        // In range before the cast: converting 1e300 to an integer is undefined.
        if (s >= 0 && s <= double(offsets.codePointLength()) && s == std::floor(s))
            hint = offsets.toUtf16(qsizetype(s));
        if (!hint)
            return rowError(u"start is not an offset into the article"_s);
    }
    // Without a start, the first occurrence: the one nearest offset 0.
    const qsizetype at = nearestOccurrence(article.body, claim.quote, hint.value_or(0));
    if (at < 0)
        return rowError(u"the quote is not in the article's text"_s);
    placeQuote(claim, article.body, int(at), int(at + claim.quote.size()));

    for (const auto &[key, target] : {std::pair{u"value"_s, &claim.value}, std::pair{u"low"_s, &claim.low},
                                      std::pair{u"high"_s, &claim.high}}) {
        const Result<std::optional<double>> number = numberOf(row, key);
        if (!number)
            return std::unexpected(number.error());
        *target = *number;
    }
    claim.unit = textOf(row, u"unit"_s);
    claim.note = textOf(row, u"note"_s);

    if (const QString qualifier = textOf(row, u"qualifier"_s); !qualifier.isEmpty()) {
        claim.qualifier = qualifierFromName(qualifier);
        if (claim.qualifier == Qualifier::None)
            return rowError(u"unknown qualifier \""_s + qualifier
                            + u"\" (approximately, more than, at least, less than, at most, up to)"_s);
    }
    if (const QString asOf = textOf(row, u"as_of"_s); !asOf.isEmpty()) {
        claim.asOf = PartialDate::fromIso(asOf);
        if (claim.asOf.isNull())
            return rowError(u"as_of is not YYYY-MM-DD, YYYY-MM or YYYY: \""_s + asOf + u'"');
    }
    if (const QString status = textOf(row, u"status"_s); !status.isEmpty()) {
        const std::optional<ClaimStatus> parsed = claimStatusFromName(status);
        if (!parsed)
            return rowError(u"unknown status \""_s + status
                            + u"\" (unverified, corroborated, disputed, false)"_s);
        claim.status = *parsed;
    }
    if (const QString tag = textOf(row, u"tag"_s); !tag.isEmpty()) {
        for (const Tag &t : std::as_const(m_tags))
            if (t.name.compare(tag, Qt::CaseInsensitive) == 0) {
                claim.tagId = t.id;
                break;
            }
        if (claim.tagId == 0)
            return rowError(u"there is no tag named \""_s + tag + u'"');
    }

    // Resolved (or created) by the session when the drafts are written.
    return ClaimDraft{.claim = claim, .metricName = textOf(row, u"metric"_s), .claimantName = textOf(row, u"claimant"_s)};
}

} // namespace Claimbench
