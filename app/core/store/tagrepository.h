#pragma once

#include "core/domain/tag.h"
#include "core/error.h"

#include <QHash>
#include <QList>

namespace Claimbench {

// The tag tree. A cheap value bound to one thread's connection (see Project);
// every write is one transaction. Siblings are numbered 0..n-1 by position.
class TagRepository
{
public:
    explicit TagRepository(QString connectionName);

    // Appends the tag after its siblings; fills id and position.
    // NotFound when parentId names no tag.
    Result<qint64> add(Tag &tag);
    // rename(), recolor(), move(), remove() and removeUnused() take
    // `expected`, when given, as the tag as the caller's step left it (or
    // read it): the write goes ahead while the stored row has the same
    // version, or the field the write sets (for a removal: name, colour and
    // parent) still holds its value there; else it is refused (Conflict,
    // naming who changed the tag and when, the value now and the one it
    // would write) because another program changed it since. An edit, undo
    // or redo passes it; positions among siblings, which other tags' edits
    // shift, are not compared. Every write records who made it
    // (Tag::changedBy, updated) and raises the row's version.
    Result<void> rename(qint64 id, const QString &name, const Tag *expected = nullptr);
    Result<void> recolor(qint64 id, const QColor &color, const Tag *expected = nullptr);
    // Moves the tag under `parentId` (0: top level) at `position` among its
    // new siblings (clamped). InvalidInput when the move would make a cycle.
    Result<void> move(qint64 id, qint64 parentId, int position, const Tag *expected = nullptr);
    // Removes the tag. Its claims move to `claimsTo` (0: untagged) — the
    // caller asks the analyst which; its child tags move up to its parent.
    Result<void> remove(qint64 id, qint64 claimsTo = 0, const Tag *expected = nullptr);
    // The undo of add(): removes a tag no claim and no tag refers to, and
    // refuses (Conflict, naming them) one that another program has since
    // tagged claims with or given children.
    Result<void> removeUnused(qint64 id, const Tag *expected = nullptr);
    // Puts a removed tag back as given (id, parent, name, color, position
    // among its siblings), makes `childIds` its children again in that order
    // and tags `claimIds` with it, in one transaction: the undo of
    // remove(id, claimsTo). InvalidInput when the id is taken, NotFound for a
    // missing parent; Conflict when a claim of `claimIds` no longer carries
    // `claimsTo` or a child is no longer under the tag's parent (another
    // program changed them since the removal).
    Result<void> restore(const Tag &tag, const QList<qint64> &childIds = {},
                         const QList<qint64> &claimIds = {}, qint64 claimsTo = 0);

    Result<Tag> get(qint64 id) const;
    Result<QList<Tag>> list() const; // by parent, then position
    // How many claims carry each tag, from the tag index alone (one aggregate
    // query, cheap at a million claims). Tags no claim carries are absent.
    Result<QHash<qint64, int>> claimCounts() const;

private:
    QString m_connection;
};

} // namespace Claimbench
