#pragma once

#include "core/domain/article.h"
#include "core/error.h"
#include "core/models/queriedrowsmodel.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <memory>

namespace Claimbench {

class Project;

// The project's articles as a table (title, outlet, published, claims) for the
// library view. It never runs SQL: rows come from ArticleRepository::list()
// (newest first) or, while a search is set, from ArticleRepository::search()
// (best match first). Rows hold no body; ask the repository for it.
//
// Thread affinity: the thread the model lives on (the GUI thread); the
// repositories it uses are bound to that thread's connection.
// Errors: a failed query empties the model and is reported through
// errorOccurred(); nothing is thrown.
class ArticleListModel : public QueriedRowsModel<QAbstractTableModel>
{
    Q_OBJECT
public:
    enum Column { TitleColumn, OutletColumn, PublishedColumn, ClaimsColumn, ColumnCount };

    enum Role {
        ArticleIdRole = Qt::UserRole + 1, // qint64
        SortRole,                         // a value that sorts the column naturally
        SnippetRole,                      // search snippet, empty outside a search
    };

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
    Result<QList<Row>> query() const;

    std::shared_ptr<Project> m_project;
    QString m_search;
    QList<Row> m_rows;
};

} // namespace Claimbench
