#include "core/export/claimexporter.h"

#include "core/domain/textoffsets.h"
#include "core/export/savetarget.h"
#include "core/store/project.h"

#include <QCoreApplication>
#include <QHash>
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

Result<qint64> ClaimExporter::write(const ClaimQuery &query, const ClaimFilter &filter, ClaimQuery::Sort sort,
                                    OutputFormat format, QTextStream &out) const
{
    const ArticleRepository articles = m_project.articles();
    const Result<bool> withPage = articles.hasPagedArticles();
    if (!withPage)
        return std::unexpected(withPage.error());
    // One offset table per article (its body is not kept): claims of one
    // article share it.
    QHash<qint64, TextOffsets> offsetsByArticle;
    std::optional<Error> failure;
    TableWriter writer(format, columns(*withPage), out);
    const Result<qint64> rows = query.forEachRow(filter, sort, [&](const ClaimRow &row) {
        const Claim &claim = row.claim;
        auto offsets = offsetsByArticle.constFind(claim.articleId);
        if (offsets == offsetsByArticle.cend()) {
            const Result<Article> article = articles.get(claim.articleId);
            if (!article) {
                failure = article.error();
                return false;
            }
            offsets = offsetsByArticle.insert(claim.articleId, TextOffsets(article->body));
        }
        QList<QJsonValue> fields{QJsonValue(claim.id), textOrNull(row.articleTitle), textOrNull(row.articleUrl),
                         textOrNull(row.outlet), textOrNull(row.published.toIso()), QJsonValue(claim.quote),
                         QJsonValue(), QJsonValue()};
        // An orphan's offsets are where its quote was in an earlier text of
        // the article: in today's text they would point at other words.
        if (!claim.orphaned) {
            fields[6] = codePointsOrNull(*offsets, claim.start);
            fields[7] = codePointsOrNull(*offsets, claim.end);
        }
        if (*withPage)
            fields.append(row.page > 0 && !claim.orphaned ? QJsonValue(row.page) : QJsonValue());
        fields += {numberOrNull(claim.value), numberOrNull(claim.low), numberOrNull(claim.high),
                         textOrNull(claim.unit), textOrNull(qualifierName(claim.qualifier)),
                         textOrNull(row.metric), textOrNull(row.claimant), textOrNull(claim.asOf.toIso()),
                         QJsonValue(claimStatusName(claim.status)), textOrNull(row.tag),
                         textOrNull(claim.note)};
        writer.writeRow(fields);
        return true;
    });
    if (failure)
        return std::unexpected(*failure);
    if (!rows)
        return std::unexpected(rows.error());
    writer.finish();
    return *rows;
}

Result<qint64> ClaimExporter::writeFile(const ClaimQuery &query, const ClaimFilter &filter,
                                        ClaimQuery::Sort sort, OutputFormat format, const QString &path) const
{
    if (const Result<void> ok = checkSaveTarget(path); !ok)
        return std::unexpected(ok.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(Error::Code::Io, Messages::tr("Could not write %1").arg(path), file.errorString());
    QTextStream out(&file);
    const Result<qint64> rows = write(query, filter, sort, format, out);
    if (!rows)
        return rows;
    out.flush();
    if (out.status() != QTextStream::Ok || !file.commit())
        return makeError(Error::Code::Io, Messages::tr("Could not write %1").arg(path), file.errorString());
    return rows;
}

} // namespace Claimbench
