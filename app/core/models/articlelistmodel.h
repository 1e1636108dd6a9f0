#pragma once

#include "core/domain/article.h"
#include "core/error.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
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
class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
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
        // Rows read so far, by article id: a search's hits, and the pages
        // data() has read since.
        QHash<qint64, Row> rows;
    };
    // The ids in the current search's and sort's order, with the hits of a
    // search; equal keys keep their order in `shown`, when given.
    Result<Listing> query(const QList<qint64> *shown = nullptr) const;
    // The row, its page read first when it has not been; nullptr when out of range.
    const Row *rowAt(int row) const;
    // The SortRole value of the column; null for a column out of range.
    static QVariant sortKey(const Article &article, int column);

    std::shared_ptr<Project> m_project;
    QString m_search;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    mutable Listing m_listing;
};

} // namespace Claimbench
