#pragma once

#include "core/domain/claim.h"
#include "core/domain/partialdate.h"
#include "core/error.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <atomic>
#include <functional>
#include <optional>

namespace Claimbench {

class Dialect;
class Project;

// Which claims the claims table, its exports and the charts show. Every
// condition set is ANDed; a default ClaimFilter matches every claim.
struct ClaimFilter
{
    QString text = {};                  // words over quote and note (full text, last word a prefix); blank: any
    qint64 metricId = 0;                // 0: any
    qint64 claimantId = 0;              // 0: any
    qint64 tagId = 0;                   // 0: any
    std::optional<ClaimStatus> status = std::nullopt;  // nullopt: any
    // Inclusive range over the as-of date, or the article's published date
    // when the claim has none. A partial bound covers its whole period: to =
    // "2024" includes 31 December 2024. Null: open on that side.
    PartialDate from = {};
    PartialDate to = {};
    // The number `text` reads as when it is one number (readTypedNumber()):
    // claims whose value, low or high equals it match as well as those whose
    // quote or note matches `text` or writes the number with any grouping
    // ("700,000", "700 000", "700.000"). nullopt: `text` is words only.
    std::optional<double> textNumber = std::nullopt;
    // Inclusive bounds on the claim's value; nullopt: open on that side. A
    // claim without a value is outside every bound.
    std::optional<double> minValue = std::nullopt;
    std::optional<double> maxValue = std::nullopt;
    // Who last wrote the claim (Claim::changedBy; "" for rows older than
    // schema 8); nullopt: anyone.
    std::optional<QString> changedBy = std::nullopt;

    friend bool operator==(const ClaimFilter &, const ClaimFilter &) = default;
};

// One claim, every field read, with the names the table shows beside it.
struct ClaimRow
{
    Claim claim;
    QString articleTitle;
    QString articleUrl;
    QString outlet;
    PartialDate published;
    QString metric;   // "" when the claim has none; likewise claimant and tag
    QString claimant;
    QString tag;
    QColor tagColor; // invalid when the claim has no tag or its tag no colour
    // The 1-based page of the claim's start in the document its article was
    // read from (PageMap::pageOf); 0 when the article has no page map.
    int page = 0;
};

// What a chart draws of one claim and the name of its series: no quote,
// context, note or other name, so that a chart of 167,000 claims holds none.
struct ChartPointRow
{
    qint64 claimId = 0;
    qint64 metricId = 0;
    PartialDate date;                 // the as-of date, else the article's published date; null: neither
    bool datedByPublication = false;  // `date` is the published date
    double value = 0;
    std::optional<double> low, high;
    Qualifier qualifier = Qualifier::None;
    ClaimStatus status = ClaimStatus::Unverified;
    QString unit;
    QString name;                     // the claimant, outlet, tag or analyst asked for; "" when none
    // The same for every row of the same `name` in one forEachChartPoint()
    // call and different for another name, 0 for none: keys a series
    // without hashing its name per row.
    int nameKey = 0;
};

// The read side of the claims table: filtered, sorted pages of ClaimRow and
// their count, in SQL over indexes (schema v4), so that a page of a
// 1,000,000-claim project costs milliseconds.
//
// Connection: a ClaimQuery opens its OWN read-only connection to the project
// file (query_only), closed when it is destroyed. It therefore never writes and
// sees every committed write of any connection. On a team server, the call
// that meets a connection the server cut (a restart) fails as Disconnected
// and the next one connects anew (Sql::connection). Thread affinity: the
// thread that called open(); move-only.
// Errors: every call returns an Error (Database) instead of throwing.
class ClaimQuery
{
public:
    enum class SortKey {
        Id,
        ArticleTitle,
        Outlet,
        Published,
        AsOf,
        Metric,
        Value,
        Low,
        High,
        Unit,
        Qualifier,
        Claimant,
        Status,
        Tag,
        Quote,
        ChangedBy,
    };

    struct Sort
    {
        SortKey key = SortKey::Id;
        Qt::SortOrder order = Qt::AscendingOrder;
    };

    static Result<ClaimQuery> open(const Project &project);
    ~ClaimQuery();
    ClaimQuery(ClaimQuery &&other) noexcept;
    ClaimQuery &operator=(ClaimQuery &&other) noexcept;
    ClaimQuery(const ClaimQuery &) = delete;
    ClaimQuery &operator=(const ClaimQuery &) = delete;

    // Rows [offset, offset + limit) of the filtered claims in `sort` order.
    // Ties (and empty values, which sort first ascending) are ordered by
    // claim id in the same direction, so consecutive pages never overlap.
    // Sorting by the article's title, outlet or published date orders one
    // article's claims by their place in its text.
    Result<QList<ClaimRow>> page(const ClaimFilter &filter, Sort sort, qint64 offset, int limit) const;
    // The `limit` rows after claim `afterId` (the last row of the page
    // before, at `offset` - 1) in the same order as page(): for a sort by a
    // claims column (Id, AsOf, Value, Low, High, Unit, Qualifier, Status,
    // Quote) a seek in the sort's index from that claim (keyset paging),
    // whose cost does not grow with `offset` as OFFSET's does; for the other
    // sorts, or when that claim is gone, page(filter, sort, offset, limit).
    Result<QList<ClaimRow>> pageAfter(const ClaimFilter &filter, Sort sort, qint64 afterId, qint64 offset,
                                      int limit) const;
    // Every row of the filtered claims in `sort` order, streamed through
    // `visit` one at a time (an export of 1,000,000 rows holds one); `visit`
    // returns false to stop. Returns how many rows were visited.
    Result<qint64> forEachRow(const ClaimFilter &filter, Sort sort,
                              const std::function<bool(const ClaimRow &row)> &visit) const;
    // How many claims match `filter`. `cancelled` (any thread may set it)
    // stops the count soon: Cancelled.
    Result<qint64> count(const ClaimFilter &filter, const std::atomic<bool> *cancelled = nullptr) const;
    // EXPLAIN QUERY PLAN of the two statements page() runs (the page's ids,
    // then their rows): one detail per line.
    Result<QStringList> plan(const ClaimFilter &filter, Sort sort) const;
    // Everyone who last wrote a claim (Claim::changedBy), by name: the
    // choices of the claims table's "Who" filter, one seek of claims_changed_by
    // per name.
    Result<QStringList> analysts() const;
    // Every claim of the given metrics that has a value, streamed through
    // `visit` in ONE statement over claim columns alone, in no set order
    // (sorting 167,000 rows in SQL costs as much as reading them): the points
    // of a chart. The names are read once before it, each article's published
    // date and outlet once when a claim first needs them. Returns how many
    // rows were visited.
    // ChartPointRow::name is the claim's claimant, its article's outlet, its
    // tag or the analyst who created it.
    enum class SeriesName { Claimant, Outlet, Tag, Analyst };
    Result<qint64> forEachChartPoint(const QList<qint64> &metricIds, SeriesName name,
                                     const std::function<void(const ChartPointRow &row)> &visit) const;
    // EXPLAIN QUERY PLAN of the statement forEachChartPoint() runs, one
    // detail per line: under schema v6 one index covers it.
    Result<QStringList> chartPlan(const QList<qint64> &metricIds) const;
    // The row of claim `claimId` (a chart's tooltip: its quote and article);
    // NotFound when there is none.
    Result<ClaimRow> row(qint64 claimId) const;

private:
    explicit ClaimQuery(QString connectionName);
    void close();
    Result<qint64> countOf(const QString &sql, const QList<QVariant> &binds) const;
    // The rows of the claims `ids`, in that order.
    Result<QList<ClaimRow>> rowsOf(const QList<qint64> &ids) const;

    QString m_connection;
    const Dialect *m_dialect = nullptr; // of the connection, set by open()
};

} // namespace Claimbench
