// ProjectCopy's rows: which tables, in what order, and the batched copy of
// one table from one connection to another.
#include "core/store/projectcopy_p.h"

#include "core/store/dialect.h"
#include "core/store/projectcopy.h"
#include "core/store/sqlsupport.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Claimbench::CopyRows {

namespace {

// This file's messages, in ProjectCopy's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::ProjectCopy)
};

// The project's tables in an order where every table comes after those it
// refers to (claims after articles, tags, metrics and claimants; aliases after
// claimants; pages and documents after articles). A table added later that
// is not named here is copied after these, in name order.
const QStringList kDependencyOrder{
    u"articles"_s,  u"tags"_s,   u"metrics"_s,       u"claimants"_s,
    u"claimant_aliases"_s, u"claims"_s, u"article_pages"_s, u"article_documents"_s,
};

// A table whose rows refer to rows of the same table: parents are copied
// before their children, whatever their ids (a tag moved under a newer one).
struct Tree
{
    QString table;
    QString parentColumn;
};
const QList<Tree> kTrees{{u"tags"_s, u"parent_id"_s}};

// Bind values per INSERT statement, far under SQLite's limit (32,766) and
// PostgreSQL's (65,535): Qt's SQLite driver looks up each value's parameter
// name among all of the statement's, so a bind costs in proportion to the
// statement's binds; at 30,000 that lookup took a quarter of a copy's time.
constexpr int kMaxBindsPerStatement = 2'000;
constexpr int kMaxRowsPerStatement = 1'000;
// Rows held in memory at once, read or waiting to be written: enough that a
// statement carries many claims, few enough that 1,000 long articles or
// documents never sit in memory together.
constexpr qint64 kBatchBytes = 8 * 1024 * 1024;
constexpr qint64 kReadPageBytes = 16 * 1024 * 1024;
constexpr qint64 kFirstReadPageRows = 256;
constexpr qint64 kMaxReadPageRows = 10'000;

// Tables the engine keeps by itself and a copy must not write: the full-text
// indexes (SQLite's articles_fts and its shadow tables articles_fts_data...,
// PostgreSQL's articles_fts), each engine's own bookkeeping (sqlite_stat1,
// the server project's marker and schema version, which the destination has
// of its own).
bool isDerived(const QString &table)
{
    return table.startsWith(u"sqlite_"_s) || table == u"claimbench_project"_s || table.endsWith(u"_fts"_s)
        || table.contains(u"_fts_"_s);
}

QStringList columnsOf(const QSqlDatabase &db, const QString &table)
{
    const QSqlRecord record = db.record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns.append(record.fieldName(i).toLower());
    return columns;
}

// "a, b" of what `these` has and `those` has not.
QStringList missingFrom(const QStringList &these, const QStringList &those)
{
    QStringList missing;
    for (const QString &name : these) {
        if (!those.contains(name))
            missing.append(name);
    }
    return missing;
}

Error differ(const QString &detail)
{
    return Error{Error::Code::InvalidInput,
                 Messages::tr("The source and destination projects have different tables; open each once with this "
                              "Claimbench to upgrade it, then copy again"),
                 detail};
}

// What a text or blob value costs in memory, to keep batches in bounds.
qint64 bytesOf(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::QString:
        return 2 * value.toString().size() + 16;
    case QMetaType::QByteArray:
        return value.toByteArray().size() + 16;
    default:
        return 16;
    }
}

// A value read from one driver as the other binds it: the drivers bind a
// null QString or QByteArray as SQL NULL, so an empty text or blob read as
// one (not NULL in the source) is bound as an empty, non-null one.
QVariant bindable(QVariant value)
{
    if (value.isNull())
        return value;
    if (value.metaType().id() == QMetaType::QString && value.toString().isNull())
        return QVariant(QString(u""_s));
    if (value.metaType().id() == QMetaType::QByteArray && value.toByteArray().isNull())
        return QVariant(QByteArray("", 0));
    return value;
}

QString insertSql(const QString &table, const QStringList &columns, int rows)
{
    QString row = u"("_s;
    for (int i = 0; i < columns.size(); ++i)
        row += i == 0 ? u"?"_s : u", ?"_s;
    row += u')';
    QStringList values(rows, row);
    return u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s) + u") VALUES "_s + values.join(u", "_s);
}

// Writes rows of one table in multi-row INSERTs, each prepared once per size.
class BatchWriter
{
public:
    BatchWriter(const QSqlDatabase &db, QString table, QStringList columns)
        : m_db(db)
        , m_table(std::move(table))
        , m_columns(std::move(columns))
        , m_rowsPerStatement(std::clamp(kMaxBindsPerStatement / int(std::max<qsizetype>(1, m_columns.size())), 1,
                                        kMaxRowsPerStatement))
    {
    }

    // Takes one row of the source query (its columns in m_columns' order);
    // writes the batch when it is full. Returns the rows written by this call.
    Result<qint64> add(const QSqlQuery &row)
    {
        for (int i = 0; i < m_columns.size(); ++i) {
            QVariant value = bindable(row.value(i));
            m_pendingBytes += bytesOf(value);
            m_pending.append(std::move(value));
        }
        if (pendingRows() < m_rowsPerStatement && m_pendingBytes < kBatchBytes)
            return 0;
        return flush();
    }

    Result<qint64> flush()
    {
        const int rows = pendingRows();
        if (rows == 0)
            return 0;
        QSqlQuery adHoc(m_db);
        QSqlQuery *query = &adHoc;
        if (rows == m_rowsPerStatement) {
            if (!m_full) {
                m_full.emplace(m_db);
                if (!m_full->prepare(insertSql(m_table, m_columns, rows)))
                    return failed(*m_full);
            }
            query = &*m_full;
        } else if (!adHoc.prepare(insertSql(m_table, m_columns, rows))) {
            return failed(adHoc);
        }
        for (int i = 0; i < m_pending.size(); ++i)
            query->bindValue(i, m_pending.at(i));
        if (!query->exec())
            return failed(*query);
        m_pending.clear();
        m_pendingBytes = 0;
        return rows;
    }

private:
    int pendingRows() const { return int(m_pending.size() / std::max<qsizetype>(1, m_columns.size())); }

    std::unexpected<Error> failed(QSqlQuery &query)
    {
        Error error = Sql::databaseError(query.driver(), Messages::tr("Could not copy the rows of %1").arg(m_table),
                                         query.lastError());
        Sql::freeAfterTransaction(query, m_db);
        return std::unexpected(std::move(error));
    }

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_columns;
    int m_rowsPerStatement;
    QList<QVariant> m_pending;
    qint64 m_pendingBytes = 0;
    std::optional<QSqlQuery> m_full;
};

// The SELECT that reads a tree table's rows, every parent before its children.
QString treeSelect(const Tree &tree, const QStringList &columns)
{
    QStringList qualified;
    for (const QString &column : columns)
        qualified.append(u"t."_s + column);
    return u"WITH RECURSIVE tree(id, depth) AS (SELECT id, 0 FROM %1 WHERE %2 IS NULL UNION ALL "
           "SELECT c.id, tree.depth + 1 FROM %1 c JOIN tree ON c.%2 = tree.id) "
           "SELECT %3 FROM %1 t JOIN tree ON tree.id = t.id ORDER BY tree.depth, t.id"_s.arg(
               tree.table, tree.parentColumn, qualified.join(u", "_s));
}

} // namespace

QStringList projectTables(const QSqlDatabase &db)
{
    QStringList tables;
    for (const QString &table : db.tables(QSql::Tables)) {
        if (!isDerived(table))
            tables.append(table.toLower());
    }
    return tables;
}

Result<QStringList> tablesToCopy(const QSqlDatabase &source, const QSqlDatabase &destination)
{
    const QStringList destinationTables = projectTables(destination);
    const QStringList sourceTables = projectTables(source);
    if (const QStringList only = missingFrom(sourceTables, destinationTables); !only.isEmpty())
        return std::unexpected(differ(Messages::tr("only the source has %1").arg(only.join(u", "_s))));
    if (const QStringList only = missingFrom(destinationTables, sourceTables); !only.isEmpty())
        return std::unexpected(differ(Messages::tr("only the destination has %1").arg(only.join(u", "_s))));
    QStringList ordered;
    for (const QString &table : kDependencyOrder) {
        if (destinationTables.contains(table))
            ordered.append(table);
    }
    QStringList others = missingFrom(destinationTables, kDependencyOrder);
    others.sort();
    ordered += others;
    for (const QString &table : std::as_const(ordered)) {
        const QStringList theirs = columnsOf(source, table);
        const QStringList ours = columnsOf(destination, table);
        if (const QStringList only = missingFrom(theirs, ours); !only.isEmpty())
            return std::unexpected(differ(Messages::tr("only the source's %1 has %2").arg(table, only.join(u", "_s))));
        if (const QStringList only = missingFrom(ours, theirs); !only.isEmpty())
            return std::unexpected(
                differ(Messages::tr("only the destination's %1 has %2").arg(table, only.join(u", "_s))));
    }
    return ordered;
}

Result<QList<qint64>> rowCounts(const QSqlDatabase &db, const QStringList &tables)
{
    QList<qint64> counts;
    for (const QString &table : tables) {
        auto count = Sql::run(db, u"SELECT COUNT(*) FROM "_s + table);
        if (!count)
            return std::unexpected(count.error());
        counts.append(count->next() ? count->value(0).toLongLong() : 0);
    }
    return counts;
}

Result<qint64> copyTable(const QSqlDatabase &source, const QSqlDatabase &destination, const QString &table,
                         qint64 expectedRows, const std::function<bool(qint64 rows)> &afterBatch)
{
    const QStringList columns = columnsOf(destination, table);
    const qsizetype idColumn = columns.indexOf(u"id"_s);
    const auto tree = std::find_if(kTrees.begin(), kTrees.end(), [&](const Tree &t) { return t.table == table; });
    BatchWriter writer(destination, table, columns);
    qint64 copied = 0;
    const auto wrote = [&](const Result<qint64> &rows) -> Result<void> {
        if (!rows)
            return std::unexpected(rows.error());
        copied += *rows;
        if (*rows > 0 && afterBatch && !afterBatch(*rows))
            return makeError(Error::Code::Cancelled, Messages::tr("The copy was cancelled; nothing was written"));
        return {};
    };
    // Reads the rows `sql` selects and hands them to the writer; returns how
    // many were read, the highest id among them in `lastId`, and their bytes.
    qint64 lastId = 0;
    const auto readAll = [&](QSqlQuery &read, qint64 &bytes) -> Result<qint64> {
        qint64 rows = 0;
        while (read.next()) {
            ++rows;
            for (int i = 0; i < columns.size(); ++i)
                bytes += bytesOf(read.value(i));
            if (idColumn >= 0)
                lastId = read.value(int(idColumn)).toLongLong();
            if (auto ok = wrote(writer.add(read)); !ok)
                return std::unexpected(ok.error());
        }
        if (read.lastError().isValid())
            return std::unexpected(Sql::databaseError(
                read.driver(), Messages::tr("Could not read the rows of %1").arg(table), read.lastError()));
        return rows;
    };
    const QString columnList = columns.join(u", "_s);
    if (tree != kTrees.end() || idColumn < 0) {
        // A tree's rows are few (tags); a table without ids is read whole.
        const QString sql = tree != kTrees.end() ? treeSelect(*tree, columns)
                                                 : u"SELECT "_s + columnList + u" FROM "_s + table;
        // Forward-only is set before exec(): Qt leaves it undefined after.
        QSqlQuery read(source);
        read.setForwardOnly(true);
        if (!read.exec(sql))
            return std::unexpected(Sql::databaseError(
                read.driver(), Messages::tr("Could not read the rows of %1").arg(table), read.lastError()));
        qint64 bytes = 0;
        if (auto rows = readAll(read, bytes); !rows)
            return std::unexpected(rows.error());
    } else {
        // Pages by id, each of about kReadPageBytes: a server's driver holds a
        // whole answer in memory, and 1,000,000 claims or 1,000 long articles
        // must not be one answer.
        QSqlQuery page(source);
        page.setForwardOnly(true);
        if (!page.prepare(u"SELECT "_s + columnList + u" FROM "_s + table + u" WHERE id > ? ORDER BY id LIMIT ?"_s))
            return std::unexpected(Sql::databaseError(
                page.driver(), Messages::tr("Could not read the rows of %1").arg(table), page.lastError()));
        qint64 pageRows = kFirstReadPageRows;
        for (;;) {
            page.bindValue(0, lastId);
            page.bindValue(1, pageRows);
            if (!page.exec())
                return std::unexpected(Sql::databaseError(
                    page.driver(), Messages::tr("Could not read the rows of %1").arg(table), page.lastError()));
            qint64 bytes = 0;
            auto rows = readAll(page, bytes);
            if (!rows)
                return std::unexpected(rows.error());
            if (*rows < pageRows)
                break;
            pageRows = std::clamp(kReadPageBytes * *rows / std::max<qint64>(1, bytes), qint64(1), kMaxReadPageRows);
        }
    }
    if (auto ok = wrote(writer.flush()); !ok)
        return std::unexpected(ok.error());
    if (copied != expectedRows)
        return makeError(Error::Code::Database, Messages::tr("Could not copy every row of %1").arg(table),
                         Messages::tr("%1 rows counted, %2 copied").arg(expectedRows).arg(copied));
    if (idColumn >= 0) {
        for (const QString &sql : Dialect::of(destination).afterExplicitIds(table)) {
            if (auto ok = Sql::run(destination, sql); !ok)
                return std::unexpected(ok.error());
        }
    }
    return copied;
}

} // namespace Claimbench::CopyRows
