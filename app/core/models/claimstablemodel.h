#pragma once

#include "core/error.h"
#include "core/models/claimcounter.h"
#include "core/models/queriedrowsmodel.h"
#include "core/store/claimquery.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

#include <optional>

namespace Claimbench {

class ProjectSession;

// Every claim of the project as a table (article, outlet, published, as-of,
// metric, value, low, high, unit, qualifier, claimant, status, tag, quote),
// filtered and sorted in SQL (ClaimQuery, over indexes) and fetched lazily in
// pages of kPageSize rows: a project of 1,000,000 claims costs one page.
//
// Display values follow the user's locale (QLocale()): "1,000,000", "13 Jun
// 2025"; RawValueRole gives the unformatted value (number, ISO date, SPEC
// spelling of qualifier and status) for copy and export; EditRole the text an
// editor starts from.
//
// Edits never touch the store directly: setData() validates, then goes through
// ProjectSession::updateClaim (one undo step), and the bulk setters through
// ProjectSession::updateClaims (one undo step for all rows). The model reloads
// on the session's change signals, keeping its filter, sort and the number of
// rows already fetched.
//
// Thread affinity: the GUI (or test) thread, which owns the session.
// Errors: a failed query empties the model; it and every refused edit are
// reported through errorOccurred(); nothing is thrown.
class ClaimsTableModel : public QueriedRowsModel<QAbstractTableModel>
{
    Q_OBJECT
public:
    enum Column {
        ArticleColumn,
        OutletColumn,
        PublishedColumn,
        AsOfColumn,
        MetricColumn,
        ValueColumn,
        LowColumn,
        HighColumn,
        UnitColumn,
        QualifierColumn,
        ClaimantColumn,
        StatusColumn,
        TagColumn,
        PageColumn, // the claim's page in its article's PDF; empty for other articles
        WhoColumn,  // who last wrote the claim (Claim::changedBy): a team server's analysts
        QuoteColumn,
        ColumnCount
    };
    enum Role {
        ClaimIdRole = Qt::UserRole + 1, // qint64
        ArticleIdRole,                  // qint64
        RawValueRole,                   // unformatted, for copy/export; null QVariant when empty
        StartRole,                      // the quote's start, UTF-16 offset into the article body
    };

    static constexpr int kPageSize = 200;

    explicit ClaimsTableModel(QObject *parent = nullptr);
    ~ClaimsTableModel() override;

    // nullptr: no rows. The session is not owned and must outlive the model or
    // be unset first; the model opens its own read-only ClaimQuery on its project.
    void setSession(ProjectSession *session);
    ProjectSession *session() const { return m_session; }

    void setFilter(const ClaimFilter &filter);
    const ClaimFilter &filter() const { return m_filter; }
    ClaimQuery::Sort currentSort() const { return m_sort; }
    // Everyone who last wrote a claim of the project (ClaimQuery::analysts);
    // empty without a session.
    Result<QStringList> analysts() const;

    // 0 for a row out of range (or not fetched yet).
    qint64 claimIdAt(int row) const;
    // The fetched row, or nullptr.
    const ClaimRow *rowAt(int row) const;
    // Rows matching the filter, fetched or not; -1 while they are counted
    // (ClaimCounter: the first rows come before the count).
    qint64 totalCount() const { return m_totalKnown ? m_total : -1; }
    // Every claim of the project, whatever the filter; -1 while counted.
    qint64 allCount() const { return m_all; }
    // The query the model reads with (nullptr without a session): exports
    // stream every filtered row through it in the model's order.
    const ClaimQuery *query() const;

    // Bulk edits of the given rows, each ONE undo step; InvalidInput for a row
    // out of range, otherwise the session's error.
    Result<void> setStatus(const QList<int> &rows, ClaimStatus status);
    Result<void> setTag(const QList<int> &rows, qint64 tagId);       // 0: untag
    Result<void> setMetric(const QList<int> &rows, qint64 metricId); // 0: no metric

    // Queries again with the same filter and sort, fetching as many rows as
    // were fetched before, and merges the answer row by row (no reset: a
    // view keeps its selection and scroll position).
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Validates `value` (a number for value/low/high, a YYYY[-MM[-DD]] date
    // for as-of, a SPEC qualifier or status name, an existing tag's name; a
    // metric or claimant name is created when new) and edits through the
    // session. Empty text clears the field. False, with errorOccurred(), when refused.
    // Text equal to the cell's writes nothing.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    // setData() of an edit begun when claim `claimId` was at `version` (a
    // cell editor open while the table reloaded): checked against that
    // version, so a change another analyst made since is a Conflict (the
    // session's resolver asks), not written over. False when the row is no
    // longer that claim's.
    bool setDataSeenAt(const QModelIndex &index, const QVariant &value, qint64 claimId, qint64 version);
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Sorts in SQL over an index (see ClaimQuery) and reloads. The page
    // column does not sort (isSortable): no index orders claims by page, and
    // the article column's sort already lists each article's claims in page
    // order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static bool isSortable(int column) { return column != PageColumn; }

    static ClaimQuery::SortKey sortKeyOf(int column);
    // A number as the user's locale writes it, without exponent or trailing zeros.
    static QString displayNumber(double value);

Q_SIGNALS:
    void errorOccurred(const Claimbench::Error &error);
    // When a count changes or is started: the filtered total and every
    // claim of the project, each -1 while it is counted.
    void countsChanged(qint64 total, qint64 all);

private:
    QVariant displayData(const ClaimRow &row, int column) const;
    QVariant rawData(const ClaimRow &row, int column) const;
    QVariant editData(const ClaimRow &row, int column) const;
    Result<void> edit(const ClaimRow &row, int column, const QString &text);
    // One undo step named `oneText` for one row, else `manyText`.
    Result<void> bulkEdit(const QList<int> &rows, const QString &oneText, const QString &manyText,
                          const std::function<void(Claim &claim)> &change);
    // What a refresh asks for: the rows again, or the total too.
    enum class Count { Again, Kept };
    // Loads rows [0, count) of the current filter and sort; `inPlace`:
    // merges them into the rows shown (a reload) instead of resetting. The
    // total is counted again (off this thread) unless `total` keeps it: a
    // sort changes no count, and a count of 1,000,000 claims on a server
    // costs 200 ms.
    void refresh(int count, bool inPlace, Count total = Count::Again);
    // Starts the count of m_filter (and of every claim when the filter
    // narrows). `known`: the old total stands until the new one arrives (a
    // reload after an edit), else it is unknown meanwhile (a new filter).
    void recount(bool known);
    void noteCounted(qint64 matching, qint64 all);
    void fail(const Error &error);

    QPointer<ProjectSession> m_session;
    std::optional<ClaimQuery> m_query;
    ClaimFilter m_filter;
    ClaimQuery::Sort m_sort;
    QList<ClaimRow> m_rows;
    ClaimCounter *m_counter;
    qint64 m_total = 0;
    // m_total is the count of m_filter (false while it is counted, and after
    // a failure, which empties the table).
    bool m_totalKnown = false;
    // While the total is not known: whether the last page read was full.
    bool m_moreRows = false;
    // A merge is changing the rows: no fetchMore() from a view's slot
    // between its steps.
    bool m_merging = false;
    qint64 m_all = -1;
};

} // namespace Claimbench
