#include "core/models/articlelistmodel.h"

#include "core/store/articlerepository.h"
#include "core/store/project.h"

#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Claimbench {

ArticleListModel::ArticleListModel(QObject *parent)
    : QueriedRowsModel(parent)
{
}

void ArticleListModel::setProject(std::shared_ptr<Project> project)
{
    m_project = std::move(project);
    reload();
}

void ArticleListModel::setSearch(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    reload();
}

Result<QList<ArticleListModel::Row>> ArticleListModel::query() const
{
    QList<Row> rows;
    if (!m_project)
        return rows;
    const ArticleRepository articles = m_project->articles();
    if (m_search.isEmpty()) {
        auto listed = articles.list();
        if (!listed)
            return std::unexpected(listed.error());
        rows.reserve(listed->size());
        for (Article &article : *listed)
            rows.append(Row{std::move(article), {}});
        return rows;
    }
    auto hits = articles.search(m_search);
    if (!hits)
        return std::unexpected(hits.error());
    rows.reserve(hits->size());
    for (ArticleSearchHit &hit : *hits)
        rows.append(Row{std::move(hit.article), std::move(hit.snippet)});
    return rows;
}

void ArticleListModel::reload()
{
    if (const std::optional<Error> failed = replaceRows(m_rows, query()))
        Q_EMIT errorOccurred(*failed);
}

qint64 ArticleListModel::articleIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).article.id : 0;
}

int ArticleListModel::rowOfArticle(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).article.id == id)
            return row;
    return -1;
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    // A combo box with no current row asks for the invalid index: no data,
    // and no checkIndex() warning for what is not a bug.
    if (!index.isValid())
        return {};
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Article &article = row.article;
    switch (role) {
    // An editable combo box (the reader's article picker) and its completer
    // read EditRole; the rows are not editable, so it is the displayed text.
    case Qt::EditRole:
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return displayTitle(article);
        case OutletColumn:
            return article.outlet;
        case PublishedColumn:
            return displayDate(article.published);
        case ClaimsColumn:
            return article.claimCount;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case TitleColumn:
            return displayTitle(article).toCaseFolded();
        case OutletColumn:
            return article.outlet.toCaseFolded();
        case PublishedColumn:
            // ISO text sorts chronologically, and "2025" before "2025-06".
            return article.published.toIso();
        case ClaimsColumn:
            return article.claimCount;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn) {
            QString tip = displayTitle(article);
            if (!article.url.isEmpty())
                tip += u'\n' + article.url;
            if (!row.snippet.isEmpty())
                tip += u"\n\n"_s + row.snippet;
            return tip;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ClaimsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ArticleIdRole:
        return article.id;
    case SnippetRole:
        return row.snippet;
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case OutletColumn:
        return tr("Outlet");
    case PublishedColumn:
        return tr("Published");
    case ClaimsColumn:
        return tr("Claims");
    }
    return {};
}

QString ArticleListModel::displayDate(const PartialDate &date)
{
    const QLocale locale;
    switch (date.precision()) {
    case DatePrecision::Unknown:
        return {};
    case DatePrecision::Year:
        return QString::number(date.date().year());
    case DatePrecision::Month:
        return locale.toString(date.date(), u"MMM yyyy");
    case DatePrecision::Day:
        return locale.toString(date.date(), u"d MMM yyyy");
    }
    return {};
}

QString ArticleListModel::displayTitle(const Article &article)
{
    if (!article.title.trimmed().isEmpty())
        return article.title.simplified();
    if (!article.sourcePath.isEmpty())
        return QFileInfo(article.sourcePath).fileName();
    return tr("(untitled)");
}

} // namespace Claimbench
