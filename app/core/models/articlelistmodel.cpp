#include "core/models/articlelistmodel.h"

#include "core/store/articlerepository.h"
#include "core/store/project.h"

#include <QFileInfo>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Claimbench {

ArticleListModel::ArticleListModel(QObject *parent)
    : QueriedRowsModel(parent)
{
}

void ArticleListModel::setProject(std::shared_ptr<Project> project)
{
    m_project = std::move(project);
    showListing(query());
}

void ArticleListModel::setSearch(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    showListing(query());
}

namespace {

// A row's SortRole value, unpacked once for the many comparisons of a sort.
struct SortEntry
{
    QString text;
    int number = 0;
    qint64 id = 0;
    bool ascii = false; // text is all ASCII
};

SortEntry textEntry(QString text, qint64 id)
{
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    return {std::move(text), 0, id, ascii};
}

// QString::compare(Qt::CaseInsensitive) of case-folded keys. Folded ASCII
// has no capitals left, so code units order it the same, without the
// per-character folding.
bool textLess(const SortEntry &left, const SortEntry &right)
{
    if (left.ascii && right.ascii)
        return QStringView(left.text).compare(QStringView(right.text)) < 0;
    return QString::compare(left.text, right.text, Qt::CaseInsensitive) < 0;
}

} // namespace

Result<ArticleListModel::Listing> ArticleListModel::query(const QList<qint64> *shown) const
{
    if (!m_project)
        return Listing();
    const ArticleRepository articles = m_project->articles();
    auto ids = m_search.isEmpty() ? articles.listIds() : articles.rankedIds(m_search, kSearchHits);
    if (!ids)
        return std::unexpected(ids.error());
    return sorted(std::move(*ids), shown);
}

Result<ArticleListModel::Listing> ArticleListModel::sorted(QList<qint64> ids, const QList<qint64> *shown) const
{
    Listing listing;
    listing.ids = std::move(ids);
    if (!m_project || m_sortColumn < 0)
        return listing;

    const ArticleRepository articles = m_project->articles();
    const bool numeric = m_sortColumn == ClaimsColumn;
    QHash<qint64, SortEntry> keys;
    keys.reserve(listing.ids.size());
    const auto addKey = [&](const Article &article) {
        const QVariant key = sortKey(article, m_sortColumn);
        keys.insert(article.id, numeric ? SortEntry{{}, key.toInt(), article.id, false}
                                        : textEntry(key.toString(), article.id));
    };
    if (!m_search.isEmpty()) {
        auto hits = articles.listByIds(listing.ids);
        if (!hits)
            return std::unexpected(hits.error());
        for (Article &article : *hits) {
            addKey(article);
            listing.rows.insert(article.id, Row{std::move(article), {}});
        }
    } else if (numeric) {
        auto counts = articles.claimCounts();
        if (!counts)
            return std::unexpected(counts.error());
        for (const qint64 id : std::as_const(listing.ids))
            keys.insert(id, SortEntry{{}, counts->value(id), id, false});
    } else {
        // Read from the column's index, not the rows: a sort of 100,000
        // articles would otherwise read every article's row.
        const auto field = m_sortColumn == TitleColumn    ? ArticleRepository::SortField::Title
                         : m_sortColumn == OutletColumn ? ArticleRepository::SortField::Outlet
                                                        : ArticleRepository::SortField::Published;
        if (auto read = articles.forEachSortField(field, addKey); !read)
            return std::unexpected(read.error());
    }

    // A stable sort, as QSortFilterProxyModel sorts: rows with equal keys
    // keep the order they had (`shown` when re-sorting the rows on screen,
    // else the model's own) in both directions. An article stored or deleted
    // between reading the ids and the keys is left out.
    QList<SortEntry> sorted;
    sorted.reserve(keys.size());
    const auto take = [&](qint64 id) {
        if (auto key = keys.find(id); key != keys.end()) {
            sorted.append(std::move(*key));
            keys.erase(key);
        }
    };
    if (shown)
        for (const qint64 id : *shown)
            take(id);
    for (const qint64 id : std::as_const(listing.ids))
        take(id);
    const auto less = [numeric](const SortEntry &left, const SortEntry &right) {
        return numeric ? left.number < right.number : textLess(left, right);
    };
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    std::stable_sort(sorted.begin(), sorted.end(), [&](const SortEntry &a, const SortEntry &b) {
        return ascending ? less(a, b) : less(b, a);
    });
    listing.ids.clear();
    listing.ids.reserve(sorted.size());
    for (const SortEntry &entry : std::as_const(sorted))
        listing.ids.append(entry.id);
    return listing;
}

void ArticleListModel::reload()
{
    // Rows merged one by one (articles another analyst imported appear, the
    // rest keep their place), so the view keeps its scroll and selection.
    auto listing = query(&m_listing.ids);
    if (!listing) {
        // As the claims table: a lost server leaves the library as it was.
        if (listing.error().code == Error::Code::Disconnected)
            Q_EMIT errorOccurred(listing.error());
        else
            showListing(std::move(listing));
        return;
    }
    m_listing.rows = std::move(listing->rows);
    m_listing.snippetPages.clear();
    mergeRows(m_listing.ids, std::move(listing->ids), [](qint64 id) { return id; }, ColumnCount - 1);
}

void ArticleListModel::showSearchResult(const QString &text, QList<qint64> rankedIds)
{
    m_search = text.trimmed();
    showListing(m_search.isEmpty() ? query() : sorted(std::move(rankedIds), nullptr));
}

void ArticleListModel::showListing(Result<Listing> listing)
{
    beginResetModel();
    m_listing = listing ? std::move(*listing) : Listing();
    endResetModel();
    if (!listing)
        Q_EMIT errorOccurred(listing.error());
}

void ArticleListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        column = -1;
    if (column == m_sortColumn && (column < 0 || order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    auto listing = query(&m_listing.ids);
    // Another program may have added or removed articles since the last
    // reload: then the rows are not the same ones in another order.
    if (!listing || listing->ids.size() != m_listing.ids.size()) {
        reload();
        return;
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QHash<qint64, int> rowOf;
    rowOf.reserve(listing->ids.size());
    for (int row = 0; row < listing->ids.size(); ++row)
        rowOf.insert(listing->ids.at(row), row);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before) {
        const int row = rowOf.value(m_listing.ids.value(index.row()), -1);
        after.append(row < 0 ? QModelIndex() : createIndex(row, index.column()));
    }
    m_listing.ids = std::move(listing->ids);
    m_listing.rows.insert(listing->rows);
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ArticleListModel::reportLater(const Error &error) const
{
    auto *model = const_cast<ArticleListModel *>(this);
    QMetaObject::invokeMethod(model, [model, error] { Q_EMIT model->errorOccurred(error); }, Qt::QueuedConnection);
}

const ArticleListModel::Row *ArticleListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_listing.ids.size())
        return nullptr;
    const auto cached = m_listing.rows.constFind(m_listing.ids.at(row));
    if (cached != m_listing.rows.cend())
        return &*cached;
    // The page around the row, as ClaimsTableModel fetches: a view asks for
    // its visible rows one after another.
    const int first = row / pageSize * pageSize;
    const QList<qint64> page = m_listing.ids.mid(first, pageSize);
    auto read = m_project ? m_project->articles().listByIds(page)
                          : Result<QList<Article>>(std::unexpected(Error{Error::Code::NotFound, tr("No project open"), {}}));
    if (read) {
        for (Article &article : *read)
            m_listing.rows.insert(article.id, Row{std::move(article), {}});
    } else {
        reportLater(read.error());
    }
    // Rows that could not be read (or were deleted meanwhile) stay blank
    // instead of being asked for again on every paint.
    for (const qint64 id : page) {
        if (!m_listing.rows.contains(id)) {
            Article blank;
            blank.id = id;
            m_listing.rows.insert(id, Row{std::move(blank), {}});
        }
    }
    return &*m_listing.rows.constFind(m_listing.ids.at(row));
}

QString ArticleListModel::snippetAt(int row) const
{
    const Row *found = rowAt(row);
    if (!found || m_search.isEmpty())
        return {};
    const int page = row / pageSize;
    if (!m_listing.snippetPages.contains(page)) {
        m_listing.snippetPages.insert(page);
        const QList<qint64> ids = m_listing.ids.mid(qsizetype(page) * pageSize, pageSize);
        auto read = m_project->articles().snippets(m_search, ids);
        if (!read) {
            reportLater(read.error());
            return {};
        }
        for (auto it = read->cbegin(); it != read->cend(); ++it)
            if (auto cached = m_listing.rows.find(it.key()); cached != m_listing.rows.end())
                cached->snippet = it.value();
    }
    return m_listing.rows.value(m_listing.ids.at(row)).snippet;
}

qint64 ArticleListModel::articleIdAt(int row) const
{
    return m_listing.ids.value(row, 0);
}

int ArticleListModel::rowOfArticle(qint64 id) const
{
    return int(m_listing.ids.indexOf(id));
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_listing.ids.size());
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
    if (role == ArticleIdRole)
        return m_listing.ids.at(index.row());
    const Row *found = rowAt(index.row());
    if (!found)
        return {};
    const Row &row = *found;
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
        return sortKey(article, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn) {
            QString tip = displayTitle(article);
            if (!article.url.isEmpty())
                tip += u'\n' + article.url;
            if (const QString snippet = snippetAt(index.row()); !snippet.isEmpty())
                tip += u"\n\n"_s + snippet;
            return tip;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ClaimsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SnippetRole:
        return snippetAt(index.row());
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

QVariant ArticleListModel::sortKey(const Article &article, int column)
{
    switch (column) {
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
