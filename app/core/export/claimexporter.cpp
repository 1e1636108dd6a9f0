#include "core/export/claimexporter.h"

#include "core/domain/textoffsets.h"
#include "core/export/linkeddata.h"
#include "core/export/savetarget.h"
#include "core/store/project.h"

#include <QCoreApplication>
#include <QCache>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// This file's messages, in ClaimExporter's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::ClaimExporter)
};

} // namespace

namespace {

// Characters of article text the exporter keeps at most: a few articles.
constexpr qsizetype kCachedCharacters = 16 * 1024 * 1024;

QJsonValue codePointsOrNull(const TextOffsets &offsets, int utf16Offset)
{
    const std::optional<qsizetype> offset = offsets.toCodePoints(utf16Offset);
    return offset ? QJsonValue(qint64(*offset)) : QJsonValue();
}

} // namespace

ClaimExporter::ClaimExporter(const Project &project)
    : m_project(project)
{
}

QStringList ClaimExporter::columns(bool withPage)
{
    QStringList names{u"id"_s,        u"article_title"_s, u"article_url"_s, u"outlet"_s,   u"published"_s,
                      u"quote"_s,     u"start"_s,         u"end"_s,         u"value"_s,    u"low"_s,
                      u"high"_s,      u"unit"_s,          u"qualifier"_s,   u"metric"_s,   u"claimant"_s,
                      u"as_of"_s,     u"status"_s,        u"tag"_s,         u"note"_s};
    if (withPage)
        names.insert(names.indexOf(u"end"_s) + 1, u"page"_s);
    return names;
}

Result<qint64> ClaimExporter::forEachListed(const ClaimQuery &query, const ClaimFilter &filter, ClaimQuery::Sort sort,
                                            const std::function<void(const Listed &)> &emit) const
{
    const ArticleRepository articles = m_project.articles();
    const Result<bool> withPage = articles.hasPagedArticles();
    if (!withPage)
        return std::unexpected(withPage.error());
    // An article's text and offset table, read once for its claims while
    // it is among the most recent (claims of one article mostly come together).
    struct ArticleText
    {
        QString body;
        TextOffsets offsets;
    };
    QCache<qint64, ArticleText> texts(kCachedCharacters);
    std::optional<Error> failure;
    const QStringList names = columns(*withPage);
    const Result<qint64> rows = query.forEachRow(filter, sort, [&](const ClaimRow &row) {
        const Claim &claim = row.claim;
        const ArticleText *text = texts.object(claim.articleId);
        if (!text) {
            const Result<Article> article = articles.get(claim.articleId);
            if (!article) {
                failure = article.error();
                return false;
            }
            auto *read = new ArticleText{article->body, TextOffsets(article->body)};
            text = read;
            texts.insert(claim.articleId, read, int(std::min<qsizetype>(read->body.size() + 1, kCachedCharacters)));
        }
        QList<QJsonValue> fields{QJsonValue(claim.id), textOrNull(row.articleTitle), textOrNull(row.articleUrl),
                         textOrNull(row.outlet), textOrNull(row.published.toIso()), QJsonValue(claim.quote),
                         QJsonValue(), QJsonValue()};
        // An orphan's offsets are where its quote was in an earlier text of
        // the article: in today's text they would point at other words.
        if (!claim.orphaned) {
            fields[6] = codePointsOrNull(text->offsets, claim.start);
            fields[7] = codePointsOrNull(text->offsets, claim.end);
        }
        if (*withPage)
            fields.append(row.page > 0 && !claim.orphaned ? QJsonValue(row.page) : QJsonValue());
        fields += {numberOrNull(claim.value), numberOrNull(claim.low), numberOrNull(claim.high),
                         textOrNull(claim.unit), textOrNull(qualifierName(claim.qualifier)),
                         textOrNull(row.metric), textOrNull(row.claimant), textOrNull(claim.asOf.toIso()),
                         QJsonValue(claimStatusName(claim.status)), textOrNull(row.tag),
                         textOrNull(claim.note)};
        emit({.row = row, .columns = names, .fields = fields, .body = text->body});
        return true;
    });
    if (failure)
        return std::unexpected(*failure);
    return rows;
}

Result<qint64> ClaimExporter::write(const ClaimQuery &query, const ClaimFilter &filter, ClaimQuery::Sort sort,
                                    OutputFormat format, QTextStream &out) const
{
    const Result<bool> withPage = m_project.articles().hasPagedArticles();
    if (!withPage)
        return std::unexpected(withPage.error());
    TableWriter writer(format, columns(*withPage), out);
    const Result<qint64> rows =
        forEachListed(query, filter, sort, [&](const Listed &listed) { writer.writeRow(listed.fields); });
    if (!rows)
        return rows;
    writer.finish();
    return *rows;
}

Result<qint64> ClaimExporter::writeLinkedData(const ClaimQuery &query, const ClaimFilter &filter,
                                              ClaimQuery::Sort sort, LinkedDataFormat format, QTextStream &out) const
{
    LinkedDataWriter writer(format, out);
    const Result<qint64> rows = forEachListed(query, filter, sort, [&](const Listed &listed) {
        ListedClaim claim{.created = listed.row.claim.created,
                          .updated = listed.row.claim.updated,
                          .createdBy = listed.row.claim.createdBy};
        for (qsizetype i = 0; i < listed.columns.size(); ++i)
            claim.fields.insert(listed.columns.at(i), listed.fields.at(i));
        const Claim &c = listed.row.claim;
        if (!c.orphaned && c.start >= 0 && c.end <= listed.body.size() && c.start <= c.end) {
            const qsizetype before = std::max<qsizetype>(0, c.start - WebAnnotation::kContextChars);
            claim.prefix = listed.body.sliced(before, c.start - before).toString();
            claim.suffix =
                listed.body.sliced(c.end, std::min(WebAnnotation::kContextChars, listed.body.size() - c.end)).toString();
        }
        writer.write(claim);
    });
    if (!rows)
        return std::unexpected(rows.error());
    writer.finish();
    return writer.written();
}

Result<qint64> ClaimExporter::writeFile(const ClaimQuery &query, const ClaimFilter &filter,
                                        ClaimQuery::Sort sort, OutputFormat format, const QString &path) const
{
    return saveAtomically(path, [&](QTextStream &out) { return write(query, filter, sort, format, out); });
}

Result<qint64> ClaimExporter::writeFile(const ClaimQuery &query, const ClaimFilter &filter,
                                        ClaimQuery::Sort sort, LinkedDataFormat format, const QString &path) const
{
    return saveAtomically(path, [&](QTextStream &out) { return writeLinkedData(query, filter, sort, format, out); });
}

Result<qint64> ClaimExporter::saveAtomically(const QString &path,
                                             const std::function<Result<qint64>(QTextStream &)> &write)
{
    if (const Result<void> ok = checkSaveTarget(path); !ok)
        return std::unexpected(ok.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Io, Messages::tr("Could not write %1").arg(path), file.errorString());
    QTextStream out(&file);
    const Result<qint64> rows = write(out);
    if (!rows)
        return rows;
    out.flush();
    if (out.status() != QTextStream::Ok || !file.commit())
        return makeError(Error::Code::Io, Messages::tr("Could not write %1").arg(path), file.errorString());
    return rows;
}

} // namespace Claimbench
