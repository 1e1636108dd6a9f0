#include "core/store/tagrepository.h"

#include "core/store/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

// This file's messages, in TagRepository's translation context.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Claimbench::TagRepository)
};

} // namespace

namespace {

constexpr QStringView kColumns = u"id, parent_id, name, color, position";

Tag tagFrom(const QSqlQuery &q)
{
    const QString color = q.value(3).toString();
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
            color.isEmpty() ? QColor() : QColor::fromString(color), q.value(4).toInt()};
}

QVariant colorColumn(const QColor &color)
{
    return color.isValid() ? color.name(QColor::HexArgb) : QString();
}

std::unexpected<Error> noSuchTag(qint64 id)
{
    return makeError(Error::Code::NotFound, Messages::tr("There is no tag %1 in the project").arg(id));
}

Result<QList<qint64>> children(const QSqlDatabase &db, qint64 parentId)
{
    auto q = parentId > 0
        ? Sql::run(db, u"SELECT id FROM tags WHERE parent_id = ? ORDER BY position, id"_s, {parentId})
        : Sql::run(db, u"SELECT id FROM tags WHERE parent_id IS NULL ORDER BY position, id"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

// NotFound when `id` is no tag; 0 for a top-level tag.
Result<qint64> parentOf(const QSqlDatabase &db, qint64 id)
{
    auto q = Sql::run(db, u"SELECT parent_id FROM tags WHERE id = ?"_s, {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return noSuchTag(id);
    return q->value(0).toLongLong();
}

Result<void> renumber(const QSqlDatabase &db, const QList<qint64> &ids)
{
    QSqlQuery q(db);
    if (!q.prepare(u"UPDATE tags SET position = ? WHERE id = ?"_s))
        return std::unexpected(Sql::databaseError(q.driver(), Messages::tr("Could not reorder the tags"), q.lastError()));
    for (qsizetype i = 0; i < ids.size(); ++i) {
        q.bindValue(0, int(i));
        q.bindValue(1, ids[i]);
        if (auto ok = Sql::run(q, Messages::tr("Could not reorder the tags")); !ok)
            return ok;
    }
    return {};
}

// `column`, the tag's field a conflict names, in the user's words.
QString fieldText(QStringView column)
{
    if (column == u"name")
        return Messages::tr("name");
    if (column == u"color")
        return Messages::tr("color");
    return Messages::tr("parent");
}

std::unexpected<Error> changedMeanwhile(qint64 id, QStringView column, const QString &now, const QString &written)
{
    return makeError(Error::Code::Conflict,
                     Messages::tr("Tag %1 was changed by another program since this step: its %2 is now %3, this step "
                                  "would make it %4. Nothing was changed")
                         .arg(QString::number(id), fieldText(column), now, written));
}

QString tagText(qint64 id)
{
    return Messages::tr("tag %1").arg(id);
}

QString parentText(qint64 parentId)
{
    return parentId > 0 ? tagText(parentId) : Messages::tr("the top level");
}

// Sets `column` of tag `id` to `value`; when `expected` is valid, only while
// the column still holds it (see TagRepository::rename). `shown` turns a
// stored value into text for the message.
Result<void> setColumn(const QString &connection, QStringView column, const QVariant &value, qint64 id,
                       const QVariant &expected, QString (*shown)(const QString &))
{
    return Sql::write(connection, [&](const QSqlDatabase &db) -> Result<void> {
        if (expected.isValid()) {
            auto q = Sql::run(db, u"SELECT "_s + column + u" FROM tags WHERE id = ?"_s, {id});
            if (!q)
                return std::unexpected(q.error());
            if (!q->next())
                return noSuchTag(id);
            if (const QString now = q->value(0).toString(); now != expected.toString())
                return changedMeanwhile(id, column, shown(now), shown(value.toString()));
        }
        return Sql::changeRow(db, u"UPDATE tags SET "_s + column + u" = ? WHERE id = ?"_s, {value, id}, u"tag", id);
    });
}

// The removal of tag `id` (see TagRepository::remove), inside the caller's
// transaction.
Result<void> removeIn(const QSqlDatabase &db, qint64 id, qint64 claimsTo)
{
    auto parent = parentOf(db, id);
    if (!parent)
        return std::unexpected(parent.error());
    if (claimsTo == id)
        return makeError(Error::Code::InvalidInput, Messages::tr("The claims of a removed tag cannot stay on it"));
    if (claimsTo > 0) {
        if (auto target = parentOf(db, claimsTo); !target)
            return std::unexpected(target.error());
    }
    auto siblings = children(db, *parent);
    auto orphans = children(db, id);
    if (!siblings || !orphans)
        return std::unexpected(!siblings ? siblings.error() : orphans.error());
    siblings->removeAll(id);
    siblings->append(*orphans);
    for (const auto &[sql, binds] :
         {std::pair{u"UPDATE claims SET tag_id = ?, row_version = row_version + 1 WHERE tag_id = ?"_s,
                    QList<QVariant>{Sql::idOrNull(claimsTo), id}},
          std::pair{u"UPDATE tags SET parent_id = ? WHERE parent_id = ?"_s,
                    QList<QVariant>{Sql::idOrNull(*parent), id}},
          std::pair{u"DELETE FROM tags WHERE id = ?"_s, QList<QVariant>{id}}}) {
        if (auto q = Sql::run(db, sql, binds); !q)
            return std::unexpected(q.error());
    }
    return renumber(db, *siblings);
}

// "tag 3", or `none` for 0.
// Before restore() undoes a remove(): the claims it untagged must still
// carry `claimsTo` and the children it moved up must still be under the
// tag's parent, else another program changed them since and putting the tag
// back would write over that. Each one that moved, as text.
Result<QStringList> movedSinceRemoval(const QSqlDatabase &db, const Tag &tag, const QList<qint64> &childIds,
                                      const QList<qint64> &claimIds, qint64 claimsTo)
{
    QStringList moved;
    for (const qint64 claim : claimIds) {
        auto q = Sql::run(db, u"SELECT tag_id FROM claims WHERE id = ?"_s, {claim});
        if (!q)
            return std::unexpected(q.error());
        if (!q->next())
            moved << Messages::tr("claim %1 was deleted").arg(claim);
        else if (const qint64 now = q->value(0).toLongLong(); now != claimsTo)
            moved << Messages::tr("claim %1 now has %2")
                         .arg(claim)
                         .arg(now > 0 ? tagText(now) : Messages::tr("no tag"));
    }
    for (const qint64 child : childIds) {
        auto q = Sql::run(db, u"SELECT parent_id FROM tags WHERE id = ?"_s, {child});
        if (!q)
            return std::unexpected(q.error());
        if (!q->next())
            moved << Messages::tr("tag %1 was deleted").arg(child);
        else if (const qint64 now = q->value(0).toLongLong(); now != tag.parentId)
            moved << Messages::tr("tag %1 is now under %2").arg(child).arg(parentText(now));
    }
    return moved;
}

} // namespace

TagRepository::TagRepository(QString connectionName)
    : m_connection(std::move(connectionName))
{
}

Result<qint64> TagRepository::add(Tag &tag)
{
    Tag stored = tag;
    auto ok = Sql::write(m_connection, [&](const QSqlDatabase &db) -> Result<void> {
        if (stored.parentId > 0) {
            if (auto parent = parentOf(db, stored.parentId); !parent)
                return std::unexpected(parent.error());
        }
        auto siblings = children(db, stored.parentId);
        if (!siblings)
            return std::unexpected(siblings.error());
        stored.position = int(siblings->size());
        auto q = Sql::run(db, u"INSERT INTO tags (parent_id, name, color, position) VALUES (?, ?, ?, ?) RETURNING id"_s,
                          {Sql::idOrNull(stored.parentId), stored.name,
                           colorColumn(stored.color),
                           stored.position});
        if (!q)
            return std::unexpected(q.error());
        stored.id = Sql::insertedId(*q);
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    tag = stored;
    return tag.id;
}

Result<void> TagRepository::rename(qint64 id, const QString &name, const Tag *expected)
{
    return setColumn(m_connection, u"name", name, id, expected ? QVariant(expected->name) : QVariant(),
                     [](const QString &stored) -> QString { return u"“"_s + stored + u"”"_s; });
}

Result<void> TagRepository::recolor(qint64 id, const QColor &color, const Tag *expected)
{
    return setColumn(m_connection, u"color", colorColumn(color), id,
                     expected ? colorColumn(expected->color) : QVariant(),
                     [](const QString &stored) -> QString { return stored.isEmpty() ? u"none"_s : stored; });
}

Result<void> TagRepository::move(qint64 id, qint64 parentId, int position, const Tag *expected)
{
    return Sql::write(m_connection, [&](const QSqlDatabase &db) -> Result<void> {
        auto oldParent = parentOf(db, id);
        if (!oldParent)
            return std::unexpected(oldParent.error());
        if (expected && *oldParent != expected->parentId)
            return changedMeanwhile(id, u"parent", parentText(*oldParent), parentText(parentId));
        // Walking up from the new parent must not meet the tag itself.
        for (qint64 ancestor = parentId; ancestor > 0;) {
            if (ancestor == id)
                return makeError(Error::Code::InvalidInput, Messages::tr("A tag cannot be moved into itself"));
            auto up = parentOf(db, ancestor);
            if (!up)
                return std::unexpected(up.error());
            ancestor = *up;
        }
        auto oldSiblings = children(db, *oldParent);
        if (!oldSiblings)
            return std::unexpected(oldSiblings.error());
        oldSiblings->removeAll(id);
        if (auto ok = renumber(db, *oldSiblings); !ok)
            return ok;
        auto newSiblings = children(db, parentId);
        if (!newSiblings)
            return std::unexpected(newSiblings.error());
        newSiblings->removeAll(id);
        newSiblings->insert(std::clamp<qsizetype>(position, 0, newSiblings->size()), id);
        if (auto q = Sql::run(db, u"UPDATE tags SET parent_id = ? WHERE id = ?"_s,
                              {Sql::idOrNull(parentId), id});
            !q)
            return std::unexpected(q.error());
        return renumber(db, *newSiblings);
    });
}

Result<void> TagRepository::remove(qint64 id, qint64 claimsTo)
{
    return Sql::write(m_connection, [&](const QSqlDatabase &db) { return removeIn(db, id, claimsTo); });
}

Result<void> TagRepository::removeUnused(qint64 id)
{
    return Sql::write(m_connection, [&](const QSqlDatabase &db) -> Result<void> {
        auto claims = Sql::ids(db, u"SELECT id FROM claims WHERE tag_id = ? ORDER BY id"_s, {id});
        auto tags = Sql::ids(db, u"SELECT id FROM tags WHERE parent_id = ? ORDER BY id"_s, {id});
        if (!claims || !tags)
            return std::unexpected(!claims ? claims.error() : tags.error());
        QStringList uses;
        if (!claims->isEmpty())
            uses << (claims->size() == 1 ? Messages::tr("it now tags claim %1") : Messages::tr("it now tags claims %1"))
                        .arg(Sql::idsText(*claims));
        if (!tags->isEmpty())
            uses << (tags->size() == 1 ? Messages::tr("it is now the parent of tag %1")
                                       : Messages::tr("it is now the parent of tags %1"))
                        .arg(Sql::idsText(*tags));
        if (!uses.isEmpty())
            return makeError(Error::Code::Conflict,
                             Messages::tr("Tag %1 was used by another program since this step: %2; this step would "
                                          "delete it. Nothing was changed").arg(id).arg(uses.join(u"; "_s)));
        return removeIn(db, id, 0);
    });
}

Result<void> TagRepository::restore(const Tag &tag, const QList<qint64> &childIds,
                                    const QList<qint64> &claimIds, qint64 claimsTo)
{
    if (tag.id <= 0)
        return makeError(Error::Code::InvalidInput, Messages::tr("Only a tag with an id can be put back"));
    return Sql::write(m_connection, [&](const QSqlDatabase &db) -> Result<void> {
        auto taken = Sql::run(db, u"SELECT 1 FROM tags WHERE id = ?"_s, {tag.id});
        if (!taken)
            return std::unexpected(taken.error());
        if (taken->next())
            return makeError(Error::Code::InvalidInput, Messages::tr("There is already a tag %1").arg(tag.id));
        auto moved = movedSinceRemoval(db, tag, childIds, claimIds, claimsTo);
        if (!moved)
            return std::unexpected(moved.error());
        if (!moved->isEmpty())
            return makeError(Error::Code::Conflict,
                             Messages::tr("Tag %1 “%2” cannot be put back: another program changed what deleting it "
                                          "left: %3. Nothing was changed")
                                 .arg(tag.id).arg(tag.name, moved->join(u"; "_s)));
        if (tag.parentId > 0) {
            if (auto parent = parentOf(db, tag.parentId); !parent)
                return std::unexpected(parent.error());
        }
        auto siblings = children(db, tag.parentId);
        if (!siblings)
            return std::unexpected(siblings.error());
        for (qint64 child : childIds)
            siblings->removeAll(child);
        siblings->insert(std::clamp<qsizetype>(tag.position, 0, siblings->size()), tag.id);
        if (auto q = Sql::run(db, u"INSERT INTO tags (id, parent_id, name, color, position) VALUES (?, ?, ?, ?, ?)"_s,
                              {tag.id, Sql::idOrNull(tag.parentId), tag.name, colorColumn(tag.color),
                               tag.position});
            !q)
            return std::unexpected(q.error());
        if (auto ok = renumber(db, *siblings); !ok)
            return ok;
        for (qint64 child : childIds) {
            if (auto q = Sql::run(db, u"UPDATE tags SET parent_id = ? WHERE id = ?"_s, {tag.id, child}); !q)
                return std::unexpected(q.error());
        }
        if (auto ok = renumber(db, childIds); !ok)
            return ok;
        for (qint64 claim : claimIds) {
            if (auto q = Sql::run(db, u"UPDATE claims SET tag_id = ?, row_version = row_version + 1 WHERE id = ?"_s, {tag.id, claim}); !q)
                return std::unexpected(q.error());
        }
        return {};
    });
}

Result<Tag> TagRepository::get(qint64 id) const
{
    auto db = Sql::connection(m_connection);
    if (!db)
        return std::unexpected(db.error());
    auto q = Sql::run(*db, u"SELECT "_s + kColumns + u" FROM tags WHERE id = ?"_s, {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return noSuchTag(id);
    return tagFrom(*q);
}

Result<QList<Tag>> TagRepository::list() const
{
    return Sql::selectAll(m_connection,
                          u"SELECT "_s + kColumns
                              + u" FROM tags ORDER BY parent_id IS NOT NULL, parent_id, position, id"_s,
                          {}, tagFrom);
}

Result<QHash<qint64, int>> TagRepository::claimCounts() const
{
    return Sql::countsById(m_connection, u"SELECT tag_id, COUNT(*) FROM claims WHERE tag_id > 0 GROUP BY tag_id"_s);
}

} // namespace Claimbench
