#pragma once

#include "core/commands/storecommand.h"
#include "core/domain/article.h"
#include "core/domain/claim.h"
#include "core/domain/tag.h"
#include "core/error.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QUndoStack;

namespace Claimbench {

class ChangeFeed;
class Project;
struct ClaimChange;
struct ProjectChanges;
struct Figure;

// A claim as the analyst edits it, with the metric and claimant named rather
// than referenced. A non-empty name resolves to the existing metric (by name)
// or claimant (by name or alias), or creates it in the same undo step; an
// empty name keeps claim.metricId / claim.claimantId as they are.
struct ClaimDraft
{
    Claim claim;
    QString metricName;
    QString claimantName;
};

// The open project plus its undo stack. EVERY user edit (the GUI, the claims
// table, the CLI) goes through it. Each call builds one undo step, writes it
// to the store in ONE transaction and, only on success, pushes it (already
// applied) onto undoStack(); on failure the error is returned, nothing is
// written and nothing is pushed. Undo and redo write to the store as well,
// and never over what another program changed since the step (Conflict,
// see ClaimChange::expected); an undo or redo that fails leaves the data as
// it was, emits the step's change signals (so views show the rows as another
// program left them) and then errorOccurred, and drops the step from the stack.
// Offsets in claims are UTF-16 code units into the article body (see Claim).
// Thread: the thread that created it (the GUI thread, or the CLI's main
// thread); it uses that thread's connection to the project.
class ProjectSession : public QObject
{
    Q_OBJECT

public:
    explicit ProjectSession(std::shared_ptr<Project> project, QObject *parent = nullptr);
    ~ProjectSession() override;

    const std::shared_ptr<Project> &project() const;
    // Other analysts' changes, which the session announces as its own: a
    // server project's, connecting in the background; nullptr for a file.
    const ChangeFeed *changeFeed() const;
    // Owned by the session; lives as long as it does.
    QUndoStack *undoStack() const;

    Result<qint64> createClaim(const ClaimDraft &draft);                          // "Create claim"
    // "Create claim" from [start, end) of `article` (UTF-16 offsets into its
    // body, end exclusive), pre-filled by ClaimDrafter from `figure` when the
    // caller already read it there (a suggestion's, so the claim says what
    // the suggestion showed), else from the figure extracted there; the
    // drafter's look-ups are the only ones, a claimant it did not find comes
    // in new in the same step. InvalidInput when the range lies outside the body.
    Result<qint64> createClaimFromRange(const Article &article, int start, int end, const Figure *figure = nullptr);
    // Several claims created in ONE transaction and ONE undo step named
    // `actionText` ("Add 42 claims"): all are written or, on the first error,
    // none, and no step is pushed. A new name used by several drafts is
    // created once. Returns the ids in the order of `drafts`; an empty list
    // writes nothing and pushes nothing.
    Result<QList<qint64>> createClaims(const QList<ClaimDraft> &drafts, const QString &actionText);
    // Replaces the stored claim with after.claim (its id must exist): a field
    // edit, a boundary move (the quote and context are taken again from the
    // body when start/end change), a retag, a status. `actionText` names the
    // step in the undo history ("Edit value of claim").
    // No lost update: after.claim is the claim as the caller read it (the
    // editor's, the table row's) with its edit, and its `version` is the row
    // version it was read at. When another analyst wrote the row since (and
    // the stored fields differ from what this edit would write), the edit is
    // refused with Conflict naming who, when, and each field's stored value
    // beside this edit's; claimsChanged is emitted so that views show the
    // stored row, and the resolver (setConflictResolver) is asked, as for an
    // undo: Keep Theirs writes nothing, pushes nothing and returns success
    // (the analyst has read the refusal; the caller shows the stored row);
    // Apply Mine writes after.claim over the row as it is now (checked
    // against ITS version, so a third write meanwhile is refused again) as
    // one undoable step. Without a resolver the Conflict is returned. A
    // claim with version 0 (not read from the store) is written over
    // whatever is stored.
    Result<void> updateClaim(const ClaimDraft &after, const QString &actionText);
    // Several claims replaced in ONE undo step ("Retag 12 claims"), each
    // checked against its own version as updateClaim() does; one Conflict
    // refuses them all and Apply Mine writes them all.
    Result<void> updateClaims(const QList<Claim> &after, const QString &actionText);
    // One undo step; its undo puts the claims back with the same ids and fields.
    Result<void> deleteClaims(const QList<qint64> &ids);

    Result<qint64> createTag(const Tag &tag); // appended after its siblings
    // The first rename right after createTag() of the same tag, with no
    // other step between, joins the creation's step ("Create tag
    // “Casualties”"): the panel names a new tag as it creates it, and one
    // undo removes it. Any later rename is a step of its own.
    Result<void> renameTag(qint64 id, const QString &name);
    Result<void> recolorTag(qint64 id, const QColor &color);
    Result<void> moveTag(qint64 id, qint64 parentId, int position);
    // The tag's claims move to `claimsTo` (0: untagged), its children up to its
    // parent; the undo puts back the tag (same id, position, color), its
    // children and every claim's tag.
    Result<void> deleteTag(qint64 id, qint64 claimsTo);

    Result<qint64> createMetric(const Metric &metric);
    Result<qint64> createClaimant(const Claimant &claimant);
    // Another spelling that resolves to the claimant ("UK Defense Ministry").
    // One it already has changes nothing and pushes no step.
    Result<void> addClaimantAlias(qint64 claimantId, const QString &alias);
    // The claim (as the caller last read it) names the stored claimant
    // `claimantId`, and `spelling` -- how the text or the analyst wrote that
    // claimant -- becomes its alias unless some claimant has it already:
    // ONE undo step ("Use claimant “UK Ministry of Defence”"). On failure
    // nothing is written and no step is pushed.
    Result<void> useClaimant(const Claim &claim, qint64 claimantId, const QString &spelling);
    // The analyst's "these are the same claimant": `from` becomes a spelling
    // of `into` and its claims name `into` (ClaimantRepository::merge); the
    // undo splits them again, every claim back on its own claimant.
    Result<void> mergeClaimants(qint64 fromId, qint64 intoId);

    // Articles were replaced outside the session (a re-import of corrected
    // versions, which re-anchored their claims): clears the undo stack, whose
    // steps hold offsets into the old texts, then emits articlesReplaced and
    // claimsChanged for them.
    void noteArticlesReplaced(const QList<qint64> &articleIds);

    // Asked, on the session's thread and while the undo or redo waits, when
    // one is refused because another analyst changed its rows since (a
    // Conflict, whose message names who, when and both values): Keep Theirs
    // writes nothing and drops the step (errorOccurred is not emitted: the
    // analyst has read the message); Apply Mine writes the step over the
    // rows as they are now and keeps it on the stack, so that it can be
    // undone in turn. Without a resolver (the CLI) every Conflict is
    // reported through errorOccurred and the step dropped.
    using ConflictResolver = std::function<ConflictChoice(const Error &conflict)>;
    void setConflictResolver(ConflictResolver resolver);

Q_SIGNALS:
    // After the do, undo and redo of any claim change: the articles whose
    // claims changed (each once).
    void claimsChanged(const QList<qint64> &articleIds);
    // The articles' texts changed (see noteArticlesReplaced()).
    void articlesReplaced(const QList<qint64> &articleIds);
    void tagsChanged();
    void metricsChanged();
    void claimantsChanged();
    void errorOccurred(const Claimbench::Error &error);

private:
    using Write = StoreCommand::Write;

    // Another analyst's committed changes (a server project's ChangeFeed),
    // announced as this session's own are, so every view reloads what changed.
    void announceOtherAnalysts(const ProjectChanges &changes);

    // Sets `claim`'s metric and claimant from the draft's names: an existing
    // one's id, or a placeholder for a name `change` brings in (added to
    // change.newMetrics/newClaimants once per name).
    Result<void> resolveNames(const ClaimDraft &draft, Claim &claim, ClaimChange &change) const;
    // Writes `change` with `claim` inserted as one "Create claim" step; the new id.
    Result<qint64> insertClaim(ClaimChange change, Claim claim);
    // Applies `change`, and on success pushes the step that redoes it and
    // undoes it (the inverse is derived from the rows read before). Returns
    // the change as applied (ids filled).
    // `mode`: Checked checks each replaced claim against the version it
    // carries (see updateClaim()); OverCurrentRows against the row as it is now.
    Result<ClaimChange> applyClaimChange(const QString &text, ClaimChange change,
                                         WriteMode mode = WriteMode::Checked);
    // updateClaim() and updateClaims(): applies `change` and, on a Conflict,
    // asks the resolver (Keep Theirs / Apply Mine).
    Result<void> replaceClaims(const QString &actionText, const ClaimChange &change);
    // Pushes a step whose do has already been written.
    // The creation of a tag, its key the tag's id.
    void pushTagCreation(const Tag &stored);
    // Whether the step on top, still to undo, is the creation of this tag.
    bool namesNewTag(qint64 id) const;
    // `replacesKey`: see StoreCommand::setReplacesKey.
    void push(const QString &text, Write redo, Write undo, std::function<void()> announce,
              qint64 replacesKey = 0);

    std::shared_ptr<Project> m_project;
    QUndoStack *m_undoStack;
    ConflictResolver m_resolveConflict;
    std::unique_ptr<ChangeFeed> m_changeFeed; // a server project's; null for a file
};

} // namespace Claimbench
