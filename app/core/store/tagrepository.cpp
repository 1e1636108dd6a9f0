#include "core/store/tagrepository.h"

#include "core/store/rowauthor.h"
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

constexpr QStringView kColumns = u"id, parent_id, name, color, position, row_version, created_by, changed_by, updated";

Tag tagFrom(const QSqlQuery &q)
{
    const QString color = q.value(3).toString();
    Tag tag{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
            color.isEmpty() ? QColor() : QColor::fromString(color), q.value(4).toInt()};
    tag.version = q.value(5).toLongLong();
    tag.createdBy = q.value(6).toString();
    tag.changedBy = q.value(7).toString();
    tag.updated = Sql::timestampFromColumn(q.value(8));
    return tag;
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

QString tagText(qint64 id)
{
    return Messages::tr("tag %1").arg(id);
}

QString parentText(qint64 parentId)
{
    return parentId > 0 ? tagText(parentId) : Messages::tr("the top level");
}

QString colorText(const QColor &color)
{
    return color.isValid() ? color.name(QColor::HexArgb) : u"none"_s;
}

// A field of a tag that a step writes and a conflict names, as the analyst
// knows it.
struct TagField
{
    const char *name; // translated where a message names it
    QString (*text)(const Tag &);
};

const TagField kName{QT_TRANSLATE_NOOP("Claimbench::TagRepository", "name"),
                     [](const Tag &t) -> QString { return u"“"_s + t.name + u"”"_s; }};
const TagField kColor{QT_TRANSLATE_NOOP("Claimbench::TagRepository", "color"),
                      [](const Tag &t) { return colorText(t.color); }};
const TagField kParent{QT_TRANSLATE_NOOP("Claimbench::TagRepository", "parent"),
                       [](const Tag &t) { return parentText(t.parentId); }};

// The tag `id` as stored; NotFound when there is none.
Result<Tag> load(const QSqlDatabase &db, qint64 id)
{
    auto q = Sql::run(db, u"SELECT "_s + kColumns + u" FROM tags WHERE id = ?"_s, {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return noSuchTag(id);
    return tagFrom(*q);
}

// Before a step writes over tag `id`: the tag as stored, or NotFound when it
// is gone. When `expected` (the tag as the step left it) is given, the step
// writes only while the stored row has the same version or each of `fields`
// -- what the step writes -- as expected; positions among siblings, which
// other tags' edits shift, are not compared. Else Conflict, naming who
// changed the tag and when, and each of `fields` another program changed,
// with its value now and the one the step would write (`written`; null for
// a removal).
Result<Tag> checkUnchanged(const QSqlDatabase &db, qint64 id, const Tag *expected, std::initializer_list<TagField> fields,
                           const Tag *written)
{
    auto current = load(db, id);
    if (!current || !expected || current->version == expected->version)
        return current;
    QStringList changes = RowAuthor::changedFields(fields, *current, *expected, written,
                                                   [](const char *name) { return Messages::tr(name); });
    if (changes.isEmpty())
        return current;
    if (!written)
        changes << Messages::tr("this step would delete it");
    return makeError(Error::Code::Conflict,
                     Messages::tr("Tag %1 was %2 since this step: %3. Nothing was changed")
                         .arg(QString::number(id), RowAuthor::changedBy(current->changedBy, current->updated),
                              changes.join(u"; "_s)),
                     u"row version %1, expected %2"_s.arg(current->version).arg(expected->version));
}

// Writes `assignments` ("name = ?", their values first in `binds`) over tag
// `current.id` with who wrote it and when, only while the row still has the
// version checkUnchanged() read: a server's concurrent writer may commit in
// between. Conflict when it did.
Result<void> writeTag(const QSqlDatabase &db, const Tag &current, const QString &assignments, QList<QVariant> binds)
{
    auto author = Sql::author(db);
    if (!author)
        return std::unexpected(author.error());
    binds << *author << Sql::timestampColumn(Sql::nowUtc()) << current.id << current.version;
    auto q = Sql::run(db, u"UPDATE tags SET "_s + assignments
                              + u", changed_by = ?, updated = ?, row_version = row_version + 1 "
                                "WHERE id = ? AND row_version = ?"_s,
                      binds);
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() == 0)
        return makeError(Error::Code::Conflict,
                         Messages::tr("Tag %1 was changed by another program while this step was written. Nothing "
                                      "was changed").arg(current.id));
    return {};
}

// Sets the field `column` of tag `id` to `value` (what `written` holds there),
// checked against `expected` (see TagRepository::rename).
Result<void> setColumn(const QString &connection, const TagField &field, QStringView column, const QVariant &value,
                       qint64 id, const Tag *expected, const Tag &written)
{
    return Sql::write(connection, [&](const QSqlDatabase &db) -> Result<void> {
        auto current = checkUnchanged(db, id, expected, {field}, &written);
        if (!current)
            return std::unexpected(current.error());
        return writeTag(db, *current, column + u" = ?"_s, {value});
    });
}

// The removal of tag `id` (see TagRepository::remove), inside the caller's
// transaction. The claims and child tags it moves record who moved them.
Result<void> removeIn(const QSqlDatabase &db, qint64 id, qint64 claimsTo, const Tag *expected)
{
    auto current = checkUnchanged(db, id, expected, {kName, kColor, kParent}, nullptr);
    if (!current)
        return std::unexpected(current.error());
    auto author = Sql::author(db);
    if (!author)
        return std::unexpected(author.error());
    const qint64 parent = current->parentId;
    if (claimsTo == id)
        return makeError(Error::Code::InvalidInput, Messages::tr("The claims of a removed tag cannot stay on it"));
    if (claimsTo > 0) {
        if (auto target = parentOf(db, claimsTo); !target)
            return std::unexpected(target.error());
    }
    auto siblings = children(db, parent);
    auto orphans = children(db, id);
    if (!siblings || !orphans)
        return std::unexpected(!siblings ? siblings.error() : orphans.error());
    siblings->removeAll(id);
    siblings->append(*orphans);
    for (const auto &[sql, binds] :
         {std::pair{u"UPDATE claims SET tag_id = ?, changed_by = ?, row_version = row_version + 1 WHERE tag_id = ?"_s,
                    QList<QVariant>{Sql::idOrNull(claimsTo), *author, id}},
          std::pair{u"UPDATE tags SET parent_id = ?, changed_by = ?, updated = ?, row_version = row_version + 1 "
                    "WHERE parent_id = ?"_s,
                    QList<QVariant>{Sql::idOrNull(parent), *author, Sql::timestampColumn(Sql::nowUtc()), id}}}) {
        if (auto q = Sql::run(db, sql, binds); !q)
            return std::unexpected(q.error());
    }
    auto removed = Sql::run(db, u"DELETE FROM tags WHERE id = ? AND row_version = ?"_s, {id, current->version});
    if (!removed)
        return std::unexpected(removed.error());
    if (removed->numRowsAffected() == 0)
        return makeError(Error::Code::Conflict,
                         Messages::tr("Tag %1 was changed by another program while this step was written. Nothing "
                                      "was changed").arg(id));
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
        auto author = Sql::author(db);
        if (!author)
            return std::unexpected(author.error());
        stored.createdBy = stored.changedBy = *author;
        stored.updated = Sql::nowUtc();
        stored.version = 1; // the column's default
        auto q = Sql::run(db, u"INSERT INTO tags (parent_id, name, color, position, created_by, changed_by, updated) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                          {Sql::idOrNull(stored.parentId), stored.name, colorColumn(stored.color), stored.position,
                           stored.createdBy, stored.changedBy, Sql::timestampColumn(stored.updated)});
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
    Tag written;
    written.name = name;
    return setColumn(m_connection, kName, u"name", name, id, expected, written);
}

Result<void> TagRepository::recolor(qint64 id, const QColor &color, const Tag *expected)
{
    Tag written;
    written.color = color;
    return setColumn(m_connection, kColor, u"color", colorColumn(color), id, expected, written);
}

Result<void> TagRepository::move(qint64 id, qint64 parentId, int position, const Tag *expected)
{
    return Sql::write(m_connection, [&](const QSqlDatabase &db) -> Result<void> {
        Tag written;
        written.parentId = parentId;
        auto current = checkUnchanged(db, id, expected, {kParent}, &written);
        if (!current)
            return std::unexpected(current.error());
        const qint64 oldParent = current->parentId;
        // Walking up from the new parent must not meet the tag itself.
        for (qint64 ancestor = parentId; ancestor > 0;) {
            if (ancestor == id)
                return makeError(Error::Code::InvalidInput, Messages::tr("A tag cannot be moved into itself"));
            auto up = parentOf(db, ancestor);
            if (!up)
                return std::unexpected(up.error());
            ancestor = *up;
        }
        auto oldSiblings = children(db, oldParent);
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
        if (auto ok = writeTag(db, *current, u"parent_id = ?"_s, {Sql::idOrNull(parentId)}); !ok)
            return ok;
        return renumber(db, *newSiblings);
    });
}

Result<void> TagRepository::remove(qint64 id, qint64 claimsTo, const Tag *expected)
{
    return Sql::write(m_connection, [&](const QSqlDatabase &db) { return removeIn(db, id, claimsTo, expected); });
}

Result<void> TagRepository::removeUnused(qint64 id, const Tag *expected)
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
        return removeIn(db, id, 0, expected);
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
        auto author = Sql::author(db);
        if (!author)
            return std::unexpected(author.error());
        const QString now = Sql::timestampColumn(Sql::nowUtc());
        // Put back, it keeps who made it, and a version above the one its
        // deletion saw, so that no step's older view of it matches.
        if (auto q = Sql::run(db, u"INSERT INTO tags (id, parent_id, name, color, position, created_by, changed_by, "
                                  "updated, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                              {tag.id, Sql::idOrNull(tag.parentId), tag.name, colorColumn(tag.color), tag.position,
                               tag.createdBy.isEmpty() ? *author : tag.createdBy, *author, now,
                               std::max<qint64>(tag.version, 0) + 1});
            !q)
            return std::unexpected(q.error());
        if (auto ok = renumber(db, *siblings); !ok)
            return ok;
        for (qint64 child : childIds) {
            if (auto q = Sql::run(db, u"UPDATE tags SET parent_id = ?, changed_by = ?, updated = ?, "
                                      "row_version = row_version + 1 WHERE id = ?"_s,
                                  {tag.id, *author, now, child});
                !q)
                return std::unexpected(q.error());
        }
        if (auto ok = renumber(db, childIds); !ok)
            return ok;
        for (qint64 claim : claimIds) {
            if (auto q = Sql::run(db, u"UPDATE claims SET tag_id = ?, changed_by = ?, row_version = row_version + 1 "
                                      "WHERE id = ?"_s,
                                  {tag.id, *author, claim});
                !q)
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
