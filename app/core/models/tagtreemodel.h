#pragma once

#include "core/domain/tag.h"
#include "core/error.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QPointer>

#include <optional>

namespace Claimbench {

class ProjectSession;

// The project's tag tree for the tag dock and the claim editor's tag list.
// Columns: the tag's name (color as decoration, editable: renames), its
// number of claims, and the number key 1-9 that applies it.
//
// It never runs SQL: rows come from TagRepository::list() (and, when claims
// are counted, ClaimRepository::list()). Every change the view asks for —
// rename through setData(), move through drag and drop — goes through the
// session, so it is one undo step; the model reloads on the session's
// tagsChanged() (and recounts on claimsChanged()).
//
// Thread affinity: the GUI thread, like the session it reads through.
// Errors: a failed read empties the model, a refused edit leaves it as it
// was; both are reported through errorOccurred(), nothing is thrown.
class TagTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ClaimsColumn, KeyColumn, ColumnCount };

    enum Role {
        TagIdRole = Qt::UserRole + 1, // qint64
        ColorRole,                    // QColor, invalid when the tag has none
        ClaimCountRole,               // int, claims tagged with exactly this tag
        ShortcutKeyRole,              // int 1-9, or 0 when no number key applies it
    };

    // Counting claims reads every claim on each claim change; a model that
    // only lists the tags (the claim editor's) switches it off.
    enum class ClaimCounts { Counted, NotCounted };

    // One tag in display order (depth first, siblings by position).
    struct Entry
    {
        Tag tag;
        int depth = 0;      // 0 for a top-level tag
        int claimCount = 0; // 0 when claims are not counted
    };

    // MIME type of a dragged tag: its id as decimal text.
    static constexpr QStringView kTagIdMimeType = u"application/x-claimbench-tag-id";
    // How many tags the number keys reach.
    static constexpr int kShortcutCount = 9;

    explicit TagTreeModel(ClaimCounts counts = ClaimCounts::Counted, QObject *parent = nullptr);

    // The session is not owned (nullptr: no rows). Reloads, and again on
    // every tagsChanged() of it: a reload that moves, adds or removes tags
    // resets the model; one that only renames or recolors emits dataChanged().
    void setSession(ProjectSession *session);
    void reload();

    // Every tag in display order: the order the tree shows them expanded.
    const QList<Entry> &entries() const { return m_entries; }
    // The tags the number keys 1-9 apply, in key order: the first nine of
    // entries().
    QList<qint64> shortcutTagIds() const;
    std::optional<Tag> tag(qint64 id) const;
    // Invalid when the tag is not in the model.
    QModelIndex indexOfTag(qint64 id, int column = NameColumn) const;
    // 0 for an invalid index.
    qint64 tagIdAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Renames through the session (a blank or unchanged name is refused).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    // Moves the dragged tag through the session: onto a tag (row -1) makes it
    // that tag's last child, between rows puts it there among the siblings.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    void errorOccurred(const Claimbench::Error &error);

private:
    struct Node
    {
        int parent = -1;     // node index, -1 for a top-level tag
        int row = 0;         // among its siblings
        QList<int> children; // node indexes
    };

    Result<QList<Entry>> query() const;
    Result<QHash<qint64, int>> countClaims() const;
    void recount();
    void build(QList<Entry> entries);
    // The same tags in the same places (only names, colors or counts differ).
    bool sameShape(const QList<Entry> &entries) const;
    const QList<int> &childrenOf(const QModelIndex &parent) const;
    int nodeOf(const QModelIndex &index) const;
    // The tag a drop carries, when it may land under `parentId`.
    std::optional<qint64> droppedTag(const QMimeData *data, qint64 parentId) const;
    bool isInSubtree(qint64 tagId, qint64 rootId) const;

    QPointer<ProjectSession> m_session;
    ClaimCounts m_counts;
    QList<Entry> m_entries; // display order
    QList<Node> m_nodes;    // node i shows m_entries[i]
    QList<int> m_roots;
    QHash<qint64, int> m_nodeOfTag;
};

} // namespace Claimbench
