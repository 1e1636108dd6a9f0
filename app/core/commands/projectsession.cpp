#include "core/commands/projectsession.h"

#include "core/commands/storecommand.h"
#include "core/domain/quoteplacement.h"
#include "core/domain/foldedkey.h"
#include "core/drafting/claimdrafter.h"
#include "core/extract/cyrillicsources.h"
#include "core/store/changefeed.h"
#include "core/store/project.h"

#include <QHash>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Claimbench {

namespace {

void appendOnce(QList<qint64> &ids, qint64 id)
{
    if (!ids.contains(id))
        ids.append(id);
}

// The quote and context belong to the offsets: when an edit moves them,
// placeUnplaced() takes both again from the body.
Claim withBoundaryChecked(Claim after, const Claim &before)
{
    if (after.articleId != before.articleId || after.start != before.start || after.end != before.end) {
        after.quote.clear();
        after.contextBefore.clear();
        after.contextAfter.clear();
    }
    after.updated = QDateTime(); // the store stamps the edit
    return after;
}

// Places the quote and context (placeQuote) of each claim that lacks them
// and lies within its article's text; the store writes claims as given and
// refuses the others (a missing article, offsets outside the text).
Result<void> placeUnplaced(const Project &project, QList<Claim> &claims)
{
    QHash<qint64, QString> bodies;
    for (Claim &claim : claims) {
        if (claim.orphaned || (!claim.quote.isEmpty() && !(claim.contextBefore.isEmpty() && claim.contextAfter.isEmpty())))
            continue;
        auto body = bodies.constFind(claim.articleId);
        if (body == bodies.cend()) {
            auto article = project.articles().get(claim.articleId);
            if (!article && article.error().code != Error::Code::NotFound)
                return std::unexpected(article.error());
            body = bodies.insert(claim.articleId, article ? article->body : QString());
        }
        if (claim.start >= 0 && claim.start <= claim.end && claim.end <= body->size())
            placeQuote(claim, *body, claim.start, claim.end);
    }
    return {};
}

// The placeholder of the new name `name` among `created`, appended when the
// step does not bring it in yet. Names are compared folded, as the store
// compares them, so that one step brings each new name in once however the
// drafts spell it.
template<typename Named>
qint64 newReference(QList<Named> &created, const QString &name, const std::function<Named(const QString &)> &make)
{
    const QString key = foldedKey(name);
    for (qsizetype i = 0; i < created.size(); ++i)
        if (foldedKey(created.at(i).name) == key)
            return ClaimChange::newReference(i);
    created.append(make(name.trimmed()));
    return ClaimChange::newReference(created.size() - 1);
}

// A usual institution of the Ukrainian and Russian press comes into a
// project with all its spellings as aliases, the first time a claim names it
// (CyrillicSources::institutions()), so that the next text's "Генштаб ВСУ"
// or "Генштаб" finds the claimant "Генштаб ЗСУ". Seeded only then, not into
// every project: the claimant list and filters would otherwise list a dozen
// bodies an English-only project never cites. A spelling another claimant
// already has stays that one's.
Result<QStringList> seededAliases(const ClaimantRepository &claimants, const QString &name)
{
    const CyrillicSources::Institution *institution = CyrillicSources::institutionSpelled(name);
    if (!institution)
        return QStringList{};
    QStringList free;
    for (const QString &spelling : QStringList{institution->name} + institution->aliases) {
        if (foldedKey(spelling) == foldedKey(name))
            continue;
        auto owner = claimants.findByNameOrAlias(spelling);
        if (!owner)
            return std::unexpected(owner.error());
        if (!*owner)
            free.append(spelling);
    }
    return free;
}

Result<qint64> newClaimantReference(const Project &project, ClaimChange &change, const QString &name)
{
    // Two drafts of one step that spell one institution two ways name one new claimant.
    for (qsizetype i = 0; i < change.newClaimants.size(); ++i)
        for (const QString &spelling : QStringList{change.newClaimants[i].name} + change.newClaimants[i].aliases)
            if (foldedKey(spelling) == foldedKey(name))
                return ClaimChange::newReference(i);
    auto aliases = seededAliases(project.claimants(), name.trimmed());
    if (!aliases)
        return std::unexpected(aliases.error());
    return newReference<Claimant>(change.newClaimants, name, [&](const QString &trimmed) {
        return Claimant{0, trimmed, *aliases};
    });
}

// The two writes of a claim step. Each expects the rows as the other left
// them (ClaimChange::expected), so an undo or redo refuses to write over what
// another program changed since.
struct ClaimStep
{
    ClaimChange redo;
    ClaimChange undo;
};

// Writes a copy of `write` (the next redo or undo writes the same rows again)
// and makes `opposite` expect the rows as it left them. Over the current
// rows (Apply Mine), it expects each claim as it is stored now: one deleted
// since is still refused, and one changed again meanwhile too.
// What a tag step expects to find: the tag as the step read or left it, or
// nothing over the current rows (Apply Mine).
const Tag *checkedAgainst(WriteMode mode, const Tag &tag)
{
    return mode == WriteMode::Checked ? &tag : nullptr;
}

Result<void> writeStep(ClaimRepository claims, const ClaimChange &write, ClaimChange &opposite, WriteMode mode)
{
    ClaimChange applied = write;
    if (mode == WriteMode::OverCurrentRows) {
        for (Claim &expected : applied.expected) {
            if (auto now = claims.get(expected.id))
                expected = *now;
        }
    }
    if (auto ok = claims.apply(applied); !ok)
        return ok;
    opposite.expected = applied.inserted + applied.replaced;
    return {};
}

} // namespace

ProjectSession::ProjectSession(std::shared_ptr<Project> project, QObject *parent)
    : QObject(parent)
    , m_project(std::move(project))
    , m_undoStack(new QUndoStack(this))
{
    // The feed connects in the background: the window is not held up by a
    // server that is slow to answer it.
    m_changeFeed = ChangeFeed::create(m_project);
    if (!m_changeFeed)
        return;
    connect(m_changeFeed.get(), &ChangeFeed::changed, this, &ProjectSession::announceOtherAnalysts);
    // Editing works without the feed. Its first connection's failure is said
    // once; a later outage (a server restart) is said by the step that meets
    // it, and the feed catches up by itself when it listens again.
    connect(m_changeFeed.get(), &ChangeFeed::unavailable, this, [this](const Error &error) {
        if (!m_changeFeed->hasListened())
            Q_EMIT errorOccurred(error);
    });
}

ProjectSession::~ProjectSession() = default;

void ProjectSession::announceOtherAnalysts(const ProjectChanges &changes)
{
    if (!changes.replacedArticles.isEmpty())
        noteArticlesReplaced(changes.replacedArticles);
    QList<qint64> articles = changes.claimsOfArticles;
    for (const qint64 id : changes.addedArticles)
        if (!articles.contains(id))
            articles.append(id);
    if (!articles.isEmpty())
        Q_EMIT claimsChanged(articles);
    if (changes.tags)
        Q_EMIT tagsChanged();
    if (changes.metrics)
        Q_EMIT metricsChanged();
    if (changes.claimants)
        Q_EMIT claimantsChanged();
}

const std::shared_ptr<Project> &ProjectSession::project() const
{
    return m_project;
}

const ChangeFeed *ProjectSession::changeFeed() const
{
    return m_changeFeed.get();
}

QUndoStack *ProjectSession::undoStack() const
{
    return m_undoStack;
}

void ProjectSession::setConflictResolver(ConflictResolver resolver)
{
    m_resolveConflict = std::move(resolver);
}

void ProjectSession::push(const QString &text, Write redo, Write undo, std::function<void()> announce,
                          qint64 replacesKey)
{
    auto *command = new StoreCommand(
        text, std::move(redo), std::move(undo), std::move(announce),
        [this](const Error &error) { Q_EMIT errorOccurred(error); },
        [this](const Error &error) -> std::optional<ConflictChoice> {
            if (!m_resolveConflict)
                return std::nullopt;
            return m_resolveConflict(error);
        });
    command->setReplacesKey(replacesKey);
    m_undoStack->push(command);
}

Result<void> ProjectSession::resolveNames(const ClaimDraft &draft, Claim &claim, ClaimChange &change) const
{
    if (!draft.metricName.trimmed().isEmpty()) {
        auto metric = m_project->metrics().findByName(draft.metricName);
        if (!metric)
            return std::unexpected(metric.error());
        claim.metricId = *metric ? (*metric)->id
                                 : newReference<Metric>(change.newMetrics, draft.metricName,
                                                        [&](const QString &name) {
                                                            return Metric{0, name, claim.unit, {}};
                                                        });
    }
    if (!draft.claimantName.trimmed().isEmpty()) {
        auto claimant = m_project->claimants().findByNameOrAlias(draft.claimantName);
        if (!claimant)
            return std::unexpected(claimant.error());
        if (*claimant) {
            claim.claimantId = (*claimant)->id;
        } else {
            auto created = newClaimantReference(*m_project, change, draft.claimantName);
            if (!created)
                return std::unexpected(created.error());
            claim.claimantId = *created;
        }
    }
    return {};
}

Result<ClaimChange> ProjectSession::applyClaimChange(const QString &text, ClaimChange change, WriteMode mode)
{
    const ClaimRepository claims = m_project->claims();
    QList<Claim> replacedBefore;
    QList<Claim> removedBefore;
    change.expected.clear();
    for (Claim &after : change.replaced) {
        auto before = claims.get(after.id);
        if (!before)
            return std::unexpected(before.error());
        // The caller's claim carries the version it was read at (the editor's
        // or the table's row): the write is checked against THAT row, not
        // against the one just read, or a change another analyst made since
        // the caller read it would be written over unseen. Over the current
        // rows (Apply Mine), and for a claim not read from the store, the row
        // just read is the one expected.
        change.expected.append(mode == WriteMode::Checked && after.version > 0 ? after : *before);
        after = withBoundaryChecked(after, *before);
        replacedBefore.append(*before);
    }
    for (qint64 id : std::as_const(change.removed)) {
        auto before = claims.get(id);
        if (!before)
            return std::unexpected(before.error());
        removedBefore.append(*before);
    }
    change.expected += removedBefore;
    for (QList<Claim> *placed : {&change.inserted, &change.replaced})
        if (auto ok = placeUnplaced(*m_project, *placed); !ok)
            return std::unexpected(ok.error());
    if (auto ok = m_project->claims().apply(change); !ok)
        return std::unexpected(ok.error());

    ClaimChange inverse;
    for (const Metric &metric : std::as_const(change.newMetrics))
        inverse.removedMetricIds.append(metric.id);
    for (const Claimant &claimant : std::as_const(change.newClaimants))
        inverse.removedClaimantIds.append(claimant.id);
    inverse.inserted = removedBefore;
    inverse.replaced = replacedBefore;
    QList<qint64> articleIds;
    for (const QList<Claim> *list : {&change.inserted, &change.replaced, &replacedBefore, &removedBefore}) {
        for (const Claim &claim : *list) {
            appendOnce(articleIds, claim.articleId);
            if (list == &change.inserted)
                inverse.removed.append(claim.id);
        }
    }
    inverse.expected = change.inserted + change.replaced;
    const bool metrics = !change.newMetrics.isEmpty();
    const bool claimants = !change.newClaimants.isEmpty();
    const auto step = std::make_shared<ClaimStep>(change, inverse);
    push(text, [this, step](WriteMode mode) { return writeStep(m_project->claims(), step->redo, step->undo, mode); },
         [this, step](WriteMode mode) { return writeStep(m_project->claims(), step->undo, step->redo, mode); },
         [=, this] {
        if (!articleIds.isEmpty())
            Q_EMIT claimsChanged(articleIds);
        if (metrics)
            Q_EMIT metricsChanged();
        if (claimants)
            Q_EMIT claimantsChanged();
    });
    return change;
}

Result<qint64> ProjectSession::insertClaim(ClaimChange change, Claim claim)
{
    claim.id = 0;
    change.inserted = {claim};
    auto applied = applyClaimChange(tr("Create claim"), std::move(change));
    if (!applied)
        return std::unexpected(applied.error());
    return applied->inserted.first().id;
}

Result<qint64> ProjectSession::createClaim(const ClaimDraft &draft)
{
    ClaimChange change;
    Claim claim = draft.claim;
    if (auto ok = resolveNames(draft, claim, change); !ok)
        return std::unexpected(ok.error());
    return insertClaim(std::move(change), claim);
}

Result<qint64> ProjectSession::createClaimFromRange(const Article &article, int start, int end, const Figure *figure)
{
    auto draft = ClaimDrafter(*m_project).draft(article, start, end, figure);
    if (!draft)
        return std::unexpected(draft.error());
    ClaimChange change;
    // The drafter resolved every name it could: one it left is new.
    if (!draft->claimantName.isEmpty()) {
        auto created = newClaimantReference(*m_project, change, draft->claimantName);
        if (!created)
            return std::unexpected(created.error());
        draft->claim.claimantId = *created;
    }
    return insertClaim(std::move(change), draft->claim);
}

Result<QList<qint64>> ProjectSession::createClaims(const QList<ClaimDraft> &drafts, const QString &actionText)
{
    if (drafts.isEmpty())
        return QList<qint64>{};
    ClaimChange change;
    for (const ClaimDraft &draft : drafts) {
        Claim claim = draft.claim;
        claim.id = 0;
        if (auto ok = resolveNames(draft, claim, change); !ok)
            return std::unexpected(ok.error());
        change.inserted.append(claim);
    }
    auto applied = applyClaimChange(actionText, std::move(change));
    if (!applied)
        return std::unexpected(applied.error());
    QList<qint64> ids;
    ids.reserve(applied->inserted.size());
    for (const Claim &claim : std::as_const(applied->inserted))
        ids.append(claim.id);
    return ids;
}

Result<void> ProjectSession::updateClaim(const ClaimDraft &after, const QString &actionText)
{
    ClaimChange change;
    Claim claim = after.claim;
    if (auto ok = resolveNames(after, claim, change); !ok)
        return ok;
    change.replaced = {claim};
    return replaceClaims(actionText, change);
}

Result<void> ProjectSession::updateClaims(const QList<Claim> &after, const QString &actionText)
{
    if (after.isEmpty())
        return {};
    ClaimChange change;
    change.replaced = after;
    return replaceClaims(actionText, change);
}

Result<void> ProjectSession::replaceClaims(const QString &actionText, const ClaimChange &change)
{
    auto applied = applyClaimChange(actionText, change);
    if (applied || applied.error().code != Error::Code::Conflict)
        return applied ? Result<void>{} : std::unexpected(applied.error());
    // As a refused undo does: every view reads the rows as the other analyst
    // left them before the analyst is asked (or told).
    QList<qint64> articleIds;
    for (const Claim &claim : change.replaced)
        appendOnce(articleIds, claim.articleId);
    Q_EMIT claimsChanged(articleIds);
    if (!m_resolveConflict)
        return std::unexpected(applied.error());
    if (m_resolveConflict(applied.error()) == ConflictChoice::KeepTheirs)
        return {};
    applied = applyClaimChange(actionText, change, WriteMode::OverCurrentRows);
    if (!applied)
        return std::unexpected(applied.error());
    return {};
}

Result<void> ProjectSession::deleteClaims(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    ClaimChange change;
    change.removed = ids;
    auto applied = applyClaimChange(ids.size() == 1 ? tr("Delete claim")
                                                    : tr("Delete %n claims", nullptr, int(ids.size())),
                                    std::move(change));
    if (!applied)
        return std::unexpected(applied.error());
    return {};
}

Result<qint64> ProjectSession::createMetric(const Metric &metric)
{
    ClaimChange change;
    change.newMetrics = {metric};
    change.newMetrics.first().id = 0;
    change.namesMustBeNew = true;
    auto applied = applyClaimChange(tr("Create metric “%1”").arg(metric.name), std::move(change));
    if (!applied)
        return std::unexpected(applied.error());
    return applied->newMetrics.first().id;
}

Result<qint64> ProjectSession::createClaimant(const Claimant &claimant)
{
    ClaimChange change;
    change.newClaimants = {claimant};
    change.newClaimants.first().id = 0;
    change.namesMustBeNew = true;
    auto applied = applyClaimChange(tr("Create claimant “%1”").arg(claimant.name), std::move(change));
    if (!applied)
        return std::unexpected(applied.error());
    return applied->newClaimants.first().id;
}

void ProjectSession::noteArticlesReplaced(const QList<qint64> &articleIds)
{
    if (articleIds.isEmpty())
        return;
    m_undoStack->clear();
    Q_EMIT articlesReplaced(articleIds);
    Q_EMIT claimsChanged(articleIds);
}

Result<void> ProjectSession::addClaimantAlias(qint64 claimantId, const QString &alias)
{
    auto claimant = m_project->claimants().get(claimantId);
    if (!claimant)
        return std::unexpected(claimant.error());
    auto owner = m_project->claimants().findByNameOrAlias(alias);
    if (!owner)
        return std::unexpected(owner.error());
    if (*owner && (*owner)->id == claimantId)
        return {}; // its undo would remove a spelling the claimant had before
    if (auto ok = m_project->claimants().addAlias(claimantId, alias); !ok)
        return ok;
    push(tr("Add alias “%1” to “%2”").arg(alias, claimant->name),
         [this, claimantId, alias](WriteMode) { return m_project->claimants().addAlias(claimantId, alias); },
         [this, claimantId, alias](WriteMode) { return m_project->claimants().removeAlias(claimantId, alias); },
         [this] { Q_EMIT claimantsChanged(); });
    return {};
}

Result<void> ProjectSession::useClaimant(const Claim &claim, qint64 claimantId, const QString &spelling)
{
    auto claimant = m_project->claimants().get(claimantId);
    if (!claimant)
        return std::unexpected(claimant.error());
    auto owner = m_project->claimants().findByNameOrAlias(spelling);
    if (!owner)
        return std::unexpected(owner.error());
    ClaimDraft after{claim, {}, {}};
    after.claim.claimantId = claimantId;
    const QString text = tr("Use claimant “%1”").arg(claimant->name);
    if (*owner || foldedKey(spelling).isEmpty())
        return updateClaim(after, text);
    m_undoStack->beginMacro(text);
    auto done = addClaimantAlias(claimantId, spelling);
    if (done)
        done = updateClaim(after, text);
    m_undoStack->endMacro();
    if (!done) {
        // Take back the alias if it was written, then drop the step, which
        // an obsolete command is on the way forward.
        m_undoStack->undo();
        const_cast<QUndoCommand *>(m_undoStack->command(m_undoStack->index()))->setObsolete(true);
        m_undoStack->redo();
    }
    return done;
}

Result<void> ProjectSession::mergeClaimants(qint64 fromId, qint64 intoId)
{
    auto merged = m_project->claimants().merge(fromId, intoId);
    if (!merged)
        return std::unexpected(merged.error());
    auto into = m_project->claimants().get(intoId);
    const QString intoName = into ? into->name : QString::number(intoId);
    // The redo records the merge again: the same claims, read at that moment.
    auto merge = std::make_shared<ClaimantMerge>(*std::move(merged));
    push(tr("Merge claimant “%1” into “%2”").arg(merge->from.name, intoName),
         [this, merge](WriteMode) -> Result<void> {
             auto again = m_project->claimants().merge(merge->from.id, merge->intoId);
             if (!again)
                 return std::unexpected(again.error());
             *merge = *std::move(again);
             return {};
         },
         [this, merge](WriteMode) { return m_project->claimants().unmerge(*merge); },
         [this, merge] {
             Q_EMIT claimantsChanged();
             if (!merge->articleIds.isEmpty())
                 Q_EMIT claimsChanged(merge->articleIds);
         });
    return {};
}

Result<qint64> ProjectSession::createTag(const Tag &tag)
{
    Tag stored = tag;
    stored.id = 0;
    if (auto ok = m_project->tags().add(stored); !ok)
        return std::unexpected(ok.error());
    pushTagCreation(stored);
    return stored.id;
}

void ProjectSession::pushTagCreation(const Tag &stored)
{
    // Keyed by the tag, for the rename that names it (renameTag).
    push(tr("Create tag “%1”").arg(stored.name), [this, stored](WriteMode) { return m_project->tags().restore(stored); },
         [this, stored](WriteMode mode) { return m_project->tags().removeUnused(stored.id, checkedAgainst(mode, stored)); },
         [this] { Q_EMIT tagsChanged(); },
         stored.id);
}

bool ProjectSession::namesNewTag(qint64 id) const
{
    const int top = m_undoStack->index() - 1;
    if (top < 0 || top != m_undoStack->count() - 1)
        return false;
    const auto *step = dynamic_cast<const StoreCommand *>(m_undoStack->command(top));
    return step && step->replacesKey() == id;
}

Result<void> ProjectSession::renameTag(qint64 id, const QString &name)
{
    auto before = m_project->tags().get(id);
    if (!before)
        return std::unexpected(before.error());
    if (auto ok = m_project->tags().rename(id, name, &*before); !ok)
        return ok;
    Tag after = *before;
    after.name = name;
    if (namesNewTag(id)) {
        pushTagCreation(after);
        return {};
    }
    push(tr("Rename tag “%1” to “%2”").arg(before->name, name),
         [this, id, name, old = *before](WriteMode mode) {
             return m_project->tags().rename(id, name, checkedAgainst(mode, old));
         },
         [this, id, old = before->name, after](WriteMode mode) {
             return m_project->tags().rename(id, old, checkedAgainst(mode, after));
         },
         [this] { Q_EMIT tagsChanged(); });
    return {};
}

Result<void> ProjectSession::recolorTag(qint64 id, const QColor &color)
{
    auto before = m_project->tags().get(id);
    if (!before)
        return std::unexpected(before.error());
    if (auto ok = m_project->tags().recolor(id, color, &*before); !ok)
        return ok;
    Tag after = *before;
    after.color = color;
    push(tr("Recolor tag “%1”").arg(before->name),
         [this, id, color, old = *before](WriteMode mode) {
             return m_project->tags().recolor(id, color, checkedAgainst(mode, old));
         },
         [this, id, old = before->color, after](WriteMode mode) {
             return m_project->tags().recolor(id, old, checkedAgainst(mode, after));
         },
         [this] { Q_EMIT tagsChanged(); });
    return {};
}

Result<void> ProjectSession::moveTag(qint64 id, qint64 parentId, int position)
{
    auto before = m_project->tags().get(id);
    if (!before)
        return std::unexpected(before.error());
    if (auto ok = m_project->tags().move(id, parentId, position, &*before); !ok)
        return ok;
    Tag after = *before;
    after.parentId = parentId;
    push(tr("Move tag “%1”").arg(before->name),
         [this, id, parentId, position, old = *before](WriteMode mode) {
             return m_project->tags().move(id, parentId, position, checkedAgainst(mode, old));
         },
         [this, id, old = *before, after](WriteMode mode) {
             return m_project->tags().move(id, old.parentId, old.position, checkedAgainst(mode, after));
         },
         [this] { Q_EMIT tagsChanged(); });
    return {};
}

Result<void> ProjectSession::deleteTag(qint64 id, qint64 claimsTo)
{
    TagRepository tags = m_project->tags();
    auto before = tags.get(id);
    auto all = tags.list();
    auto tagged = m_project->claims().listForTag(id);
    if (!before || !all || !tagged)
        return std::unexpected(!before ? before.error() : !all ? all.error() : tagged.error());
    QList<Tag> children;
    for (const Tag &tag : std::as_const(*all))
        if (tag.parentId == id)
            children.append(tag);
    std::ranges::stable_sort(children, {}, &Tag::position);
    QList<qint64> childIds;
    for (const Tag &child : std::as_const(children))
        childIds.append(child.id);
    QList<qint64> claimIds;
    QList<qint64> articleIds;
    for (const Claim &claim : std::as_const(*tagged)) {
        claimIds.append(claim.id);
        appendOnce(articleIds, claim.articleId);
    }
    if (auto ok = tags.remove(id, claimsTo, &*before); !ok)
        return ok;
    push(tr("Delete tag “%1”").arg(before->name),
         [this, id, claimsTo, tag = *before](WriteMode mode) {
             return m_project->tags().remove(id, claimsTo, checkedAgainst(mode, tag));
         },
         [this, tag = *before, childIds, claimIds, claimsTo](WriteMode) {
             return m_project->tags().restore(tag, childIds, claimIds, claimsTo);
         },
         [this, articleIds] {
             Q_EMIT tagsChanged();
             if (!articleIds.isEmpty())
                 Q_EMIT claimsChanged(articleIds);
         });
    return {};
}

} // namespace Claimbench
