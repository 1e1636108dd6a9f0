#include "core/models/claimstablemodel.h"

#include "core/models/typednumber.h"

#include "core/commands/projectsession.h"
#include "core/models/articlelistmodel.h"
#include "core/store/project.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

QVariant optionalNumber(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant dateOrNull(const PartialDate &date)
{
    return date.isNull() ? QVariant() : QVariant(date.toIso());
}

bool isNumberColumn(int column)
{
    return column == ClaimsTableModel::ValueColumn || column == ClaimsTableModel::LowColumn
        || column == ClaimsTableModel::HighColumn || column == ClaimsTableModel::PageColumn;
}

Error invalid(const QString &message)
{
    return Error{Error::Code::InvalidInput, message, {}};
}

} // namespace

ClaimsTableModel::ClaimsTableModel(QObject *parent)
    : QueriedRowsModel(parent)
    , m_counter(new ClaimCounter(this))
{
    connect(m_counter, &ClaimCounter::counted, this, &ClaimsTableModel::noteCounted);
    connect(m_counter, &ClaimCounter::failed, this, &ClaimsTableModel::errorOccurred);
}

ClaimsTableModel::~ClaimsTableModel() = default;

void ClaimsTableModel::setSession(ProjectSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_query.reset();
    m_counter->setProject(m_session ? m_session->project() : nullptr);
    if (m_session) {
        Result<ClaimQuery> query = ClaimQuery::open(*m_session->project());
        if (query)
            m_query.emplace(std::move(*query));
        else
            Q_EMIT errorOccurred(query.error());
        connect(m_session, &ProjectSession::claimsChanged, this, &ClaimsTableModel::reload);
        connect(m_session, &ProjectSession::tagsChanged, this, &ClaimsTableModel::reload);
        connect(m_session, &ProjectSession::metricsChanged, this, &ClaimsTableModel::reload);
        connect(m_session, &ProjectSession::claimantsChanged, this, &ClaimsTableModel::reload);
    }
    m_all = -1;
    refresh(kPageSize, false);
}

void ClaimsTableModel::setFilter(const ClaimFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh(kPageSize, false);
}

qint64 ClaimsTableModel::claimIdAt(int row) const
{
    const ClaimRow *r = rowAt(row);
    return r ? r->claim.id : 0;
}

const ClaimRow *ClaimsTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

const ClaimQuery *ClaimsTableModel::query() const
{
    return m_query ? &*m_query : nullptr;
}

void ClaimsTableModel::reload()
{
    refresh(qMax(kPageSize, int(m_rows.size())), true);
}

void ClaimsTableModel::refresh(int count, bool inPlace, Count counting)
{
    if (!m_query) {
        m_counter->cancel();
        beginResetModel();
        m_rows.clear();
        m_total = 0;
        m_totalKnown = false;
        m_moreRows = false;
        m_all = -1;
        endResetModel();
        Q_EMIT countsChanged(0, 0);
        return;
    }
    auto rows = m_query->page(m_filter, m_sort, 0, count);
    if (!rows) {
        // A reload that meets a lost server keeps the rows shown, stale for
        // the moment, rather than an empty table until the server is back.
        if (inPlace && rows.error().code == Error::Code::Disconnected)
            Q_EMIT errorOccurred(rows.error());
        else
            fail(rows.error());
        return;
    }
    m_moreRows = rows->size() >= count;
    // A reload after an edit here or another analyst's (a team server):
    // rows merged one by one, so the view keeps its scroll position and
    // selection; a new filter or sort starts over.
    if (inPlace) {
        m_merging = true;
        mergeRows(m_rows, std::move(*rows), [](const ClaimRow &row) { return row.claim.id; }, ColumnCount - 1);
        m_merging = false;
    } else {
        beginResetModel();
        m_rows = std::move(*rows);
        endResetModel();
    }
    if (counting == Count::Again || (!m_totalKnown && !m_counter->isCounting()))
        recount(inPlace && m_totalKnown);
}

void ClaimsTableModel::recount(bool known)
{
    m_totalKnown = known;
    if (!known)
        Q_EMIT countsChanged(-1, m_filter == ClaimFilter{} ? -1 : m_all);
    // Every claim is counted again with the filter after a change (a
    // reload), and once for a project; a new filter reuses it.
    m_counter->count(m_filter, m_filter != ClaimFilter{} && (known || m_all < 0));
}

void ClaimsTableModel::noteCounted(qint64 matching, qint64 all)
{
    m_total = matching;
    m_totalKnown = true;
    if (m_filter == ClaimFilter{})
        m_all = matching;
    else if (all >= 0)
        m_all = all;
    Q_EMIT countsChanged(m_total, m_all);
}

void ClaimsTableModel::fail(const Error &error)
{
    m_counter->cancel();
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_totalKnown = false;
    m_moreRows = false;
    endResetModel();
    Q_EMIT countsChanged(0, m_all);
    Q_EMIT errorOccurred(error);
}

int ClaimsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClaimsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ClaimsTableModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_query || m_merging)
        return false;
    return m_totalKnown ? m_rows.size() < m_total : m_moreRows;
}

void ClaimsTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // From the last row on (keyset paging where the sort allows it), not
    // by skipping every row fetched so far.
    auto page = m_query->pageAfter(m_filter, m_sort, m_rows.isEmpty() ? 0 : m_rows.constLast().claim.id,
                                   m_rows.size(), kPageSize);
    if (!page) {
        Q_EMIT errorOccurred(page.error());
        return;
    }
    m_moreRows = page->size() >= kPageSize;
    if (page->isEmpty()) {
        if (m_totalKnown) {
            // Claims were deleted by another connection since the count.
            m_total = m_rows.size();
            Q_EMIT countsChanged(m_total, m_all);
        }
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_rows += std::move(*page);
    endInsertRows();
}

Result<QStringList> ClaimsTableModel::analysts() const
{
    if (!m_query)
        return QStringList();
    return m_query->analysts();
}

ClaimQuery::SortKey ClaimsTableModel::sortKeyOf(int column)
{
    using Key = ClaimQuery::SortKey;
    switch (column) {
    case ArticleColumn: return Key::ArticleTitle;
    case OutletColumn: return Key::Outlet;
    case PublishedColumn: return Key::Published;
    case AsOfColumn: return Key::AsOf;
    case MetricColumn: return Key::Metric;
    case ValueColumn: return Key::Value;
    case LowColumn: return Key::Low;
    case HighColumn: return Key::High;
    case UnitColumn: return Key::Unit;
    case QualifierColumn: return Key::Qualifier;
    case ClaimantColumn: return Key::Claimant;
    case StatusColumn: return Key::Status;
    case TagColumn: return Key::Tag;
    case QuoteColumn: return Key::Quote;
    case WhoColumn: return Key::ChangedBy;
    case PageColumn: break;
    }
    return Key::Id;
}

void ClaimsTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    // A column of -1 (the view's "unsorted") is claim order.
    const ClaimQuery::Sort sort{column < 0 ? ClaimQuery::SortKey::Id : sortKeyOf(column), order};
    if (sort.key == m_sort.key && sort.order == m_sort.order)
        return;
    m_sort = sort;
    refresh(kPageSize, false, Count::Kept);
}

QString ClaimsTableModel::displayNumber(double value)
{
    const QLocale locale;
    if (std::trunc(value) == value && std::abs(value) < 1e15)
        return locale.toString(qint64(value));
    return locale.toString(value, 'f', QLocale::FloatingPointShortest);
}

QVariant ClaimsTableModel::displayData(const ClaimRow &row, int column) const
{
    const Claim &c = row.claim;
    const auto number = [](std::optional<double> v) { return v ? QVariant(displayNumber(*v)) : QVariant(); };
    switch (column) {
    case ArticleColumn: return row.articleTitle;
    case OutletColumn: return row.outlet;
    case PublishedColumn: return ArticleListModel::displayDate(row.published);
    case AsOfColumn: return ArticleListModel::displayDate(c.asOf);
    case MetricColumn: return row.metric;
    case ValueColumn: return number(c.value);
    case LowColumn: return number(c.low);
    case HighColumn: return number(c.high);
    case UnitColumn: return c.unit;
    case QualifierColumn: return qualifierDisplayName(c.qualifier);
    case ClaimantColumn: return row.claimant;
    case StatusColumn: return claimStatusDisplayName(c.status);
    case TagColumn: return row.tag;
    case PageColumn: return row.page > 0 ? QVariant(QLocale().toString(row.page)) : QVariant();
    case WhoColumn: return c.changedBy;
    case QuoteColumn: return c.quote.simplified();
    }
    return {};
}

QVariant ClaimsTableModel::rawData(const ClaimRow &row, int column) const
{
    const Claim &c = row.claim;
    switch (column) {
    case ArticleColumn: return textOrNull(row.articleTitle);
    case OutletColumn: return textOrNull(row.outlet);
    case PublishedColumn: return dateOrNull(row.published);
    case AsOfColumn: return dateOrNull(c.asOf);
    case MetricColumn: return textOrNull(row.metric);
    case ValueColumn: return optionalNumber(c.value);
    case LowColumn: return optionalNumber(c.low);
    case HighColumn: return optionalNumber(c.high);
    case UnitColumn: return textOrNull(c.unit);
    case QualifierColumn: return textOrNull(qualifierName(c.qualifier));
    case ClaimantColumn: return textOrNull(row.claimant);
    case StatusColumn: return claimStatusName(c.status);
    case TagColumn: return textOrNull(row.tag);
    case PageColumn: return row.page > 0 ? QVariant(row.page) : QVariant();
    case WhoColumn: return textOrNull(c.changedBy);
    case QuoteColumn: return c.quote;
    }
    return {};
}

QVariant ClaimsTableModel::editData(const ClaimRow &row, int column) const
{
    if (isNumberColumn(column)) {
        const QVariant raw = rawData(row, column);
        return raw.isNull() ? QString() : displayNumber(raw.toDouble());
    }
    if (column == QualifierColumn || column == StatusColumn)
        return displayData(row, column);
    const QVariant raw = rawData(row, column);
    return raw.isNull() ? QString() : raw.toString();
}

QVariant ClaimsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClaimRow &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::EditRole:
        return editData(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == QuoteColumn || index.column() == ArticleColumn) {
            QString tip = row.claim.quote + u"\n\n"_s + row.articleTitle;
            if (!row.articleUrl.isEmpty())
                tip += u'\n' + row.articleUrl;
            if (!row.claim.note.isEmpty())
                tip += u"\n\n"_s + row.claim.note;
            if (row.claim.orphaned)
                tip += u"\n\n"_s + tr("The article's text changed and this quote was not found again.");
            return tip;
        }
        if (index.column() == WhoColumn) {
            const Claim &c = row.claim;
            if (c.changedBy.isEmpty())
                return tr("Last written before Claimbench recorded who writes a claim");
            const QString when = QLocale().toString(c.updated.toLocalTime(), QLocale::ShortFormat);
            if (c.createdBy == c.changedBy)
                return tr("Made and last written by %1, %2").arg(c.changedBy, when);
            return tr("Made by %1; last written by %2, %3")
                .arg(c.createdBy.isEmpty() ? tr("someone unrecorded") : c.createdBy, c.changedBy, when);
        }
        break;
    case Qt::DecorationRole:
        // The tag's colour beside its name, the swatch the tag tree shows.
        if (index.column() == TagColumn && row.tagColor.isValid())
            return row.tagColor;
        break;
    case Qt::TextAlignmentRole:
        if (isNumberColumn(index.column()))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ClaimIdRole:
        return row.claim.id;
    case ArticleIdRole:
        return row.claim.articleId;
    case RawValueRole:
        return rawData(row, index.column());
    case StartRole:
        return row.claim.start;
    }
    return {};
}

QVariant ClaimsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Who wrote a claim last and who made it differ once a teammate edits
    // it; the chart's lines per analyst are by who made it.
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == WhoColumn)
        return tr("Who last changed the claim (a chart's lines per analyst are by who made it)");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ArticleColumn: return tr("Article");
    case OutletColumn: return tr("Outlet");
    case PublishedColumn: return tr("Published");
    case AsOfColumn: return tr("As of");
    case MetricColumn: return tr("Metric");
    case ValueColumn: return tr("Value");
    case LowColumn: return tr("Low");
    case HighColumn: return tr("High");
    case UnitColumn: return tr("Unit");
    case QualifierColumn: return tr("Qualifier");
    case ClaimantColumn: return tr("Claimant");
    case StatusColumn: return tr("Status");
    case TagColumn: return tr("Tag");
    case PageColumn: return tr("Page");
    case WhoColumn: return tr("Who");
    case QuoteColumn: return tr("Quote");
    }
    return {};
}

Qt::ItemFlags ClaimsTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    switch (index.column()) {
    // The article's fields belong to the article, the quote to the reader
    // (a boundary move there re-reads it from the body).
    case ArticleColumn:
    case OutletColumn:
    case PublishedColumn:
    case PageColumn:
    case WhoColumn: // the store writes it: whoever saves an edit
    case QuoteColumn:
        return f;
    default:
        break;
    }
    // A team server's reviewer changes only statuses (and notes), a viewer
    // nothing (Project::access); the server refuses the rest anyway.
    const Project::Access access = m_session ? m_session->project()->access() : Project::Access::ReadWrite;
    if (access == Project::Access::ReadOnly || (access == Project::Access::ReviewOnly && index.column() != StatusColumn))
        return f;
    return f | Qt::ItemIsEditable;
}

bool ClaimsTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || !(flags(index) & Qt::ItemIsEditable))
        return false;
    if (!m_session) {
        Q_EMIT errorOccurred(invalid(tr("No project is open")));
        return false;
    }
    // A copy: the session's claimsChanged reloads m_rows during the edit.
    const ClaimRow row = m_rows[index.row()];
    if (value.toString().trimmed() == editData(row, index.column()).toString().trimmed())
        return true; // nothing changed: no write, and no claim taken over in the Who column
    if (auto ok = edit(row, index.column(), value.toString()); !ok) {
        Q_EMIT errorOccurred(ok.error());
        return false;
    }
    return true;
}

bool ClaimsTableModel::setDataSeenAt(const QModelIndex &index, const QVariant &value, qint64 claimId, qint64 version)
{
    const ClaimRow *row = checkIndex(index, CheckIndexOption::IndexIsValid) ? rowAt(index.row()) : nullptr;
    if (!row || row->claim.id != claimId || !(flags(index) & Qt::ItemIsEditable) || !m_session)
        return false;
    ClaimRow seen = *row;
    seen.claim.version = version;
    if (auto ok = edit(seen, index.column(), value.toString()); !ok) {
        Q_EMIT errorOccurred(ok.error());
        return false;
    }
    return true;
}

Result<void> ClaimsTableModel::edit(const ClaimRow &row, int column, const QString &text)
{
    // The row as the analyst saw it, version included: re-reading the claim
    // here would write over a change another analyst made since unseen
    // (ProjectSession::updateClaim checks the version the row carries).
    ClaimDraft draft{row.claim, {}, {}};
    Claim &c = draft.claim;
    const QString trimmed = text.trimmed();
    const QString header = headerData(column, Qt::Horizontal).toString();
    switch (column) {
    case ValueColumn:
    case LowColumn:
    case HighColumn: {
        std::optional<double> number;
        if (!trimmed.isEmpty()) {
            number = readEnteredNumber(trimmed);
            if (!number)
                return std::unexpected(invalid(tr("\"%1\" is not a number").arg(trimmed)));
        }
        (column == ValueColumn ? c.value : column == LowColumn ? c.low : c.high) = number;
        break;
    }
    case AsOfColumn:
        c.asOf = PartialDate::fromIso(trimmed);
        if (!trimmed.isEmpty() && c.asOf.isNull())
            return std::unexpected(invalid(tr("\"%1\" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD").arg(trimmed)));
        break;
    case UnitColumn:
        c.unit = trimmed;
        break;
    case QualifierColumn:
        c.qualifier = qualifierFromDisplayName(trimmed);
        if (!trimmed.isEmpty() && c.qualifier == Qualifier::None)
            return std::unexpected(
                invalid(tr("\"%1\" is not a qualifier: %2").arg(trimmed, qualifierDisplayNames().join(u", "))));
        break;
    case StatusColumn: {
        const std::optional<ClaimStatus> status = claimStatusFromDisplayName(trimmed);
        if (!status)
            return std::unexpected(
                invalid(tr("\"%1\" is not a status: %2").arg(trimmed, claimStatusDisplayNames().join(u", "))));
        c.status = *status;
        break;
    }
    case MetricColumn:
        // The session resolves the name, or creates the metric in the same undo step.
        c.metricId = 0;
        draft.metricName = trimmed;
        break;
    case ClaimantColumn:
        c.claimantId = 0;
        draft.claimantName = trimmed;
        break;
    case TagColumn: {
        c.tagId = 0;
        if (trimmed.isEmpty())
            break;
        const Result<QList<Tag>> tags = m_session->project()->tags().list();
        if (!tags)
            return std::unexpected(tags.error());
        for (const Tag &tag : *tags)
            if (tag.name.compare(trimmed, Qt::CaseInsensitive) == 0) {
                c.tagId = tag.id;
                break;
            }
        if (c.tagId == 0)
            return std::unexpected(invalid(tr("There is no tag named \"%1\"").arg(trimmed)));
        break;
    }
    default:
        return std::unexpected(invalid(tr("This column cannot be edited here")));
    }
    return m_session->updateClaim(draft, tr("Edit %1 of claim").arg(header.toLower()));
}

Result<void> ClaimsTableModel::bulkEdit(const QList<int> &rows, const QString &oneText, const QString &manyText,
                                        const std::function<void(Claim &claim)> &change)
{
    if (!m_session)
        return std::unexpected(invalid(tr("No project is open")));
    // The rows as shown (copies: the session's claimsChanged reloads m_rows
    // during the edit), each checked against the version it was read at.
    QList<Claim> after;
    for (const int row : rows) {
        const ClaimRow *shown = rowAt(row);
        if (!shown)
            return std::unexpected(invalid(tr("Row %1 is not in the table").arg(row + 1)));
        after << shown->claim;
        change(after.last());
    }
    return m_session->updateClaims(after, after.size() == 1 ? oneText : manyText);
}

Result<void> ClaimsTableModel::setStatus(const QList<int> &rows, ClaimStatus status)
{
    // One claim spelled out, more with %n: English has no plural catalogue
    // (the headless tests load none), Ukrainian chooses its form by the count.
    return bulkEdit(rows, tr("Set status of 1 claim"), tr("Set status of %n claims", nullptr, int(rows.size())),
                    [&](Claim &c) { c.status = status; });
}

Result<void> ClaimsTableModel::setTag(const QList<int> &rows, qint64 tagId)
{
    return bulkEdit(rows, tr("Retag 1 claim"), tr("Retag %n claims", nullptr, int(rows.size())),
                    [&](Claim &c) { c.tagId = tagId; });
}

Result<void> ClaimsTableModel::setMetric(const QList<int> &rows, qint64 metricId)
{
    return bulkEdit(rows, tr("Set metric of 1 claim"), tr("Set metric of %n claims", nullptr, int(rows.size())),
                    [&](Claim &c) { c.metricId = metricId; });
}

} // namespace Claimbench
