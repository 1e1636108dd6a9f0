#include "core/store/claimquery.h"

#include "core/store/claimcolumns.h"
#include "core/store/dialect.h"
#include "core/store/pagestore.h"
#include "core/store/project.h"
#include "core/store/sqlsupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSqlError>
#include <QSqlRecord>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// This file's messages, in ClaimQuery's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::ClaimQuery)
};

} // namespace

namespace {

// The columns of a ClaimRow, read back by rowFrom() in this order: the
// claim's, then the names shown beside it, then its page.
const QString &rowColumns()
{
    static const QString list = ClaimColumns::list(u"c")
        + u", a.title, a.url, a.outlet, a.published, a.published_precision, m.name, cl.name, t.name, t.color, "_s
        + PageStore::pageOfClaimSql(u"c");
    return list;
}
constexpr int kColumnCount = ClaimColumns::kCount + 10;

constexpr QStringView kNameJoins = u" LEFT JOIN metrics m ON m.id = c.metric_id "
                                   "LEFT JOIN claimants cl ON cl.id = c.claimant_id "
                                   "LEFT JOIN tags t ON t.id = c.tag_id";

ClaimRow rowFrom(const QSqlQuery &q)
{
    const auto name = [&](int column) { return q.value(ClaimColumns::kCount + column).toString(); };
    return ClaimRow{.claim = ClaimColumns::read(q),
                    .articleTitle = name(0),
                    .articleUrl = name(1),
                    .outlet = name(2),
                    .published = Sql::dateFromColumns(q.value(ClaimColumns::kCount + 3),
                                                      q.value(ClaimColumns::kCount + 4)),
                    .metric = name(5),
                    .claimant = name(6),
                    .tag = name(7),
                    .tagColor = name(8).isEmpty() ? QColor() : QColor::fromString(name(8)),
                    .page = q.value(ClaimColumns::kCount + 9).toInt()};
}

// The last day a partial date covers: 2024 -> 2024-12-31, 2024-02 -> 2024-02-29.
QDate periodEnd(const PartialDate &date)
{
    switch (date.precision()) {
    case DatePrecision::Year:
        return QDate(date.date().year(), 12, 31);
    case DatePrecision::Month:
        return date.date().addMonths(1).addDays(-1);
    case DatePrecision::Day:
    case DatePrecision::Unknown:
        break;
    }
    return date.date();
}

// The WHERE conditions of a filter (on claims `c` alone) and
// their bind values, in order.
struct Conditions
{
    QStringList terms;
    QList<QVariant> binds;

    QString where() const { return terms.isEmpty() ? QString() : u" WHERE "_s + terms.join(u" AND "_s); }
};

// `value` with its whole part in groups of three digits and its decimals
// apart ("1234567.5" -> "1 234 567 5"): the words the full-text index makes
// of it however it is grouped ("1,234,567.5", "1.234.567,5").
QString digitGroups(double value)
{
    const QString plain = QString::number(std::abs(value), 'f', QLocale::FloatingPointShortest);
    const qsizetype point = plain.indexOf(u'.');
    QString whole = point < 0 ? plain : plain.left(point);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, u' ');
    return point < 0 ? whole : whole + u' ' + plain.mid(point + 1);
}

// The claims whose quote or note matches `fts`, or which give `number` as
// their value, low or high: one id set that four index searches make, so that
// the plan stays the text filter's (walk the set in id order). A number read
// from text ("0.7 million") may differ from the stored one in its last bit.
void addTextOrNumber(const Dialect &dialect, Conditions &c, const QString &fts, double number)
{
    const QString phrase = dialect.ftsPhrase(digitGroups(number));
    c.terms << u"c.id IN ("_s + dialect.claimTextIdsSql()
            + u" UNION SELECT id FROM claims WHERE value BETWEEN ? AND ?"
              " UNION SELECT id FROM claims WHERE low BETWEEN ? AND ?"
              " UNION SELECT id FROM claims WHERE high BETWEEN ? AND ?)"_s;
    c.binds << (fts.isEmpty() ? phrase : dialect.ftsEither(fts, phrase));
    const double tolerance = std::abs(number) * 1e-9;
    for (int column = 0; column < 3; ++column)
        c.binds << number - tolerance << number + tolerance;
}

Conditions conditionsOf(const Dialect &dialect, const ClaimFilter &filter)
{
    Conditions c;
    const QString fts = dialect.ftsQuery(filter.text);
    if (filter.textNumber) {
        addTextOrNumber(dialect, c, fts, *filter.textNumber);
    } else if (!fts.isEmpty()) {
        c.terms << dialect.claimTextCondition();
        c.binds << fts;
    }
    if (filter.minValue) {
        c.terms << u"c.value >= ?"_s;
        c.binds << *filter.minValue;
    }
    if (filter.maxValue) {
        c.terms << u"c.value <= ?"_s;
        c.binds << *filter.maxValue;
    }
    const auto equals = [&](QStringView column, const QVariant &value) {
        c.terms << column + u" = ?"_s;
        c.binds << value;
    };
    if (filter.metricId > 0)
        equals(u"c.metric_id", filter.metricId);
    if (filter.claimantId > 0)
        equals(u"c.claimant_id", filter.claimantId);
    if (filter.tagId > 0)
        equals(u"c.tag_id", filter.tagId);
    if (filter.status)
        equals(u"c.status", int(*filter.status));
    if (filter.changedBy)
        equals(u"c.changed_by", *filter.changedBy);
    if (!filter.from.isNull() || !filter.to.isNull()) {
        // Two branches rather than COALESCE(c.as_of, a.published), which no
        // index serves: the as-of range, and the undated claims of the articles
        // published in the range, both seeks in claims_as_of_article.
        const QString from = filter.from.isNull() ? u"0000-01-01"_s : filter.from.date().toString(Qt::ISODate);
        const QString to = filter.to.isNull() ? u"9999-12-31"_s : periodEnd(filter.to).toString(Qt::ISODate);
        c.terms << u"((c.as_of >= ? AND c.as_of <= ?) OR (c.as_of IS NULL AND c.article_id IN "
                   "(SELECT id FROM articles WHERE published >= ? AND published <= ?)))"_s;
        c.binds << from << to << from << to;
    }
    return c;
}

// NULLs sort as the smallest value, as SQLite sorts them (there, spelling
// its default out changes nothing, the index still serves the order);
// PostgreSQL takes them for the largest, so a descending sort by value listed
// the claims without one first.
QString direction(Qt::SortOrder order)
{
    return order == Qt::AscendingOrder ? u" ASC NULLS FIRST"_s : u" DESC NULLS LAST"_s;
}

// The direction of a column that is never NULL (the ids, an offset): no
// NULLS clause, so that PostgreSQL matches the ORDER BY to an index's
// default NULLs ordering (its primary key; the id at the end of every sort
// index, Dialect::sortIndexSchema), which it does only when they agree.
QString notNullDirection(Qt::SortOrder order)
{
    return order == Qt::AscendingOrder ? u" ASC"_s : u" DESC"_s;
}

// The claims columns the schema declares NOT NULL, sorted with
// notNullDirection(): their sort indexes on a server have the default NULLs
// ordering, which also serves min() and max().
bool isNeverNull(QStringView column)
{
    for (const QStringView notNull : {u"c.id", u"c.unit", u"c.status", u"c.quote", u"c.changed_by"})
        if (column == notNull)
            return true;
    return false;
}

// A claims column whose index (column, rowid) gives the order; empty for the
// keys served another way.
QString claimColumnOf(ClaimQuery::SortKey key)
{
    using Key = ClaimQuery::SortKey;
    switch (key) {
    case Key::Id: return u"c.id"_s;
    case Key::AsOf: return u"c.as_of"_s;
    case Key::Value: return u"c.value"_s;
    case Key::Low: return u"c.low"_s;
    case Key::High: return u"c.high"_s;
    case Key::Unit: return u"c.unit"_s;
    case Key::Qualifier: return u"c.qualifier"_s;
    case Key::Status: return u"c.status"_s;
    case Key::Quote: return u"c.quote"_s;
    case Key::ChangedBy: return u"c.changed_by"_s;
    case Key::ArticleTitle:
    case Key::Outlet:
    case Key::Published:
    case Key::Metric:
    case Key::Claimant:
    case Key::Tag:
        break;
    }
    return {};
}

QString articleColumnOf(ClaimQuery::SortKey key)
{
    using Key = ClaimQuery::SortKey;
    switch (key) {
    case Key::ArticleTitle: return u"a.title"_s;
    case Key::Outlet: return u"a.outlet"_s;
    case Key::Published: return u"a.published"_s;
    default: break;
    }
    return {};
}

// A named table a claim refers to: the sort walks it by name.
struct NamedReference
{
    QString table;
    QString nameColumn; // indexed
    QString foreignKey; // on claims, indexed as (foreignKey, rowid)
};

std::optional<NamedReference> namedReferenceOf(ClaimQuery::SortKey key)
{
    using Key = ClaimQuery::SortKey;
    switch (key) {
    case Key::Metric: return NamedReference{u"metrics"_s, u"name_key"_s, u"c.metric_id"_s};
    case Key::Claimant: return NamedReference{u"claimants"_s, u"name_key"_s, u"c.claimant_id"_s};
    case Key::Tag: return NamedReference{u"tags"_s, u"name"_s, u"c.tag_id"_s};
    default: break;
    }
    return std::nullopt;
}

// What a statement of pageStatement() selects: every column of a ClaimRow,
// or only the claim ids (a page's ids, see page()).
enum class Select { Rows, Ids };

// The statement that lists the filtered claims in `sort` order, without
// LIMIT/OFFSET, and its binds.
//
// Dialect::orderedJoin() fixes SQLite's loop order: the table whose index gives the sort
// is the outer loop, so no sort step ever sees all rows. For a name (metric,
// claimant, tag) the claims without one come first (as NULL sorts), then a
// walk of the named table by name, each name's claims by id; the two arms
// are merged by SQLite's ordered UNION ALL without a sort.
// Select::Ids leaves out the joins only the row columns need, so that the
// statement reads indexes only (covering) unless a filter needs more.
// `after`: one more condition (with its binds) for a sort by a claims
// column, where keyset paging seeks past the page before (pageAfter()).
std::pair<QString, QList<QVariant>> pageStatement(const Dialect &dialect, const ClaimFilter &filter,
                                                  ClaimQuery::Sort sort, Select select, const Conditions &after = {})
{
    Conditions conditions = conditionsOf(dialect, filter);
    conditions.terms += after.terms;
    conditions.binds += after.binds;
    const QString dir = direction(sort.order);
    const QString idDir = notNullDirection(sort.order);
    const bool rows = select == Select::Rows;
    const QString columns = rows ? rowColumns() : u"c.id"_s;
    const QString names = rows ? kNameJoins.toString() : QString();
    const QString join = dialect.orderedJoin();
    const QString article = rows ? join + u" articles a ON a.id = c.article_id"_s : QString();

    if (const QString column = claimColumnOf(sort.key); !column.isEmpty()) {
        QString order = column + (isNeverNull(column) ? idDir : dir);
        if (sort.key != ClaimQuery::SortKey::Id)
            order += u", c.id"_s + idDir;
        return {u"SELECT "_s + columns + u" FROM claims c"_s + article + names + conditions.where()
                    + u" ORDER BY "_s + order,
                conditions.binds};
    }
    if (const QString column = articleColumnOf(sort.key); !column.isEmpty()) {
        return {u"SELECT "_s + columns + u" FROM articles a"_s + join + u" claims c ON c.article_id = a.id"_s + names
                    + conditions.where() + u" ORDER BY "_s + column + dir + u", a.id"_s + idDir
                    + u", c.start_offset"_s + idDir + u", c.id"_s + idDir,
                conditions.binds};
    }
    const NamedReference ref = *namedReferenceOf(sort.key);
    Conditions unnamed = conditions;
    unnamed.terms.prepend(ref.foreignKey + u" IS NULL"_s);
    const QString none = dialect.nullLike(ref.foreignKey);
    const QString withoutName =
        u"SELECT "_s + columns + u", "_s + none + u", "_s + none + u" FROM claims c"_s + article + names + unnamed.where();
    const QString withName = u"SELECT "_s + columns + u", n."_s + ref.nameColumn + u", n.id FROM "_s + ref.table
        + u" n"_s + join + u" claims c ON "_s + ref.foreignKey + u" = n.id"_s + article + names + conditions.where();
    const int sortColumn = rows ? kColumnCount + 1 : 2;
    const QString order = u" ORDER BY %1%3, %2%4, 1%4"_s.arg(sortColumn).arg(sortColumn + 1).arg(dir, idDir);
    return {withoutName + u" UNION ALL "_s + withName + order, conditions.binds + conditions.binds};
}

// Every column of the claims whose ids are bound as one JSON array.
QString rowsByIdSql(const Dialect &dialect)
{
    return u"SELECT "_s + rowColumns() + u" FROM claims c"_s + dialect.orderedJoin() + u" articles a ON a.id = c.article_id"_s
        + kNameJoins
        + u" WHERE "_s + dialect.idListCondition(u"c.id");
}

QString idList(const QList<qint64> &ids)
{
    QStringList numbers;
    numbers.reserve(ids.size());
    for (const qint64 id : ids)
        numbers << QString::number(id);
    return u'[' + numbers.join(u',') + u']';
}

// A chart's one statement over the claims of `metricCount` metrics (their
// ids bound in order) that have a value: claim columns only, every one of
// them in the index claims_chart (schema v6), so that it reads no table row
// (but for a chart by analyst: created_by is not in that index, and one
// mode reading rows does not earn every claim a wider index).
// The article's published date and outlet, and the names, are looked up once
// per distinct id (ArticleFacts, SeriesNames) instead of per claim.
// Columns: 0 id, 1 metric_id, 2 as_of, 3 as_of_precision, 4 value, 5 low,
// 6 high, 7 qualifier, 8 status, 9 unit, 10 article_id, 11 claimant_id,
// 12 tag_id (created_by when `name` is Analyst).
QString chartStatement(qsizetype metricCount, ClaimQuery::SeriesName name)
{
    return u"SELECT c.id, c.metric_id, c.as_of, c.as_of_precision, c.value, c.low, c.high, c.qualifier, "
           "c.status, c.unit, c.article_id, c.claimant_id, "_s
        + (name == ClaimQuery::SeriesName::Analyst ? u"c.created_by"_s : u"c.tag_id"_s)
        + u" FROM claims c WHERE c.metric_id IN (?"_s + u", ?"_s.repeated(metricCount - 1)
        + u") AND c.value IS NOT NULL"_s;
}

// Calls `read` with the UTF-8 text `utf8` as UTF-16: widened on the stack
// when it is short ASCII (dates, qualifiers), as nearly every such column
// is, so that a row costs no QString.
template<typename Read>
auto withUtf16(QByteArrayView utf8, Read &&read)
{
    std::array<char16_t, 32> wide;
    if (utf8.size() <= qsizetype(wide.size())
        && std::all_of(utf8.begin(), utf8.end(), [](char c) { return uchar(c) < 0x80; })) {
        std::copy(utf8.begin(), utf8.end(), wide.begin());
        return read(QStringView(wide.data(), utf8.size()));
    }
    return read(QStringView(QString::fromUtf8(utf8)));
}

// The names a chart's series are keyed by, each under a small key: key 0 is
// no name, and two ids of the same name (two tags "Casualties") share a key,
// as their claims share a series.
class SeriesNames
{
public:
    int keyOf(const QString &name)
    {
        const auto it = m_keys.constFind(name);
        if (it != m_keys.cend())
            return *it;
        m_names.append(name);
        return *m_keys.insert(name, int(m_names.size() - 1));
    }
    const QString &name(int key) const { return m_names.at(key); }

    // The key of every row of `table` (claimants or tags) by its id.
    Result<QHash<qint64, int>> keysOfTable(const QString &connection, QStringView table)
    {
        auto q = Sql::select(connection, u"SELECT id, name FROM "_s + table);
        if (!q)
            return std::unexpected(q.error());
        QHash<qint64, int> keys;
        while (q->next())
            keys.insert(q->value(0).toLongLong(), keyOf(q->value(1).toString()));
        return keys;
    }

private:
    QList<QString> m_names{QString()};
    QHash<QString, int> m_keys{{QString(), 0}};
};

// What a chart needs of a claim's article, read once per article: a metric's
// claims come from far fewer articles than they number.
class ArticleFacts
{
public:
    struct Facts
    {
        PartialDate published;
        int outletKey = 0; // in the SeriesNames given to prepare()
    };

    static Result<ArticleFacts> prepare(const QSqlDatabase &db, SeriesNames &names)
    {
        ArticleFacts articles(db, names);
        Sql::readForwardOnly(articles.m_lookup);
        if (!articles.m_lookup.prepare(u"SELECT published, published_precision, outlet FROM articles WHERE id = ?"_s))
            return std::unexpected(Sql::databaseError(articles.m_lookup.driver(), Messages::tr("A database statement could not be prepared"), articles.m_lookup.lastError()));
        return articles;
    }

    // The facts of article `id`; nullopt when there is no such article.
    Result<std::optional<Facts>> of(qint64 id)
    {
        if (const auto it = m_facts.constFind(id); it != m_facts.cend())
            return *it;
        m_lookup.bindValue(0, id);
        if (auto ok = Sql::run(m_lookup, Messages::tr("A database statement failed")); !ok)
            return std::unexpected(ok.error());
        std::optional<Facts> facts;
        if (m_lookup.next())
            facts = Facts{Sql::dateFromColumns(m_lookup.value(0), m_lookup.value(1)),
                          m_names->keyOf(m_lookup.value(2).toString())};
        m_lookup.finish();
        m_facts.insert(id, facts);
        return facts;
    }

private:
    ArticleFacts(const QSqlDatabase &db, SeriesNames &names)
        : m_lookup(db)
        , m_names(&names)
    {
    }

    QSqlQuery m_lookup;
    SeriesNames *m_names;
    QHash<qint64, std::optional<Facts>> m_facts;
};

// A row of a plan (Dialect::queryPlanSql): the step is its last column.
QString planStep(const QSqlQuery &q)
{
    return q.value(q.record().count() - 1).toString();
}

} // namespace

ClaimQuery::ClaimQuery(QString connectionName)
    : m_connection(std::move(connectionName))
{
}

Result<ClaimQuery> ClaimQuery::open(const Project &project)
{
    ClaimQuery query(Sql::uniqueConnectionName(u"claimquery"));
    if (auto opened = project.openReadConnection(query.m_connection); !opened)
        return std::unexpected(opened.error());
    query.m_dialect = &Dialect::of(QSqlDatabase::database(query.m_connection, false));
    return query;
}

ClaimQuery::~ClaimQuery()
{
    close();
}

ClaimQuery::ClaimQuery(ClaimQuery &&other) noexcept
    : m_connection(std::exchange(other.m_connection, QString()))
    , m_dialect(other.m_dialect)
{
}

ClaimQuery &ClaimQuery::operator=(ClaimQuery &&other) noexcept
{
    if (this != &other) {
        close();
        m_connection = std::exchange(other.m_connection, QString());
        m_dialect = other.m_dialect;
    }
    return *this;
}

void ClaimQuery::close()
{
    if (m_connection.isEmpty())
        return;
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

Result<QList<ClaimRow>> ClaimQuery::page(const ClaimFilter &filter, Sort sort, qint64 offset, int limit) const
{
    // Two steps: the page's ids from indexes alone, then their rows. OFFSET
    // skips rows one by one, and skipping index entries is far cheaper than
    // skipping joined rows (docs/performance.md, "Claims table").
    auto [sql, binds] = pageStatement(*m_dialect, filter, sort, Select::Ids);
    binds << limit << offset;
    auto ids = Sql::selectAll(m_connection, sql + u" LIMIT ? OFFSET ?"_s, binds,
                              [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
    if (!ids)
        return std::unexpected(ids.error());
    return rowsOf(*ids);
}

Result<QList<ClaimRow>> ClaimQuery::pageAfter(const ClaimFilter &filter, Sort sort, qint64 afterId, qint64 offset,
                                              int limit) const
{
    const QString column = claimColumnOf(sort.key);
    if (column.isEmpty() || afterId <= 0)
        return page(filter, sort, offset, limit);
    // The order is NULLs, then values ascending; values, then NULLs
    // descending (direction()): the rows after the last one are at most two
    // runs, each a seek in the sort's index and a walk from there.
    const bool ascending = sort.order == Qt::AscendingOrder;
    const QString beyond = ascending ? u" > "_s : u" < "_s;
    QList<Conditions> runs;
    if (sort.key == SortKey::Id) {
        // Whether or not that claim is still there.
        runs.append({{u"c.id"_s + beyond + u'?'}, {afterId}});
    } else {
        // The last row's value as stored (the engine compares it, so that
        // no value is rounded or respelled on its way through a bind), and
        // whether the row is still there: a claim deleted meanwhile has no
        // place to seek from.
        const QString stored = column.mid(2); // without "c."
        auto lastIsNull = Sql::selectAll(m_connection, u"SELECT "_s + stored + u" IS NULL FROM claims WHERE id = ?"_s,
                                         {afterId}, [](const QSqlQuery &q) { return q.value(0).toBool(); });
        if (!lastIsNull)
            return std::unexpected(lastIsNull.error());
        if (lastIsNull->isEmpty())
            return page(filter, sort, offset, limit);
        if (lastIsNull->constFirst()) {
            runs.append({{column + u" IS NULL AND c.id"_s + beyond + u'?'}, {afterId}});
            if (ascending)
                runs.append({{column + u" IS NOT NULL"_s}, {}});
        } else {
            runs.append({{u"("_s + column + u", c.id)"_s + beyond + u"((SELECT "_s + stored
                              + u" FROM claims WHERE id = ?), ?)"_s},
                         {afterId, afterId}});
            if (!ascending)
                runs.append({{column + u" IS NULL"_s}, {}});
        }
    }
    QList<qint64> ids;
    for (const Conditions &run : std::as_const(runs)) {
        if (ids.size() >= limit)
            break;
        auto [sql, binds] = pageStatement(*m_dialect, filter, sort, Select::Ids, run);
        binds << limit - int(ids.size());
        auto more = Sql::selectAll(m_connection, sql + u" LIMIT ?"_s, binds,
                                   [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
        if (!more)
            return std::unexpected(more.error());
        ids += *more;
    }
    return rowsOf(ids);
}

Result<QList<ClaimRow>> ClaimQuery::rowsOf(const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return QList<ClaimRow>{};
    auto rows = Sql::selectAll(m_connection, rowsByIdSql(*m_dialect), {idList(ids)}, rowFrom);
    if (!rows)
        return std::unexpected(rows.error());
    QHash<qint64, qsizetype> position;
    for (qsizetype i = 0; i < ids.size(); ++i)
        position.insert(ids.at(i), i);
    std::sort(rows->begin(), rows->end(), [&](const ClaimRow &a, const ClaimRow &b) {
        return position.value(a.claim.id) < position.value(b.claim.id);
    });
    return rows;
}

Result<qint64> ClaimQuery::forEachRow(const ClaimFilter &filter, Sort sort,
                                      const std::function<bool(const ClaimRow &row)> &visit) const
{
    const auto [sql, binds] = pageStatement(*m_dialect, filter, sort, Select::Rows);
    auto q = Sql::select(m_connection, sql, binds);
    if (!q)
        return std::unexpected(q.error());
    qint64 visited = 0;
    while (q->next()) {
        ++visited;
        if (!visit(rowFrom(*q)))
            break;
    }
    return visited;
}

Result<qint64> ClaimQuery::count(const ClaimFilter &filter, const std::atomic<bool> *cancelled) const
{
    const Conditions conditions = conditionsOf(*m_dialect, filter);
    // Text alone: the full-text index counts its matches without visiting
    // one claim row (20,000 matches: 17 ms instead of 250 ms, cold).
    const QString sql = conditions.terms.size() == 1 && conditions.terms.first() == m_dialect->claimTextCondition()
        ? m_dialect->claimTextCountSql()
        : u"SELECT COUNT(*) FROM claims c"_s + conditions.where();
    if (!cancelled)
        return countOf(sql, conditions.binds);
    auto db = Sql::connection(m_connection);
    if (!db)
        return std::unexpected(db.error());
    if (auto ok = m_dialect->setCancelFlag(*db, cancelled); !ok)
        return std::unexpected(ok.error());
    Result<qint64> counted = countOf(sql, conditions.binds);
    m_dialect->setCancelFlag(*db, nullptr);
    if (cancelled->load(std::memory_order_relaxed))
        return makeError(Error::Code::Cancelled, Messages::tr("The count was cancelled"));
    return counted;
}

Result<qint64> ClaimQuery::countOf(const QString &sql, const QList<QVariant> &binds) const
{
    auto q = Sql::select(m_connection, sql, binds);
    if (!q)
        return std::unexpected(q.error());
    q->next();
    return q->value(0).toLongLong();
}

Result<QStringList> ClaimQuery::plan(const ClaimFilter &filter, Sort sort) const
{
    auto [sql, binds] = pageStatement(*m_dialect, filter, sort, Select::Ids);
    binds << 1 << 0;
    const auto detail = [](const QSqlQuery &q) { return planStep(q); };
    auto ids = Sql::selectAll(m_connection, m_dialect->queryPlanSql(sql + u" LIMIT ? OFFSET ?"_s), binds, detail);
    if (!ids)
        return ids;
    auto rows = Sql::selectAll(m_connection, m_dialect->queryPlanSql(rowsByIdSql(*m_dialect)), {u"[1]"_s}, detail);
    if (!rows)
        return rows;
    return *ids + *rows;
}

Result<qint64> ClaimQuery::forEachChartPoint(const QList<qint64> &metricIds, SeriesName name,
                                            const std::function<void(const ChartPointRow &row)> &visit) const
{
    if (metricIds.isEmpty())
        return 0;
    auto db = Sql::connection(m_connection);
    if (!db)
        return std::unexpected(db.error());
    if (auto ok = m_dialect->configureSinglePassRead(*db); !ok)
        return std::unexpected(ok.error());
    SeriesNames names;
    QHash<qint64, int> keyOfNameId;
    if (name == SeriesName::Claimant || name == SeriesName::Tag) {
        auto read = names.keysOfTable(m_connection, name == SeriesName::Claimant ? u"claimants" : u"tags");
        if (!read)
            return std::unexpected(read.error());
        keyOfNameId = std::move(*read);
    }
    auto articles = ArticleFacts::prepare(*db, names);
    if (!articles)
        return std::unexpected(articles.error());

    const int nameColumn = name == SeriesName::Claimant ? 11 : 12;
    ChartPointRow point;
    QByteArray unitText; // point.unit as stored: most rows repeat the one before
    QByteArray analystText; // likewise the analyst's name
    int analystKey = 0;
    std::optional<Error> failure;
    qint64 visited = 0;
    const auto readRow = [&](const RowReader &row) {
        const bool dated = !row.isNull(2);
        std::optional<ArticleFacts::Facts> article;
        if (!dated || name == SeriesName::Outlet) {
            auto found = articles->of(row.integer(10));
            if (!found) {
                failure = found.error();
                return false;
            }
            article = *found;
            if (!article)
                return true; // no such article: a foreign key not enforced when it was written
        }
        point.claimId = row.integer(0);
        point.metricId = row.integer(1);
        point.date = dated ? PartialDate(withUtf16(row.utf8(2), [](QStringView text) {
                                             return QDate::fromString(text, Qt::ISODate);
                                         }),
                                         DatePrecision(row.integer(3)))
                           : article->published;
        point.datedByPublication = !dated;
        point.value = row.real(4);
        point.low = row.isNull(5) ? std::nullopt : std::optional<double>(row.real(5));
        point.high = row.isNull(6) ? std::nullopt : std::optional<double>(row.real(6));
        point.qualifier = withUtf16(row.utf8(7), [](QStringView text) { return qualifierFromName(text); });
        point.status = ClaimStatus(row.integer(8));
        if (const QByteArrayView unit = row.utf8(9); unit != QByteArrayView(unitText) || point.unit.isNull()) {
            unitText = unit.toByteArray();
            point.unit = QString::fromUtf8(unit);
        }
        if (name == SeriesName::Analyst) {
            if (const QByteArrayView analyst = row.utf8(nameColumn); analyst != QByteArrayView(analystText)) {
                analystText = analyst.toByteArray();
                analystKey = names.keyOf(QString::fromUtf8(analyst));
            }
            point.nameKey = analystKey;
        } else {
            point.nameKey = name == SeriesName::Outlet ? article->outletKey : keyOfNameId.value(row.integer(nameColumn));
        }
        point.name = names.name(point.nameKey);
        visit(point);
        ++visited;
        return true;
    };
    const Result<qint64> stepped =
        m_dialect->forEachRow(*db, chartStatement(metricIds.size(), name), metricIds, readRow);
    if (failure)
        return std::unexpected(*failure);
    if (!stepped)
        return std::unexpected(stepped.error());
    return visited;
}

Result<QStringList> ClaimQuery::analysts() const
{
    // One index seek per name (a loose index scan), where DISTINCT would
    // read every claim's entry: a desk has a few analysts and a million claims.
    return Sql::selectAll(m_connection,
                          u"WITH RECURSIVE who(name) AS (SELECT min(changed_by) FROM claims UNION ALL "
                          "SELECT (SELECT min(changed_by) FROM claims WHERE changed_by > who.name) FROM who "
                          "WHERE who.name IS NOT NULL) SELECT name FROM who WHERE name IS NOT NULL"_s,
                          {}, [](const QSqlQuery &q) { return q.value(0).toString(); });
}

Result<QStringList> ClaimQuery::chartPlan(const QList<qint64> &metricIds) const
{
    QList<QVariant> binds;
    for (const qint64 id : metricIds)
        binds << id;
    const QString statement = chartStatement(metricIds.size(), SeriesName::Claimant);
    return Sql::selectAll(m_connection, m_dialect->queryPlanSql(statement), binds, planStep);
}

Result<ClaimRow> ClaimQuery::row(qint64 claimId) const
{
    auto rows = Sql::selectAll(m_connection,
                               u"SELECT "_s + rowColumns() + u" FROM claims c JOIN articles a ON a.id = c.article_id"_s
                                   + kNameJoins + u" WHERE c.id = ?"_s,
                               {claimId}, rowFrom);
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return makeError(Error::Code::NotFound, Messages::tr("There is no claim %1 in the project").arg(claimId));
    return rows->constFirst();
}

} // namespace Claimbench
