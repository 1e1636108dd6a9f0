#include "core/store/pagestore.h"

#include "core/store/articlerepository.h"

#include "core/store/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QtEndian>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Claimbench::PageStore {

namespace {

// This file's messages, in ArticleRepository's translation context: they are
// about what it stores.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::ArticleRepository)
};

constexpr char kRunsFormat = 1;
constexpr qsizetype kRunBytes = 6 * 4;

void appendInt(QByteArray &out, qint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

void appendFloat(QByteArray &out, qreal value)
{
    const float f = float(value);
    quint32 bits;
    std::memcpy(&bits, &f, 4);
    appendInt(out, qint32(bits));
}

qint32 intAt(const char *at)
{
    return qFromLittleEndian<qint32>(at);
}

qreal floatAt(const char *at)
{
    const quint32 bits = qFromLittleEndian<quint32>(at);
    float f;
    std::memcpy(&f, &bits, 4);
    return f;
}

} // namespace

QByteArray packRuns(const QList<PageRun> &runs)
{
    QByteArray out;
    out.reserve(1 + runs.size() * kRunBytes);
    out.append(kRunsFormat);
    for (const PageRun &run : runs) {
        appendInt(out, run.start);
        appendInt(out, run.end);
        appendFloat(out, run.box.x());
        appendFloat(out, run.box.y());
        appendFloat(out, run.box.width());
        appendFloat(out, run.box.height());
    }
    return out;
}

QList<PageRun> unpackRuns(QByteArrayView blob)
{
    QList<PageRun> runs;
    if (blob.isEmpty() || blob.front() != kRunsFormat || (blob.size() - 1) % kRunBytes != 0)
        return runs;
    runs.reserve((blob.size() - 1) / kRunBytes);
    for (const char *at = blob.data() + 1; at < blob.data() + blob.size(); at += kRunBytes)
        runs.append(PageRun{intAt(at), intAt(at + 4),
                            QRectF(floatAt(at + 8), floatAt(at + 12), floatAt(at + 16), floatAt(at + 20))});
    return runs;
}

Result<void> write(const QSqlDatabase &db, qint64 articleId, const PageMap &pages, const QByteArray &document)
{
    for (const QString &table : {u"article_pages"_s, u"article_documents"_s})
        if (auto ok = Sql::run(db, u"DELETE FROM "_s + table + u" WHERE article_id = ?"_s, {articleId}); !ok)
            return std::unexpected(ok.error());
    if (!pages.isEmpty()) {
        QSqlQuery insert(db);
        if (!insert.prepare(u"INSERT INTO article_pages (article_id, page, start_offset, end_offset, width, height, "
                            "runs) VALUES (?, ?, ?, ?, ?, ?, ?)"_s))
            return std::unexpected(
                Sql::databaseError(insert.driver(), Messages::tr("Could not store the article's pages"), insert.lastError()));
        for (qsizetype i = 0; i < pages.pages.size(); ++i) {
            const Page &page = pages.pages[i];
            insert.bindValue(0, articleId);
            insert.bindValue(1, int(i) + 1);
            insert.bindValue(2, page.start);
            insert.bindValue(3, page.end);
            insert.bindValue(4, page.size.width());
            insert.bindValue(5, page.size.height());
            insert.bindValue(6, packRuns(page.runs));
            if (auto ok = Sql::run(insert, Messages::tr("Could not store the article's pages")); !ok)
                return ok;
        }
    }
    if (!document.isEmpty()) {
        if (auto ok = Sql::run(db, u"INSERT INTO article_documents (article_id, bytes) VALUES (?, ?)"_s,
                               {articleId, document});
            !ok)
            return std::unexpected(ok.error());
    }
    return {};
}

Result<PageMap> pageMap(const QSqlDatabase &db, qint64 articleId)
{
    auto q = Sql::run(db, u"SELECT start_offset, end_offset, width, height, runs FROM article_pages "
                          "WHERE article_id = ? ORDER BY page"_s,
                      {articleId});
    if (!q)
        return std::unexpected(q.error());
    PageMap map;
    while (q->next())
        map.pages.append(Page{q->value(0).toInt(), q->value(1).toInt(),
                              QSizeF(q->value(2).toDouble(), q->value(3).toDouble()),
                              unpackRuns(q->value(4).toByteArray())});
    return map;
}

Result<QByteArray> document(const QSqlDatabase &db, qint64 articleId)
{
    auto q = Sql::run(db, u"SELECT bytes FROM article_documents WHERE article_id = ?"_s, {articleId});
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toByteArray() : QByteArray();
}

Result<bool> anyPaged(const QSqlDatabase &db)
{
    auto q = Sql::run(db, u"SELECT EXISTS (SELECT 1 FROM article_pages)"_s);
    if (!q)
        return std::unexpected(q.error());
    return q->next() && q->value(0).toBool();
}

QString pageOfClaimSql(QStringView claims)
{
    // Pages without text (start = end) hold no claim; among the others, the
    // one starting last at or before the claim, as PageMap::pageOf.
    return u"(SELECT p.page FROM article_pages p WHERE p.article_id = "_s + claims
         + u".article_id AND p.start_offset <= "_s + claims
         + u".start_offset AND p.end_offset > p.start_offset ORDER BY p.start_offset DESC LIMIT 1)"_s;
}

} // namespace Claimbench::PageStore

namespace Claimbench {

// ArticleRepository's reads of what this file stores.

Result<PageMap> ArticleRepository::pageMap(qint64 id) const
{
    auto db = Sql::connection(m_connection);
    if (!db)
        return std::unexpected(db.error());
    return PageStore::pageMap(*db, id);
}

Result<QByteArray> ArticleRepository::document(qint64 id) const
{
    auto db = Sql::connection(m_connection);
    if (!db)
        return std::unexpected(db.error());
    return PageStore::document(*db, id);
}

Result<bool> ArticleRepository::hasPagedArticles() const
{
    auto db = Sql::connection(m_connection);
    if (!db)
        return std::unexpected(db.error());
    return PageStore::anyPaged(*db);
}

} // namespace Claimbench
