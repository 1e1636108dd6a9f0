#pragma once

#include "core/error.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

namespace Claimbench {

// How a step's write meets rows another program changed since the step last
// wrote them: Checked refuses (Conflict, nothing written); OverCurrentRows
// writes the step over the rows as they are now, which the opposite write
// then expects (the analyst's "Apply Mine").
enum class WriteMode { Checked, OverCurrentRows };

// What the analyst chose when a redo or undo was refused with Conflict.
enum class ConflictChoice {
    KeepTheirs, // nothing written; the step leaves the stack
    ApplyMine,  // the step is written again over the rows as they are now
};

// One undo step whose do and undo are each a single store write (one
// transaction). Every edit of ProjectSession is one of these: what differs
// between "create claim", "retag" or "delete tag" is only which write runs,
// so the steps are values (two writes and an announcement) rather than one
// subclass per verb.
//
// The session applies the change BEFORE pushing the command (an edit that
// fails must push nothing), so the first redo() -- the one QUndoStack::push()
// makes -- writes nothing and only announces the change. A later redo() or
// undo() that fails leaves the store as it was (the write rolled back),
// announces the change all the same (another program may have changed the
// rows, which every view must read again), reports through `failed` and
// marks the command obsolete, so that the stack drops it instead of
// pretending it ran. A Conflict is first put to `resolve` (after the change
// was announced, so that the views show the other program's rows): on
// ApplyMine the write runs again with WriteMode::OverCurrentRows and, when
// that succeeds, the step stays on the stack, done or undone, and can itself
// be undone and redone; only a failure of that write reaches `failed`.
// Thread: the thread of the session's project connection (the GUI thread).
class StoreCommand : public QUndoCommand
{
public:
    using Write = std::function<Result<void>(WriteMode)>;
    // nullopt: nobody to ask (the CLI); the Conflict is reported as any error.
    using Resolve = std::function<std::optional<ConflictChoice>(const Error &)>;

    StoreCommand(const QString &text, Write redoWrite, Write undoWrite, std::function<void()> announce,
                 std::function<void(const Error &)> failed, Resolve resolve = {});

    void redo() override;
    void undo() override;

    // A step pushed right after one with the same non-zero key takes its
    // place (QUndoStack's merge): its text and writes replace the earlier
    // ones, so it must do and undo what both did. ProjectSession names a tag
    // it has just created this way, creating and naming being one step.
    void setReplacesKey(qint64 key) { m_replacesKey = key; }
    qint64 replacesKey() const { return m_replacesKey; }
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void run(const Write &write);

    Write m_redoWrite;
    Write m_undoWrite;
    std::function<void()> m_announce;
    std::function<void(const Error &)> m_failed;
    Resolve m_resolve;
    bool m_alreadyApplied = true;
    qint64 m_replacesKey = 0;
};

} // namespace Claimbench
