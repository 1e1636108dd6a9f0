#pragma once

#include "core/domain/article.h"
#include "core/error.h"
#include "core/models/queriedrowsmodel.h"


#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>

namespace Claimbench {

class Project;

// The project's articles as a table (title, outlet, published, claims) for the
// library view. It never runs SQL: while no search is set it knows only the
// ids of every article in order (ArticleRepository::listIds(), newest first)
// and reads rows in pages of pageSize as views ask for them, so a project of
// 100,000 articles costs one id list and the rows on screen. While a search
// is set, the rows are ArticleRepository::search()'s hits (best match first).
// Rows hold no body; ask the repository for it.
//
// sort() orders by a column's SortRole value as QSortFilterProxyModel did,
// ties kept in the order shown before (after a reload, the model's own).
// The keys come from one narrow query of the sorted column alone
// (ArticleRepository::forEachSortField(), claimCounts()) and the titles fold
// in C++, because SQL's NOCASE folds only ASCII.
// Column -1 restores the model's own order.
// The sort survives reloads and searches.
//
// Thread affinity: the thread the model lives on (the GUI thread); the
// repositories it uses are bound to that thread's connection.
// Errors: a failed query empties the model (a failed page leaves its rows
// blank) and is reported through errorOccurred(); nothing is thrown.
class ArticleListModel : public QueriedRowsModel<QAbstractTableModel>
{
    Q_OBJECT
public:
    // A search lists its best matches, at most this many.
    static constexpr int kSearchHits = 100;
    enum Column { TitleColumn, OutletColumn, PublishedColumn, ClaimsColumn, ColumnCount };

    enum Role {
        ArticleIdRole = Qt::UserRole + 1, // qint64
        SortRole,                         // a value that sorts the column naturally
        SnippetRole,                      // search snippet, empty outside a search
    };

    static constexpr int pageSize = 200;

    explicit ArticleListModel(QObject *parent = nullptr);

    // Shares the project (nullptr: no project, no rows) and reloads.
    void setProject(std::shared_ptr<Project> project);
    const std::shared_ptr<Project> &project() const { return m_project; }

    // Empty (or blank) text lists every article; anything else is a full-text
    // query in the user's words (the repository escapes it). Reloads.
    void setSearch(const QString &text);
    // Shows the search for `text` as already ranked elsewhere (ArticleSearcher:
    // `rankedIds` is ArticleRepository::rankedIds() of it), sorted as the list is.
    void showSearchResult(const QString &text, QList<qint64> rankedIds);
    QString search() const { return m_search; }

    // Queries the repository again, e.g. after an import.
    void reload();

    // 0 for a row out of range.
    qint64 articleIdAt(int row) const;
    // -1 when the article is not among the rows.
    int rowOfArticle(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // "13 Jun 2025", "Jun 2025", "2025" or "" — as precise as the source is.
    static QString displayDate(const PartialDate &date);
    // The title, or the file name it came from when it has none.
    static QString displayTitle(const Article &article);

Q_SIGNALS:
    void errorOccurred(const Claimbench::Error &error);

private:
    struct Row
    {
        Article article;
        QString snippet;
    };
    struct Listing
    {
        QList<qint64> ids; // every row's article, in the shown order
        // Rows read so far, by article id: the pages data() has read (and a
        // sorted search's hits, read for their keys).
        QHash<qint64, Row> rows;
        // Pages (row / pageSize) whose snippets have been read: a search
        // ranks first and makes snippets only for the rows looked at.
        QSet<int> snippetPages;
    };
    // The ids in the current search's and sort's order, with the hits of a
    // search; equal keys keep their order in `shown`, when given.
    Result<Listing> query(const QList<qint64> *shown = nullptr) const;
    // The listing of these ids (every article's, or a search's ranking) in
    // the current sort.
    Result<Listing> sorted(QList<qint64> ids, const QList<qint64> *shown) const;
    // Shows the listing, or reports why there is none.
    void showListing(Result<Listing> listing);
    // The row, its page read first when it has not been; nullptr when out of range.
    const Row *rowAt(int row) const;
    // The row's search snippet, its page's snippets read first when they
    // have not been.
    QString snippetAt(int row) const;
    // Emits errorOccurred on the next event loop turn: views read from paint events.
    void reportLater(const Error &error) const;
    // The SortRole value of the column; null for a column out of range.
    static QVariant sortKey(const Article &article, int column);

    std::shared_ptr<Project> m_project;
    QString m_search;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    mutable Listing m_listing;
};

} // namespace Claimbench
