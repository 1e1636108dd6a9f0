#include "core/models/tagtreemodel.h"

#include "core/commands/projectsession.h"
#include "core/store/project.h"

#include <QMimeData>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Claimbench {

TagTreeModel::TagTreeModel(ClaimCounts counts, QObject *parent)
    : QAbstractItemModel(parent)
    , m_counts(counts)
{
}

void TagTreeModel::setSession(ProjectSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &ProjectSession::tagsChanged, this, &TagTreeModel::reload);
        if (m_counts == ClaimCounts::Counted)
            connect(m_session, &ProjectSession::claimsChanged, this, &TagTreeModel::recount);
    }
    reload();
}

Result<QList<TagTreeModel::Entry>> TagTreeModel::query() const
{
    if (!m_session)
        return QList<Entry>();
    auto tags = m_session->project()->tags().list();
    if (!tags)
        return std::unexpected(tags.error());
    QHash<qint64, int> counts;
    if (m_counts == ClaimCounts::Counted) {
        auto counted = countClaims();
        if (!counted)
            return std::unexpected(counted.error());
        counts = std::move(*counted);
    }

    // list() orders by parent, then position: group the children, then walk
    // the tree depth first so that entries come in display order.
    QHash<qint64, QList<const Tag *>> childrenOf;
    QSet<qint64> ids;
    for (const Tag &tag : std::as_const(*tags))
        ids.insert(tag.id);
    for (const Tag &tag : std::as_const(*tags))
        childrenOf[ids.contains(tag.parentId) ? tag.parentId : 0].append(&tag);

    QList<Entry> entries;
    entries.reserve(tags->size());
    const auto visit = [&](const auto &self, qint64 parentId, int depth) -> void {
        for (const Tag *tag : std::as_const(childrenOf[parentId])) {
            entries.append(Entry{*tag, depth, counts.value(tag->id)});
            self(self, tag->id, depth + 1);
        }
    };
    visit(visit, 0, 0);
    return entries;
}

Result<QHash<qint64, int>> TagTreeModel::countClaims() const
{
    return m_session->project()->tags().claimCounts();
}

void TagTreeModel::reload()
{
    auto entries = query();
    // As the claims table: a lost server leaves the tags as they were.
    if (!entries && entries.error().code == Error::Code::Disconnected) {
        Q_EMIT errorOccurred(entries.error());
        return;
    }
    if (entries && !entries->isEmpty() && sameShape(*entries)) {
        // A rename or recolor: update the rows in place, so that the view
        // keeps its selection, expansion and any open editor.
        for (int i = 0; i < m_entries.size(); ++i) {
            const Entry &now = entries->at(i);
            Entry &shown = m_entries[i];
            if (now.tag.name == shown.tag.name && now.tag.color == shown.tag.color
                && now.claimCount == shown.claimCount)
                continue;
            shown = now;
            const int row = m_nodes.at(i).row;
            Q_EMIT dataChanged(createIndex(row, NameColumn, quintptr(i)),
                               createIndex(row, ColumnCount - 1, quintptr(i)));
        }
        return;
    }
    beginResetModel();
    build(entries ? std::move(*entries) : QList<Entry>());
    endResetModel();
    if (!entries)
        Q_EMIT errorOccurred(entries.error());
}

bool TagTreeModel::sameShape(const QList<Entry> &entries) const
{
    if (entries.size() != m_entries.size())
        return false;
    for (int i = 0; i < entries.size(); ++i)
        if (entries.at(i).tag.id != m_entries.at(i).tag.id || entries.at(i).depth != m_entries.at(i).depth)
            return false;
    return true;
}

void TagTreeModel::recount()
{
    if (!m_session || m_entries.isEmpty())
        return;
    auto counts = countClaims();
    if (!counts) {
        Q_EMIT errorOccurred(counts.error());
        return;
    }
    for (int i = 0; i < m_entries.size(); ++i) {
        Entry &entry = m_entries[i];
        const int count = counts->value(entry.tag.id);
        if (count == entry.claimCount)
            continue;
        entry.claimCount = count;
        const QModelIndex changed = createIndex(m_nodes.at(i).row, ClaimsColumn, quintptr(i));
        Q_EMIT dataChanged(changed, changed, {Qt::DisplayRole, ClaimCountRole});
    }
}

void TagTreeModel::build(QList<Entry> entries)
{
    m_entries = std::move(entries);
    m_nodes = QList<Node>(m_entries.size());
    m_roots.clear();
    m_nodeOfTag.clear();
    // Entries are depth first, so a node's parent is the nearest earlier
    // entry one level up: keep the open ancestors on a stack.
    QList<int> ancestors;
    for (int i = 0; i < m_entries.size(); ++i) {
        const int depth = m_entries.at(i).depth;
        ancestors.resize(depth);
        Node &node = m_nodes[i];
        QList<int> &siblings = depth == 0 ? m_roots : m_nodes[ancestors.last()].children;
        node.parent = depth == 0 ? -1 : ancestors.last();
        node.row = int(siblings.size());
        siblings.append(i);
        ancestors.append(i);
        m_nodeOfTag.insert(m_entries.at(i).tag.id, i);
    }
}

QList<qint64> TagTreeModel::shortcutTagIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_entries.size() && i < kShortcutCount; ++i)
        ids.append(m_entries.at(i).tag.id);
    return ids;
}

std::optional<Tag> TagTreeModel::tag(qint64 id) const
{
    const auto it = m_nodeOfTag.constFind(id);
    if (it == m_nodeOfTag.cend())
        return std::nullopt;
    return m_entries.at(*it).tag;
}

QModelIndex TagTreeModel::indexOfTag(qint64 id, int column) const
{
    const auto it = m_nodeOfTag.constFind(id);
    if (it == m_nodeOfTag.cend() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(m_nodes.at(*it).row, column, quintptr(*it));
}

qint64 TagTreeModel::tagIdAt(const QModelIndex &index) const
{
    const int node = nodeOf(index);
    return node < 0 ? 0 : m_entries.at(node).tag.id;
}

int TagTreeModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    return int(index.internalId());
}

const QList<int> &TagTreeModel::childrenOf(const QModelIndex &parent) const
{
    const int node = nodeOf(parent);
    return node < 0 ? m_roots : m_nodes.at(node).children;
}

QModelIndex TagTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != NameColumn))
        return {};
    const QList<int> &children = childrenOf(parent);
    if (row < 0 || row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex TagTreeModel::parent(const QModelIndex &child) const
{
    const int node = nodeOf(child);
    if (node < 0)
        return {};
    const int parentNode = m_nodes.at(node).parent;
    if (parentNode < 0)
        return {};
    return createIndex(m_nodes.at(parentNode).row, NameColumn, quintptr(parentNode));
}

int TagTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != NameColumn)
        return 0;
    return int(childrenOf(parent).size());
}

int TagTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TagTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int node = nodeOf(index);
    const Entry &entry = m_entries.at(node);
    const int key = node < kShortcutCount ? node + 1 : 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return entry.tag.name;
        case ClaimsColumn:
            return m_counts == ClaimCounts::Counted ? QVariant(entry.claimCount) : QVariant();
        case KeyColumn:
            return key > 0 ? QVariant(QString::number(key)) : QVariant();
        }
        break;
    case Qt::EditRole:
        if (index.column() == NameColumn)
            return entry.tag.name;
        break;
    case Qt::DecorationRole:
        if (index.column() == NameColumn && entry.tag.color.isValid())
            return entry.tag.color;
        break;
    case Qt::ToolTipRole:
        if (index.column() == KeyColumn && key > 0)
            return tr("Press %1 to apply this tag to the selected claim").arg(key);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != NameColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case TagIdRole:
        return entry.tag.id;
    case ColorRole:
        return entry.tag.color;
    case ClaimCountRole:
        return entry.claimCount;
    case ShortcutKeyRole:
        return key;
    }
    return {};
}

QVariant TagTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Translations may shorten the header to fit the dock; this keeps its meaning.
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == ClaimsColumn)
        return tr("The number of claims with this tag");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Tag");
    case ClaimsColumn:
        return tr("Claims");
    case KeyColumn:
        return tr("Key");
    }
    return {};
}

Qt::ItemFlags TagTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled; // dropping on the empty area: top level
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    // Only a role that may write (Project::access: not a team server's
    // reviewer or viewer) renames tags or moves them by dragging.
    if (m_session && m_session->project()->access() != Project::Access::ReadWrite)
        return result;
    result |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    if (index.column() == NameColumn && m_session)
        result |= Qt::ItemIsEditable;
    return result;
}

bool TagTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const qint64 id = tagIdAt(index);
    if (role != Qt::EditRole || index.column() != NameColumn || id == 0 || !m_session)
        return false;
    const QString name = value.toString().simplified();
    if (name.isEmpty() || name == m_entries.at(nodeOf(index)).tag.name)
        return false;
    auto renamed = m_session->renameTag(id, name);
    if (!renamed) {
        Q_EMIT errorOccurred(renamed.error());
        return false;
    }
    return true;
}

QStringList TagTreeModel::mimeTypes() const
{
    return {kTagIdMimeType.toString()};
}

QMimeData *TagTreeModel::mimeData(const QModelIndexList &indexes) const
{
    // The tree is single-selection: the first index names the dragged tag.
    for (const QModelIndex &index : indexes) {
        if (const qint64 id = tagIdAt(index); id > 0) {
            auto *data = new QMimeData;
            data->setData(kTagIdMimeType.toString(), QByteArray::number(id));
            return data;
        }
    }
    return nullptr;
}

Qt::DropActions TagTreeModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions TagTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool TagTreeModel::isInSubtree(qint64 tagId, qint64 rootId) const
{
    for (int node = m_nodeOfTag.value(tagId, -1); node >= 0; node = m_nodes.at(node).parent)
        if (m_entries.at(node).tag.id == rootId)
            return true;
    return false;
}

std::optional<qint64> TagTreeModel::droppedTag(const QMimeData *data, qint64 parentId) const
{
    if (!data || !m_session || !data->hasFormat(kTagIdMimeType.toString()))
        return std::nullopt;
    bool ok = false;
    const qint64 id = data->data(kTagIdMimeType.toString()).toLongLong(&ok);
    if (!ok || !m_nodeOfTag.contains(id))
        return std::nullopt;
    // A tag cannot become its own descendant.
    if (parentId > 0 && isInSubtree(parentId, id))
        return std::nullopt;
    return id;
}

bool TagTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                   const QModelIndex &parent) const
{
    return action == Qt::MoveAction && droppedTag(data, tagIdAt(parent)).has_value();
}

bool TagTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                const QModelIndex &parent)
{
    const QModelIndex parentName = parent.siblingAtColumn(NameColumn);
    const qint64 parentId = tagIdAt(parentName);
    const auto id = action == Qt::MoveAction ? droppedTag(data, parentId) : std::nullopt;
    if (!id)
        return false;
    const int siblings = rowCount(parentName);
    int position = row < 0 || row > siblings ? siblings : row;
    // `row` counts the tag itself when it stays under the same parent; the
    // session's position counts the siblings without it.
    const Node &node = m_nodes.at(m_nodeOfTag.value(*id));
    const qint64 oldParentId = node.parent < 0 ? 0 : m_entries.at(node.parent).tag.id;
    if (oldParentId == parentId && node.row < position)
        --position;
    if (oldParentId == parentId && node.row == position)
        return false;
    auto moved = m_session->moveTag(*id, parentId, position);
    if (!moved) {
        Q_EMIT errorOccurred(moved.error());
        return false;
    }
    return true;
}

} // namespace Claimbench
